// Staff records through the Node build of the wasm package: hostile shapes never throw (only
// unusable options do), helpers for forms (normalizePhone, parseCccd, findEthnicGroup) and
// on-keystroke validateField. Run after `scripts/build` (pkg/node).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
const OPTS = { asOf: "2026-03-01" };
const MARKER = "Zq7-staff-marker-Xw9"; // must never appear in a report

const valid = () => ({
  person: {
    fullName: "Nguyễn Thị Hoà", gender: "female", birthDate: "1990-05-02", ethnicity: "01",
    phone: "0912 345 678", email: "hoa.nguyen@soyte.hanoi.gov.vn",
    identifiers: [{ kind: "cccd", number: "001190012345", issuedDate: "2021-04-10" }],
  },
  workforceCategory: "public-employee",
  employer: { facilityId: "HN-TTCTXH-01" },
  assignments: [{ jobPosition: "social-work", startDate: "2014-09-01", contractType: "appointment" }],
  titleAppointments: [{ title: "V.09.04.02", coefficient: 3.0, appointedDate: "2016-01-15" }],
  qualifications: [{ level: "dai-hoc", major: "social-work", graduationDate: "2012-06-30" }],
});

function nested(depth, leaf, wrap) {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

/** Puts `bad` into every field of the record, one level down and in lists. */
function everywhere(bad) {
  const r = valid();
  const walk = (o) => {
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (Array.isArray(v)) v.forEach((x) => typeof x === "object" && walk(x));
      else if (v && typeof v === "object") walk(v);
      else o[k] = bad();
    }
  };
  walk(r);
  return r;
}

const SHAPES = {
  undefined: () => undefined,
  null: () => null,
  NaN: () => NaN,
  Infinity: () => Infinity,
  "negative number": () => -1,
  "2^64": () => 2 ** 64,
  "a BigInt": () => 2n ** 64n,
  "a string": () => MARKER,
  "an array": () => [MARKER],
  "an object": () => ({ value: MARKER }),
  "a function": () => () => MARKER,
  "a symbol": () => Symbol(MARKER),
  "a Date": () => new Date(0),
  "1 MB string": () => MARKER + "ệ".repeat(1 << 20),
  "lone surrogate": () => MARKER + "\ud800",
  "deep array": () => nested(200, MARKER, (v) => [v]),
  "deep object": () => nested(200, MARKER, (v) => ({ person: v })),
  "null everywhere": () => everywhere(() => null),
  "arrays for strings": () => everywhere(() => [MARKER]),
  "1 MB strings everywhere": () => everywhere(() => MARKER + "x".repeat(1 << 20)),
  "unknown fields": () => ({ ...valid(), unknownKey: MARKER, person: { ...valid().person, extra: MARKER } }),
  "a cycle": () => {
    const a = valid();
    a.person.self = a;
    return a;
  },
};

function assertReport(report, label) {
  assert.equal(typeof report.valid, "boolean", label);
  assert.ok(Array.isArray(report.issues), label);
  assert.ok(!JSON.stringify(report).includes(MARKER), `${label}: the report contains an input value`);
}

describe("hostile shapes never throw", () => {
  for (const [label, make] of Object.entries(SHAPES)) {
    test(`validateStaff: ${label}`, () => {
      const report = ctxh.validateStaff(make(), OPTS);
      assertReport(report, label);
      assert.ok(report.issues.length > 0, `${label}: no issue`);
    });
    test(`validateField: ${label}`, () => {
      for (const path of ["person.fullName", "person.phone", "assignments[0].startDate", "nonsense", "", "a".repeat(10000)]) {
        assertReport(ctxh.validateField("staff", path, make(), valid(), OPTS), `${label} at ${path.slice(0, 20)}`);
        assertReport(ctxh.validateField("staff", path, valid().person, make(), OPTS), `${label} as record`);
      }
    });
  }

  test("validateJson with broken text", () => {
    for (const text of ["", "{", '{"assignments":[{"monthlyAllowance":1e400}]}']) {
      const report = JSON.parse(ctxh.validateJson("staff", text, OPTS));
      assert.deepEqual(report.issues.map((i) => i.code), ["json_invalid"], text.slice(0, 20));
    }
    const deep = JSON.parse(ctxh.validateJson("staff", "[".repeat(300), OPTS));
    assert.deepEqual(deep.issues.map((i) => i.code), ["nesting_too_deep"]);
    const broken = JSON.parse(ctxh.validateJson("staff", '{"person":{"fullName":"\\ud800"}}', OPTS));
    assert.ok(broken.issues.some((i) => i.code === "text_encoding_invalid" && i.pathText === "person.fullName"));
  });

  test("only unusable options throw, as RangeError", () => {
    assert.throws(() => ctxh.validateStaff(valid(), { asOf: "01/03/2026" }), RangeError);
    assert.throws(() => ctxh.validateStaff(valid(), { mode: "final" }), RangeError);
    assert.throws(() => ctxh.validateField("staff", "person.phone", "0912", null, { lang: "fr" }), RangeError);
    assert.doesNotThrow(() => ctxh.validateStaff(valid(), undefined));
  });
});

