//! A batch allocates nothing for a row without issues: each row is read into the record of the row
//! before (strings, lists and list items keep their buffers), and issues, paths and messages
//! are built only for a row that has one. Counted with a global allocator that counts every
//! allocation of this test binary (one test in it, so no other test's allocations count).

// The global allocator below only forwards to the system allocator (the crate forbids unsafe).
#![allow(unsafe_code)]

#[path = "../benches/support/records.rs"]
mod records;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use ctxh::batch::{BatchOptions, BatchValidator, Format};
use ctxh::date::Date;
use ctxh::model::RecordKind;
use ctxh::options::Options;

/// The system allocator, counting allocations and reallocations.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn rows_without_issues_allocate_nothing() {
    let opts = Options::new(Date::new(2026, 3, 1).unwrap());
    // Generated staff rows (names, numbers, wards, lengths all vary) without any issue (a
    // warning is an issue too: it is built, with its path, when it is raised).
    let (rows, broken) = records::staff_records(3000, 7);
    let clean: Vec<String> = rows
        .into_iter()
        .filter(|row| {
            RecordKind::Staff
                .validate_json(row, &opts)
                .issues
                .is_empty()
        })
        .map(|row| row + "\n")
        .collect();
    assert!(
        clean.len() > 2000,
        "{} of 3000 rows, {broken} broken",
        clean.len()
    );
    let (warm_up, counted) = clean.split_at(1000);

    let mut o = BatchOptions::new(opts);
    o.format = Format::Ndjson;
    let mut batch = BatchValidator::new(RecordKind::Staff, o);
    for row in warm_up {
        batch.push(row.as_bytes());
    }
    let text = counted.concat();
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    batch.push(text.as_bytes());
    let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
    let report = batch.finish();

    assert_eq!(report.totals.rows, clean.len() as u64);
    assert_eq!(report.totals.invalid, 0);
    assert_eq!(report.totals.with_warnings, 0);
    // A buffer may still grow for a row longer than any before it; never once a row.
    assert!(
        allocations * 100 < counted.len(),
        "{allocations} allocations for {} rows without issues",
        counted.len()
    );
}
