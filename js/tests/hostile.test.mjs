// Hostile and odd inputs: whatever a page passes as a record or a field value, the package
// answers with a report (never throws, never traps), and never echoes what was typed.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const PKG_NODE = fileURLToPath(new URL("../../pkg/node/ctxh.js", import.meta.url));
const ctxh = createRequire(import.meta.url)(PKG_NODE);
const KINDS = { address: ctxh.validateAddress, staff: ctxh.validateStaff, facility: ctxh.validateFacility, case: ctxh.validateCase };
const OPTS = { asOf: "2026-01-15" };
const MARKER = "Zq7-hostile-marker-Xw9"; // must never appear in a report

function nested(depth, leaf, wrap) {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

/** Values a careless or malicious page might pass, by name (built lazily: some are big). */
const HOSTILE = {
  undefined: () => undefined,
  null: () => null,
  true: () => true,
  zero: () => 0,
  NaN: () => NaN,
  Infinity: () => -Infinity,
  "empty string": () => "",
  "a string": () => MARKER,
  "an array": () => [MARKER, 1, null],
  "a function": () => function f() {},
  "an arrow with properties": () => Object.assign(() => 1, { wardCode: MARKER }),
  "a symbol": () => Symbol(MARKER),
  "a BigInt": () => 12345678901234567890n,
  "BigInt and function fields": () => ({ wardCode: 1n, provinceCode() {}, street: Symbol("s"), fullName: 2n }),
  "a cycle": () => {
    const a = { street: MARKER };
    a.self = a;
    return a;
  },
  "a cycle through an array": () => {
    const a = [];
    a.push({ items: a });
    return { qualifications: a };
  },
  "a 5 MB string field": () => ({ street: MARKER + "x".repeat(5 * 1024 * 1024), fullName: MARKER.repeat(100_000) }),
  "a 100 000-element array": () => ({ qualifications: Array.from({ length: 100_000 }, () => ({ level: MARKER })) }),
  "arrays nested 100 000 deep": () => nested(100_000, [], (v) => [v]),
  "objects nested 1 000 deep": () => nested(1_000, { street: MARKER }, (v) => ({ street: v })),
  "objects nested 100 deep (under serde's limit)": () => nested(100, MARKER, (v) => ({ street: v })),
  "a Proxy that throws": () =>
    new Proxy({}, { ownKeys() { throw new Error(MARKER); }, get() { throw new Error(MARKER); } }),
  "a getter that throws": () => ({ get wardCode() { throw new Error(MARKER); } }),
  "toJSON that throws": () => ({ toJSON() { throw new Error(MARKER); } }),
  "toJSON returning undefined": () => ({ toJSON() { return undefined; } }),
  "__proto__ and constructor keys": () => JSON.parse(`{"__proto__": {"wardCode": "${MARKER}"}, "constructor": {"prototype": 1}}`),
  "a Date, a Map and a Set": () => ({ birthDate: new Date(0), provinceCode: new Map([[1, 2]]), wardCode: new Set([MARKER]) }),
  "typed arrays": () => ({ wardCode: new Uint8Array([1, 2, 3]), street: new Float64Array(4) }),
  "a lone surrogate": () => ({ street: `${MARKER}\ud800`, wardCode: "\udfff" }),
  "NUL and control characters": () => ({ street: `${MARKER}\u0000\u0001\u001f`, wardCode: "\u0000" }),
  "numbers at the edges": () => ({ provinceCode: Number.MAX_VALUE, wardCode: -0, districtCode: 1e-320, age: 2 ** 53 + 1 }),
  "wrong types everywhere": () => ({ codeSet: 2025, provinceCode: ["01"], wardCode: { code: "00004" }, street: true }),
  "a frozen object with a null prototype": () => Object.freeze(Object.assign(Object.create(null), { street: MARKER })),
};

function assertReport(report, what) {
  assert.equal(typeof report, "object", what);
  assert.notEqual(report, null, what);
  assert.deepEqual(Object.keys(report).sort(), ["issues", "valid"], what);
  assert.equal(typeof report.valid, "boolean", what);
  assert.ok(Array.isArray(report.issues), what);
  for (const issue of report.issues) {
    assert.deepEqual(Object.keys(issue).sort(), ["code", "message", "params", "path", "pathText", "severity"], what);
    assert.match(issue.code, /^[a-z][a-z0-9_]*$/, what);
    assert.ok(["error", "warning"].includes(issue.severity), what);
    assert.ok(typeof issue.message === "string" && issue.message.length > 0, what);
    assert.ok(Array.isArray(issue.path), what);
  }
  assert.equal(report.valid, !report.issues.some((i) => i.severity === "error"), `${what}: valid matches the errors`);
  const text = JSON.stringify(report);
  assert.ok(!text.includes(MARKER), `${what}: the report echoes an input value`);
  assert.ok(text.length < 1_000_000, `${what}: report of ${text.length} characters`);
}

describe("hostile records never throw", () => {
  for (const [kind, validate] of Object.entries(KINDS)) {
    test(`validate${kind[0].toUpperCase()}${kind.slice(1)}`, () => {
      for (const [what, make] of Object.entries(HOSTILE)) {
        let report;
        assert.doesNotThrow(() => (report = validate(make(), OPTS)), what);
        assertReport(report, `${kind}: ${what}`);
      }
    });
  }

  test("a record that is not an object is type_invalid at the root", () => {
    for (const what of ["undefined", "null", "true", "zero", "a string", "an array"]) {
      const report = ctxh.validateAddress(HOSTILE[what](), OPTS);
      assert.equal(report.valid, false, what);
      assert.deepEqual(report.issues.map((i) => [i.pathText, i.code]), [["", "type_invalid"]], what);
    }
  });

  test("a record with a cycle is json_invalid and one nested too deep is nesting_too_deep, not a crash", () => {
    const code = (what) => ctxh.validateAddress(HOSTILE[what](), OPTS).issues.map((i) => i.code);
    assert.deepEqual(code("a cycle"), ["json_invalid"]);
    assert.deepEqual(code("objects nested 1 000 deep"), ["nesting_too_deep"]);
    // 100,000 levels may be more than the host's JSON.stringify can write: then json_invalid.
    assert.ok(["nesting_too_deep", "json_invalid"].includes(code("arrays nested 100 000 deep").join()));
  });

  test("records over 1 MB are record_too_large; lists over 10,000 items are list_too_long", () => {
    assert.deepEqual(ctxh.validateAddress(HOSTILE["a 5 MB string field"](), OPTS).issues.map((i) => i.code), ["record_too_large"]);
    const list = ctxh.validateStaff({ certificates: Array.from({ length: 10_001 }, () => ({})) }, { ...OPTS, lang: "en" });
    const issue = list.issues.find((i) => i.code === "list_too_long");
    assert.equal(issue.pathText, "certificates");
    assert.equal(issue.params.maxItems, 10_000);
  });

  test("a giant text is refused before it is copied in: the module's memory stays small", () => {
    // In a fresh process, holding the module's instance to read its memory.
    const code = `
      import { createRequire } from "node:module";
      const Instance = WebAssembly.Instance;
      let instance;
      WebAssembly.Instance = function (m, i) { instance = new Instance(m, i); return instance; };
      const ctxh = createRequire(import.meta.url)(${JSON.stringify(PKG_NODE)});
      const opts = { asOf: "2026-01-15" };
      const giant = "x".repeat(50 * 1024 * 1024);
      const before = instance.exports.memory.buffer.byteLength;
      const codes = [
        JSON.parse(ctxh.validateJson("staff", '{"person":{"fullName":"' + giant + '"}}', opts)).issues,
        ctxh.validateStaff({ person: { fullName: giant } }, opts).issues,
        ctxh.validateField("staff", "person.fullName", giant, undefined, opts).issues,
        ctxh.nextSteps({ client: { person: { fullName: giant } } }, opts).blockers,
      ].map((issues) => issues.map((i) => i.code).join());
      console.log(JSON.stringify({ codes, growth: instance.exports.memory.buffer.byteLength - before }));`;
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { maxBuffer: 1 << 20 }).toString());
    assert.deepEqual(out.codes, ["record_too_large", "record_too_large", "record_too_large", "record_too_large"]);
    assert.ok(out.growth < 8 * 1024 * 1024, `wasm memory grew by ${out.growth} bytes`);
  });

  test("half of a surrogate pair is reported at its field, the rest of the record still checked", () => {
    const report = ctxh.validateAddress({ codeSet: "2025", provinceCode: "01", wardCode: 5, street: "12 \ud800 Phố" }, OPTS);
    const at = report.issues.map((i) => `${i.pathText} ${i.code}`);
    assert.deepEqual(at, ["street text_encoding_invalid", "wardCode type_invalid"]);
  });

  test("a field given twice keeps its first value and is reported", () => {
    const text = '{"codeSet":"2025","provinceCode":"01","wardCode":"00004","wardCode":"99999"}';
    const report = JSON.parse(ctxh.validateJson("address", text, OPTS));
    assert.deepEqual(report.issues.map((i) => `${i.pathText} ${i.code}`), ["wardCode duplicate_field"]);
  });

  test("a byte order mark before the text is ignored", () => {
    assert.equal(ctxh.validateJson("address", '\ufeff{"codeSet":"2025"}', OPTS), ctxh.validateJson("address", '{"codeSet":"2025"}', OPTS));
  });

  test("BigInt, function and symbol fields are reported, not dropped", () => {
    const report = ctxh.validateAddress({ codeSet: "2025", provinceCode: "01", wardCode: 1n, street() {} }, OPTS);
    const paths = report.issues.map((i) => i.pathText);
    assert.ok(paths.includes("wardCode"), JSON.stringify(paths));
    assert.ok(paths.includes("street"), JSON.stringify(paths));
    assert.equal(report.valid, false);
  });

  test("a BigInt or function deep in a list is reported at its path, and a Date reads as its JSON", () => {
    const staff = (number, startDate) => ({
      person: { fullName: "Vũ Thị An", identifiers: [{ kind: "cccd", number: "031177472317" }, { kind: "cccd", number }] },
      assignments: [{ startDate: "2002-09-01" }, { startDate }],
    });
    for (const odd of [31177472317n, () => "031177472317", Symbol("n")]) {
      const paths = ctxh.validateStaff(staff(odd, "2003-01-01"), OPTS).issues.map((i) => i.pathText);
      assert.ok(paths.includes("person.identifiers[1].number"), `${typeof odd}: ${JSON.stringify(paths)}`);
    }
    // toJSON (a Date's) is honoured exactly as JSON.stringify honours it, wherever it sits.
    const date = new Date(Date.UTC(2003, 0, 1));
    assert.deepEqual(
      ctxh.validateStaff(staff("031177472317", date), OPTS),
      ctxh.validateStaff(staff("031177472317", date.toJSON()), OPTS),
    );
  });
});

