//! Calendar dates (`YYYY-MM-DD`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    /// Thứ Hai.
    Monday,
    /// Thứ Ba.
    Tuesday,
    /// Thứ Tư.
    Wednesday,
    /// Thứ Năm.
    Thursday,
    /// Thứ Sáu.
    Friday,
    /// Thứ Bảy.
    Saturday,
    /// Chủ Nhật.
    Sunday,
}

/// A calendar date between years 1 and 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Whether `year` is a Gregorian leap year.
pub(crate) const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year`.
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses exactly `n` ASCII digits.
pub(crate) fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Date {
    /// A date from its parts, if it exists (1 ≤ year ≤ 9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date written in the code, for constants: `const D: Date = Date::ymd(2025, 7, 1);`.
    /// A date that does not exist fails to compile when used in a constant.
    ///
    /// ```
    /// use ctxh::date::Date;
    /// const REFORM: Date = Date::ymd(2025, 7, 1);
    /// assert_eq!(REFORM.to_string(), "2025-07-01");
    /// ```
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        assert!(
            1 <= year && year <= 9999 && 1 <= month && month <= 12,
            "no such date"
        );
        assert!(
            day >= 1 && day <= days_in_month(year, month),
            "no such date"
        );
        Date { year, month, day }
    }

    /// Parses strict ISO 8601 `YYYY-MM-DD`.
    ///
    /// ```
    /// use ctxh::date::Date;
    /// assert!(Date::parse_iso("2025-07-01").is_some());
    /// assert!(Date::parse_iso("2025-02-29").is_none());
    /// assert!(Date::parse_iso("2025-7-1").is_none());
    /// ```
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = digits(&s[0..4])?;
        let m = digits(&s[5..7])?;
        let d = digits(&s[8..10])?;
        Date::new(y as i32, m as u8, d as u8)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if it lies in years 1..=9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u8, d as u8)
    }

    /// The date `n` days later (or earlier, for negative `n`); `None` past the supported range.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(n)?)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match self.days_since_epoch().rem_euclid(7) {
            0 => Weekday::Thursday,
            1 => Weekday::Friday,
            2 => Weekday::Saturday,
            3 => Weekday::Sunday,
            4 => Weekday::Monday,
            5 => Weekday::Tuesday,
            _ => Weekday::Wednesday,
        }
    }

    /// Whether civil servants work on this date: Monday to Friday except Vietnam's public
    /// holidays, with the government's yearly swaps ([`super::holidays::is_working_day`]).
    pub fn is_working_day(self) -> bool {
        super::holidays::is_working_day(self)
    }

    /// The `n`-th working day ([`Date::is_working_day`]) after this date; `n = 0` is this
    /// date itself.
    pub fn add_working_days(self, n: u32) -> Option<Date> {
        let mut d = self;
        let mut left = n;
        while left > 0 {
            d = d.add_days(1)?;
            if d.is_working_day() {
                left -= 1;
            }
        }
        Some(d)
    }

    /// The date `n` calendar months later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb).
    pub fn add_months(self, n: u32) -> Option<Date> {
        let total = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(n);
        let year = i32::try_from(total.div_euclid(12)).ok()?;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// Whole years from `birth` to `self` (age on this date); negative when `birth` is later.
    pub fn years_since(self, birth: Date) -> i32 {
        let mut years = self.year - birth.year;
        if (self.month, self.day) < (birth.month, birth.day) {
            years -= 1;
        }
        years
    }

    /// Today's date in Vietnam (UTC+7) from the system clock. Native only: in WebAssembly the
    /// boundary reads the host clock and passes the date in.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_in_vietnam() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_epoch_millis_in_vietnam(secs * 1000)
    }

    /// The date in Vietnam (UTC+7) at `millis` milliseconds since the Unix epoch.
    pub fn from_epoch_millis_in_vietnam(millis: i64) -> Date {
        let days = (millis + 7 * 3_600_000).div_euclid(86_400_000);
        Date::from_days_since_epoch(days).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        })
    }
}

impl fmt::Display for Date {
    /// ISO form, `2025-07-01`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom("expected a date YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_round_trip_over_four_centuries() {
        let start = Date::new(1900, 1, 1).unwrap().days_since_epoch();
        for n in (start..start + 146_097 + 400).step_by(7) {
            let d = Date::from_days_since_epoch(n).unwrap();
            assert_eq!(d.days_since_epoch(), n);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
    }

    #[test]
    fn weekdays_and_working_days() {
        let fri = Date::parse_iso("2025-07-04").unwrap();
        assert_eq!(fri.weekday(), Weekday::Friday);
        assert_eq!(fri.add_working_days(1).unwrap().to_string(), "2025-07-07");
        assert_eq!(fri.add_working_days(5).unwrap().to_string(), "2025-07-11");
        let sat = Date::parse_iso("2025-07-05").unwrap();
        assert!(!sat.is_working_day());
        assert_eq!(sat.add_working_days(1).unwrap().to_string(), "2025-07-07");
        assert_eq!(fri.add_working_days(0), Some(fri));
    }

    #[test]
    fn ages_months_and_bounds() {
        let b = Date::parse_iso("2008-02-29").unwrap();
        assert_eq!(Date::parse_iso("2024-02-28").unwrap().years_since(b), 15);
        assert_eq!(Date::parse_iso("2024-02-29").unwrap().years_since(b), 16);
        let j = Date::parse_iso("2025-01-31").unwrap();
        assert_eq!(j.add_months(1).unwrap().to_string(), "2025-02-28");
        assert_eq!(j.add_months(3).unwrap().to_string(), "2025-04-30");
        assert!(Date::new(10_000, 1, 1).is_none());
        assert!(Date::new(9999, 12, 31).unwrap().add_days(1).is_none());
        assert!(Date::parse_iso("２０２５-01-01").is_none());
        assert!(Date::parse_iso("2025-13-01").is_none());
        assert!(Date::parse_iso("0000-01-01").is_none());
    }

    #[test]
    fn vietnam_day_starts_at_17_utc() {
        // 2025-06-30T17:00:00Z is 2025-07-01T00:00:00+07:00.
        let ms = Date::new(2025, 7, 1).unwrap().days_since_epoch() * 86_400_000 - 7 * 3_600_000;
        assert_eq!(
            Date::from_epoch_millis_in_vietnam(ms).to_string(),
            "2025-07-01"
        );
        assert_eq!(
            Date::from_epoch_millis_in_vietnam(ms - 1).to_string(),
            "2025-06-30"
        );
    }
}
