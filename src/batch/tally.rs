//! [`Tally`]: checks each row as the splitter hands it over and counts what it finds. It keeps
//! the counts, one page of issues and (when asked) a queue of every issue; never the rows.

use std::collections::BTreeMap;

use super::options::BatchOptions;
use super::people::PeopleIndex;
use super::report::{BatchIssue, BatchReport, Count, Totals};
use super::split::Piece;
use super::MAX_FIELD_PATHS;
use crate::intake::read_record_bytes;
use crate::issue::{Issue, Params, Path, Segment, Severity};
use crate::model::RecordKind;
use crate::report::{render, settle};
use crate::table::{TablePiece, TableRow};
use crate::validate::RecordScratch;

/// The most distinct parameter sets whose message is kept per code.
const MESSAGES_PER_CODE: usize = 64;

/// Counts, the listed page and the streamed queue of a batch being checked.
#[derive(Debug)]
pub(crate) struct Tally {
    kind: RecordKind,
    opts: BatchOptions,
    totals: Totals,
    faulty: bool,
    by_code: BTreeMap<&'static str, Count>,
    by_field: BTreeMap<String, Count>,
    by_field_omitted: u64,
    listed: Vec<BatchIssue>,
    queue: Vec<BatchIssue>,
    /// Messages rendered so far, by code, then params.
    messages: BTreeMap<&'static str, Vec<(Params, String)>>,
    /// The people met so far (with [`BatchOptions::duplicates`]).
    pub(crate) people: Option<PeopleIndex>,
    /// Scratch for one row: the codes and fields already counted for it (the fields are the
    /// first `row_fields_len` of `row_fields`, whose strings keep their buffers row to row).
    row_codes: Vec<&'static str>,
    row_fields: Vec<String>,
    row_fields_len: usize,
    /// Scratch for the field of the issue being counted.
    field: String,
    /// The record read from the row before, whose buffers the next row reuses.
    record: RecordScratch,
}

/// Writes the field of `path`, its indices written `[*]`, into `out` (cleared first).
fn write_field(path: &Path, out: &mut String) {
    out.clear();
    for segment in path.segments() {
        match segment {
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Segment::Index(_) => out.push_str("[*]"),
        }
    }
}

impl Tally {
    pub(crate) fn new(kind: RecordKind, opts: BatchOptions) -> Tally {
        let duplicates = opts.duplicates;
        Tally {
            kind,
            opts,
            totals: Totals::default(),
            faulty: false,
            by_code: BTreeMap::new(),
            by_field: BTreeMap::new(),
            by_field_omitted: 0,
            listed: Vec::new(),
            queue: Vec::new(),
            messages: BTreeMap::new(),
            people: duplicates.then(PeopleIndex::new),
            row_codes: Vec::new(),
            row_fields: Vec::new(),
            row_fields_len: 0,
            field: String::new(),
            record: RecordScratch::default(),
        }
    }

    /// Rows checked so far.
    pub(crate) fn rows(&self) -> u64 {
        self.totals.rows
    }

    /// Issues found so far.
    pub(crate) fn issues(&self) -> u64 {
        self.totals.issues
    }

    /// Takes one piece from the splitter.
    pub(crate) fn take(&mut self, piece: Piece<'_>) {
        match piece {
            Piece::Row(bytes) => self.row(bytes, Vec::new(), None),
            Piece::Fault(issue) => self.fault(issue, None),
        }
    }

    /// Takes one piece from a table's reader.
    pub(crate) fn take_table(&mut self, piece: TablePiece<'_>) {
        match piece {
            TablePiece::Row(mut row) => {
                let extra = std::mem::take(&mut row.issues);
                self.row(row.json, extra, Some(&row));
            }
            TablePiece::Fault(issue, column) => self.fault(issue, Some(column)),
        }
    }

    /// A batch-level issue (of no row); an error makes the batch invalid.
    fn fault(&mut self, issue: Issue, column: Option<String>) {
        if issue.severity == Severity::Error {
            self.faulty = true;
        }
        self.add(None, vec![issue], &|_: &Path| column.clone());
    }

    /// Checks one row: exactly the issues of the row's own report (with the issues of a table
    /// row's cells, `extra`).
    fn row(&mut self, bytes: &[u8], extra: Vec<Issue>, table: Option<&TableRow<'_>>) {
        let row = self.totals.rows;
        self.totals.rows += 1;
        let mut issues = match simdutf8::basic::from_utf8(bytes) {
            // Without a duplicate search nothing needs the tree: the record is read straight
            // from its text.
            Ok(text) if self.people.is_none() => {
                let opts = &self.opts.record;
                self.kind
                    .issues_of_text_reusing(text, opts, Path::root(), &mut self.record)
            }
            _ => self.tree_issues(bytes, row),
        };
        issues.extend(extra);
        let (valid, issues) = settle(issues);
        if valid {
            self.totals.valid += 1;
        } else {
            self.totals.invalid += 1;
        }
        if issues.iter().any(|i| i.severity == Severity::Warning) {
            self.totals.with_warnings += 1;
        }
        if !issues.is_empty() {
            match table {
                Some(t) => self.add(Some(row), issues, &|p: &Path| t.column_of(p)),
                None => self.add(Some(row), issues, &|_: &Path| None),
            }
        }
    }

