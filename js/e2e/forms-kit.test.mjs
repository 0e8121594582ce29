// End to end: ctxh/forms on a plain server-rendered form (js/e2e/fixtures/staff-form.html,
// not the demo) in headless Chromium under the strict CSP. Messages, lists and counts are
// compared with what the Node build of the same package computes.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { startServer, defaultMounts } from "../../scripts/serve.mjs";
import { launchChromium, openWatched } from "../lib/browser.mjs";
import { seriousViolations } from "../lib/axe.mjs";
import { screenshotPath } from "../lib/screenshots.mjs";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const FORM = "fixture/staff-form.html";

describe("ctxh/forms on a plain HTML form", { timeout: 180_000 }, () => {
  let server, browser, page, problems, cspViolations;

  before(async () => {
    server = await startServer({ port: 0, mounts: { ...defaultMounts(), "/fixture/": fixtures } });
    browser = await launchChromium();
    ({ page, problems, cspViolations } = await openWatched(browser.context, server.url + FORM));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  });

  const measurements = [];
  after(async () => {
    await browser?.close();
    await server?.close();
    if (measurements.length) console.log(`\n  measurements:\n${measurements.map((m) => `    ${m}`).join("\n")}`);
  });

  const messagesAt = (id) =>
    page.evaluate((id) => {
      const control = document.getElementById(id);
      const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      return ids.flatMap((m) => [...document.getElementById(m).querySelectorAll(".ctxh-msg")].map((p) => ({
        code: p.dataset.code,
        text: p.textContent,
        visible: p.checkVisibility(),
      })));
    }, id);
  const waitReports = async (n) => page.waitForFunction((n) => Number(document.getElementById("events").dataset.count) >= n, n);
  const reportCount = () => page.evaluate(() => Number(document.getElementById("events").dataset.count));
  const options = async (selector) => page.locator(`${selector} option`).evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  const shownOptions = () => page.locator(".ctxh-listbox:not([hidden]) [role=option]").evaluateAll((os) => os.map((o) => o.dataset.value));

  test("code lists fill the selects from enumLabels, in Vietnamese", async () => {
    const labels = await page.locator("#category option").evaluateAll((os) => os.filter((o) => o.value).map((o) => ({ value: o.value, label: o.textContent })));
    assert.deepEqual(labels, ctxh.enumLabels("workforceCategory", { lang: "vi" }));
    assert.deepEqual(await options("#gender"), ctxh.enumLabels("gender").map((e) => e.value));
    assert.deepEqual(await options("#province"), ctxh.provinces("2025").map((p) => p.code));
  });

  test("an invalid CCCD shows ctxh's Vietnamese message under the field, and fixing it clears it", async () => {
    const before = await reportCount();
    await page.locator("#cccd").pressSequentially("12345");
    await waitReports(before + 1);
    await page.waitForSelector("#cccd[aria-invalid=true]");
    const record = await page.evaluate(() => window.ctxhForm.record());
    const expected = ctxh.validateField("staff", "person.identifiers[0].number", "12345", record, { lang: "vi" }).issues;
    assert.equal(expected[0].code, "cccd_format");
    assert.deepEqual(await messagesAt("cccd"), expected.map((i) => ({ code: i.code, text: `Lỗi: ${i.message}`, visible: true })));
    // The message is right under the field.
    const below = await page.evaluate(() => {
      const input = document.getElementById("cccd").getBoundingClientRect();
      const message = document.querySelector("#cccd ~ .ctxh-message, #cccd + .ctxh-message").getBoundingClientRect();
      return message.top >= input.bottom - 1 && message.top - input.bottom < 30;
    });
    assert.ok(below, "the message follows the input");
    // Debounced: one report for five keystrokes.
    assert.equal(await reportCount(), before + 1);

    await page.fill("#cccd", "001090001234");
    await page.waitForSelector("#cccd:not([aria-invalid])");
    assert.deepEqual(await messagesAt("cccd"), []);
  });

  test("a province shows only its communes; the commune search ignores accents", async () => {
    await page.selectOption("#province", "01");
    await page.click("#ward");
    const hanoi = new Set(ctxh.communes("2025", "01").map((c) => c.code));
    let shown = await shownOptions();
    assert.ok(shown.length > 10 && shown.every((c) => hanoi.has(c)), "the first communes of Hà Nội");
    await page.locator("#ward").pressSequentially("yen hoa");
    shown = await shownOptions();
    assert.deepEqual(shown, ctxh.searchCommunes("2025", "01", "yen hoa", 61).map((c) => c.code));
    assert.equal(await page.locator(".ctxh-listbox [role=option]").first().innerText(), "Phường Yên Hòa");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    assert.equal(await page.inputValue("#ward-value"), "00175");
    assert.equal(await page.inputValue("#ward"), "Phường Yên Hòa");

    // Another province: the commune goes, and only that province's communes are offered.
    await page.selectOption("#province", "79");
    assert.equal(await page.inputValue("#ward-value"), "");
    await page.fill("#ward", "");
    await page.locator("#ward").pressSequentially("ben");
    const hcm = new Set(ctxh.communes("2025", "79").map((c) => c.code));
    shown = await shownOptions();
    assert.ok(shown.length > 0 && shown.every((c) => hcm.has(c)) && !shown.some((c) => hanoi.has(c)));
    await page.keyboard.press("Escape");
  });

  test("legacy code set: loads the legacy units, shows districts, finds a commune typed without accents", async () => {
    await page.selectOption("#codeSet", "legacy");
    await page.waitForFunction(() => document.querySelectorAll("#province option").length > 60);
    assert.deepEqual(await options("#province"), ctxh.provinces("legacy").map((p) => p.code));
    assert.equal(await page.isVisible("#district"), true, "districts exist only in the legacy code set");
    await page.selectOption("#province", "01");
    assert.deepEqual(await options("#district"), ctxh.districts("01").map((d) => d.code));
    await page.fill("#ward", "");
    await page.locator("#ward").pressSequentially("xa tan lap");
    const first = page.locator(".ctxh-listbox [role=option]").first();
    assert.match(await first.innerText(), /Xã Tân Lập\s+Huyện Đan Phượng/);
    await first.click();
    assert.equal(await page.inputValue("#ward-value"), "09820");
    assert.equal(await page.inputValue("#district"), "273", "the district follows from the commune");

    // Back to 2025: the district is neither shown nor submitted, the address starts again.
    await page.selectOption("#codeSet", "2025");
    assert.equal(await page.isVisible("#district"), false);
    assert.equal(await page.inputValue("#ward-value"), "");
    const record = await page.evaluate(() => window.ctxhForm.record());
    assert.deepEqual(record.commune, { codeSet: "2025" });
  });

  test("type-ahead over the 10,035 legacy communes: search and render per keystroke (measured)", async () => {
    await page.selectOption("#codeSet", "legacy");
    await page.waitForFunction(() => document.querySelectorAll("#province option").length > 60);
    const figures = await page.evaluate(async () => {
      const { provinces, searchCommunes } = await import("/pkg/web/ctxh.js");
      const codes = provinces("legacy").map((p) => p.code);
      const search = {};
      for (const q of ["a", "tan", "xa tan lap", "phuong 1"]) {
        let worst = 0;
        const t0 = performance.now();
        for (const p of codes) {
          const t = performance.now();
          searchCommunes("legacy", p, q, 61);
          worst = Math.max(worst, performance.now() - t);
        }
        search[q] = { mean: (performance.now() - t0) / codes.length, worst };
      }
      // A keystroke in the combobox of the largest province (Thanh Hóa, 547 communes): search and
      // render the list, synchronously in the input handler.
      const province = document.getElementById("province");
      province.value = "38";
      province.dispatchEvent(new Event("change", { bubbles: true }));
      const input = document.getElementById("ward");
      const keystroke = [];
      let shown = null;
      for (const text of ["t", "th", "thi", "thieu", "x", "xa", ""]) {
        input.value = text;
        const t = performance.now();
        input.dispatchEvent(new Event("input", { bubbles: true }));
        keystroke.push(performance.now() - t);
        if (text === "thieu") shown = [...document.querySelectorAll(".ctxh-listbox:not([hidden]) [role=option]")].map((o) => o.dataset.value);
      }
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      return { shown, search, keystroke: { worst: Math.max(...keystroke), mean: keystroke.reduce((a, b) => a + b, 0) / keystroke.length } };
    });
    const ms = (n) => `${n.toFixed(2)} ms`;
    measurements.push(`searchCommunes("legacy", each of 63 provinces, q, 61) in Chromium: ${Object.entries(figures.search).map(([q, f]) => `"${q}" mean ${ms(f.mean)}, worst ${ms(f.worst)}`).join("; ")}`);
    measurements.push(`a keystroke in the commune combobox (Thanh Hóa, 547 legacy communes: search + list of up to 60): mean ${ms(figures.keystroke.mean)}, worst ${ms(figures.keystroke.worst)}`);
    assert.deepEqual(figures.shown, ctxh.searchCommunes("legacy", "38", "thieu", 61).slice(0, 60).map((c) => c.code));
    await page.selectOption("#codeSet", "2025");
  });

  test("submit: an invalid record is stopped with a summary that takes the focus", async () => {
    await page.click("button[type=submit]:not([data-ctxh-mode])");
    await page.waitForSelector(".ctxh-summary:not([hidden])");
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains("ctxh-summary")), true);
    assert.ok(page.url().endsWith(FORM), "no navigation");
    const record = await page.evaluate(() => window.ctxhForm.record());
    assert.equal(record._csrf, undefined, "an ignored control is not part of the record");
    const report = ctxh.validate("staff", record, { lang: "vi", mode: "submit" });
    const listed = await page.locator(".ctxh-summary li").evaluateAll((li) => li.map((l) => l.querySelector("a")?.dataset.code ?? l.dataset.code));
    assert.deepEqual(listed.sort(), report.issues.map((i) => i.code).sort());
    // A link of the summary moves the focus to its field.
    await page.locator('.ctxh-summary a[data-path="person.fullName"]').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "fullName");
    await page.screenshot({ path: screenshotPath("fixture-errors"), fullPage: true });
  });

  test("English switch: messages, code lists and the kit's words", async () => {
    await page.click("button[data-lang=en]");
    const record = await page.evaluate(() => window.ctxhForm.record());
    const report = ctxh.validate("staff", record, { lang: "en", mode: "submit" });
    const title = await page.locator(".ctxh-summary-title").innerText();
    assert.match(title, /^The record is not valid yet: \d+ errors to fix/);
    const name = await messagesAt("fullName");
    assert.deepEqual(name.map((m) => m.text), report.issues.filter((i) => i.pathText === "person.fullName").map((i) => `Error: ${i.message}`));
    const labels = await page.locator("#category option").evaluateAll((os) => os.filter((o) => o.value).map((o) => o.textContent));
    assert.deepEqual(labels, ctxh.enumLabels("workforceCategory", { lang: "en" }).map((e) => e.label));
    await page.click("button[data-lang=vi]");
  });

  test("no serious or critical accessibility violation (axe), with messages shown", async () => {
    assert.deepEqual(await seriousViolations(page), []);
  });

  test("keyboard only: a commune is chosen with the keys", async () => {
    await page.selectOption("#province", "01");
    await page.focus("#province");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.id), "ward");
    await page.keyboard.type("ba dinh");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.getAttribute("#ward", "aria-activedescendant"), await page.locator(".ctxh-listbox [role=option]").first().getAttribute("id"));
    await page.keyboard.press("Enter");
    assert.equal(await page.inputValue("#ward-value"), ctxh.searchCommunes("2025", "01", "ba dinh", 1)[0].code);
  });

  test("a valid record submits to the form's action, as without JavaScript", async () => {
    await page.fill("#fullName", "Lò Văn Páo");
    await page.fill("#birthDate", "1985-04-02");
    await page.selectOption("#gender", "male");
    await page.fill("#cccd", "001085001234");
    await page.selectOption("#category", "sw-collaborator");
    await page.check("#dedicated");
    await page.fill("#facility", "HN-TTCTXH-01");
    await page.fill("#start", "2025-08-01");
    const record = await page.evaluate(() => window.ctxhForm.record());
    assert.equal(record.dedicated, true);
    assert.equal(ctxh.validate("staff", record, { mode: "submit" }).valid, true, JSON.stringify(ctxh.validate("staff", record).issues));
    await Promise.all([page.waitForURL(/done\.html\?/), page.click("button[type=submit]:not([data-ctxh-mode])")]);
    const sent = new URL(page.url()).searchParams;
    assert.equal(sent.get("commune.wardCode"), record.commune.wardCode);
    assert.equal(sent.get("person.identifiers[0].number"), "001085001234");
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(problems, []);
  });

  test("without JavaScript the form still submits", async () => {
    const context = await browser.context.browser()?.newContext({ javaScriptEnabled: false }) ?? null;
    const plain = context ? await context.newPage() : await browser.context.newPage();
    if (!context) await plain.route("**/*.js", (r) => r.abort()); // persistent context: no JS files
    await plain.goto(server.url + FORM);
    await plain.fill("#fullName", "Nguyễn Thị Hoà");
    await Promise.all([plain.waitForURL(/done\.html\?/), plain.click("button[type=submit]:not([data-ctxh-mode])")]);
    assert.equal(new URL(plain.url()).searchParams.get("person.fullName"), "Nguyễn Thị Hoà");
    await plain.close();
    await context?.close();
  });
});
