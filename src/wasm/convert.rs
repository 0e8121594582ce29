//! Conversions between JavaScript values and the core's inputs and outputs.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::date::Date;
use crate::options::Options;

/// Today in Vietnam from the host clock.
pub(crate) fn today() -> Date {
    Date::from_epoch_millis_in_vietnam(js_sys::Date::now() as i64)
}

/// Reads options (`undefined`/`null` = defaults); unusable options throw a `RangeError`.
pub(crate) fn options(value: &JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::new(today()));
    }
    let v: serde_json::Value = serde_wasm_bindgen::from_value(value.clone())
        .map_err(|_| js_sys::RangeError::new("ctxh: options must be a plain object"))?;
    Options::from_json(&v, today())
        .map_err(|e| js_sys::RangeError::new(&format!("ctxh: {e}")).into())
}

/// Serialises a core result into plain JS objects (no `Map`s).
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_sys::Error::new(&format!("ctxh: cannot convert result: {e}")).into())
}

#[wasm_bindgen(inline_js = r#"
export function ctxhStringify(value) {
  // Functions, symbols and BigInts have no JSON form; JSON.stringify would drop them (or throw)
  // silently. They become a marker object, so the record's checks report the field instead.
  try {
    return JSON.stringify(value, (key, v) => {
      const t = typeof v;
      return t === "function" || t === "symbol" || t === "bigint" ? { $unrepresentable: t } : v;
    });
  } catch (e) {
    return null;
  }
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = ctxhStringify)]
    fn stringify(value: &JsValue) -> JsValue;
}

/// The text standing for a value that cannot be turned into JSON (a cycle): the core answers it
/// with `json_invalid`, as it answers any unreadable text.
pub(crate) const UNREADABLE: &str = "\u{0}";

/// A JS value as JSON text: `None` for `undefined` (absent), [`UNREADABLE`] for a value with
/// a cycle. Functions, symbols and BigInts inside become `{"$unrepresentable": type}` markers
/// so that the field is reported, not dropped.
pub(crate) fn json_text(value: &JsValue) -> Option<String> {
    if value.is_undefined() {
        return None;
    }
    Some(
        stringify(value)
            .as_string()
            .unwrap_or_else(|| UNREADABLE.to_owned()),
    )
}

/// A string argument, or a `TypeError` naming the parameter (wasm-bindgen's own `&str`
/// conversion traps on non-strings).
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| js_sys::TypeError::new(&format!("ctxh: {name} must be a string")).into())
}
