// The demo's text table (www/js/i18n.js) names, in Vietnamese and in English, every reason
// computeIndicators gives for a record it left out (UncountedRecord.reason in the package's
// TypeScript declarations): the dashboard shows the label, never the raw id.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const declarations = readFileSync(new URL("../../src/wasm/api.d.ts", import.meta.url), "utf8");

/** The string literals of `reason: "a" | "b" ...` in the UncountedRecord interface. */
function uncountedReasons() {
  const body = declarations.match(/interface UncountedRecord \{([\s\S]*?)\n\}/)?.[1] ?? "";
  const union = body.match(/reason: ([^;]+);/)?.[1] ?? "";
  return [...union.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
}

/** The page's text module in `lang` (it reads the language from the address, as in a browser). */
async function texts(lang) {
  globalThis.location = { search: `?lang=${lang}` };
  try {
    return await import(`../../www/js/i18n.js?lang=${lang}`); // one module instance per language
  } finally {
    delete globalThis.location;
  }
}

test("every reason a record is not counted has a label in both languages", async () => {
  const reasons = uncountedReasons();
  assert.ok(reasons.length >= 10, `reasons read from the declarations: ${reasons}`);
  assert.ok(reasons.includes("invalid") && reasons.includes("event-not-counted"));
  const labels = {};
  for (const lang of ["vi", "en"]) {
    const i18n = await texts(lang);
    assert.equal(i18n.lang(), lang);
    for (const reason of reasons) {
      assert.ok(i18n.has(`reason-${reason}`), `${lang}: no label for ${reason}`);
      labels[lang] ??= new Set();
      labels[lang].add(i18n.t(`reason-${reason}`));
    }
    assert.equal(labels[lang].size, reasons.length, `${lang}: two reasons share a label`);
  }
});
