// The hostile corpus of ROBUSTNESS.md through the wasm package: each input gets a clear issue
// (or meets a documented limit), nothing throws or traps, no value is echoed, and the module
// keeps working. The same texts run natively in tests/hostile_corpus.rs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
// The batch cases go through the full entry ("ctxh/full"), which has BatchValidator.
const full = createRequire(import.meta.url)("../../pkg/full/node/ctxh.js");
const OPTS = { asOf: "2026-03-01", lang: "en" };
const ADDRESS = { codeSet: "2025", provinceCode: "01", wardCode: "00004" };

/** "path code" of every issue of a report. */
const at = (report) => report.issues.map((i) => `${i.pathText} ${i.code}`);

function noEcho(report, ...values) {
  const text = JSON.stringify(report.issues.map((i) => [i.params, i.message]));
  for (const v of values) assert.ok(!text.includes(v), `the report carries ${JSON.stringify(v.slice(0, 20))}`);
}

function nest(depth, leaf, wrap) {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

describe("the hostile corpus", () => {
  test("10,000-level nesting: nesting_too_deep (or json_invalid when the host cannot write it)", () => {
    for (const deep of [nest(10_000, "x", (v) => ({ street: v })), { ...ADDRESS, street: nest(10_000, 1, (v) => [v]) }]) {
      const codes = at(ctxh.validateAddress(deep, OPTS)).join();
      assert.ok(codes === " nesting_too_deep" || codes === " json_invalid", codes);
    }
    // As text, the parser's limit is met first.
    const text = `{"street":${"[".repeat(10_000)}1${"]".repeat(10_000)}}`;
    assert.deepEqual(at(JSON.parse(ctxh.validateJson("address", text, OPTS))), [" nesting_too_deep"]);
  });

  test("a 10 MB string: record_too_large, not read", () => {
    const big = "Zq7-" + "x".repeat(10 * 1024 * 1024);
    const report = ctxh.validateAddress({ ...ADDRESS, street: big }, OPTS);
    assert.deepEqual(at(report), [" record_too_large"]);
    noEcho(report, big.slice(0, 12));
  });

  test("a 1,000,000-row batch in chunks: every row counted", () => {
    const v = new full.BatchValidator("address", { ...OPTS, format: "ndjson", maxIssues: 10 });
    const row = '{"codeSet":"2025","provinceCode":"01","wardCode":"00004"}\n';
    const chunk = row.repeat(10_000);
    for (let i = 0; i < 100; i++) v.push(chunk);
    const report = v.finish();
    assert.equal(report.totals.rows, 1_000_000);
    assert.equal(report.totals.valid, 1_000_000);
  });

  test("NaN, Infinity and -0 from JS: null (absent) and 0, as JSON writes them", () => {
    const report = ctxh.validateStaff({ assignments: [{ monthlyAllowance: NaN, startDate: "2020-01-01" }], titleAppointments: [{ coefficient: Infinity, salaryStep: -0 }] }, OPTS);
    assert.ok(!report.issues.some((i) => i.pathText.includes("monthlyAllowance") || i.pathText.includes("coefficient")), at(report).join());
    assert.ok(report.issues.some((i) => i.pathText === "titleAppointments[0].salaryStep" && i.code === "number_out_of_range"));
  });

  test("numbers as strings and strings as numbers: type_invalid at the field", () => {
    const report = ctxh.validateStaff({ assignments: [{ monthlyAllowance: "5000000" }], person: { fullName: 12345 } }, OPTS);
    assert.ok(at(report).includes("assignments[0].monthlyAllowance type_invalid"));
    assert.ok(at(report).includes("person.fullName type_invalid"));
  });

  test("a lone surrogate: text_encoding_invalid at its field, the rest still checked", () => {
    const report = ctxh.validateAddress({ ...ADDRESS, wardCode: "9", street: "Phố \ud800" }, OPTS);
    assert.deepEqual(at(report), ["street text_encoding_invalid", "wardCode code_format_invalid"]);
  });

  test("__proto__ and constructor keys: unknown_field, and nothing polluted", () => {
    const record = JSON.parse('{"codeSet":"2025","provinceCode":"01","wardCode":"00004","__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}');
    assert.deepEqual(at(ctxh.validateAddress(record, OPTS)), ["__proto__ unknown_field", "constructor unknown_field"]);
    assert.equal({}.polluted, undefined);
    assert.equal(Object.prototype.x, undefined);
  });

  test("duplicate keys: duplicate_field, the first value used", () => {
    const text = '{"codeSet":"2025","provinceCode":"01","wardCode":"00004","wardCode":"x"}';
    assert.deepEqual(at(JSON.parse(ctxh.validateJson("address", text, OPTS))), ["wardCode duplicate_field"]);
  });

  test("a byte order mark: ignored", () => {
    assert.equal(ctxh.validateJson("address", "\ufeff" + JSON.stringify(ADDRESS), OPTS), ctxh.validateJson("address", JSON.stringify(ADDRESS), OPTS));
  });

  test("NFD and NFC mixtures: the same name, kept as typed", () => {
    const nfc = ctxh.validateStaff({ person: { fullName: "Nguyễn Thị Hoà" } }, OPTS);
    const nfd = ctxh.validateStaff({ person: { fullName: "Nguyễn Thị Hoà".normalize("NFD") } }, OPTS);
    const mixed = ctxh.validateStaff({ person: { fullName: "Nguye\u0302\u0303n Thị Hoà" } }, OPTS);
    assert.deepEqual(at(nfd), at(nfc));
    assert.deepEqual(at(mixed), at(nfc));
    assert.equal(ctxh.searchCommunes("2025", "01", "Yên Hoà".normalize("NFD"), 1)[0].code, ctxh.searchCommunes("2025", "01", "Yên Hòa", 1)[0].code);
  });

  test("control and bidirectional characters: reported in names, escaped in paths", () => {
    const report = ctxh.validateStaff({ person: { fullName: "Zq7\u0007 \u202eAb" }, "k\u202ey": 1 }, OPTS);
    assert.ok(report.issues.some((i) => i.pathText === "person.fullName" && i.code === "name_character_invalid"));
    const key = report.issues.find((i) => i.code === "unknown_field");
    assert.equal(key.pathText, "k\\u{202e}y");
    noEcho(report, "Zq7\u0007 \u202eAb");
  });

  test("invalid dates: date_invalid and datetime_invalid at the field", () => {
    const staff = ctxh.validateStaff({ person: { birthDate: "2025-02-29" } }, OPTS);
    assert.ok(at(staff).includes("person.birthDate date_invalid"));
    const c = ctxh.validateCase({ receivedAt: "9999-12-31T24:00:00+14:00" }, OPTS);
    assert.ok(at(c).includes("receivedAt datetime_invalid"));
  });

  test("validation never changes its input", () => {
    const freeze = (v) => {
      if (v && typeof v === "object") {
        Object.values(v).forEach(freeze);
        Object.freeze(v);
      }
      return v;
    };
    const staff = freeze({ person: { fullName: "  Nguyễn  Văn A ", phone: "0168 123 4567", address: { ...ADDRESS } }, assignments: [{ startDate: "2020-01-01" }] });
    const kase = freeze({ pathway: "facility", receivedAt: "2025-06-30T09:00:00+07:00", steps: [{ stepType: "intake" }] });
    const before = JSON.stringify([staff, kase]);
    ctxh.validateStaff(staff, OPTS);
    ctxh.validate("staff", staff, OPTS);
    ctxh.validateField("staff", "person.fullName", "x", staff, OPTS);
    ctxh.nextSteps(kase, OPTS);
    ctxh.validateCase(kase, OPTS);
    assert.equal(JSON.stringify([staff, kase]), before);
  });

  test("after the whole corpus the module still answers", () => {
    assert.equal(ctxh.validateAddress(ADDRESS, OPTS).valid, true);
  });
});
