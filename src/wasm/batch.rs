//! Batch entry points: the rows cross the boundary once, as one text (a JSON array or NDJSON),
//! and the report comes back once, as the core's JSON (`BatchReport::to_json`, the same bytes
//! as natively, for the `...Json` functions; the objects are read from the same JSON with each
//! distinct message written once, `BatchReport::to_json_sharing_messages`, and put back in
//! JavaScript; the text is handed to the core in slices, see [`push_text`]). The chunked form
//! holds the core's `BatchValidator` and forwards each chunk.

use js_sys::{JsString, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::today;
use super::validate::kind;
use crate::batch::{issues_json_sharing_messages, BatchOptions, BatchValidator};

#[wasm_bindgen(inline_js = r#"
export function ctxhBatchOptionsText(options) {
  // The options as flat JSON text, read like every validation's options (own enumerable keys,
  // strings and null as they are, other values as a marker of their type, nothing deeper,
  // whatever a getter or Proxy throws caught here), except that the batch's own keys keep their
  // booleans and finite numbers, and `columns` (header -> field) is copied one level deeper the
  // same way.
  const own = new Set(["format", "maxIssues", "issueOffset", "streamIssues", "duplicates"]);
  const plainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  try {
    if (typeof options !== "object" || options === null || Array.isArray(options)) return "\u0000";
    const flat = Object.create(null);
    for (const key of Object.keys(options)) {
      const v = options[key];
      const t = typeof v;
      if (key === "columns" && plainObject(v)) {
        const columns = Object.create(null);
        for (const header of Object.keys(v)) {
          const to = v[header];
          columns[header] = to === null || typeof to === "string" ? to : { $type: typeof to };
        }
        flat[key] = columns;
        continue;
      }
      const plain = v === undefined || v === null || t === "string" ||
        (own.has(key) && (t === "boolean" || (t === "number" && Number.isFinite(v))));
      flat[key] = plain ? (v ?? null) : { $type: t };
    }
    return JSON.stringify(flat);
  } catch (e) {
    return "\u0001";
  }
}

export function ctxhPutMessages(text) {
  // A report (or { issues, messages }) whose issues' messages are positions in `messages`
  // (BatchReport::to_json_sharing_messages): each text put back in its issue, `messages` gone.
  const value = JSON.parse(text);
  const messages = value.messages;
  for (const issue of value.issues) issue.message = messages[issue.message];
  delete value.messages;
  return value;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = ctxhBatchOptionsText)]
    fn batch_options_text(options: &JsValue) -> JsValue;

    #[wasm_bindgen(js_name = ctxhPutMessages)]
    fn put_messages(text: &str) -> JsValue;
}

fn range_error(message: &str) -> JsValue {
    js_sys::RangeError::new(&format!("ctxh: {message}")).into()
}

/// Reads batch options (`undefined`/`null` = defaults); unusable options throw a `RangeError`.
fn batch_options(value: &Option<JsValue>) -> Result<BatchOptions, JsValue> {
    let Some(value) = value.as_ref().filter(|v| !v.is_null()) else {
        return BatchOptions::from_json(&serde_json::Value::Null, today())
            .map_err(|e| range_error(&e.to_string()));
    };
    let text = batch_options_text(value).as_string().unwrap_or_default();
    match text.as_str() {
        "\u{0}" => Err(range_error("options must be a plain object")),
        "\u{1}" => Err(range_error(
            "options could not be read (a getter or Proxy of the options threw)",
        )),
        flat => {
            let v: serde_json::Value = serde_json::from_str(flat)
                .map_err(|_| range_error("options must be a plain object"))?;
            BatchOptions::from_json(&v, today()).map_err(|e| range_error(&e.to_string()))
        }
    }
}

/// UTF-16 units of a string, or bytes of a `Uint8Array`, copied into wasm memory at a time.
const SLICE: u32 = 1 << 18;

/// Pushes a batch text into `batch`: a JS string, or its UTF-8 bytes (a `Uint8Array`, such as
/// a `ReadableStream` chunk of `file.stream()`, or an `ArrayBuffer` from `file.arrayBuffer()`),
/// which need no decoding to a string first nor encoding back. Anything else is a `TypeError`.
fn push_text(batch: &mut BatchValidator, text: &JsValue, name: &str) -> Result<(), JsValue> {
    if let Some(bytes) = text.dyn_ref::<js_sys::Uint8Array>() {
        push_bytes(batch, bytes);
        return Ok(());
    }
    if let Some(buffer) = text.dyn_ref::<js_sys::ArrayBuffer>() {
        push_bytes(batch, &js_sys::Uint8Array::new(buffer));
        return Ok(());
    }
    let text: &JsString = text.dyn_ref().ok_or_else(|| {
        js_sys::TypeError::new(&format!(
            "ctxh: {name} must be a string, a Uint8Array or an ArrayBuffer"
        ))
    })?;
    push_string(batch, text);
    Ok(())
}

