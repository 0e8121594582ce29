//! Phone numbers: normalisation and classification (mobile, landline, old formats).

use serde::Serialize;

use crate::reference::phone::{
    legacy_prefix, new_area_code, new_mobile_prefix, old_area_code, BIG_CITY_SUBSCRIBER_FIRST,
    MOBILE_PREFIXES,
};
use crate::rules::at::At;
use crate::rules::check::Check;
use crate::text::is_blank;

/// What kind of number a phone number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhoneKind {
    /// A 10-digit mobile number `0[35789]xxxxxxxx`.
    Mobile,
    /// An 11-digit landline number: `02`, an area code of QĐ 2036 and the subscriber number.
    Landline,
    /// An 11-digit mobile number from before the 2018–2019 conversion.
    LegacyMobile,
    /// A landline number with an area code from before 2017.
    LegacyLandline,
    /// A 1800 (free) or 1900 (charged) service number of 8 to 10 digits, written without a
    /// trunk `0`: normal for a facility's hotline, not a person's phone.
    Service,
    /// A number of the security and defence network: `069` and 5 or 6 digits.
    SecurityNetwork,
    /// Not a Vietnamese phone number (a foreign number included).
    Invalid,
}

/// What [`normalize_phone`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneInfo {
    /// The digits in national form (`0912345678`; a service number as `18001567`), when the
    /// text is a Vietnamese phone number at all.
    pub normalized: Option<String>,
    /// Mobile, landline, service, security network, an old format, or invalid.
    pub kind: PhoneKind,
    /// For an old 11-digit mobile number or an old-format landline: the number it became.
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

/// Who a phone number belongs to: a facility may give a 1800/1900 service number, a person
/// may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneOwner {
    /// A person (staff member, client, head of a facility).
    Person,
    /// A facility or service point.
    Facility,
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '-' | '(' | ')' | '/' | '\u{2013}')
}

/// Normalises a phone number as typed: drops spaces, dots, dashes, slashes and parentheses;
/// reads `+84`, `0084` and `84` as the country code (a `0` after it is tolerated), `00` and
/// `+` before any other code as a foreign number, and `0` as the trunk prefix; then classifies
/// the national number.
///
/// ```
/// use ctxh::rules::identifiers::{normalize_phone, PhoneKind};
/// let p = normalize_phone("+84 (0) 912.345.678");
/// assert_eq!((p.normalized.as_deref(), p.kind), (Some("0912345678"), PhoneKind::Mobile));
/// let old = normalize_phone("0168 123 4567");
/// assert_eq!(old.kind, PhoneKind::LegacyMobile);
/// assert_eq!(old.suggestion.as_deref(), Some("0381234567"));
/// assert_eq!(normalize_phone("024 3825 1234").kind, PhoneKind::Landline);
/// assert_eq!(normalize_phone("84 0216 900 1353").kind, PhoneKind::Landline);
/// let old_landline = normalize_phone("0623.821002");
/// assert_eq!(old_landline.kind, PhoneKind::LegacyLandline);
/// assert_eq!(old_landline.suggestion.as_deref(), Some("02523821002"));
/// assert_eq!(normalize_phone("1800 1567").kind, PhoneKind::Service);
/// assert_eq!(normalize_phone("00912345678").kind, PhoneKind::Invalid); // 00 = international
/// assert_eq!(normalize_phone("02001234567").kind, PhoneKind::Invalid); // no area code 200
/// assert_eq!(normalize_phone("12345").kind, PhoneKind::Invalid);
/// ```
pub fn normalize_phone(text: &str) -> PhoneInfo {
    if text.len() > 64 {
        return PhoneInfo::invalid();
    }
    let compact: String = text.chars().filter(|c| !is_separator(*c)).collect();
    let national = if let Some(rest) = compact.strip_prefix("+84") {
        rest.strip_prefix('0').unwrap_or(rest)
    } else if compact.starts_with('+') {
        return PhoneInfo::invalid();
    } else if let Some(rest) = compact.strip_prefix("0084") {
        rest.strip_prefix('0').unwrap_or(rest)
    } else if compact.starts_with("00") {
        return PhoneInfo::invalid(); // the international prefix to another country
    } else if let Some(rest) = compact.strip_prefix("84") {
        // No Vietnamese number starts with 8 without its trunk 0: this is the country code.
        rest.strip_prefix('0').unwrap_or(rest)
    } else if let Some(rest) = compact.strip_prefix('0') {
        rest
    } else if compact.starts_with("1800") || compact.starts_with("1900") {
        compact.as_str()
    } else {
        return PhoneInfo::invalid();
    };
    if national.is_empty() || !national.bytes().all(|b| b.is_ascii_digit()) {
        return PhoneInfo::invalid();
    }
    classify(national)
}

