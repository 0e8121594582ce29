//! Phone numbers: normalisation and classification (mobile, landline, old formats).

use serde::Serialize;

use crate::issue::Path;
use crate::reference::phone::{legacy_prefix, new_mobile_prefix, MOBILE_PREFIXES};
use crate::rules::check::Check;

/// What kind of number a phone number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhoneKind {
    /// A 10-digit mobile number `0[35789]xxxxxxxx`.
    Mobile,
    /// An 11-digit landline number `02xxxxxxxxx` (the format since 2017).
    Landline,
    /// An 11-digit mobile number from before the 2018–2019 conversion.
    LegacyMobile,
    /// A landline number in the area-code format before 2017.
    LegacyLandline,
    /// Not a Vietnamese phone number.
    Invalid,
}

/// What [`normalize_phone`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneInfo {
    /// The digits in national form (`0912345678`), when the text is a phone number at all.
    pub normalized: Option<String>,
    /// Mobile, landline, an old format, or invalid.
    pub kind: PhoneKind,
    /// For an old 11-digit mobile number: the number it became.
    pub suggestion: Option<String>,
    /// For a mobile number: whether its 3-digit prefix is known to be allocated.
    pub known_prefix: bool,
}

impl PhoneInfo {
    fn invalid() -> PhoneInfo {
        PhoneInfo {
            normalized: None,
            kind: PhoneKind::Invalid,
            suggestion: None,
            known_prefix: false,
        }
    }
}

/// Normalises a phone number as typed: drops spaces, dots, dashes and parentheses, turns
/// `+84` / `0084` / `84` into `0`, then classifies it.
///
/// ```
/// use ctxh::rules::identifiers::{normalize_phone, PhoneKind};
/// let p = normalize_phone("+84 (0) 912.345.678");
/// assert_eq!((p.normalized.as_deref(), p.kind), (Some("0912345678"), PhoneKind::Mobile));
/// let old = normalize_phone("0168 123 4567");
/// assert_eq!(old.kind, PhoneKind::LegacyMobile);
/// assert_eq!(old.suggestion.as_deref(), Some("0381234567"));
/// assert_eq!(normalize_phone("024 3825 1234").kind, PhoneKind::Landline);
/// assert_eq!(normalize_phone("0623.821002").kind, PhoneKind::LegacyLandline);
/// assert_eq!(normalize_phone("12345").kind, PhoneKind::Invalid);
/// ```
pub fn normalize_phone(text: &str) -> PhoneInfo {
    let mut buf = [0u8; 66];
    let Some(number) = normalized(text, &mut buf) else {
        return PhoneInfo::invalid();
    };
    let kind = kind_of(number);
    if kind == PhoneKind::Invalid {
        return PhoneInfo::invalid();
    }
    let suggestion = match kind {
        PhoneKind::LegacyMobile => number
            .get(..4)
            .and_then(new_mobile_prefix)
            .zip(number.get(4..))
            .map(|(new, rest)| format!("{new}{rest}")),
        _ => None,
    };
    PhoneInfo {
        known_prefix: known_prefix(kind, number),
        normalized: Some(number.to_owned()),
        kind,
        suggestion,
    }
}

/// The number as `0` + its national digits, written into `buf` (no allocation), or `None` when
/// it cannot be a Vietnamese number: spaces, dots, dashes and parentheses dropped, `+84`,
/// `0084`, `84` (11–12 digits) or `0` taken off, then only digits.
fn normalized<'b>(text: &str, buf: &'b mut [u8; 66]) -> Option<&'b str> {
    if text.len() > 64 {
        return None;
    }
    let mut compact = [0u8; 64];
    let mut n = 0;
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, '.' | '-' | '(' | ')' | '\u{2013}') {
            continue;
        }
        // Any other character outside ASCII can only end up among the digits: not a number.
        if !c.is_ascii() {
            return None;
        }
        compact[n] = c as u8;
        n += 1;
    }
    let compact = &compact[..n];
    let national: &[u8] = if let Some(rest) = compact.strip_prefix(b"+84") {
        rest
    } else if compact.starts_with(b"+") {
        return None;
    } else if let Some(rest) = compact.strip_prefix(b"0084") {
        rest
    } else if compact.starts_with(b"84") && (11..=12).contains(&compact.len()) {
        &compact[2..]
    } else {
        compact.strip_prefix(b"0")?
    };
    let national = national.strip_prefix(b"0").unwrap_or(national);
    if national.is_empty() || !national.iter().all(u8::is_ascii_digit) {
        return None;
    }
    buf[0] = b'0';
    buf[1..=national.len()].copy_from_slice(national);
    std::str::from_utf8(&buf[..=national.len()]).ok()
}