    /// The issues of one row read through its JSON tree, with the duplicate search's.
    fn tree_issues(&mut self, bytes: &[u8], row: u64) -> Vec<Issue> {
        match read_record_bytes(bytes) {
            Ok(json) => {
                let mut issues = self.kind.issues_of(&json, &self.opts.record, Path::root());
                if let Some(people) = &mut self.people {
                    issues.extend(people.check(self.kind, &json, row));
                }
                issues
            }
            Err(issue) => vec![issue],
        }
    }

    /// Counts the issues of one row (or of the batch, `row` = `None`), lists those on the page
    /// and queues them all when streaming.
    fn add(
        &mut self,
        row: Option<u64>,
        issues: Vec<Issue>,
        column_of: &dyn Fn(&Path) -> Option<String>,
    ) {
        self.row_codes.clear();
        self.row_fields_len = 0;
        for issue in issues {
            let number = self.totals.issues;
            self.totals.issues += 1;
            match issue.severity {
                Severity::Error => self.totals.errors += 1,
                Severity::Warning => self.totals.warnings += 1,
            }
            let first_of_code = row.is_some() && !self.row_codes.contains(&issue.code);
            if first_of_code {
                self.row_codes.push(issue.code);
            }
            let count = self.by_code.entry(issue.code).or_default();
            count.issues += 1;
            count.rows += u64::from(first_of_code);
            self.count_field(&issue.path, row.is_some());
            let on_page = number >= self.opts.issue_offset
                && number - self.opts.issue_offset < self.opts.max_issues;
            if on_page || self.opts.stream_issues {
                let column = column_of(&issue.path);
                let reported = self.reported(row, issue, column);
                if self.opts.stream_issues {
                    self.queue.push(reported.clone());
                }
                if on_page {
                    self.listed.push(reported);
                }
            }
        }
    }

    /// Counts an issue at `path` by its field (allocating only for a field not met before).
    fn count_field(&mut self, path: &Path, in_row: bool) {
        let mut field = std::mem::take(&mut self.field);
        write_field(path, &mut field);
        let met_in_row = &self.row_fields[..self.row_fields_len];
        let first = in_row && !met_in_row.contains(&field);
        let full = self.by_field.len() >= MAX_FIELD_PATHS;
        let counted = match self.by_field.get_mut(field.as_str()) {
            Some(count) => {
                count.issues += 1;
                count.rows += u64::from(first);
                true
            }
            None if full => {
                self.by_field_omitted += 1;
                false
            }
            None => {
                let count = Count {
                    issues: 1,
                    rows: u64::from(first),
                };
                self.by_field.insert(field.clone(), count);
                true
            }
        };
        if counted && first {
            match self.row_fields.get_mut(self.row_fields_len) {
                Some(kept) => field.clone_into(kept),
                None => self.row_fields.push(field.clone()),
            }
            self.row_fields_len += 1;
        }
        self.field = field;
    }

    /// The issue as a batch lists it, its message rendered once per code and params.
    fn reported(&mut self, row: Option<u64>, issue: Issue, column: Option<String>) -> BatchIssue {
        let lang = self.opts.record.lang;
        let known = self.messages.entry(issue.code).or_default();
        let message = match known.iter().find(|(p, _)| *p == issue.params) {
            Some((_, m)) => m.clone(),
            None => {
                let m = render(issue.code, &issue.params, lang);
                if known.len() < MESSAGES_PER_CODE {
                    known.push((issue.params.clone(), m.clone()));
                }
                m
            }
        };
        BatchIssue {
            row,
            path_text: issue.path.to_string(),
            path: issue.path,
            code: issue.code,
            severity: issue.severity,
            params: issue.params,
            message,
            column,
        }
    }

    /// The issues queued since the last call (streaming only).
    pub(crate) fn take_queue(&mut self) -> Vec<BatchIssue> {
        std::mem::take(&mut self.queue)
    }

    /// The report.
    pub(crate) fn finish(self, format: &'static str) -> BatchReport {
        let listed_end = self.opts.issue_offset + self.listed.len() as u64;
        BatchReport {
            kind: self.kind.name(),
            format,
            valid: !self.faulty && self.totals.invalid == 0,
            totals: self.totals,
            by_code: self.by_code,
            by_field: self.by_field,
            by_field_omitted: self.by_field_omitted,
            issue_offset: self.opts.issue_offset,
            max_issues: self.opts.max_issues,
            issues: self.listed,
            next_offset: (listed_end < self.totals.issues).then_some(listed_end),
        }
    }
}
