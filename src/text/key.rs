//! Comparison keys for Vietnamese names: tone-mark placement, NFC/NFD, letter case and spacing
//! do not matter; the fold key also ignores every diacritic.

use super::letters::{
    decompose_into, insertion_sort_by_key, is_combining, is_tone_mark, is_vietnamese_mark, to_lower,
};

/// The comparison key of a name: two spellings of the same name have the same key.
///
/// The key ignores letter case, NFC versus NFD, and where the tone mark sits in a syllable
/// (`Hòa` = `Hoà`, `Thủy` = `Thuỷ`, `Úy` = `Uý`); runs of white space count as one space and
/// leading or trailing space is ignored. Everything else counts: the tone itself (`Hòa` ≠
/// `Hóa`), the shape marks (`Hòa` ≠ `Hoà` spelled `Hơà`), `đ` ≠ `d`, punctuation and digits.
/// `Ð` (U+00D0, often typed for `Đ`) counts as `đ`.
///
/// The key is for comparing, not for showing: each syllable's tone mark is moved to its end.
///
/// ```
/// use ctxh::text::name_key;
/// assert_eq!(name_key("Hòa  Bình"), name_key("hoà bình"));
/// assert_eq!(name_key("THỦY"), name_key("Thuỷ"));
/// assert_ne!(name_key("Hòa"), name_key("Hóa"));
/// ```
pub fn name_key(text: &str) -> String {
    build_key(text, false)
}

/// The diacritic-free key of a name: [`name_key`] without tone and shape marks, with `đ` read as
/// `d` and `ñ` as `n` (as typed decomposed). `hoa binh` finds `Hòa Bình`; `Đà Nẵng` folds to
/// `da nang`.
///
/// ```
/// use ctxh::text::fold_key;
/// assert_eq!(fold_key("  Hòa   Bình "), "hoa binh");
/// assert_eq!(fold_key("Đắk Lắk"), "dak lak");
/// assert_eq!(fold_key("Thu\u{309}y"), "thuy");
/// ```
pub fn fold_key(text: &str) -> String {
    build_key(text, true)
}

/// [`fold_key`] with only letters and ASCII digits kept: spaces, hyphens, apostrophes and other
/// punctuation and symbols are dropped, for matching names that are written together, apart or
/// hyphenated (`H'Mông` = `HMông` = `hmong`, `Ê-đê` = `Ê Đê`) and abbreviations (`LĐ-TB&XH`).
///
/// ```
/// use ctxh::text::compact_key;
/// assert_eq!(compact_key("Ê-đê"), "ede");
/// assert_eq!(compact_key("H'Mông"), compact_key("hmong"));
/// assert_eq!(compact_key("Sở LĐ-TB&XH"), "soldtbxh");
/// ```
pub fn compact_key(text: &str) -> String {
    let mut key = fold_key(text);
    key.retain(|c| c.is_alphabetic() || c.is_ascii_digit());
    key
}

/// Whether two names are the same name: `name_key(a) == name_key(b)`.
///
/// ```
/// use ctxh::text::same_name;
/// assert!(same_name("Phường Yên Hòa", "phường yên hoà"));
/// assert!(same_name("Nguyễn Thị Thủy", "NGUYỄN  THỊ THUỶ"));
/// assert!(!same_name("Nguyễn Thị Thủy", "Nguyễn Thị Thùy"));
/// ```
pub fn same_name(a: &str, b: &str) -> bool {
    a == b || name_key(a) == name_key(b)
}

fn build_key(text: &str, fold: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut tones: Vec<char> = Vec::new();
    let mut space = false;
    let mut parts: Vec<char> = Vec::with_capacity(4);
    for c in text.chars() {
        if c.is_whitespace() {
            end_syllable(&mut out, &mut tones);
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if is_vietnamese_mark(c) {
            // A mark typed separately (NFD input, or a mark standing alone).
            if !fold {
                if is_tone_mark(c) {
                    tones.push(c);
                } else {
                    out.push(c);
                }
            }
            continue;
        }
        if is_combining(c) {
            if !fold {
                out.push(c);
            }
            continue;
        }
        if is_separator(c) {
            end_syllable(&mut out, &mut tones);
            out.push(c);
            continue;
        }
        if matches!(c, 'đ' | 'Đ' | 'Ð') {
            out.push(if fold { 'd' } else { 'đ' });
            continue;
        }
        if fold && matches!(c, 'ñ' | 'Ñ') {
            out.push('n'); // not in `PAIRS` (see `parts.rs`); typed decomposed it folds to `n`
            continue;
        }
        parts.clear();
        decompose_into(c, &mut parts);
        let mut letters = parts.iter();
        if let Some(&base) = letters.next() {
            out.push(to_lower(base));
        }
        for &mark in letters {
            if fold {
                continue;
            }
            if is_tone_mark(mark) {
                tones.push(mark);
            } else {
                out.push(mark);
            }
        }
    }
    end_syllable(&mut out, &mut tones);
    out
}

/// Whether `c` ends a syllable: ASCII punctuation and symbols, and the Latin-1 and general
/// punctuation blocks. (Letters, digits and everything else belong to the syllable; this avoids
/// shipping Unicode's letter tables to the browser.)
fn is_separator(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '\u{a1}'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{206f}')
}

/// Writes the tone marks of the syllable that just ended (in a fixed order) and forgets them.
fn end_syllable(out: &mut String, tones: &mut Vec<char>) {
    insertion_sort_by_key(tones, |c| c);
    out.extend(tones.drain(..));
}
