//! Sample exports for data officers' tools: staff, facility and case spreadsheets as CSV with
//! Vietnamese headers (the headers of the registry's flat column view), a few percent of
//! invalid rows of known kinds, and a legacy-era staff file whose communes were split or
//! merged in 2025. `samples/README.md` says what each file holds.
//!
//! ```sh
//! cargo run --example samples                      # checks samples/ against the generator
//! cargo run --example samples -- write samples     # writes the sample files
//! cargo run --release --example samples -- big staff 1000000 > staff-1m.csv
//! cargo run --release --features cli --example samples -- big-xlsx staff 100000 staff-100k.xlsx
//! ```
//!
//! The rows are drawn by a seeded generator, so the files are the same on every machine.

#[path = "../benches/support/records.rs"]
#[allow(dead_code)]
mod records;

#[path = "support/sample_rows.rs"]
mod sample_rows;

use std::fs;
use std::io::Write;
use std::path::Path;

use sample_rows::{SampleFile, SAMPLE_FILES};

/// `staff.xlsx`: the cells of `staff.csv` in a workbook (with the `cli` feature, which brings
/// `rust_xlsxwriter`). Every cell is text, as a commune's spreadsheet typed with leading zeros
/// kept holds it; the workbook's dates are fixed so that its bytes are the same every time.
#[cfg(feature = "cli")]
mod xlsx {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

    pub fn workbook(csv: &str) -> Vec<u8> {
        let mut book = Workbook::new();
        let created = ExcelDateTime::from_ymd(2026, 1, 1).expect("a date");
        book.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let sheet = book.add_worksheet();
        sheet.set_name("Nhân sự").expect("a sheet name");
        let mut cells = ctxh::table::CsvCells::new();
        let mut r = 0u32;
        let mut take = |row: &ctxh::table::CsvRow<'_>| {
            for c in 0..row.len() {
                let text = String::from_utf8_lossy(row.cell(c));
                if !text.is_empty() {
                    sheet
                        .write_string(r, c as u16, text.as_ref())
                        .expect("a cell");
                }
            }
            r += 1;
        };
        cells.push(csv.as_bytes(), &mut take);
        cells.finish(&mut take);
        book.save_to_buffer().expect("the workbook")
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("check") => check(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")),
        Some("write") => {
            let dir = args.get(1).map_or("samples", String::as_str);
            for file in SAMPLE_FILES {
                let path = Path::new(dir).join(file.name);
                fs::write(&path, (file.make)()).expect("write a sample file");
                eprintln!("wrote {}", path.display());
            }
            #[cfg(feature = "cli")]
            {
                let path = Path::new(dir).join("staff.xlsx");
                fs::write(&path, xlsx::workbook(&(SAMPLE_FILES[0].make)()))
                    .expect("write staff.xlsx");
                eprintln!("wrote {}", path.display());
            }
        }
        Some("big") => {
            let kind = args.get(1).map_or("staff", String::as_str);
            let rows: usize = args
                .get(2)
                .and_then(|n| n.parse().ok())
                .unwrap_or(1_000_000);
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            sample_rows::big(kind, rows, &mut |line| {
                out.write_all(line.as_bytes()).expect("write to stdout");
            });
        }
        #[cfg(feature = "cli")]
        Some("big-xlsx") => {
            let kind = args.get(1).map_or("staff", String::as_str);
            let rows: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(100_000);
            let path = args.get(3).map_or("big.xlsx", String::as_str);
            let mut text = String::new();
            sample_rows::big(kind, rows, &mut |line| text.push_str(line));
            fs::write(path, xlsx::workbook(&text)).expect("write the workbook");
        }
        Some(other) => {
            eprintln!(
                "usage: samples [check | write DIR | big KIND ROWS | big-xlsx KIND ROWS FILE] ({other}?)"
            );
            std::process::exit(2);
        }
    }
}

/// Fails when a committed sample differs from what the generator writes.
fn check(dir: std::path::PathBuf) {
    let mut stale = Vec::new();
    for SampleFile { name, make } in SAMPLE_FILES {
        let want = make();
        match fs::read_to_string(dir.join(name)) {
            Ok(have) if have == want => {}
            _ => stale.push(*name),
        }
    }
    #[cfg(feature = "cli")]
    {
        let want = xlsx::workbook(&(SAMPLE_FILES[0].make)());
        if fs::read(dir.join("staff.xlsx")).ok().as_deref() != Some(want.as_slice()) {
            stale.push("staff.xlsx");
        }
    }
    if !stale.is_empty() {
        eprintln!(
            "samples/ differ from the generator: {} (cargo run --example samples -- write samples)",
            stale.join(", ")
        );
        std::process::exit(1);
    }
}
