//! [`Splitter`]: cuts a batch's text into rows as chunks arrive, a row possibly spanning chunks.
//!
//! A JSON array is cut at the commas and the closing bracket of its top level (strings and
//! nesting are followed byte by byte, so a comma inside a string or an object does not cut);
//! NDJSON is cut at line ends. A row that lies inside one chunk is handed over borrowed; only a
//! row that spans chunks is copied, into one buffer that is reused. Memory is bounded by the
//! chunk and the longest row, never by the file.
//!
//! A fault in the array's own structure (an empty element, a trailing comma, text after the
//! closing bracket, no closing bracket) is a batch-level `json_invalid` issue with its line and
//! column in the whole text; the rows around it are still cut and checked. Two records with no
//! comma between them are one broken row (`json_invalid` inside that row).
//!
//! A UTF-8 byte order mark at the start of the text (what many Windows tools write before a
//! file's text) is passed over, even when it spans chunks: the text's format is decided, and
//! line 1's columns counted, after it.

use crate::issue::{Issue, Path};

/// How the rows of a batch are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Decided by the first character that is not white space: `[` is a JSON array, anything
    /// else NDJSON.
    Auto,
    /// One JSON array of records.
    JsonArray,
    /// One record per line (newline-delimited JSON); blank lines are not rows.
    Ndjson,
    /// A table: CSV with a header row, one record per row, read by column headers
    /// ([`crate::table`]). Never chosen by `Auto`.
    Csv,
}

