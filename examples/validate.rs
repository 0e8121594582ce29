//! Validates a record read from a JSON file (or standard input, `-`) and prints the report as
//! JSON, the same bytes the JavaScript package returns:
//!
//! ```sh
//! cargo run --example validate -- staff record.json en   # kind, file, language (default vi)
//! cargo run --example validate                           # a built-in sample staff record
//! ```
//!
//! Exits with 1 when the report has an error, 2 on bad arguments.

use std::io::Read;

use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::options::Options;
use ctxh::validate::RecordKind;

const SAMPLE: &str = r#"{
  "person": { "fullName": "Lò Văn Páo", "gender": "male", "birthDate": "1985", "phone": "0168 123 4567" },
  "workforceCategory": "sw-collaborator",
  "dedicated": true,
  "employer": { "agency": { "level": "commune", "name": "UBND xã Sóc Sơn",
                "adminUnit": { "codeSet": "2025", "provinceCode": "01", "wardCode": "00376" } } },
  "commune": { "codeSet": "2025", "provinceCode": "01", "wardCode": "00376" },
  "assignments": [{ "startDate": "2025-08-01", "contractType": "collaborator-contract" }]
}"#;

#[allow(clippy::print_stdout)] // printing the report is this example's job
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = args.first().map_or("staff", String::as_str);
    let Some(kind) = RecordKind::parse(kind) else {
        let kinds: Vec<_> = RecordKind::names().collect();
        eprintln!("usage: validate [{}] [FILE|-] [vi|en]", kinds.join("|"));
        std::process::exit(2);
    };
    let text = match args.get(1).map(String::as_str) {
        None => SAMPLE.to_owned(),
        Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .unwrap_or_else(|e| {
                    eprintln!("cannot read standard input: {e}");
                    std::process::exit(2)
                });
            text
        }
        Some(file) => std::fs::read_to_string(file).unwrap_or_else(|e| {
            eprintln!("cannot read {file}: {e}");
            std::process::exit(2)
        }),
    };
    let lang = args.get(2).and_then(|l| Lang::parse(l)).unwrap_or_default();
    // A fixed `asOf` keeps the sample's report the same every day; a service passes today.
    let as_of = Date::parse_iso("2026-03-01").expect("a valid date");
    let report = kind.validate_json(&text, &Options::new(as_of).lang(lang));
    println!("{}", report.to_json());
    if !report.valid {
        std::process::exit(1);
    }
}
