//! Validates generated staff records natively and prints records per second: the loop to
//! profile (`perf record`, `valgrind --tool=callgrind`). The benchmarks proper are
//! `cargo bench` (benches/core.rs) and `node bench/run.mjs` (BENCHMARKS.md).
//!
//! ```sh
//! cargo run --profile bench --example throughput -- 100000 batch   # or: records, print
//! ```

#[path = "../benches/support/records.rs"]
mod records;

use std::time::Instant;

use ctxh::batch::{validate_batch, BatchOptions, Format};
use ctxh::date::Date;
use ctxh::model::RecordKind;
use ctxh::options::Options;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let how = args.next().unwrap_or_else(|| "batch".to_owned());
    let (rows, broken) = records::staff_records(n, 42);
    if how == "print" {
        // The records themselves (to compare with bench/records.mjs).
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for row in &rows {
            let _ = writeln!(out, "{row}");
        }
        return;
    }
    let opts = Options::new(Date::new(2026, 3, 1).unwrap());
    if how == "records" {
        let start = Instant::now();
        let mut invalid = 0;
        let mut bytes = 0;
        for row in &rows {
            let report = RecordKind::Staff.validate_json(row, &opts);
            invalid += usize::from(!report.valid);
            bytes += report.to_json().len();
        }
        std::hint::black_box(bytes);
        report_speed(&how, n, invalid, broken, start.elapsed().as_secs_f64());
        return;
    }
    let text = rows.join("\n");
    drop(rows);
    let mut o = BatchOptions::new(opts);
    o.format = Format::Ndjson;
    // Reset the peak to the resident memory now (Linux), so that the peak below is the batch's.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = memory_kib("VmRSS:");
    // The first round warms up (and gives the memory figure); the speed is the median of the
    // rounds after it, as bench/run.mjs measures the JavaScript validators.
    let mut times = Vec::new();
    let mut invalid = 0;
    for round in 0..=ROUNDS {
        let start = Instant::now();
        let report = validate_batch(RecordKind::Staff, &text, &o);
        let json = report.to_json();
        let secs = start.elapsed().as_secs_f64();
        std::hint::black_box(json);
        invalid = report.totals.invalid as usize;
        if round == 0 {
            if let (Some(before), Some(peak)) = (before, memory_kib("VmHWM:")) {
                // Resident memory the batch added at its peak, beside the text it was given.
                eprintln!(
                    "memory: text {} KiB, peak growth {} KiB",
                    text.len() / 1024,
                    peak.saturating_sub(before)
                );
            }
        } else {
            times.push(secs);
        }
    }
    times.sort_by(f64::total_cmp);
    report_speed(&how, n, invalid, broken, times[times.len() / 2]);
}

/// Timed rounds of the batch after the warm-up round (the median is reported).
const ROUNDS: usize = 5;

fn report_speed(how: &str, n: usize, invalid: usize, broken: usize, secs: f64) {
    eprintln!(
        "{how}: {n} records, {invalid} invalid ({broken} generated broken), {:.3} s, {:.3} M records/s",
        secs,
        n as f64 / secs / 1e6
    );
}

/// A memory figure of this process from /proc/self/status (Linux), in KiB.
fn memory_kib(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
