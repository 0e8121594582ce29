//! Date-times with an explicit offset (`2025-07-01T08:30:00+07:00`), compared as instants.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::civil::{digits, Date};

/// An instant written as a local date-time with its UTC offset, as RFC 3339 requires.
///
/// Equality and order compare instants, so `01:00+07:00` equals `18:00Z` of the day before.
#[derive(Debug, Clone, Copy)]
pub struct DateTime {
    date: Date,
    seconds_of_day: u32,
    offset_minutes: i16,
}

impl DateTime {
    /// Parses RFC 3339: `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM` (a space
    /// may stand for `T`). An offset is required: a time without one is ambiguous.
    ///
    /// ```
    /// use ctxh::date::DateTime;
    /// let a = DateTime::parse("2025-07-01T08:30:00+07:00").unwrap();
    /// let b = DateTime::parse("2025-07-01T01:30:00Z").unwrap();
    /// assert_eq!(a, b);
    /// assert!(DateTime::parse("2025-07-01T08:30:00").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<DateTime> {
        let b = s.as_bytes();
        if b.len() < 17 || !(b[10] == b'T' || b[10] == b't' || b[10] == b' ') {
            return None;
        }
        let date = Date::parse_iso(s.get(..10)?)?;
        let rest = s.get(11..)?;
        if rest.as_bytes().get(2) != Some(&b':') {
            return None;
        }
        let h = digits(rest.get(0..2)?)?;
        let mi = digits(rest.get(3..5)?)?;
        let mut tail = rest.get(5..)?;
        let mut sec = 0;
        if let Some(t) = tail.strip_prefix(':') {
            sec = digits(t.get(0..2)?)?;
            tail = t.get(2..)?;
            if let Some(frac) = tail.strip_prefix('.') {
                let n = frac.bytes().take_while(u8::is_ascii_digit).count();
                if n == 0 || n > 9 {
                    return None;
                }
                tail = &frac[n..];
            }
        }
        if h > 23 || mi > 59 || sec > 59 {
            return None;
        }
        let offset_minutes = if tail == "Z" || tail == "z" {
            0
        } else {
            let sign = match tail.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let o = tail.get(1..)?;
            if o.len() != 5 || o.as_bytes()[2] != b':' {
                return None;
            }
            let oh = digits(&o[..2])?;
            let om = digits(&o[3..])?;
            if oh > 14 || om > 59 {
                return None;
            }
            sign * (oh * 60 + om) as i16
        };
        Some(DateTime {
            date,
            seconds_of_day: h * 3600 + mi * 60 + sec,
            offset_minutes,
        })
    }

    /// Seconds since the Unix epoch (the instant).
    pub fn epoch_seconds(self) -> i64 {
        self.date.days_since_epoch() * 86_400 + i64::from(self.seconds_of_day)
            - i64::from(self.offset_minutes) * 60
    }

    /// The instant `minutes` later.
    pub fn plus_minutes(self, minutes: i64) -> Option<DateTime> {
        DateTime::from_epoch_seconds(self.epoch_seconds() + minutes * 60, self.offset_minutes)
    }

    /// The instant at `secs` since the epoch, written with `offset_minutes`.
    pub fn from_epoch_seconds(secs: i64, offset_minutes: i16) -> Option<DateTime> {
        let local = secs + i64::from(offset_minutes) * 60;
        let date = Date::from_days_since_epoch(local.div_euclid(86_400))?;
        Some(DateTime {
            date,
            seconds_of_day: local.rem_euclid(86_400) as u32,
            offset_minutes,
        })
    }

    /// The calendar date in Vietnam (UTC+7) at this instant.
    pub fn date_in_vietnam(self) -> Date {
        Date::from_epoch_millis_in_vietnam(self.epoch_seconds() * 1000)
    }

    /// The local calendar date as written.
    pub fn local_date(self) -> Date {
        self.date
    }
}

impl PartialEq for DateTime {
    fn eq(&self, other: &Self) -> bool {
        self.epoch_seconds() == other.epoch_seconds()
    }
}
impl Eq for DateTime {}
impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for DateTime {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.epoch_seconds().cmp(&other.epoch_seconds())
    }
}

impl fmt::Display for DateTime {
    /// RFC 3339 with seconds and the original offset: `2025-07-01T08:30:00+07:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.seconds_of_day;
        write!(
            f,
            "{}T{:02}:{:02}:{:02}",
            self.date,
            s / 3600,
            s / 60 % 60,
            s % 60
        )?;
        if self.offset_minutes == 0 {
            f.write_str("Z")
        } else {
            let o = self.offset_minutes.unsigned_abs();
            let sign = if self.offset_minutes < 0 { '-' } else { '+' };
            write!(f, "{sign}{:02}:{:02}", o / 60, o % 60)
        }
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        DateTime::parse(&s)
            .ok_or_else(|| serde::de::Error::custom("expected an RFC 3339 date-time with offset"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_compares_instants() {
        let a = DateTime::parse("2025-07-01T08:30:00+07:00").unwrap();
        assert_eq!(a.to_string(), "2025-07-01T08:30:00+07:00");
        assert_eq!(
            a.plus_minutes(12 * 60).unwrap().to_string(),
            "2025-07-01T20:30:00+07:00"
        );
        let late = DateTime::parse("2025-07-01T20:31+07:00").unwrap();
        assert!(late > a.plus_minutes(720).unwrap());
        assert_eq!(
            DateTime::parse("2025-06-30T18:00:00.123Z")
                .unwrap()
                .date_in_vietnam()
                .to_string(),
            "2025-07-01"
        );
        for bad in [
            "2025-07-01",
            "2025-07-01T24:00:00Z",
            "2025-07-01T08:30:00+7:00",
            "2025-07-01T08:30:00+07:00x",
            "2025-07-01T08:3Z",
            "2025-07-01T08:30:00.Z",
        ] {
            assert!(DateTime::parse(bad).is_none(), "{bad}");
        }
    }
}
