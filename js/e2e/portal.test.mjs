// End to end: the demo portal (www/, built on ctxh/forms) in headless Chromium under the strict
// CSP, served by scripts/serve.mjs on a free port. Values on the pages are compared with what the
// Node build of the same package computes; the demo's sample records come from
// js/lib/demo-samples.mjs, the CSV exports from the repository's samples/ (served at /samples/).
// Screenshots of every view go to target/e2e-screenshots/ (printed at the end). Measured and
// printed, not asserted: the time from navigation to the first validation, and the main
// thread's long tasks during a bulk check of 100,000 rows (CTXH_E2E_BULK_ROWS to change).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/serve.mjs";
import { launchChromium, openWatched } from "../lib/browser.mjs";
import { seriousViolations } from "../lib/axe.mjs";
import { SCREENSHOT_DIR, screenshotPath } from "../lib/screenshots.mjs";
import { SAMPLES_DIR, staffSample } from "../lib/demo-samples.mjs";
import { PROVINCES, staffRecords } from "../../bench/records.mjs";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
// The entry of the bulk check and the dashboard ("ctxh/full"): the figures to compare with the pages'.
const full = createRequire(import.meta.url)("../../pkg/full/node/ctxh.js");
const BULK_ROWS = Number(process.env.CTXH_E2E_BULK_ROWS ?? 100_000);
const sample = (name) => join(SAMPLES_DIR, name);
/** A sample export of the repository (samples/, served at /samples/). */
const repoSample = (name) => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));
const readSample = (name) => readFileSync(sample(name), "utf8");
const rowsOf = (text) => (text.trim().startsWith("[") ? JSON.parse(text) : text.trim().split("\n").map((l) => JSON.parse(l)));