/// [`MOBILE_PREFIXES`] (`0XY`) as the bits `10·X + Y` of a mask, built at compile time.
const KNOWN_MOBILE: u128 = {
    let mut mask = 0u128;
    let mut i = 0;
    while i < MOBILE_PREFIXES.len() {
        let p = MOBILE_PREFIXES[i].as_bytes();
        assert!(p.len() == 3 && p[0] == b'0' && p[1].is_ascii_digit() && p[2].is_ascii_digit());
        mask |= 1 << ((p[1] - b'0') * 10 + (p[2] - b'0'));
        i += 1;
    }
    mask
};

/// Whether `prefix` is one of [`MOBILE_PREFIXES`], read from [`KNOWN_MOBILE`].
fn is_known_mobile_prefix(prefix: &str) -> bool {
    match *prefix.as_bytes() {
        [b'0', x @ b'0'..=b'9', y @ b'0'..=b'9'] => {
            KNOWN_MOBILE >> ((x - b'0') * 10 + (y - b'0')) & 1 == 1
        }
        _ => false,
    }
}

fn found(normalized: String, kind: PhoneKind, suggestion: Option<String>) -> PhoneInfo {
    let known_prefix =
        kind == PhoneKind::Mobile && normalized.get(..3).is_some_and(is_known_mobile_prefix);
    PhoneInfo {
        normalized: Some(normalized),
        kind,
        suggestion,
        known_prefix,
    }
}

/// Classifies a national number without its trunk `0`.
fn classify(n: &str) -> PhoneInfo {
    let len = n.len();
    let first = n.as_bytes()[0];
    if (n.starts_with("1800") || n.starts_with("1900")) && (8..=10).contains(&len) {
        return found(n.to_owned(), PhoneKind::Service, None);
    }
    let number = format!("0{n}");
    if n.starts_with("69") && (7..=8).contains(&len) {
        return found(number, PhoneKind::SecurityNetwork, None);
    }
    if len == 10 && first == b'2' {
        if let Some(code) = new_area_code(n) {
            let subscriber_ok = BIG_CITY_SUBSCRIBER_FIRST
                .iter()
                .find(|(c, _)| *c == code)
                .is_none_or(|(_, firsts)| firsts.as_bytes().contains(&n.as_bytes()[2]));
            if subscriber_ok {
                return found(number, PhoneKind::Landline, None);
            }
        }
    }
    if len == 10 && first == b'1' {
        if let Some(new) = number.get(..4).and_then(new_mobile_prefix) {
            let suggestion = number.get(4..).map(|rest| format!("{new}{rest}"));
            return found(number, PhoneKind::LegacyMobile, suggestion);
        }
        return PhoneInfo::invalid();
    }
    let mobile_shape = len == 9 && matches!(first, b'3' | b'5' | b'7' | b'8' | b'9');
    let known_mobile = mobile_shape && is_known_mobile_prefix(&number[..3]);
    if !known_mobile {
        if let Some((old, new)) = old_area_code(n) {
            let suggestion = format!("0{new}{}", &n[old.len()..]);
            return found(number, PhoneKind::LegacyLandline, Some(suggestion));
        }
    }
    if mobile_shape {
        return found(number, PhoneKind::Mobile, None);
    }
    PhoneInfo::invalid()
}

/// Whether `text` is a mobile number written as its ten digits (`0912345678`) with a known
/// prefix: the common case, which [`normalize_phone`] classifies as a known `Mobile` too (a
/// test compares them over every prefix), answered without building the normalised text.
fn is_plain_known_mobile(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[0] == b'0'
        && matches!(b[1], b'3' | b'5' | b'7' | b'8' | b'9')
        && b.iter().all(u8::is_ascii_digit)
        && is_known_mobile_prefix(&text[..3])
}

/// Checks a phone number found at `path` (an empty text counts as absent). A service number
/// is an error for a person and normal for a facility.
pub fn check_phone<'p>(text: &str, owner: PhoneOwner, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    check_phone_at(text, owner, cx, path.into());
}

