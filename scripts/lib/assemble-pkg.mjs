// Turns the wasm-bindgen outputs in pkg/{web,bundler,node} (the main entry) and
// pkg/full/{web,bundler,node} (the full entry: the main entry's functions, batches and
// indicators, cargo feature wasm-collections) into one npm package `ctxh`: writes
// pkg/package.json (exports map), a small package.json per target (module type), copies README
// and LICENSE, and prints gzip sizes. Run by scripts/build.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { minify } from "terser";
import { copyFormKit, formExports, formKitGzip } from "./forms-pkg.mjs";

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

/** The files of a build without the form kit (forms/, sized apart). */
const buildFiles = (dir) => files(dir).filter((f) => !relative(dir, f).startsWith("forms"));

const cargo = cargoPackage();
if (cargo.name !== "ctxh" || !cargo.version) throw new Error("Cargo.toml: [package] name/version not found");

/** The target directories of both entries, relative to pkg/. */
const ENTRIES = ["", "full/"];
const TARGET_DIRS = ENTRIES.flatMap((entry) => ["web", "bundler", "node"].map((t) => entry + t));

for (const dir of TARGET_DIRS) {
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
for (const entry of ENTRIES) {
  // Module types per target. The bundler glue runs code on import (instantiates the wasm).
  writeJson(join(pkg, entry + "web", "package.json"), { type: "module", sideEffects: false });
  writeJson(join(pkg, entry + "bundler", "package.json"), { type: "module", sideEffects: ["./ctxh.js", "./snippets/*"] });
  writeJson(join(pkg, entry + "node", "package.json"), { type: "commonjs" });
  // wasm-bindgen's inline JS snippets are ES modules, also for the nodejs target (loaded with
  // require(esm), Node >= 20.19).
  const nodeSnippets = join(pkg, entry + "node", "snippets");
  if (existsSync(nodeSnippets)) writeJson(join(nodeSnippets, "package.json"), { type: "module" });
}

// The legacy units: a separate file (ctxh_legacy.bin, cargo feature legacy-units-loadable).
// Browsers fetch it with loadLegacy(); the Node build reads it when it is required, so that
// Node answers for both code sets at once, like the Rust crate.
const legacyFile = join(pkg, "ctxh_legacy.bin");
const hasLegacyFile = existsSync(legacyFile);
const loadLegacyDoc = `/**
 * Loads the legacy administrative units (before 1 July 2025: 63 provinces, 696 districts,
 * 10,035 communes, and the lineage to 2025), which the package keeps in a separate file,
 * \`ctxh_legacy.bin\`, so that pages which never see a legacy address do not download it.
 * Until it resolves, legacy look-ups answer \`[]\`, \`null\` or \`code-set-unavailable\`,
 * legacy addresses get \`code_set_unavailable\` and \`version().codeSets\` is \`["2025"]\`;
 * afterwards everything answers for both code sets, synchronously as before. Calling it again
 * does nothing. \`source\`: where the file is (default: next to the package's code, as bundlers
 * and plain pages serve it), or its bytes. In Node the file is read when the package is loaded.
 * Rejects when the file cannot be fetched or is not this version's file.
 */`;
const loadLegacyJs = (fetchDefault) => `
${loadLegacyDoc}
export async function loadLegacy(source) {
  if (version().codeSets.includes("legacy")) return;
  let file = source;
  if (!(file instanceof Uint8Array || file instanceof ArrayBuffer)) {
    const response = await fetch(file ?? ${fetchDefault});
    if (!response.ok) throw new Error(\`ctxh: cannot fetch the legacy units (HTTP \${response.status})\`);
    file = await response.arrayBuffer();
  }
  if (!loadLegacyUnits(file)) throw new Error("ctxh: not the legacy units file of this ctxh version");
}
`;
const loadLegacyDts = `
${loadLegacyDoc}
export function loadLegacy(source?: string | URL | Uint8Array | ArrayBuffer): Promise<void>;
`;
// Appends once (assembling the same output twice changes nothing).
const append = (file, text) => {
  const before = readFileSync(file, "utf8");
  if (!before.includes("function loadLegacy(")) writeFileSync(file, before + text);
};
for (const entry of ENTRIES) {
  // From pkg/web/ctxh.js the file is "../ctxh_legacy.bin"; from pkg/full/web/ctxh.js,
  // "../../ctxh_legacy.bin".
  const up = entry ? "../../" : "../";
  const nodeUp = entry ? '"..", ".."' : '".."';
  const defaultUrl = `new URL("${up}ctxh_legacy.bin", import.meta.url)`;
  append(join(pkg, entry + "web", "ctxh.js"), loadLegacyJs(defaultUrl));
  append(
    join(pkg, entry + "bundler", "ctxh.js"),
    '\nimport { loadLegacyUnits, version } from "./ctxh_bg.js";\n' + loadLegacyJs(defaultUrl),
  );
  append(
    join(pkg, entry + "node", "ctxh.js"),
    (hasLegacyFile
      ? "\n// ctxh: the legacy units, a separate file, read at once in Node.\n" +
        `loadLegacyUnits(require("node:fs").readFileSync(require("node:path").join(__dirname, ${nodeUp}, "ctxh_legacy.bin")));\n`
      : "") +
      loadLegacyJs(`require("node:url").pathToFileURL(require("node:path").join(__dirname, ${nodeUp}, "ctxh_legacy.bin"))`)
        .replace("export async function loadLegacy", "async function loadLegacy") +
      "exports.loadLegacy = loadLegacy;\n",
  );
}
for (const dir of TARGET_DIRS) append(join(pkg, dir, "ctxh.d.ts"), loadLegacyDts);

// The web targets' JavaScript is what a plain page downloads as it is: minified (terser:
// comments, whitespace, local names; exported names stay), 7.9 → 3.6 KB gzip. The bundler and
// Node targets stay readable (a bundler minifies its own output). Types are in the .d.ts.
for (const entry of ENTRIES) {
  for (const f of files(join(pkg, entry + "web")).filter((f) => f.endsWith(".js"))) {
    const result = await minify(readFileSync(f, "utf8"), { module: true, compress: true, mangle: true });
    writeFileSync(f, result.code + "\n");
  }
}

// No `any` in the published declarations: wasm-bindgen types the raw exports of `InitOutput`
// (web) and of ctxh_bg.wasm.d.ts with `any`; nothing should call them, so they say `unknown`.
for (const dir of TARGET_DIRS) {
  for (const f of files(join(pkg, dir)).filter((f) => f.endsWith(".d.ts"))) {
    let text = readFileSync(f, "utf8").replace(/(?<=(?:[(:,|]|=>)\s*)any\b/g, "unknown");
    // Classes (BatchValidator) declare [Symbol.dispose]: name the lib that has it, so that a
    // project compiling with an older "lib" (es2022) still type-checks the package.
    if (text.includes("Symbol.dispose") && !text.startsWith("/// <reference")) text = '/// <reference lib="esnext.disposable" />\n' + text;
    writeFileSync(f, text);
  }
}
// The form kit ("ctxh/forms", "ctxh/web/forms"): one source, a copy beside each build's core
// of the main entry.
await copyFormKit(root, pkg);

for (const entry of ENTRIES) {
  const nodeTypes = readFileSync(join(pkg, entry + "node", "ctxh.d.ts"), "utf8");
  const bundlerTypes = readFileSync(join(pkg, entry + "bundler", "ctxh.d.ts"), "utf8");
  if (nodeTypes !== bundlerTypes) console.warn(`  warning: pkg/${entry}node and pkg/${entry}bundler declare different APIs`);
}

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
    // The full entry: every function of the main entry, batches (validateBatch, BatchValidator)
    // and indicators (computeIndicators...), in a separate, larger module.
    "./full": {
      node: { types: "./full/node/ctxh.d.ts", default: "./full/node/ctxh.js" },
      types: "./full/bundler/ctxh.d.ts",
      default: "./full/bundler/ctxh.js",
    },
    "./full/web": { types: "./full/web/ctxh.d.ts", default: "./full/web/ctxh.js" },
    "./full/web/ctxh_bg.wasm": "./full/web/ctxh_bg.wasm",
    // JSON Schema 2020-12 per record kind: "ctxh/schemas/en/staff.schema.json".
    "./schemas/*": "./schemas/*",
    // The legacy units, fetched by loadLegacy() (or by the page itself).
    "./ctxh_legacy.bin": "./ctxh_legacy.bin",
    // The form kit (js/forms/): bindForm, address pickers, code-list selects.
    ...formExports,
    "./package.json": "./package.json",
  },
  files: ["web/", "bundler/", "node/", "full/", "schemas/", "ctxh_legacy.bin", "README.md", "LICENSE", "CHANGELOG.md"],
  sideEffects: [
    "./bundler/ctxh.js",
    "./bundler/snippets/*",
    "./node/ctxh.js",
    "./full/bundler/ctxh.js",
    "./full/bundler/snippets/*",
    "./full/node/ctxh.js",
  ],
  engines: { node: ">=20.19" },
});
for (const f of ["README.md", "LICENSE", "CHANGELOG.md"]) copyFileSync(join(root, f), join(pkg, f));

