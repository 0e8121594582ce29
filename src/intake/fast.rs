//! A fast path for [`Json::parse`]: the common subset of JSON (strings without escapes or
//! control characters, integers, `true`, `false`, `null`, nesting up to 100 levels) read in one
//! pass, each object's entries and each array's items gathered on one shared stack and moved
//! into a `Vec` of exactly their number (serde's visitor grows each `Vec` from empty).
//!
//! Anything else (an escape, a fraction or exponent, a leading zero, an error of any kind) makes
//! the fast path give up, and the text is parsed by `serde_json` from the start, so the tree,
//! the errors and their positions are always serde_json's own. Numbers other than plain
//! integers are handed to `serde_json` one by one, so they get its exact values too.

use std::borrow::Cow;

use super::Json;

/// The bytes that end the fast reading of a string: the quote, a backslash, control characters.
const STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// Eight copies of a byte in a word.
#[inline(always)]
const fn splat(byte: u8) -> u64 {
    u64::from_ne_bytes([byte; 8])
}

/// The lanes of `word` holding a byte below `limit` (≤ 0x80): the lowest set lane is exact
/// (higher ones may be false positives after a borrow, so only the first is used).
#[inline(always)]
const fn below(word: u64, limit: u8) -> u64 {
    word.wrapping_sub(splat(limit)) & !word & splat(0x80)
}

/// The position of the first byte of [`STOP`] in `bytes`: eight bytes at a time (a quote, a
/// backslash or a control character lights a lane), then byte by byte for the tail.
#[inline]
fn stop_position(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut lanes = [0u8; 8];
        lanes.copy_from_slice(chunk);
        let word = u64::from_le_bytes(lanes);
        let hits = below(word ^ splat(b'"'), 1) | below(word ^ splat(b'\\'), 1) | below(word, 0x20);
        if hits != 0 {
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = chunks.remainder();
    tail.iter()
        .position(|&b| STOP[usize::from(b)])
        .map(|i| at + i)
}

/// Whether two byte strings are equal, compared a word at a time with overlapping words at the
/// end (keys are short: a call to memcmp, or a loop over the bytes, costs more).
#[inline]
pub(super) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        let mut at = 0;
        while at + 8 < n {
            if word::<8>(a, at) != word::<8>(b, at) {
                return false;
            }
            at += 8;
        }
        word::<8>(a, n - 8) == word::<8>(b, n - 8)
    } else if n >= 4 {
        word::<4>(a, 0) == word::<4>(b, 0) && word::<4>(a, n - 4) == word::<4>(b, n - 4)
    } else {
        a == b
    }
}

/// The `N` bytes of `bytes` at `at` (zeros if they run past its end, which callers rule out).
#[inline(always)]
fn word<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    bytes
        .get(at..at + N)
        .and_then(|w| w.try_into().ok())
        .unwrap_or([0; N])
}

/// Deeper texts go to serde_json, which refuses nesting past its own limit (127 levels).
const MAX_DEPTH: u32 = 100;

/// The reader of the fast path: a cursor over the text (shared with the streaming reader,
/// [`super::Reader`], which reads records straight into their types and builds trees only for
/// the odd value).
pub(super) struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: u32,
    items: Vec<Json<'a>>,
    entries: Vec<(Cow<'a, str>, Json<'a>)>,
}

/// The tree of `text` if it lies in the fast path's subset, `None` otherwise.
pub(super) fn parse(text: &str) -> Option<Json<'_>> {
    let mut p = Parser::new(text);
    // Room for the entries of a typical record's open objects (896 bytes: small enough for the
    // allocators' fast size classes).
    p.items.reserve(8);
    p.entries.reserve(16);
    let value = p.value()?;
    p.at_end().then_some(value)
}

