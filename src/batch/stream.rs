//! [`BatchValidator`]: the chunked form (push chunks, read progress, finish), and
//! [`validate_reader`], the streaming reader over `io::Read` built on it.

use std::io::{self, Read};

use super::options::BatchOptions;
use super::people::PeopleIndex;
use super::report::{BatchIssue, BatchReport};
use super::split::{Format, Splitter};
use super::tally::Tally;
use crate::model::RecordKind;
use crate::table::TableReader;

/// How far a chunked batch has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Bytes of text taken so far (UTF-8).
    pub bytes: u64,
    /// Rows checked so far (a row still open at the end of the last chunk is not counted).
    pub rows: u64,
    /// Issues found so far.
    pub issues: u64,
}

/// A batch validated chunk by chunk: rows may span chunks; memory is bounded by the chunk, the
/// longest row and the report's page of issues, not by the text.
///
/// ```
/// use ctxh::batch::{BatchOptions, BatchValidator};
/// use ctxh::{date::Date, model::RecordKind, options::Options};
/// let opts = BatchOptions::new(Options::new(Date::parse_iso("2026-01-01").unwrap()));
/// let mut batch = BatchValidator::new(RecordKind::Address, opts);
/// batch.push(br#"[{"codeSet":"2025","provinceCode":"01","wa"#);
/// batch.push(br#"rdCode":"00004"}, {"codeSet":"2025"}]"#);
/// assert_eq!(batch.progress().rows, 2);
/// let report = batch.finish();
/// assert_eq!((report.totals.valid, report.totals.invalid), (1, 1));
/// ```
#[derive(Debug)]
pub struct BatchValidator {
    rows: Rows,
    tally: Tally,
}

/// What cuts the text into rows: the JSON splitter, or a table's reader.
#[derive(Debug)]
enum Rows {
    Json(Splitter),
    Table(Box<TableReader>),
}

impl BatchValidator {
    /// A batch of rows of `kind`.
    pub fn new(kind: RecordKind, opts: BatchOptions) -> BatchValidator {
        let rows = match opts.format {
            Format::Csv => Rows::Table(Box::new(TableReader::new(kind, opts.columns.clone()))),
            format => Rows::Json(Splitter::new(format)),
        };
        BatchValidator {
            rows,
            tally: Tally::new(kind, opts),
        }
    }

    /// Takes the next chunk of text and checks every row it completes.
    pub fn push(&mut self, chunk: &[u8]) -> Progress {
        let tally = &mut self.tally;
        match &mut self.rows {
            Rows::Json(splitter) => splitter.push(chunk, &mut |piece| tally.take(piece)),
            Rows::Table(reader) => reader.push(chunk, &mut |piece| tally.take_table(piece)),
        }
        self.progress()
    }

    /// How far the batch has got.
    pub fn progress(&self) -> Progress {
        Progress {
            bytes: match &self.rows {
                Rows::Json(splitter) => splitter.consumed(),
                Rows::Table(reader) => reader.consumed(),
            },
            rows: self.tally.rows(),
            issues: self.tally.issues(),
        }
    }

    /// Every issue found since the last call, in order (only with
    /// [`BatchOptions::stream_issues`]; otherwise empty). Drain it after each chunk to get
    /// every issue of a batch of any size.
    pub fn take_issues(&mut self) -> Vec<BatchIssue> {
        self.tally.take_queue()
    }

    /// Ends the text: checks a last row that no line end or bracket closed, and reports an
    /// unfinished array. With [`BatchOptions::stream_issues`], take the last issues after this.
    /// Pushing after it is a fault of the text like any other (`json_invalid` or new rows).
    pub fn end(&mut self) {
        let tally = &mut self.tally;
        match &mut self.rows {
            Rows::Json(splitter) => splitter.finish(&mut |piece| tally.take(piece)),
            Rows::Table(reader) => reader.finish(&mut |piece| tally.take_table(piece)),
        }
    }

    /// Checks duplicates against `people` (the people of earlier files, after
    /// [`PeopleIndex::start_file`] names this one) instead of a fresh index; with
    /// [`BatchOptions::duplicates`] only. Take it back with [`BatchValidator::finish_with_people`].
    pub fn with_people(mut self, people: PeopleIndex) -> BatchValidator {
        if self.tally.people.is_some() {
            self.tally.people = Some(people);
        }
        self
    }

