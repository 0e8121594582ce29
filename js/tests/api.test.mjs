// The wasm package's small API in Node: version(), enumLabels(), option errors, and the two
// ways other test files load the Node build.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ctxhDefault, { validateAddress as namedValidateAddress } from "../../pkg/node/ctxh.js";

const require = createRequire(import.meta.url);
const ctxh = require("../../pkg/node/ctxh.js");
const cargoVersion = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = "([^"]+)"/m)[1];
const FUNCTIONS = ["version", "enumLabels", "validate", "validateAddress", "validateStaff", "validateFacility", "validateCase", "validateField", "validateJson"];

describe("loading the Node build", () => {
  test("require, default import and named import give the same module", () => {
    assert.equal(ctxhDefault, ctxh);
    assert.equal(namedValidateAddress, ctxh.validateAddress);
    for (const name of FUNCTIONS) assert.equal(typeof ctxh[name], "function", name);
  });

  test("pkg/package.json names the package ctxh with the crate version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../pkg/package.json", import.meta.url), "utf8"));
    assert.equal(pkg.name, "ctxh");
    assert.equal(pkg.version, cargoVersion);
    assert.ok(pkg.exports["."] && pkg.exports["./web"], "exports map has . and ./web");
  });
});

describe("version()", () => {
  test("reports the crate version, a ruleset version and the code sets", () => {
    const info = ctxh.version();
    assert.deepEqual(Object.keys(info).sort(), ["codeSets", "crateVersion", "rulesetVersion", "wasm"]);
    assert.equal(info.crateVersion, cargoVersion);
    assert.match(info.rulesetVersion, /^\d{4}\.\d+\.\d+$/);
    assert.ok(info.codeSets.includes("2025"), "the 2025 units are always embedded");
    for (const set of info.codeSets) assert.ok(["2025", "legacy"].includes(set), set);
    assert.equal(info.wasm, true);
  });

  test("returns a fresh plain object each time", () => {
    const a = ctxh.version();
    a.crateVersion = "changed";
    assert.equal(ctxh.version().crateVersion, cargoVersion);
    assert.equal(Object.getPrototypeOf(ctxh.version()), Object.prototype);
  });
});

describe("enumLabels()", () => {
  const knownLists = () => {
    try {
      ctxh.enumLabels("no-such-list");
    } catch (e) {
      return e.message.match(/known: ([^)]*)/)[1].split(", ");
    }
    assert.fail("an unknown list must throw");
  };

  test("codeSet lists 2025 and legacy, Vietnamese by default", () => {
    const vi = ctxh.enumLabels("codeSet");
    assert.deepEqual(vi.map((x) => x.value), ["2025", "legacy"]);
    assert.deepEqual(ctxh.enumLabels("codeSet", { lang: "vi" }), vi);
    assert.match(vi[0].label, /đơn vị hành chính/i);
    const en = ctxh.enumLabels("codeSet", { lang: "en" });
    assert.deepEqual(en.map((x) => x.value), ["2025", "legacy"]);
    assert.notDeepEqual(en.map((x) => x.label), vi.map((x) => x.label));
  });

  test("every known list has values and labels in both languages", () => {
    const lists = knownLists();
    assert.ok(lists.includes("codeSet"));
    for (const list of lists) {
      for (const lang of ["vi", "en"]) {
        const labels = ctxh.enumLabels(list, { lang });
        assert.ok(labels.length > 0, `${list} is empty`);
        for (const { value, label, ...rest } of labels) {
          assert.equal(typeof value, "string");
          assert.ok(typeof label === "string" && label.length > 0, `${list}.${value} (${lang}) has no label`);
          assert.deepEqual(rest, {});
        }
        assert.equal(new Set(labels.map((l) => l.value)).size, labels.length, `${list} has duplicate values`);
      }
    }
  });

  test("an unknown list throws a RangeError naming the known lists", () => {
    assert.throws(() => ctxh.enumLabels("nope"), (e) => e instanceof RangeError && /known: .*codeSet/.test(e.message));
    assert.throws(() => ctxh.enumLabels(""), RangeError);
    assert.throws(() => ctxh.enumLabels("CODESET"), RangeError);
  });

  test("bad options throw a RangeError", () => {
    assert.throws(() => ctxh.enumLabels("codeSet", { lang: "fr" }), RangeError);
  });
});

