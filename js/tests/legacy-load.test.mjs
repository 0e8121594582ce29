// The legacy units as a separately loaded file (ctxh_legacy.bin, loadLegacy()), through the web
// build run in Node: before loading, the 2025 units work and legacy questions answer
// "unavailable"; a wrong or damaged file is refused without changing anything; after loading,
// both code sets answer synchronously. (The Node build reads the file at once: the other tests.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = (p) => fileURLToPath(new URL(`../../pkg/${p}`, import.meta.url));
const web = await import(pkg("web/ctxh.js"));
web.initSync({ module: readFileSync(pkg("web/ctxh_bg.wasm")) });
const file = readFileSync(pkg("ctxh_legacy.bin"));
const legacyAddress = { codeSet: "legacy", provinceCode: "79", districtCode: "760", wardCode: "26740" };

test("before loadLegacy: 2025 works, legacy answers unavailable", () => {
  assert.deepEqual(web.version().codeSets, ["2025"]);
  assert.equal(web.validateAddress({ codeSet: "2025", provinceCode: "01", wardCode: "00004" }).valid, true);
  assert.equal(web.convertLegacyWard("26740").status, "code-set-unavailable");
  assert.deepEqual(web.provinces("legacy"), []);
  const report = web.validateAddress(legacyAddress, { lang: "en" });
  assert.deepEqual(report.issues.map((i) => i.code), ["code_set_unavailable"]);
  assert.match(report.issues[0].message, /loadLegacy/);
});

test("a wrong or damaged file is refused and changes nothing", async () => {
  const damaged = Uint8Array.from(file);
  damaged[damaged.length - 1] ^= 1;
  for (const bad of [damaged, file.subarray(0, 100), new Uint8Array(0), "ctxh_legacy.bin", null, 42]) {
    assert.equal(web.loadLegacyUnits(bad), false);
  }
  await assert.rejects(web.loadLegacy(damaged), /not the legacy units file/);
  assert.deepEqual(web.version().codeSets, ["2025"]);
});

test("after loadLegacy(bytes): both code sets, synchronously", async () => {
  await web.loadLegacy(new Uint8Array(file));
  assert.deepEqual(web.version().codeSets, ["2025", "legacy"]);
  assert.equal(web.provinces("legacy").length, 63);
  const c = web.convertLegacyWard("26740");
  assert.equal(c.status, "whole");
  assert.equal(c.candidates[0].name, "Phường Sài Gòn");
  assert.equal(web.validateAddress(legacyAddress).valid, true);
  assert.equal(web.loadLegacyUnits(new Uint8Array(0)), true, "already loaded: true");
  await web.loadLegacy("no-such-url"); // already loaded: resolves without fetching
});

test("the Node build has both code sets at once", async () => {
  const { createRequire } = await import("node:module");
  const node = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
  assert.deepEqual(node.version().codeSets, ["2025", "legacy"]);
  await node.loadLegacy();
});
