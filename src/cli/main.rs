//! `ctxh`: the data officer's tools on the command line. Check whole exports (CSV, Excel,
//! JSON, NDJSON) against the rules, count the programme indicators, rewrite legacy-era
//! addresses to the 2025 units. Everything it decides is the library's (`ctxh::batch`,
//! `ctxh::table`, `ctxh::indicators`); this program reads files, prints and writes.
//!
//! ```sh
//! cargo install --path . --features cli
//! ctxh check samples/staff.csv --kind staff --as-of 2026-03-01
//! ```

// A command-line program's output is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod args;
mod check;
mod files;
mod indicators;
mod migrate;
mod progress;
mod text;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Check(a) => check::run(&a),
        args::Command::Indicators(a) => indicators::run(&a),
        args::Command::Migrate(a) => migrate::run(&a),
        args::Command::Columns(a) => check::columns(&a),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("ctxh: {message}");
            ExitCode::from(2)
        }
    }
}
