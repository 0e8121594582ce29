//! The README's indicator table, generated from the catalogue (a test fails when the README
//! drifts from it).

use crate::reference::indicators::INDICATORS;

/// The Markdown table: code, names, unit, definition, source.
pub fn readme_table() -> String {
    let mut out = String::from(
        "| code | tên (vi) | name (en) | unit | definition | source |\n|---|---|---|---|---|---|\n",
    );
    for i in INDICATORS {
        let definition = match i.denominator {
            Some(d) => format!("{} ÷ {}", i.numerator.en, d.en),
            None => i.numerator.en.to_owned(),
        };
        let persons = if i.distinct_persons {
            " (distinct persons: not additive across provinces)"
        } else {
            ""
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {}{} | {} |\n",
            i.code.as_str(),
            i.code.label(crate::i18n::Lang::Vi),
            i.code.label(crate::i18n::Lang::En),
            i.unit.as_str(),
            definition,
            persons,
            i.source
        ));
    }
    out
}
