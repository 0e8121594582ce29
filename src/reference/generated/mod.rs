// generated from data/*.csv by tests/support/units_gen.rs (CTXH_BLESS=1 cargo test --test reference_tables); DO NOT EDIT
//! Tables generated from `data/*.csv`, decoded once, lazily, by `crate::reference::units`.

#[rustfmt::skip]
pub mod legacy_provinces;
#[cfg(feature = "legacy-units")]
#[cfg_attr(feature = "legacy-units-loadable", allow(dead_code))] // loaded from a file
#[rustfmt::skip]
pub mod lineage;
#[rustfmt::skip]
pub mod units_2025;
#[cfg(feature = "legacy-units")]
#[cfg_attr(feature = "legacy-units-loadable", allow(dead_code))] // loaded from a file
#[rustfmt::skip]
pub mod units_legacy;
