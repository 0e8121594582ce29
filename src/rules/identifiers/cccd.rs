//! Personal identification numbers (số định danh cá nhân, printed on the CCCD / Căn cước card):
//! 12 digits `AAA G YY NNNNNN` = birth-registration province (or country) code, century and
//! sex, last two digits of the birth year, serial (NĐ 137/2015 Điều 13; TT 07/2016/TT-BCA).
//! NĐ 70/2024 no longer states the structure, so only the 12 digits are a hard rule.

use serde::Serialize;

use super::{compact, PersonFacts};
use crate::model::person::Gender;
use crate::rules::at::At;
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
    crate::reference::cccd::province_name_for_prefix(prefix)
}

/// The 12 digits of a personal identification number written with optional spaces and dots
/// (what [`parse_cccd`] accepts), read without allocating: `None` for anything else.
fn digits12(text: &str) -> Option<[u8; 12]> {
    if let Ok(plain) = <[u8; 12]>::try_from(text.as_bytes()) {
        // Twelve bytes hold twelve digits only when nothing else is among them.
        return plain.iter().all(u8::is_ascii_digit).then_some(plain);
    }
    if text.len() > 64 {
        return None;
    }
    let mut out = [0u8; 12];
    let mut n = 0;
    for b in text.bytes() {
        match b {
            b' ' | b'.' => {}
            b'0'..=b'9' if n < 12 => {
                out[n] = b;
                n += 1;
            }
            _ => return None,
        }
    }
    (n == 12).then_some(out)
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
pub fn check_cccd<'p>(text: &str, facts: PersonFacts, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    let at = path.into();
    // The facts parse_cccd gives, read without allocating (a test holds the two together).
    let Some(b) = digits12(text) else {
        cx.error(at.path(), "cccd_format").param("length", 12usize);
        return;
    };
    if !crate::reference::cccd::is_province_prefix(&b[..3]) {
        cx.warning(at.path(), "cccd_province_unknown");
    }
    let g = u32::from(b[3] - b'0');
    let said_gender = if g % 2 == 0 {
        Gender::Male
    } else {
        Gender::Female
    };
    if let Some(Gender::Male | Gender::Female) = facts.gender {
        if Some(said_gender) != facts.gender {
            cx.warning(at.path(), "cccd_gender_mismatch");
        }
    }
    let said_year =
        1900 + 100 * (g / 2) as i32 + i32::from(b[4] - b'0') * 10 + i32::from(b[5] - b'0');
    if facts.birth_year.is_some_and(|year| year != said_year) {
        cx.warning(at.path(), "cccd_birth_year_mismatch");
    }
    if b[6..].iter().all(|&d| d == b'0') {
        cx.warning(at.path(), "cccd_serial_zero");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The allocation-free reader of `check_cccd` agrees with `parse_cccd` on what is a CCCD,
    /// its digits and the facts they encode.
    #[test]
    fn digits12_reads_what_parse_cccd_reads() {
        let texts = [
            "001190012345",
            "001 1 90 012345",
            "001.190.012.345",
            "0011900123456",
            "00119001234",
            "00119001234a",
            "00119001234５",
            " 079205001234 ",
            "",
            "079-205001234",
            "079 05001234",
            "07920500123.",
            "0792050012345",
        ];
        let long = format!("{}001190012345", " ".repeat(60));
        for text in texts.iter().copied().chain([long.as_str()]) {
            let info = parse_cccd(text);
            let digits = digits12(text);
            assert_eq!(info.valid, digits.is_some(), "{text:?}");
            if let Some(d) = digits {
                let d = std::str::from_utf8(&d).unwrap();
                assert_eq!(info.normalized.as_deref(), Some(d));
                assert_eq!(info.province_name, province_for_prefix(&d[..3]), "{text:?}");
            }
        }
    }
}
