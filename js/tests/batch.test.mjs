// Batches in the wasm package: validateBatchJson gives the bytes the native crate gives
// (tests/batch/reports.json, blessed by tests/batch.rs); validateBatch and BatchValidator give
// the same report; a batch of the vector inputs gives each row the issues of its own report
// (the `expected` of the vectors, the native bytes); chunks split rows and characters anywhere;
// bad arguments throw, bad data never does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { vectorFiles } from "../lib/vectors.mjs";

// Batches are in the full entry ("ctxh/full").
const ctxh = createRequire(import.meta.url)("../../pkg/full/node/ctxh.js");
const shared = JSON.parse(
  readFileSync(new URL("../../tests/batch/reports.json", import.meta.url), "utf8"),
);

/** Splits `text` into chunks of `size` UTF-16 units (the texts here have no character outside
 * the BMP, so no chunk cuts one, as a stream's TextDecoder never does). */
function chunks(text, size) {
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

for (const c of shared.cases) {
  test(`batch report bytes: ${c.name}`, () => {
    assert.equal(ctxh.validateBatchJson(c.kind, c.text, c.options), c.expected);
    assert.deepEqual(ctxh.validateBatch(c.kind, c.text, c.options), JSON.parse(c.expected));
    for (const size of [1, 7, 4096]) {
      const batch = new ctxh.BatchValidator(c.kind, c.options);
      let last = { bytes: 0, rows: 0, issues: 0 };
      for (const chunk of chunks(c.text, size)) {
        const p = batch.push(chunk);
        assert.ok(p.bytes >= last.bytes && p.rows >= last.rows && p.issues >= last.issues);
        last = p;
      }
      assert.equal(batch.finishJson(), c.expected, `chunks of ${size}`);
      assert.throws(() => batch.push("{}"), /finished/);
    }
    // The same text as UTF-8 bytes (what a file gives): whole, as an ArrayBuffer, and in byte
    // chunks that cut rows and characters anywhere, strings and bytes mixed.
    const bytes = new TextEncoder().encode(c.text);
    assert.equal(ctxh.validateBatchJson(c.kind, bytes, c.options), c.expected, "bytes");
    assert.equal(ctxh.validateBatchJson(c.kind, bytes.buffer, c.options), c.expected, "ArrayBuffer");
    for (const size of [1, 5, 4096]) {
      const batch = new ctxh.BatchValidator(c.kind, c.options);
      for (let i = 0; i < bytes.length; i += size) batch.push(bytes.subarray(i, i + size));
      assert.equal(batch.finishJson(), c.expected, `byte chunks of ${size}`);
    }
    if (Object.hasOwn(c, "expectedCsv")) {
      // The per-row report as CSV: the native bytes, from the report or from its issues.
      const report = JSON.parse(c.expected);
      assert.equal(ctxh.batchIssuesCsv(report), c.expectedCsv);
      const [head, ...lines] = c.expectedCsv.split("\r\n");
      assert.equal(ctxh.batchIssuesCsv(report.issues, false), lines.join("\r\n"));
      assert.equal(head, "\ufeffrow,column,field,code,severity,message");
    }
  });
}

test("a batch of the vector inputs gives each row its own report", () => {
  let rows = 0;
  for (const { doc } of vectorFiles()) {
    // Indicator vectors hold requests, batch vectors whole files, not records.
    if (doc.kind === "indicators" || doc.kind === "indicators-merge" || doc.kind === "batch") continue;
    const groups = new Map();
    for (const c of doc.cases) {
      if (c.field || typeof c.inputText === "string" || !Object.hasOwn(c, "input")) continue;
      const key = JSON.stringify(c.options);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }
    for (const [key, cases] of groups) {
      const options = { ...JSON.parse(key), maxIssues: 1e9 };
      const text = cases.map((c) => JSON.stringify(c.input)).join("\n");
      const report = ctxh.validateBatch(doc.kind, text, { ...options, format: "ndjson" });
      assert.equal(report.totals.rows, cases.length);
      cases.forEach((c, row) => {
        const got = report.issues
          .filter((i) => i.row === row)
          .map(({ row: _, ...issue }) => issue);
        assert.deepEqual(got, c.expected.issues, `${doc.kind} ${c.name}`);
      });
      assert.equal(report.totals.valid, cases.filter((c) => c.expected.valid).length);
      rows += cases.length;
    }
  }
  assert.ok(rows > 300, `only ${rows} rows`);
});

test("streamed issues and pages add up to every issue", () => {
  const rows = [];
  for (let i = 0; i < 300; i++) {
    rows.push(JSON.stringify({ codeSet: "2025", provinceCode: "01", wardCode: i % 5 === 1 ? "99999" : "00004" }));
  }
  // NDJSON whose last line (missing its codes) has no line end: its row is checked by end().
  rows[299] = JSON.stringify({ codeSet: "2025" });
  const text = rows.join("\n");
  const every = ctxh.validateBatch("address", text, { asOf: "2026-01-01", maxIssues: 1e9 });
  assert.equal(every.totals.issues, 62);
  const batch = new ctxh.BatchValidator("address", { asOf: "2026-01-01", streamIssues: true, maxIssues: 0 });
  const streamed = [];
  for (const chunk of chunks(text, 1000)) {
    batch.push(chunk);
    streamed.push(...batch.takeIssues());
  }
  assert.equal(batch.progress().rows, 299, "the last line has no line end yet");
  batch.end();
  assert.equal(batch.progress().rows, 300);
  streamed.push(...batch.takeIssues());
  const report = batch.finish();
  assert.deepEqual(streamed, every.issues);
  assert.deepEqual(report.totals, every.totals);
  const paged = [];
  let offset = 0;
  while (offset !== null) {
    const page = ctxh.validateBatch("address", text, { asOf: "2026-01-01", maxIssues: 7, issueOffset: offset });
    paged.push(...page.issues);
    offset = page.nextOffset;
  }
  assert.deepEqual(paged, every.issues);
});

test("bad arguments throw; bad data is reported", () => {
  assert.throws(() => ctxh.validateBatch("person", "[]"), RangeError);
  assert.throws(() => ctxh.validateBatch("staff", 42), TypeError);
  assert.throws(() => ctxh.validateBatch("staff", "[]", { format: "xml" }), RangeError);
  assert.throws(() => ctxh.validateBatch("staff", "a", { format: "csv", columns: { a: 5 } }), RangeError);
  assert.throws(() => ctxh.validateBatch("staff", "a", { format: "csv", columns: "a" }), RangeError);
  assert.throws(() => ctxh.validateBatch("staff", "a", { duplicates: "yes" }), RangeError);
  assert.throws(() => ctxh.validateBatchFiles("staff", [{ name: "a.csv" }], { format: "csv" }), TypeError);
  assert.throws(() => ctxh.validateBatchFiles("staff", "a.csv"), TypeError);
  assert.throws(() => ctxh.batchIssuesCsv({ issues: 5 }), TypeError);
  assert.throws(() => ctxh.batchIssuesCsv([{ pathText: "", code: "x", severity: "fatal" }]), TypeError);
  assert.throws(() => ctxh.validateBatch("staff", "[]", { maxIssues: -1 }), RangeError);
  assert.throws(() => new ctxh.BatchValidator("staff", { colour: 1 }), RangeError);
  assert.throws(() => new ctxh.BatchValidator("staff").push({}), TypeError);
  for (const text of ["", "[", "]", "[[[[", "\u0000", "{".repeat(10000), `[${"[".repeat(500)}]`, "\"\\", "[1,2,3]"]) {
    const r = ctxh.validateBatch("staff", text, { asOf: "2026-01-01" });
    assert.equal(typeof r.valid, "boolean", JSON.stringify(text.slice(0, 20)));
  }
  // Tables of any shape are data: reported, never thrown.
  for (const text of ["", "\n\n", "a,b\n", "\"", "Họ và tên\n\"Lò", ",,,\n1,2,3,4,5", "\ufeff"]) {
    const r = ctxh.validateBatch("staff", text, { asOf: "2026-01-01", format: "csv", duplicates: true });
    assert.equal(typeof r.valid, "boolean", JSON.stringify(text));
  }
  // The module still works after all of that.
  assert.equal(ctxh.validateBatch("address", "[]").totals.rows, 0);
});

test("bytes: a row of bad UTF-8 is reported at its row, the others checked; bytes and strings mix", () => {
  const ok = new TextEncoder().encode('{"codeSet":"2025","provinceCode":"01","wardCode":"00004","street":"Phố Huế"}\n');
  const bad = new TextEncoder().encode('{"codeSet":"2025","provinceCode":"01","wardCode":"00004","street":"Ph\u00f4"}\n');
  bad[bad.indexOf(0xc3) + 1] = 0x28; // "ô" (C3 B4) becomes C3 28: not UTF-8
  const text = new Uint8Array([...ok, ...bad, ...ok]);
  const report = ctxh.validateBatch("address", text, { asOf: "2026-01-01", format: "ndjson" });
  assert.equal(report.totals.rows, 3);
  assert.equal(report.totals.invalid, 1);
  assert.deepEqual(report.issues.map((i) => i.row), [1]);
  // What TextDecoder would have done (U+FFFD in the street) is not what the batch reports.
  const decoded = ctxh.validateBatch("address", new TextDecoder().decode(text), { asOf: "2026-01-01", format: "ndjson" });
  assert.notDeepEqual(decoded.issues.map((i) => i.code), report.issues.map((i) => i.code));
  // A chunk may be a string, the next bytes: the rows are the same.
  const batch = new ctxh.BatchValidator("address", { asOf: "2026-01-01", format: "ndjson" });
  batch.push(new TextDecoder().decode(ok));
  batch.push(bad.buffer.slice(bad.byteOffset, bad.byteOffset + bad.length));
  batch.push(ok.subarray(0, 10));
  batch.push(new TextDecoder().decode(ok.subarray(10)));
  assert.deepEqual(batch.finish(), report);
  assert.throws(() => ctxh.validateBatch("address", new Uint16Array(4)), TypeError);
  assert.throws(() => ctxh.validateBatch("address", [1, 2]), TypeError);
});

test("a long text is read in slices without cutting a character in two", () => {
  // validateBatch hands the text to wasm in slices of 2^18 UTF-16 units; put an emoji (two
  // units) across that boundary, in a street of exactly 500 characters (the limit): a cut pair
  // would become two U+FFFD and break the limit.
  const SLICE = 1 << 18;
  const ok = JSON.stringify({ codeSet: "2025", provinceCode: "01", wardCode: "00004" });
  const head = `{"codeSet":"2025","provinceCode":"01","wardCode":"00004","street":"`;
  let text = "";
  while (text.length + ok.length + 1 < SLICE - 1 - head.length - 400) text += `${ok}\n`;
  const street = "x".repeat(SLICE - 1 - text.length - head.length) + "😀";
  const pad = "y".repeat(500 - [...street].length);
  text += `${head}${street}${pad}"}\n${ok}`;
  assert.equal(text.charCodeAt(SLICE - 1), "😀".charCodeAt(0), "the emoji starts at the last unit of a slice");
  const report = ctxh.validateBatch("address", text, { asOf: "2026-01-01", maxIssues: 10 });
  assert.equal(report.totals.invalid, 0, JSON.stringify(report.issues));
  assert.ok(report.totals.rows > 1000);
  // One unit more and the street is over its limit: the check does see the street's length.
  const over = text.replace(`${pad}"}`, `${pad}z"}`);
  const bad = ctxh.validateBatch("address", over, { asOf: "2026-01-01" });
  assert.deepEqual(bad.issues.map((i) => i.code), ["text_length"]);
});
