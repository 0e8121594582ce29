//! The embedded administrative units against the facts in `data/*.csv`: every unit round-trips
//! by code with the CSV's exact name, type and parents; counts per province and district match;
//! odd codes and queries never panic; CCCD prefixes are the legacy provinces. (Lineage:
//! `units_lineage.rs`; search: `units_search.rs`.)

#[path = "support/units_csv.rs"]
mod units_csv;

use std::collections::BTreeMap;

use ctxh::model::address::CodeSet;
use ctxh::reference::units::{convert_legacy_commune, units, LineageStatus, Unit, UnitType};

fn type_of(label: &str) -> UnitType {
    UnitType::ALL
        .iter()
        .copied()
        .find(|t| t.label() == label)
        .unwrap_or_else(|| panic!("no UnitType for {label}"))
}

#[test]
fn every_2025_commune_round_trips_by_code() {
    let y2025 = units(CodeSet::Y2025).unwrap();
    let rows = units_csv::rows_2025();
    assert_eq!(y2025.communes().len(), rows.len());
    for r in &rows {
        let c = y2025
            .commune(&r.ward_code)
            .unwrap_or_else(|| panic!("{}", r.ward_code));
        assert_eq!(c.code(), r.ward_code);
        assert_eq!(c.name(), r.ward_name, "{}", r.ward_code);
        assert_eq!(c.unit_type(), type_of(&r.ward_type), "{}", r.ward_code);
        assert_eq!(c.unit_type().label(), r.ward_type);
        assert_eq!(c.province().code(), r.province_code);
        assert_eq!(c.province().name(), r.province_name);
        assert!(c.district().is_none());
        match y2025.lookup(&r.ward_code) {
            Some(Unit::Commune(same)) => assert_eq!(same, c),
            other => panic!("{}: {other:?}", r.ward_code),
        }
    }
    // Communes per province, in file order.
    let mut per_province: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &rows {
        per_province
            .entry(&r.province_code)
            .or_default()
            .push(&r.ward_code);
    }
    assert_eq!(y2025.provinces().len(), 34);
    for p in y2025.provinces() {
        let codes: Vec<String> = p.communes().map(|c| c.code()).collect();
        assert_eq!(codes, per_province[p.code().as_str()], "{}", p.code());
        assert_eq!(p.districts().len(), 0);
        assert!(p.communes().all(|c| c.province() == p));
    }
}

#[cfg(feature = "legacy-units")]
#[test]
fn every_legacy_unit_round_trips_by_code() {
    let legacy = units(CodeSet::Legacy).unwrap();
    let rows = units_csv::rows_legacy();
    let wards: Vec<_> = rows.iter().filter(|r| !r.ward_code.is_empty()).collect();
    assert_eq!(legacy.communes().len(), 10_035);
    assert_eq!(wards.len(), 10_035);
    for r in &rows {
        let d = legacy.district(&r.district_code).unwrap();
        assert_eq!(d.name(), r.district_name, "{}", r.district_code);
        assert_eq!(d.unit_type().label(), r.district_type);
        assert_eq!(d.province().code(), r.province_code);
        assert_eq!(d.province().name(), r.province_name);
        if r.ward_code.is_empty() {
            assert_eq!(d.communes().len(), 0, "island district {}", r.district_code);
            continue;
        }
        let c = legacy.commune(&r.ward_code).unwrap();
        assert_eq!(c.name(), r.ward_name, "{}", r.ward_code);
        assert_eq!(c.unit_type(), type_of(&r.ward_type), "{}", r.ward_code);
        assert_eq!(c.district(), Some(d));
        assert_eq!(c.province(), d.province());
    }
    let mut per_district: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut per_province: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &rows {
        let d = per_district.entry(&r.district_code).or_default();
        if !r.ward_code.is_empty() {
            d.push(&r.ward_code);
            per_province
                .entry(&r.province_code)
                .or_default()
                .push(&r.ward_code);
        }
    }
    assert_eq!(legacy.provinces().len(), 63);
    assert_eq!(legacy.districts().len(), 696);
    for p in legacy.provinces() {
        let codes: Vec<String> = p.communes().map(|c| c.code()).collect();
        assert_eq!(codes, per_province[p.code().as_str()]);
        for d in p.districts() {
            let codes: Vec<String> = d.communes().map(|c| c.code()).collect();
            assert_eq!(codes, per_district[d.code().as_str()]);
        }
    }
}

