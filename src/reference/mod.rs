//! Embedded reference data, generated from `data/*.csv`.
//! (Filled in by the administrative-units issue.)

pub mod cccd;
mod generated;
pub mod units;
