//! Helpers for staff and person forms: phone normalisation, personal ID reading, ethnic group
//! lookup by typed name. They forward to the core; anything that is not a string is answered
//! like an unusable text, never with an exception.

use wasm_bindgen::prelude::*;

use super::convert::to_js;

fn as_text(value: &JsValue) -> String {
    value.as_string().unwrap_or_default()
}

/// Normalises and classifies a phone number: `normalizePhone("0168 123 4567")` →
/// `{ normalized: "01681234567", kind: "legacy-mobile", suggestion: "0381234567", knownPrefix: false }`.
#[wasm_bindgen(js_name = normalizePhone, unchecked_return_type = "PhoneInfo")]
pub fn normalize_phone(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&crate::rules::identifiers::normalize_phone(&as_text(&text)))
}

/// What the digits of a personal identification number (CCCD) say:
/// `{ valid, normalized, provinceCode, provinceName, gender, century, birthYear }`.
#[wasm_bindgen(js_name = parseCccd, unchecked_return_type = "CccdInfo")]
pub fn parse_cccd(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&crate::rules::identifiers::parse_cccd(&as_text(&text)))
}

/// The ethnic group a typed name means (`"H'Mông"` → `{ code: "08", name: "HMông" }`),
/// insensitive to case, tone marks, spaces and hyphens; `null` when nothing matches.
#[wasm_bindgen(js_name = findEthnicGroup, unchecked_return_type = "EthnicGroup | null")]
pub fn find_ethnic_group(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
) -> Result<JsValue, JsValue> {
    match crate::reference::ethnic::find_by_name(&as_text(&name)) {
        Some(group) => to_js(group),
        None => Ok(JsValue::NULL),
    }
}
