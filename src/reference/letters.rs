//! The letters of Vietnamese and of the Latin-script ethnic-language orthographies used in
//! Vietnam (Ê Đê, Gia Rai, Ba Na...), with their base letters, for name checks and for
//! accent-insensitive matching of reference names.
//!
//! Small and hand-written on purpose: it ships to every browser. Text may arrive composed (NFC)
//! or decomposed (NFD); both are handled: precomposed letters are looked up here, and combining
//! marks are recognised by [`is_vietnamese_mark`].

/// Each base letter with every precomposed form that folds to it (both cases): the Vietnamese
/// vowels with their 5 tone marks, `đ`, and the breve vowels and `ñ` of ethnic orthographies.
const FAMILIES: &[(char, &str)] = &[
    ('a', "aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
    ('e', "eèéẻẽẹêềếểễệĕEÈÉẺẼẸÊỀẾỂỄỆĔ"),
    ('i', "iìíỉĩịĭIÌÍỈĨỊĬ"),
    ('o', "oòóỏõọôồốổỗộơờớởỡợŏOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢŎ"),
    ('u', "uùúủũụưừứửữựŭUÙÚỦŨỤƯỪỨỬỮỰŬ"),
    ('y', "yỳýỷỹỵYỲÝỶỸỴ"),
    ('d', "đĐ"),
    ('n', "ñÑ"),
];

/// The combining marks Vietnamese text uses when it arrives decomposed (NFD): grave, acute,
/// circumflex, tilde, breve, hook above, horn, dot below.
const MARKS: &[char] = &[
    '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{306}', '\u{309}', '\u{31B}', '\u{323}',
];

/// The base letter (lowercase ASCII) of a Vietnamese or ethnic-orthography letter, or `None`
/// for any other character.
///
/// ```
/// use ctxh::reference::letters::base_letter;
/// assert_eq!(base_letter('Ự'), Some('u'));
/// assert_eq!(base_letter('đ'), Some('d'));
/// assert_eq!(base_letter('F'), Some('f'));
/// assert_eq!(base_letter('ж'), None);
/// ```
pub fn base_letter(c: char) -> Option<char> {
    if c.is_ascii_alphabetic() {
        return Some(c.to_ascii_lowercase());
    }
    if c.is_ascii() {
        return None;
    }
    FAMILIES
        .iter()
        .find(|(_, forms)| forms.contains(c))
        .map(|(base, _)| *base)
}

/// Whether `c` is a letter of the Vietnamese alphabet or of a Latin-script ethnic orthography.
pub fn is_vietnamese_letter(c: char) -> bool {
    base_letter(c).is_some()
}

/// Whether `c` is one of the combining marks of decomposed Vietnamese text.
pub fn is_vietnamese_mark(c: char) -> bool {
    MARKS.contains(&c)
}

/// Whether `c` is any combining diacritical mark (U+0300..U+036F).
pub fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// The number of characters `text` has once composed (NFC) as far as Vietnamese goes: a base
/// letter followed by combining marks counts once, so `Hoà` typed decomposed still has 3.
pub fn composed_len(text: &str) -> usize {
    let mut count = 0;
    let mut after_base = false;
    for c in text.chars() {
        if is_combining_mark(c) && after_base {
            continue;
        }
        after_base = !is_combining_mark(c);
        count += 1;
    }
    count
}

/// A matching key: base letters in lowercase and ASCII digits, everything else (tone marks,
/// spaces, hyphens, apostrophes, punctuation) dropped. `H'Mông`, `HMông` and `hmong` share a
/// key; so do `Hòa` and `Hoà`, composed or decomposed. Other letters are kept lowercased.
///
/// ```
/// use ctxh::reference::letters::fold_key;
/// assert_eq!(fold_key("Ê-đê"), "ede");
/// assert_eq!(fold_key("Hoà"), fold_key("Hòa"));
/// ```
pub fn fold_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if let Some(b) = base_letter(c) {
            out.push(b);
        } else if c.is_ascii_digit() {
            out.push(c);
        } else if c.is_alphabetic() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn every_family_form_is_one_composed_character_and_folds_to_its_base() {
        for (base, forms) in FAMILIES {
            for c in forms.chars() {
                let nfc: String = c.to_string().nfc().collect();
                assert_eq!(nfc.chars().count(), 1, "{c} is not NFC");
                let nfd: String = c.to_string().nfd().collect();
                assert_eq!(fold_key(&nfd), base.to_string(), "{c}");
                assert_eq!(composed_len(&nfd), 1, "{c}");
            }
        }
    }

    #[test]
    fn every_tone_marked_vowel_and_d_stroke_are_letters() {
        let vowels = "aăâeêioôơuưy";
        let tones = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
        let mut n = 0;
        for v in vowels.chars() {
            for t in tones {
                for s in [v.to_string(), v.to_uppercase().to_string()] {
                    let composed: String = format!("{s}{t}").nfc().collect();
                    assert!(composed.chars().all(is_vietnamese_letter), "{composed}");
                    n += 1;
                }
            }
        }
        assert_eq!(n, 120);
        assert!(is_vietnamese_letter('đ') && is_vietnamese_letter('Đ'));
        assert!(!is_vietnamese_letter('ß') && !is_vietnamese_letter('1'));
    }
}
