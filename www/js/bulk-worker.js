// The bulk check's Web Worker: reads the chosen file (or a sample fetched from the demo's own
// server) as a stream, pushes its bytes chunk by chunk into ctxh's BatchValidator (rows may
// span chunks; CSV with Vietnamese headers, a JSON array or NDJSON), reports progress a few times a
// second, keeps every issue, answers the page's requests for one filtered page of them, and
// writes the report downloads (JSON, and the issues as CSV: the ctxh program's bytes). The
// page's main thread only draws; nothing leaves the browser.
// Batches are in the package's full entry ("ctxh/full/web"); form pages load the smaller main one.
import init, { BatchValidator, batchIssuesCsv, loadLegacy } from "../pkg/full/web/ctxh.js";

const PROGRESS_EVERY_MS = 100;
let issues = [];
let report = null;
let ready = null;

/** "assignments[0].startDate" → "assignments[*].startDate" (the report's byField keys). */
const fieldOf = (pathText) => pathText.replace(/\[\d+\]/g, "[*]");

/** The batch format for a file name: CSV and NDJSON by their extensions, else a JSON array or
 * NDJSON by content. */
export const formatOf = (name) => (/\.csv$/i.test(name) ? "csv" : /\.(ndjson|jsonl)$/i.test(name) ? "ndjson" : "auto");

/** The bytes to check and their size: the chosen file, or a sample of the demo's server. */
async function source({ file, url }) {
  if (file) return { stream: file.stream(), size: file.size, name: file.name };
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  return { stream: response.body, size: Number(response.headers.get("Content-Length")) || 0, name: url.split("/").at(-1) };
}

async function check({ kind, lang, asOf, duplicates, ...input }) {
  ready ??= init().then(() => loadLegacy()); // legacy addresses need the legacy units too
  await ready;
  issues = [];
  report = null;
  const started = performance.now();
  const file = await source(input);
  const format = formatOf(file.name);
  const batch = new BatchValidator(kind, { lang, ...(asOf ? { asOf } : {}), format, duplicates: Boolean(duplicates), streamIssues: true, maxIssues: 0 });
  // The file's bytes go in as they come (no decoding to text and encoding back): the batch
  // ignores a byte order mark (spreadsheets write one before CSV) and reports a row that is
  // not UTF-8 at its row, where a TextDecoder would have hidden it behind U+FFFD.
  const reader = file.stream.getReader();
  let last = 0;
  let progress = { bytes: 0, rows: 0, issues: 0 };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    progress = batch.push(value);
    for (const issue of batch.takeIssues()) issues.push(issue);
    const now = performance.now();
    if (now - last >= PROGRESS_EVERY_MS) {
      last = now;
      postMessage({ type: "progress", ...progress, totalBytes: Math.max(file.size, progress.bytes) });
    }
  }
  batch.end();
  for (const issue of batch.takeIssues()) issues.push(issue);
  report = batch.finish();
  const size = Math.max(file.size, progress.bytes);
  postMessage({ type: "progress", bytes: size, rows: report.totals.rows, issues: report.totals.issues, totalBytes: size });
  postMessage({ type: "done", report, format, name: file.name, seconds: (performance.now() - started) / 1000 });
}

function page({ code, field, offset, limit }) {
  const matching = issues.filter((i) => (!code || i.code === code) && (!field || fieldOf(i.pathText) === field));
  postMessage({ type: "page", total: matching.length, offset, issues: matching.slice(offset, offset + limit) });
}

/** The downloads: the whole report as JSON (every issue listed), and its issues as CSV (row,
 * column header, field path, code, severity, message: what `ctxh check` writes). */
function reports() {
  const json = JSON.stringify({ ...report, maxIssues: issues.length, issues, nextOffset: null }, null, 2);
  postMessage({
    type: "reports",
    json: new Blob([json], { type: "application/json" }),
    csv: new Blob([batchIssuesCsv(issues)], { type: "text/csv;charset=utf-8" }),
  });
}

self.addEventListener("message", async ({ data }) => {
  try {
    if (data.type === "check") await check(data);
    else if (data.type === "page") page(data);
    else if (data.type === "reports") reports();
  } catch (err) {
    postMessage({ type: "error", message: String(err?.message ?? err) });
  }
});
