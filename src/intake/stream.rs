//! Reading a record straight from its JSON text, without building the tree first.
//!
//! [`FromJson::from_text`] reads records and lists field by field from a [`Reader`]; a scalar
//! is read as a one-node [`Json`] (a borrowed string or a number: no allocation) and handed to
//! the same [`FromJson::from_json`] as the tree path, so both paths apply the same checks. The
//! reader accepts the fast path's subset of JSON only (see `super::fast`): at anything else (an
//! escape in a key, a syntax error, nesting past 100 levels, a list too long) it gives up with
//! [`Fallback`], the partial intake is dropped, and the record is read again through the tree,
//! whose answer (and error positions) are the reference. A test checks that both paths give
//! the same issues for every vector and for damaged variants of them.

use super::fast::Parser;
use super::{FromJson, Intake, Json, MAX_LIST_ITEMS};

/// A cursor over one record's JSON text, for [`FromJson::from_text`].
pub struct Reader<'a> {
    parser: Parser<'a>,
    /// Whether the text may hold [`super::UNPAIRED_SURROGATE`] (it has the marker's first
    /// byte somewhere): if not, no string read from it needs the check.
    may_hold_marker: bool,
    /// The keys met in the record read before, in reading order (see [`KeyOrder`]).
    keys: KeyOrder,
    /// How many keys of this record have been read.
    keys_read: usize,
}

/// The keys of the record read before (nested objects' keys in reading order, at most
/// [`KeyOrder::MAX`]), kept by a batch from row to row: rows of one export give their keys in
/// the same order, so each key is first compared with the one at its place in the row before,
/// which spares scanning the text for its end. A key elsewhere is read as usual.
#[derive(Debug, Default)]
pub struct KeyOrder(Vec<u16>);

/// A key read by [`Reader::next_key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    /// The field at this position in the record's wire names.
    Field(usize),
    /// A key that is none of them (as the text has it).
    Other(&'a str),
}

/// What [`KeyOrder`] holds for a key that is no field.
const NO_FIELD: u16 = u16::MAX;

impl KeyOrder {
    /// The most keys remembered (a record with long lists of objects has more; those are read
    /// as usual).
    pub const MAX: usize = 512;
}

/// The text lies outside what [`Reader`] reads: the record is read again through the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fallback;

impl<'a> Reader<'a> {
    fn new(text: &'a str, keys: KeyOrder) -> Reader<'a> {
        Reader {
            parser: Parser::new(text),
            may_hold_marker: memchr::memchr(0xEF, text.as_bytes()).is_some(),
            keys,
            keys_read: 0,
        }
    }

    /// Notes the key just read (for the next record's reading).
    fn read_key(&mut self, key: u16) {
        let keys = &mut self.keys.0;
        if self.keys_read < keys.len() {
            keys[self.keys_read] = key;
        } else if keys.len() == self.keys_read && keys.len() < KeyOrder::MAX {
            keys.push(key);
        }
        self.keys_read += 1;
    }

    /// The string that comes next, borrowed from the text, with whether it must be checked for
    /// [`super::UNPAIRED_SURROGATE`]; `None` (nothing consumed) when the next value is not a
    /// string.
    pub fn string(&mut self) -> Result<Option<(&'a str, bool)>, Fallback> {
        if self.parser.peek() != Some(b'"') {
            return Ok(None);
        }
        let text = self.parser.string().ok_or(Fallback)?;
        Ok(Some((text, self.may_hold_marker)))
    }

    /// The next value as a tree: one node for a scalar (strings borrow from the text), a whole
    /// subtree for an object or array (for the values records do not read field by field).
    pub fn value(&mut self) -> Result<Json<'a>, Fallback> {
        self.parser.value().ok_or(Fallback)
    }

    /// Consumes `null` if it comes next (absent, for an optional field).
    pub fn null(&mut self) -> bool {
        self.parser.null()
    }

    /// Opens the object that comes next: `false` (nothing consumed) when the next value is not
    /// an object. Its keys then come from [`Reader::next_key`].
    pub fn begin_object(&mut self) -> Result<bool, Fallback> {
        if self.parser.peek() != Some(b'{') {
            return Ok(false);
        }
        self.parser.enter().ok_or(Fallback)?;
        Ok(true)
    }

    /// The next key of the open object, as a position in the record's wire `names` (or as the
    /// text has it, when it is none of them), the cursor then on its value; `None` once the
    /// object is closed. `first` is true before the first key (set to false here).
    pub fn next_key(
        &mut self,
        first: &mut bool,
        names: &[&'static str],
    ) -> Result<Option<Key<'a>>, Fallback> {
        let opening = std::mem::replace(first, false);
        let expected = self.keys.0.get(self.keys_read).copied();
        let expected_name = expected.and_then(|i| names.get(usize::from(i)).copied());
        let Some((text, hit)) = self
            .parser
            .object_key(opening, expected_name)
            .ok_or(Fallback)?
        else {
            return Ok(None);
        };
        let field = match (hit, expected) {
            (true, Some(i)) => Some(usize::from(i)),
            _ => names.iter().position(|name| *name == text),
        };
        self.read_key(field.map_or(NO_FIELD, |i| i as u16));
        Ok(Some(field.map_or(Key::Other(text), Key::Field)))
    }