/// Pushes a JS string in slices of [`SLICE`] units (never between the two halves of a
/// surrogate pair), so that wasm memory holds one slice of the text at a time, not the whole
/// text (wasm-bindgen reserves up to 3 bytes per unit while it encodes a string, and linear
/// memory never shrinks). The splitter makes the result independent of the slicing.
fn push_string(batch: &mut BatchValidator, text: &JsString) {
    let len = text.length();
    let mut start = 0;
    while start < len {
        let mut end = start.saturating_add(SLICE).min(len);
        let last = text.char_code_at(end - 1);
        if end < len && (f64::from(0xD800u16)..=f64::from(0xDBFFu16)).contains(&last) {
            end -= 1;
        }
        let piece = String::from(text.slice(start, end));
        batch.push(piece.as_bytes());
        start = end;
    }
}

/// Pushes UTF-8 bytes in slices of [`SLICE`] bytes through one buffer (rows and characters may
/// span slices, as they span a stream's chunks; the rows' UTF-8 is checked row by row).
fn push_bytes(batch: &mut BatchValidator, bytes: &js_sys::Uint8Array) {
    let len = bytes.length();
    let mut buffer = vec![0; len.min(SLICE) as usize];
    let mut start = 0;
    while start < len {
        let end = start.saturating_add(SLICE).min(len);
        let piece = &mut buffer[..(end - start) as usize];
        bytes.subarray(start, end).copy_to(piece);
        batch.push(piece);
        start = end;
    }
}

/// Validates many records of `kind` given as one text, a JSON array, NDJSON or CSV:
/// `validateBatch("staff", text, { lang, mode, asOf, format, maxIssues, issueOffset, columns })` →
/// `BatchReport` (totals, counts by code and field, one page of issues with their rows). The
/// text is a string, or its UTF-8 bytes (a `Uint8Array` or an `ArrayBuffer`, as
/// `file.arrayBuffer()` gives them: no decoding to a string and encoding back).
#[wasm_bindgen(js_name = validateBatch, unchecked_return_type = "BatchReport")]
pub fn validate_batch_js(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BatchOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let report = validate_batch_report(kind_name, text, options)?;
    Ok(put_messages(&report.to_json_sharing_messages()))
}

/// The report of a whole batch text.
fn validate_batch_report(
    kind_name: JsValue,
    text: JsValue,
    options: Option<JsValue>,
) -> Result<crate::batch::BatchReport, JsValue> {
    let kind = kind(&kind_name)?;
    let opts = batch_options(&options)?;
    let mut batch = BatchValidator::new(kind, opts);
    push_text(&mut batch, &text, "text")?;
    Ok(batch.finish())
}

/// [`validate_batch_js`] returning the report's JSON text: the bytes the native
/// `BatchReport::to_json` gives.
#[wasm_bindgen(js_name = validateBatchJson)]
pub fn validate_batch_json(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BatchOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    Ok(validate_batch_report(kind_name, text, options)?.to_json())
}

/// A batch validated chunk by chunk (for Web Workers and streams): `new BatchValidator(kind,
/// options)`, then `push(text)` for each chunk (rows, and characters of bytes, may span chunks)
/// → `BatchProgress`,
/// `takeIssues()` (with `streamIssues: true`) → the issues found since the last call, `end()`
/// (then `takeIssues()` for the last row's issues) and `finish()` → the `BatchReport` that `validateBatch` gives for the whole text.
#[wasm_bindgen(js_name = BatchValidator)]
pub struct JsBatchValidator {
    inner: Option<BatchValidator>,
}

fn finished() -> JsValue {
    js_sys::Error::new("ctxh: this BatchValidator is finished").into()
}

