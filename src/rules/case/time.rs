//! Day boundaries in Vietnam (UTC+7), for deadlines that end with a day.

use crate::date::{Date, DateTime};

/// Vietnam's offset from UTC, in minutes.
const VN_OFFSET_MINUTES: i16 = 7 * 60;

/// 00:00:00+07:00 on `date`.
pub(super) fn start_of_day(date: Date) -> Option<DateTime> {
    let secs = date.days_since_epoch() * 86_400 - i64::from(VN_OFFSET_MINUTES) * 60;
    DateTime::from_epoch_seconds(secs, VN_OFFSET_MINUTES)
}

/// 23:59:59+07:00 on `date`: a deadline "within the day" is met by anything up to this instant.
pub(super) fn end_of_day(date: Date) -> Option<DateTime> {
    let secs = (date.days_since_epoch() + 1) * 86_400 - i64::from(VN_OFFSET_MINUTES) * 60 - 1;
    DateTime::from_epoch_seconds(secs, VN_OFFSET_MINUTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_boundaries_in_vietnam() {
        let d = Date::parse_iso("2025-07-04").unwrap();
        assert_eq!(
            start_of_day(d).unwrap().to_string(),
            "2025-07-04T00:00:00+07:00"
        );
        assert_eq!(
            end_of_day(d).unwrap().to_string(),
            "2025-07-04T23:59:59+07:00"
        );
        assert_eq!(
            end_of_day(d).unwrap().plus_minutes(0).unwrap(),
            DateTime::parse("2025-07-04T16:59:59Z").unwrap()
        );
        let last = Date::parse_iso("9999-12-31").unwrap();
        assert!(end_of_day(last).is_some());
        assert!(start_of_day(Date::parse_iso("0001-01-01").unwrap()).is_some());
    }
}
