//! The embedded administrative units against the facts in `data/*.csv`: every unit round-trips
//! by code with the CSV's exact name, type and parents; counts per province and district match;
//! the lineage matches row for row; search and conversion answer the documented cases; odd input
//! never panics.

#[path = "support/units_csv.rs"]
mod units_csv;

use std::collections::BTreeMap;

use ctxh::model::address::CodeSet;
use ctxh::reference::units::{
    convert_legacy_commune, legacy_sources, units, LineageStatus, MatchRank, Unit, UnitType,
};
use ctxh::text::nfc;
use unicode_normalization::UnicodeNormalization;

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

#[cfg(feature = "legacy-units")]
#[test]
fn lineage_matches_the_csv_row_for_row() {
    let legacy = units(CodeSet::Legacy).unwrap();
    let mut want: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for r in units_csv::rows_lineage() {
        want.entry(r.legacy_ward_code.clone())
            .or_default()
            .push((r.ward_code_2025, r.kind));
    }
    for c in legacy.communes() {
        let mut got: Vec<(String, String)> = c
            .successors()
            .iter()
            .map(|s| (s.commune.code(), s.kind.id().to_owned()))
            .collect();
        got.sort();
        let mut expected = want.remove(&c.code()).unwrap_or_default();
        expected.sort();
        assert_eq!(got, expected, "{}", c.code());
        let conversion = convert_legacy_commune(&c.code());
        assert_eq!(conversion.candidates.len(), expected.len());
        if let Some(first) = conversion.candidates.first() {
            assert!(first.is_default());
            assert_eq!(
                conversion
                    .candidates
                    .iter()
                    .filter(|s| s.is_default())
                    .count(),
                1
            );
        }
    }
    assert!(want.is_empty(), "lineage rows for unknown communes");
    // The reverse direction holds the same pairs.
    let y2025 = units(CodeSet::Y2025).unwrap();
    let mut pairs = 0;
    for c in y2025.communes() {
        for p in c.predecessors() {
            assert!(p
                .commune
                .successors()
                .iter()
                .any(|s| s.commune == c && s.kind == p.kind));
            pairs += 1;
        }
    }
    assert_eq!(pairs, 10_597);
}

#[cfg(feature = "legacy-units")]
#[test]
fn documented_conversions() {
    let cua_nam = convert_legacy_commune("00073");
    assert_eq!(cua_nam.status, LineageStatus::Split);
    let codes: Vec<String> = cua_nam
        .candidates
        .iter()
        .map(|s| s.commune.code())
        .collect();
    assert_eq!(codes, ["00226", "00004", "00070", "00082"]);
    assert!(cua_nam.candidates[0].is_default());
    assert!(cua_nam.candidates[1..].iter().all(|s| !s.is_default()));
    match cua_nam.legacy {
        Some(Unit::Commune(c)) => {
            assert_eq!(c.name(), "Phường Cửa Nam");
            assert_eq!(c.district().unwrap().name(), "Quận Hoàn Kiếm");
        }
        other => panic!("{other:?}"),
    }

    let ben_nghe = convert_legacy_commune("26740");
    assert_eq!(ben_nghe.status, LineageStatus::Whole);
    assert_eq!(ben_nghe.candidates.len(), 1);
    assert_eq!(ben_nghe.candidates[0].commune.code(), "26740");
    assert_eq!(ben_nghe.candidates[0].commune.name(), "Phường Sài Gòn");
    assert_eq!(ben_nghe.legacy.unwrap().name(), "Phường Bến Nghé");

    // The five island districts had no communes: their codes are not communes'.
    for district in ["318", "471", "498", "536", "755"] {
        let c = convert_legacy_commune(district);
        assert_eq!(c.status, LineageStatus::NotACommune, "{district}");
        assert!(matches!(c.legacy, Some(Unit::District(_))));
        assert!(c.candidates.is_empty());
    }
    assert_eq!(
        convert_legacy_commune("01").status,
        LineageStatus::NotACommune
    );
    assert_eq!(
        convert_legacy_commune("99999").status,
        LineageStatus::Unknown
    );
    assert_eq!(
        convert_legacy_commune("0007").status,
        LineageStatus::CodeFormatInvalid
    );
    assert_eq!(
        convert_legacy_commune("").status,
        LineageStatus::CodeFormatInvalid
    );
    assert_eq!(
        convert_legacy_commune("0007a").status,
        LineageStatus::CodeFormatInvalid
    );

    // The five 2025 special zones replaced those districts: no legacy commune went into them.
    for zone in ["11948", "19742", "20333", "21548", "26732"] {
        let s = legacy_sources(zone);
        assert_eq!(s.status, LineageStatus::NoLineage, "{zone}");
        assert_eq!(s.commune.unwrap().unit_type(), UnitType::DacKhu);
    }
    let sai_gon = legacy_sources("26740");
    assert_eq!(sai_gon.status, LineageStatus::Found);
    assert!(sai_gon.sources.iter().any(|p| p.commune.code() == "26740"));
    let codes: Vec<String> = sai_gon.sources.iter().map(|p| p.commune.code()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted);
    assert_eq!(legacy_sources("x").status, LineageStatus::CodeFormatInvalid);
    assert_eq!(legacy_sources("00001").status, LineageStatus::Unknown);
}

