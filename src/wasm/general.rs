//! Version and code lists.

use wasm_bindgen::prelude::*;

use super::convert::{options, to_js};

/// The crate version, ruleset version and embedded code sets: `{ crateVersion, rulesetVersion,
/// codeSets, wasm }`.
#[wasm_bindgen(js_name = version, unchecked_return_type = "VersionInfo")]
pub fn version() -> Result<JsValue, JsValue> {
    to_js(&crate::version::info())
}

/// Labels of a code list for select boxes: `[{ value, label }]` in `options.lang`.
/// Unknown list names throw a `RangeError` listing the known ones.
#[wasm_bindgen(js_name = enumLabels, unchecked_return_type = "EnumLabel[]")]
pub fn enum_labels(
    #[wasm_bindgen(unchecked_param_type = "string")] list: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let list = super::convert::string_arg(&list, "list")?;
    let opts = options(&opts)?;
    match crate::model::enums::labels(&list, opts.lang) {
        Some(labels) => to_js(&labels),
        None => Err(js_sys::RangeError::new(&format!(
            "ctxh: unknown list (known: {})",
            crate::model::enums::list_names().join(", ")
        ))
        .into()),
    }
}
