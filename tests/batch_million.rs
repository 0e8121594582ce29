//! A 1,000,000-row NDJSON batch read natively through `validate_reader`, in bounded memory: the
//! rows are made on the fly by a reader (about 270 MB of text in all), and the process's peak
//! resident memory must grow by far less than the text. Alone in its own test binary, so no
//! other test's memory counts.

use std::io::{self, Read};

use ctxh::batch::{validate_reader, BatchOptions};
use ctxh::date::Date;
use ctxh::model::RecordKind;
use ctxh::options::Options;

const ROWS: u64 = 1_000_000;

/// NDJSON addresses with a long street; every 1000th row names an unknown ward.
struct Rows {
    next: u64,
    line: Vec<u8>,
    at: usize,
    produced: u64,
}

impl Read for Rows {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at == self.line.len() {
            if self.next == ROWS {
                return Ok(0);
            }
            let ward = if self.next % 1000 == 999 {
                "99999"
            } else {
                "00004"
            };
            self.line = format!(
                "{{\"codeSet\":\"2025\",\"provinceCode\":\"01\",\"wardCode\":\"{ward}\",\"street\":\"Số {} {}\"}}\n",
                self.next,
                "phố Đội Cấn ".repeat(16)
            )
            .into_bytes();
            self.at = 0;
            self.next += 1;
        }
        let n = out.len().min(self.line.len() - self.at);
        out[..n].copy_from_slice(&self.line[self.at..self.at + n]);
        self.at += n;
        self.produced += n as u64;
        Ok(n)
    }
}

/// The peak resident memory of this process in KiB (Linux), if known.
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_million_ndjson_rows_in_bounded_memory() {
    let before = peak_kib();
    let opts = BatchOptions::new(Options::new(Date::new(2026, 1, 1).unwrap()));
    let mut rows = Rows {
        next: 0,
        line: Vec::new(),
        at: 0,
        produced: 0,
    };
    let mut streamed = 0u64;
    let report = validate_reader(RecordKind::Address, &mut rows, &opts, |issue| {
        assert_eq!(issue.code, "ward_unknown");
        assert_eq!(issue.row.map(|r| r % 1000), Some(999));
        streamed += 1;
    })
    .unwrap();
    assert_eq!(report.totals.rows, ROWS);
    assert_eq!(report.totals.invalid, ROWS / 1000);
    assert_eq!(report.totals.valid, ROWS - ROWS / 1000);
    assert_eq!(streamed, ROWS / 1000);
    assert_eq!(report.issues.len(), 1000, "the default page");
    assert_eq!(report.next_offset, None);
    assert!(rows.produced > 250_000_000, "{} bytes", rows.produced);
    if let (Some(before), Some(after)) = (before, peak_kib()) {
        let grown_mib = (after.saturating_sub(before)) / 1024;
        assert!(
            grown_mib < 32,
            "peak memory grew by {grown_mib} MiB for {} MB of text",
            rows.produced / 1_000_000
        );
    }
}