#[cfg(not(feature = "legacy-units"))]
#[test]
fn without_the_feature_legacy_questions_get_a_clear_answer() {
    let err = units(CodeSet::Legacy).unwrap_err();
    assert_eq!(err.code(), "code_set_unavailable");
    assert_eq!(
        convert_legacy_commune("00073").status,
        LineageStatus::CodeSetUnavailable
    );
    assert_eq!(
        legacy_sources("26740").status,
        LineageStatus::CodeSetUnavailable
    );
    assert!(units(CodeSet::Y2025).unwrap().commune("26740").is_some());
    assert_eq!(ctxh::reference::cccd::provinces().len(), 63);
}

#[test]
fn search_finds_yen_hoa_however_it_is_typed() {
    let hanoi = units(CodeSet::Y2025).unwrap().province("01").unwrap();
    let nfd: String = "Yên Hòa".nfd().collect();
    for (query, rank) in [
        ("yen hoa", MatchRank::ExactFolded),
        ("Yên Hoà", MatchRank::Exact),
        ("Yên Hòa", MatchRank::Exact),
        (nfd.as_str(), MatchRank::Exact),
        ("  YÊN   HOÀ ", MatchRank::Exact),
        ("Phường Yên Hòa", MatchRank::Exact),
        ("phuong yen hoa", MatchRank::ExactFolded),
        ("P. Yên Hòa", MatchRank::Exact),
        ("P.Yên Hòa", MatchRank::Exact),
        ("yen h", MatchRank::Prefix),
    ] {
        let found = hanoi.search_communes(query, 10);
        let first = found
            .first()
            .unwrap_or_else(|| panic!("{query:?}: nothing"));
        assert_eq!(first.commune.name(), "Phường Yên Hòa", "{query:?}");
        assert_eq!(first.rank, rank, "{query:?}");
    }
    // Ranks are in order, and a later word's start ranks below a name's start.
    let found = hanoi.search_communes("hoa", 50);
    assert!(found.windows(2).all(|w| w[0].rank <= w[1].rank));
    assert!(found
        .iter()
        .any(|m| m.commune.name() == "Phường Yên Hòa" && m.rank == MatchRank::WordPrefix));
    assert!(hanoi.search_communes("hoa", 3).len() <= 3);
}

#[test]
fn search_ranks_types_and_is_deterministic() {
    let y2025 = units(CodeSet::Y2025).unwrap();
    for p in y2025.provinces() {
        for c in p.communes().take(5) {
            let found = p.search_communes(c.name(), 5);
            assert_eq!(found[0].rank, MatchRank::Exact, "{}", c.name());
            assert!(found.iter().any(|m| m.commune == c), "{}", c.name());
            assert_eq!(found, p.search_communes(&nfc(c.name()), 5));
        }
    }
    assert!(y2025
        .province("01")
        .unwrap()
        .search_communes("   ", 10)
        .is_empty());
    assert!(
        y2025
            .province("01")
            .unwrap()
            .search_communes("Phường", 10)
            .len()
            <= 10
    );
    assert!(y2025
        .province("01")
        .unwrap()
        .search_communes("yen hoa", 0)
        .is_empty());
}

#[cfg(feature = "legacy-units")]
#[test]
fn legacy_search_tells_same_names_apart_by_district() {
    let hcm = units(CodeSet::Legacy).unwrap().province("79").unwrap();
    let found = hcm.search_communes("Phường 1", 100);
    let exact: Vec<_> = found
        .iter()
        .filter(|m| m.rank == MatchRank::Exact)
        .collect();
    assert!(exact.len() > 5);
    let districts: std::collections::BTreeSet<String> = exact
        .iter()
        .map(|m| m.commune.district().unwrap().code())
        .collect();
    assert_eq!(districts.len(), exact.len());
    let json = serde_json::to_value(exact[0]).unwrap();
    assert!(json["district"]["name"].is_string());
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
