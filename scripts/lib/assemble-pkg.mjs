// Turns the three wasm-bindgen outputs in pkg/{web,bundler,node} into one npm package `ctxh`:
// writes pkg/package.json (exports map), a small package.json per target (module type),
// copies README and LICENSE, and prints gzip sizes. Run by scripts/build.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const pkg = join(root, "pkg");
const BUDGET_GZIP = 150 * 1024; // whole package in the browser: wasm + JS glue

/** Reads `key = "value"` / `key = [..]` from Cargo.toml's [package] table. */
function cargoPackage() {
  const text = readFileSync(join(root, "Cargo.toml"), "utf8");
  const section = text.split(/^\[/m).find((s) => s.startsWith("package]")) ?? "";
  const str = (k) => section.match(new RegExp(`^${k}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
  const list = (k) =>
    [...(section.match(new RegExp(`^${k}\\s*=\\s*\\[([^\\]]*)\\]`, "m"))?.[1] ?? "").matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  return { name: str("name"), version: str("version"), description: str("description"), license: str("license"), keywords: list("keywords") };
}

const writeJson = (path, value) => writeFileSync(path, JSON.stringify(value, null, 2) + "\n");

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const cargo = cargoPackage();
if (cargo.name !== "ctxh" || !cargo.version) throw new Error("Cargo.toml: [package] name/version not found");

for (const dir of ["web", "bundler", "node"]) {
  const d = join(pkg, dir);
  if (!existsSync(join(d, "ctxh_bg.wasm"))) throw new Error(`pkg/${dir}: wasm-bindgen output missing`);
  rmSync(join(d, ".gitignore"), { force: true }); // a "*" .gitignore would hide the files from npm pack
}
// JSON Schema files (written compact by the crate's `schema` example): indented for readers.
for (const lang of ["vi", "en"]) {
  const d = join(pkg, "schemas", lang);
  if (!existsSync(d)) throw new Error(`pkg/schemas/${lang}: missing (scripts/build writes it)`);
  for (const f of readdirSync(d)) writeJson(join(d, f), JSON.parse(readFileSync(join(d, f), "utf8")));
}
// Module types per target. The bundler glue runs code on import (instantiates the wasm).
writeJson(join(pkg, "web", "package.json"), { type: "module", sideEffects: false });
writeJson(join(pkg, "bundler", "package.json"), { type: "module", sideEffects: ["./ctxh.js", "./snippets/*"] });
writeJson(join(pkg, "node", "package.json"), { type: "commonjs" });
// wasm-bindgen's inline JS snippets are ES modules, also for the nodejs target (loaded with
// require(esm), Node >= 20.19).
const nodeSnippets = join(pkg, "node", "snippets");
if (existsSync(nodeSnippets)) writeJson(join(nodeSnippets, "package.json"), { type: "module" });

// No `any` in the published declarations: wasm-bindgen types the raw exports of `InitOutput`
// (web) and of ctxh_bg.wasm.d.ts with `any`; nothing should call them, so they say `unknown`.
for (const dir of ["web", "bundler", "node"]) {
  for (const f of files(join(pkg, dir)).filter((f) => f.endsWith(".d.ts"))) {
    const text = readFileSync(f, "utf8");
    writeFileSync(f, text.replace(/(?<=(?:[(:,|]|=>)\s*)any\b/g, "unknown"));
  }
}
const nodeTypes = readFileSync(join(pkg, "node", "ctxh.d.ts"), "utf8");
const bundlerTypes = readFileSync(join(pkg, "bundler", "ctxh.d.ts"), "utf8");
if (nodeTypes !== bundlerTypes) console.warn("  warning: pkg/node and pkg/bundler declare different APIs");

writeJson(join(pkg, "package.json"), {
  name: "ctxh",
  version: cargo.version,
  description: cargo.description,
  license: cargo.license,
  keywords: cargo.keywords,
  main: "./node/ctxh.js",
  module: "./bundler/ctxh.js",
  types: "./bundler/ctxh.d.ts",
  exports: {
    ".": {
      // Node (ESM import and CJS require share the one CommonJS build: one wasm instance).
      node: { types: "./node/ctxh.d.ts", default: "./node/ctxh.js" },
      // Bundlers (Vite, webpack): ESM that imports the .wasm file.
      types: "./bundler/ctxh.d.ts",
      default: "./bundler/ctxh.js",
    },
    // Plain browsers without a bundler: `await init()` first, then call the functions.
    "./web": { types: "./web/ctxh.d.ts", default: "./web/ctxh.js" },
    "./web/ctxh_bg.wasm": "./web/ctxh_bg.wasm",
    // JSON Schema 2020-12 per record kind: "ctxh/schemas/en/staff.schema.json".
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json",
  },
  files: ["web/", "bundler/", "node/", "schemas/", "README.md", "LICENSE", "CHANGELOG.md"],
  sideEffects: ["./bundler/ctxh.js", "./bundler/snippets/*", "./node/ctxh.js"],
  engines: { node: ">=20.19" },
});
for (const f of ["README.md", "LICENSE", "CHANGELOG.md"]) copyFileSync(join(root, f), join(pkg, f));

// Sizes: what a browser downloads (gzip -9), per target.
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("\n  gzip -9 sizes (raw in brackets):");
let webTotal = 0;
for (const dir of ["web", "bundler", "node"]) {
  const all = files(join(pkg, dir));
  const wasm = readFileSync(join(pkg, dir, "ctxh_bg.wasm"));
  const glue = all.filter((f) => f.endsWith(".js")).map((f) => readFileSync(f));
  const total = gz(wasm) + glue.reduce((n, b) => n + gz(b), 0);
  const raw = wasm.length + glue.reduce((n, b) => n + b.length, 0);
  if (dir === "web") webTotal = total;
  console.log(
    `    pkg/${dir.padEnd(8)} .wasm ${kb(gz(wasm)).padStart(9)} (${kb(wasm.length)})   .wasm + JS glue ${kb(total).padStart(9)} (${kb(raw)}; ${glue.length} JS files: ${glue.length ? all.filter((f) => f.endsWith(".js")).map((f) => relative(join(pkg, dir), f)).join(", ") : "-"})`,
  );
}
console.log(`  browser package (web: .wasm + JS glue) ${kb(webTotal)} gzip; budget ${kb(BUDGET_GZIP)}${webTotal > BUDGET_GZIP ? "  OVER BUDGET" : ""}`);
writeJson(join(pkg, "sizes.json"), { webGzipBytes: webTotal, budgetGzipBytes: BUDGET_GZIP });
