//! The native core, timed with divan: `cargo bench --bench core` (BENCHMARKS.md has the
//! figures and the Node side). The records are those of `benches/support/records.rs` (the same
//! recipe and seed as `bench/records.mjs`): 10,000 staff records, about 5 % with an error.
//! Not a test: CI never runs it.

#[path = "support/records.rs"]
mod records;

use std::sync::OnceLock;

use ctxh::batch::{validate_batch, BatchOptions, Format};
use ctxh::date::Date;
use ctxh::intake::Json;
use ctxh::model::RecordKind;
use ctxh::options::Options;
use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};

const N: usize = 10_000;

fn main() {
    divan::main();
}

fn rows() -> &'static (Vec<String>, String) {
    static ROWS: OnceLock<(Vec<String>, String)> = OnceLock::new();
    ROWS.get_or_init(|| {
        let (rows, _) = records::staff_records(N, 42);
        let text = rows.join("\n");
        (rows, text)
    })
}

fn opts() -> Options {
    Options::new(Date::new(2026, 3, 1).unwrap())
}

/// One NDJSON text of 10,000 records → one BatchReport (and its JSON).
#[divan::bench(sample_count = 20)]
fn batch_ndjson(bencher: Bencher) {
    let (_, text) = rows();
    let mut o = BatchOptions::new(opts());
    o.format = Format::Ndjson;
    bencher
        .counter(ItemsCount::new(N))
        .counter(BytesCount::new(text.len()))
        .bench_local(|| validate_batch(RecordKind::Staff, black_box(text), &o).to_json());
}

/// 10,000 records one by one: `validate_json` + `to_json` (what `validateJson` does).
#[divan::bench(sample_count = 20)]
fn records_one_by_one(bencher: Bencher) {
    let (rows, _) = rows();
    let o = opts();
    bencher.counter(ItemsCount::new(N)).bench_local(|| {
        rows.iter()
            .map(|r| {
                RecordKind::Staff
                    .validate_json(black_box(r), &o)
                    .to_json()
                    .len()
            })
            .sum::<usize>()
    });
}

/// Reading the JSON alone (the tree every validation starts from).
#[divan::bench(sample_count = 20)]
fn parse_only(bencher: Bencher) {
    let (rows, _) = rows();
    bencher.counter(ItemsCount::new(N)).bench_local(|| {
        rows.iter()
            .map(|r| matches!(Json::parse(black_box(r)), Ok(Json::Object(_))) as usize)
            .sum::<usize>()
    });
}

/// `validate_field` of the name inside a full record (one keystroke).
#[divan::bench(sample_count = 200)]
fn validate_field_full_record(bencher: Bencher) {
    let (rows, _) = rows();
    let record: serde_json::Value = serde_json::from_str(&rows[0]).unwrap();
    let o = opts();
    bencher.bench_local(|| {
        RecordKind::Staff
            .validate_field(
                "person.fullName",
                serde_json::Value::String("Lò Văn 2".into()),
                Some(black_box(&record)),
                &o,
            )
            .to_json()
    });
}