    /// [`BatchValidator::finish`], and the people index for the next file.
    pub fn finish_with_people(mut self) -> (BatchReport, Option<PeopleIndex>) {
        let people = self.tally.people.take();
        (self.finish(), people)
    }

    /// For a table (`csv`), once its header row has been read: how each column is read.
    pub fn column_uses(&self) -> Option<&[crate::table::ColumnUse]> {
        match &self.rows {
            Rows::Table(reader) => reader.column_uses(),
            Rows::Json(_) => None,
        }
    }

    /// Ends the text (see [`BatchValidator::end`]) and returns the report: the same report as
    /// [`super::validate_batch`] over the whole text.
    pub fn finish(mut self) -> BatchReport {
        self.end();
        let format = match &self.rows {
            Rows::Json(splitter) => splitter.format().id(),
            Rows::Table(_) => Format::Csv.id(),
        };
        self.tally.finish(format)
    }
}

/// The size of the chunks [`validate_reader`] reads.
pub const READ_CHUNK: usize = 64 * 1024;

/// Validates a batch read from `reader` in chunks of [`READ_CHUNK`] bytes, calling `on_issue`
/// for every issue as it is found (in order) and returning the report (whose page of issues
/// follows `opts`). Memory stays bounded by the chunk, the longest row and the page.
pub fn validate_reader<R: Read>(
    kind: RecordKind,
    mut reader: R,
    opts: &BatchOptions,
    mut on_issue: impl FnMut(&BatchIssue),
) -> io::Result<BatchReport> {
    let mut opts = opts.clone();
    opts.stream_issues = true;
    let mut batch = BatchValidator::new(kind, opts);
    let mut buffer = vec![0u8; READ_CHUNK];
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        batch.push(&buffer[..n]);
        batch.take_issues().iter().for_each(&mut on_issue);
    }
    batch.end();
    batch.take_issues().iter().for_each(&mut on_issue);
    Ok(batch.finish())
}

/// Validates a whole batch held in memory: a JSON array, NDJSON or a table (see
/// [`super::Format`]).
pub fn validate_batch(kind: RecordKind, text: &str, opts: &BatchOptions) -> BatchReport {
    let mut batch = BatchValidator::new(kind, opts.clone());
    batch.push(text.as_bytes());
    batch.finish()
}

/// Validates several files of one kind as one set, each given whole as `(name, text)` (the
/// text as `&str`, or as UTF-8 bytes: a row that is not UTF-8 is reported at its row): one
/// report per file, in order; with [`BatchOptions::duplicates`], a person met in an earlier
/// file is reported in a later one (`duplicate_cccd_other_file`, naming the file).
///
/// ```
/// use ctxh::batch::{validate_files, BatchOptions, Format};
/// use ctxh::{date::Date, model::RecordKind, options::Options};
/// let mut opts = BatchOptions::new(Options::new(Date::parse_iso("2026-01-01").unwrap()));
/// (opts.format, opts.duplicates) = (Format::Csv, true);
/// let a = "Họ và tên,Số CCCD\nLò Văn Páo,001085012345\n";
/// let b = "Họ và tên,Số CCCD\nLò Văn Pao,001085012345\n";
/// let reports = validate_files(RecordKind::Staff, &[("a.csv", a), ("b.csv", b)], &opts);
/// assert!(reports[0].by_code.get("duplicate_cccd_other_file").is_none());
/// assert_eq!(reports[1].by_code["duplicate_cccd_other_file"].rows, 1);
/// ```
pub fn validate_files<T: AsRef<[u8]>>(
    kind: RecordKind,
    files: &[(&str, T)],
    opts: &BatchOptions,
) -> Vec<BatchReport> {
    let mut people = Some(PeopleIndex::new());
    let mut out = Vec::with_capacity(files.len());
    for (name, text) in files {
        let mut batch = BatchValidator::new(kind, opts.clone());
        if let Some(mut index) = people.take() {
            index.start_file(name);
            batch = batch.with_people(index);
        }
        batch.push(text.as_ref());
        let (report, index) = batch.finish_with_people();
        people = index.or_else(|| Some(PeopleIndex::new()));
        out.push(report);
    }
    out
}

/// The reports of [`validate_files`] as one JSON array (the same bytes natively and in
/// WebAssembly).
pub fn reports_json(reports: &[BatchReport]) -> String {
    let parts: Vec<String> = reports.iter().map(BatchReport::to_json).collect();
    format!("[{}]", parts.join(","))
}
