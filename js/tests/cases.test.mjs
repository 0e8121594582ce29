// nextSteps and the case/facility validations through the WebAssembly build (Node); the
// vectors themselves run in js/tests/vectors.test.mjs.
// Build first: scripts/build (pkg/node)
// Run: node --test js/tests/cases.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import ctxh from "../../pkg/node/ctxh.js";

const { nextSteps, validateCase, validateFacility, enumLabels } = ctxh;

const R = "2025-07-01T08:00:00+07:00";
const LATER = "2025-07-01T09:00:00+07:00";
const manager = { staffId: "S-001", category: "civil-servant", assignedBy: "commune-chair" };
const consent = { clientAgreed: true, givenBy: "guardian", headAgreed: true };
const client = {
  person: { fullName: "Nguyễn Văn An", birthDate: "2015-03-10", gender: "male" },
};

function step(stepType, startedAt, completedAt) {
  const s = { stepType, startedAt, actorStaffId: "S-001" };
  if (completedAt) s.completedAt = completedAt;
  if (stepType === "plan" || stepType === "intervention") s.services = ["care-intervention"];
  if (stepType === "plan-approval") s.actorRole = "commune-chair";
  return s;
}

function facilityCase(steps, extra = {}) {
  return {
    client, pathway: "facility", facilityId: "F-001", caseManager: manager,
    receivedAt: R, urgency: "non-emergency", consentToShare: consent, steps, ...extra,
  };
}

const offered = (n) => n.steps.map((s) => [s.step, s.ready]);

test("nextSteps offers the allowed steps with what is missing", () => {
  const n = nextSteps(facilityCase([step("intake", R, LATER)]), { asOf: "2025-07-02", lang: "en" });
  assert.equal(n.pathway, "facility");
  assert.equal(n.lastStep, "intake");
  assert.equal(n.lastStepIndex, 0);
  assert.equal(n.status, "received");
  assert.deepEqual(n.blockers, []);
  assert.deepEqual(offered(n), [
    ["assessment", true], ["closure", false], ["referral", true], ["transfer", true],
  ]);
  const closure = n.steps[1];
  assert.equal(closure.transition, "early-closure");
  assert.deepEqual(closure.missing.map((i) => [i.pathText, i.code]), [["closureReason", "required"]]);
  assert.equal(closure.missing[0].message, "This field is required.");
  assert.deepEqual(n.steps[0].requiredFields, ["stepType", "startedAt", "actorStaffId"]);
  assert.equal(n.steps[0].dueAt, null);
});

test("nextSteps: the current step must be completed; referrals need consent", () => {
  const c = facilityCase([step("intake", R)], { consentToShare: { clientAgreed: true, headAgreed: false } });
  const n = nextSteps(c, { asOf: "2025-07-02" });
  const missing = Object.fromEntries(n.steps.map((s) => [s.step, s.missing.map((i) => i.code)]));
  assert.deepEqual(missing.assessment, ["required"]);
  assert.equal(n.steps[0].missing[0].pathText, "steps[0].completedAt");
  assert.deepEqual(missing.referral, ["case_consent_missing"]);
  // Vietnamese by default.
  assert.equal(n.steps[0].label, "Thu thập thông tin, đánh giá");
});

