// normalizePhone against an oracle no one here wrote: Google's libphonenumber metadata
// (libphonenumber-js/max, a dev dependency). 24,000 phone strings are generated from a fixed
// seed in the ways people type Vietnamese and foreign numbers; every answer of ours is compared
// with the oracle's, and each disagreement must fall in one of the classes below, which are
// differences by design. An unexplained disagreement fails the test with its examples.
//
// Classes of disagreement kept by design (README "Staff records", phones):
// - legacy-mobile: an 11-digit mobile number from before the 2018-2019 conversion (01xx + 7
//   digits). The oracle refuses it; we accept it with a warning and the new number.
// - legacy-landline: a landline with an area code from before 2017 (0 + old code + 7 digits, or
//   04/08 + 8 digits). The oracle refuses it; we accept it with a warning and the new number.
//   Old Đồng Tháp numbers 067 2xx xxxx share their shape with the oracle's VoIP range 0672:
//   we read them as the old landline (the research has no VoIP range).
// - mobile-prefix-warned: 0[35789] + 8 digits whose 3-digit prefix is not in our allocated
//   list: the oracle refuses it; we accept it with the warning phone_prefix_unknown (the list
//   of allocated prefixes changes and is unverified, domain-research §4.6 R-P1).
// - mobile-block-wider: our allocated list has whole 3-digit blocks (052, 055, 089, 099) where
//   the oracle lists 4-digit sub-blocks; we accept the rest of the block without a warning.
// - oracle-only-range: ranges the oracle knows and the research does not (mobile 0140, 0160,
//   01210-01213 with 9 national digits; toll-free 1201, 1203, 1228; short numbers 199, 799):
//   we refuse them until a source is found.
// - old-landline-over-unallocated-mobile: a 10-digit number whose prefix is an old area code and
//   not an allocated mobile prefix (030, 031: old Ninh Bình and Hải Phòng). The oracle calls
//   every 03x number mobile; we read it as the old landline and suggest the new number (an
//   allocated prefix such as 033 or 038 is a mobile number for both).
// - bare-84-as-national: a string starting with 84 without "+" that the oracle reads as a
//   national number typed without its trunk 0 (84 918 3539 = 084 918 3539). We read a leading
//   84 as the country code ("84 0216 900 1353" and "840912345678" are Vietnamese numbers), so
//   the remaining digits decide, and a national number without its 0 is not accepted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");

const COUNT = 24_000;

// mulberry32: a small seeded generator, so that every run checks the same strings.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20_260_301);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const digits = (n) => Array.from({ length: n }, () => String(int(10))).join("");

const OLD_AREA_CODES = [
  "33", "240", "25", "26", "27", "280", "281", "22", "231", "20", "230", "29", "320", "321",
  "241", "31", "351", "36", "350", "30", "52", "53", "54", "510", "511", "37", "38", "39", "4",
  "61", "62", "64", "55", "56", "57", "58", "68", "60", "501", "500", "63", "59", "70", "651",
  "72", "73", "650", "75", "66", "67", "8", "780", "781", "710", "711", "74", "76", "77", "79",
];

// A national number with its trunk 0 (or a service number), before formatting.
const SHAPES = [
  () => `0${pick("35789")}${digits(8)}`, // mobile shape, any prefix
  () => `02${digits(2)}${digits(7)}`, // any 02xx area code
  () => `02${pick(["4", "8"])}${digits(8)}`, // Hà Nội, HCMC
  () => `01${digits(2)}${digits(7)}`, // old 11-digit mobile shape
  () => {
    const code = pick(OLD_AREA_CODES);
    const len = (code === "4" || code === "8" ? 8 : 7) + pick([0, 0, 0, -1, 1]);
    return `0${code}${digits(len)}`;
  },
  () => `${pick(["1800", "1900"])}${digits(pick([3, 4, 5, 6, 7]))}`,
  () => `069${digits(pick([4, 5, 6, 7]))}`,
  () => `0${digits(6 + int(7))}`, // anything
];

const FOREIGN = [
  () => `+1 ${digits(3)} 555 ${digits(4)}`,
  () => `+44 20 ${digits(4)} ${digits(4)}`,
  () => `00 46 8 ${digits(3)} ${digits(2)} ${digits(2)}`,
  () => `0046${digits(9)}`,
  () => `+86 ${digits(3)} ${digits(4)} ${digits(4)}`,
  () => `00 33 ${digits(9)}`,
];

