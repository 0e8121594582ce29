//! Intake: from untrusted JSON to the typed model, reporting instead of failing.
//!
//! Serde's derive stops at the first wrong type. Portals need every problem at once, each at its
//! path, so records are read from a borrowed [`Json`] tree by [`FromJson`]: a value of the wrong
//! JSON type, an unknown field, a bad date or an unknown code becomes an [`Issue`] and the field
//! stays empty; the rest of the record is still read and checked. Issues that rules would raise
//! below a rejected path (say `required` for the field that had the wrong type) are suppressed.
//!
//! Record and enum types are declared with [`record!`](crate::record) and
//! [`wire_enum!`](crate::wire_enum), which generate the struct or enum, its serde derive and its
//! intake from one list of wire names.

mod fast;
mod json;
mod limits;
mod macros;
mod primitives;
mod stream;
mod surrogates;

pub use json::{Json, MAX_NESTING, UNPAIRED_SURROGATE};
pub use limits::{check_limit, decimal, Limited, Measure};
pub use stream::{read_text, read_text_in_order, Fallback, Key, KeyOrder, Reader};

use std::borrow::Cow;
use std::collections::HashSet;

use crate::issue::{Issue, Path, Segment};

/// Whether `text` holds [`UNPAIRED_SURROGATE`]: a byte scan for its first UTF-8 byte (0xEF,
/// which Vietnamese text rarely has) before the character search, since every string read
/// goes through this.
pub(crate) fn has_unpaired_marker(text: &str) -> bool {
    memchr::memchr(0xEF, text.as_bytes()).is_some() && text.contains(UNPAIRED_SURROGATE)
}

/// The JSON shape a field expects, named in `type_invalid` issues.
pub type Expected = &'static str;

/// One step below an intake's base path: a field or a list position. Steps are copied, not
/// built into a [`Path`], while a record is read: the path is assembled only for an issue.
#[derive(Debug, Clone, Copy)]
enum Step {
    Key(&'static str),
    Index(usize),
}

impl Default for Step {
    fn default() -> Step {
        Step::Index(0)
    }
}

/// The most steps an intake keeps below its base: more than any record kind nests (a test
/// walks the registry for the deepest field). Steps past it would be counted, not kept.
pub const MAX_STEPS: usize = 16;

/// Collects intake issues while a record is read.
#[derive(Debug, Default)]
pub struct Intake {
    /// Where the record lies (the root, or a row's place in a batch).
    base: Path,
    /// The fields and positions read into, below `base`: the first `depth` (a fixed array:
    /// entering and leaving a field is a store and an increment).
    steps: [Step; MAX_STEPS],
    depth: usize,
    issues: Vec<Issue>,
    rejected: Vec<Path>,
}

impl Intake {
    /// A fresh intake at the record's root.
    pub fn new() -> Intake {
        Intake::default()
    }

    /// A fresh intake whose paths start at `base` (for records nested in a batch).
    pub fn at(base: Path) -> Intake {
        Intake {
            base,
            ..Intake::default()
        }
    }

    /// The path being read (assembled: call it for an issue, not on the way to a valid value).
    pub fn path(&self) -> Path {
        let mut path = self.base.clone();
        for step in &self.steps[..self.depth.min(MAX_STEPS)] {
            path.push(match *step {
                Step::Key(key) => Segment::Key(key.into()),
                Step::Index(index) => Segment::Index(index),
            });
        }
        path
    }

    /// Steps into field `wire_name` of the object being read.
    fn enter_key(&mut self, wire_name: &'static str) {
        self.enter(Step::Key(wire_name));
    }

    fn enter(&mut self, step: Step) {
        if let Some(slot) = self.steps.get_mut(self.depth) {
            *slot = step;
        }
        self.depth += 1;
    }

    /// Steps into position `index` of the list being read.
    fn enter_index(&mut self, index: usize) {
        self.enter(Step::Index(index));
    }

    /// Steps back out of the last field or position entered.
    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Reports that the value at the current path cannot be used (`code` with `params`), and
    /// marks the path as rejected so that later rules do not pile on.
    pub fn reject(&mut self, issue: Issue) {
        self.rejected.push(issue.path.clone());
        self.issues.push(issue);
    }

    /// Reports a value of the wrong JSON type at the current path.
    pub fn wrong_type(&mut self, expected: Expected) {
        let issue = Issue::error(self.path(), "type_invalid").with("expected", expected);
        self.reject(issue);
    }

