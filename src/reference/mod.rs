//! Embedded reference data, generated from `data/*.csv`.
//! (Filled in by the administrative-units issue.)
