//! JSON Schema of every record kind (`ctxh::schema`) against the field descriptions it is made
//! from: every record type and field reachable from a kind is there, with the type, limits and
//! code list of its description; objects close with `additionalProperties: false` (an unknown
//! field is an error in ctxh) and nothing is `required` (a rule that depends on the mode).
//! `js/tests/schema.test.mjs` checks the other half with ajv: never stricter than ctxh.

use ctxh::i18n::Lang;
use ctxh::meta::{reachable, FieldType, Limit};
use ctxh::model::RecordKind;
use serde_json::{json, Value};

fn schema(kind: RecordKind, lang: Lang) -> Value {
    serde_json::from_str(&ctxh::schema::schema(kind, lang)).expect("the schema is JSON")
}

/// The keywords a field's value type must produce (beside `description`).
fn expected_value(ty: &FieldType, limit: Option<Limit>, nullable: bool) -> Value {
    let ty_name = |t: &str| {
        if nullable {
            json!([t, "null"])
        } else {
            json!(t)
        }
    };
    let reference = |name: &str| {
        let r = json!({ "$ref": format!("#/$defs/{name}") });
        if nullable {
            json!({ "anyOf": [r, { "type": "null" }] })
        } else {
            r
        }
    };
    let mut v = match ty {
        FieldType::Text => json!({ "type": ty_name("string") }),
        FieldType::Boolean => json!({ "type": ty_name("boolean") }),
        FieldType::Count => {
            json!({ "type": ty_name("integer"), "minimum": 0, "maximum": u32::MAX })
        }
        FieldType::Integer => json!({ "type": ty_name("integer") }),
        FieldType::Number => json!({ "type": ty_name("number") }),
        FieldType::Date | FieldType::PartialDate | FieldType::DateTime => {
            json!({ "type": ty_name("string") })
        }
        FieldType::Enum(e) => reference(e.rust_name),
        FieldType::Record(r) => reference(r.rust_name),
        FieldType::List(inner) => {
            json!({ "type": ty_name("array"), "items": expected_value(inner, limit, false) })
        }
    };
    match (limit, ty) {
        (Some(Limit::Length { min, max }), FieldType::Text) => {
            if min > 0 {
                v["minLength"] = json!(min);
            }
            v["maxLength"] = json!(max);
        }
        (
            Some(Limit::Range { min, max }),
            FieldType::Count | FieldType::Integer | FieldType::Number,
        ) => {
            v["minimum"] = json!(min);
            v["maximum"] = json!(max);
        }
        _ => {}
    }
    v
}

/// `actual` holds every key of `expected` with an equal value (numbers compared as numbers).
fn holds(actual: &Value, expected: &Value) -> bool {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => e
            .iter()
            .all(|(k, ev)| a.get(k).is_some_and(|av| holds(av, ev))),
        (Value::Number(a), Value::Number(e)) => a.as_f64() == e.as_f64(),
        _ => actual == expected,
    }
}

#[test]
fn every_record_type_and_field_is_described_as_the_model_says() {
    for &kind in RecordKind::ALL {
        let s = schema(kind, Lang::En);
        assert_eq!(s["$schema"], ctxh::schema::DIALECT);
        assert_eq!(s["$ref"], format!("#/$defs/{}", kind.info().rust_name));
        let (records, lists) = reachable(&[kind.info()]);
        let defs = s["$defs"].as_object().unwrap();
        assert_eq!(defs.len(), records.len() + lists.len(), "{}", kind.name());
        for r in records {
            let def = &defs[r.rust_name];
            assert_eq!(def["type"], "object");
            assert_eq!(def["additionalProperties"], false, "{}", r.rust_name);
            let props = def["properties"].as_object().unwrap();
            assert_eq!(props.len(), r.fields.len(), "{}", r.rust_name);
            for f in r.fields {
                let p = &props[f.wire_name];
                let want = expected_value(&f.ty, f.limit, true);
                assert!(
                    holds(p, &want),
                    "{}.{}: {p} lacks {want}",
                    r.rust_name,
                    f.wire_name
                );
                assert!(p["description"].as_str().is_some_and(|d| !d.is_empty()));
            }
        }
        for e in lists {
            let values: Vec<&str> = defs[e.rust_name]["oneOf"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["const"].as_str().unwrap())
                .collect();
            let want: Vec<&str> = e.entries.iter().map(|x| x.value).collect();
            assert_eq!(values, want, "{}", e.rust_name);
        }
        assert!(!ctxh::schema::schema(kind, Lang::Vi).contains("\"required\""));
    }
}

#[test]
fn code_list_titles_follow_the_language() {
    let vi = schema(RecordKind::Staff, Lang::Vi);
    let en = schema(RecordKind::Staff, Lang::En);
    let title = |s: &Value, i: usize| s["$defs"]["WorkforceCategory"]["oneOf"][i]["title"].clone();
    assert_eq!(vi["title"], "Nhân sự công tác xã hội");
    assert_eq!(en["title"], "Social work staff member");
    assert_ne!(title(&vi, 0), title(&en, 0));
    assert_eq!(vi["$id"], "urn:ctxh:schema:vi:staff");
}

#[test]
fn dates_carry_their_shape() {
    let s = schema(RecordKind::Case, Lang::En);
    let case = &s["$defs"]["Case"]["properties"];
    assert_eq!(case["receivedAt"]["type"], json!(["string", "null"]));
    let pattern = case["receivedAt"]["pattern"].as_str().unwrap();
    assert!(pattern.starts_with('^') && pattern.ends_with('$'));
    assert!(
        case["receivedAt"].get("format").is_none(),
        "ctxh accepts times without seconds"
    );
    let person = &s["$defs"]["Person"]["properties"];
    assert!(
        person["birthDate"].get("format").is_none(),
        "partial dates are no format date"
    );
}

/// A field's title is its label from the registry in the schema's language (what a form's
/// caption or a spreadsheet's column header says); a field whose label is empty (the record's
/// subject, such as a staff record's `person`) has none.
#[test]
fn field_titles_are_the_registry_labels() {
    for (lang, name) in [(Lang::Vi, "Họ và tên"), (Lang::En, "Full name")] {
        let s = schema(RecordKind::Staff, lang);
        assert_eq!(
            s["$defs"]["Person"]["properties"]["fullName"]["title"],
            name
        );
        for kind in RecordKind::ALL {
            let s = schema(*kind, lang);
            for r in reachable(&[kind.info()]).0 {
                for f in r.fields {
                    let label = f.label.map(|l| if lang == Lang::Vi { l.vi } else { l.en });
                    let title = &s["$defs"][r.rust_name]["properties"][f.wire_name]["title"];
                    match label.filter(|t| !t.is_empty()) {
                        Some(t) => assert_eq!(title, t, "{}.{}", r.rust_name, f.wire_name),
                        None => assert!(title.is_null(), "{}.{}", r.rust_name, f.wire_name),
                    }
                }
            }
        }
    }
}
