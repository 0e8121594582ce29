//! Unpaired UTF-16 surrogates in JSON string escapes.
//!
//! JavaScript strings may hold half of a surrogate pair, and `JSON.stringify` writes it as an
//! escape (`"\ud800"`); Rust strings cannot hold it, so serde_json refuses the whole text. This
//! rewrites each such escape as `\uffff` ([`super::json::UNPAIRED_SURROGATE`]), leaving every
//! other byte as it is, so that the record is read and only the field is reported.

/// `text` with every escape of an unpaired surrogate inside a string written as `\uffff`, or
/// `None` when it has none.
pub fn mark_unpaired(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut changed = false;
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                in_string = !in_string;
                i += 1;
            }
            b'\\' if in_string => {
                let Some(unit) = escape_unit(bytes, i) else {
                    i += 2; // another escape (\n, \", \\...): skip both bytes
                    continue;
                };
                let paired_high = (0xD800..0xDC00).contains(&unit)
                    && escape_unit(bytes, i + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
                if paired_high {
                    i += 12;
                } else if (0xD800..0xE000).contains(&unit) {
                    out.push_str(&text[copied..i]);
                    out.push_str("\\uffff");
                    i += 6;
                    copied = i;
                    changed = true;
                } else {
                    i += 6;
                }
            }
            _ => i += 1,
        }
    }
    if !changed {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// The code unit of a `\uXXXX` escape starting at `at`, if there is one.
fn escape_unit(bytes: &[u8], at: usize) -> Option<u32> {
    let escape = bytes.get(at..at + 6)?;
    if escape[0] != b'\\' || escape[1] != b'u' {
        return None;
    }
    let hex = std::str::from_utf8(&escape[2..]).ok()?;
    u32::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::mark_unpaired;

    #[test]
    fn only_unpaired_halves_are_marked() {
        assert_eq!(
            mark_unpaired(r#"{"a":"x\ud800y"}"#).as_deref(),
            Some(r#"{"a":"x\uffffy"}"#)
        );
        assert_eq!(
            mark_unpaired(r#"["\udc00"]"#).as_deref(),
            Some(r#"["\uffff"]"#)
        );
        assert_eq!(
            mark_unpaired(r#"["\ud800\u0041", "\ud83d\ude00"]"#).as_deref(),
            Some(r#"["\uffff\u0041", "\ud83d\ude00"]"#)
        );
        assert_eq!(mark_unpaired(r#"["\ud83d\ude00", "\\ud800", "ok"]"#), None);
        assert_eq!(
            mark_unpaired(r#"{"k\ud800": 1}"#).as_deref(),
            Some(r#"{"k\uffff": 1}"#)
        );
        assert_eq!(mark_unpaired("[1, 2]"), None);
    }
}
