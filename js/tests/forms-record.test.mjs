// ctxh/forms without a DOM (the Node build of the kit): wire paths, what the schema says about
// them, and the record built from form entries, the same in the browser and on a server.
// Build first: scripts/build. Run: node --test js/tests/forms-record.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import ctxh from "../../pkg/node/ctxh.js";
import { coerce, fieldShape, parsePath, pathText, recordFromEntries } from "../../pkg/node/forms/index.js";

test("wire paths: names to segments and back", () => {
  assert.deepEqual(parsePath("assignments[0].startDate"), ["assignments", 0, "startDate"]);
  assert.deepEqual(parsePath("person.identifiers[12].number"), ["person", "identifiers", 12, "number"]);
  for (const bad of ["", "a..b", "a[x]", "a[0", ".a", "a.", "1a", "a b"]) assert.equal(parsePath(bad), null, bad);
  assert.equal(pathText(["steps", 3, "services", 0]), "steps[3].services[0]");
  // An issue's pathText is the form control's name.
  const issue = ctxh.validate("staff", { assignments: [{ startDate: "2025-13-01" }] }).issues.find((i) => i.path.length === 3);
  assert.equal(pathText(issue.path), issue.pathText);
});

test("field shapes come from the kind's schema (the registry)", () => {
  assert.deepEqual(
    [fieldShape("staff", ["workforceCategory"]).list, fieldShape("staff", ["dedicated"]).type, fieldShape("facility", ["designCapacity"]).type],
    ["workforceCategory", "boolean", "integer"],
  );
  assert.equal(fieldShape("case", ["client", "categories"]).items.list, "beneficiaryCategory");
  assert.equal(fieldShape("case", ["receivedAt"]).dateTime, true);
  assert.equal(fieldShape("staff", ["person", "birthDate"]).dateTime, false);
  assert.equal(fieldShape("staff", ["commune"]).record, "Address");
  assert.equal(fieldShape("staff", ["person", "nickname"]), null);
  assert.equal(fieldShape("staff", ["assignments", "x"]), null, "a list is indexed by numbers");
  assert.throws(() => fieldShape("person", []), RangeError);
});

test("values are converted by type; what is not of the type stays text for ctxh to report", () => {
  const int = fieldShape("facility", ["designCapacity"]);
  assert.equal(coerce("120", int), 120);
  assert.equal(coerce("12 người", int), "12 người");
  assert.equal(coerce("true", fieldShape("staff", ["dedicated"])), true);
  assert.equal(coerce("có", fieldShape("staff", ["dedicated"])), "có");
  assert.equal(coerce("2025-07-01T08:00", fieldShape("case", ["receivedAt"])), "2025-07-01T08:00:00+07:00");
  assert.equal(coerce("2025-07-01T08:00:30+05:00", fieldShape("case", ["receivedAt"])), "2025-07-01T08:00:30+05:00");
  assert.equal(coerce("2025-07-01T08:00", fieldShape("case", ["receivedAt"]), { timeOffset: "Z" }), "2025-07-01T08:00:00Z");
  const record = recordFromEntries("facility", [["designCapacity", "nhiều"]]);
  assert.deepEqual(ctxh.validate("facility", record).issues.filter((i) => i.pathText === "designCapacity").map((i) => i.code), ["type_invalid"]);
});

test("records from entries: empty values absent, lists collected, the last value of a field wins", () => {
  const record = recordFromEntries("case", new URLSearchParams([
    ["pathway", "child-protection"],
    ["client.person.fullName", ""],
    ["client.categories", "k1"],
    ["client.categories", "k3"],
    ["consentToShare.clientAgreed", "false"],
    ["consentToShare.clientAgreed", "true"],
    ["steps[0].stepType", "intake"],
    ["steps[0].services", "case-management"],
  ]));
  assert.deepEqual(record, {
    pathway: "child-protection",
    client: { categories: ["k1", "k3"] },
    consentToShare: { clientAgreed: true },
    steps: [{ stepType: "intake", services: ["case-management"] }],
  });
});

test("records from entries: unknown names are reported unless ignored; no prototype is touched", () => {
  const record = recordFromEntries("staff", [["_csrf", "t"], ["nickname", "x"], ["a b", "y"], ["__proto__.polluted", "1"], ["person.__proto__", "2"]], { ignore: ["_csrf"] });
  assert.equal(record._csrf, undefined);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.getPrototypeOf(record), Object.prototype);
  const codes = ctxh.validate("staff", record).issues.filter((i) => i.code === "unknown_field").map((i) => i.pathText);
  assert.ok(["nickname", "a b"].every((p) => codes.includes(p)), codes.join(" "));
});

test("records from entries: an item left empty keeps the indices of the next ones", () => {
  const record = recordFromEntries("staff", [["assignments[1].startDate", "2025-01-01"], ["files", { name: "a.pdf" }]]);
  assert.deepEqual(record, { assignments: [{}, { startDate: "2025-01-01" }] });
  const paths = ctxh.validate("staff", record, { mode: "draft" }).issues.map((i) => i.pathText);
  assert.ok(!paths.some((p) => p.startsWith("assignments[1]") && p.endsWith("startDate")), "the second item is where the form put it");
});