    /// Reads `value` as an object's entries, or reports `type_invalid` (expected `object`).
    pub fn expect_object<'v, 'a>(
        &mut self,
        value: &'v Json<'a>,
    ) -> Option<&'v [(Cow<'a, str>, Json<'a>)]> {
        match value {
            Json::Object(entries) => Some(entries),
            _ => {
                self.wrong_type("object");
                None
            }
        }
    }

    /// Reads one field of an object. `null` counts as absent.
    pub fn field<T: FromJson>(&mut self, wire_name: &'static str, value: &Json<'_>) -> Option<T> {
        if value.is_null() {
            return None;
        }
        self.enter_key(wire_name);
        let out = T::from_json(value, self);
        self.leave();
        out
    }

    /// Reads a code-list id: the index of `value` in `list`, or `type_invalid` for a non-string
    /// and `enum_invalid` (with the list's name and allowed ids) for an unknown id. One shared,
    /// non-generic reader for every `wire_enum!` keeps the WebAssembly bundle small.
    pub fn code_list_index(
        &mut self,
        value: &Json<'_>,
        list: &crate::meta::EnumInfo,
    ) -> Option<usize> {
        let Json::Str(id) = value else {
            self.wrong_type("string");
            return None;
        };
        self.code_list_id(id, list)
    }

    /// [`Intake::code_list_index`] of an id already read as a string.
    pub fn code_list_id(&mut self, id: &str, list: &crate::meta::EnumInfo) -> Option<usize> {
        // Compared a word at a time (ids are short: a call to memcmp costs more).
        let index = list
            .entries
            .iter()
            .position(|e| fast::same_bytes(e.value.as_bytes(), id.as_bytes()));
        if index.is_none() {
            let allowed: Vec<&'static str> = list.entries.iter().map(|e| e.value).collect();
            let issue = Issue::error(self.path(), "enum_invalid")
                .with("list", list.list_name)
                .with("allowed", allowed);
            self.reject(issue);
        }
        index
    }

    /// Adds an issue that does not make the value unusable (rules below it still run).
    pub fn push(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    /// Reports a field given twice in one object (`duplicate_field`, at the field): the first
    /// value is the one read.
    pub fn duplicate_field(&mut self, wire_name: &'static str) {
        let path = self.path().key(wire_name);
        self.issues.push(Issue::error(path, "duplicate_field"));
    }

    /// Reports a key the record type does not have. The key is the input's, so it goes into
    /// the path made safe to show: see [`shown_key`].
    pub fn unknown_field(&mut self, key: &str) {
        let path = self.path().key(shown_key(key));
        self.reject(Issue::error(path, "unknown_field"));
    }

    /// Reads array element `index` (used by `Vec<T>`).
    pub(crate) fn element<T: FromJson>(&mut self, index: usize, value: &Json<'_>) -> Option<T> {
        self.enter_index(index);
        let out = if value.is_null() {
            self.wrong_type(T::EXPECTED);
            None
        } else {
            T::from_json(value, self)
        };
        self.leave();
        out
    }

    /// Finishes: the intake issues, and a filter for rule issues below rejected paths.
    pub fn finish(self) -> (Vec<Issue>, Rejected) {
        (self.issues, Rejected(self.rejected))
    }

    /// [`Intake::finish`], with the base path given back, for the rules that check the record
    /// next.
    pub fn finish_at(self) -> (Vec<Issue>, Rejected, Path) {
        (self.issues, Rejected(self.rejected), self.base)
    }
}

/// The `json_invalid` issue for text that is not JSON: the position only, never the text.
pub fn json_error(e: &serde_json::Error) -> Issue {
    if e.to_string().starts_with("recursion limit exceeded") {
        return Issue::error(Path::root(), "nesting_too_deep").with("maxDepth", MAX_NESTING);
    }
    Issue::error(Path::root(), "json_invalid")
        .with("line", e.line())
        .with("column", e.column())
}

/// The most items a list of a record may have: only the first are read, and the list gets
/// `list_too_long` (a real list has a few dozen items at most).
pub const MAX_LIST_ITEMS: usize = 10_000;

/// The largest record, in bytes of JSON text: a larger one is `record_too_large` and is not
/// read, so that no single call can take long or pin much memory (a real record is a few KB).
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// Reads one record's JSON text into a tree, or the issue that stops it: `record_too_large`,
/// `nesting_too_deep` or `json_invalid`.
// An issue is large (its path lives inline); it is returned once per unreadable record.
#[allow(clippy::result_large_err)]
pub fn read_record(text: &str) -> Result<Json<'_>, Issue> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(too_large());
    }
    Json::parse(text).map_err(|e| json_error(&e))
}

