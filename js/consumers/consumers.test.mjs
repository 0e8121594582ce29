// Consumers: the package as users get it. `npm pack`s pkg/, installs the tarball by name into
// js/consumers/.work/ (git-ignored; dev tools still resolve from the repo's node_modules), then
// uses it from Node ESM, Node CJS, a Vite app and a webpack 5 app (built, then loaded in
// Chromium), a plain <script type="module"> page and a module Web Worker (no bundler), and
// TypeScript (tsc --noEmit on a usage file; files that must not compile must fail).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/serve.mjs";
import { launchChromium, openWatched } from "../lib/browser.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));
const work = join(here, ".work");
const cargoVersion = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];

/** Runs a command, returning stdout; on failure the error carries stdout and stderr. */
function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed (exit ${e.status}):\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}
const npm = (args, cwd) => run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], cwd);
const tool = (pkg, bin) => join(root, "node_modules", pkg, bin);

describe("the packed npm package", { timeout: 600_000 }, () => {
  let packed;

  before(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    [packed] = JSON.parse(npm(["pack", join(root, "pkg"), "--pack-destination", work, "--json"], work));
    writeFileSync(
      join(work, "package.json"),
      JSON.stringify({ name: "ctxh-consumers", private: true, type: "module", dependencies: { ctxh: `file:./${packed.filename}` } }, null, 2),
    );
    npm(["install", "--offline", "--no-package-lock"], work);
    for (const f of ["node-esm.mjs", "node-cjs.cjs", "vite", "webpack", "browser", "ts"]) {
      cpSync(join(here, f), join(work, f), { recursive: true, filter: (src) => !/(dist|node_modules)$/.test(src) });
    }
  });

  test("the tarball holds the three builds of both entries, types, schemas, README, CHANGELOG and LICENSE, and nothing else", () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const target of ["web", "bundler", "node", "full/web", "full/bundler", "full/node"]) {
      for (const f of ["ctxh.js", "ctxh.d.ts", "ctxh_bg.wasm", "package.json"]) {
        assert.ok(files.includes(`${target}/${f}`), `${target}/${f} is packed`);
      }
    }
    const kinds = readdirSync(join(root, "pkg", "schemas", "en"));
    assert.ok(kinds.length >= 4 && kinds.includes("staff.schema.json"), kinds.join(" "));
    for (const kind of kinds) {
      for (const lang of ["vi", "en"]) assert.ok(files.includes(`schemas/${lang}/${kind}`), `${lang}/${kind}`);
    }
    for (const f of ["package.json", "README.md", "CHANGELOG.md", "LICENSE", "ctxh_legacy.bin"]) assert.ok(files.includes(f), f);
    for (const target of ["web", "bundler", "node"]) {
      for (const f of ["index.js", "index.d.ts", "ctxh-forms.css", "package.json"]) assert.ok(files.includes(`${target}/forms/${f}`), `${target}/forms/${f}`);
    }
    assert.ok(!files.some((f) => f.endsWith(".gitignore") || f.endsWith(".log") || f === "sizes.json"), files.join(" "));
    assert.equal(packed.name, "ctxh");
    assert.equal(packed.version, cargoVersion);
  });

  const checkNodeOutput = (stdout) => {
    const { version, report, indicators, rows, mainHasCollections, fromForm, fromFormValid } = JSON.parse(stdout);
    if (fromForm) {
      assert.deepEqual(fromForm, { wardCode: "00004", provinceCode: "01", codeSet: "2025" });
      assert.equal(fromFormValid, true);
    }
    assert.equal(version.crateVersion, cargoVersion);
    assert.ok(indicators > 10, "ctxh/full computed the indicators");
    assert.equal(rows, 2, "ctxh/full checked a batch");
    assert.equal(mainHasCollections, false, "the main entry has no batch or indicator functions");
    assert.equal(version.wasm, true);
    assert.equal(report.valid, false);
    assert.ok(report.issues.some((i) => i.code === "required" && i.pathText === "wardCode"), stdout);
    assert.ok(report.issues.every((i) => /^[\x20-\x7e]+$/.test(i.message)), "English messages");
  };

  test("Node ESM: import { validateAddress } from \"ctxh\", { computeIndicators, validateBatch } from \"ctxh/full\"", () => {
    checkNodeOutput(run(process.execPath, ["node-esm.mjs"], work));
  });

  test("Node CJS: require(\"ctxh\"), require(\"ctxh/full\")", () => {
    checkNodeOutput(run(process.execPath, ["node-cjs.cjs"], work));
  });

  test("the exports map resolves each entry in Node", () => {
    const script = `
      const r = (s, c) => require.resolve(s, c);
      console.log(JSON.stringify([r("ctxh"), r("ctxh/web"), r("ctxh/package.json"), r("ctxh/web/ctxh_bg.wasm"), r("ctxh/forms"), r("ctxh/web/forms"), r("ctxh/forms.css"),
        r("ctxh/full"), r("ctxh/full/web"), r("ctxh/full/web/ctxh_bg.wasm")]));`;
    const [main, web, pkgJson, wasm, forms, webForms, css, full, fullWeb, fullWasm] = JSON.parse(run(process.execPath, ["-e", script], work));
    assert.match(forms, /node_modules\/ctxh\/node\/forms\/index\.js$/);
    assert.match(webForms, /node_modules\/ctxh\/web\/forms\/index\.js$/);
    assert.match(css, /node_modules\/ctxh\/web\/forms\/ctxh-forms\.css$/);
    assert.match(full, /node_modules\/ctxh\/full\/node\/ctxh\.js$/);
    assert.match(fullWeb, /node_modules\/ctxh\/full\/web\/ctxh\.js$/);
    assert.match(fullWasm, /node_modules\/ctxh\/full\/web\/ctxh_bg\.wasm$/);
    assert.match(main, /node_modules\/ctxh\/node\/ctxh\.js$/);
    assert.match(web, /node_modules\/ctxh\/web\/ctxh\.js$/);
    assert.match(pkgJson, /node_modules\/ctxh\/package\.json$/);
    assert.match(wasm, /node_modules\/ctxh\/web\/ctxh_bg\.wasm$/);
    assert.throws(() => run(process.execPath, ["-e", 'require.resolve("ctxh/node/ctxh_bg.wasm")'], work), /ERR_PACKAGE_PATH_NOT_EXPORTED/);
    const schema = JSON.parse(run(process.execPath, ["-e", 'console.log(JSON.stringify(require("ctxh/schemas/en/staff.schema.json")))'], work));
    assert.equal(schema.$id, "urn:ctxh:schema:en:staff");
  });

  test("no `any` in the published declarations", () => {
    const dts = packed.files.map((f) => f.path).filter((f) => f.endsWith(".d.ts"));
    assert.ok(dts.length >= 3, dts.join(" "));
    for (const f of dts) {
      const code = readFileSync(join(work, "node_modules", "ctxh", f), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      const anys = code.split("\n").filter((line) => /\bany\b/.test(line));
      assert.deepEqual(anys, [], `${f} declares any`);
    }
  });

  test("TypeScript (strict, moduleResolution bundler): tsc --noEmit", () => {
    run(process.execPath, [tool("typescript", "bin/tsc"), "-p", "ts/tsconfig.bundler.json"], work);
  });

  test("TypeScript (strict, moduleResolution nodenext): tsc --noEmit", () => {
    run(process.execPath, [tool("typescript", "bin/tsc"), "-p", "ts/tsconfig.node.json"], work);
  });

  // Each file of ts/negative/ must fail tsc with the error its first line names.
  const negatives = readdirSync(join(here, "ts", "negative")).filter((f) => f.endsWith(".ts")).sort();
  test("there are negative compile tests", () => assert.ok(negatives.length >= 3, negatives.join(" ")));
  for (const file of negatives) {
    test(`TypeScript: ts/negative/${file} fails tsc as it should`, () => {
      const expected = readFileSync(join(here, "ts", "negative", file), "utf8").match(/\((TS\d+)/)?.[1];
      assert.ok(expected, `${file}: its first line names the expected error, e.g. (TS2353)`);
      const config = join(work, "ts", `tsconfig.${basename(file, ".ts")}.json`);
      writeFileSync(config, JSON.stringify({ extends: "./tsconfig.bundler.json", files: [`negative/${file}`] }));
      let output = null;
      try {
        run(process.execPath, [tool("typescript", "bin/tsc"), "-p", config], work);
      } catch (e) {
        output = e.message;
      }
      assert.notEqual(output, null, `tsc compiled ts/negative/${file}`);
      assert.match(output, new RegExp(`error ${expected}:`), output);
      assert.equal(output.match(/error TS\d+/g)?.length, 1, `exactly one error:\n${output}`);
    });
  }

  describe("in Chromium under the strict CSP", () => {
    const servers = [];
    let browser;
    after(async () => {
      await browser?.close();
      for (const server of servers) await server.close();
    });

    /** Serves `mounts`, opens `page` and checks the values the page computed with the wasm. */
    async function checkPage(mounts, page = "") {
      const server = await startServer({ port: 0, mounts });
      servers.push(server);
      browser ??= await launchChromium();
      const opened = await openWatched(browser.context, server.url + page);
      await opened.page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      assert.equal(await opened.page.textContent('[data-testid="version"]'), cargoVersion);
      assert.match(await opened.page.textContent('[data-testid="codes"]'), /wardCode:required/);
      // loadLegacy() fetched ctxh_legacy.bin where the bundler or the page serves it.
      assert.equal(await opened.page.textContent('[data-testid="codeSets"]'), "2025,legacy");
      // The form kit ("ctxh/forms" in bundlers, "ctxh/web/forms" in plain pages) on the same
      // wasm instance as the core entry: it validated the page's form.
      const formCodes = opened.page.locator('[data-testid="formCodes"]');
      if (await formCodes.count()) assert.match(await formCodes.textContent(), /wardCode:code_format_invalid/);
      assert.deepEqual(await opened.cspViolations(), []);
      assert.deepEqual(opened.problems, []);
      await opened.page.close();
    }

    test("vite build bundles the package and its .wasm", () => {
      run(process.execPath, [tool("vite", "bin/vite.js"), "build"], join(work, "vite"));
      const assets = readdirSync(join(work, "vite", "dist", "assets"));
      assert.ok(assets.some((f) => f.endsWith(".wasm")), `no .wasm among ${assets.join(", ")}`);
    });

    test("the Vite app renders values computed by wasm", async () => {
      assert.ok(existsSync(join(work, "vite", "dist", "index.html")), "vite build ran");
      await checkPage({ "/": join(work, "vite", "dist") });
    });

    test("webpack 5 (asyncWebAssembly) bundles the package and its .wasm", async () => {
      const { default: webpack } = await import("webpack");
      const { default: config } = await import(join(work, "webpack", "webpack.config.mjs"));
      const stats = await new Promise((resolve, reject) =>
        webpack(config, (err, result) => (err ? reject(err) : resolve(result))),
      );
      assert.ok(!stats.hasErrors(), stats.toString({ all: false, errors: true }));
      assert.ok(!stats.hasWarnings(), stats.toString({ all: false, warnings: true }));
      const dist = join(work, "webpack", "dist");
      assert.ok(readdirSync(dist).some((f) => f.endsWith(".wasm")), readdirSync(dist).join(", "));
      for (const f of ["index.html", "favicon.svg"]) cpSync(join(work, "webpack", f), join(dist, f));
    });

    test("the webpack app renders values computed by wasm", async () => {
      assert.ok(existsSync(join(work, "webpack", "dist", "main.js")), "webpack ran");
      await checkPage({ "/": join(work, "webpack", "dist") });
    });

    const plainMounts = () => ({ "/": join(work, "browser"), "/ctxh/": join(work, "node_modules", "ctxh") });

    test("a plain <script type=\"module\"> page (ctxh/web, no bundler)", async () => {
      await checkPage(plainMounts());
    });

    test("a module Web Worker (ctxh/web, no bundler)", async () => {
      await checkPage(plainMounts(), "worker.html");
    });
  });
});
