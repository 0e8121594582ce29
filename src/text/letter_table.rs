//! [`Letter::of`]: the letters beyond ASCII as two small tables indexed by code point, filled
//! at compile time by [`Letter::read`] (from the decomposition pairs), so that reading a
//! letter of a name costs one load instead of a search of the pairs per mark.

use super::parts::{Letter, Shape, Tone};

/// Latin-1, Latin Extended-A and `Ơ ơ Ư ư`: U+00C0..=U+01B0.
const LATIN: (u32, u32) = (0xC0, 0x1B0);
/// `Ṍ ṍ Ṹ ṹ` and the Vietnamese block of Latin Extended Additional: U+1E4C..=U+1EF9.
const EXTENDED: (u32, u32) = (0x1E4C, 0x1EF9);

/// The letters of both ranges, a byte each: 0 for no letter, else the letter's tone in the top
/// three bits and, in the low five, 1 + the index of its base and shape in `kinds` (the
/// distinct base-and-shape pairs met, in code point order: 18 of them).
struct Tables {
    kinds: [(char, Shape); 31],
    latin: [u8; 241],
    extended: [u8; 174],
}

static TABLES: Tables = {
    let mut t = Tables {
        kinds: [('a', Shape::None); 31],
        latin: [0; 241],
        extended: [0; 174],
    };
    let mut kinds = 0;
    let mut i = 0;
    while i < 241 + 174 {
        let (range, at) = if i < 241 {
            (LATIN, i)
        } else {
            (EXTENDED, i - 241)
        };
        assert!(LATIN.1 - LATIN.0 + 1 == 241 && EXTENDED.1 - EXTENDED.0 + 1 == 174);
        let letter = match char::from_u32(range.0 + at as u32) {
            Some(c) => Letter::read(c),
            None => None,
        };
        if let Some(l) = letter {
            let mut kind = 0;
            while kind < kinds
                && !(t.kinds[kind].0 == l.base && t.kinds[kind].1 as u8 == l.shape as u8)
            {
                kind += 1;
            }
            if kind == kinds {
                assert!(kinds < 31, "more base-and-shape pairs than five bits hold");
                t.kinds[kind] = (l.base, l.shape);
                kinds += 1;
            }
            let byte = (l.tone as u8) << 5 | (kind as u8 + 1);
            if i < 241 {
                t.latin[at] = byte;
            } else {
                t.extended[at] = byte;
            }
        }
        i += 1;
    }
    t
};

fn unpack(byte: u8) -> Option<Letter> {
    let (base, shape) = *TABLES.kinds.get(usize::from(byte & 31).checked_sub(1)?)?;
    let tone = match byte >> 5 {
        0 => Tone::None,
        1 => Tone::Grave,
        2 => Tone::Acute,
        3 => Tone::Hook,
        4 => Tone::Tilde,
        _ => Tone::Dot,
    };
    Some(Letter::new(base, shape, tone))
}

impl Letter {
    /// What `c` is made of; `None` for a character that is not a letter of Vietnamese or of an
    /// ethnic orthography (other scripts, digits, `î`, `ǹ`, `ü`).
    ///
    /// ```
    /// use ctxh::text::{Letter, Shape, Tone};
    /// assert_eq!(Letter::of('Ệ'), Some(Letter::new('e', Shape::Circumflex, Tone::Dot)));
    /// assert_eq!(Letter::of('ñ'), Some(Letter::new('n', Shape::None, Tone::Tilde)));
    /// assert_eq!(Letter::of('K'), Some(Letter::new('k', Shape::None, Tone::None)));
    /// assert_eq!(Letter::of('î'), None);
    /// assert_eq!(Letter::of('ж'), None);
    /// ```
    pub fn of(c: char) -> Option<Letter> {
        if c.is_ascii() {
            let plain = Letter::new(c.to_ascii_lowercase(), Shape::None, Tone::None);
            return c.is_ascii_alphabetic().then_some(plain);
        }
        look_up(c)
    }
}

/// [`Letter::of`] for a character outside ASCII.
fn look_up(c: char) -> Option<Letter> {
    let u = c as u32;
    let byte = if (LATIN.0..=LATIN.1).contains(&u) {
        TABLES.latin[(u - LATIN.0) as usize]
    } else if (EXTENDED.0..=EXTENDED.1).contains(&u) {
        TABLES.extended[(u - EXTENDED.0) as usize]
    } else {
        0
    };
    unpack(byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables answer what the pairs say, for every character (so no letter lies outside
    /// them, and packing keeps every part of every letter).
    #[test]
    fn the_tables_hold_what_the_pairs_say() {
        let mut letters = 0;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(Letter::of(c), Letter::read(c), "{c:?}");
            letters += usize::from(!c.is_ascii() && Letter::of(c).is_some());
        }
        assert_eq!(letters, 144);
    }
}
