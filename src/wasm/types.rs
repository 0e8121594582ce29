//! TypeScript declarations for the values that cross the boundary: the hand-written ones of the
//! exports (`api.d.ts`, checked against real values by `tests/typescript_api.rs`) and the
//! record types and code lists generated from the model (`model.d.ts`, by
//! `tests/typescript.rs`).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = include_str!("api.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_MODEL: &'static str = include_str!("model.d.ts");
