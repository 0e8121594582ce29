//! Administrative units for forms: lists, look-ups, name search, legacy → 2025 conversion and
//! CCCD birth-registration codes. Arguments arrive as plain JS values so that nothing a page
//! passes can throw: an unknown code set, a code of the wrong shape or a non-string gives an
//! empty list or `null`; conversions always answer with a `status`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::model::address::CodeSet;
use crate::reference::units::{self, Item, Units};

/// Results cross as JSON text parsed by the host (one crossing for a whole list, and smaller
/// code than a serializer per result type); `null` is the fallback, never reached.
fn js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

fn code_set(value: &JsValue) -> Option<Units> {
    let set = CodeSet::parse(&value.as_string()?)?;
    units::units(set).ok()
}

fn legacy() -> Option<Units> {
    units::units(CodeSet::Legacy).ok()
}

fn text(value: &JsValue) -> String {
    value.as_string().unwrap_or_default()
}

/// The provinces of a code set (`"2025"` or `"legacy"`), in table order: `AdminUnit[]`
/// (`[]` for an unknown or unavailable code set).
#[wasm_bindgen(js_name = provinces, unchecked_return_type = "AdminUnit[]")]
pub fn provinces(
    #[wasm_bindgen(js_name = codeSet, unchecked_param_type = "CodeSet")] code_set_id: JsValue,
) -> JsValue {
    let list: Vec<Item> = code_set(&code_set_id)
        .map(|u| u.provinces().map(Item::from).collect())
        .unwrap_or_default();
    js(&list)
}

/// The communes of a province (all districts together for the legacy set): `AdminUnit[]`
/// (`[]` when the code set or the province is unknown).
#[wasm_bindgen(js_name = communes, unchecked_return_type = "AdminUnit[]")]
pub fn communes(
    #[wasm_bindgen(js_name = codeSet, unchecked_param_type = "CodeSet")] code_set_id: JsValue,
    #[wasm_bindgen(js_name = provinceCode, unchecked_param_type = "string")] province_code: JsValue,
) -> JsValue {
    let list: Vec<Item> = code_set(&code_set_id)
        .and_then(|u| u.province(&text(&province_code)))
        .map(|p| p.communes().map(Item::from).collect())
        .unwrap_or_default();
    js(&list)
}

/// The districts of a legacy province: `AdminUnit[]` (`[]` when unknown, or in builds
/// without the legacy units).
#[wasm_bindgen(js_name = districts, unchecked_return_type = "AdminUnit[]")]
pub fn districts(
    #[wasm_bindgen(js_name = provinceCode, unchecked_param_type = "string")] province_code: JsValue,
) -> JsValue {
    let list: Vec<Item> = legacy()
        .and_then(|u| u.province(&text(&province_code)))
        .map(|p| p.districts().map(Item::from).collect())
        .unwrap_or_default();
    js(&list)
}

/// The communes of a legacy district: `AdminUnit[]` (`[]` when unknown, for the five island
/// districts, or in builds without the legacy units).
#[wasm_bindgen(js_name = districtCommunes, unchecked_return_type = "AdminUnit[]")]
pub fn district_communes(
    #[wasm_bindgen(js_name = districtCode, unchecked_param_type = "string")] district_code: JsValue,
) -> JsValue {
    let list: Vec<Item> = legacy()
        .and_then(|u| u.district(&text(&district_code)))
        .map(|d| d.communes().map(Item::from).collect())
        .unwrap_or_default();
    js(&list)
}

/// The unit with a code in a code set: a province (2 digits), a legacy district (3) or a
/// commune (5) → `AdminUnitDetail`, or `null` when there is none.
#[wasm_bindgen(js_name = lookupUnit, unchecked_return_type = "AdminUnitDetail | null")]
pub fn lookup_unit(
    #[wasm_bindgen(js_name = codeSet, unchecked_param_type = "CodeSet")] code_set_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
) -> JsValue {
    match code_set(&code_set_id).and_then(|u| u.lookup(&text(&code))) {
        Some(unit) => js(&unit),
        None => JsValue::NULL,
    }
}

/// The communes of a province whose name matches typed text, best first: `CommuneMatch[]`.
/// `limit` defaults to 20; other numbers are truncated and kept within 0..=1000.
#[wasm_bindgen(js_name = searchCommunes, unchecked_return_type = "CommuneMatch[]")]
pub fn search_communes(
    #[wasm_bindgen(js_name = codeSet, unchecked_param_type = "CodeSet")] code_set_id: JsValue,
    #[wasm_bindgen(js_name = provinceCode, unchecked_param_type = "string")] province_code: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] query: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "number")] limit: Option<JsValue>,
) -> JsValue {
    let limit = match limit.and_then(|l| l.as_f64()) {
        Some(n) if n.is_nan() => 0,
        Some(n) => n.clamp(0.0, 1000.0) as usize,
        None => 20,
    };
    let found: Vec<_> = code_set(&code_set_id)
        .and_then(|u| u.province(&text(&province_code)))
        .map(|p| p.search_communes(&text(&query), limit))
        .unwrap_or_default();
    js(&found)
}

/// The 2025 commune(s) a legacy commune went into → `LegacyConversion` (always an object; see
/// its `status`).
#[wasm_bindgen(js_name = convertLegacyWard, unchecked_return_type = "LegacyConversion")]
pub fn convert_legacy_ward(
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
) -> JsValue {
    js(&units::convert_legacy_commune(&text(&code)))
}

/// The legacy communes that went into a 2025 commune → `LegacySources` (always an object; see
/// its `status`).
#[wasm_bindgen(js_name = legacySources, unchecked_return_type = "LegacySources")]
pub fn legacy_sources(#[wasm_bindgen(unchecked_param_type = "string")] code: JsValue) -> JsValue {
    js(&units::legacy_sources(&text(&code)))
}

/// The 63 CCCD birth-registration province codes (`"0"` + the legacy province code):
/// `CccdProvince[]`.
#[wasm_bindgen(js_name = cccdProvinces, unchecked_return_type = "CccdProvince[]")]
pub fn cccd_provinces() -> JsValue {
    js(&crate::reference::cccd::provinces())
}

/// Installs the legacy administrative units from the bytes of the package's `ctxh_legacy.bin`
/// (a `Uint8Array` or `ArrayBuffer`): `true` when the build has them now (loaded now or
/// before), `false` for anything else (another version's file, a damaged one, another value).
/// `loadLegacy()` fetches the file and calls this.
#[wasm_bindgen(js_name = loadLegacyUnits)]
pub fn load_legacy_units(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] file: JsValue,
) -> bool {
    let bytes = if let Some(buffer) = file.dyn_ref::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(buffer).to_vec()
    } else if let Some(array) = file.dyn_ref::<js_sys::Uint8Array>() {
        array.to_vec()
    } else {
        return false;
    };
    units::load_legacy_units(&bytes)
}
