//! Conversions between JavaScript values and the core's inputs and outputs.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::date::Date;
use crate::issue::Issue;
use crate::options::Options;

/// Today in Vietnam from the host clock.
pub(crate) fn today() -> Date {
    Date::from_epoch_millis_in_vietnam(js_sys::Date::now() as i64)
}

/// Reads options (`undefined`/`null` = defaults). Unusable options throw a `RangeError`: one
/// that is not a plain object, an unknown key, a value of the wrong kind, and options the page
/// makes unreadable (a getter or a Proxy trap that throws). The options object is read one
/// level deep by [`options_text`], in JavaScript, so no nesting or exception of the page's ever
/// reaches the module.
pub(crate) fn options(value: &Option<JsValue>) -> Result<Options, JsValue> {
    let Some(value) = value.as_ref().filter(|v| !v.is_null()) else {
        return Ok(Options::new(today()));
    };
    let text = options_text(value).as_string().unwrap_or_default();
    match text.as_str() {
        NOT_AN_OBJECT => Err(range_error("options must be a plain object")),
        UNREADABLE_OPTIONS => Err(range_error(
            "options could not be read (a getter or Proxy of the options threw)",
        )),
        flat => read_options(flat, today()).map_err(|e| range_error(&e.to_string())),
    }
}

thread_local! {
    /// The options text read last, the day it was read on, and what it gave: a form checks
    /// field after field with the same options, and reading them is a JSON parse each time.
    static LAST_OPTIONS: std::cell::RefCell<Option<(String, Date, Options)>> =
        const { std::cell::RefCell::new(None) };
}

/// [`Options::from_json_text`], remembering the last text that gave usable options (the result
/// depends only on the text and, for a missing `asOf`, on today).
fn read_options(text: &str, today: Date) -> Result<Options, crate::options::OptionsError> {
    let known = LAST_OPTIONS.with_borrow(|last| match last {
        Some((t, day, options)) if t == text && *day == today => Some(*options),
        _ => None,
    });
    if let Some(options) = known {
        return Ok(options);
    }
    let options = Options::from_json_text(text, today)?;
    LAST_OPTIONS.set(Some((text.to_owned(), today, options)));
    Ok(options)
}

fn range_error(message: &str) -> JsValue {
    js_sys::RangeError::new(&format!("ctxh: {message}")).into()
}

/// Serialises a core result into plain JS objects through JSON text, parsed by the host (one
/// crossing, and the serde_json code the module already has).
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value)
        .map_err(|e| js_sys::Error::new(&format!("ctxh: cannot convert result: {e}")))?;
    js_sys::JSON::parse(&text)
}

/// What [`options_text`] answers for options that are not a plain object.
const NOT_AN_OBJECT: &str = "\u{0}";
/// What [`options_text`] answers when reading the options threw.
const UNREADABLE_OPTIONS: &str = "\u{1}";

#[wasm_bindgen(inline_js = r#"
export function ctxhOptionsText(options) {
  // The options as flat JSON text: own enumerable keys only, each value a string, null, or a
  // marker of its type. Nothing deeper is read, and whatever the page's getters or Proxy traps
  // throw is caught here, so it never unwinds through the module.
  try {
    if (typeof options !== "object" || options === null || Array.isArray(options)) return "\u0000";
    const flat = Object.create(null);
    for (const key of Object.keys(options)) {
      const v = options[key];
      flat[key] = v === undefined || v === null || typeof v === "string" ? (v ?? null) : { $type: typeof v };
    }
    return JSON.stringify(flat);
  } catch (e) {
    return "\u0001";
  }
}

