// The automated accessibility check of the browser tests: axe-core (npm, devDependency) put
// into the page from node_modules through the DevTools protocol (no network, and the page's
// strict CSP stays on: an injected <script> would be refused).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe on the page (WCAG 2.x A and AA rules and best practices) and returns the violations
 * of serious or critical impact, each as "rule-id: target, target (help)".
 */
export async function seriousViolations(page, { include } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (context) => window.axe.run(context ?? document, { resultTypes: ["violations"] }),
    include ?? null,
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")} (${v.help})`);
}
