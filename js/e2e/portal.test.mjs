// End to end: the demo portal page (www/) in headless Chromium under the strict CSP, served by
// scripts/serve.mjs from this test on a free port. The page's values must be the ones the wasm
// module computes (compared with the Node build of the same package).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startServer } from "../../scripts/serve.mjs";
import { launchChromium, openWatched } from "../lib/browser.mjs";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
const SCREENSHOT = process.env.CTXH_SCREENSHOT ?? "/tmp/ctxh-portal.png";

describe("demo portal page in Chromium", { timeout: 120_000 }, () => {
  let server, browser, page, problems, cspViolations;

  before(async () => {
    server = await startServer({ port: 0 });
    browser = await launchChromium();
    ({ page, problems, cspViolations } = await openWatched(browser.context, server.url));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const texts = (testid) => page.locator(`[data-testid="${testid}"]`).allTextContents();
  const issuesShown = () =>
    page.locator('[data-testid="issue"]').evaluateAll((items) =>
      items.map((li) => ({
        code: li.querySelector('[data-testid="issue-code"]').textContent,
        path: li.dataset.path,
        message: li.querySelector('[data-testid="issue-message"]').textContent,
        severity: li.classList.contains("error") ? "error" : "warning",
      })),
    );
  const expectedIssues = (record, options) =>
    ctxh.validateAddress(record, options).issues.map((i) => ({
      code: i.code,
      path: i.pathText,
      message: i.message,
      severity: i.severity,
    }));

  test("shows the versions computed by the wasm module", async () => {
    const info = ctxh.version();
    assert.deepEqual(await texts("crate-version"), [info.crateVersion]);
    assert.deepEqual(await texts("ruleset-version"), [info.rulesetVersion]);
    assert.deepEqual(await texts("code-sets"), [info.codeSets.join(", ")]);
    // Computed in the page by the web build, not copied from the HTML.
    const wasmInPage = await page.evaluate(async () => (await import("/pkg/web/ctxh.js")).version().wasm);
    assert.equal(wasmInPage, true);
  });

  test("code set options come from enumLabels in Vietnamese", async () => {
    const options = await page.locator('[data-testid="codeSet"] option').evaluateAll((os) =>
      os.filter((o) => o.value).map((o) => ({ value: o.value, label: o.textContent })),
    );
    assert.deepEqual(options, ctxh.enumLabels("codeSet", { lang: "vi" }));
  });

  test("an empty draft shows the required fields as warnings", async () => {
    assert.deepEqual(await issuesShown(), expectedIssues({}, { lang: "vi", mode: "draft" }));
    assert.ok((await issuesShown()).some((i) => i.code === "required" && i.path === "wardCode"));
    assert.equal(await page.getAttribute('[data-testid="verdict"]', "data-valid"), "true");
  });

  test("typing an address validates it live", async () => {
    await page.selectOption('[data-testid="mode"]', "submit");
    await page.selectOption('[data-testid="codeSet"]', "2025");
    await page.locator('[data-testid="provinceCode"]').pressSequentially("01");
    const record = { codeSet: "2025", provinceCode: "01" };
    const shown = await issuesShown();
    assert.deepEqual(shown, expectedIssues(record, { lang: "vi", mode: "submit" }));
    assert.ok(shown.some((i) => i.code === "required" && i.path === "wardCode" && i.severity === "error"));
    assert.equal(await page.getAttribute('[data-testid="verdict"]', "data-valid"), "false");
    assert.equal(await page.getAttribute('[data-testid="wardCode"]', "aria-invalid"), "true");

    await page.locator('[data-testid="wardCode"]').pressSequentially("00004");
    const full = { ...record, wardCode: "00004" };
    assert.deepEqual(await issuesShown(), expectedIssues(full, { lang: "vi", mode: "submit" }));
    assert.equal(
      await page.getAttribute('[data-testid="verdict"]', "data-valid"),
      String(ctxh.validateAddress(full, { mode: "submit" }).valid),
    );
  });

  test("switching to English relabels the page and the issue messages", async () => {
    await page.fill('[data-testid="wardCode"]', "");
    await page.click('[data-testid="lang-en"]');
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.getAttribute('[data-testid="lang-en"]', "aria-pressed"), "true");
    const shown = await issuesShown();
    assert.deepEqual(shown, expectedIssues({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" }));
    assert.ok(shown.some((i) => i.message === "This field is required."));
    const options = await page.locator('[data-testid="codeSet"] option').evaluateAll((os) =>
      os.filter((o) => o.value).map((o) => o.textContent),
    );
    assert.deepEqual(options, ctxh.enumLabels("codeSet", { lang: "en" }).map((o) => o.label));
    assert.equal(await page.inputValue('[data-testid="codeSet"]'), "2025", "the selection survives relabelling");
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  test("no CSP violation, page error or failed request", async () => {
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(problems, []);
  });
});
