//! Embedded reference data, generated from `data/*.csv`.
//! (Filled in by the administrative-units issue.)

pub mod ethnic;
pub mod letters;
pub mod phone;
pub mod titles;
