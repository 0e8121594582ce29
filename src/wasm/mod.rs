//! The WebAssembly boundary: converts JavaScript values, forwards to the core, converts back.
//! Nothing here decides anything; every rule lives in the core.

mod batch;
mod cases;
mod convert;
mod general;
mod indicators;
mod schema;
mod staff;
mod types;
mod units;
mod validate;
