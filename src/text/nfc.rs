//! Canonical composition (NFC) of Vietnamese letters without Unicode tables.

use std::borrow::Cow;

use super::letters::{
    combining_class, compose_pair, decompose_into, insertion_sort_by_key, is_combining,
    is_diacritic, is_vietnamese_mark,
};

/// Composes Vietnamese letters into their NFC form: a vowel followed by combining shape and tone
/// marks (U+0300 U+0301 U+0302 U+0303 U+0306 U+0309 U+031B U+0323, in any order, also after a
/// partly composed letter such as `â` + U+0301) becomes the precomposed letter (`ấ`), exactly as
/// Unicode NFC does.
///
/// Other text passes through unchanged: marks after a consonant (`n` + U+0303 stays as it is,
/// where full NFC would give `ñ`) and any letter followed by a combining mark outside these
/// eight. Text without combining marks is returned borrowed, without copying.
///
/// ```
/// use ctxh::text::nfc;
/// assert_eq!(nfc("Ho\u{300}a Bi\u{300}nh"), "Hòa Bình");
/// assert_eq!(nfc("Nghe\u{302}\u{323} An"), "Nghệ An");
/// assert!(matches!(nfc("Hà Nội"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_vietnamese_mark) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if !is_combining(c) && !run.is_empty() {
            compose_run(&run, &mut out);
            run.clear();
        }
        run.push(c);
    }
    compose_run(&run, &mut out);
    Cow::Owned(out)
}

/// The number of characters `text` has once composed, for length limits: a character and the
/// combining diacritics typed after it ([`is_diacritic`](super::letters::is_diacritic)) count
/// once, so `Hoà` typed decomposed has 3 characters like its NFC form. The same as
/// `nfc(text).chars().count()` on Vietnamese text; a letter that [`nfc`] leaves decomposed (`ñ`
/// typed as `n` + U+0303) counts once too. A mark with no character before it counts alone.
///
/// ```
/// use ctxh::text::composed_len;
/// assert_eq!(composed_len("Hoa\u{300}"), 3);
/// assert_eq!(composed_len("Ñu"), composed_len("N\u{303}u"));
/// ```
pub fn composed_len(text: &str) -> usize {
    let mut count = 0;
    let mut after_base = false;
    for c in text.chars() {
        let mark = is_diacritic(c);
        if !(mark && after_base) {
            count += 1;
            after_base = !mark;
        }
    }
    count
}

/// Writes one run (a character and the combining marks after it) in composed form.
fn compose_run(run: &[char], out: &mut String) {
    let Some((&first, marks)) = run.split_first() else {
        return;
    };
    let untouched =
        marks.is_empty() || is_combining(first) || !marks.iter().all(|&m| is_vietnamese_mark(m));
    if untouched {
        out.extend(run);
        return;
    }
    // Full decomposition, then canonical order (a stable sort by combining class).
    let mut chars = Vec::with_capacity(run.len() + 2);
    decompose_into(first, &mut chars);
    if !matches!(
        chars[0].to_ascii_lowercase(),
        'a' | 'e' | 'i' | 'o' | 'u' | 'y'
    ) {
        out.extend(run);
        return;
    }
    chars.extend_from_slice(marks);
    if let Some(marks) = chars.get_mut(1..) {
        insertion_sort_by_key(marks, combining_class);
    }
    // Canonical composition: a mark composes with the starter unless an uncomposed mark of the
    // same or a higher class stands between them.
    let mut starter = chars[0];
    let mut left: Vec<char> = Vec::new();
    let mut last_class = 0u8;
    for &mark in &chars[1..] {
        let class = combining_class(mark);
        let blocked = !left.is_empty() && last_class >= class;
        match compose_pair(starter, mark).filter(|_| !blocked) {
            Some(composed) => starter = composed,
            None => {
                left.push(mark);
                last_class = class;
            }
        }
    }
    out.push(starter);
    out.extend(left);
}