impl<'a> Parser<'a> {
    /// A cursor at the start of `text` (its stacks allocate only when a tree is built).
    pub(super) fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            bytes: text.as_bytes(),
            at: 0,
            depth: 0,
            items: Vec::new(),
            entries: Vec::new(),
        }
    }

    /// Whether only white space is left.
    pub(super) fn at_end(&mut self) -> bool {
        self.space();
        self.at == self.bytes.len()
    }

    /// The next byte after white space (not consumed).
    pub(super) fn peek(&mut self) -> Option<u8> {
        self.space();
        self.bytes.get(self.at).copied()
    }

    /// Consumes `null` if it comes next.
    pub(super) fn null(&mut self) -> bool {
        self.space();
        if self.bytes.get(self.at) != Some(&b'n') {
            return false;
        }
        let null = self.bytes.get(self.at..self.at + 4) == Some(b"null");
        if null {
            self.at += 4;
        }
        null
    }

    /// The next key of an object opened with [`Parser::enter`] (`opening`: none read yet), the
    /// cursor then after its colon, with whether it is the `expected` one; `Some(None)` when the
    /// object closes there; `None` for
    /// anything else (text outside the fast subset, or not JSON). One pass over the separator,
    /// the key and the colon, which sit side by side in compact text.
    ///
    /// `expected` is the key the caller expects here (the key met at this place in the record
    /// before): when the text holds exactly it, the key is taken without scanning for its end.
    pub(super) fn object_key(
        &mut self,
        opening: bool,
        expected: Option<&'static str>,
    ) -> Option<Option<(&'a str, bool)>> {
        if let Some(key) = expected {
            if self.compact_key(opening, key) {
                return Some(Some((key, true)));
            }
        }
        self.space();
        match *self.bytes.get(self.at)? {
            b'}' => {
                self.at += 1;
                self.leave();
                return Some(None);
            }
            b',' if !opening => {
                self.at += 1;
                self.space();
            }
            _ if !opening => return None,
            _ => {}
        }
        if self.bytes.get(self.at) != Some(&b'"') {
            return None;
        }
        let key = match expected {
            Some(key) if self.holds_key(key) => {
                self.at += key.len() + 2;
                (key, true)
            }
            _ => (self.string()?, false),
        };
        if self.bytes.get(self.at) == Some(&b':') {
            self.at += 1;
        } else if !self.next_is(b':') {
            return None;
        }
        Some(Some(key))
    }

    /// Consumes `,"key":` (`"key":` for the first key) if the text holds exactly that at the
    /// cursor: the expected key in compact text, read with one window of the text.
    #[inline]
    fn compact_key(&mut self, opening: bool, key: &str) -> bool {
        let lead = usize::from(!opening);
        let len = key.len();
        let Some(window) = self.bytes.get(self.at..self.at + lead + len + 3) else {
            return false;
        };
        let (head, rest) = window.split_at(lead + 1);
        let (name, tail) = rest.split_at(len);
        let separated = opening || head[0] == b',';
        if separated && head[lead] == b'"' && tail == b"\":" && same_bytes(name, key.as_bytes()) {
            self.at += window.len();
            true
        } else {
            false
        }
    }

    /// Whether the text at the cursor (an opening quote) is the string `key` exactly: its bytes,
    /// then the closing quote (`key` has no quote, backslash or control character: a wire name).
    fn holds_key(&self, key: &str) -> bool {
        let start = self.at + 1;
        let end = start + key.len();
        let (Some(text), Some(b'"')) = (self.bytes.get(start..end), self.bytes.get(end)) else {
            return false;
        };
        // Eight bytes at a time, then the tail: keys are short, a call to memcmp costs more.
        same_bytes(text, key.as_bytes())
    }

    /// Leaves an object or array opened with [`Parser::enter`].
    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }

    #[inline]
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    #[inline]
    pub(super) fn next_is(&mut self, byte: u8) -> bool {
        self.space();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    pub(super) fn value(&mut self) -> Option<Json<'a>> {
        self.space();
        match *self.bytes.get(self.at)? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => self.string().map(|s| Json::Str(Cow::Borrowed(s))),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Option<Json<'a>> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            value
        })
    }

    /// A string without escapes or control characters (the cursor on its opening quote).
    #[inline]
    pub(super) fn string(&mut self) -> Option<&'a str> {
        let start = self.at + 1;
        let rest = self.bytes.get(start..)?;
        let len = stop_position(rest)?;
        if rest[len] != b'"' {
            return None;
        }
        self.at = start + len + 1;
        self.text.get(start..start + len)
    }

    fn number(&mut self) -> Option<Json<'a>> {
        let start = self.at;
        let len = self.bytes[start..]
            .iter()
            .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .unwrap_or(self.bytes.len() - start);
        self.at = start + len;
        let slice = &self.text[start..start + len];
        let digits = slice.strip_prefix('-').unwrap_or(slice);
        let plain = !digits.is_empty()
            && digits.len() <= 18
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !(digits.len() > 1 && digits.starts_with('0'))
            && slice != "-0";
        if plain {
            let magnitude = digits
                .bytes()
                .fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
            let value = if slice.len() > digits.len() {
                -magnitude
            } else {
                magnitude
            };
            return Some(Json::Int(value));
        }
        // Fractions, exponents, large and odd numbers: serde_json's own reading of them.
        serde_json::from_str::<Json<'a>>(slice).ok()
    }

    /// Steps into an object or array (the cursor on its opening bracket), refusing nesting
    /// past [`MAX_DEPTH`].
    pub(super) fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        self.at += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn object(&mut self) -> Option<Json<'a>> {
        self.enter()?;
        let mark = self.entries.len();
        if !self.next_is(b'}') {
            loop {
                self.space();
                if self.bytes.get(self.at) != Some(&b'"') {
                    return None;
                }
                let key = self.string()?;
                if !self.next_is(b':') {
                    return None;
                }
                let value = self.value()?;
                self.entries.push((Cow::Borrowed(key), value));
                if self.next_is(b',') {
                    continue;
                }
                if self.next_is(b'}') {
                    break;
                }
                return None;
            }
        }
        self.leave();
        let mut entries = Vec::with_capacity(self.entries.len() - mark);
        entries.extend(self.entries.drain(mark..));
        Some(Json::Object(entries))
    }

    fn array(&mut self) -> Option<Json<'a>> {
        self.enter()?;
        let mark = self.items.len();
        if !self.next_is(b']') {
            loop {
                let value = self.value()?;
                self.items.push(value);
                if self.next_is(b',') {
                    continue;
                }
                if self.next_is(b']') {
                    break;
                }
                return None;
            }
        }
        self.leave();
        let mut items = Vec::with_capacity(self.items.len() - mark);
        items.extend(self.items.drain(mark..));
        Some(Json::Array(items))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time comparison of keys says what `==` says, at every length and for a
    /// difference at every position.
    #[test]
    fn same_bytes_equals_slice_equality() {
        let text: Vec<u8> = (0..40u8).map(|b| b'a' + b % 26).collect();
        for n in 0..text.len() {
            let a = &text[..n];
            assert!(same_bytes(a, a));
            assert!(!same_bytes(a, &text[..n + 1]));
            for at in 0..n {
                let mut b = a.to_vec();
                b[at] ^= 0x20;
                assert_eq!(same_bytes(a, &b), a == b.as_slice(), "{n} {at}");
                assert!(!same_bytes(a, &b));
            }
        }
    }

    /// The word-at-a-time scan finds the same first stop byte as a byte-by-byte scan.
    #[test]
    fn stop_position_equals_bytewise() {
        let bytes: Vec<u8> = (0u8..=255).collect();
        for start in 0..bytes.len() {
            for len in [0, 1, 7, 8, 9, 16, 17, 40] {
                let end = (start + len).min(bytes.len());
                let mut slice = bytes[start..end].to_vec();
                let expected = slice.iter().position(|&b| STOP[usize::from(b)]);
                assert_eq!(stop_position(&slice), expected, "{start} {len}");
                // The same with every stop byte moved to the end (none found before it).
                slice.retain(|&b| !STOP[usize::from(b)]);
                slice.push(b'"');
                assert_eq!(stop_position(&slice), Some(slice.len() - 1));
            }
        }
        let text = "Nguyễn Thị Hoà \\ x\"".as_bytes();
        assert_eq!(stop_position(text), text.iter().position(|&b| b == b'\\'));
    }

    /// The fast path gives serde_json's tree whenever it answers, and answers the common cases.
    #[test]
    fn same_tree_as_serde_or_no_answer() {
        let texts = [
            r#"{"a":"x","b":[1,-2,0,-0,1.5,2e3,-1e-7,123456789012345678,1234567890123456789,18446744073709551615,99999999999999999999],"c":{"d":null,"e":true,"f":false},"a":"dup"}"#,
            r#"  [ ] "#,
            r#"{}"#,
            r#"{"é \u00e9":"x"}"#,
            r#"{"a":"tab	here"}"#,
            r#"{"a":"x\"y"}"#,
            r#"{"a":1,}"#,
            r#"[1 2]"#,
            r#"{"a" 1}"#,
            r#"tru"#,
            r#"truex"#,
            r#"nul"#,
            r#""#,
            r#"-"#,
            r#"1.e5"#,
            r#"{"a":[1,{"b":[2,{"c":3}]}],"z":"Nguyễn Thị Hoà"} x"#,
            r#"{"a":"Nguyễn Thị Hoà"}"#,
            r#"-12"#,
            r#"+1"#,
            r#"[01]"#,
        ];
        let mut answered = 0;
        for text in texts {
            let serde: Result<Json<'_>, _> = serde_json::from_str(text);
            if let Some(fast) = parse(text) {
                answered += 1;
                assert_eq!(Some(&fast), serde.as_ref().ok(), "{text}");
            }
        }
        // The five valid texts without escapes; every other text goes to serde_json.
        assert_eq!(answered, 5);
        let deep = format!("{}{}", "[".repeat(101), "]".repeat(101));
        assert!(parse(&deep).is_none());
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(parse(&fine), serde_json::from_str(&fine).ok());
        assert!(parse(&fine).is_some());
        let refused = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert!(serde_json::from_str::<Json<'_>>(&refused).is_err());
        assert!(
            Json::parse(&refused).is_err(),
            "serde_json's limit still applies"
        );
        assert!(matches!(parse(r#"{"a":"b"}"#), Some(Json::Object(e)) if e.capacity() == 1));
    }
}
