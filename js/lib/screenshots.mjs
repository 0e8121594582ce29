// Where the browser tests write their screenshots: target/e2e-screenshots/ (git-ignored), or
// $CTXH_SCREENSHOTS. Artefacts to look at, never committed.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SCREENSHOT_DIR = process.env.CTXH_SCREENSHOTS ?? fileURLToPath(new URL("../../target/e2e-screenshots/", import.meta.url));

/** The path of the screenshot `name`.png (the folder is made on first use). */
export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