// Whether JSON.stringify alone gives the text the replacer below would: nothing anywhere that
// the replacer changes (a function, symbol or BigInt), no toJSON method (the replacer sees what
// it returns), at most 64 levels (a cycle or deeper nesting takes the replacer's way, which
// reports a cycle). It visits what JSON.stringify visits: own enumerable keys, array indices.
const ctxhOwn = Object.prototype.hasOwnProperty;
function ctxhPlainJson(v, depth) {
  const t = typeof v;
  if (t === "string" || t === "number" || t === "boolean" || t === "undefined" || v === null) return true;
  if (t !== "object" || depth > 64 || typeof v.toJSON === "function") return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!ctxhPlainJson(v[i], depth + 1)) return false;
    return true;
  }
  // for-in with the own-property test visits what Object.keys lists, without making the list.
  for (const key in v) if (ctxhOwn.call(v, key) && !ctxhPlainJson(v[key], depth + 1)) return false;
  return true;
}

export function ctxhStringify(value) {
  // Functions, symbols and BigInts have no JSON form; JSON.stringify would drop them (or throw)
  // silently. They become a marker object, so the record's checks report the field instead.
  // A replacer takes JSON.stringify off its fast path (twice the time on a record), so values
  // with none of them (nearly all) are written without it; a getter or Proxy trap that throws
  // while they are looked at sends the value the replacer's way too.
  try {
    if (ctxhPlainJson(value, 0)) return JSON.stringify(value);
  } catch (e) {
    // read again below, where a throw answers null
  }
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

    #[wasm_bindgen(js_name = ctxhOptionsText)]
    fn options_text(value: &JsValue) -> JsValue;
}

/// The text standing for a value that cannot be turned into JSON (a cycle): the core answers it
/// with `json_invalid`, as it answers any unreadable text.
pub(crate) const UNREADABLE: &str = "\u{0}";

/// A JS value as JSON text, with no size bound: for collections of records (indicator
/// requests, cargo feature `wasm-collections`), which the record limit does not apply to.
/// `None` for `undefined`, [`UNREADABLE`] for a value with a cycle; functions, symbols and
/// BigInts become markers, as for records.
#[cfg(feature = "wasm-collections")]
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

/// Whether a JS string is longer than a record may be, measured before it is copied into the
/// module (wasm memory grown by one giant text is never given back to the page). UTF-16 units
/// are never more than UTF-8 bytes, so a text under this bound is at most 3 MiB to copy; the
/// core measures the bytes.
fn longer_than_a_record(text: &JsValue) -> bool {
    text.dyn_ref::<js_sys::JsString>()
        .is_some_and(|s| s.length() as usize > crate::intake::MAX_RECORD_BYTES)
}

/// A JS value as JSON text: `None` for `undefined` (absent), [`UNREADABLE`] for a value with
/// a cycle. Functions, symbols and BigInts inside become `{"$unrepresentable": type}` markers
/// so that the field is reported, not dropped. A text longer than a record may be is refused
/// with `record_too_large` before it is copied into the module.
pub(crate) fn record_json_text(value: &JsValue) -> Result<Option<String>, Issue> {
    if value.is_undefined() {
        return Ok(None);
    }
    let text = stringify(value);
    if longer_than_a_record(&text) {
        return Err(crate::intake::record_too_large());
    }
    Ok(Some(
        text.as_string().unwrap_or_else(|| UNREADABLE.to_owned()),
    ))
}

/// A string argument holding a record's JSON text: a `TypeError` when it is no string, and
/// `record_too_large` (before copying it in) when it is longer than a record may be.
pub(crate) fn record_text_arg(
    value: &JsValue,
    name: &str,
) -> Result<Result<String, Issue>, JsValue> {
    if !value.is_string() {
        return Err(js_sys::TypeError::new(&format!("ctxh: {name} must be a string")).into());
    }
    if longer_than_a_record(value) {
        return Ok(Err(crate::intake::record_too_large()));
    }
    string_arg(value, name).map(Ok)
}

/// A string argument, or a `TypeError` naming the parameter (wasm-bindgen's own `&str`
/// conversion traps on non-strings).
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| js_sys::TypeError::new(&format!("ctxh: {name} must be a string")).into())
}
