//! The WebAssembly boundary: converts JavaScript values, forwards to the core, converts back.
//! Nothing here decides anything; every rule lives in the core.

// The collection layer (batches, indicators): only in the `ctxh/full` entry's module (cargo
// feature `wasm-collections`), so that form pages do not download it.
#[cfg(feature = "wasm-collections")]
mod batch;
mod cases;
mod convert;
mod general;
#[cfg(feature = "wasm-collections")]
mod indicators;
mod schema;
mod staff;
mod types;
mod units;
mod validate;
