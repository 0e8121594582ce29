// Consumers: the package as users get it. `npm pack`s pkg/, installs the tarball by name into
// js/consumers/.work/ (git-ignored; dev tools still resolve from the repo's node_modules), then
// uses it from Node ESM, Node CJS, a Vite app (built, then loaded in Chromium) and TypeScript.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
    for (const f of ["node-esm.mjs", "node-cjs.cjs", "vite", "ts"]) {
      cpSync(join(here, f), join(work, f), { recursive: true, filter: (src) => !/(dist|node_modules)$/.test(src) });
    }
  });

  test("the tarball holds the three builds, types, README and LICENSE, and nothing else", () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const target of ["web", "bundler", "node"]) {
      for (const f of ["ctxh.js", "ctxh.d.ts", "ctxh_bg.wasm", "package.json"]) {
        assert.ok(files.includes(`${target}/${f}`), `${target}/${f} is packed`);
      }
    }
    for (const f of ["package.json", "README.md", "LICENSE"]) assert.ok(files.includes(f), f);
    assert.ok(!files.some((f) => f.endsWith(".gitignore") || f.endsWith(".log") || f === "sizes.json"), files.join(" "));
    assert.equal(packed.name, "ctxh");
    assert.equal(packed.version, cargoVersion);
  });

  const checkNodeOutput = (stdout) => {
    const { version, report } = JSON.parse(stdout);
    assert.equal(version.crateVersion, cargoVersion);
    assert.equal(version.wasm, true);
    assert.equal(report.valid, false);
    assert.ok(report.issues.some((i) => i.code === "required" && i.pathText === "wardCode"), stdout);
    assert.ok(report.issues.every((i) => /^[\x20-\x7e]+$/.test(i.message)), "English messages");
  };

  test("Node ESM: import { validateAddress } from \"ctxh\"", () => {
    checkNodeOutput(run(process.execPath, ["node-esm.mjs"], work));
  });

  test("Node CJS: require(\"ctxh\")", () => {
    checkNodeOutput(run(process.execPath, ["node-cjs.cjs"], work));
  });

  test("the exports map resolves each entry in Node", () => {
    const script = `
      const r = (s, c) => require.resolve(s, c);
      console.log(JSON.stringify([r("ctxh"), r("ctxh/web"), r("ctxh/package.json"), r("ctxh/web/ctxh_bg.wasm")]));`;
    const [main, web, pkgJson, wasm] = JSON.parse(run(process.execPath, ["-e", script], work));
    assert.match(main, /node_modules\/ctxh\/node\/ctxh\.js$/);
    assert.match(web, /node_modules\/ctxh\/web\/ctxh\.js$/);
    assert.match(pkgJson, /node_modules\/ctxh\/package\.json$/);
    assert.match(wasm, /node_modules\/ctxh\/web\/ctxh_bg\.wasm$/);
    assert.throws(() => run(process.execPath, ["-e", 'require.resolve("ctxh/node/ctxh_bg.wasm")'], work), /ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  test("TypeScript (strict, moduleResolution bundler): tsc --noEmit", () => {
    run(process.execPath, [tool("typescript", "bin/tsc"), "-p", "ts/tsconfig.bundler.json"], work);
  });

  test("TypeScript (strict, moduleResolution nodenext): tsc --noEmit", () => {
    run(process.execPath, [tool("typescript", "bin/tsc"), "-p", "ts/tsconfig.node.json"], work);
  });

  describe("Vite app (bundler target)", () => {
    let server, browser;
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test("vite build bundles the package and its .wasm", () => {
      run(process.execPath, [tool("vite", "bin/vite.js"), "build"], join(work, "vite"));
      const assets = readdirSync(join(work, "vite", "dist", "assets"));
      assert.ok(assets.some((f) => f.endsWith(".wasm")), `no .wasm among ${assets.join(", ")}`);
    });

    test("the built app renders values computed by wasm in Chromium under the strict CSP", async () => {
      assert.ok(existsSync(join(work, "vite", "dist", "index.html")), "vite build ran");
      server = await startServer({ port: 0, mounts: { "/": join(work, "vite", "dist") } });
      browser = await launchChromium();
      const { page, problems, cspViolations } = await openWatched(browser.context, server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      assert.equal(await page.textContent('[data-testid="version"]'), cargoVersion);
      assert.match(await page.textContent('[data-testid="codes"]'), /wardCode:required/);
      assert.deepEqual(await cspViolations(), []);
      assert.deepEqual(problems, []);
    });
  });
});
