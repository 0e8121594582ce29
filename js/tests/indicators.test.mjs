// computeIndicators and friends in the wasm package's full entry ("ctxh/full", the Node build
// pkg/full/node): the API shape, hostile inputs answered as data, nothing of the records
// repeated, the catalogue, and the entry itself (every function of the main entry, which has none
// of the batch and indicator functions). The byte-for-byte parity with the native crate is in
// vectors.test.mjs (tests/vectors/indicators/*.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ctxh = require("../../pkg/full/node/ctxh.js");
const main = require("../../pkg/node/ctxh.js");
/** What the full entry has and the main entry has not: the collection layer. */
const COLLECTION_FUNCTIONS = [
  "BatchValidator", "batchIssuesCsv", "compareObservation", "computeIndicators", "computeIndicatorsJson",
  "indicatorCatalogue", "mergeIndicatorReports", "mergeIndicatorReportsJson", "validateBatch",
  "validateBatchFiles", "validateBatchFilesJson", "validateBatchJson",
];
const OPTS = { asOf: "2026-01-01", lang: "en" };

const office = {
  id: "QN-VP-SECRET-01", name: "Văn phòng công tác xã hội phường Hà Tu", facilityType: "social-work-office",
  ownership: "public", officeLevel: "commune", status: "registered", services: ["education-counselling"],
  address: { codeSet: "2025", provinceCode: "22", wardCode: "06652" },
};
const collaborator = (id, ward, dedicated) => ({
  id, person: { fullName: "Lò Văn Páo", gender: "male", birthDate: "1985" },
  workforceCategory: "sw-collaborator", dedicated,
  employer: { agency: { level: "commune", name: "UBND phường", adminUnit: { codeSet: "2025", provinceCode: "22", wardCode: ward } } },
  commune: { codeSet: "2025", provinceCode: "22", wardCode: ward },
  assignments: [{ startDate: "2025-08-01", contractType: dedicated ? "collaborator-contract" : "volunteer", facilityId: "QN-VP-SECRET-01" }],
});

test("computeIndicators counts, formats and never repeats an id", () => {
  const request = {
    scope: { codeSet: "2025", provinceCodes: ["22"] },
    staff: [collaborator("CTV-SECRET-1", "06652", true), collaborator("CTV-SECRET-2", "06658", false), { id: "CTV-SECRET-3" }],
    facilities: [office],
  };
  const before = JSON.stringify(request);
  const report = ctxh.computeIndicators(request, OPTS);
  assert.equal(JSON.stringify(request), before, "the request is not changed");
  const fig = (code) => report.indicators.find((f) => f.code === code);
  assert.equal(fig("collaborators").numerator, 2);
  assert.equal(fig("sw-offices").text, "1");
  const share = fig("communes-with-dedicated-collaborator");
  assert.equal(share.numerator, 1);
  assert.equal(share.denominatorSource, "code-set");
  assert.match(share.text, /^\d+\.\d %$/);
  assert.deepEqual(report.uncounted.records, [{ list: "staff", index: 2, reason: "invalid" }]);
  assert.ok(!JSON.stringify(report).includes("SECRET"));
  const vi = ctxh.computeIndicators(request, { ...OPTS, lang: "vi" });
  assert.match(vi.indicators.find((f) => f.code === "communes-with-dedicated-collaborator").text, /^\d+,\d %$/);
});

test("hostile requests are answered with issues, never thrown", () => {
  const cyclic = {};
  cyclic.self = cyclic;
  for (const bad of [undefined, null, 5, "text", [], { scope: 5 }, { scope: { codeSet: "2025" }, staff: "x" }, cyclic,
                     { scope: { codeSet: "2025" }, staff: Array.from({ length: 300 }, () => ({})) }]) {
    let report;
    assert.doesNotThrow(() => (report = ctxh.computeIndicators(bad, OPTS)));
    assert.equal(typeof report.request.valid, "boolean");
    assert.ok(report.uncounted.records.length <= 200);
  }
  const many = ctxh.computeIndicators({ scope: { codeSet: "2025" }, staff: Array.from({ length: 300 }, () => ({})) }, OPTS);
  assert.equal(many.uncounted.byReason.invalid, 300);
  assert.equal(many.uncounted.omitted, 100);
  assert.equal(ctxh.computeIndicatorsJson("{", OPTS).includes("json_invalid"), true);
  assert.throws(() => ctxh.computeIndicatorsJson(5, OPTS), TypeError);
  assert.throws(() => ctxh.computeIndicators({}, { lang: "fr" }), RangeError);
});

