//! The public helpers portals call for staff and person forms, in the JSON shape the
//! WebAssembly package returns (`PhoneInfo`, `CccdInfo`, `EthnicGroup` in `src/wasm/staff.rs`).

use ctxh::date::Date;
use ctxh::options::Options;
use ctxh::reference::ethnic;
use ctxh::rules::identifiers::{
    is_valid_email, normalize_phone, parse_cccd, tax_code_check_digit_ok,
};
use ctxh::validate::RecordKind;
use serde_json::json;

#[test]
fn phone_info_shape() {
    assert_eq!(
        serde_json::to_value(normalize_phone("0168 123 4567")).unwrap(),
        json!({"normalized": "01681234567", "kind": "legacy-mobile", "suggestion": "0381234567", "knownPrefix": false})
    );
    assert_eq!(
        serde_json::to_value(normalize_phone("abc")).unwrap(),
        json!({"normalized": null, "kind": "invalid", "suggestion": null, "knownPrefix": false})
    );
    assert_eq!(
        serde_json::to_value(normalize_phone("0623.821002")).unwrap()["kind"],
        "legacy-landline"
    );
}

#[test]
fn cccd_info_shape() {
    assert_eq!(
        serde_json::to_value(parse_cccd("079 3 05 001234")).unwrap(),
        json!({"valid": true, "normalized": "079305001234", "provinceCode": "079",
               "provinceName": parse_cccd("079305001234").province_name,
               "gender": "female", "century": 21, "birthYear": 2005})
    );
    let bad = serde_json::to_value(parse_cccd("07930500123")).unwrap();
    assert_eq!(bad["valid"], false);
    assert!(bad["birthYear"].is_null() && bad["gender"].is_null());
    // Every century digit: even = male, odd = female, 1900 + 100 × (digit / 2).
    for d in 0..10u32 {
        let c = parse_cccd(&format!("001{d}45123456"));
        let male = d % 2 == 0;
        assert_eq!(
            c.gender.map(|g| g.as_str()),
            Some(if male { "male" } else { "female" })
        );
        assert_eq!(c.birth_year, Some(1945 + 100 * (d / 2) as i32));
        assert_eq!(c.century, Some(20 + d / 2));
    }
}

#[test]
fn ethnic_group_shape_and_codes() {
    assert_eq!(
        serde_json::to_value(ethnic::find_by_name("Khơ me").unwrap()).unwrap(),
        json!({"code": "05", "name": "Khơ-me"})
    );
    let labels = ctxh::model::enums::labels("ethnicGroup", ctxh::i18n::Lang::En).unwrap();
    assert_eq!(labels.len(), 54);
    assert_eq!((labels[53].value, labels[53].label), ("54", "Rơ măm"));
}

#[test]
fn email_and_tax_helpers() {
    assert!(is_valid_email("ctxh@molisa.gov.vn"));
    assert!(!is_valid_email("ctxh@molisa..gov.vn"));
    assert!(!is_valid_email(&format!("{}@x.vn", "a".repeat(65))));
    assert_eq!(tax_code_check_digit_ok("0100233488"), Some(true));
    assert_eq!(tax_code_check_digit_ok("01002334"), None);
}

#[test]
fn composed_and_decomposed_names_give_the_same_report() {
    let opts = Options::new(Date::parse_iso("2026-03-01").unwrap());
    let record = |name: &str| {
        json!({"person": {"fullName": name, "gender": "male"}, "workforceCategory": "part-time",
               "employer": {"facilityId": "F1"}})
    };
    for name in [
        "Đặng Thuỳ Trâm",
        "Hoàng Văn Thụ",
        "Lê 2 Văn",
        "Ǹ Văn A",
        "Y Ñu Êban",
    ] {
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd(name).collect();
        let a = RecordKind::Staff.validate_value(&record(name), &opts);
        let b = RecordKind::Staff.validate_value(&record(&nfd), &opts);
        assert_eq!(a, b, "{name}");
    }
}