test("nextSteps gives the 12-hour deadline of an emergency child case", () => {
  const c = {
    client, pathway: "child-protection", urgency: "emergency", receivedAt: "2025-07-04T20:00:00+07:00",
    commune: { codeSet: "2025", provinceCode: "01", wardCode: "00004" },
    steps: [step("intake", "2025-07-04T20:00:00+07:00", "2025-07-04T20:30:00+07:00"),
            step("initial-risk-assessment", "2025-07-04T20:30:00+07:00")],
  };
  const n = nextSteps(c, { asOf: "2025-07-05", lang: "en" });
  assert.deepEqual(n.steps.map((s) => s.step), ["emergency-protection", "closure", "referral", "transfer"]);
  const action = n.steps[0];
  assert.equal(action.transition, "forward");
  assert.equal(action.deadline, "emergency-action");
  assert.equal(action.dueAt, "2025-07-05T08:00:00+07:00");
  assert.deepEqual(n.deadlines, [{
    kind: "emergency-action", step: "emergency-protection", stepIndex: null,
    dueAt: "2025-07-05T08:00:00+07:00", state: "due-soon", legalBasis: "NĐ 56/2017 Điều 26(3), 31(2)",
  }]);
  // The same case validated: a warning, not an error.
  const r = validateCase(c, { asOf: "2025-07-05", lang: "en" });
  assert.ok(r.issues.some((i) => i.code === "case_emergency_action_due_soon" && i.severity === "warning"));
});

test("nextSteps: plan due 5 working days after the assessment, across a weekend", () => {
  const steps = [
    step("intake", R, R), step("initial-risk-assessment", R, R),
    step("assessment", R, "2025-07-04T16:00:00+07:00"),
  ];
  const c = {
    client, pathway: "child-protection", urgency: "non-emergency", receivedAt: R, caseManager: manager,
    protectionLevel: "support", commune: { codeSet: "2025", provinceCode: "01", wardCode: "00004" }, steps,
  };
  const n = nextSteps(c, { asOf: "2025-07-10" });
  const plan = n.steps.find((s) => s.step === "plan");
  assert.equal(plan.ready, true);
  assert.equal(plan.deadline, "plan-draft");
  assert.equal(plan.dueAt, "2025-07-11T23:59:59+07:00");
  assert.equal(n.deadlines[0].state, "due-soon");
});

test("nextSteps never throws on hostile cases; problems are blockers", () => {
  const cyclic = {}; cyclic.self = cyclic;
  const inputs = [undefined, null, 42, "case", [], () => 1, Symbol("x"), cyclic, { pathway: 10n },
    { steps: "intake" }, { pathway: "nope" }, { receivedAt: "2025-07-01" }, new Date(0)];
  for (const input of inputs) {
    const n = nextSteps(input, { asOf: "2025-07-02" });
    assert.ok(Array.isArray(n.blockers) && n.blockers.length > 0, String(typeof input));
    assert.ok(n.steps.every((s) => s.ready === false));
  }
  assert.equal(nextSteps(cyclic, {}).blockers[0].code, "json_invalid");
  assert.equal(nextSteps(42, {}).blockers[0].code, "type_invalid");
  assert.equal(nextSteps({ pathway: "nope" }, {}).blockers[0].code, "enum_invalid");
});

test("unusable options throw a RangeError", () => {
  assert.throws(() => nextSteps({}, { asOf: "01/07/2025" }), RangeError);
  assert.throws(() => nextSteps({}, { language: "en" }), RangeError);
});

test("hostile records through validateCase and validateFacility never throw", () => {
  const cyclic = { a: 1 }; cyclic.b = cyclic;
  for (const input of [undefined, null, 0, "x", [], cyclic, { steps: [null, 1, "a", []] },
    { residents: [{ count: -1 }], staff: {} }, { receivedAt: "9999-12-31T23:59:59-14:00", pathway: "child-protection" }]) {
    for (const fn of [validateCase, validateFacility]) {
      const r = fn(input, { asOf: "2025-07-02" });
      assert.equal(typeof r.valid, "boolean");
      assert.ok(Array.isArray(r.issues));
    }
  }
});

test("enumLabels lists the case and facility code lists", () => {
  const steps = enumLabels("stepType", { lang: "en" });
  assert.ok(steps.some((l) => l.value === "plan-approval" && l.label === "Plan approval"));
  assert.equal(enumLabels("facilityType", {}).length, 9);
  assert.equal(enumLabels("pathway", { lang: "vi" })[1].label, "Bảo vệ trẻ em (NĐ 56/2017)");
});
