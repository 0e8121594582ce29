//! Writes the legacy administrative units as one file, `ctxh_legacy.bin` (the npm package
//! loads it at run time with `loadLegacy()`; `scripts/build` writes it with this example):
//!
//! ```sh
//! cargo run --example legacy_file -- pkg/ctxh_legacy.bin
//! ```
//!
//! Without an argument it only checks that the file loads back, and prints its size.

use ctxh::reference::units::{legacy_units_file, load_legacy_units};

#[allow(clippy::print_stdout)] // printing is this example's job
fn main() {
    let Some(file) = legacy_units_file() else {
        eprintln!("this build does not embed the legacy units (cargo features)");
        std::process::exit(1);
    };
    // In this build the tables are embedded: loading answers true without changing anything.
    assert!(load_legacy_units(&file));
    match std::env::args().nth(1) {
        Some(path) => {
            if let Err(e) = std::fs::write(&path, &file) {
                eprintln!("cannot write {path}: {e}");
                std::process::exit(1);
            }
        }
        None => println!("ctxh_legacy.bin: {} bytes", file.len()),
    }
}
