//! Prints the JSON Schema 2020-12 of a record kind as JSON text (`scripts/build` writes the
//! package's `schemas/` with it):
//!
//! ```sh
//! cargo run --example schema -- staff en   # kind (default staff), language (default vi)
//! cargo run --example schema -- --kinds    # the kinds, one a line
//! ```

use ctxh::i18n::Lang;
use ctxh::model::RecordKind;

#[allow(clippy::print_stdout)] // printing is this example's job
fn main() {
    let mut args = std::env::args().skip(1);
    let kind = args.next().unwrap_or_else(|| String::from("staff"));
    if kind == "--kinds" {
        for name in RecordKind::names() {
            println!("{name}");
        }
        return;
    }
    let lang = args.next().unwrap_or_else(|| String::from("vi"));
    let (Some(kind), Some(lang)) = (RecordKind::parse(&kind), Lang::parse(&lang)) else {
        let kinds: Vec<_> = RecordKind::names().collect();
        eprintln!("usage: schema [{}] [vi|en] | --kinds", kinds.join("|"));
        std::process::exit(2);
    };
    println!("{}", ctxh::schema::schema(kind, lang));
}
