//! TypeScript declarations for every record type and code list, generated from the Rust model
//! (`src/wasm/model.d.ts`, embedded in the package's `.d.ts`). Fails when they drift; refresh
//! with `CTXH_BLESS=1 cargo test --test typescript`. No `any`: an unmapped Rust type fails.

use std::fs;
use std::path::Path;

use ctxh::meta::FieldType;
use ctxh::model::enums::{lists, records};
use ctxh::model::RecordKind;

fn ts_type(ty: &FieldType) -> String {
    match *ty {
        FieldType::Text | FieldType::Date | FieldType::PartialDate | FieldType::DateTime => {
            "string".into()
        }
        FieldType::Boolean => "boolean".into(),
        FieldType::Count | FieldType::Integer | FieldType::Number => "number".into(),
        FieldType::Enum(e) => e.rust_name.into(),
        FieldType::Record(r) => r.rust_name.into(),
        FieldType::List(inner) => {
            let t = ts_type(inner);
            if t.contains('|') {
                format!("({t})[]")
            } else {
                format!("{t}[]")
            }
        }
    }
}

fn generate() -> String {
    let mut out = String::from(
        "// Generated from the Rust model by tests/typescript.rs. DO NOT EDIT.\n\
         // Every field is optional on the wire (null counts as absent); which are required is a\n\
         // rule, reported as `required` (an error on submit, a warning in draft mode).\n",
    );
    let kinds: Vec<String> = RecordKind::names().map(|n| format!("{n:?}")).collect();
    out.push_str(&format!(
        "\n/** The record kinds that can be validated by name (the registry). */\nexport type RecordKind = {};\n",
        kinds.join(" | ")
    ));
    for e in lists() {
        let values: Vec<String> = e.entries.iter().map(|x| format!("{:?}", x.value)).collect();
        out.push_str(&format!(
            "\n/** Code list `{}`. */\nexport type {} = {};\n",
            e.list_name,
            e.rust_name,
            values.join(" | ")
        ));
    }
    for r in records() {
        out.push_str(&format!(
            "\n/** Record type `{}`. */\nexport interface {} {{\n",
            r.wire_name, r.rust_name
        ));
        for f in r.fields {
            out.push_str(&format!("  {}?: {} | null;\n", f.wire_name, ts_type(&f.ty)));
        }
        out.push_str("}\n");
    }
    out
}

#[test]
fn typescript_declarations_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/wasm/model.d.ts");
    let fresh = generate();
    assert!(
        !fresh.contains("any"),
        "generated declarations must not use any"
    );
    if std::env::var_os("CTXH_BLESS").is_some() {
        fs::write(&path, &fresh).unwrap();
    } else {
        let current = fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            current, fresh,
            "src/wasm/model.d.ts is stale: run CTXH_BLESS=1 cargo test --test typescript"
        );
    }
}

#[test]
fn wire_names_are_camel_case_of_rust_names() {
    for r in records() {
        for f in r.fields {
            assert_eq!(
                f.wire_name,
                ctxh::intake::camel_case(f.rust_name),
                "{}.{}",
                r.rust_name,
                f.rust_name
            );
        }
    }
}
