//! The administrative units of both eras: search a province's communes by typed text and
//! convert a legacy commune code to the 2025 commune(s) it went into.
//!
//! ```sh
//! cargo run --example units -- 01 "yen hoa"   # province code, typed text (2025 code set)
//! cargo run --example units -- legacy 26740    # a legacy commune code → its 2025 commune(s)
//! ```

use ctxh::model::address::CodeSet;
use ctxh::reference::units::{convert_legacy_commune, units};

#[allow(clippy::print_stdout)] // printing is this example's job
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("legacy") {
        let code = args.get(1).map_or("26740", String::as_str);
        let conversion = convert_legacy_commune(code);
        println!(
            "{}",
            serde_json::to_string_pretty(&conversion).expect("serialisable")
        );
        return;
    }
    let province = args.first().map_or("01", String::as_str);
    let query = args.get(1).map_or("yen hoa", String::as_str);
    let Ok(y2025) = units(CodeSet::Y2025) else {
        eprintln!("this build has no 2025 units");
        std::process::exit(1);
    };
    let Some(province) = y2025.province(province) else {
        eprintln!("no province has this code in the 2025 code set");
        std::process::exit(2);
    };
    for found in province.search_communes(query, 5) {
        println!("{} {}", found.commune.code(), found.commune.name());
    }
}
