// The bulk check page: a file input (CSV with Vietnamese headers, a JSON array or NDJSON) or one
// of the repository's sample exports, a Web Worker running ctxh's batch API (bulk-worker.js), a
// progress bar, the totals, counts by code and by field, one page of issues at a time filtered
// by code and field (the worker keeps them all, the page draws 50; a CSV file's issues show the
// column header they came from), and the report downloads (JSON; the issues as CSV).
// The main thread never reads the file: 100,000 rows keep the page responsive.
import { byTestId, el, replace } from "./dom.js";
import { lang, onLangChange, t } from "./i18n.js";
import { asOfParam, fullEntry, startPage } from "./page.js";

const PAGE = 50;

/** "1.298" in Vietnamese, "1,298" in English. */
const num = (n) => n.toLocaleString(lang() === "vi" ? "vi-VN" : "en-GB");
const size = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

startPage(async (ctxh) => {
  const form = byTestId("bulk-form");
  const kind = byTestId("bulk-kind");
  const file = byTestId("bulk-file");
  const start = byTestId("bulk-start");
  const cancel = byTestId("bulk-cancel");
  const bar = byTestId("bulk-progress");
  const progressText = byTestId("bulk-progress-text");
  const status = byTestId("bulk-status");
  const results = byTestId("bulk-results");
  const filterCode = byTestId("filter-code");
  const filterField = byTestId("filter-field");
  const duplicates = byTestId("bulk-duplicates");
  // The date the checks count as today (ages, dates not in the future): the page's ?asOf=, or
  // today in Vietnam; the officer may set the date the export speaks of.
  const asOfInput = byTestId("bulk-asof");
  asOfInput.value = asOfParam() ?? new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const columnHead = byTestId("column-head");
  const state = { worker: null, report: null, format: null, name: null, offset: 0, total: 0, lastProgress: null, downloadUrls: [] };
  // What the page saw, for the browser tests (and anyone curious): every progress message.
  const log = (window.ctxhBulk = { progress: [], done: null });

  // The kinds a data officer checks in bulk (the demo's choice), labelled by the registry's
  // name of each kind (its schema's title) in the page's language.
  const kinds = ["staff", "facility", "case", "trainingEvent"];
  const kindLabel = (k) => ctxh.schema(k, { lang: lang() }).title;
  const fillKinds = () => {
    const keep = kind.value || "staff";
    replace(kind, ...kinds.map((k) => el("option", { value: k }, kindLabel(k))));
    kind.value = keep;
  };
  fillKinds();

  function showProgress(p) {
    state.lastProgress = p;
    bar.max = Math.max(1, p.totalBytes);
    bar.value = Math.min(p.bytes, p.totalBytes);
    progressText.textContent = t("bulkProgressText", { read: size(p.bytes), size: size(p.totalBytes), rows: num(p.rows), issues: num(p.issues) });
  }

  function showTotals(report) {
    const tot = report.totals;
    const facts = [["totalRows", tot.rows], ["totalValid", tot.valid], ["totalInvalid", tot.invalid], ["totalWarnings", tot.withWarnings], ["totalErrors", tot.errors], ["totalWarningCount", tot.warnings]];
    replace(byTestId("bulk-totals"), ...facts.flatMap(([k, v]) => [el("dt", {}, t(k)), el("dd", { "data-total": k }, num(v))]));
    const countRows = (counts) => Object.entries(counts).sort((a, b) => b[1].issues - a[1].issues || a[0].localeCompare(b[0]))
      .map(([key, c]) => el("tr", { "data-key": key }, el("td", {}, key ? el("code", {}, key) : "—"), el("td", {}, num(c.issues)), el("td", {}, num(c.rows))));
    replace(byTestId("by-code").tBodies[0], ...countRows(report.byCode));
    replace(byTestId("by-field").tBodies[0], ...countRows(report.byField));
    const options = (select, keys) => {
      const keep = select.value;
      replace(select, el("option", { value: "" }, t("filterAll")), ...keys.filter(Boolean).sort().map((k) => el("option", { value: k }, k))); // "" (no field): not a filter
      select.value = keys.includes(keep) ? keep : "";
    };
    options(filterCode, Object.keys(report.byCode));
    options(filterField, Object.keys(report.byField));
  }

  function requestPage(offset = 0) {
    state.offset = offset;
    state.worker?.postMessage({ type: "page", code: filterCode.value, field: filterField.value, offset, limit: PAGE });
  }

  function showPage({ total, offset, issues }) {
    state.total = total;
    const csv = state.format === "csv"; // the column header an issue came from
    columnHead.hidden = !csv;
    replace(byTestId("issues-table").tBodies[0], ...issues.map((i) =>
      el("tr", { class: i.severity, "data-code": i.code, "data-row": String(i.row) },
        el("td", {}, i.row === null ? "—" : num(i.row + 1)),
        ...(csv ? [el("td", { "data-column": i.column ?? "" }, i.column ?? "—")] : []),
        el("td", {}, el("code", {}, i.pathText || "—")),
        el("td", {}, el("code", {}, i.code)),
        el("td", { class: "severity" }, t(i.severity)),
        el("td", {}, i.message))));
    byTestId("page-info").textContent = total ? t("showing", { from: num(offset + 1), to: num(offset + issues.length), total: num(total) }) : t("showing", { from: 0, to: 0, total: 0 });
    byTestId("page-prev").disabled = offset === 0;
    byTestId("page-next").disabled = offset + PAGE >= total;
  }

  function showDownloads() {
    for (const url of state.downloadUrls) URL.revokeObjectURL(url);
    state.downloadUrls = [];
    replace(byTestId("downloads"));
    state.worker.postMessage({ type: "reports" });
  }

  function drawDownloads() {
    const [csvUrl, jsonUrl] = state.downloadUrls;
    if (!csvUrl) return;
    const base = (state.name ?? "ctxh").replace(/\.[^.]+$/, "");
    replace(byTestId("downloads"),
      el("a", { href: csvUrl, download: `${base}.issues.csv`, class: "button", "data-testid": "download-csv" }, t("downloadCsv")),
      el("a", { href: jsonUrl, download: `${base}-ctxh-report.json`, class: "button secondary", "data-testid": "download-json" }, t("downloadJson")));
  }

  function finished() {
    start.disabled = false;
    cancel.disabled = true;
  }

  function onMessage({ data }) {
    if (data.type === "progress") {
      log.progress.push({ bytes: data.bytes, rows: data.rows, issues: data.issues, at: performance.now() });
      showProgress(data);
    } else if (data.type === "done") {
      state.report = data.report;
      state.format = data.format;
      state.name = data.name;
      log.done = { totals: data.report.totals, format: data.format, seconds: data.seconds, at: performance.now() };
      status.textContent = t("bulkDone", { rows: num(data.report.totals.rows), seconds: data.seconds.toFixed(1).replace(".", lang() === "vi" ? "," : ".") });
      showTotals(data.report);
      results.hidden = false;
      requestPage(0);
      showDownloads();
      finished();
    } else if (data.type === "page") {
      showPage(data);
    } else if (data.type === "reports") {
      state.downloadUrls = [URL.createObjectURL(data.csv), URL.createObjectURL(data.json)];
      drawDownloads();
    } else if (data.type === "error") {
      status.textContent = t("bulkFailed", { error: data.message });
      finished();
    }
  }

  /** Starts a check in a new worker: `input` is `{ file }` (a File) or `{ url }` (a sample). */
  function run(input, size) {
    state.worker?.terminate();
    state.worker = new Worker(new URL("./bulk-worker.js", import.meta.url), { type: "module" });
    state.worker.addEventListener("message", onMessage);
    log.progress = [];
    log.done = null;
    results.hidden = true;
    status.textContent = "";
    start.disabled = true;
    cancel.disabled = false;
    showProgress({ bytes: 0, totalBytes: size, rows: 0, issues: 0 });
    const asOf = asOfInput.value || asOfParam();
    state.worker.postMessage({ type: "check", kind: kind.value, ...input, duplicates: duplicates.checked, lang: lang(), ...(asOf ? { asOf } : {}) });
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      status.textContent = t("bulkNoFile");
      file.focus();
      return;
    }
    run({ file: chosen }, chosen.size);
  });
  // The sample exports: a button checks one as its kind (the worker fetches it), a link downloads it.
  for (const button of document.querySelectorAll("[data-sample]")) {
    button.addEventListener("click", () => {
      kind.value = button.dataset.kind;
      file.value = "";
      run({ url: new URL(button.dataset.sample, document.baseURI).href }, 0); // the worker resolves from js/
    });
  }
  cancel.addEventListener("click", () => {
    state.worker?.terminate();
    state.worker = null;
    status.textContent = t("bulkCancelled");
    finished();
  });
  filterCode.addEventListener("change", () => requestPage(0));
  filterField.addEventListener("change", () => requestPage(0));
  byTestId("page-prev").addEventListener("click", () => requestPage(Math.max(0, state.offset - PAGE)));
  byTestId("page-next").addEventListener("click", () => requestPage(state.offset + PAGE));
  onLangChange(() => {
    fillKinds();
    if (state.lastProgress) showProgress(state.lastProgress);
    if (state.report) {
      showTotals(state.report);
      drawDownloads();
      requestPage(state.offset); // messages stay in the language of the check
    }
  });
}, fullEntry); // the worker loads the same module (one download)
