//! Case workflow for portals: `nextSteps(case, options)`.

use wasm_bindgen::prelude::*;

use super::convert::json_text;

/// The steps a portal may offer next for `case`, each with what is missing first, and the
/// case's deadlines on `options.asOf`. Never throws for a bad case (problems come back as
/// `blockers`); unusable options throw a `RangeError`.
#[wasm_bindgen(js_name = nextSteps, unchecked_return_type = "NextSteps")]
pub fn next_steps(
    #[wasm_bindgen(unchecked_param_type = "Case")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
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
