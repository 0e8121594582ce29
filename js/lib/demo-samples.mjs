// The demo's sample files (www/demo-data/): records of one province, Hà Nội (2025 code set), for
// the bulk check and the indicator dashboard, with a few rows that are wrong on purpose. One
// recipe, no randomness; `node js/lib/demo-samples.mjs` writes the files, and
// js/tests/demo-samples.test.mjs fails when the committed files differ from this recipe.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const PROVINCE = "01";
const GIVEN = ["An", "Bình", "Hoà", "Hương", "Khoa", "Lan", "Minh", "Páo", "Tú", "Dũng", "Hạnh", "Mai"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Lò", "Hoàng", "Vũ", "Đặng"];

/** The first 2025 communes of Hà Nội, in table order (codes), from the package. */
function hanoiWards() {
  const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
  return ctxh.communes("2025", PROVINCE).map((c) => c.code);
}

const address = (ward) => ({ codeSet: "2025", provinceCode: PROVINCE, wardCode: ward });

function person(i, birthYear) {
  const female = i % 2 === 1;
  const name = `${FAMILY[i % FAMILY.length]} ${female ? "Thị" : "Văn"} ${GIVEN[i % GIVEN.length]}`;
  const sex = female ? 1 : 0; // born in the 1900s
  const cccd = `0${PROVINCE}${sex}${String(birthYear % 100).padStart(2, "0")}${String(100001 + i * 37).padStart(6, "0")}`;
  return {
    fullName: name,
    gender: female ? "female" : "male",
    birthDate: `${birthYear}-0${1 + (i % 9)}-1${i % 10}`,
    ethnicity: "01",
    identifiers: [{ kind: "cccd", number: cccd }],
    phone: `09${String(12345670 + i).padStart(8, "0")}`,
  };
}

/** The staff rows and the rows that are wrong on purpose (with the code each must get). */
export function staffSample(wards = hanoiWards()) {
  const rows = [];
  const add = (record) => rows.push({ id: `HN-${String(rows.length + 1).padStart(3, "0")}`, ...record });
  const collaborator = (i, ward, { category = "sw-collaborator", dedicated = true, trained = false } = {}) => ({
    person: person(i, 1975 + (i % 20)),
    workforceCategory: category,
    ...(category === "sw-collaborator" ? { dedicated } : {}),
    employer: { agency: { level: "commune", name: "UBND phường", adminUnit: address(ward) } },
    commune: address(ward),
    assignments: [{ startDate: "2025-08-01", contractType: category === "volunteer-team-member" ? "volunteer" : "collaborator-contract" }],
    ...(trained ? { trainingAttendances: [{ eventId: "TR-HN-2025-01", completed: true }] } : {}),
  });
  // 8 dedicated social work collaborators in 6 communes (two communes have two).
  [0, 1, 2, 3, 4, 5, 0, 1].forEach((w, k) => add(collaborator(k, wards[w], { trained: k < 4 })));
  // 2 collaborators who are not dedicated, 3 child protection collaborators, 2 volunteers.
  add(collaborator(8, wards[6], { dedicated: false }));
  add(collaborator(9, wards[7], { dedicated: false }));
  for (const k of [10, 11, 12]) add(collaborator(k, wards[k - 2], { category: "child-protection-collaborator" }));
  for (const k of [13, 14]) add(collaborator(k, wards[k - 5], { category: "volunteer-team-member" }));
  // 3 civil servants in a social work post at commune people's committees.
  for (const k of [15, 16, 17]) {
    add({
      person: person(k, 1980 + k),
      workforceCategory: "civil-servant",
      employer: { agency: { level: "commune", name: "UBND phường", adminUnit: address(wards[k - 15]) } },
      assignments: [{ startDate: "2025-07-01", jobPosition: "social-work", contractType: "appointment" }],
      trainingAttendances: [{ eventId: "TR-HN-2025-02", completed: k !== 17 }],
    });
  }
  // 2 public employees of the social work centre.
  for (const k of [18, 19]) {
    add({
      person: person(k, 1988 + k - 18),
      workforceCategory: "public-employee",
      employer: { facilityId: "F-HN-01" },
      assignments: [{ startDate: "2020-03-01", jobPosition: "social-work", contractType: "labour-contract", facilityId: "F-HN-01" }],
    });
  }
  // Wrong on purpose: a CCCD of 11 digits, a digit in a name, a category that does not exist.
  const planted = [];
  const plant = (record, code, field) => {
    add(record);
    planted.push({ row: rows.length - 1, code, field });
  };
  const shortCccd = collaborator(20, wards[8]);
  shortCccd.person.identifiers[0].number = shortCccd.person.identifiers[0].number.slice(0, 11);
  plant(shortCccd, "cccd_format", "person.identifiers[*].number");
  const digit = collaborator(21, wards[9]);
  digit.person.fullName += " 2";
  plant(digit, "name_contains_digit", "person.fullName");
  const category = collaborator(22, wards[10]);
  category.workforceCategory = "teacher";
  delete category.dedicated;
  plant(category, "enum_invalid", "workforceCategory");
  return { rows, planted };
}

export function facilitySample(wards = hanoiWards()) {
  const department = { kind: "health-department", name: "Sở Y tế Hà Nội", provinceCode: PROVINCE };
  const committee = { kind: "provincial-committee", name: "UBND Thành phố Hà Nội", provinceCode: PROVINCE };
  const head = (i) => ({ fullName: `Trần Thị ${GIVEN[i]}`, gender: "female", birthDate: `197${i}-02-03` });
  return [
    {
      id: "F-HN-01", name: "Trung tâm Công tác xã hội Hà Nội", facilityType: "social-work-centre", ownership: "public",
      address: address(wards[0]), status: "licensed", designCapacity: 120,
      head: head(1), managingAgency: department,
      establishment: { kind: "establishment-decision", number: "1234/QĐ-UBND", date: "2015-03-02", issuer: committee },
      licence: { number: "05/GP-SYT", issuedDate: "2025-04-01", issuer: department },
      services: ["case-management", "education-counselling"], hasSocialWorkUnit: true, hasSocialWorkRoom: true,
    },
    {
      id: "F-HN-02", name: "Cơ sở chăm sóc người cao tuổi Bình An", facilityType: "elderly-care", ownership: "non-public",
      address: address(wards[3]), status: "licensed", designCapacity: 40,
      head: head(2), managingAgency: department,
      establishment: { kind: "registration-certificate", number: "12/GCN", date: "2019-06-10", issuer: { kind: "dolisa", name: "Sở Lao động - Thương binh và Xã hội Hà Nội", provinceCode: PROVINCE } },
      licence: { number: "18/GP-SLĐTBXH", issuedDate: "2019-09-02", issuer: { kind: "dolisa", name: "Sở Lao động - Thương binh và Xã hội Hà Nội", provinceCode: PROVINCE } },
    },
    { id: "F-HN-03", name: "Văn phòng công tác xã hội phường", facilityType: "social-work-office", officeLevel: "commune", ownership: "public", address: address(wards[1]), status: "registered",
      managingAgency: { kind: "commune-committee", name: "UBND phường", provinceCode: PROVINCE }, services: ["case-management"] },
  ];
}

export function trainingSample() {
  const unit = { codeSet: "2025", provinceCode: PROVINCE };
  return [
    { id: "TR-HN-2025-01", title: "Kỹ năng công tác xã hội cơ bản", level: "tap-huan", organiser: "Sở Y tế Hà Nội", startDate: "2025-09-08", endDate: "2025-09-12", adminUnit: unit },
    { id: "TR-HN-2025-02", title: "Quản lý trường hợp", level: "boi-duong-ngan-han", organiser: "Sở Y tế Hà Nội", startDate: "2025-10-06", endDate: "2025-10-17", adminUnit: unit },
  ];
}

export function caseSample(wards = hanoiWards()) {
  const step = (stepType, startedAt, completedAt) => ({ stepType, startedAt, ...(completedAt ? { completedAt } : {}), actorStaffId: "HN-016" });
  const base = (i, extra) => ({
    id: `CASE-HN-${i}`, commune: address(wards[i]), receivedAt: `2025-1${i}-01T08:00:00+07:00`, urgency: "non-emergency",
    client: { person: { fullName: `Nguyễn Văn ${GIVEN[i]}`, birthDate: `201${i}-05-12`, gender: "male" }, categories: ["k1"] },
    caseManager: { staffId: "HN-016", category: "civil-servant", assignedBy: "commune-chair" },
    ...extra,
  });
  return [
    base(0, { pathway: "child-protection", steps: [step("intake", "2025-10-01T08:00:00+07:00", "2025-10-01T10:00:00+07:00")] }),
    base(1, { pathway: "child-protection", protectionLevel: "support", steps: [step("intake", "2025-11-01T08:00:00+07:00", "2025-11-01T09:00:00+07:00")] }),
  ];
}

/** The sample files: name → text. */
export function demoSamples() {
  const wards = hanoiWards();
  const ndjson = (rows) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const json = (rows) => JSON.stringify(rows, null, 2) + "\n";
  return {
    "staff-hanoi.ndjson": ndjson(staffSample(wards).rows),
    "facilities-hanoi.json": json(facilitySample(wards)),
    "training-hanoi.json": json(trainingSample()),
    "cases-hanoi.ndjson": ndjson(caseSample(wards)),
  };
}

export const SAMPLES_DIR = fileURLToPath(new URL("../../www/demo-data/", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, text] of Object.entries(demoSamples())) writeFileSync(join(SAMPLES_DIR, name), text);
  console.log(`wrote ${Object.keys(demoSamples()).join(", ")} into www/demo-data/`);
}
