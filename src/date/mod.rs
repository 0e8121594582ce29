//! Dates as the sector writes them: ISO calendar dates, partial birth dates, date-times with an
//! offset, the `dd/mm/yyyy` form users type, and working days (Monday to Friday
//! less Vietnam's public holidays, [`holidays`], with the lunar dates of [`lunar`]).
//!
//! Hand-written civil-calendar arithmetic (proleptic Gregorian), small enough for the browser
//! bundle and free of any clock: "today" always comes from the caller (`Options::as_of`).

mod civil;
mod datetime;
pub mod holidays;
pub mod lunar;
// Generated (tests/lunar_table.rs).
#[rustfmt::skip]
mod lunar_table;
mod partial;
mod typed;

pub use civil::{Date, Weekday};
pub use datetime::DateTime;
pub use partial::PartialDate;
pub use typed::parse_typed_date;
