//! # ctxh
//!
//! One set of validation rules for the data of Vietnam's social work sector (công tác xã hội):
//! staff, facilities and cases, with the country's administrative units of both eras (34
//! provinces since 1 July 2025, 63 provinces before). The same code runs natively and, compiled
//! to WebAssembly, in every portal's browser, and gives byte-identical reports.
//!
//! Every validation returns a [`issue::Report`]: `{ valid, issues: [{ path, pathText, code,
//! severity, params, message }] }`, with stable codes, wire-name paths and messages in
//! Vietnamese (default) or English, never echoing a field's value.

pub mod date;
pub mod i18n;
pub mod intake;
pub mod issue;
pub mod model;
pub mod options;
pub mod reference;
pub mod rules;
pub mod text;
pub mod validate;
pub mod version;

#[cfg(target_arch = "wasm32")]
mod wasm;
