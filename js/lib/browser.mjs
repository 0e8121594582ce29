// Starts Debian's Chromium (the `chromium` on PATH, or $CTXH_CHROMIUM) headless through
// playwright-core, with the flags a container without a GPU or a sandbox needs. Never downloads
// a browser: scripts/setup installs Debian's.
import { accessSync, constants, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { chromium } from "playwright-core";

/** The first executable file `name` in the directories of $PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

export const CHROMIUM = process.env.CTXH_CHROMIUM || onPath("chromium");

/** Launches Chromium with a fresh profile; `close()` also removes the profile. */
export async function launchChromium() {
  if (!CHROMIUM) throw new Error("no chromium on PATH: run scripts/setup (or set CTXH_CHROMIUM)");
  const profile = mkdtempSync(join(tmpdir(), "ctxh-chromium-"));
  const args = [
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profile}`,
  ];
  if (process.getuid?.() === 0) args.push("--no-sandbox"); // Chromium refuses root otherwise
  // launchPersistentContext is playwright's way to pass a user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: args.filter((a) => !a.startsWith("--user-data-dir")),
    viewport: { width: 1100, height: 900 },
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new page and records what must not happen: page errors, console errors and
 * CSP violations (from the `securitypolicyviolation` event, installed before any page script).
 */
export async function openWatched(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "(inline)"}`);
    });
  });
  await page.goto(url, { waitUntil: "load" });
  const cspViolations = () => page.evaluate(() => window.__cspViolations);
  return { page, problems, cspViolations };
}