describe("demo portal in Chromium", { timeout: 600_000 }, () => {
  let server, browser, origin;
  const requests = [];
  const opened = [];
  const measurements = [];

  before(async () => {
    server = await startServer({ port: 0 });
    origin = new URL(server.url).origin;
    browser = await launchChromium();
    browser.context.on("request", (r) => requests.push(r.url()));
    // Long tasks of the main thread, from the first script on.
    await browser.context.addInitScript(() => {
      window.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: "longtask", buffered: true });
      } catch {
        // no longtask entries in this browser
      }
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (measurements.length) console.log(`\n  measurements:\n${measurements.map((m) => `    ${m}`).join("\n")}`);
    console.log(`  screenshots: ${SCREENSHOT_DIR}`);
  });

  /** Opens a page of the demo and waits until it has mounted. */
  async function open(path) {
    const watched = await openWatched(browser.context, server.url + path);
    await watched.page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    opened.push(watched);
    return watched;
  }
  const testid = (page, id) => page.locator(`[data-testid="${id}"]`);
  const clean = async ({ page, problems, cspViolations }) => {
    assert.deepEqual(await cspViolations(), [], "CSP violations");
    assert.deepEqual(problems, [], "page errors, console errors, failed requests");
    assert.deepEqual(await seriousViolations(page), [], "axe: serious or critical violations");
  };

  test("overview: versions from the wasm module, links to every view and to the samples", async () => {
    const watched = await open("");
    const { page } = watched;
    const info = ctxh.version();
    assert.match(await testid(page, "footer-text").innerText(), new RegExp(`ctxh ${info.crateVersion} · bộ quy tắc ${info.rulesetVersion.replaceAll(".", "\\.")}`));
    const samples = await testid(page, "samples").locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(samples, ["demo-data/staff-hanoi.ndjson", "demo-data/facilities-hanoi.json", "demo-data/training-hanoi.json", "demo-data/cases-hanoi.ndjson"]);
    await page.screenshot({ path: screenshotPath("overview"), fullPage: true });
    await clean(watched);
  });

  test("staff form: a CCCD message in Vietnamese under the field; the time to the first validation", async () => {
    const t0 = Date.now();
    const watched = await open("staff.html");
    const { page } = watched;
    const ready = await page.evaluate(() => performance.getEntriesByName("ctxh-demo-ready")[0].startTime);
    const typed = await page.evaluate(() => performance.now());
    await testid(page, "cccd").pressSequentially("0790");
    await page.waitForSelector('[data-testid="cccd"][aria-invalid="true"]');
    const shown = await page.evaluate(() => performance.now());
    measurements.push(`staff page: navigation → forms bound ${ready.toFixed(0)} ms; last keystroke → message ${(shown - typed).toFixed(0)} ms (typing 4 keys, 250 ms debounce); wall ${Date.now() - t0} ms`);
    const record = await page.evaluate(() => window.ctxhForm.record());
    const expected = ctxh.validateField("staff", "person.identifiers[0].number", "0790", record, { lang: "vi" }).issues;
    const message = await page.locator('[data-testid="cccd"] ~ .ctxh-message .ctxh-msg').allTextContents();
    assert.deepEqual(message, expected.map((i) => `Lỗi: ${i.message}`));

    // A complete collaborator record: valid, shown on the page (the demo sends nothing).
    await testid(page, "cccd").fill("001085001234");
    await testid(page, "fullName").fill("Lò Văn Páo");
    await page.fill("#s-birth", "1985-04-02");
    await page.selectOption("#s-gender", "male");
    await page.selectOption("#s-category", "sw-collaborator");
    await page.check("#s-dedicated");
    await page.fill("#s-facility", "HN-TTCTXH-01");
    await page.fill("#s-start", "2025-08-01");
    await page.selectOption("#s-province", "01");
    await testid(page, "s-ward-combobox").pressSequentially("soc son");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await testid(page, "submit").click();
    await page.waitForSelector('[data-testid="saved"]:not([hidden])');
    const saved = JSON.parse(await testid(page, "saved-json").innerText());
    assert.deepEqual(saved, await page.evaluate(() => window.ctxhForm.record()));
    assert.equal(saved.commune.wardCode, ctxh.searchCommunes("2025", "01", "soc son", 1)[0].code);
    assert.equal(ctxh.validate("staff", saved, { mode: "submit" }).valid, true);
    await page.screenshot({ path: screenshotPath("staff"), fullPage: true });
    await clean(watched);
  });

  test("facility form: code lists, a number field and a draft", async () => {
    const watched = await open("facility.html");
    const { page } = watched;
    const types = await page.locator("#f-type option").evaluateAll((os) => os.filter((o) => o.value).map((o) => o.textContent));
    assert.deepEqual(types, ctxh.enumLabels("facilityType", { lang: "vi" }).map((e) => e.label));
    const services = await page.locator('[data-ctxh-choices="services"] input').evaluateAll((is) => is.map((i) => i.value));
    assert.deepEqual(services, ctxh.enumLabels("socialWorkService").map((e) => e.value));
    await testid(page, "facilityName").fill("Trung tâm Công tác xã hội");
    await testid(page, "designCapacity").fill("120");
    await page.check('[data-ctxh-choices="services"] input[value="case-management"]');
    const record = await page.evaluate(() => window.ctxhForm.record());
    assert.equal(record.designCapacity, 120, "a number, as the schema says");
    assert.deepEqual(record.services, ["case-management"]);
    // A draft: the required fields left empty are warnings, so it is saved, warnings listed.
    const draft = ctxh.validate("facility", record, { mode: "draft" });
    assert.equal(draft.valid, true);
    assert.ok(draft.issues.some((i) => i.code === "required" && i.severity === "warning"));
    await testid(page, "save-draft").click();
    await page.waitForSelector('[data-testid="saved"]:not([hidden])');
    assert.match(await testid(page, "saved-text").innerText(), /bản nháp/);
    assert.match(await page.locator(".ctxh-summary-title").innerText(), /^Hồ sơ hợp lệ, có \d+ cảnh báo$/);
    await page.screenshot({ path: screenshotPath("facility"), fullPage: true });
    await clean(watched);
  });

  test("case workflow: steps are offered as nextSteps says, enabled only when ready", async () => {
    const asOf = "2025-07-10";
    const watched = await open(`case.html?asOf=${asOf}`);
    const { page } = watched;
    const buttons = () => page.locator('[data-testid="next-steps"] button').evaluateAll((bs) => bs.map((b) => [b.dataset.step, b.dataset.ready === "true", b.getAttribute("aria-disabled")]));
    const expectedButtons = async () => {
      const record = await page.evaluate(() => window.ctxhForm.record());
      return ctxh.nextSteps(record, { asOf, lang: "vi" }).steps.map((s) => [s.step, s.ready, s.ready ? null : "true"]);
    };
    const check = async () => assert.deepEqual(await buttons(), await expectedButtons());
    const click = async (step) => {
      await page.click(`[data-testid="next-steps"] button[data-step="${step}"]`);
    };
    const setTime = (v) => testid(page, "step-time").fill(v);

    assert.deepEqual(await buttons(), [], "no pathway, no receivedAt: no step");
    assert.match(await testid(page, "blockers").innerText(), /pathway/);
    await page.selectOption("#c-pathway", "child-protection");
    await page.selectOption("#c-urgency", "non-emergency");
    await testid(page, "receivedAt").fill("2025-07-01T08:00");
    await testid(page, "clientName").fill("Lò Thị Mai");
    await testid(page, "clientBirth").fill("2014-05-12");
    await page.selectOption("#c-gender", "female");
    await page.check('[data-ctxh-choices="client.categories"] input[value="k1"]');
    await page.selectOption("#c-province", "01");
    await testid(page, "c-ward-combobox").pressSequentially("ba dinh");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await testid(page, "managerId").fill("CB-017");
    await page.selectOption("#c-manager-category", "civil-servant");
    await page.selectOption("#c-assigned-by", "commune-chair");
    await check();
    assert.deepEqual(await buttons(), [["intake", true, null]]);

    // intake, then everything waits for it to be completed
    await setTime("2025-07-01T08:00");
    await click("intake");
    await check();
    assert.ok((await buttons()).every(([, ready]) => !ready), "the open step blocks every next one");
    assert.match(await testid(page, "current-step").innerText(), /chưa hoàn thành/);
    // A greyed button does nothing.
    const rowsBefore = await testid(page, "steps-body").locator("tr").count();
    await page.click('[data-testid="next-steps"] button[data-step="initial-risk-assessment"]', { force: true });
    assert.equal(await testid(page, "steps-body").locator("tr").count(), rowsBefore);
    await setTime("2025-07-01T09:00");
    await testid(page, "complete-step").click();
    await check();

    for (const [step, start, end] of [["initial-risk-assessment", "2025-07-01T09:00", "2025-07-01T11:00"], ["assessment", "2025-07-01T13:00", "2025-07-04T16:00"]]) {
      await setTime(start);
      await click(step);
      await setTime(end);
      await testid(page, "complete-step").click();
      await check();
    }
    // The plan needs a protection level first, and has the 5-working-day deadline.
    const plan = page.locator('[data-testid="next-steps"] li[data-step="plan"]');
    assert.equal(await plan.locator("button").getAttribute("aria-disabled"), "true");
    assert.deepEqual(await plan.locator(".missing li").evaluateAll((li) => li.map((l) => l.dataset.path)), ["protectionLevel"]);
    const next = ctxh.nextSteps(await page.evaluate(() => window.ctxhForm.record()), { asOf, lang: "vi" });
    const due = next.steps.find((s) => s.step === "plan").dueAt;
    assert.ok(due, "the plan has a deadline");
    assert.match(await plan.innerText(), new RegExp(`Hạn: ${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`));
    assert.deepEqual(await testid(page, "deadlines").locator("li").evaluateAll((li) => li.map((l) => [l.dataset.kind, l.dataset.state])),
      next.deadlines.map((d) => [d.kind, d.state]));
    await page.selectOption("#c-protection", "support");
    await check();
    assert.equal(await plan.locator("button").getAttribute("data-ready"), "true");
    await setTime("2025-07-07T09:00");
    await click("plan");
    await setTime("2025-07-07T15:00");
    await testid(page, "complete-step").click();
    await check();
    const record = await page.evaluate(() => window.ctxhForm.record());
    assert.deepEqual(record.steps.map((s) => s.stepType), ["intake", "initial-risk-assessment", "assessment", "plan"]);
    assert.deepEqual(record.steps[3].services, ["case-management"]);
    assert.equal(record.steps[0].startedAt, "2025-07-01T08:00:00+07:00");
    await page.screenshot({ path: screenshotPath("case"), fullPage: true });

    // English: step labels and messages from the module in English.
    await testid(page, "lang-en").click();
    const labels = await page.locator('[data-testid="next-steps"] button').allInnerTexts();
    const english = ctxh.nextSteps(record, { asOf, lang: "en" }).steps.map((s) => `Record: ${s.label}`);
    assert.deepEqual(labels, english);
    await page.screenshot({ path: screenshotPath("case-en"), fullPage: true });
    await clean(watched);
    await testid(page, "lang-vi").click();
  });

  test("bulk check: a sample with known invalid rows, its counts, progress events and filters", async () => {
    const before = requests.length;
    const watched = await open("bulk.html?asOf=2026-01-01");
    const { page } = watched;
    await page.selectOption('[data-testid="bulk-kind"]', "staff");
    await testid(page, "bulk-file").setInputFiles(sample("staff-hanoi.ndjson"));
    await testid(page, "bulk-start").click();
    await page.waitForFunction(() => window.ctxhBulk?.done, null, { timeout: 60_000 });
    // The page and its worker load the full entry ("ctxh/full/web"), and not the main one.
    const wasm = new Set(requests.slice(before).filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname));
    assert.deepEqual([...wasm], ["/pkg/full/web/ctxh_bg.wasm"]);
    const expected = full.validateBatch("staff", readSample("staff-hanoi.ndjson"), { asOf: "2026-01-01", lang: "vi", duplicates: true });
    const log = await page.evaluate(() => window.ctxhBulk);
    assert.deepEqual(log.done.totals, expected.totals);
    assert.ok(log.progress.length >= 1, "progress events");
    assert.equal(log.progress.at(-1).rows, expected.totals.rows);
    for (let i = 1; i < log.progress.length; i++) assert.ok(log.progress[i].rows >= log.progress[i - 1].rows, "rows only grow");
    const totals = await testid(page, "bulk-totals").locator("dd").evaluateAll((dd) => Object.fromEntries(dd.map((d) => [d.dataset.total, d.textContent])));
    assert.deepEqual(totals, { totalRows: "23", totalValid: "20", totalInvalid: "3", totalWarnings: String(expected.totals.withWarnings), totalErrors: "3", totalWarningCount: String(expected.totals.warnings) });
    // The planted rows are the rows with errors (shown from 1).
    const { planted } = staffSample();
    const errorRows = await testid(page, "issues-table").locator("tbody tr.error").evaluateAll((tr) => tr.map((r) => [Number(r.dataset.row), r.dataset.code]));
    assert.deepEqual(errorRows, planted.map((p) => [p.row, p.code]));
    const byCode = await testid(page, "by-code").locator("tbody tr").evaluateAll((tr) => tr.map((r) => r.dataset.key).sort());
    assert.deepEqual(byCode, Object.keys(expected.byCode).sort());
    // Filter by code, then by field.
    await page.selectOption('[data-testid="filter-code"]', "cccd_format");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="issues-table"] tbody tr').length === 1);
    assert.equal(await testid(page, "issues-table").locator("tbody tr td").first().innerText(), String(planted[0].row + 1));
    await page.selectOption('[data-testid="filter-code"]', "");
    await page.selectOption('[data-testid="filter-field"]', "workforceCategory");
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="issues-table"] tbody tr')].every((r) => r.dataset.code === "enum_invalid"));
    assert.match(await testid(page, "download-json").getAttribute("href"), /^blob:/);
    await page.selectOption('[data-testid="filter-field"]', "");
    await page.screenshot({ path: screenshotPath("bulk"), fullPage: true });
    await clean(watched);
  });

  test("bulk check of a CSV export (samples/staff.csv): counts, column headers, duplicates, the issues' CSV download", async () => {
    const asOf = "2026-03-01"; // the date samples/README.md describes the invalid rows at
    const watched = await open(`bulk.html?asOf=${asOf}`);
    const { page } = watched;
    assert.equal(await testid(page, "bulk-duplicates").isChecked(), true, "duplicates flagged by default");
    await page.selectOption('[data-testid="bulk-kind"]', "staff");
    await testid(page, "bulk-file").setInputFiles(repoSample("staff.csv"));
    await testid(page, "bulk-start").click();
    await page.waitForFunction(() => window.ctxhBulk?.done, null, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="download-csv"]');

    // The same text through the Node build of the same entry, every issue listed.
    const text = readFileSync(repoSample("staff.csv"), "utf8");
    const options = { asOf, lang: "vi", format: "csv", duplicates: true, maxIssues: 1_000_000 };
    const expected = full.validateBatch("staff", text, options);
    assert.equal(expected.format, "csv");
    assert.equal(expected.issues.length, expected.totals.issues, "every issue listed");
    assert.ok(expected.totals.invalid > 0 && expected.totals.withWarnings > 0, "the sample has invalid rows and warnings");
    // The checkbox matters: without it the same person twice is no issue.
    assert.ok(expected.byCode.duplicate_cccd, "duplicates flagged");
    assert.equal(full.validateBatch("staff", text, { ...options, duplicates: false }).byCode.duplicate_cccd, undefined);

    const log = await page.evaluate(() => window.ctxhBulk);
    assert.equal(log.done.format, "csv");
    assert.deepEqual(log.done.totals, expected.totals);
    assert.ok(log.progress.length >= 1, "progress events");
    assert.equal(log.progress.at(-1).rows, expected.totals.rows);
    const vi = (n) => n.toLocaleString("vi-VN");
    const totals = await testid(page, "bulk-totals").locator("dd").evaluateAll((dd) => Object.fromEntries(dd.map((d) => [d.dataset.total, d.textContent])));
    assert.equal(totals.totalRows, vi(expected.totals.rows));
    assert.equal(totals.totalValid, vi(expected.totals.valid));
    assert.equal(totals.totalInvalid, vi(expected.totals.invalid));
    assert.equal(totals.totalWarnings, vi(expected.totals.withWarnings));
    const byCode = await testid(page, "by-code").locator("tbody tr").evaluateAll((tr) => tr.map((r) => r.dataset.key).sort());
    assert.deepEqual(byCode, Object.keys(expected.byCode).sort());

    // The issues table has the "Cột" column: each issue's CSV header, one of the file's headers.
    assert.equal(await testid(page, "column-head").isVisible(), true);
    assert.equal(await testid(page, "column-head").innerText(), "Cột");
    const headers = new Set(text.split(/\r?\n/, 1)[0].split(","));
    const shown = await testid(page, "issues-table").locator("tbody td[data-column]").evaluateAll((td) => td.map((d) => d.dataset.column));
    assert.equal(shown.length, Math.min(50, expected.issues.length), "one column cell a row");
    assert.deepEqual(shown, expected.issues.slice(0, 50).map((i) => i.column ?? ""));
    assert.ok(shown.some((c) => headers.has(c)), "a CSV header in the column");
    for (const c of shown) assert.ok(c === "" || headers.has(c), `${c} is a header of the file`);
    // Filtered by code, the column is the header of that field.
    await page.selectOption('[data-testid="filter-code"]', "name_contains_digit");
    const nameIssues = expected.issues.filter((i) => i.code === "name_contains_digit");
    assert.ok(nameIssues.length > 0);
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid="issues-table"] tbody tr')].length === n &&
      [...document.querySelectorAll('[data-testid="issues-table"] tbody tr')].every((r) => r.dataset.code === "name_contains_digit"), nameIssues.length);
    assert.deepEqual(await testid(page, "issues-table").locator("tbody td[data-column]").allInnerTexts(), nameIssues.map((i) => i.column));
    await page.selectOption('[data-testid="filter-code"]', "");

    // The issues' CSV download is batchIssuesCsv of the same report (the ctxh program's bytes).
    const [download] = await Promise.all([page.waitForEvent("download"), testid(page, "download-csv").click()]);
    assert.equal(download.suggestedFilename(), "staff.issues.csv");
    const downloaded = readFileSync(await download.path(), "utf8");
    assert.equal(downloaded, full.batchIssuesCsv(expected));
    assert.equal(downloaded.split("\r\n").length - 2, expected.totals.issues, "a line an issue, after the header");
    assert.match(await testid(page, "download-json").getAttribute("href"), /^blob:/);

    await page.waitForFunction(() => document.querySelectorAll('[data-testid="issues-table"] tbody tr').length > 1);
    await page.screenshot({ path: screenshotPath("bulk-csv"), fullPage: true });
    await clean(watched);
  });

  test("bulk check: the sample exports are served and checked from their buttons, on the date the page is given", async () => {
    const asOf = "2026-03-01";
    // No ?asOf= this time: the reference date field starts at today and the officer sets it.
    const watched = await open("bulk.html");
    const { page } = watched;
    const dateField = page.locator('[data-testid="bulk-asof"]');
    assert.match(await dateField.inputValue(), /^\d{4}-\d{2}-\d{2}$/, "the date field starts at today");
    await dateField.fill(asOf);
    const samples = await testid(page, "bulk-samples").locator("button").evaluateAll((bs) => bs.map((b) => [b.dataset.sample, b.dataset.kind]));
    assert.deepEqual(samples.map(([url]) => url).sort(), ["samples/case.csv", "samples/facility.csv", "samples/staff-legacy.csv", "samples/staff-more.csv", "samples/staff.csv"]);
    const links = await testid(page, "bulk-samples").locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(links, samples.map(([url]) => url));
    for (const [url] of samples) {
      const served = await page.evaluate(async (u) => (await fetch(u)).text(), url);
      assert.equal(served, readFileSync(repoSample(url.slice("samples/".length)), "utf8"), `${url} served as committed`);
    }
    await testid(page, "bulk-samples").locator('button[data-sample="samples/facility.csv"]').click();
    await page.waitForFunction(() => window.ctxhBulk?.done, null, { timeout: 60_000 });
    assert.equal(await page.locator('[data-testid="bulk-kind"]').inputValue(), "facility");
    const expected = full.validateBatch("facility", readFileSync(repoSample("facility.csv"), "utf8"), { asOf, format: "csv", duplicates: true, maxIssues: 0 });
    assert.deepEqual((await page.evaluate(() => window.ctxhBulk.done)).totals, expected.totals);
    assert.ok(expected.totals.invalid > 0, "the facility sample has invalid rows");
    await clean(watched);
  });

  test(`bulk check of ${BULK_ROWS.toLocaleString("en")} rows in the worker: the page stays responsive (measured)`, async () => {
    const wards = PROVINCES.map((p) => ctxh.communes("2025", p).map((c) => c.code));
    const { records } = staffRecords(BULK_ROWS, 42, wards);
    const text = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
    const dir = mkdtempSync(join(tmpdir(), "ctxh-bulk-"));
    const file = join(dir, `staff-${BULK_ROWS}.ndjson`);
    writeFileSync(file, text);
    try {
      const watched = await open("bulk.html?asOf=2026-01-01");
      const { page } = watched;
      await testid(page, "bulk-file").setInputFiles(file);
      const started = await page.evaluate(() => performance.now());
      await testid(page, "bulk-start").click();
      // While the worker checks: how long does the page take to answer?
      const probes = [];
      while (!(await page.evaluate(() => Boolean(window.ctxhBulk?.done)))) {
        const t0 = Date.now();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
        probes.push(Date.now() - t0);
        await new Promise((r) => setTimeout(r, 50));
      }
      const { done, progress, longTasks } = await page.evaluate((since) => ({
        done: window.ctxhBulk.done,
        progress: window.ctxhBulk.progress.length,
        longTasks: window.__longTasks.filter((t) => t.start >= since),
      }), started);
      // The page flags the same person twice by default (its checkbox): so does the expectation.
      const expected = full.validateBatch("staff", text, { asOf: "2026-01-01", duplicates: true, maxIssues: 0 });
      assert.deepEqual(done.totals, expected.totals);
      assert.ok(progress > 1, "progress events during the check");
      const worst = longTasks.reduce((m, t) => Math.max(m, t.duration), 0);
      const total = longTasks.reduce((n, t) => n + t.duration, 0);
      const sorted = probes.slice().sort((a, b) => a - b);
      measurements.push(
        `bulk check of ${BULK_ROWS.toLocaleString("en")} rows (${(text.length / 1048576).toFixed(1)} MB NDJSON): ${done.seconds.toFixed(1)} s in the worker, ` +
        `${progress} progress events; main-thread long tasks: ${longTasks.length} (longest ${worst.toFixed(0)} ms, ${total.toFixed(0)} ms in all); ` +
        `a frame during the check came after ${sorted[Math.floor(sorted.length / 2)] ?? 0} ms (median), ${sorted.at(-1) ?? 0} ms (worst) over ${probes.length} probes`,
      );
      await page.screenshot({ path: screenshotPath("bulk-100k"), fullPage: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("dashboard: the sample's indicators for Hà Nội", async () => {
    const asOf = "2026-01-01";
    const before = requests.length;
    const watched = await open(`dashboard.html?asOf=${asOf}`);
    const { page } = watched;
    // The dashboard loads the full entry ("ctxh/full/web") and not the main one.
    const wasm = requests.slice(before).filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname);
    assert.deepEqual(wasm, ["/pkg/full/web/ctxh_bg.wasm"]);
    await testid(page, "dash-samples").click();
    await page.waitForSelector('[data-testid="dash-results"]:not([hidden])');
    const records = {
      staff: rowsOf(readSample("staff-hanoi.ndjson")),
      facilities: rowsOf(readSample("facilities-hanoi.json")),
      cases: rowsOf(readSample("cases-hanoi.ndjson")),
      trainingEvents: rowsOf(readSample("training-hanoi.json")),
    };
    const report = full.computeIndicators({ scope: { codeSet: "2025", provinceCodes: ["01"] }, ...records }, { asOf, lang: "vi" });
    // The figures as the recipe makes them, counted here from the records themselves.
    const { rows, planted } = staffSample();
    const bad = new Set(planted.map((p) => p.row));
    const valid = rows.filter((_, i) => !bad.has(i));
    const count = (f) => valid.filter(f).length;
    const dedicated = count((r) => r.workforceCategory === "sw-collaborator" && r.dedicated);
    const network = dedicated + count((r) => r.workforceCategory === "child-protection-collaborator") +
      count((r) => r.workforceCategory === "volunteer-team-member") + count((r) => r.workforceCategory === "civil-servant");
    const dedicatedCommunes = new Set(valid.filter((r) => r.workforceCategory === "sw-collaborator" && r.dedicated).map((r) => r.commune.wardCode)).size;
    const communes = ctxh.communes("2025", "01").length;
    assert.equal(await testid(page, "network-total").innerText(), `Tổng: ${network} người`);
    const bars = await testid(page, "network-chart").locator("g[data-key]").evaluateAll((gs) => Object.fromEntries(gs.map((g) => [g.dataset.key, Number(g.dataset.value)])));
    assert.equal(bars["dedicated-sw-collaborators"], dedicated);
    assert.equal(Object.values(bars).reduce((a, b) => a + b, 0), network);
    assert.equal(await testid(page, "communes-fraction").innerText(), `${dedicatedCommunes} / ${communes} xã`);
    const share = report.indicators.find((f) => f.code === "communes-with-dedicated-collaborator");
    assert.equal(share.numerator, dedicatedCommunes);
    assert.equal(await testid(page, "communes-share").innerText(), share.text);
    assert.equal(share.text, `${(Math.round((dedicatedCommunes / communes) * 1000) / 10).toString().replace(".", ",")} %`);
    const targets = await testid(page, "targets").locator("tbody tr").evaluateAll((tr) => tr.map((r) => [r.dataset.target, r.dataset.status]));
    assert.deepEqual(targets, report.progress.map((p) => [p.target, p.status]));
    assert.ok(targets.some(([, s]) => s === "met") && targets.some(([, s]) => s === "not-met"), "both outcomes in the sample");
    assert.deepEqual(await testid(page, "uncounted").locator("li").evaluateAll((li) => li.map((l) => l.dataset.reason)), ["invalid"]);
    // The reason's label, not its id, with the count computeIndicators gives.
    const leftOut = report.uncounted.byReason.invalid;
    assert.equal(leftOut, planted.length);
    assert.deepEqual(await testid(page, "uncounted").locator("li").allInnerTexts(), [`Hồ sơ có lỗi: ${leftOut}`]);
    await page.screenshot({ path: screenshotPath("dashboard"), fullPage: true });
    await testid(page, "lang-en").click();
    assert.deepEqual(await testid(page, "uncounted").locator("li").allInnerTexts(), [`Has errors: ${leftOut}`]);
    assert.equal(await testid(page, "network-total").innerText(), `Total: ${network} persons`);
    assert.equal(await testid(page, "communes-share").innerText(), share.text.replace(",", "."));
    await page.screenshot({ path: screenshotPath("dashboard-en"), fullPage: true });
    await clean(watched);
    await testid(page, "lang-vi").click();
  });

  test("no request left the page's own origin", () => {
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
    assert.deepEqual(foreign, []);
    assert.ok(requests.length > 10, "requests were recorded");
  });
});
