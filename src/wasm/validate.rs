//! Validation entry points. Records cross the boundary once, as JSON text made by the host's
//! `JSON.stringify`, so the core sees exactly what the native build sees; reports come back as
//! plain objects parsed from the core's JSON (byte-identical to the native report).

use js_sys::JSON;
use wasm_bindgen::prelude::*;

use super::convert::{options, record_json_text, record_text_arg, string_arg};
use crate::model::RecordKind;
use crate::report::Report;

/// The record kind named by `name` (from the registry), or a `RangeError` naming them all.
pub(crate) fn kind(name: &JsValue) -> Result<RecordKind, JsValue> {
    RecordKind::parse(&string_arg(name, "kind")?).ok_or_else(|| {
        let names: Vec<String> = RecordKind::names().map(|n| format!("\"{n}\"")).collect();
        let message = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!("ctxh: kind must be {} or {last}", rest.join(", "))
            }
            _ => format!("ctxh: kind must be {}", names.join("")),
        };
        js_sys::RangeError::new(&message).into()
    })
}

fn report_to_js(report: &Report) -> Result<JsValue, JsValue> {
    JSON::parse(&report.to_json())
}

/// Validates a record of `kind`. A value with no JSON form (undefined, a function, a cycle)
/// is reported like `null`: `type_invalid` at the root.
fn validate_kind(
    kind: RecordKind,
    record: &JsValue,
    opts: &Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let opts = options(opts)?;
    match record_json_text(record) {
        Ok(text) => report_to_js(&kind.validate_json(text.as_deref().unwrap_or("null"), &opts)),
        Err(too_large) => report_to_js(&Report::new(vec![too_large], opts.lang)),
    }
}

/// Validates a record of any kind of the registry: `validate("facility", record, options)` →
/// `Report` (the same report as `validateFacility(record, options)`). An unknown kind throws a
/// `RangeError` naming the kinds.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    validate_kind(kind(&kind_name)?, &record, &options)
}

/// Validates a staff record: `validateStaff(record, { lang, mode, asOf })` → `Report`.
#[wasm_bindgen(js_name = validateStaff, unchecked_return_type = "Report")]
pub fn validate_staff(
    #[wasm_bindgen(unchecked_param_type = "StaffMember")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    validate_kind(RecordKind::Staff, &record, &options)
}

/// Validates a facility record → `Report`.
#[wasm_bindgen(js_name = validateFacility, unchecked_return_type = "Report")]
pub fn validate_facility(
    #[wasm_bindgen(unchecked_param_type = "Facility")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    validate_kind(RecordKind::Facility, &record, &options)
}

/// Validates a case record → `Report`.
#[wasm_bindgen(js_name = validateCase, unchecked_return_type = "Report")]
pub fn validate_case(
    #[wasm_bindgen(unchecked_param_type = "Case")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    validate_kind(RecordKind::Case, &record, &options)
}

/// Validates an address `{ codeSet, provinceCode, districtCode?, wardCode, street? }` → `Report`.
#[wasm_bindgen(js_name = validateAddress, unchecked_return_type = "Report")]
pub fn validate_address(
    #[wasm_bindgen(unchecked_param_type = "Address")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    validate_kind(RecordKind::Address, &record, &options)
}

/// Validates a training event (a class that staff attendances refer to) → `Report`.
#[wasm_bindgen(js_name = validateTrainingEvent, unchecked_return_type = "Report")]
pub fn validate_training_event(
    #[wasm_bindgen(unchecked_param_type = "TrainingEvent")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    validate_kind(RecordKind::TrainingEvent, &record, &options)
}

/// Validates an observation (a published figure, checked by indicators.md I1–I7) → `Report`.
#[wasm_bindgen(js_name = validateObservation, unchecked_return_type = "Report")]
pub fn validate_observation(
    #[wasm_bindgen(unchecked_param_type = "Observation")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    validate_kind(RecordKind::Observation, &record, &options)
}

/// Validates one field while the user types: `validateField("staff", "qualifications[0].level",
/// value, record?, options)` → `Report` with only the issues at or below that path (cross-field
/// rules included, computed against `record`).
#[wasm_bindgen(js_name = validateField, unchecked_return_type = "Report")]
pub fn validate_field(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] path: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "unknown")] record: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let kind = kind(&kind_name)?;
    let path = string_arg(&path, "path")?;
    let opts = super::convert::options(&options)?;
    // `undefined` means absent; a value with no JSON form (a cycle) is answered like any
    // unreadable text, with `json_invalid`, never treated as absent.
    let record = record.unwrap_or(JsValue::UNDEFINED);
    match (record_json_text(&value), record_json_text(&record)) {
        (Ok(value), Ok(record)) => report_to_js(&kind.validate_field_json(
            &path,
            value.as_deref(),
            record.as_deref(),
            &opts,
        )),
        (Err(too_large), _) | (_, Err(too_large)) => {
            report_to_js(&Report::new(vec![too_large], opts.lang))
        }
    }
}

/// Validates a record given as JSON text and returns the report as JSON text: the same bytes
/// the native crate produces (`Report::to_json`).
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json(
    #[wasm_bindgen(js_name = kind, unchecked_param_type = "RecordKind")] kind_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let kind = kind(&kind_name)?;
    let text = record_text_arg(&text, "text")?;
    let opts = super::convert::options(&options)?;
    Ok(match text {
        Ok(text) => kind.validate_json(&text, &opts).to_json(),
        Err(too_large) => Report::new(vec![too_large], opts.lang).to_json(),
    })
}