test("mergeIndicatorReports adds provinces and reports what it cannot merge", () => {
  const one = (p, ward) => ctxh.computeIndicators({
    scope: { codeSet: "2025", provinceCodes: [p] },
    staff: [{ ...collaborator(`CTV-${p}`, ward, true), commune: { codeSet: "2025", provinceCode: p, wardCode: ward },
              employer: { agency: { level: "commune", name: "UBND", adminUnit: { codeSet: "2025", provinceCode: p, wardCode: ward } } } }],
  }, OPTS);
  const merged = ctxh.mergeIndicatorReports([one("22", "06652"), one("01", "00004")], OPTS);
  assert.deepEqual(merged.scope.provinceCodes, ["01", "22"]);
  const collaborators = merged.indicators.find((f) => f.code === "collaborators");
  assert.equal(collaborators.numerator, 2);
  assert.equal(collaborators.exact, false);
  const broken = ctxh.mergeIndicatorReports([one("22", "06652"), 7, { nope: true }], OPTS);
  assert.deepEqual(broken.request.issues.map((i) => [i.pathText, i.code]), [["[1]", "type_invalid"], ["[2]", "type_invalid"]]);
  assert.equal(ctxh.mergeIndicatorReports("x", OPTS).request.valid, false);
});

test("indicatorCatalogue lists every indicator and target in both languages", () => {
  const vi = ctxh.indicatorCatalogue("vi");
  const en = ctxh.indicatorCatalogue("en");
  assert.equal(vi.indicators.length, ctxh.enumLabels("indicator").length);
  assert.equal(vi.indicators.find((i) => i.code === "training-attendances").unit, "person-times");
  assert.notEqual(vi.indicators[0].name, en.indicators[0].name);
  assert.ok(en.targets.some((t) => t.code === "hn8560-2018-facilities-with-sw-room" && t.province === "01"));
  assert.deepEqual(ctxh.indicatorCatalogue(), vi);
});

test("compareObservation says whether a published figure is the computed one", () => {
  const report = ctxh.computeIndicators({ scope: { codeSet: "2025", provinceCodes: ["22"] }, facilities: [office] }, OPTS);
  const published = (value, extra = {}) => ({ indicator: "sw-offices", unit: "count", level: "province",
    adminUnit: { codeSet: "2025", provinceCode: "22" }, referenceDate: "2026-01-01", value, ...extra });
  assert.equal(ctxh.compareObservation(published(1), report).agreement, "equal");
  assert.equal(ctxh.compareObservation(published(17), report).agreement, "differs");
  assert.equal(ctxh.compareObservation(published(1, { lowerBound: true }), report).agreement, "within-bound");
  assert.equal(ctxh.compareObservation(published(1, { referenceDate: "2025-01-01" }), report).agreement, "not-comparable");
  assert.equal(ctxh.compareObservation(published(1), "not a report").agreement, "not-computed");
  assert.doesNotThrow(() => ctxh.compareObservation(undefined, undefined));
});

test("the full entry is the main entry, batches and indicators; the main entry has none of them", () => {
  const names = (m) => Object.keys(m).sort();
  assert.deepEqual(names(ctxh), [...names(main), ...COLLECTION_FUNCTIONS].sort());
  for (const f of COLLECTION_FUNCTIONS) {
    assert.equal(typeof ctxh[f], "function", f);
    assert.equal(main[f], undefined, `${f} is not in the main entry`);
  }
  assert.deepEqual(ctxh.version(), main.version());
  assert.deepEqual(ctxh.version().codeSets, ["2025", "legacy"], "Node reads the legacy units at once");
  // The same core: the same report for the same record, in both entries.
  const record = { ...collaborator("CTV-SECRET-9", "06652", true), person: { fullName: "Lò Văn 2", phone: "0168 123 4567" } };
  for (const lang of ["vi", "en"]) {
    assert.deepEqual(ctxh.validateStaff(record, { ...OPTS, lang }), main.validateStaff(record, { ...OPTS, lang }));
  }
  assert.equal(ctxh.validate("observation", { indicator: "sw-offices", unit: "percent" }, OPTS).issues
    .find((i) => i.code === "observation_unit_mismatch").params.expected, "count");
});

test("each entry's web and bundler builds fetch the legacy units from the package's one file", () => {
  const pkg = new URL("../../pkg/", import.meta.url);
  for (const dir of ["web", "bundler", "full/web", "full/bundler"]) {
    const glue = new URL(`${dir}/ctxh.js`, pkg);
    const [, relative] = readFileSync(glue, "utf8").match(/new URL\("([^"]*ctxh_legacy\.bin)",\s*import\.meta\.url\)/) ?? [];
    assert.ok(relative, `${dir}/ctxh.js names the legacy file`);
    assert.equal(fileURLToPath(new URL(relative, glue)), fileURLToPath(new URL("ctxh_legacy.bin", pkg)), dir);
  }
  assert.ok(existsSync(new URL("ctxh_legacy.bin", pkg)));
});
