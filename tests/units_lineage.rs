//! The legacy → 2025 lineage against `data/admin-units-lineage-2025.csv`, the documented
//! conversions, and the answers of a build without the legacy units.

#[cfg(feature = "legacy-units")]
#[path = "support/units_csv.rs"]
mod units_csv;

#[cfg(feature = "legacy-units")]
use std::collections::BTreeMap;

use ctxh::model::address::CodeSet;
use ctxh::reference::units::{convert_legacy_commune, legacy_sources, units, LineageStatus};
#[cfg(feature = "legacy-units")]
use ctxh::reference::units::{Unit, UnitType};

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