describe("whole records", () => {
  test("a complete record is valid, in both languages", () => {
    for (const lang of ["vi", "en"]) assert.deepEqual(ctxh.validateStaff(valid(), { ...OPTS, lang }), { valid: true, issues: [] });
  });

  test("draft mode turns missing required fields into warnings", () => {
    const submit = ctxh.validateStaff({}, OPTS);
    const draft = ctxh.validateStaff({}, { ...OPTS, mode: "draft" });
    assert.equal(submit.valid, false);
    assert.equal(draft.valid, true);
    assert.deepEqual(draft.issues.map((i) => i.pathText), submit.issues.map((i) => i.pathText));
    assert.ok(draft.issues.every((i) => i.severity === "warning" && i.code === "required"));
  });

  test("the native and wasm bytes agree for validateJson", () => {
    const text = JSON.stringify({ ...valid(), workforceCategory: "contract-worker" });
    const report = JSON.parse(ctxh.validateJson("staff", text, OPTS));
    assert.deepEqual(report, ctxh.validateStaff(JSON.parse(text), OPTS));
    assert.deepEqual(report.issues.map((i) => [i.pathText, i.code]), [["titleAppointments[0].title", "title_requires_public_employee"]]);
  });
});

describe("on-keystroke validateField", () => {
  const field = (path, value, record = valid(), opts = OPTS) => ctxh.validateField("staff", path, value, record, opts);
  const codes = (r) => r.issues.map((i) => i.code);

  test("a name is checked as typed, alone", () => {
    assert.deepEqual(codes(field("person.fullName", "Nguyễn Văn 2")), ["name_contains_digit"]);
    assert.deepEqual(codes(field("person.fullName", "Nguyễn Văn Hai")), []);
    const r = field("person.fullName", "Nguyễn Văn 2", valid(), { ...OPTS, lang: "en" });
    assert.equal(r.issues[0].message, "A name cannot contain digits.");
    assert.equal(r.issues[0].pathText, "person.fullName");
  });

  test("an emptied required field is an error on submit and a warning in draft", () => {
    assert.equal(field("person.fullName", "").issues[0].severity, "error");
    assert.equal(field("person.fullName", "", valid(), { ...OPTS, mode: "draft" }).issues[0].severity, "warning");
  });

  test("cross-field rules use the record", () => {
    assert.deepEqual(codes(field("person.identifiers[0].number", "001090012345")), ["cccd_gender_mismatch"]);
    assert.deepEqual(codes(field("assignments[0].startDate", "2006-09-01")), ["assignment_under_age"]);
    const coef = field("titleAppointments[0].coefficient", 7);
    assert.deepEqual(codes(coef), ["salary_coefficient_out_of_band"]);
    assert.deepEqual(coef.issues[0].params, { title: "V.09.04.02", salaryTable: "A1", min: "2.34", max: "4.98" });
  });

  test("an old mobile number gets the new prefix, never the digits", () => {
    const r = field("person.phone", "0168 123 4567");
    assert.deepEqual(r.issues.map((i) => [i.code, i.severity, i.params]), [["phone_legacy_mobile", "warning", { oldPrefix: "0168", newPrefix: "038" }]]);
    assert.ok(!JSON.stringify(r).includes("1234567"));
  });

  test("unknown paths are reported", () => {
    assert.deepEqual(codes(field("nonsense.deeper", 1)), ["unknown_field"]);
    assert.deepEqual(codes(field("person..fullName", "x")), ["field_path_invalid"]);
  });
});

describe("form helpers", () => {
  test("normalizePhone", () => {
    assert.deepEqual(ctxh.normalizePhone("+84 (0) 912.345.678"), { normalized: "0912345678", kind: "mobile", suggestion: null, knownPrefix: true });
    assert.deepEqual(ctxh.normalizePhone("0168 123 4567"), { normalized: "01681234567", kind: "legacy-mobile", suggestion: "0381234567", knownPrefix: false });
    assert.equal(ctxh.normalizePhone("(028) 3812 3456").kind, "landline");
    assert.equal(ctxh.normalizePhone("0623.821002").kind, "legacy-landline");
    assert.equal(ctxh.normalizePhone("050 123 4567").knownPrefix, false);
    for (const bad of ["12345", "", MARKER, 912345678, null, undefined, {}, "9".repeat(1 << 20)]) {
      assert.deepEqual(ctxh.normalizePhone(bad), { normalized: null, kind: "invalid", suggestion: null, knownPrefix: false });
    }
  });

  test("parseCccd", () => {
    assert.deepEqual(ctxh.parseCccd("001 190 012 345"), {
      valid: true, normalized: "001190012345", provinceCode: "001", provinceName: "Thành phố Hà Nội",
      gender: "female", century: 20, birthYear: 1990,
    });
    const c = ctxh.parseCccd("079205001234");
    assert.deepEqual([c.gender, c.century, c.birthYear], ["male", 21, 2005]);
    for (const bad of ["12345", "00119001234A", null, 1e11, MARKER]) {
      const r = ctxh.parseCccd(bad);
      assert.equal(r.valid, false);
      assert.equal(r.birthYear, null);
    }
  });

  test("findEthnicGroup", () => {
    assert.deepEqual(ctxh.findEthnicGroup("H'Mông"), { code: "08", name: "HMông" });
    assert.equal(ctxh.findEthnicGroup("Khmer").code, "05");
    assert.equal(ctxh.findEthnicGroup("ê đê").code, "12");
    assert.equal(ctxh.findEthnicGroup("Mu\u031bo\u031b\u0300ng").code, "06"); // typed decomposed (NFD)
    for (const bad of ["Klingon", "", null, 5, "x".repeat(1 << 20)]) assert.equal(ctxh.findEthnicGroup(bad), null);
  });

  test("enumLabels lists the staff code lists", () => {
    const cats = ctxh.enumLabels("workforceCategory", { lang: "vi" });
    assert.equal(cats.length, 7);
    assert.deepEqual(cats[1], { value: "public-employee", label: "Viên chức" });
    assert.equal(ctxh.enumLabels("professionalTitle", { lang: "en" })[0].value, "V.09.04.01");
    const ethnic = ctxh.enumLabels("ethnicGroup");
    assert.equal(ethnic.length, 54);
    assert.deepEqual(ethnic[0], { value: "01", label: "Kinh" });
  });
});
