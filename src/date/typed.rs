//! Dates as Vietnamese users type them: `dd/mm/yyyy` and its variants.

use super::civil::{digits, Date};

/// Parses a date typed the Vietnamese way: `dd/mm/yyyy`, also with `-` or `.` as separator,
/// one-digit day or month (`5/2/2024`), surrounding spaces, or the ISO form `yyyy-mm-dd`.
/// Two-digit years are refused (ambiguous).
///
/// ```
/// use ctxh::date::parse_typed_date;
/// assert_eq!(parse_typed_date("05/02/2024").unwrap().to_string(), "2024-02-05");
/// assert_eq!(parse_typed_date(" 5.2.2024 ").unwrap().to_string(), "2024-02-05");
/// assert!(parse_typed_date("31/02/2024").is_none());
/// assert!(parse_typed_date("05/02/24").is_none());
/// ```
pub fn parse_typed_date(text: &str) -> Option<Date> {
    let t = text.trim();
    if let Some(d) = Date::parse_iso(t) {
        return Some(d);
    }
    let sep = t.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let mut parts = t.split(sep);
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() > 2 || m.len() > 2 || y.len() != 4 {
        return None;
    }
    Date::new(digits(y)? as i32, digits(m)? as u8, digits(d)? as u8)
}
