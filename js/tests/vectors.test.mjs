// Parity: every case of tests/vectors/**/*.json run through the wasm package (Node build) must
// give byte for byte the report stored in `expected`, which tests/vectors.rs checks natively.
// Cases run exactly as the Rust harness runs them: the record crosses as JSON text.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { inputText, vectorFiles } from "../lib/vectors.mjs";

const require = createRequire(import.meta.url);
const ctxh = require("../../pkg/node/ctxh.js");
// The indicator vectors run through the full entry ("ctxh/full"), which has the indicators.
const ctxhFull = require("../../pkg/full/node/ctxh.js");

/** The object API of the record kinds that have a function of their own; every kind of the
 * registry (including one added later) goes through validate(kind, record, options). */
const OBJECT_API = {
  staff: ctxh.validateStaff,
  facility: ctxh.validateFacility,
  case: ctxh.validateCase,
  address: ctxh.validateAddress,
  trainingEvent: ctxh.validateTrainingEvent,
  observation: ctxh.validateObservation,
};

const files = vectorFiles();

/** A batch vector file's `bytes`: parts that are text (UTF-8) or `{ hex }` raw bytes. */
function fileBytes(parts) {
  const out = [];
  for (const part of parts) {
    if (typeof part === "string") out.push(...new TextEncoder().encode(part));
    else for (let i = 0; i < part.hex.length; i += 2) out.push(parseInt(part.hex.slice(i, i + 2), 16));
  }
  return new Uint8Array(out);
}

test("there are vector files", () => {
  assert.ok(files.length > 0, "tests/vectors has no .json file");
});

for (const { file, doc } of files) {
  describe(`vectors ${file}`, () => {
    test("file shape", () => {
      assert.equal(typeof doc.kind, "string", "kind must be a string");
      assert.ok(Array.isArray(doc.cases), "cases must be an array");
    });
    if (typeof doc.kind !== "string" || !Array.isArray(doc.cases)) return;

    for (const c of doc.cases) {
      test(c.name, () => {
        const want = JSON.stringify(c.expected);
        assert.notEqual(c.expected, null, "expected is not blessed yet (CTXH_BLESS=1 cargo test --test vectors)");
        if (doc.kind === "indicators") {
          // computeIndicatorsJson: the native bytes; computeIndicators: the same report as objects.
          assert.equal(ctxhFull.computeIndicatorsJson(JSON.stringify(c.input), c.options), want);
          assert.deepEqual(ctxhFull.computeIndicators(c.input, c.options), c.expected);
          return;
        }
        if (doc.kind === "batch") {
          // Tables and sets of files: validateBatchFilesJson gives the native bytes. A file of
          // raw bytes (parts of text and { hex }, not always UTF-8) crosses as a Uint8Array.
          const batchFiles = c.files.map((f) => ({ name: f.name, text: f.text ?? fileBytes(f.bytes) }));
          // Batches are functions of the full entry ("ctxh/full").
          assert.equal(ctxhFull.validateBatchFilesJson(c.recordKind, batchFiles, c.options), want);
          assert.deepEqual(ctxhFull.validateBatchFiles(c.recordKind, batchFiles, c.options), c.expected);
          if (batchFiles.length === 1) {
            const text = batchFiles[0].text;
            assert.equal(ctxhFull.validateBatchJson(c.recordKind, text, c.options), JSON.stringify(c.expected[0]));
          }
          return;
        }
        if (doc.kind === "indicators-merge") {
          const reports = c.input.map((r) => JSON.parse(ctxhFull.computeIndicatorsJson(JSON.stringify(r), c.options)));
          assert.equal(ctxhFull.mergeIndicatorReportsJson(JSON.stringify(reports), c.options), want);
          const objects = c.input.map((r) => ctxhFull.computeIndicators(r, c.options));
          assert.deepEqual(ctxhFull.mergeIndicatorReports(objects, c.options), c.expected);
          return;
        }
        if (c.field) {
          // validateField(kind, path, value, record, options); the record is `input` if present.
          const report = ctxh.validateField(doc.kind, c.field.path, c.field.value, c.input, c.options);
          assert.equal(JSON.stringify(report), want, "validateField report differs from the native one");
          assert.deepEqual(report, c.expected);
          return;
        }
        // validateJson: the exact bytes of the native Report::to_json.
        const text = Object.hasOwn(c, "inputText") ? inputText(c) : JSON.stringify(c.input ?? null);
        const got = ctxh.validateJson(doc.kind, text, c.options);
        assert.equal(typeof got, "string");
        assert.equal(got, want, "validateJson bytes differ from the native report");
        // The object API (records cross as objects) gives the same report, by the kind's own
        // function and by validate(kind, ...), which dispatches through the registry.
        if (!Object.hasOwn(c, "inputText") && Object.hasOwn(c, "input")) {
          if (Object.hasOwn(OBJECT_API, doc.kind)) {
            assert.deepEqual(OBJECT_API[doc.kind](c.input, c.options), c.expected);
          }
          assert.deepEqual(ctxh.validate(doc.kind, c.input, c.options), c.expected);
        }
      });
    }
  });
}
