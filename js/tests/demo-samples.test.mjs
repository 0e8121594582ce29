// The demo's sample files (www/demo-data/) are what js/lib/demo-samples.mjs makes, and the rows
// that are wrong on purpose are exactly the invalid ones, with the planned codes.
// Regenerate: node js/lib/demo-samples.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ctxh from "../../pkg/full/node/ctxh.js"; // validateBatch: the full entry ("ctxh/full")
import { SAMPLES_DIR, demoSamples, staffSample } from "../lib/demo-samples.mjs";

test("the committed sample files are the recipe's (node js/lib/demo-samples.mjs)", () => {
  for (const [name, text] of Object.entries(demoSamples())) {
    assert.equal(readFileSync(join(SAMPLES_DIR, name), "utf8"), text, `www/demo-data/${name} drifted`);
  }
});

test("the staff sample: the planted rows and only they are invalid, each with its code", () => {
  const { planted } = staffSample();
  const report = ctxh.validateBatch("staff", demoSamples()["staff-hanoi.ndjson"], { asOf: "2026-01-01" });
  const errors = report.issues.filter((i) => i.severity === "error");
  assert.deepEqual(errors.map((i) => [i.row, i.code]), planted.map((p) => [p.row, p.code]));
  for (const p of planted) assert.equal(report.byField[p.field]?.rows, 1, p.field);
  assert.equal(report.totals.invalid, planted.length);
});

test("the other samples are valid records", () => {
  for (const [name, kind] of [["facilities-hanoi.json", "facility"], ["training-hanoi.json", "trainingEvent"], ["cases-hanoi.ndjson", "case"]]) {
    const report = ctxh.validateBatch(kind, demoSamples()[name], { asOf: "2026-01-01" });
    assert.equal(report.totals.errors, 0, `${name}: ${JSON.stringify(report.issues)}`);
  }
});
