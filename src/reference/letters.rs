//! The letters of Vietnamese and of the Latin-script ethnic-language orthographies used in
//! Vietnam (Ê Đê, Gia Rai, Ba Na...), with what they are made of, for name checks and for
//! accent-insensitive matching of reference names.
//!
//! Small and hand-written on purpose: it ships to every browser. Text may arrive composed (NFC)
//! or decomposed (NFD); both give the same answers: a base letter followed by combining marks
//! is judged as the letter it composes to.

/// Each base letter with every precomposed form that folds to it: the lowercase forms, then
/// the uppercase forms in the same order. Vowel forms come in blocks of six (no tone, grave,
/// acute, hook above, tilde, dot below), one block per modifier (see [`parts`]), then the
/// breve vowels of ethnic orthographies; then `đ` and `ñ`.
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

/// A letter's modifier: none, breve (ă), circumflex (â), horn (ơ), stroke (đ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    /// No modifier.
    None,
    /// Breve: ă, and ĕ ĭ ŏ ŭ of ethnic orthographies.
    Breve,
    /// Circumflex: â ê ô.
    Circumflex,
    /// Horn: ơ ư.
    Horn,
    /// Stroke: đ.
    Stroke,
}

/// A tone mark: 0 none, 1 grave (huyền), 2 acute (sắc), 3 hook above (hỏi), 4 tilde (ngã),
/// 5 dot below (nặng).
pub type Tone = u8;

/// The modifiers of a family's blocks of six toned forms, and of its forms without tone.
fn blocks(base: char) -> (&'static [Modifier], &'static [Modifier]) {
    use Modifier::{Breve, Circumflex, Horn, None, Stroke};
    match base {
        'a' => (&[None, Breve, Circumflex], &[]),
        'e' => (&[None, Circumflex], &[Breve]),
        'i' => (&[None], &[Breve]),
        'o' => (&[None, Circumflex, Horn], &[Breve]),
        'u' => (&[None, Horn], &[Breve]),
        'y' => (&[None], &[]),
        'd' => (&[], &[Stroke]),
        _ => (&[], &[]),
    }
}

/// What a letter is made of: its base letter (lowercase ASCII), modifier and tone; `None` for
/// a character that is not a letter of Vietnamese or of an ethnic orthography.
///
/// ```
/// use ctxh::reference::letters::{parts, Modifier};
/// assert_eq!(parts('Ệ'), Some(('e', Modifier::Circumflex, 5)));
/// assert_eq!(parts('ñ'), Some(('n', Modifier::None, 4)));
/// assert_eq!(parts('k'), Some(('k', Modifier::None, 0)));
/// assert_eq!(parts('ж'), None);
/// ```
pub fn parts(c: char) -> Option<(char, Modifier, Tone)> {
    if c.is_ascii_alphabetic() {
        return Some((c.to_ascii_lowercase(), Modifier::None, 0));
    }
    if c.is_ascii() {
        return None;
    }
    let (base, forms) = FAMILIES.iter().find(|(_, forms)| forms.contains(c))?;
    if *base == 'n' {
        return Some(('n', Modifier::None, 4));
    }
    let half = forms.chars().count() / 2;
    let index = forms.chars().position(|f| f == c)? % half;
    let (toned, plain) = blocks(*base);
    let (modifier, tone) = match toned.get(index / 6) {
        Some(m) => (*m, (index % 6) as Tone),
        None => (*plain.get(index - 6 * toned.len())?, 0),
    };
    Some((*base, modifier, tone))
}

/// Whether a base letter with this modifier and tone is a letter of Vietnamese or of an
/// ethnic orthography (`e` + circumflex + acute is `ế`; `y` + circumflex is no letter here).
pub fn is_letter_form(base: char, modifier: Modifier, tone: Tone) -> bool {
    if !base.is_ascii_lowercase() || tone > 5 {
        return false;
    }
    if modifier == Modifier::None && tone == 0 {
        return true;
    }
    if base == 'n' {
        return modifier == Modifier::None && tone == 4;
    }
    let (toned, plain) = blocks(base);
    toned.contains(&modifier) || (tone == 0 && plain.contains(&modifier))
}

/// What a combining mark adds to the letter before it (text typed decomposed): a modifier or
/// a tone. `None` for marks Vietnamese does not use.
pub fn mark_effect(c: char) -> Option<(Option<Modifier>, Option<Tone>)> {
    Some(match c {
        '\u{300}' => (None, Some(1)),
        '\u{301}' => (None, Some(2)),
        '\u{309}' => (None, Some(3)),
        '\u{303}' => (None, Some(4)),
        '\u{323}' => (None, Some(5)),
        '\u{306}' => (Some(Modifier::Breve), None),
        '\u{302}' => (Some(Modifier::Circumflex), None),
        '\u{31B}' => (Some(Modifier::Horn), None),
        _ => return None,
    })
}

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
    parts(c).map(|(b, _, _)| b)
}

/// Whether `c` is a letter of the Vietnamese alphabet or of a Latin-script ethnic orthography.
pub fn is_vietnamese_letter(c: char) -> bool {
    parts(c).is_some()
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

    /// The letter a base and its marks compose to, judged like the name rules do.
    fn cluster(text: &str) -> Option<(char, Modifier, Tone)> {
        let mut chars = text.chars();
        let (base, mut m, mut t) = parts(chars.next()?)?;
        for c in chars {
            match mark_effect(c)? {
                (Some(x), _) if m == Modifier::None => m = x,
                (_, Some(x)) if t == 0 => t = x,
                _ => return None,
            }
        }
        is_letter_form(base, m, t).then_some((base, m, t))
    }

    #[test]
    fn every_family_form_is_one_composed_character_and_its_decomposition_agrees() {
        for (base, forms) in FAMILIES {
            for c in forms.chars() {
                let nfc: String = c.to_string().nfc().collect();
                assert_eq!(nfc.chars().count(), 1, "{c} is not NFC");
                let nfd: String = c.to_string().nfd().collect();
                assert_eq!(fold_key(&nfd), base.to_string(), "{c}");
                assert_eq!(composed_len(&nfd), 1, "{c}");
                let p = parts(c).unwrap();
                assert!(is_letter_form(p.0, p.1, p.2), "{c}");
                if *base != 'd' {
                    assert_eq!(cluster(&nfd), Some(p), "{c}");
                }
            }
        }
    }

    #[test]
    fn other_accented_latin_letters_are_not_vietnamese_either_way() {
        for c in "ǹîŷûǎāüçÿẃ".chars() {
            let nfc: String = c.to_string().nfc().collect();
            let nfd: String = c.to_string().nfd().collect();
            let composed = nfc.chars().count() == 1 && is_vietnamese_letter(c);
            assert_eq!(composed, cluster(&nfd).is_some(), "{c}");
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