/// [`read_record`] for a record given as bytes (a row cut from a batch).
// An issue is large (its path lives inline); it is returned once per unreadable record.
#[allow(clippy::result_large_err)]
pub fn read_record_bytes(bytes: &[u8]) -> Result<Json<'_>, Issue> {
    if bytes.len() > MAX_RECORD_BYTES {
        return Err(too_large());
    }
    Json::parse_bytes(bytes).map_err(|e| json_error(&e))
}

/// The `record_too_large` issue (for a boundary that measures the text before reading it).
pub fn record_too_large() -> Issue {
    too_large()
}

fn too_large() -> Issue {
    Issue::error(Path::root(), "record_too_large").with("maxBytes", MAX_RECORD_BYTES)
}

/// Paths whose values intake could not use.
#[derive(Debug, Default)]
pub struct Rejected(Vec<Path>);

impl Rejected {
    /// Whether a rule issue at `path` should be dropped because its value was already rejected.
    pub fn covers(&self, path: &Path) -> bool {
        self.0.iter().any(|r| path.starts_with(r))
    }

    /// Keeps the rule issues that do not lie at or below a rejected path.
    ///
    /// Linear in issues × path depth (a hash set of rejected paths, probed with each issue's
    /// prefixes), so a 100,000-element list with a rejected value in every element stays fast.
    pub fn filter(&self, issues: &mut Vec<Issue>) {
        if self.0.is_empty() {
            return;
        }
        let rejected: HashSet<&[Segment]> = self.0.iter().map(Path::segments).collect();
        issues.retain(|issue| {
            let segments = issue.path.segments();
            !(0..=segments.len()).any(|n| rejected.contains(&segments[..n]))
        });
    }
}

/// A type that can be read from untrusted JSON, reporting problems to an [`Intake`].
pub trait FromJson: Sized {
    /// The JSON shape expected, as named in `type_invalid` issues (`string`, `object`...).
    const EXPECTED: Expected;

    /// Reads `value` (never `null`), or reports why it cannot and returns `None`.
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self>;

    /// Reads the value at the reader's cursor (never `null`) straight from the text into
    /// `slot` (set to `None` when the value cannot be used; a value already there may lend its
    /// buffers, see [`read_text`]), with the same issues as
    /// [`FromJson::from_json`] gives for its tree; [`Fallback`] when the text must be read
    /// through the tree instead. Records are filled in place (no copy of a large record on the
    /// way out). The default reads the value as a tree (one node, allocating nothing, for a
    /// scalar) and hands it to `from_json`; records and lists read field by field.
    fn from_text(
        reader: &mut Reader<'_>,
        cx: &mut Intake,
        slot: &mut Option<Self>,
    ) -> Result<(), Fallback> {
        let value = reader.value()?;
        *slot = Self::from_json(&value, cx);
        Ok(())
    }

    /// What stands in a list for an element that could not be read, so that positions in the
    /// typed list keep matching positions in the input. Records use an empty record; scalars
    /// have none (rules on scalar lists must not report by index).
    fn placeholder() -> Option<Self> {
        None
    }
}

/// The position of `wire` in `names`, for the field bits of [`record!`](crate::record) (a record
/// has at most 128 fields; more fail to compile).
pub const fn wire_index(names: &[&str], wire: &str) -> u32 {
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), wire.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                assert!(i < 128, "a record has at most 128 fields");
                return i as u32;
            }
        }
        i += 1;
    }
    panic!("not a field of this record")
}

/// The most characters of an input key a path shows; a longer key is cut, with `…`.
pub const MAX_SHOWN_KEY: usize = 64;

/// An input key as a path shows it: control characters and the characters that reorder text
/// (bidirectional controls such as U+202E, which could make a log line read backwards) are
/// written as `\u{202e}`, and only the first [`MAX_SHOWN_KEY`] characters are kept.
///
/// ```
/// use ctxh::intake::shown_key;
/// assert_eq!(shown_key("ghi\u{202e}chú"), "ghi\\u{202e}chú");
/// assert_eq!(shown_key("a\tb"), "a\\u{9}b");
/// assert_eq!(shown_key(&"k".repeat(100)).chars().count(), 65);
/// assert_eq!(shown_key("Họ tên"), "Họ tên");
/// ```
pub fn shown_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len().min(4 * MAX_SHOWN_KEY));
    for (n, c) in key.chars().enumerate() {
        if n == MAX_SHOWN_KEY {
            out.push('…');
            break;
        }
        if c.is_control() || is_bidi_control(c) || c == UNPAIRED_SURROGATE {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The Unicode bidirectional formatting characters (UAX #9): marks, embeddings, overrides and
/// isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `snake_case` to `camelCase`, the wire naming rule (checked for every record type by a test).
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