impl Format {
    /// The wire id: `auto`, `json`, `ndjson`.
    pub fn id(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::JsonArray => "json",
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
        }
    }

    /// The format named by a wire id.
    pub fn parse(id: &str) -> Option<Format> {
        match id {
            "auto" => Some(Format::Auto),
            "json" => Some(Format::JsonArray),
            "ndjson" => Some(Format::Ndjson),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// What the splitter finds: a row's text, or a fault of the batch's structure.
#[derive(Debug)]
pub enum Piece<'t> {
    /// The bytes of one row, white space around it included.
    Row(&'t [u8]),
    /// A batch-level issue (its path is the root; it belongs to no row).
    Fault(Issue),
}

/// Where the scan is inside a JSON array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before the opening `[`.
    Open,
    /// After `[`: a row or `]`.
    First,
    /// After `,`: a row must come.
    Next,
    /// Inside a row (up to the `,` or `]` that ends it, white space included).
    Row,
    /// After the closing `]`: only white space.
    Closed,
    /// The array was closed and text after it reported, or the text was ended.
    Done,
    /// Text after the end was reported; the rest is not read.
    Ignored,
}

/// Byte classes for the scan outside strings: 1 for the bytes that matter.
const STRUCTURAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'{' as usize] = true;
    t[b'}' as usize] = true;
    t[b'[' as usize] = true;
    t[b']' as usize] = true;
    t[b',' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

/// Cuts rows out of chunks of a batch's text.
#[derive(Debug)]
pub struct Splitter {
    format: Format,
    phase: Phase,
    /// Bytes of a row begun in an earlier chunk.
    carry: Vec<u8>,
    /// Nesting depth inside the current row.
    depth: u32,
    in_string: bool,
    escaped: bool,
    /// Bytes of a byte order mark matched at the start of the text so far, or
    /// [`BOM_DECIDED`] once the start is passed.
    bom: u8,
    /// Bytes consumed so far, and the line (from 1) and the offset where it starts.
    consumed: u64,
    line: u64,
    line_start: u64,
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// [`Splitter::bom`] once the start of the text is passed (with or without a mark).
const BOM_DECIDED: u8 = u8::MAX;

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl Splitter {
    /// A splitter for `format` (`Auto` decides on the first non-blank byte).
    pub fn new(format: Format) -> Splitter {
        Splitter {
            format,
            phase: Phase::Open,
            carry: Vec::new(),
            depth: 0,
            in_string: false,
            escaped: false,
            bom: 0,
            consumed: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// The format, once decided (`Auto` until the first non-blank byte).
    pub fn format(&self) -> Format {
        self.format
    }

    /// Bytes read so far.
    pub fn consumed(&self) -> u64 {
        self.consumed
    }

    /// A `json_invalid` fault at `offset` of the whole text.
    fn fault_at(&self, offset: u64) -> Issue {
        Issue::error(Path::root(), "json_invalid")
            .with("line", self.line as usize)
            .with("column", (offset - self.line_start + 1) as usize)
    }

    /// Cuts the rows of `chunk`, handing each row and fault to `sink` in text order.
    pub fn push(&mut self, chunk: &[u8], sink: &mut dyn FnMut(Piece<'_>)) {
        let chunk = self.pass_bom(chunk, sink);
        self.push_text(chunk, sink);
    }

    /// Passes over a byte order mark at the start of the text (its bytes may come in several
    /// chunks: they are held until the mark is complete or ruled out) and returns the rest of
    /// `chunk`.
    fn pass_bom<'c>(&mut self, chunk: &'c [u8], sink: &mut dyn FnMut(Piece<'_>)) -> &'c [u8] {
        if self.bom == BOM_DECIDED {
            return chunk;
        }
        let mut i = 0;
        while let (Some(&b), Some(&mark)) = (chunk.get(i), BOM.get(usize::from(self.bom))) {
            if b != mark {
                break;
            }
            self.bom += 1;
            i += 1;
        }
        if usize::from(self.bom) == BOM.len() {
            self.bom = BOM_DECIDED;
            self.consumed += BOM.len() as u64;
            self.line_start = self.consumed;
            return &chunk[i..];
        }
        if i == chunk.len() {
            // All of it may still be the start of a mark.
            return &[];
        }
        self.release_bom(sink);
        &chunk[i..]
    }

    /// The start of the text held as a possible byte order mark was none: it is text after all.
    fn release_bom(&mut self, sink: &mut dyn FnMut(Piece<'_>)) {
        let held = usize::from(std::mem::replace(&mut self.bom, BOM_DECIDED));
        if held > 0 && held < BOM.len() {
            self.push_text(&BOM[..held], sink);
        }
    }

    /// [`Splitter::push`] past the start of the text.
    fn push_text(&mut self, chunk: &[u8], sink: &mut dyn FnMut(Piece<'_>)) {
        if self.phase == Phase::Done {
            if chunk.iter().any(|&b| !is_space(b)) {
                // Text after the end: reported once, never read.
                sink(Piece::Fault(self.fault_at(self.consumed)));
                self.phase = Phase::Ignored;
            }
            self.consumed += chunk.len() as u64;
            return;
        }
        if self.phase == Phase::Ignored {
            self.consumed += chunk.len() as u64;
            return;
        }
        if self.format == Format::Auto {
            match chunk.iter().position(|&b| !is_space(b)) {
                Some(i) if chunk[i] == b'[' => self.format = Format::JsonArray,
                Some(_) => self.format = Format::Ndjson,
                None => {
                    // Only blank so far: nothing to decide on; count the lines.
                    self.advance(chunk, 0, chunk.len());
                    return;
                }
            }
        }
        match self.format {
            Format::Ndjson => self.push_lines(chunk, sink),
            _ => self.push_array(chunk, sink),
        }
    }

    /// Counts lines in `chunk[from..to]` and moves the consumed offset past it.
    fn advance(&mut self, chunk: &[u8], from: usize, to: usize) {
        let base = self.consumed - from as u64;
        for (i, &b) in chunk[from..to].iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.line_start = base + (from + i) as u64 + 1;
            }
        }
        self.consumed = base + to as u64;
    }

    fn push_lines(&mut self, chunk: &[u8], sink: &mut dyn FnMut(Piece<'_>)) {
        let mut start = 0;
        while let Some(n) = memchr::memchr(b'\n', &chunk[start..]) {
            let end = start + n;
            if self.carry.is_empty() {
                line_row(&chunk[start..end], sink);
            } else {
                self.carry.extend_from_slice(&chunk[start..end]);
                line_row(&self.carry, sink);
                self.carry.clear();
            }
            self.line += 1;
            start = end + 1;
        }
        self.carry.extend_from_slice(&chunk[start..]);
        self.consumed += chunk.len() as u64;
    }

    fn push_array(&mut self, chunk: &[u8], sink: &mut dyn FnMut(Piece<'_>)) {
        let base = self.consumed;
        // Where the current row starts in this chunk (None: it started in an earlier one).
        let mut row_start: Option<usize> = (self.phase == Phase::Row).then_some(usize::MAX);
        let mut i = 0;
        let n = chunk.len();
        while i < n {
            let b = chunk[i];
            match self.phase {
                Phase::Row => {
                    if self.in_string {
                        // Skip to the next quote, backslash or line end (a word at a time),
                        // then read byte by byte.
                        if !self.escaped {
                            i = memchr::memchr3(b'"', b'\\', b'\n', &chunk[i..])
                                .map_or(n, |k| i + k);
                        }
                        while i < n {
                            let c = chunk[i];
                            if self.escaped {
                                self.escaped = false;
                            } else if c == b'\\' {
                                self.escaped = true;
                            } else if c == b'"' {
                                self.in_string = false;
                                break;
                            } else if c == b'\n' {
                                self.new_line(base + i as u64);
                            }
                            i += 1;
                        }
                        i += 1;
                        continue;
                    }
                    while i < n && !STRUCTURAL[chunk[i] as usize] {
                        i += 1;
                    }
                    if i == n {
                        break;
                    }
                    match chunk[i] {
                        b'"' => self.in_string = true,
                        b'{' | b'[' => self.depth += 1,
                        b'}' | b']' if self.depth > 0 => self.depth -= 1,
                        b'\n' => self.new_line(base + i as u64),
                        c @ (b',' | b']') if self.depth == 0 => {
                            let start = row_start.unwrap_or(usize::MAX);
                            self.emit_row(chunk, start, i, sink);
                            row_start = None;
                            self.phase = if c == b',' {
                                Phase::Next
                            } else {
                                Phase::Closed
                            };
                        }
                        _ => {}
                    }
                    i += 1;
                }
                _ if is_space(b) => {
                    if b == b'\n' {
                        self.new_line(base + i as u64);
                    }
                    i += 1;
                }
                Phase::Open => {
                    if b != b'[' {
                        // A JSON array was asked for and the text is something else.
                        sink(Piece::Fault(
                            Issue::error(Path::root(), "type_invalid").with("expected", "array"),
                        ));
                        self.phase = Phase::Ignored;
                        break;
                    }
                    self.phase = Phase::First;
                    i += 1;
                }
                Phase::First | Phase::Next if b == b']' => {
                    if self.phase == Phase::Next {
                        sink(Piece::Fault(self.fault_at(base + i as u64)));
                    }
                    self.phase = Phase::Closed;
                    i += 1;
                }
                Phase::First | Phase::Next => {
                    if b == b',' {
                        // An element missing before a comma: `[,a]`, `[a,,b]`.
                        sink(Piece::Fault(self.fault_at(base + i as u64)));
                        self.phase = Phase::Next;
                        i += 1;
                        continue;
                    }
                    self.phase = Phase::Row;
                    self.depth = 0;
                    row_start = Some(i);
                }
                Phase::Closed => {
                    sink(Piece::Fault(self.fault_at(base + i as u64)));
                    self.phase = Phase::Ignored;
                    break;
                }
                Phase::Done | Phase::Ignored => break,
            }
        }
        if self.phase == Phase::Row {
            match row_start {
                Some(start) if start != usize::MAX => self.carry.extend_from_slice(&chunk[start..]),
                _ => self.carry.extend_from_slice(chunk),
            }
        }
        self.consumed = base + n as u64;
    }

    fn new_line(&mut self, offset: u64) {
        self.line += 1;
        self.line_start = offset + 1;
    }

    /// Hands over the row ending before `chunk[end]` that started at `chunk[start]`
    /// (`usize::MAX`: in an earlier chunk, its bytes so far in `carry`).
    fn emit_row(
        &mut self,
        chunk: &[u8],
        start: usize,
        end: usize,
        sink: &mut dyn FnMut(Piece<'_>),
    ) {
        if start == usize::MAX {
            self.carry.extend_from_slice(&chunk[..end]);
            sink(Piece::Row(&self.carry));
            self.carry.clear();
        } else {
            sink(Piece::Row(&chunk[start..end]));
        }
        self.depth = 0;
        self.in_string = false;
        self.escaped = false;
    }

    /// Ends the text: the last NDJSON line, or the faults of an unfinished array.
    pub fn finish(&mut self, sink: &mut dyn FnMut(Piece<'_>)) {
        if self.bom != BOM_DECIDED {
            self.release_bom(sink);
        }
        match (self.format, self.phase) {
            (Format::Ndjson, _) => {
                let carry = std::mem::take(&mut self.carry);
                line_row(&carry, sink);
            }
            (Format::JsonArray, Phase::Row) => {
                // The last row ran into the end of the text: check it, then report the array.
                let carry = std::mem::take(&mut self.carry);
                sink(Piece::Row(&carry));
                sink(Piece::Fault(self.fault_at(self.consumed)));
            }
            (Format::JsonArray, Phase::First | Phase::Next) => {
                sink(Piece::Fault(self.fault_at(self.consumed)));
            }
            (Format::JsonArray, Phase::Open) => {
                // Nothing but blank text where an array was asked for.
                sink(Piece::Fault(
                    Issue::error(Path::root(), "type_invalid").with("expected", "array"),
                ));
            }
            _ => {}
        }
        if self.phase != Phase::Ignored {
            self.phase = Phase::Done;
        }
    }
}

/// Hands over an NDJSON line unless it is blank (a `\r` before the line end belongs to it).
fn line_row(line: &[u8], sink: &mut dyn FnMut(Piece<'_>)) {
    if !line.iter().all(|&b| is_space(b)) {
        sink(Piece::Row(line));
    }
}
