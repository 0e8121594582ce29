// Options a page passes: whatever their shape, depth or behaviour, the module answers with a
// RangeError naming the problem (documented in the README) and keeps working. Options are read
// one level deep in JavaScript, so nesting, throwing getters and Proxy traps never reach it.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");

/** Every export that takes options, called with `opts`. */
const WITH_OPTIONS = {
  validateStaff: (o) => ctxh.validateStaff({}, o),
  validate: (o) => ctxh.validate("facility", {}, o),
  validateField: (o) => ctxh.validateField("staff", "person.fullName", "Nguyễn Văn A", undefined, o),
  validateJson: (o) => ctxh.validateJson("address", "{}", o),
  enumLabels: (o) => ctxh.enumLabels("codeSet", o),
  nextSteps: (o) => ctxh.nextSteps({}, o),
};

function nest(depth, wrap) {
  let v = "vi";
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

/** The module still answers an ordinary call. */
function stillWorks() {
  const r = ctxh.validateAddress({ codeSet: "2025", provinceCode: "01", wardCode: "00004" }, { lang: "en", asOf: "2026-01-01" });
  assert.equal(r.valid, true);
}

const rangeError = (pattern) => (e) => e instanceof RangeError && pattern.test(e.message);

describe("deeply nested options", () => {
  for (const [what, wrap] of [
    ["objects", (v) => ({ lang: v })],
    ["arrays", (v) => [v]],
  ]) {
    test(`100,000 nested ${what} under lang, and as the options themselves, are refused and the module lives`, () => {
      const deep = nest(100_000, wrap);
      for (const [name, call] of Object.entries(WITH_OPTIONS)) {
        assert.throws(() => call({ lang: deep }), rangeError(/^ctxh: options\.lang must be "vi" or "en"$/), name);
        assert.throws(() => call(deep), RangeError, name);
      }
      stillWorks();
    });
  }
});

describe("options that throw when read", () => {
  const unreadable = rangeError(/^ctxh: options could not be read/);
  const throwingGetter = () => ({
    get lang() {
      throw new Error("page error");
    },
  });
  const throwingKeys = () =>
    new Proxy({}, {
      ownKeys() {
        throw new Error("page error");
      },
    });
  const throwingGet = () =>
    new Proxy({ lang: "vi" }, {
      get() {
        throw new TypeError("page error");
      },
    });

  test("10,000 calls with throwing getters and Proxies each throw ctxh's RangeError, then an ordinary call works", () => {
    const makers = [throwingGetter, throwingKeys, throwingGet];
    const calls = Object.values(WITH_OPTIONS);
    for (let i = 0; i < 10_000; i++) {
      const call = calls[i % calls.length];
      assert.throws(() => call(makers[i % makers.length]()), unreadable);
    }
    stillWorks();
  });
});

describe("options values and keys", () => {
  test("lang accepts exactly what the types say", () => {
    assert.equal(ctxh.validateAddress({}, { lang: "en" }).issues[0].message, "This field is required.");
    assert.equal(ctxh.validateAddress({}, { lang: "vi" }).issues[0].message, "Thông tin bắt buộc.");
    for (const lang of ["vi-VN", "en-US", "vi_VN", "en-x-anything", "EN", "fr", ""]) {
      assert.throws(() => ctxh.validateAddress({}, { lang }), rangeError(/options\.lang must be "vi" or "en"/), lang);
    }
  });

  test("a value of another type, an unknown key or a prototype key is refused by name", () => {
    assert.throws(() => ctxh.validateAddress({}, { mode: 1 }), rangeError(/options\.mode/));
    assert.throws(() => ctxh.validateAddress({}, { asOf: new Date() }), rangeError(/options\.asOf/));
    assert.throws(() => ctxh.validateAddress({}, { language: "en" }), rangeError(/unknown option/));
    assert.throws(() => ctxh.validateAddress({}, JSON.parse('{"__proto__": {"lang": "en"}}')), rangeError(/unknown option/));
    assert.throws(() => ctxh.validateAddress({}, "en"), rangeError(/options must be a plain object/));
    assert.throws(() => ctxh.validateAddress({}, () => 1), rangeError(/options must be a plain object/));
    stillWorks();
  });

  test("undefined and null values mean the default, and options are not changed", () => {
    const opts = Object.freeze({ lang: undefined, mode: null, asOf: "2026-01-01" });
    assert.equal(ctxh.validateAddress({}, opts).valid, false);
    assert.deepEqual(opts, { lang: undefined, mode: null, asOf: "2026-01-01" });
  });

  test("inherited properties are not options", () => {
    const opts = Object.create({ lang: "en" });
    assert.equal(ctxh.validateAddress({}, opts).issues[0].message, "Thông tin bắt buộc.");
  });
});

describe("options read again at every call", () => {
  test("the same options object changed between calls gives each call its own options", () => {
    const record = { codeSet: "2025", provinceCode: "01", wardCode: "99999" };
    const opts = { lang: "vi", asOf: "2026-01-01" };
    const vi = ctxh.validateAddress(record, opts).issues[0].message;
    opts.lang = "en";
    const en = ctxh.validateAddress(record, opts).issues[0].message;
    assert.notEqual(vi, en);
    assert.equal(en, ctxh.validateAddress(record, { lang: "en", asOf: "2026-01-01" }).issues[0].message);
    opts.lang = "fr";
    assert.throws(() => ctxh.validateAddress(record, opts), RangeError);
    opts.lang = "vi";
    assert.equal(ctxh.validateAddress(record, opts).issues[0].message, vi);
    // An asOf that puts a birth date in the future, then one that does not.
    const staff = { person: { fullName: "Lò Văn Páo", birthDate: "2026-06-01" } };
    const codes = (o) => ctxh.validateStaff(staff, o).issues.filter((i) => i.pathText === "person.birthDate").map((i) => i.code);
    const when = { asOf: "2026-01-01" };
    assert.deepEqual(codes(when), ["date_in_future"]);
    when.asOf = "2026-12-01";
    assert.deepEqual(codes(when), []);
  });
});
