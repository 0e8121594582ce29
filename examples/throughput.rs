//! Validates generated staff records natively and prints records per second: the loop to
//! profile (`perf record`, `valgrind --tool=callgrind`). The benchmarks proper are
//! `cargo bench` (benches/core.rs) and `node bench/run.mjs` (BENCHMARKS.md).
//!
//! ```sh
//! cargo run --profile bench --example throughput -- 100000 batch   # or: records
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
    let opts = Options::new(Date::new(2026, 3, 1).unwrap());
    let start = Instant::now();
    let invalid = if how == "records" {
        let mut invalid = 0;
        let mut bytes = 0;
        for row in &rows {
            let report = RecordKind::Staff.validate_json(row, &opts);
            invalid += usize::from(!report.valid);
            bytes += report.to_json().len();
        }
        std::hint::black_box(bytes);
        invalid
    } else {
        let text = rows.join("\n");
        let mut o = BatchOptions::new(opts);
        o.format = Format::Ndjson;
        let report = validate_batch(RecordKind::Staff, &text, &o);
        std::hint::black_box(report.to_json());
        report.totals.invalid as usize
    };
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{how}: {n} records, {invalid} invalid ({broken} generated broken), {:.3} s, {:.3} M records/s",
        secs,
        n as f64 / secs / 1e6
    );
}
