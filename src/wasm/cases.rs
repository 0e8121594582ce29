//! Case workflow for portals: `nextSteps(case, options)`.

use wasm_bindgen::prelude::*;

use super::convert::json_text;

/// The steps a portal may offer next for `case`, each with what is missing first, and the
/// case's deadlines on `options.asOf`. Never throws for a bad case (problems come back as
/// `blockers`); unusable options throw a `RangeError`.
#[wasm_bindgen(js_name = nextSteps, unchecked_return_type = "NextSteps")]
pub fn next_steps(
    #[wasm_bindgen(unchecked_param_type = "Case | unknown")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = super::convert::options(&options)?;
    // A value with a cycle arrives as unreadable text and is answered with `json_invalid`.
    let text = json_text(&record).unwrap_or_else(|| String::from("null"));
    let result = crate::workflow::next_steps_json(&text, &opts);
    // Through JSON text, like reports: the serde_json code is already in the module (smaller
    // than a second serializer) and the object is plain.
    let json = serde_json::to_string(&result)
        .map_err(|e| js_sys::Error::new(&format!("ctxh: cannot convert result: {e}")))?;
    js_sys::JSON::parse(&json)
}

#[wasm_bindgen(typescript_custom_section)]
const TS_CASES: &'static str = r#"
/** How a step follows the last one. */
export type TransitionKind =
  | "forward" | "repeat" | "replan" | "continue"
  | "referral" | "transfer" | "closure" | "early-closure";

/** A deadline of the case workflow. */
export type DeadlineKind = "emergency-action" | "plan-draft" | "plan-approval" | "emergency-stay";

/** Where a deadline stands on `asOf`. */
export type DeadlineState = "pending" | "due-soon" | "overdue" | "met" | "missed";

/** One deadline of a case. */
export interface Deadline {
  kind: DeadlineKind;
  /** The step that meets it (null: the discharge from the facility). */
  step: StepType | null;
  /** Position in `steps` of the recorded step that meets it, if recorded. */
  stepIndex: number | null;
  /** The last instant in time, RFC 3339. */
  dueAt: string;
  state: DeadlineState;
  legalBasis: string;
}

/** A step a portal may offer. */
export interface NextStep {
  step: StepType;
  /** Label in `options.lang`. */
  label: string;
  transition: TransitionKind;
  /** True when nothing is missing and there are no blockers: enable the button. */
  ready: boolean;
  /** What must be fixed in the case first (same shape as report issues). */
  missing: Issue[];
  /** Fields the new step itself must have (wire names of `CaseStep`). */
  requiredFields: string[];
  /** The open deadline this step meets, if any. */
  deadline: DeadlineKind | null;
  dueAt: string | null;
}

/** What `nextSteps` returns. */
export interface NextSteps {
  pathway: Pathway | null;
  /** The last recorded step of the pathway. */
  lastStep: StepType | null;
  lastStepIndex: number | null;
  /** The status the case has after its last step. */
  status: CaseStatus | null;
  /** Problems that stop every step (no pathway, no receivedAt, unreadable workflow fields). */
  blockers: Issue[];
  /** The steps allowed next, in a stable order. */
  steps: NextStep[];
  deadlines: Deadline[];
}
"#;