describe("hostile field checks never throw", () => {
  const PATHS = ["", ".", "..", "a..b", "[", "]", "[0]", "a[", "a[-1]", "a[1e3]", "a[99999999999999999999]", "__proto__",
    "constructor.prototype", "wardCode.x", "wardCode[0]", "x".repeat(100_000), "\u0000", "wardCode\ud800", " wardCode"];

  test("odd paths give field_path_invalid or unknown_field", () => {
    for (const [kind] of Object.entries(KINDS)) {
      for (const path of PATHS) {
        let report;
        assert.doesNotThrow(() => (report = ctxh.validateField(kind, path, MARKER, {}, OPTS)), `${kind} ${path.slice(0, 40)}`);
        assertReport(report, `${kind} path ${JSON.stringify(path.slice(0, 40))}`);
      }
    }
  });

  test("odd values and records at a real path", () => {
    for (const [what, make] of Object.entries(HOSTILE)) {
      let report;
      assert.doesNotThrow(() => (report = ctxh.validateField("address", "wardCode", make(), make(), OPTS)), what);
      assertReport(report, `field value ${what}`);
      const atField = report.issues.every((i) => i.pathText === "wardCode" || i.pathText.startsWith("wardCode"));
      // A record (or value) that cannot hold the field is reported once, at the root.
      const unusable = report.issues.length === 1 && report.issues[0].pathText === ""
        && ["type_invalid", "json_invalid", "nesting_too_deep", "record_too_large"].includes(report.issues[0].code);
      assert.ok(atField || unusable, `${what}: ${JSON.stringify(report.issues.map((i) => [i.pathText, i.code]))}`);
    }
  });

  test("a record that is not an object, or a value with a cycle, is reported, not ignored", () => {
    const codes = (r) => r.issues.map((i) => [i.pathText, i.code]);
    assert.deepEqual(codes(ctxh.validateField("address", "wardCode", "00004", [1, 2], OPTS)), [["", "type_invalid"]]);
    assert.deepEqual(codes(ctxh.validateField("address", "wardCode", "00004", "Ba Đình", OPTS)), [["", "type_invalid"]]);
    const cyclic = {}; cyclic.self = cyclic;
    assert.deepEqual(codes(ctxh.validateField("address", "wardCode", cyclic, {}, OPTS)), [["", "json_invalid"]]);
    assert.deepEqual(codes(ctxh.validateField("address", "wardCode", "00004", cyclic, OPTS)), [["", "json_invalid"]]);
    // undefined and null records still mean "no record".
    assert.deepEqual(codes(ctxh.validateField("address", "wardCode", 7, undefined, OPTS)), [["wardCode", "type_invalid"]]);
    assert.deepEqual(codes(ctxh.validateField("address", "wardCode", 7, null, OPTS)), [["wardCode", "type_invalid"]]);
  });
});

