//! Flattening `validator::ValidationErrors` into sorted [`Issue`]s with wire paths.
//!
//! The `validator` derive puts the field's value into `params["value"]`; it is dropped here so
//! that no user value reaches a report. Rust field names become wire (camelCase) names.

use std::borrow::Cow;

use validator::{ValidationErrors, ValidationErrorsKind};

use super::camel_case;
use crate::issue::{Issue, ParamValue, Params, Path, Severity};
use crate::rules::catalog;

/// A rule limit such as `4.4` or `6.78` written with up to three decimals, without pulling
/// the general float formatter (about 14 KB of WebAssembly) into the browser bundle.
fn decimal(f: f64) -> String {
    if !f.is_finite() {
        return String::from("?");
    }
    let thousandths = (f.abs() * 1000.0).round() as u64;
    let mut out = String::new();
    if f < 0.0 && thousandths > 0 {
        out.push('-');
    }
    out.push_str(&(thousandths / 1000).to_string());
    let frac = thousandths % 1000;
    if frac > 0 {
        let digits = format!("{frac:03}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
    out
}

/// Turns validator errors found at `base` into issues (codes must be in the catalogue).
pub fn flatten_validator_errors(errors: &ValidationErrors, base: &Path, out: &mut Vec<Issue>) {
    for (field, kind) in errors.errors() {
        let path = base.clone().key(camel_case(field));
        match kind {
            ValidationErrorsKind::Field(list) => {
                for e in list {
                    // Every `#[validate]` attribute names a catalogued code (a test checks the
                    // sources); validator's own defaults are mapped for safety.
                    let code = match catalog::find(&e.code) {
                        Some(r) => r.code,
                        None if e.code == "range" => "number_out_of_range",
                        None => "text_length",
                    };
                    let mut params = Params::new();
                    for (name, value) in &e.params {
                        let name: &'static str = match name.as_ref() {
                            "min" => "min",
                            "max" => "max",
                            "equal" => "equal",
                            _ => continue, // "value" (the user's input) and anything unknown
                        };
                        if let Some(n) = value.as_i64() {
                            params.insert(name, ParamValue::Int(n));
                        } else if let Some(f) = value.as_f64() {
                            params.insert(name, ParamValue::Text(Cow::Owned(decimal(f))));
                        }
                    }
                    if code == "text_length" && params.get("min").is_none() {
                        // A rule with only a maximum: "from 0 to {max}" keeps one message.
                        params.insert("min", ParamValue::Int(0));
                    }
                    let severity = catalog::find(code).map_or(Severity::Error, |r| r.severity);
                    out.push(Issue {
                        path: path.clone(),
                        code,
                        severity,
                        params,
                    });
                }
            }
            ValidationErrorsKind::Struct(inner) => flatten_validator_errors(inner, &path, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    flatten_validator_errors(inner, &path.clone().index(*index), out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    #[test]
    fn decimals_are_written_like_rule_limits() {
        use super::decimal;
        assert_eq!(decimal(4.4), "4.4");
        assert_eq!(decimal(6.78), "6.78");
        assert_eq!(decimal(2.0), "2");
        assert_eq!(decimal(-0.5), "-0.5");
        assert_eq!(decimal(0.0001), "0");
        assert_eq!(decimal(f64::NAN), "?");
    }
    use std::path::Path;

    /// Every `#[validate(...)]` attribute in the model names a code that the catalogue has.
    #[test]
    fn every_validate_attribute_names_a_catalogued_code() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
        let mut checked = 0;
        // Model modules may have submodule folders (`model/staff/*.rs`): walk them too.
        let mut files = Vec::new();
        let mut dirs = vec![dir];
        while let Some(d) = dirs.pop() {
            for entry in fs::read_dir(d).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else {
                    files.push(p);
                }
            }
        }
        for file in files {
            let text = fs::read_to_string(file).unwrap();
            for attr in text.split("#[validate(").skip(1) {
                let attr = &attr[..attr.find(")]").unwrap_or(attr.len())];
                let mut rest = attr;
                let mut codes = 0;
                while let Some(i) = rest.find("code = \"") {
                    let tail = &rest[i + 8..];
                    let code = &tail[..tail.find('"').unwrap()];
                    assert!(
                        crate::rules::catalog::find(code).is_some(),
                        "uncatalogued code {code}"
                    );
                    codes += 1;
                    rest = tail;
                }
                assert!(codes > 0, "#[validate({attr})] names no code");
                checked += 1;
            }
        }
        assert!(checked > 0);
    }
}
