//! JSON Schema of a record kind (`crate::schema`), as a plain object.

use wasm_bindgen::prelude::*;

use super::convert::options;
use super::validate::kind;

/// The JSON Schema 2020-12 of a record kind: `schema("staff", { lang })` → a plain object
/// (titles in `lang`). An unknown kind throws a `RangeError` naming the kinds.
#[wasm_bindgen(js_name = schema, unchecked_return_type = "JsonSchema")]
pub fn schema(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let kind = kind(&kind_name)?;
    let opts = options(&opts)?;
    js_sys::JSON::parse(&crate::schema::schema(kind, opts.lang))
}
