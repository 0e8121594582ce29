// Reads the shared test vectors (tests/vectors/**/*.json, format in tests/vectors.rs).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const VECTORS_DIR = fileURLToPath(new URL("../../tests/vectors", import.meta.url));

/** Every vector file, sorted like the Rust harness walks them: [{ file, doc }]. */
export function vectorFiles(dir = VECTORS_DIR) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".json")) out.push(p);
    }
  };
  walk(dir);
  return out.map((p) => ({ file: relative(dir, p), doc: JSON.parse(readFileSync(p, "utf8")) }));
}

/** A case's `inputText`: the text, or its parts joined (`{ repeat, times }` repeated). */
export function inputText(c) {
  if (typeof c.inputText === "string") return c.inputText;
  return c.inputText.map((part) => (typeof part === "string" ? part : part.repeat.repeat(part.times))).join("");
}
