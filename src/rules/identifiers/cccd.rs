//! Personal identification numbers (số định danh cá nhân, printed on the CCCD / Căn cước card):
//! 12 digits `AAA G YY NNNNNN` = birth-registration province (or country) code, century and
//! sex, last two digits of the birth year, serial (NĐ 137/2015 Điều 13; TT 07/2016/TT-BCA).
//! NĐ 70/2024 no longer states the structure, so only the 12 digits are a hard rule.

use serde::Serialize;

use super::{compact, PersonFacts};
use crate::issue::Path;
use crate::model::person::Gender;
use crate::rules::check::Check;

/// What the digits of a personal identification number say. They describe the birth
/// registration, not a verified fact about the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CccdInfo {
    /// Exactly 12 digits (after dropping spaces and dots).
    pub valid: bool,
    /// The 12 digits, when valid.
    pub normalized: Option<String>,
    /// The first three digits: the legacy province code with a leading `0`, or a country code.
    pub province_code: Option<String>,
    /// The province's name, when the first three digits are a known province code.
    pub province_name: Option<&'static str>,
    /// The sex the 4th digit encodes (even: male, odd: female).
    pub gender: Option<Gender>,
    /// The century of birth the 4th digit encodes, as an ordinal (20 = 1900–1999).
    pub century: Option<u32>,
    /// The birth year: the century plus the 5th–6th digits.
    pub birth_year: Option<i32>,
}

/// The province a birth-registration prefix (`"001"`) stands for (`"0"` + legacy province code).
fn province_for_prefix(prefix: &str) -> Option<&'static str> {
    crate::reference::cccd::province_for_prefix(prefix).map(|p| p.name)
}

/// Reads a personal identification number.
///
/// ```
/// use ctxh::model::person::Gender;
/// use ctxh::rules::identifiers::parse_cccd;
/// let c = parse_cccd("001 1 90 012345");
/// assert!(c.valid);
/// assert_eq!((c.gender, c.century, c.birth_year), (Some(Gender::Female), Some(20), Some(1990)));
/// assert_eq!(c.province_name, Some("Thành phố Hà Nội"));
/// assert_eq!(parse_cccd("003190012345").province_name, None);
/// let c = parse_cccd("079205001234");
/// assert_eq!((c.gender, c.birth_year), (Some(Gender::Male), Some(2005)));
/// assert!(!parse_cccd("12345").valid);
/// ```
pub fn parse_cccd(text: &str) -> CccdInfo {
    let digits = compact(text);
    let b = digits.as_bytes();
    if b.len() != 12 || !b.iter().all(u8::is_ascii_digit) {
        return CccdInfo {
            valid: false,
            normalized: None,
            province_code: None,
            province_name: None,
            gender: None,
            century: None,
            birth_year: None,
        };
    }
    let g = u32::from(b[3] - b'0');
    let yy = i32::from(b[4] - b'0') * 10 + i32::from(b[5] - b'0');
    let century_start = 1900 + 100 * (g / 2) as i32;
    let prefix = digits[..3].to_owned();
    CccdInfo {
        valid: true,
        province_name: province_for_prefix(&prefix),
        province_code: Some(prefix),
        gender: Some(if g % 2 == 0 {
            Gender::Male
        } else {
            Gender::Female
        }),
        century: Some(20 + g / 2),
        birth_year: Some(century_start + yy),
        normalized: Some(digits),
    }
}

/// Checks a number declared as a personal identification number, found at `path`, against
/// what is known of the person.
pub fn check_cccd(text: &str, facts: PersonFacts, cx: &mut Check<'_>, path: &Path) {
    let info = parse_cccd(text);
    if !info.valid {
        cx.error(path.clone(), "cccd_format")
            .param("length", 12usize);
        return;
    }
    if info.province_name.is_none() {
        cx.warning(path.clone(), "cccd_province_unknown");
    }
    if let (Some(said), Some(Gender::Male | Gender::Female)) = (info.gender, facts.gender) {
        if Some(said) != facts.gender {
            cx.warning(path.clone(), "cccd_gender_mismatch");
        }
    }
    if let (Some(said), Some(year)) = (info.birth_year, facts.birth_year) {
        if said != year {
            cx.warning(path.clone(), "cccd_birth_year_mismatch");
        }
    }
    if info
        .normalized
        .as_deref()
        .is_some_and(|d| d.ends_with("000000"))
    {
        cx.warning(path.clone(), "cccd_serial_zero");
    }
}
