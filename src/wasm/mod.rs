//! The WebAssembly boundary: converts JavaScript values, forwards to the core, converts back.
//! Nothing here decides anything; every rule lives in the core.

mod batch;
mod cases;
mod convert;
mod general;
// computeIndicators and friends: only in the `ctxh/indicators` entry's module (cargo feature
// `wasm-indicators`), so that form pages do not download the indicator code and catalogue.
#[cfg(feature = "wasm-indicators")]
mod indicators;
mod schema;
mod staff;
mod types;
mod units;
mod validate;
