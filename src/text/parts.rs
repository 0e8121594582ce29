//! What a letter is made of (base letter, shape, tone), read from the canonical decompositions
//! of [`PAIRS`](super::letters::PAIRS), and which combinations are letters of Vietnamese or of
//! the Latin-script ethnic-language orthographies used in Vietnam (Ê Đê, Gia Rai, Ba Na...): what
//! the name rules accept, composed (NFC) or decomposed (NFD) alike.

use super::letters::{decompose_pair, ACUTE, BREVE, CIRCUMFLEX, DOT, GRAVE, HOOK, HORN, TILDE};

/// The shape a letter's base takes: none, breve (ă), circumflex (â), horn (ơ), stroke (đ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// No shape mark.
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

/// A tone mark (dấu thanh).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// No tone mark (thanh ngang).
    None,
    /// Grave accent (huyền).
    Grave,
    /// Acute accent (sắc).
    Acute,
    /// Hook above (hỏi).
    Hook,
    /// Tilde (ngã).
    Tilde,
    /// Dot below (nặng).
    Dot,
}

/// A letter taken apart: its base letter (lowercase ASCII), shape and tone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Letter {
    /// The base letter, lowercase ASCII (`e` for `Ệ`).
    pub base: char,
    /// The shape mark (`Circumflex` for `Ệ`).
    pub shape: Shape,
    /// The tone mark (`Dot` for `Ệ`).
    pub tone: Tone,
}

/// Letters that [`PAIRS`](super::letters::PAIRS) does not hold. `đ` has no decomposition (the
/// stroke is part of the letter). `ñ` (Ê Đê and other ethnic orthographies) decomposes into `n`
/// followed by U+0303, but in the table [`nfc`](super::nfc) would have to compose `n` with the
/// other marks too (`ǹ`, `ń`, `ṇ`) to stay equal to Unicode NFC, and the comparison keys would
/// read its tilde as a tone (`Ñu` = `Nũ`).
const OTHER_LETTERS: &[(char, Letter)] = &[
    ('đ', Letter::new('d', Shape::Stroke, Tone::None)),
    ('Đ', Letter::new('d', Shape::Stroke, Tone::None)),
    ('ñ', Letter::new('n', Shape::None, Tone::Tilde)),
    ('Ñ', Letter::new('n', Shape::None, Tone::Tilde)),
];

impl Letter {
    /// A letter from its parts (whether it is a real letter is [`Letter::is_letter`]).
    pub const fn new(base: char, shape: Shape, tone: Tone) -> Self {
        Letter { base, shape, tone }
    }

    /// What [`Letter::of`] answers, worked out from [`PAIRS`](super::letters::PAIRS) and
    /// `OTHER_LETTERS`; run at compile time to fill the table `Letter::of` reads.
    pub(super) const fn read(c: char) -> Option<Letter> {
        if c.is_ascii() {
            return if c.is_ascii_alphabetic() {
                Some(Letter::new(c.to_ascii_lowercase(), Shape::None, Tone::None))
            } else {
                None
            };
        }
        let mut i = 0;
        while i < OTHER_LETTERS.len() {
            if OTHER_LETTERS[i].0 == c {
                return Some(OTHER_LETTERS[i].1);
            }
            i += 1;
        }
        match decompose_pair(c) {
            Some((first, mark)) => match Letter::read(first) {
                Some(letter) => letter.with_mark(mark),
                None => None,
            },
            None => None,
        }
    }

    /// The letter this one becomes with a combining `mark` typed after it (text typed
    /// decomposed): `None` when the mark is not one of Vietnamese, when the letter already has
    /// a mark of its kind (shape or tone), or when the result is no letter.
    ///
    /// ```
    /// use ctxh::text::{Letter, Shape, Tone};
    /// let e = Letter::of('ê').unwrap();
    /// assert_eq!(e.with_mark('\u{301}'), Letter::of('ế'));
    /// assert_eq!(e.with_mark('\u{306}'), None); // a second shape mark
    /// assert_eq!(Letter::of('y').unwrap().with_mark('\u{302}'), None); // ŷ
    /// ```
    pub const fn with_mark(self, mark: char) -> Option<Letter> {
        let mut next = self;
        match (mark_shape(mark), mark_tone(mark)) {
            (Some(shape), _) if matches!(self.shape, Shape::None) => next.shape = shape,
            (_, Some(tone)) if matches!(self.tone, Tone::None) => next.tone = tone,
            _ => return None,
        }
        if next.is_letter() {
            Some(next)
        } else {
            None
        }
    }

    /// Whether this base, shape and tone make a letter of Vietnamese (the vowels `a ă â e ê i o
    /// ô ơ u ư y` with any tone, `đ`, the other ASCII letters) or of an ethnic orthography (`ĕ ĭ
    /// ŏ ŭ` without tone, `ñ`). `y` with a circumflex is no letter here.
    pub const fn is_letter(self) -> bool {
        if !self.base.is_ascii_lowercase() {
            return false;
        }
        let toned: &[Shape] = match self.base {
            'a' => &[Shape::None, Shape::Breve, Shape::Circumflex],
            'e' => &[Shape::None, Shape::Circumflex],
            'o' => &[Shape::None, Shape::Circumflex, Shape::Horn],
            'u' => &[Shape::None, Shape::Horn],
            'i' | 'y' => &[Shape::None],
            _ => &[],
        };
        let plain = matches!(self.tone, Tone::None);
        (plain && matches!(self.shape, Shape::None))
            || self.shape.is_in(toned)
            || (plain
                && matches!(self.shape, Shape::Breve)
                && matches!(self.base, 'e' | 'i' | 'o' | 'u'))
            || self.is_other_letter()
    }

