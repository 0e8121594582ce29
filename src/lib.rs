//! # ctxh
//!
//! One set of validation rules for the data of Vietnam's social work sector (công tác xã hội):
//! staff, facilities and cases, with the country's administrative units of both eras (34
//! provinces since 1 July 2025, 63 provinces before). The same code runs natively and, compiled
//! to WebAssembly, in every portal's browser, and gives byte-identical reports.
//!
//! Every validation returns a [`report::Report`]: `{ valid, issues: [{ path, pathText, code,
//! severity, params, message }] }`, with stable codes, wire-name paths and messages in
//! Vietnamese (default) or English, never echoing a field's value.

//!
//! The modules are layered; each imports only from the layers below it (see ARCHITECTURE.md,
//! and `tests/layers.rs`, which fails on an import that runs upwards):
//!
//! 1. [`text`], [`date`], [`issue`], [`meta`], [`version`]: the ground floor.
//! 2. [`i18n`], [`intake`], then [`options`] and [`reference`](mod@reference).
//! 3. [`model`]: plain record types and the registry of record kinds.
//! 4. [`rules`]: the rule families, their catalogue and the `Validated` impls.
//! 5. [`report`], then [`validate`] and [`workflow`].
//! 6. [`table`], [`batch`], [`indicators`], [`schema`]: the collection layer (spreadsheets read
//!    as records; many records in one report; programme indicators; JSON Schema per record kind).
//! 7. The WebAssembly boundary (`wasm`, wasm32 only).

// No unsafe code in the crate (Cargo.toml denies it everywhere; only a test binary that
// counts allocations with a global allocator allows it for itself).
#![forbid(unsafe_code)]

pub mod batch;
pub mod date;
pub mod i18n;
pub mod indicators;
pub mod intake;
pub mod issue;
pub mod meta;
pub mod model;
pub mod options;
pub mod reference;
pub mod report;
pub mod rules;
pub mod schema;
pub mod table;
pub mod text;
pub mod validate;
pub mod version;
pub mod workflow;

#[cfg(target_arch = "wasm32")]
mod wasm;

/// The README's Rust examples, compiled and run as doctests (`cargo test --doc`).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
