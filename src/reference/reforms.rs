//! The days of the 2025 reforms that rules date agency names and levels by (domain-research §1).
//!
//! - From 1 March 2025 social protection and child protection belong to the health sector
//!   (Bộ Y tế, Sở Y tế) instead of the labour, invalids and social affairs sector (Bộ/Sở/Phòng
//!   LĐ-TB&XH) (NĐ 42/2025/NĐ-CP).
//! - From 1 July 2025 local government has two levels: the district level ended on 30 June 2025.

use crate::date::Date;

/// The first day of the health sector's social protection function.
pub const HEALTH_SECTOR_FROM: Date = Date::ymd(2025, 3, 1);

/// The last day of the labour sector's social protection function.
pub const LABOUR_SECTOR_UNTIL: Date = Date::ymd(2025, 2, 28);

/// The last day of district-level authorities.
pub const DISTRICT_LEVEL_UNTIL: Date = Date::ymd(2025, 6, 30);

/// The first day without district-level authorities (two-level local government).
pub const TWO_LEVELS_FROM: Date = Date::ymd(2025, 7, 1);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_period_ends_the_day_before_the_next_begins() {
        assert_eq!(LABOUR_SECTOR_UNTIL.add_days(1), Some(HEALTH_SECTOR_FROM));
        assert_eq!(DISTRICT_LEVEL_UNTIL.add_days(1), Some(TWO_LEVELS_FROM));
    }
}