/// What kind of number a normalised number (`0` + national digits) is.
fn kind_of(number: &str) -> PhoneKind {
    let b = number.as_bytes();
    match (number.len(), b.get(1).copied()) {
        (10, Some(b'3' | b'5' | b'7' | b'8' | b'9')) => PhoneKind::Mobile,
        (11, Some(b'2')) => PhoneKind::Landline,
        (11, Some(b'1')) => match number.get(..4).and_then(new_mobile_prefix) {
            Some(_) => PhoneKind::LegacyMobile,
            None => PhoneKind::Invalid,
        },
        // Old area codes: 2-3 digits + 7-8 digit subscriber (10 digits), or 3 digits + 7 (11).
        (10, Some(b'2' | b'4' | b'6')) | (11, Some(b'3'..=b'7')) => PhoneKind::LegacyLandline,
        _ => PhoneKind::Invalid,
    }
}

/// Whether a mobile number's prefix is one of the allocated ones.
fn known_prefix(kind: PhoneKind, number: &str) -> bool {
    kind == PhoneKind::Mobile
        && number
            .get(..3)
            .is_some_and(|p| MOBILE_PREFIXES.contains(&p))
}

/// Checks a phone number found at `path` (an empty text counts as absent).
pub fn check_phone(text: &str, cx: &mut Check<'_>, path: &Path) {
    if text.trim().is_empty() {
        return;
    }
    let mut buf = [0u8; 66];
    let number = normalized(text, &mut buf);
    let kind = number.map_or(PhoneKind::Invalid, kind_of);
    match kind {
        PhoneKind::Mobile if !number.is_some_and(|n| known_prefix(kind, n)) => {
            cx.warning(path.clone(), "phone_prefix_unknown");
        }
        PhoneKind::Mobile | PhoneKind::Landline => {}
        PhoneKind::LegacyMobile => {
            // Only the prefixes from the conversion table go into the issue, never the number.
            let old = number.and_then(|n| n.get(..4));
            let old = old.and_then(legacy_prefix);
            let new = old.and_then(new_mobile_prefix);
            let issue = cx.warning(path.clone(), "phone_legacy_mobile");
            if let (Some(old), Some(new)) = (old, new) {
                issue.param("oldPrefix", old).param("newPrefix", new);
            }
        }
        PhoneKind::LegacyLandline => {
            cx.warning(path.clone(), "phone_legacy_landline");
        }
        PhoneKind::Invalid => {
            cx.error(path.clone(), "phone_invalid");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(t: &str) -> PhoneKind {
        normalize_phone(t).kind
    }

    #[test]
    fn classifies_numbers() {
        assert_eq!(kind("0912345678"), PhoneKind::Mobile);
        assert_eq!(kind("84912345678"), PhoneKind::Mobile);
        assert_eq!(kind("0084 91 234 5678"), PhoneKind::Mobile);
        assert_eq!(kind("(+84) 38-123-4567"), PhoneKind::Mobile);
        assert_eq!(kind("02838123456"), PhoneKind::Landline);
        assert_eq!(kind("+84 28 3812 3456"), PhoneKind::Landline);
        assert_eq!(kind("0511 3812345"), PhoneKind::LegacyLandline);
        assert_eq!(kind("04 3825 1234"), PhoneKind::LegacyLandline);
        assert_eq!(kind("01991234567"), PhoneKind::LegacyMobile);
        assert_eq!(kind("01301234567"), PhoneKind::Invalid);
        assert_eq!(kind("+1 202 555 0100"), PhoneKind::Invalid);
        assert_eq!(kind("09123456789"), PhoneKind::Invalid);
        assert_eq!(kind("091234567"), PhoneKind::Invalid);
        assert_eq!(kind("0912 345 67a"), PhoneKind::Invalid);
        assert_eq!(kind(""), PhoneKind::Invalid);
        assert_eq!(kind("+84"), PhoneKind::Invalid);
        assert_eq!(kind("0٩12345678"), PhoneKind::Invalid);
        assert!(!normalize_phone("0501234567").known_prefix);
        assert!(normalize_phone("0981234567").known_prefix);
    }

    #[test]
    fn every_legacy_prefix_converts_keeping_the_last_seven_digits() {
        for (old, new) in crate::reference::phone::LEGACY_MOBILE {
            let p = normalize_phone(&format!("{old}7654321"));
            assert_eq!(p.kind, PhoneKind::LegacyMobile, "{old}");
            assert_eq!(p.suggestion, Some(format!("{new}7654321")));
            assert!(normalize_phone(p.suggestion.as_deref().unwrap()).known_prefix);
        }
    }
}
