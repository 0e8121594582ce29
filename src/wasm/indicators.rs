//! Indicator entry points: requests and reports cross as JSON text, so the reports are the
//! native crate's bytes (`computeIndicatorsJson`, `mergeIndicatorReportsJson`) or those bytes
//! parsed (`computeIndicators`, `mergeIndicatorReports`).

use js_sys::JSON;
use wasm_bindgen::prelude::*;

use super::convert::{json_text, options, string_arg, to_js};
use crate::i18n::Lang;
use crate::indicators;

/// Computes the indicators of a request `{ scope, period?, denominators?, staff?, facilities?,
/// cases?, trainingEvents? }` at `options.asOf` → `IndicatorReport`.
#[wasm_bindgen(js_name = computeIndicators, unchecked_return_type = "IndicatorReport")]
pub fn compute_indicators(
    #[wasm_bindgen(unchecked_param_type = "IndicatorRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let opts = options(&opts)?;
    let text = json_text(&request).unwrap_or_else(|| String::from("null"));
    JSON::parse(&indicators::compute_json(&text, &opts))
}

/// [`compute_indicators`] for JSON text: the report's JSON text, byte for byte the native one.
#[wasm_bindgen(js_name = computeIndicatorsJson)]
pub fn compute_indicators_json(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: Option<JsValue>,
) -> Result<String, JsValue> {
    let text = string_arg(&text, "text")?;
    Ok(indicators::compute_json(&text, &options(&opts)?))
}

/// Merges provincial reports of one code set, reference date and period → `IndicatorReport`.
#[wasm_bindgen(js_name = mergeIndicatorReports, unchecked_return_type = "IndicatorReport")]
pub fn merge_indicator_reports(
    #[wasm_bindgen(unchecked_param_type = "IndicatorReport[]")] reports: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let opts = options(&opts)?;
    let text = json_text(&reports).unwrap_or_else(|| String::from("null"));
    JSON::parse(&indicators::merge_json(&text, &opts))
}

/// [`merge_indicator_reports`] for JSON text (an array of reports).
#[wasm_bindgen(js_name = mergeIndicatorReportsJson)]
pub fn merge_indicator_reports_json(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: Option<JsValue>,
) -> Result<String, JsValue> {
    let text = string_arg(&text, "text")?;
    Ok(indicators::merge_json(&text, &options(&opts)?))
}

/// The indicator catalogue and the targets in `lang` ("vi" by default) →
/// `IndicatorCatalogue`.
#[wasm_bindgen(js_name = indicatorCatalogue, unchecked_return_type = "IndicatorCatalogue")]
pub fn indicator_catalogue(
    #[wasm_bindgen(unchecked_param_type = "\"vi\" | \"en\" | undefined")] lang: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang
        .as_string()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default();
    to_js(&indicators::catalogue(lang))
}

/// Compares a published figure (an `observation` record) with a computed report →
/// `IndicatorComparison` (`equal`, `differs`, `within-bound`, `below-bound`, `not-comparable`,
/// `not-computed`).
#[wasm_bindgen(js_name = compareObservation, unchecked_return_type = "IndicatorComparison")]
pub fn compare_observation(
    #[wasm_bindgen(unchecked_param_type = "Observation")] observation: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IndicatorReport")] report: JsValue,
) -> Result<JsValue, JsValue> {
    let text = |v: &JsValue| json_text(v).unwrap_or_else(|| String::from("null"));
    JSON::parse(&indicators::compare_json(
        &text(&observation),
        &text(&report),
    ))
}
