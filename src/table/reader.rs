//! [`TableReader`]: a table's text, chunk by chunk, as records. The first row is the header;
//! every later row becomes a record's JSON text with the path of each cell, handed to the
//! batch as it completes. Memory is bounded by the chunk and the longest row.
//!
//! The text is CSV (RFC 4180 quoting, a `\r\n` or `\n` line end, a byte order mark ignored);
//! the separator is `,`, `;` or a tab, whichever the header row has most of outside quotes
//! (Excel writes `;` where the decimal mark is a comma, as in Vietnamese settings). A row of
//! empty cells is not a row (spreadsheets end with them). A cell that is not UTF-8 text is
//! read with the broken bytes replaced and reported (`cell_encoding_invalid`); a non-empty
//! cell right of the last header, or under an empty header, is reported
//! (`cell_outside_columns`).

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use super::mapping::{resolve, ColumnMapping, Header};
use super::record::{column_of, RowRecord};
use crate::issue::{Issue, Path};
use crate::model::RecordKind;

/// The most bytes of the first row kept to choose the separator.
const HEADER_SNIFF: usize = 1 << 20;

/// What the reader hands over.
#[derive(Debug)]
pub enum TablePiece<'r> {
    /// A row as a record.
    Row(TableRow<'r>),
    /// An issue of the table itself (no row), with the header of its column.
    Fault(Issue, String),
}

/// One row as a record: its JSON text, the issues of its cells, and where each cell went.
#[derive(Debug)]
pub struct TableRow<'r> {
    /// The record's JSON text.
    pub json: &'r [u8],
    /// Issues of the row's cells themselves (encoding, cells without a header).
    pub issues: Vec<Issue>,
    cells: &'r [(Path, usize)],
    headers: &'r [String],
}

impl TableRow<'_> {
    /// The header of the column an issue at `path` came from, if one did.
    pub fn column_of(&self, path: &Path) -> Option<String> {
        column_of(self.cells, path).and_then(|c| self.headers.get(c).cloned())
    }
}

/// The separator the first row uses most outside quotes (`,` on a tie or none).
fn separator(first: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in first {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// How far the bytes before the first line end have been looked at: each chunk is scanned once,
/// so a first row that arrives in many small chunks costs its length, not its length squared.
#[derive(Debug, Default)]
struct LineSniff {
    /// Bytes of the start already scanned.
    scanned: usize,
    /// Whether the scanned bytes end inside quotes.
    quoted: bool,
}

impl LineSniff {
    /// Scans what `start` holds past the bytes already scanned; whether a line end outside
    /// quotes has been seen.
    fn line_in(&mut self, start: &[u8]) -> bool {
        let new = start.get(self.scanned..).unwrap_or_default();
        self.scanned = start.len();
        for &b in new {
            match b {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => return true,
                _ => {}
            }
        }
        false
    }
}

/// One row of cells as `csv-core` read it.
#[derive(Debug)]
pub struct CsvRow<'r> {
    bytes: &'r [u8],
    ends: &'r [usize],
}

impl<'r> CsvRow<'r> {
    /// How many cells the row has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the row has no cell.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The bytes of cell `i` (unquoted); empty past the last cell.
    pub fn cell(&self, i: usize) -> &'r [u8] {
        let Some(&end) = self.ends.get(i) else {
            return &[];
        };
        let from = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[from..end]
    }

    /// Whether every cell is empty or white space.
    pub fn is_blank(&self) -> bool {
        (0..self.len()).all(|i| self.cell(i).iter().all(u8::is_ascii_whitespace))
    }
}

/// Cuts CSV text into rows of cells as chunks arrive (the separator chosen from the first
/// row, a byte order mark skipped); memory is bounded by the chunk and the longest row.
#[derive(Debug)]
pub struct CsvCells {
    /// Bytes before the separator is known.
    start: Vec<u8>,
    /// How far `start` has been looked at for the end of the first line.
    sniff: LineSniff,
    csv: Option<Reader>,
    separator: u8,
    out: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    at_start: bool,
    consumed: u64,
}

impl Default for CsvCells {
    fn default() -> Self {
        CsvCells::new()
    }
}

impl CsvCells {
    /// A reader at the start of a text.
    pub fn new() -> CsvCells {
        CsvCells {
            start: Vec::new(),
            sniff: LineSniff::default(),
            csv: None,
            separator: b',',
            out: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            at_start: true,
            consumed: 0,
        }
    }

    /// Bytes taken so far.
    pub fn consumed(&self) -> u64 {
        self.consumed
    }

    /// The separator, once the first row has been seen (`,`, `;` or a tab).
    pub fn separator(&self) -> Option<u8> {
        self.csv.as_ref().map(|_| self.separator)
    }