#[test]
fn names_and_types_that_disagree_are_kept_as_written() {
    let y2025 = units(CodeSet::Y2025).unwrap();
    let c = y2025.commune("10543").unwrap();
    assert_eq!((c.name(), c.unit_type()), ("Phường Việt Hòa", UnitType::Xa));
    #[cfg(feature = "legacy-units")]
    {
        let legacy = units(CodeSet::Legacy).unwrap();
        let c = legacy.commune("19624").unwrap();
        assert_eq!(
            (c.name(), c.unit_type()),
            ("Thị Trấn Ái Tử", UnitType::ThiTran)
        );
        assert_eq!(c.unit_type().label(), "Thị trấn");
    }
}

#[test]
fn odd_codes_and_queries_never_panic() {
    let big = "9".repeat(1 << 20);
    let big_text = "Hòa ".repeat(1 << 18);
    for set in [CodeSet::Y2025, CodeSet::Legacy] {
        let Ok(u) = units(set) else { continue };
        for code in [
            "", "0", "01 ", " 01", "1", "０１", "ab", "00004x", "-1", "65536", &big,
        ] {
            assert!(u.lookup(code).is_none(), "{code:?}");
            assert!(u.province(code).is_none());
            assert!(u.district(code).is_none());
            assert!(u.commune(code).is_none());
        }
        assert!(u.commune("99999").is_none());
        assert!(u.commune("65535").is_none());
        let p = u.provinces().next().unwrap();
        for q in ["", "\u{301}", "p.", "xã", "thị trấn", "%", &big_text, &big] {
            let _ = p.search_communes(q, 1000);
        }
    }
    for code in ["", &big, "٠٠٠٧٣", "0007３"] {
        assert_eq!(
            convert_legacy_commune(code).status,
            if cfg!(feature = "legacy-units") {
                LineageStatus::CodeFormatInvalid
            } else {
                LineageStatus::CodeSetUnavailable
            }
        );
    }
}

#[test]
fn cccd_prefixes_are_the_legacy_provinces() {
    use ctxh::reference::cccd::{province_for_prefix, provinces};
    let mut want: Vec<(String, String)> = Vec::new();
    for r in units_csv::rows_legacy() {
        let item = (format!("0{}", r.province_code), r.province_name);
        if !want.contains(&item) {
            want.push(item);
        }
    }
    let all = provinces();
    assert_eq!(all.len(), 63);
    let got: Vec<(String, String)> = all
        .iter()
        .map(|p| (p.prefix.clone(), p.name.to_owned()))
        .collect();
    assert_eq!(got, want);
    for (prefix, name) in &want {
        let p = province_for_prefix(prefix).unwrap();
        assert_eq!(p.name, name);
        assert_eq!(format!("0{}", p.province_code), *prefix);
    }
    for bad in ["", "01", "0001", "101", "001 ", "abc", "003", "099", "100"] {
        assert!(province_for_prefix(bad).is_none(), "{bad:?}");
    }
}

#[test]
fn json_shapes() {
    let y2025 = units(CodeSet::Y2025).unwrap();
    let c = y2025.commune("00004").unwrap();
    assert_eq!(
        serde_json::to_value(c).unwrap(),
        serde_json::json!({"code": "00004", "name": "Phường Ba Đình", "type": "phuong", "typeLabel": "Phường"})
    );
    assert_eq!(
        serde_json::to_value(y2025.lookup("00004").unwrap()).unwrap(),
        serde_json::json!({"codeSet": "2025", "level": "commune", "code": "00004",
            "name": "Phường Ba Đình", "type": "phuong", "typeLabel": "Phường",
            "province": {"code": "01", "name": "Thành phố Hà Nội"}})
    );
    assert_eq!(
        serde_json::to_value(y2025.lookup("01").unwrap()).unwrap(),
        serde_json::json!({"codeSet": "2025", "level": "province", "code": "01",
            "name": "Thành phố Hà Nội", "type": "thanh-pho", "typeLabel": "Thành phố"})
    );
}
