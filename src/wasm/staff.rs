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

#[wasm_bindgen(typescript_custom_section)]
const TS_STAFF: &'static str = r#"
/** What kind of number a phone number is. */
export type PhoneKind = "mobile" | "landline" | "legacy-mobile" | "legacy-landline" | "invalid";

/** The result of normalizePhone. */
export interface PhoneInfo {
  /** The digits in national form ("0912345678"), or null when the text is no phone number. */
  normalized: string | null;
  kind: PhoneKind;
  /** For an old 11-digit mobile number: the 10-digit number it became. */
  suggestion: string | null;
  /** For a mobile number: whether its prefix is known to be allocated. */
  knownPrefix: boolean;
}

/** The result of parseCccd: what the 12 digits encode (not a verified fact). */
export interface CccdInfo {
  /** Exactly 12 digits (spaces and dots ignored). */
  valid: boolean;
  normalized: string | null;
  /** First three digits: birth-registration province code ("001") or a country code. */
  provinceCode: string | null;
  /** The province's name, when the province table is embedded and the code is known. */
  provinceName: string | null;
  gender: "male" | "female" | null;
  /** Century of birth as an ordinal: 20 = 1900–1999, 21 = 2000–2099. */
  century: number | null;
  birthYear: number | null;
}

/** An ethnic group of the national list (codes "01".."54"). */
export interface EthnicGroup {
  code: EthnicGroupCode;
  name: string;
}
"#;