// Sizes: what a browser downloads (gzip -9), per target.
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("\n  gzip -9 sizes (raw in brackets):");
let webTotal = 0;
let fullWebTotal = 0;
for (const dir of TARGET_DIRS) {
  const all = buildFiles(join(pkg, dir));
  const wasm = readFileSync(join(pkg, dir, "ctxh_bg.wasm"));
  const glue = all.filter((f) => f.endsWith(".js")).map((f) => readFileSync(f));
  const total = gz(wasm) + glue.reduce((n, b) => n + gz(b), 0);
  const raw = wasm.length + glue.reduce((n, b) => n + b.length, 0);
  if (dir === "web") webTotal = total;
  if (dir === "full/web") fullWebTotal = total;
  console.log(
    `    pkg/${dir.padEnd(18)} .wasm ${kb(gz(wasm)).padStart(9)} (${kb(wasm.length)})   .wasm + JS glue ${kb(total).padStart(9)} (${kb(raw)}; ${glue.length} JS files: ${glue.length ? all.filter((f) => f.endsWith(".js")).map((f) => relative(join(pkg, dir), f)).join(", ") : "-"})`,
  );
}
const legacyGzip = hasLegacyFile ? gz(readFileSync(legacyFile)) : 0;
if (hasLegacyFile) {
  console.log(`    pkg/ctxh_legacy.bin ${kb(legacyGzip).padStart(9)} (${kb(readFileSync(legacyFile).length)}): the legacy units, loaded by loadLegacy()`);
}
const kit = formKitGzip(pkg);
console.log(`    form kit (ctxh/forms)  ${kb(kit.gzip).padStart(9)} (${kb(kit.raw)}; one minified ES module)`);
console.log(`  browser package (web: .wasm + JS glue) ${kb(webTotal)} gzip; budget ${kb(BUDGET_GZIP)}${webTotal > BUDGET_GZIP ? "  OVER BUDGET" : ""}`);
console.log(`  full entry (ctxh/full/web: .wasm + JS glue, with batches and indicators) ${kb(fullWebTotal)} gzip, loaded instead of the main entry by pages that check files or compute indicators`);
writeJson(join(pkg, "sizes.json"), {
  webGzipBytes: webTotal,
  budgetGzipBytes: BUDGET_GZIP,
  legacyGzipBytes: legacyGzip,
  formKitGzipBytes: kit.gzip,
  fullWebGzipBytes: fullWebTotal,
});
