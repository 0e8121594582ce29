//! Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) for birth dates that are not fully known.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::civil::{days_in_month, digits, Date};

/// A date known to the year, the month or the day (abandoned children, elderly clients).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// Only the year: `1950`.
    Year(i32),
    /// Year and month: `1950-03`.
    YearMonth(i32, u8),
    /// A full date.
    Full(Date),
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// ```
    /// use ctxh::date::PartialDate;
    /// assert_eq!(PartialDate::parse("1950").unwrap().year(), 1950);
    /// assert!(PartialDate::parse("1950-13").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<PartialDate> {
        match s.len() {
            4 => {
                let y = digits(s)? as i32;
                (y >= 1).then_some(PartialDate::Year(y))
            }
            7 if s.as_bytes()[4] == b'-' => {
                let y = digits(&s[..4])? as i32;
                let m = digits(&s[5..])? as u8;
                (y >= 1 && (1..=12).contains(&m)).then_some(PartialDate::YearMonth(y, m))
            }
            10 => Date::parse_iso(s).map(PartialDate::Full),
            _ => None,
        }
    }

    /// The year.
    pub fn year(self) -> i32 {
        match self {
            PartialDate::Year(y) | PartialDate::YearMonth(y, _) => y,
            PartialDate::Full(d) => d.year(),
        }
    }

    /// The earliest day the date can be.
    pub fn earliest(self) -> Date {
        match self {
            PartialDate::Year(y) => Date::new(y, 1, 1),
            PartialDate::YearMonth(y, m) => Date::new(y, m, 1),
            PartialDate::Full(d) => Some(d),
        }
        .unwrap_or_else(|| Date::new(1, 1, 1).expect("valid"))
    }

    /// The latest day the date can be.
    pub fn latest(self) -> Date {
        match self {
            PartialDate::Year(y) => Date::new(y, 12, 31),
            PartialDate::YearMonth(y, m) => Date::new(y, m, days_in_month(y, m)),
            PartialDate::Full(d) => Some(d),
        }
        .unwrap_or_else(|| Date::new(9999, 12, 31).expect("valid"))
    }

    /// The age range on `on`: (youngest possible, oldest possible) whole years.
    pub fn age_range_on(self, on: Date) -> (i32, i32) {
        (
            on.years_since(self.latest()),
            on.years_since(self.earliest()),
        )
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::YearMonth(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Full(d) => d.fmt(f),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        PartialDate::parse(&s)
            .ok_or_else(|| serde::de::Error::custom("expected YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_of_partial_dates() {
        let on = Date::parse_iso("2025-06-15").unwrap();
        assert_eq!(
            PartialDate::parse("2010").unwrap().age_range_on(on),
            (14, 15)
        );
        assert_eq!(
            PartialDate::parse("2010-06").unwrap().age_range_on(on),
            (14, 15)
        );
        assert_eq!(
            PartialDate::parse("2010-06-15").unwrap().age_range_on(on),
            (15, 15)
        );
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().latest().to_string(),
            "2024-02-29"
        );
        assert!(PartialDate::parse("0000").is_none());
        assert!(PartialDate::parse("20x0").is_none());
        assert!(PartialDate::parse("").is_none());
    }
}
