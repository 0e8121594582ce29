// The indicator dashboard: records of a province loaded from files (JSON array or NDJSON, read
// in the browser) or the samples, computeIndicators for the province and the reference date,
// then the social work network by component as a bar chart, the share of communes with a
// dedicated collaborator (numerator and denominator, never a ratio alone), the targets met or
// not, and the records that could not be counted, by reason (labelled in the page's language).
import { barChart } from "./bar-chart.js";
import { byTestId, el, replace } from "./dom.js";
import { has, lang, onLangChange, t } from "./i18n.js";
import { asOfParam, fullEntry, startPage } from "./page.js";

const FILES = [["staff", "dash-staff"], ["facilities", "dash-facilities"], ["cases", "dash-cases"], ["trainingEvents", "dash-training"]];
const SAMPLES = { staff: "demo-data/staff-hanoi.ndjson", facilities: "demo-data/facilities-hanoi.json", cases: "demo-data/cases-hanoi.ndjson", trainingEvents: "demo-data/training-hanoi.json" };

/** Rows of a JSON array or NDJSON text. A line that is no JSON stays a string: ctxh reports it. */
export function readRows(text) {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (body === "") return [];
  if (body.startsWith("[")) return JSON.parse(body);
  return body.split(/\r?\n/).filter((l) => l.trim() !== "").map((line) => {
    try {
      return JSON.parse(line);
    } catch {
      return line;
    }
  });
}

/** "1.298" in Vietnamese, "1,298" in English. */
const num = (n) => n.toLocaleString(lang() === "vi" ? "vi-VN" : "en-GB");

/** Today in Vietnam (UTC+7), YYYY-MM-DD. */
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

startPage(async (ctxh) => {
  const province = byTestId("dash-province");
  const asOf = byTestId("dash-asof");
  const status = byTestId("dash-status");
  asOf.value = asOfParam() ?? today();
  replace(province, ...ctxh.provinces("2025").map((p) => el("option", { value: p.code }, p.name)));
  province.value = "01";
  let records = null;
  let report = null;

  function compute() {
    if (!records) {
      status.textContent = t("dashEmpty");
      return;
    }
    report = ctxh.computeIndicators(
      { scope: { codeSet: "2025", provinceCodes: [province.value] }, ...records },
      { asOf: asOf.value || today(), lang: lang() },
    );
    window.ctxhDashboard = report; // for the browser tests
    show();
  }

  function show() {
    const figure = (code) => report.indicators.find((f) => f.code === code);
    const network = figure("sw-network");
    const parts = network?.breakdowns.find((b) => b.by === "component")?.parts ?? {};
    const bars = Object.entries(parts).map(([key, p]) => ({
      key,
      label: has(`part-${key}`) ? t(`part-${key}`) : key,
      value: p.numerator,
      text: num(p.numerator),
    }));
    byTestId("network-total").textContent = t("networkTotal", { n: network?.text ?? "0" });
    barChart(byTestId("network-chart"), bars, { label: `${t("chartLabel")}: ${bars.map((b) => `${b.label} ${b.text}`).join(", ")}` });

    const share = figure("communes-with-dedicated-collaborator");
    byTestId("communes-share").textContent = share?.text ?? "—";
    byTestId("communes-fraction").textContent = share ? t("communesText", { num: share.numerator, den: share.denominator ?? "—" }) : "";

    replace(byTestId("targets").tBodies[0], ...report.progress.map((p) =>
      el("tr", { "data-target": p.target, "data-status": p.status, class: `target ${p.status}` },
        el("th", { scope: "row" }, p.name),
        el("td", {}, p.text),
        el("td", {}, el("span", { class: `badge ${p.status}` }, p.statusLabel)))));

    const reasons = Object.entries(report.uncounted.byReason);
    replace(byTestId("uncounted"), ...(reasons.length
      ? reasons.map(([reason, n]) => el("li", { "data-reason": reason }, `${has(`reason-${reason}`) ? t(`reason-${reason}`) : reason}: ${num(n)}`))
      : [el("li", {}, t("uncountedNone"))]));
    byTestId("dash-results").hidden = false;
    status.textContent = "";
  }

  async function fromFiles() {
    const loaded = {};
    for (const [key, id] of FILES) {
      const f = byTestId(id).files[0];
      loaded[key] = f ? readRows(await f.text()) : [];
    }
    records = loaded;
  }

  async function fromSamples() {
    const loaded = {};
    for (const [key, url] of Object.entries(SAMPLES)) loaded[key] = readRows(await (await fetch(url)).text());
    records = loaded;
    province.value = "01";
  }

  byTestId("dash-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await fromFiles();
      compute();
    } catch (err) {
      status.textContent = t("bulkFailed", { error: err.message });
    }
  });
  byTestId("dash-samples").addEventListener("click", async () => {
    await fromSamples();
    compute();
  });
  province.addEventListener("change", () => records && compute());
  asOf.addEventListener("change", () => records && compute());
  onLangChange(() => records && compute());
}, fullEntry);
