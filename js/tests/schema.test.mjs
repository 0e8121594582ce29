// JSON Schema (schema(kind) and pkg/schemas/) against ctxh itself: ajv (draft 2020-12, strict
// mode, with ajv-formats) compiles every schema, and never rejects a record ctxh accepts: over
// every test vector, and over variants of the accepted vectors with one value replaced by an
// edge case (empty, too long, negative, fractional, wrong type, dates without seconds...).
// The schema may be looser than ctxh (required fields, cross-field rules, reference tables),
// never stricter.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { vectorFiles } from "../lib/vectors.mjs";

const ctxh = createRequire(import.meta.url)("../../pkg/node/ctxh.js");
// Every record kind of the registry: scripts/build writes one schema file per kind.
const KINDS = readdirSync(fileURLToPath(new URL("../../pkg/schemas/en", import.meta.url)))
  .map((f) => f.replace(/\.schema\.json$/, ""))
  .sort();
const LANGS = ["vi", "en"];

function compile(schema) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validators = Object.fromEntries(KINDS.map((k) => [k, compile(ctxh.schema(k, { lang: "en" }))]));

/** Whether ctxh reports an error for `record` of `kind`. */
const ctxhRejects = (kind, record, options) => !ctxh.validate(kind, record, options).valid;

/** The ajv errors when ajv rejects a record ctxh accepts, else null. */
function stricterThanCtxh(kind, record, options) {
  const validate = validators[kind];
  if (validate(record) || ctxhRejects(kind, record, options)) return null;
  return JSON.stringify(validate.errors.slice(0, 3));
}

describe("JSON Schema", () => {
  for (const kind of KINDS) {
    for (const lang of LANGS) {
      test(`${kind} (${lang}): ajv 2020 strict compiles it; pkg/schemas holds the same`, () => {
        const schema = ctxh.schema(kind, { lang });
        assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
        assert.equal(schema.$id, `urn:ctxh:schema:${lang}:${kind}`);
        assert.equal(typeof compile(schema), "function");
        const file = fileURLToPath(new URL(`../../pkg/schemas/${lang}/${kind}.schema.json`, import.meta.url));
        assert.deepEqual(JSON.parse(readFileSync(file, "utf8")), schema);
      });
    }
  }

  test("titles follow the language; an unknown kind throws a RangeError", () => {
    const vi = ctxh.schema("staff");
    const en = ctxh.schema("staff", { lang: "en" });
    assert.equal(vi.title, "Nhân sự công tác xã hội");
    assert.equal(en.title, "Social work staff member");
    assert.deepEqual(en.$defs.CodeSet.oneOf.map((v) => v.const), ["2025", "legacy"]);
    assert.throws(() => ctxh.schema("person"), RangeError);
  });

  test("the schema is not vacuous: it rejects what ctxh rejects on shape", () => {
    const staff = validators.staff;
    for (const bad of [
      { unknownField: 1 },
      { workforceCategory: "not-a-category" },
      { person: { fullName: 5 } },
      { person: { birthDate: "1985-13" } },
      { assignments: [null] },
      { assignments: [{ startDate: "2025-02-30" }] },
      { assignments: [{ monthlyAllowance: -1 }] },
      { person: { address: { street: "x".repeat(501) } } },
    ]) {
      assert.equal(staff(bad), false, JSON.stringify(bad));
      assert.ok(ctxhRejects("staff", bad), JSON.stringify(bad));
    }
    assert.equal(staff({ person: null, assignments: [], commune: null }), true);
  });

  const accepted = [];
  test("over every test vector, ajv never rejects a record ctxh accepts", () => {
    let agreeRejected = 0;
    const seen = new Set();
    for (const { file, doc } of vectorFiles()) {
      if (!KINDS.includes(doc.kind)) continue;
      for (const c of doc.cases) {
        if (c.field || typeof c.inputText === "string" || !Object.hasOwn(c, "input")) continue;
        const problem = stricterThanCtxh(doc.kind, c.input, c.options);
        assert.equal(problem, null, `${file} "${c.name}": ajv rejects a record ctxh accepts: ${problem}`);
        // Cases come in pairs by language: one of each record is enough for the variants.
        const key = `${doc.kind} ${JSON.stringify(c.input)} ${c.options?.asOf} ${c.options?.mode}`;
        if (c.expected.valid && !seen.has(key)) {
          seen.add(key);
          accepted.push({ kind: doc.kind, input: c.input, options: c.options, name: `${file} "${c.name}"` });
        }
        else if (!validators[doc.kind](c.input)) agreeRejected++;
      }
    }
    assert.ok(accepted.length >= 20, `only ${accepted.length} accepted records among the vectors`);
    assert.ok(agreeRejected >= 5, `ajv rejects only ${agreeRejected} of the records ctxh rejects`);
  });

  test("over edge-case variants of the accepted vectors, ajv never rejects a record ctxh accepts", () => {
    const EDGES = [
      null, "", "x".repeat(101), "x".repeat(301), "x".repeat(501), "x".repeat(2001), -1, 1.5, 4294967296,
      true, [], {}, "2024-02-29", "2025-02-29", "1985-07", "2025-07-01T08:00+07:00",
      "2025-07-01 08:00:00.123456789Z", "2025-07-01T24:00:00+07:00", "2025",
    ];
    let tried = 0;
    for (const base of accepted) {
      for (const path of leafPaths(base.input)) {
        for (const edge of EDGES) {
          const record = withValue(base.input, path, edge);
          tried++;
          const problem = stricterThanCtxh(base.kind, record, base.options);
          assert.equal(problem, null, `${base.name} with ${path.join(".")} = ${JSON.stringify(edge)}: ${problem}`);
        }
      }
    }
    assert.ok(tried > 1000, `only ${tried} variants`);
  });
});

/** The paths of every value in `value` (objects and arrays included, the root excluded). */
function leafPaths(value, path = [], out = []) {
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const p = [...path, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      leafPaths(v, p, out);
    }
  }
  return out;
}

/** A deep copy of `value` with the value at `path` replaced. */
function withValue(value, path, replacement) {
  const copy = structuredClone(value);
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k];
  at[path.at(-1)] = replacement;
  return copy;
}