describe("hostile JSON text never throws", () => {
  const TEXTS = {
    empty: "",
    NUL: "\u0000",
    "half an object": '{"codeSet": "2025",',
    "a lone surrogate": '{"street": "\ud800"}',
    "an escaped lone surrogate": '{"street": "\\ud800"}',
    "a BOM": "\ufeff{}",
    "1e999": "1e999",
    "a huge number": `{"provinceCode": ${"9".repeat(10_000)}}`,
    "1 000 000 brackets": "[".repeat(1_000_000),
    "a 5 MB string": `{"street": "${"x".repeat(5 * 1024 * 1024)}"}`,
    "duplicate keys": '{"wardCode": "1", "wardCode": "2"}',
    "trailing garbage": "{} {}",
    "comments": '{/* x */ "wardCode": "00004"}',
    "NaN": '{"provinceCode": NaN}',
  };
  for (const kind of Object.keys(KINDS)) {
    test(`validateJson("${kind}", ...)`, () => {
      for (const [what, text] of Object.entries(TEXTS)) {
        let out;
        assert.doesNotThrow(() => (out = ctxh.validateJson(kind, text, OPTS)), what);
        assert.equal(typeof out, "string", what);
        assertReport(JSON.parse(out), `${kind} text ${what}`);
      }
    });
  }

  test("unreadable text is json_invalid with a line and column", () => {
    const report = JSON.parse(ctxh.validateJson("address", '{"codeSet": "2025",', { ...OPTS, lang: "en" }));
    assert.deepEqual(report.issues.map((i) => i.code), ["json_invalid"]);
    assert.equal(typeof report.issues[0].params.line, "number");
    assert.equal(typeof report.issues[0].params.column, "number");
  });
});

describe("misused arguments", () => {
  // Not data but programming errors: they may throw, but must leave the module usable.
  test("non-string kind, path, text or list throw and the module still works", () => {
    const before = JSON.stringify(ctxh.validateAddress({}, OPTS));
    const misuses = [
      () => ctxh.validateJson(5, "{}", OPTS),
      () => ctxh.validateJson("address", 5, OPTS),
      () => ctxh.validateJson("address", undefined, OPTS),
      () => ctxh.validateField(undefined, "wardCode", 1, {}, OPTS),
      () => ctxh.validateField("address", undefined, 1, {}, OPTS),
      () => ctxh.validateField("address", { toString: () => "wardCode" }, 1, {}, OPTS),
      () => ctxh.enumLabels(undefined),
      () => ctxh.enumLabels(Symbol("codeSet")),
    ];
    for (const misuse of misuses) {
      try {
        misuse();
      } catch (e) {
        assert.ok(e instanceof Error, `threw a non-Error: ${String(e)}`);
      }
      assert.equal(JSON.stringify(ctxh.validateAddress({}, OPTS)), before, `module broken after ${misuse}`);
      assert.equal(ctxh.version().wasm, true);
    }
  });
});
