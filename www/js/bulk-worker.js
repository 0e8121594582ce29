// The bulk check's Web Worker: reads the chosen file as a stream, pushes it chunk by chunk into
// ctxh's BatchValidator (rows may span chunks), reports progress a few times a second, keeps
// every issue, and answers the page's requests for one filtered page of them. The page's main
// thread only draws; nothing leaves the browser.
// Batches are in the package's full entry ("ctxh/full/web"); form pages load the smaller main one.
import init, { BatchValidator, loadLegacy } from "../pkg/full/web/ctxh.js";

const PROGRESS_EVERY_MS = 100;
let issues = [];
let report = null;
let ready = null;

/** "assignments[0].startDate" → "assignments[*].startDate" (the report's byField keys). */
const fieldOf = (pathText) => pathText.replace(/\[\d+\]/g, "[*]");

/** The batch format for a file name: CSV by its extension, JSON array or NDJSON by content. */
export const formatOf = (name) => (/\.(ndjson|jsonl)$/i.test(name) ? "ndjson" : "auto");

async function check({ kind, file, lang, asOf }) {
  ready ??= init().then(() => loadLegacy()); // legacy addresses need the legacy units too
  await ready;
  issues = [];
  report = null;
  const started = performance.now();
  const batch = new BatchValidator(kind, { lang, ...(asOf ? { asOf } : {}), format: formatOf(file.name), streamIssues: true, maxIssues: 0 });
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
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
      postMessage({ type: "progress", ...progress, totalBytes: file.size });
    }
  }
  batch.end();
  for (const issue of batch.takeIssues()) issues.push(issue);
  report = batch.finish();
  postMessage({ type: "progress", bytes: file.size, rows: report.totals.rows, issues: report.totals.issues, totalBytes: file.size });
  postMessage({ type: "done", report, seconds: (performance.now() - started) / 1000 });
}

function page({ code, field, offset, limit }) {
  const matching = issues.filter((i) => (!code || i.code === code) && (!field || fieldOf(i.pathText) === field));
  postMessage({ type: "page", total: matching.length, offset, issues: matching.slice(offset, offset + limit) });
}

function reportJson() {
  const text = JSON.stringify({ ...report, maxIssues: issues.length, issues, nextOffset: null }, null, 2);
  postMessage({ type: "report-json", blob: new Blob([text], { type: "application/json" }) });
}

self.addEventListener("message", async ({ data }) => {
  try {
    if (data.type === "check") await check(data);
    else if (data.type === "page") page(data);
    else if (data.type === "report-json") reportJson();
  } catch (err) {
    postMessage({ type: "error", message: String(err?.message ?? err) });
  }
});
