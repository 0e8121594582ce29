//! Format rules of the other numbers: old identity card (CMND), social insurance, tax code,
//! passport.

use super::compact;
use crate::rules::at::At;
use crate::rules::check::Check;

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// CMND: 9 or 12 digits.
pub fn check_cmnd<'p>(text: &str, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    let at = path.into();
    let d = compact(text);
    if !(all_digits(&d) && (d.len() == 9 || d.len() == 12)) {
        cx.error(at.path(), "cmnd_format");
    }
}

/// Social insurance number (mã số BHXH): 10 digits (unverified, so a warning).
pub fn check_social_insurance<'p>(text: &str, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    let at = path.into();
    let d = compact(text);
    if !(all_digits(&d) && d.len() == 10) {
        cx.warning(at.path(), "social_insurance_format")
            .param("length", 10usize);
    }
}

/// The check digit rule of 10-digit tax codes (community-documented, not in the circular):
/// `N10 = 10 − (Σ Ni·Wi mod 11)` with `W = 31, 29, 23, 19, 17, 13, 7, 5, 3`; a result of 10
/// means no tax code can have these first nine digits. `None` unless `first10` is 10 digits.
///
/// ```
/// use ctxh::rules::identifiers::tax_code_check_digit_ok;
/// assert_eq!(tax_code_check_digit_ok("0100233488"), Some(true));
/// assert_eq!(tax_code_check_digit_ok("0100233489"), Some(false));
/// ```
pub fn tax_code_check_digit_ok(first10: &str) -> Option<bool> {
    const W: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    let b = first10.as_bytes();
    if b.len() != 10 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = W.iter().zip(b).map(|(w, d)| w * u32::from(d - b'0')).sum();
    let check = 10 - sum % 11;
    Some(check < 10 && check == u32::from(b[9] - b'0'))
}

/// Tax code (mã số thuế): `N1..N10` or `N1..N10-N11..N13` (TT 105/2020/TT-BTC Điều 5), or
/// an individual's 12-digit personal ID (Luật Quản lý thuế 2019 Điều 35(7)).
pub fn check_tax_code<'p>(text: &str, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    check_tax_code_at(text, cx, path.into());
}

fn check_tax_code_at(text: &str, cx: &mut Check<'_>, at: At<'_>) {
    let t = compact(text);
    let (main, branch) = match t.split_once('-') {
        Some((m, b)) => (m, Some(b)),
        None => (t.as_str(), None),
    };
    let personal_id = branch.is_none() && main.len() == 12 && all_digits(main);
    if personal_id {
        return;
    }
    let shape_ok = main.len() == 10
        && all_digits(main)
        && branch.is_none_or(|b| b.len() == 3 && all_digits(b));
    if !shape_ok {
        cx.error(at.path(), "tax_code_format");
        return;
    }
    if main.get(2..9) == Some("0000000") || branch == Some("000") {
        cx.error(at.path(), "tax_code_range");
        return;
    }
    if tax_code_check_digit_ok(main) == Some(false) {
        cx.warning(at.path(), "tax_code_check_digit");
    }
}

/// Passport number: 6 to 9 letters and digits with at least one digit (ICAO Doc 9303 allows
/// 9 characters; Vietnamese passports are one letter and 7 digits).
pub fn check_passport<'p>(text: &str, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    let at = path.into();
    let t: String = text.chars().filter(|c| *c != ' ').collect();
    let ok = (6..=9).contains(&t.len())
        && t.bytes().all(|b| b.is_ascii_alphanumeric())
        && t.bytes().any(|b| b.is_ascii_digit());
    if !ok {
        cx.warning(at.path(), "passport_format")
            .param("min", 6usize)
            .param("max", 9usize);
    }
}