    /// Takes the next chunk, handing over every row it completes.
    pub fn push(&mut self, chunk: &[u8], sink: &mut dyn FnMut(&CsvRow<'_>)) {
        self.consumed += chunk.len() as u64;
        if self.csv.is_none() {
            self.start.extend_from_slice(chunk);
            if self.start.len() < 3 && b"\xEF\xBB\xBF".starts_with(&self.start) {
                return;
            }
            if !self.sniff.line_in(&self.start) && self.start.len() < HEADER_SNIFF {
                return;
            }
            let text = std::mem::take(&mut self.start);
            self.begin(&text);
            self.feed(&text, sink);
            return;
        }
        self.feed(chunk, sink);
    }

    /// Ends the text: the last row, if no line end closed it.
    pub fn finish(&mut self, sink: &mut dyn FnMut(&CsvRow<'_>)) {
        if self.csv.is_none() {
            let text = std::mem::take(&mut self.start);
            self.begin(&text);
            self.feed(&text, sink);
        }
        self.feed(&[], sink);
    }

    fn begin(&mut self, text: &[u8]) {
        let body = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
        self.separator = separator(body);
        self.csv = Some(ReaderBuilder::new().delimiter(self.separator).build());
    }

    fn feed(&mut self, mut input: &[u8], sink: &mut dyn FnMut(&CsvRow<'_>)) {
        if self.at_start {
            if let Some(rest) = input.strip_prefix(b"\xEF\xBB\xBF") {
                input = rest;
            }
            self.at_start = input.is_empty();
        }
        let at_end = input.is_empty();
        loop {
            let Some(csv) = self.csv.as_mut() else {
                return;
            };
            let (result, n_in, n_out, n_ends) = csv.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            input = &input[n_in..];
            self.out_len += n_out;
            self.ends_len += n_ends;
            match result {
                ReadRecordResult::InputEmpty => {
                    if !at_end {
                        return;
                    }
                }
                ReadRecordResult::OutputFull => {
                    let len = self.out.len() * 2;
                    self.out.resize(len, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let len = self.ends.len() * 2;
                    self.ends.resize(len, 0);
                }
                ReadRecordResult::Record => {
                    sink(&CsvRow {
                        bytes: &self.out[..self.out_len],
                        ends: &self.ends[..self.ends_len],
                    });
                    self.out_len = 0;
                    self.ends_len = 0;
                }
                ReadRecordResult::End => return,
            }
        }
    }
}

/// Cuts a table's text into records of a kind.
#[derive(Debug)]
pub struct TableReader {
    cells: CsvCells,
    rows: Rows,
}

/// The reader's state apart from the CSV cutter.
#[derive(Debug)]
struct Rows {
    kind: RecordKind,
    mapping: ColumnMapping,
    header: Option<Header>,
    headers: Vec<String>,
    json: String,
    cells: Vec<(Path, usize)>,
}

impl TableReader {
    /// A reader of rows of `kind`, columns mapped with `mapping` first.
    pub fn new(kind: RecordKind, mapping: ColumnMapping) -> TableReader {
        TableReader {
            cells: CsvCells::new(),
            rows: Rows {
                kind,
                mapping,
                header: None,
                headers: Vec::new(),
                json: String::new(),
                cells: Vec::new(),
            },
        }
    }

    /// Bytes taken so far.
    pub fn consumed(&self) -> u64 {
        self.cells.consumed()
    }

    /// How each column is read, once the header row has been read.
    pub fn column_uses(&self) -> Option<&[super::ColumnUse]> {
        self.rows.header.as_ref().map(|h| h.uses.as_slice())
    }

    /// Takes the next chunk of text, handing over every row it completes.
    pub fn push(&mut self, chunk: &[u8], sink: &mut dyn FnMut(TablePiece<'_>)) {
        let rows = &mut self.rows;
        self.cells.push(chunk, &mut |row| rows.record(row, sink));
    }

    /// Ends the text: the last row, if no line end closed it.
    pub fn finish(&mut self, sink: &mut dyn FnMut(TablePiece<'_>)) {
        let rows = &mut self.rows;
        self.cells.finish(&mut |row| rows.record(row, sink));
    }
}

impl Rows {
    /// One row of cells: the header, or a record.
    fn record(&mut self, row: &CsvRow<'_>, sink: &mut dyn FnMut(TablePiece<'_>)) {
        let Some(header) = &self.header else {
            self.headers = (0..row.len())
                .map(|i| String::from_utf8_lossy(row.cell(i)).trim().to_owned())
                .collect();
            if self.headers.iter().all(String::is_empty) {
                self.headers.clear();
                return;
            }
            let (header, faults) = resolve(self.kind, &self.headers, &self.mapping);
            self.header = Some(header);
            for (issue, column) in faults {
                sink(TablePiece::Fault(issue, column));
            }
            return;
        };
        if row.is_blank() {
            return;
        }
        let mut record = RowRecord::new();
        let mut issues = Vec::new();
        for i in 0..row.len() {
            let raw = row.cell(i);
            if raw.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let text = String::from_utf8_lossy(raw);
            if matches!(text, std::borrow::Cow::Owned(_)) {
                issues.push(
                    Issue::error(Path::root(), "cell_encoding_invalid")
                        .with("column", i as i64 + 1),
                );
            }
            if text.trim().is_empty() {
                continue;
            }
            match header.targets.get(i) {
                Some(Some(target)) => record.add(target, i, &text),
                Some(None) if header.uses[i].by != "empty" => {}
                _ => issues.push(
                    Issue::error(Path::root(), "cell_outside_columns").with("column", i as i64 + 1),
                ),
            }
        }
        record.finish(&mut self.json, &mut self.cells);
        sink(TablePiece::Row(TableRow {
            json: self.json.as_bytes(),
            issues,
            cells: &self.cells,
            headers: &self.headers,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, chunk: usize) -> (Vec<String>, Vec<String>) {
        let mut reader = TableReader::new(RecordKind::Staff, ColumnMapping::default());
        let (mut rows, mut faults) = (Vec::new(), Vec::new());
        let mut sink = |p: TablePiece<'_>| match p {
            TablePiece::Row(r) => rows.push(String::from_utf8(r.json.to_vec()).unwrap()),
            TablePiece::Fault(i, c) => faults.push(format!("{} {c}", i.code)),
        };
        for part in text.as_bytes().chunks(chunk) {
            reader.push(part, &mut sink);
        }
        reader.finish(&mut sink);
        (rows, faults)
    }

    /// The first line's end is looked for in each chunk's new bytes only, quotes carried
    /// across chunks: a line end inside quotes that span chunks does not end the line.
    #[test]
    fn the_first_line_is_sniffed_once_per_byte_with_quotes_across_chunks() {
        let mut sniff = LineSniff::default();
        let mut start = Vec::new();
        for (chunk, seen) in [
            (&b"\"a"[..], false),
            (b"\nb", false),
            (b"\",c", false),
            (b"\nd", true),
        ] {
            start.extend_from_slice(chunk);
            assert_eq!(
                sniff.line_in(&start),
                seen,
                "{:?}",
                String::from_utf8_lossy(&start)
            );
            assert_eq!(sniff.scanned, start.len());
        }
        // A long first row in one-byte chunks: the same rows as in one chunk.
        let header: Vec<String> = (0..2000).map(|i| format!("Cột {i}")).collect();
        let text = format!("{}\nLò Văn Páo\n", header.join(","));
        assert_eq!(rows(&text, 1), rows(&text, text.len()));
    }

    #[test]
    fn rows_come_out_the_same_whatever_the_chunks_and_separator() {
        let text = "\u{feff}Họ và tên,Ngày sinh,Ghi chú\r\n\"Lò, Văn Páo\",01/02/1985,x\r\n,,\r\n\"Hà \"\"Thị\"\" Mai\",1990,\n";
        let (rows, faults) = rows(text, 4096);
        assert_eq!(
            rows,
            [
                r#"{"person":{"fullName":"Lò, Văn Páo","birthDate":"1985-02-01"}}"#,
                r#"{"person":{"fullName":"Hà \"Thị\" Mai","birthDate":"1990"}}"#
            ]
        );
        assert_eq!(faults, ["column_unknown Ghi chú"]);
        for size in [1, 2, 3, 7] {
            assert_eq!(
                self::rows(text, size),
                (rows.clone(), faults.clone()),
                "{size}"
            );
        }
        let semi = text.replace(",", ";").replace("Lò; Văn", "Lò, Văn");
        assert_eq!(self::rows(&semi, 5).0, rows);
        // No line end after the last row, no rows at all.
        assert_eq!(self::rows("Họ và tên\nAn Bình", 3).0.len(), 1);
        assert_eq!(self::rows("", 3), (vec![], vec![]));
        assert_eq!(self::rows("Họ và tên", 3), (vec![], vec![]));
    }

    #[test]
    fn a_column_without_a_header_is_no_fault_but_its_cells_are() {
        let mut reader = TableReader::new(RecordKind::Staff, ColumnMapping::default());
        let mut seen = Vec::new();
        let mut sink = |p: TablePiece<'_>| match p {
            TablePiece::Row(r) => seen.extend(r.issues.iter().map(|i| i.code)),
            TablePiece::Fault(i, _) => seen.push(i.code),
        };
        reader.push(",Họ và tên,\n,An Bình,\nx,Lò Páo,\n".as_bytes(), &mut sink);
        reader.finish(&mut sink);
        assert_eq!(seen, ["cell_outside_columns"]);
        assert_eq!(reader.column_uses().unwrap()[0].by, "empty");
    }
}
