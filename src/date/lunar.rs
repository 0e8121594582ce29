//! The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time zone (UTC+7): the
//! dates of Tết Nguyên đán (1/1 lunar) and Giỗ Tổ Hùng Vương (10/3 lunar) that the public
//! holidays need.
//!
//! The algorithm is the one published by Hồ Ngọc Đức ("Thuật toán tính âm lịch"): new moons
//! from Meeus' series, the sun's longitude for the solar terms, month 11 holding the winter
//! solstice, and a leap month being the first month without a major solar term in a year of
//! 13 months. Computed in UTC+7, which is why some Vietnamese dates differ from the Chinese
//! calendar (UTC+8): Tết 1985 and 2007, for example. Valid from 1900 to 2100; outside, the
//! functions answer `None`. The computation runs when the crate is built, not at run time: a
//! generated table (`lunar_table.rs`, 4 bytes a year: the months' lengths and the leap month)
//! holds its results, and `tests/lunar_table.rs` keeps the table equal to the computation
//! (`tests/support/lunar_astro.rs`) for every lunar date. `tests/holidays.rs` compares the
//! answers with a published table for 2020–2035.
//!
//! ```
//! use ctxh::date::{lunar, Date};
//! assert_eq!(lunar::tet(2026), Some(Date::ymd(2026, 2, 17)));
//! assert_eq!(lunar::hung_kings_day(2026), Some(Date::ymd(2026, 4, 26)));
//! ```

use super::lunar_table::{FIRST_MONTH_11, FIRST_YEAR, WINDOWS};
use super::Date;

/// The years the computation is trusted for.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;
/// The Julian day number of 1970-01-01.
const JD_EPOCH: i64 = 2_440_588;

/// The leap month's offset from month 11 in a window (0: none, the window has 12 months).
fn leap_offset(window: u32) -> i64 {
    i64::from((window >> 13) & 0xf)
}

/// The days of the first `months` months of a window.
fn days_before(window: u32, months: i64) -> i64 {
    (0..months).map(|i| 29 + i64::from((window >> i) & 1)).sum()
}

/// The window of solar year `year` (from its month 11 to the next year's) and the Julian day
/// number its month 11 starts on.
fn window(year: i32) -> Option<(u32, i64)> {
    let index = usize::try_from(year - FIRST_YEAR).ok()?;
    let entry = *WINDOWS.get(index)?;
    let start = FIRST_MONTH_11
        + WINDOWS[..index]
            .iter()
            .map(|&w| days_before(w, if leap_offset(w) > 0 { 13 } else { 12 }))
            .sum::<i64>();
    Some((entry, start))
}

/// The solar date of a lunar date (`leap`: the day is in the leap month of that number).
/// `None` outside 1900–2100, for a day outside 1..=30 or a month outside 1..=12, or for a
/// leap month the year does not have.
pub fn lunar_to_solar(day: u8, month: u8, year: i32, leap: bool) -> Option<Date> {
    if !YEARS.contains(&year) || !(1..=30).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    // Months 1 to 10 are in the window of the year before, months 11 and 12 in the year's own.
    let (entry, a11) = window(if month < 11 { year - 1 } else { year })?;
    let mut off = i64::from(month) - 11;
    if off < 0 {
        off += 12;
    }
    let leap_off = leap_offset(entry);
    if leap_off > 0 {
        let mut leap_month = leap_off - 2;
        if leap_month < 0 {
            leap_month += 12;
        }
        if leap && i64::from(month) != leap_month {
            return None;
        }
        if leap || off >= leap_off {
            off += 1;
        }
    } else if leap {
        return None;
    }
    let jd = a11 + days_before(entry, off) + i64::from(day) - 1;
    Date::from_days_since_epoch(jd - JD_EPOCH)
}

/// Tết Nguyên đán: the first day of the lunar year that starts in solar year `year`.
pub fn tet(year: i32) -> Option<Date> {
    lunar_to_solar(1, 1, year, false)
}

/// Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (never the leap one) of the lunar
/// year that starts in solar year `year`.
pub fn hung_kings_day(year: i32) -> Option<Date> {
    lunar_to_solar(10, 3, year, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates_and_limits() {
        // Tết 2007 is 17 Feb in Vietnam, 18 Feb in China: the time zone matters.
        assert_eq!(tet(2007), Some(Date::ymd(2007, 2, 17)));
        assert_eq!(tet(1985), Some(Date::ymd(1985, 1, 21)));
        // 2023 had a leap 2nd month: 1/2 nhuận = 22 Mar 2023.
        assert_eq!(
            lunar_to_solar(1, 2, 2023, true),
            Some(Date::ymd(2023, 3, 22))
        );
        assert_eq!(lunar_to_solar(1, 5, 2023, true), None);
        assert_eq!(lunar_to_solar(1, 2, 2024, true), None);
        assert_eq!(tet(1899), None);
        assert_eq!(lunar_to_solar(0, 1, 2025, false), None);
        assert_eq!(lunar_to_solar(1, 13, 2025, false), None);
    }
}