#[wasm_bindgen(js_class = BatchValidator)]
impl JsBatchValidator {
    /// A batch of rows of `kind`; an unknown kind throws a `RangeError`, unusable options too.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "BatchOptions")] options: Option<JsValue>,
    ) -> Result<JsBatchValidator, JsValue> {
        let kind = kind(&kind_name)?;
        let opts = batch_options(&options)?;
        Ok(JsBatchValidator {
            inner: Some(BatchValidator::new(kind, opts)),
        })
    }

    /// Takes the next chunk of text (a string, or UTF-8 bytes: a `Uint8Array` such as the
    /// chunks of `file.stream()`, or an `ArrayBuffer`; kinds may be mixed) and checks every row
    /// it completes → `BatchProgress`.
    #[wasm_bindgen(js_name = push, unchecked_return_type = "BatchProgress")]
    pub fn push(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] chunk: JsValue,
    ) -> Result<JsValue, JsValue> {
        let batch = self.inner.as_mut().ok_or_else(finished)?;
        push_text(batch, &chunk, "chunk")?;
        super::convert::to_js(&batch.progress())
    }

    /// How far the batch has got → `BatchProgress`.
    #[wasm_bindgen(js_name = progress, unchecked_return_type = "BatchProgress")]
    pub fn progress(&self) -> Result<JsValue, JsValue> {
        let batch = self.inner.as_ref().ok_or_else(finished)?;
        super::convert::to_js(&batch.progress())
    }

    /// The issues found since the last call (with `streamIssues: true`) → `BatchIssue[]`.
    #[wasm_bindgen(js_name = takeIssues, unchecked_return_type = "BatchIssue[]")]
    pub fn take_issues(&mut self) -> Result<JsValue, JsValue> {
        let batch = self.inner.as_mut().ok_or_else(finished)?;
        let list = put_messages(&issues_json_sharing_messages(&batch.take_issues()));
        js_sys::Reflect::get(&list, &JsValue::from_str("issues"))
    }

    /// Ends the text: checks a last row that no line end closed (take its issues after this).
    #[wasm_bindgen(js_name = end)]
    pub fn end(&mut self) -> Result<(), JsValue> {
        self.inner.as_mut().ok_or_else(finished)?.end();
        Ok(())
    }

    /// Ends the text and returns the report → `BatchReport`; the validator cannot be used after.
    #[wasm_bindgen(js_name = finish, unchecked_return_type = "BatchReport")]
    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        let batch = self.inner.take().ok_or_else(finished)?;
        Ok(put_messages(&batch.finish().to_json_sharing_messages()))
    }

    /// [`JsBatchValidator::finish`] as the report's JSON text (the native bytes).
    #[wasm_bindgen(js_name = finishJson)]
    pub fn finish_json(&mut self) -> Result<String, JsValue> {
        let batch = self.inner.take().ok_or_else(finished)?;
        Ok(batch.finish().to_json())
    }
}

/// A file's text as UTF-8 bytes: a string, a `Uint8Array` or an `ArrayBuffer` (`None` for
/// anything else).
fn text_bytes(text: JsValue) -> Option<Vec<u8>> {
    if let Some(bytes) = text.dyn_ref::<js_sys::Uint8Array>() {
        return Some(bytes.to_vec());
    }
    if let Some(buffer) = text.dyn_ref::<js_sys::ArrayBuffer>() {
        return Some(js_sys::Uint8Array::new(buffer).to_vec());
    }
    text.as_string().map(String::into_bytes)
}

/// Validates several files of one kind as one set: `validateBatchFiles("staff", [{ name,
/// text }, ...], options)` (each text a string or its UTF-8 bytes) → one `BatchReport` per file; with `duplicates: true`, a person of an
/// earlier file is reported in a later one, naming the file.
#[wasm_bindgen(js_name = validateBatchFiles, unchecked_return_type = "BatchReport[]")]
pub fn validate_batch_files_js(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BatchFile[]")] files: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BatchOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    JSON::parse(&validate_batch_files_json(kind_name, files, options)?)
}

/// [`validate_batch_files_js`] returning the reports' JSON text (the native bytes of
/// `reports_json`).
#[wasm_bindgen(js_name = validateBatchFilesJson)]
pub fn validate_batch_files_json(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BatchFile[]")] files: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BatchOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let kind = kind(&kind_name)?;
    let opts = batch_options(&options)?;
    let bad = || {
        js_sys::TypeError::new(
            "ctxh: files must be an array of { name, text }: a name string, a text string or its UTF-8 bytes",
        )
    };
    let list: &js_sys::Array = files.dyn_ref().ok_or_else(bad)?;
    let mut owned: Vec<(String, Vec<u8>)> = Vec::with_capacity(list.length() as usize);
    for file in list.iter() {
        let get = |key: &str| js_sys::Reflect::get(&file, &JsValue::from_str(key)).ok();
        match (
            get("name").and_then(|v| v.as_string()),
            get("text").and_then(text_bytes),
        ) {
            (Some(name), Some(text)) => owned.push((name, text)),
            _ => return Err(bad().into()),
        }
    }
    let files: Vec<(&str, &[u8])> = owned
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_slice()))
        .collect();
    Ok(crate::batch::reports_json(&crate::batch::validate_files(
        kind, &files, &opts,
    )))
}

/// The issues of a `BatchReport` (or a `BatchIssue[]` from `takeIssues()`) as CSV text:
/// `row,column,field,code,severity,message`, with a byte order mark and the header line unless
/// `withHeader` is `false` (the bytes of the native `BatchReport::issues_csv`).
#[wasm_bindgen(js_name = batchIssuesCsv)]
pub fn batch_issues_csv(
    #[wasm_bindgen(unchecked_param_type = "BatchReport | BatchIssue[]")] report: JsValue,
    #[wasm_bindgen(js_name = withHeader)] with_header: Option<bool>,
) -> Result<String, JsValue> {
    let text = JSON::stringify(&report)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| js_sys::TypeError::new("ctxh: the report could not be read"))?;
    crate::batch::issues_csv_json(&text, with_header.unwrap_or(true))
        .map_err(|e| js_sys::TypeError::new(&format!("ctxh: {e}")).into())
}