    /// Whether this is one of `OTHER_LETTERS` (`đ`, `ñ`).
    const fn is_other_letter(self) -> bool {
        let mut i = 0;
        while i < OTHER_LETTERS.len() {
            let other = OTHER_LETTERS[i].1;
            if other.base == self.base
                && other.shape as u8 == self.shape as u8
                && other.tone as u8 == self.tone as u8
            {
                return true;
            }
            i += 1;
        }
        false
    }
}

impl Shape {
    /// Whether `shapes` holds this shape (`contains`, usable at compile time).
    const fn is_in(self, shapes: &[Shape]) -> bool {
        let mut i = 0;
        while i < shapes.len() {
            if shapes[i] as u8 == self as u8 {
                return true;
            }
            i += 1;
        }
        false
    }
}

/// The shape a combining mark gives, if it is a shape mark of Vietnamese.
const fn mark_shape(mark: char) -> Option<Shape> {
    match mark {
        BREVE => Some(Shape::Breve),
        CIRCUMFLEX => Some(Shape::Circumflex),
        HORN => Some(Shape::Horn),
        _ => None,
    }
}

/// The tone a combining mark gives, if it is a tone mark of Vietnamese.
const fn mark_tone(mark: char) -> Option<Tone> {
    match mark {
        GRAVE => Some(Tone::Grave),
        ACUTE => Some(Tone::Acute),
        HOOK => Some(Tone::Hook),
        TILDE => Some(Tone::Tilde),
        DOT => Some(Tone::Dot),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{compact_key, composed_len};
    use std::collections::BTreeSet;
    use unicode_normalization::UnicodeNormalization;

    /// The letter a base and its marks make, read like the name rules read decomposed text.
    fn cluster(text: &str) -> Option<Letter> {
        let mut chars = text.chars();
        let first = Letter::of(chars.next()?)?;
        chars.try_fold(first, |letter, mark| letter.with_mark(mark))
    }

    /// Every letter with a mark, built from Unicode's own composition: the Vietnamese vowels
    /// with each tone, the breve vowels of ethnic orthographies, `đ` and `ñ`; both cases.
    fn marked_letters() -> BTreeSet<char> {
        let mut out = BTreeSet::new();
        for base in "aăâeêioôơuưy".chars() {
            for tone in ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"] {
                out.extend(format!("{base}{tone}").nfc());
            }
        }
        out.extend("ĕĭŏŭđñ".chars());
        let upper: Vec<char> = out.iter().flat_map(|c| c.to_uppercase()).collect();
        out.extend(upper);
        out.retain(|c| !c.is_ascii());
        out
    }

    #[test]
    fn the_marked_letters_are_exactly_the_expected_alphabet() {
        let expected = marked_letters();
        assert_eq!(expected.len(), 144);
        let found: BTreeSet<char> = ('\u{80}'..=char::MAX)
            .filter(|&c| Letter::of(c).is_some())
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn every_letter_reads_the_same_composed_and_decomposed() {
        for c in marked_letters() {
            let nfc: String = c.to_string().nfc().collect();
            assert_eq!(nfc.chars().count(), 1, "{c} is not NFC");
            let nfd: String = c.to_string().nfd().collect();
            let letter = Letter::of(c).unwrap();
            assert!(letter.is_letter(), "{c}");
            assert_eq!(compact_key(&nfd), compact_key(&c.to_string()), "{c}");
            assert_eq!(composed_len(&nfd), 1, "{c}");
            if letter.shape != Shape::Stroke {
                assert_eq!(cluster(&nfd), Some(letter), "{c}");
            }
        }
    }

    #[test]
    fn other_accented_latin_letters_are_not_letters_either_way() {
        for c in "ǹîŷûǎāüçÿẃṍṹ".chars() {
            let nfd: String = c.to_string().nfd().collect();
            assert_eq!(Letter::of(c), None, "{c}");
            assert_eq!(cluster(&nfd), None, "{c}");
        }
    }

    #[test]
    fn every_tone_marked_vowel_and_d_stroke_are_letters() {
        let tones = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
        let mut n = 0;
        for v in "aăâeêioôơuưy".chars() {
            for t in tones {
                for s in [v.to_string(), v.to_uppercase().to_string()] {
                    let composed: String = format!("{s}{t}").nfc().collect();
                    assert!(
                        composed.chars().all(|c| Letter::of(c).is_some()),
                        "{composed}"
                    );
                    n += 1;
                }
            }
        }
        assert_eq!(n, 120);
        assert!(Letter::of('đ').is_some() && Letter::of('Đ').is_some());
        assert!(Letter::of('ß').is_none() && Letter::of('1').is_none());
        assert!(Letter::of('Ð').is_none(), "U+00D0 is not đ in a name");
    }
}
