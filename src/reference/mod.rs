//! Embedded reference data: administrative units of both eras (generated from `data/*.csv`),
//! CCCD birth-registration codes, ethnic groups, professional titles, phone numbering.

pub mod cccd;
pub mod code_set;
pub mod ethnic;
mod generated;
pub mod indicators;
pub mod phone;
pub mod reforms;
pub mod titles;
pub mod units;
