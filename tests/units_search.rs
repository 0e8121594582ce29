//! Finding communes by typed name: case, NFC/NFD, tone placement, missing diacritics, type
//! prefixes; ranks and ties.

use ctxh::model::address::CodeSet;
use ctxh::reference::units::{units, MatchRank};
use ctxh::text::nfc;
use unicode_normalization::UnicodeNormalization;

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
