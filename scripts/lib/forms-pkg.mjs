// The form kit (js/forms/, entry "ctxh/forms") in the package: bundled into one minified ES
// module (Vite's library build) and put into each build's folder as forms/index.js, so that
// its `import ... from "../ctxh.js"` reaches the core of the same build (the bundler build for
// "ctxh/forms", the web build for "ctxh/web/forms", the Node build for Node) and shares its
// one wasm instance. Beside it: index.d.ts (hand-written) and ctxh-forms.css. Used by
// assemble-pkg.mjs.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const CORE = "../ctxh.js";

/** Bundles js/forms/index.js with the core left as the import "../ctxh.js". */
async function bundleKit(source) {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      lib: { entry: join(source, "index.js"), formats: ["es"], fileName: "index" },
      rollupOptions: { external: (id) => id === CORE, output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((o) => o.type === "chunk");
  if (chunks.length !== 1) throw new Error(`the form kit bundled into ${chunks.length} chunks`);
  const code = chunks[0].code;
  const imports = [...code.matchAll(/from\s*"([^"]+)"/g)].map((m) => m[1]);
  if (imports.some((i) => i !== CORE)) throw new Error(`the form kit imports ${imports.join(", ")}, not only ${CORE}`);
  return `// ctxh/forms (the portal kit: bindForm, address pickers, code lists); source: js/forms/ of the ctxh repository\n${code}`;
}

/** Writes the kit into pkg/{web,bundler,node}/forms/. */
export async function copyFormKit(root, pkg) {
  const source = join(root, "js", "forms");
  const code = await bundleKit(source);
  for (const dir of ["web", "bundler", "node"]) {
    const target = join(pkg, dir, "forms");
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, "index.js"), code);
    for (const f of ["index.d.ts", "ctxh-forms.css"]) copyFileSync(join(source, f), join(target, f));
    // An ES module also in the Node build (whose own files are CommonJS).
    writeFileSync(join(target, "package.json"), JSON.stringify({ type: "module", sideEffects: ["*.css"] }, null, 2) + "\n");
  }
}

/** The exports map entries of the kit. */
export const formExports = {
  // Bundlers and Node: with the core entry "ctxh" (nothing to initialise).
  "./forms": {
    node: { types: "./node/forms/index.d.ts", default: "./node/forms/index.js" },
    types: "./bundler/forms/index.d.ts",
    default: "./bundler/forms/index.js",
  },
  // Plain <script type="module"> pages: with "ctxh/web", after `await init()`.
  "./web/forms": { types: "./web/forms/index.d.ts", default: "./web/forms/index.js" },
  "./forms.css": "./web/forms/ctxh-forms.css",
};

/** The gzip size of the kit's JavaScript (one copy). */
export function formKitGzip(pkg) {
  const dir = join(pkg, "web", "forms");
  const js = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const sum = (f) => js.reduce((n, name) => n + f(readFileSync(join(dir, name))), 0);
  return { files: js.length, gzip: sum((b) => gzipSync(b, { level: 9 }).length), raw: sum((b) => b.length) };
}
