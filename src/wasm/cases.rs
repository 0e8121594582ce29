//! Case workflow for portals: `nextSteps(case, options)`.

use wasm_bindgen::prelude::*;

use super::convert::record_json_text;

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
    let result = match record_json_text(&record) {
        Ok(text) => crate::workflow::next_steps_json(text.as_deref().unwrap_or("null"), &opts),
        Err(too_large) => crate::workflow::next_steps_refused(too_large, &opts),
    };
    // Through JSON text, like reports: the serde_json code is already in the module (smaller
    // than a second serializer) and the object is plain.
    let json = serde_json::to_string(&result)
        .map_err(|e| js_sys::Error::new(&format!("ctxh: cannot convert result: {e}")))?;
    js_sys::JSON::parse(&json)
}