function group(text) {
  const sep = pick([" ", ".", "-", ""]);
  const out = [];
  for (let i = 0; i < text.length; ) {
    const n = 2 + int(3);
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}

function format(national) {
  if (!national.startsWith("0")) return pick([national, group(national)]);
  const rest = national.slice(1);
  switch (int(8)) {
    case 0: return `+84 ${group(rest)}`;
    case 1: return `+84 (0) ${group(rest)}`;
    case 2: return `0084${rest}`;
    case 3: return `84${rest}`;
    case 4: return `84 ${group(national)}`;
    case 5: return `(0${rest.slice(0, 2)}) ${group(rest.slice(2))}`;
    default: return group(national);
  }
}

function generate() {
  const out = [];
  while (out.length < COUNT) {
    out.push(int(10) === 0 ? pick(FOREIGN)() : format(pick(SHAPES)()));
  }
  return out;
}

const ORACLE_KIND = {
  MOBILE: "mobile",
  FIXED_LINE: "landline",
  TOLL_FREE: "service",
  PREMIUM_RATE: "service",
};

function oracle(text) {
  const p = parsePhoneNumberFromString(text, "VN");
  if (!p || !p.isValid() || p.country !== "VN") return { kind: "invalid", national: null };
  const type = p.getType();
  const nn = p.nationalNumber;
  let kind = ORACLE_KIND[type] ?? "other";
  if (type === "UAN" && nn.startsWith("69")) kind = "security-network";
  const national = kind === "service" ? nn : `0${nn}`;
  return { kind, national, type, nn };
}

// The class of a disagreement, or null when it is not one kept by design.
function classify(text, ours, theirs) {
  const compact = text.replace(/[\s.\-()/]/g, "");
  if (compact.startsWith("84") && theirs.nn?.startsWith("84")) return "bare-84-as-national";
  if (ours.kind === "legacy-landline" && !ours.knownPrefix && theirs.type === "MOBILE" && /^03[01]/.test(ours.normalized)) {
    return "old-landline-over-unallocated-mobile";
  }
  if (ours.kind === "legacy-landline" && theirs.type === "VOIP" && ours.normalized.startsWith("0672")) {
    return "legacy-landline";
  }
  if (theirs.kind === "invalid") {
    if (ours.kind === "legacy-mobile") return "legacy-mobile";
    if (ours.kind === "legacy-landline") return "legacy-landline";
    if (ours.kind === "mobile" && !ours.knownPrefix) return "mobile-prefix-warned";
    if (ours.kind === "mobile" && /^0(52|55|89|99)/.test(ours.normalized)) return "mobile-block-wider";
    return null;
  }
  if (ours.kind === "invalid") {
    const nn = theirs.nn;
    if (theirs.type === "MOBILE" && /^(1[46]0|121[0-3])/.test(nn)) return "oracle-only-range";
    if (theirs.type === "TOLL_FREE" && /^12(0[13]|28)/.test(nn)) return "oracle-only-range";
    if (theirs.type === "UAN" && /^[17]99/.test(nn)) return "oracle-only-range";
  }
  return null;
}

test(`normalizePhone agrees with libphonenumber on ${COUNT} generated strings, except by design`, () => {
  const texts = generate();
  const classes = new Map();
  const unexplained = [];
  let agreed = 0;
  for (const text of texts) {
    const ours = ctxh.normalizePhone(text);
    const theirs = oracle(text);
    const same =
      ours.kind === theirs.kind &&
      (theirs.kind === "invalid" || ours.normalized === theirs.national);
    if (same) {
      agreed += 1;
      continue;
    }
    const cls = classify(text, ours, theirs);
    if (cls === null) {
      unexplained.push({ text, ours: `${ours.kind} ${ours.normalized}`, oracle: `${theirs.kind} ${theirs.type ?? ""} ${theirs.national}` });
    } else {
      classes.set(cls, (classes.get(cls) ?? 0) + 1);
    }
  }
  assert.equal(texts.length, COUNT);
  if (process.env.CTXH_ORACLE_VERBOSE) console.log(agreed, Object.fromEntries(classes));
  assert.deepEqual(unexplained.slice(0, 15), [], `${unexplained.length} unexplained disagreements`);
  // The comparison has teeth: most strings agree, and every kind of ours was reached.
  assert.ok(agreed > COUNT / 2, `only ${agreed} agreements`);
  const kinds = new Set(texts.map((t) => ctxh.normalizePhone(t).kind));
  for (const k of ["mobile", "landline", "legacy-mobile", "legacy-landline", "service", "security-network", "invalid"]) {
    assert.ok(kinds.has(k), `no generated string is ${k}`);
  }
  for (const cls of ["legacy-mobile", "legacy-landline", "mobile-prefix-warned"]) {
    assert.ok(classes.has(cls), `class ${cls} never seen: the generator lost a shape`);
  }
});

test("the issue's reproductions, against the oracle", () => {
  const cases = [
    ["00912345678", "invalid"],
    ["004685762636", "invalid"],
    ["02001234567", "invalid"],
    ["04428637535", "invalid"],
    ["84 0216 900 1353", "landline"],
    ["+84 0216 900 1353", "landline"],
    ["840912345678", "mobile"],
  ];
  for (const [text, kind] of cases) {
    assert.equal(ctxh.normalizePhone(text).kind, kind, text);
    assert.equal(oracle(text).kind, kind, `oracle ${text}`);
  }
  assert.equal(ctxh.normalizePhone("1800 1567").kind, "service");
  assert.equal(oracle("1800 1567").kind, "service");
});