fn check_phone_at(text: &str, owner: PhoneOwner, cx: &mut Check<'_>, at: At<'_>) {
    if is_blank(text) || is_plain_known_mobile(text) {
        return;
    }
    let info = normalize_phone(text);
    match info.kind {
        PhoneKind::Mobile if !info.known_prefix => {
            cx.warning(at.path(), "phone_prefix_unknown");
        }
        PhoneKind::Mobile | PhoneKind::Landline | PhoneKind::SecurityNetwork => {}
        PhoneKind::Service if owner == PhoneOwner::Facility => {}
        PhoneKind::Service => {
            cx.error(at.path(), "phone_service_number");
        }
        PhoneKind::LegacyMobile => {
            // Only the prefixes from the conversion table go into the issue, never the number.
            let old = info.normalized.as_deref().and_then(|n| n.get(..4));
            let old = old.and_then(legacy_prefix);
            let new = old.and_then(new_mobile_prefix);
            let issue = cx.warning(at.path(), "phone_legacy_mobile");
            if let (Some(old), Some(new)) = (old, new) {
                issue.param("oldPrefix", old).param("newPrefix", new);
            }
        }
        PhoneKind::LegacyLandline => {
            // The area codes come from the table, never from the text.
            let codes = info
                .normalized
                .as_deref()
                .and_then(|n| n.get(1..))
                .and_then(old_area_code);
            let issue = cx.warning(at.path(), "phone_legacy_landline");
            if let Some((old, new)) = codes {
                issue
                    .param("oldAreaCode", format!("0{old}"))
                    .param("newAreaCode", format!("0{new}"));
            }
        }
        PhoneKind::Invalid => {
            cx.error(at.path(), "phone_invalid");
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
        assert_eq!(kind("04428637535"), PhoneKind::Invalid); // Hà Nội had 04 + 8 digits
        assert_eq!(kind("0240 3812345"), PhoneKind::LegacyLandline); // old Bắc Giang
        assert_eq!(kind("024 3812 3456"), PhoneKind::Landline);
        assert_eq!(kind("02491234567"), PhoneKind::Invalid); // no Hà Nội subscriber starts with 9
        for code in ["0200", "0217", "0224", "0267"] {
            assert_eq!(
                kind(&format!("{code}1234567")),
                PhoneKind::Invalid,
                "{code}"
            );
        }
        assert_eq!(kind("00912345678"), PhoneKind::Invalid);
        assert_eq!(kind("004685762636"), PhoneKind::Invalid);
        assert_eq!(kind("840912345678"), PhoneKind::Mobile);
        assert_eq!(kind("84 0216 900 1353"), PhoneKind::Landline);
        assert_eq!(kind("1800 1567"), PhoneKind::Service);
        assert_eq!(kind("1900 54 54 54"), PhoneKind::Service);
        assert_eq!(kind("1800 123"), PhoneKind::Invalid);
        assert_eq!(kind("069 234 567"), PhoneKind::SecurityNetwork);
        assert_eq!(kind("069 2345 67"), PhoneKind::SecurityNetwork);
        assert_eq!(kind("0692 345 678"), PhoneKind::Invalid); // 069 + 7 digits is no number
        assert_eq!(kind("0313 842 123"), PhoneKind::LegacyLandline); // 031: old Hải Phòng
        assert_eq!(kind("0338 123 456"), PhoneKind::Mobile); // 033: Viettel, not old Quảng Ninh
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
    fn the_prefix_mask_holds_the_prefix_list() {
        let mut texts: Vec<String> = (0..1000).map(|n| format!("{n:03}")).collect();
        texts.extend(["", "09", "0912", "+91", "09a", "O91"].map(String::from));
        for text in &texts {
            let listed = MOBILE_PREFIXES.contains(&text.as_str());
            assert_eq!(is_known_mobile_prefix(text), listed, "{text}");
        }
        assert_eq!(KNOWN_MOBILE.count_ones() as usize, MOBILE_PREFIXES.len());
    }

    /// The shortcut of `check_phone` says "known mobile" exactly when `normalize_phone` does,
    /// for every ten-digit text made of a three-digit start and a fixed tail.
    #[test]
    fn plain_known_mobile_shortcut_agrees() {
        let mut known = 0;
        for start in 0..1000 {
            for tail in ["1234567", "0000000", "9876543"] {
                let text = format!("{start:03}{tail}");
                let info = normalize_phone(&text);
                let full = info.kind == PhoneKind::Mobile && info.known_prefix;
                assert_eq!(is_plain_known_mobile(&text), full, "{text}");
                known += usize::from(full);
            }
        }
        assert!(known > 0);
        assert!(!is_plain_known_mobile("091234567a"));
        assert!(!is_plain_known_mobile("+84912345678"));
    }

    #[test]
    fn every_old_area_code_converts_keeping_the_subscriber_number() {
        for (new, old, _) in crate::reference::phone::AREA_CODES {
            let sub = if new.len() == 2 {
                "38123456"
            } else {
                "3812345"
            };
            let old_number = format!("0{old}{sub}");
            let p = normalize_phone(&old_number);
            if new == old {
                assert_eq!(p.kind, PhoneKind::Landline, "{old_number}");
                continue;
            }
            let want = format!("0{new}{sub}");
            if p.kind == PhoneKind::Mobile {
                // A known mobile prefix now (033, 038, 052...): the current meaning wins.
                assert!(p.known_prefix, "{old_number}");
                continue;
            }
            assert_eq!(p.kind, PhoneKind::LegacyLandline, "{old_number}");
            assert_eq!(p.suggestion.as_deref(), Some(want.as_str()));
            assert_eq!(normalize_phone(&want).kind, PhoneKind::Landline, "{want}");
        }
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