    /// Opens the array that comes next: `false` (nothing consumed) when the next value is not
    /// an array. Its items then come from [`Reader::next_item`].
    pub fn begin_array(&mut self) -> Result<bool, Fallback> {
        if self.parser.peek() != Some(b'[') {
            return Ok(false);
        }
        self.parser.enter().ok_or(Fallback)?;
        Ok(true)
    }

    /// Whether the open array has another item (the cursor then on it); `false` once the array
    /// is closed. `first` is true before the first item (set to false here).
    pub fn next_item(&mut self, first: &mut bool) -> Result<bool, Fallback> {
        let opening = std::mem::replace(first, false);
        if !(opening || self.parser.next_is(b',')) {
            return self.close(b']').map(|()| false);
        }
        if opening && self.parser.next_is(b']') {
            self.parser.leave();
            return Ok(false);
        }
        Ok(true)
    }

    /// Passes over the next value (a field the record does not read).
    pub fn skip(&mut self) -> Result<(), Fallback> {
        self.value().map(drop)
    }

    /// Closes the open object or array with `bracket`, or gives up.
    fn close(&mut self, bracket: u8) -> Result<(), Fallback> {
        if self.parser.next_is(bracket) {
            self.parser.leave();
            Ok(())
        } else {
            Err(Fallback)
        }
    }
}

/// Reads a record of type `T` straight from `text` into `slot` (a leading byte order mark is
/// ignored), its intake issues going to `cx`; [`Fallback`] when the text must be read through
/// the tree (the slot then holds a part of the record: read again before use).
///
/// A record already in the slot (from an earlier read) is reused: every field is overwritten
/// or cleared, and strings and lists keep their buffers, so that a batch reading row after row
/// into one slot allocates almost nothing. The result is the record a read into an empty slot
/// gives (a test reads every vector variant in sequence into one slot to check it).
pub fn read_text<T: FromJson>(
    text: &str,
    cx: &mut Intake,
    slot: &mut Option<T>,
) -> Result<(), Fallback> {
    read_text_in_order(text, cx, slot, &mut KeyOrder::default())
}

/// [`read_text`] expecting the keys in the order `keys` holds (the record read before), which
/// then holds this record's order.
pub fn read_text_in_order<T: FromJson>(
    text: &str,
    cx: &mut Intake,
    slot: &mut Option<T>,
    keys: &mut KeyOrder,
) -> Result<(), Fallback> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader::new(text, std::mem::take(keys));
    let read = T::from_text(&mut reader, cx, slot);
    let complete = read.is_ok() && reader.parser.at_end();
    *keys = reader.keys;
    if complete {
        Ok(())
    } else {
        Err(Fallback)
    }
}

impl Intake {
    /// [`Intake::code_list_index`] of the value at the reader's cursor: a string is looked up
    /// without becoming a tree node (one shared reader for every code list).
    pub fn code_list_text(
        &mut self,
        reader: &mut Reader<'_>,
        list: &crate::meta::EnumInfo,
    ) -> Result<Option<usize>, Fallback> {
        match reader.string()? {
            Some((id, _)) => Ok(self.code_list_id(id, list)),
            None => Ok(self.code_list_index(&reader.value()?, list)),
        }
    }

    /// [`Intake::field`] read from text into the field's `slot`: `null` counts as absent.
    pub fn field_text<T: FromJson>(
        &mut self,
        wire_name: &'static str,
        reader: &mut Reader<'_>,
        slot: &mut Option<T>,
    ) -> Result<(), Fallback> {
        if reader.null() {
            *slot = None;
            return Ok(());
        }
        self.enter_key(wire_name);
        let out = T::from_text(reader, self, slot);
        self.leave();
        out
    }
}

/// [`FromJson::from_text`] for lists: the items read one by one, as [`FromJson::from_json`]
/// reads them from the tree (a `null` item is `type_invalid`; a list longer than
/// [`MAX_LIST_ITEMS`] goes to the tree path, which reports it).
// Unused in the main WebAssembly module (see `read_straight!`).
#[cfg_attr(
    all(target_arch = "wasm32", not(feature = "wasm-collections")),
    allow(dead_code)
)]
pub(super) fn list_from_text<T: FromJson>(
    reader: &mut Reader<'_>,
    cx: &mut Intake,
    slot: &mut Option<Vec<T>>,
) -> Result<(), Fallback> {
    if !reader.begin_array()? {
        reader.skip()?;
        cx.wrong_type(<Vec<T> as FromJson>::EXPECTED);
        *slot = None;
        return Ok(());
    }
    // The list read before into this slot, if any, lends its buffer, and its items are read
    // into again, so that their strings and lists keep their buffers too: `out[..len]` holds
    // this list's items in order, `out[len..]` the old ones not yet reused (in any order).
    let out = slot.get_or_insert_with(Vec::new);
    let mut len = 0;
    let mut first = true;
    let mut index = 0;
    while reader.next_item(&mut first)? {
        if index == MAX_LIST_ITEMS {
            return Err(Fallback);
        }
        cx.enter_index(index);
        let mut item = (len < out.len()).then(|| out.swap_remove(len));
        if reader.null() {
            cx.wrong_type(T::EXPECTED);
            item = None;
        } else {
            T::from_text(reader, cx, &mut item)?;
        }
        cx.leave();
        if let Some(read) = item.or_else(T::placeholder) {
            out.push(read);
            let last = out.len() - 1;
            out.swap(len, last);
            len += 1;
        }
        index += 1;
    }
    out.truncate(len);
    Ok(())
}
