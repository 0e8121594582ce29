//! Vietnamese text normalisation without Unicode tables: NFC composition of Vietnamese letters,
//! comparison keys that ignore tone-mark placement, NFC/NFD, case and spacing, and the parts of
//! a letter (base, shape, tone) for the name rules. The single place that knows Vietnamese
//! letters.
//!
//! Names come in two tone-mark placements that are both correct Vietnamese (`Hòa`/`Hoà`,
//! `Thủy`/`Thuỷ`, `Úy`/`Uý`), typed either precomposed (NFC) or with combining marks (NFD).
//! Compare names with [`same_name`] or [`name_key`]; search with [`fold_key`] when diacritics
//! may be missing, or with [`compact_key`] when spaces, hyphens and apostrophes may be missing
//! too; store what the user typed, after [`nfc`] or [`tidy`]. Count lengths with
//! [`composed_len`]; take letters apart with [`Letter`].
//!
//! A small table of Vietnamese letters replaces the `unicode-normalization` crate (63 KB gzip in
//! the browser); a native test proves it equal to full Unicode NFC on every Vietnamese letter and
//! on every name of the administrative-unit tables.
//!
//! ```
//! use ctxh::text::{fold_key, nfc, same_name};
//! assert!(same_name("Hoà Bình", "Ho\u{300}a Bi\u{300}nh"));
//! assert_eq!(fold_key("Thị trấn Phố Bảng"), "thi tran pho bang");
//! assert_eq!(nfc("Vie\u{302}\u{323}t Nam"), "Việt Nam");
//! ```

mod key;
mod letter_table;
pub mod letters;
mod nfc;
mod parts;

use std::borrow::Cow;

pub use key::{compact_key, fold_key, name_key, same_name};
pub use nfc::{composed_len, nfc};
pub use parts::{Letter, Shape, Tone};

/// Whether `text` is empty or only white space: `text.trim().is_empty()`, answered from the
/// first byte when it is a printable ASCII character (the usual case) without reading on.
///
/// ```
/// use ctxh::text::is_blank;
/// assert!(is_blank("") && is_blank(" \t\u{3000}\u{a0}"));
/// assert!(!is_blank("An") && !is_blank(" An") && !is_blank("\u{3000}Ân"));
/// ```
pub fn is_blank(text: &str) -> bool {
    match text.as_bytes().first() {
        None => true,
        Some(&b) if b.is_ascii_graphic() => false,
        Some(_) => text.trim().is_empty(),
    }
}

/// [`nfc`], with leading and trailing white space removed and every run of white space inside
/// turned into one space: the form to store a typed name in. Case and spelling are kept.
///
/// ```
/// use ctxh::text::tidy;
/// assert_eq!(tidy("  Nguye\u{302}\u{303}n   Văn\tA "), "Nguyễn Văn A");
/// ```
pub fn tidy(text: &str) -> Cow<'_, str> {
    let composed = nfc(text);
    let clean = !composed.starts_with(char::is_whitespace)
        && !composed.ends_with(char::is_whitespace)
        && !composed
            .split(' ')
            .any(|word| word.is_empty() || word.contains(|c: char| c.is_whitespace()));
    if clean || composed.is_empty() {
        return composed;
    }
    let mut out = String::with_capacity(composed.len());
    for word in composed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::is_blank;

    #[test]
    fn is_blank_is_trim_is_empty() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for text in [
                c.to_string(),
                format!("{c}a"),
                format!("{c} "),
                format!("{c}\u{3000}"),
            ] {
                assert_eq!(is_blank(&text), text.trim().is_empty(), "{text:?}");
            }
        }
    }
}