describe("options", () => {
  const calls = {
    validateAddress: (o) => ctxh.validateAddress({}, o),
    validateStaff: (o) => ctxh.validateStaff({}, o),
    validateFacility: (o) => ctxh.validateFacility({}, o),
    validateCase: (o) => ctxh.validateCase({}, o),
    validateField: (o) => ctxh.validateField("address", "wardCode", "00004", {}, o),
    validateJson: (o) => ctxh.validateJson("address", "{}", o),
    enumLabels: (o) => ctxh.enumLabels("codeSet", o),
  };
  const BAD = {
    'lang "fr"': { lang: "fr" },
    "lang not a string": { lang: 1 },
    "unknown option key": { language: "vi" },
    'mode "final"': { mode: "final" },
    "asOf not a date": { asOf: "2026-02-30" },
    "asOf in another format": { asOf: "15/01/2026" },
    "a number": 5,
    "a string": "vi",
    "an array": [],
    "a function inside": { lang: () => "vi" },
  };

  for (const [name, call] of Object.entries(calls)) {
    test(`${name}: unusable options throw a RangeError`, () => {
      for (const [what, opts] of Object.entries(BAD)) {
        assert.throws(() => call(opts), RangeError, what);
      }
    });
    test(`${name}: undefined, null and {} mean the defaults`, () => {
      const base = JSON.stringify(call(undefined));
      assert.equal(JSON.stringify(call(null)), base);
      assert.equal(JSON.stringify(call({})), base);
    });
  }

  test("lang selects the message language", () => {
    const vi = ctxh.validateAddress({}, { lang: "vi" });
    const en = ctxh.validateAddress({}, { lang: "en" });
    assert.deepEqual(vi.issues.map((i) => i.code), en.issues.map((i) => i.code));
    assert.notDeepEqual(vi.issues.map((i) => i.message), en.issues.map((i) => i.message));
    assert.deepEqual(ctxh.validateAddress({}), vi, "Vietnamese is the default");
  });

  test("draft mode turns missing required fields into warnings", () => {
    const submit = ctxh.validateAddress({}, { mode: "submit" });
    const draft = ctxh.validateAddress({}, { mode: "draft" });
    assert.equal(submit.valid, false);
    assert.ok(submit.issues.some((i) => i.code === "required" && i.severity === "error"));
    assert.equal(draft.valid, true);
    assert.ok(draft.issues.every((i) => i.code !== "required" || i.severity === "warning"));
  });

  test("an unknown record kind throws a RangeError naming the registry's kinds", () => {
    const names = /kind must be "staff", "facility", "case".* "address"/;
    assert.throws(() => ctxh.validateJson("person", "{}"), (e) => e instanceof RangeError && names.test(e.message));
    assert.throws(() => ctxh.validateField("Staff", "fullName", "x"), RangeError);
    assert.throws(() => ctxh.validate("staffs", {}), (e) => e instanceof RangeError && names.test(e.message));
    assert.throws(() => ctxh.validate(7, {}), TypeError);
  });

  test("validate(kind, record) gives the kind's own report", () => {
    const record = { codeSet: "2025", provinceCode: "01", wardCode: "99999" };
    const opts = { lang: "en", asOf: "2026-01-01" };
    assert.deepEqual(ctxh.validate("address", record, opts), ctxh.validateAddress(record, opts));
    assert.deepEqual(ctxh.validate("staff", {}, opts), ctxh.validateStaff({}, opts));
    assert.equal(ctxh.validate("address", record, opts).valid, false);
  });
});
