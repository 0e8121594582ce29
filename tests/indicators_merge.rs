//! The merge property on generated data: the merge of the provincial reports equals the report
//! over the union of their records, for all 34 provinces of the 2025 code set and for the 63
//! provinces of the legacy era. Counts and shares are equal figure by figure; distinct-person
//! figures are equal when no person works in two provinces, and otherwise the merge is an
//! upper bound marked `exact: false`.

#[path = "support/indicator_gen.rs"]
mod gen;

use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::indicators::{compute_value, merge, Figure, IndicatorReport};
use ctxh::model::address::CodeSet;
use ctxh::options::Options;
use ctxh::reference::units::units;
use gen::*;
use serde_json::{json, Value};

/// The records of province number `k`; `shared` adds a collaborator whose id another province
/// uses too.
fn province(code_set: CodeSet, code: &str, k: usize, year: i32, shared: bool) -> Value {
    let p = Place::new(code_set, code);
    let id = |what: &str, n: usize| format!("{code}-{what}-{n}");
    let mut facilities = Vec::new();
    for n in 0..1 + k % 3 {
        facilities.push(facility(
            &id("F", n),
            &p,
            n,
            "elderly-care",
            &[("social-protection", 10 + k as u32), ("voluntary", 3)],
            n % 2 == 0,
        ));
    }
    facilities.push(service_point(
        &id("VP", 0),
        &p,
        1,
        "social-work-office",
        json!({ "officeLevel": "commune" }),
    ));
    facilities.push(service_point(
        &id("BV", 0),
        &p,
        2,
        "service-provider",
        json!({ "sector": "health" }),
    ));
    let mut planned = facility(&id("F", 9), &p, 3, "child-care", &[], false);
    planned["status"] = json!("planned");
    facilities.push(planned);

    let start = format!("{}-02-01", year - 2);
    let events = vec![
        event(&id("L", 0), &p, "tap-huan", &format!("{year}-03-02")),
        event(&id("L", 1), &p, "trung-cap", &format!("{}-09-01", year - 5)),
    ];
    let mut staff_list = Vec::new();
    for n in 0..1 + k % 4 {
        let mut s = collaborator(&id("CTV", n), n, "sw-collaborator", true, &p, n, &start);
        s["trainingAttendances"] = json!([
            attendance(&id("L", 0), n.is_multiple_of(2)),
            attendance(&id("L", 1), true)
        ]);
        staff_list.push(s);
    }
    staff_list.push(collaborator(
        &id("CTVK", 0),
        1,
        "sw-collaborator",
        false,
        &p,
        5,
        &start,
    ));
    for n in 0..2 {
        staff_list.push(collaborator(
            &id("TE", n),
            n,
            "child-protection-collaborator",
            false,
            &p,
            n + 7,
            &start,
        ));
    }
    staff_list.push(staff(
        &id("TN", 0),
        3,
        "volunteer-team-member",
        agency("commune", &p, 4),
        vec![post(&start, json!({}))],
        json!({}),
    ));
    staff_list.push(staff(
        &id("CC", 0),
        4,
        "civil-servant",
        agency("commune", &p, 4),
        vec![
            post(&start, json!({})),
            post(
                &start,
                json!({ "facilityId": id("VP", 0), "concurrent": true }),
            ),
        ],
        json!({}),
    ));
    for n in 0..2 {
        let employer = json!({ "facilityId": id("F", 0) });
        staff_list.push(staff(
            &id("VC", n),
            n,
            "public-employee",
            employer,
            vec![post(&start, json!({ "dedicated": true }))],
            json!({ "certificates": [{ "kind": "sw-vocational", "issuedDate": start }] }),
        ));
    }
    if shared {
        staff_list.push(collaborator(
            &format!("SHARED-{}", k / 2),
            2,
            "sw-collaborator",
            true,
            &p,
            11,
            &start,
        ));
    }
    staff_list.push(json!({ "id": id("BAD", 0), "workforceCategory": "volunteer-team-member" }));
    let cases = vec![case(&id("C", 0), &p, 3, &format!("{year}-06-03"))];
    json!({ "scope": { "codeSet": code_set.as_str(), "provinceCodes": [code] },
            "staff": staff_list, "facilities": facilities, "trainingEvents": events, "cases": cases })
}

/// The union of `requests`' lists, at `scope`.
fn union(requests: &[Value], scope: Value) -> Value {
    let mut out = json!({ "scope": scope });
    for list in ctxh::indicators::LISTS {
        let all: Vec<Value> = requests
            .iter()
            .flat_map(|r| r[list].as_array().cloned().unwrap_or_default())
            .collect();
        out[list] = Value::Array(all);
    }
    out
}

fn without_exact(f: &Figure) -> Figure {
    Figure {
        exact: true,
        ..f.clone()
    }
}

/// Checks the merge property for every province of `code_set` at `as_of`.
fn check(code_set: CodeSet, as_of: &str, year: i32, shared: bool) {
    let opts = Options::new(Date::parse_iso(as_of).unwrap()).lang(Lang::Vi);
    let codes: Vec<String> = units(code_set)
        .unwrap()
        .provinces()
        .map(|p| p.code())
        .collect();
    let requests: Vec<Value> = codes
        .iter()
        .enumerate()
        .map(|(k, c)| province(code_set, c, k, year, shared && k < 10))
        .collect();
    let parts: Vec<IndicatorReport> = requests.iter().map(|r| compute_value(r, &opts)).collect();
    for p in &parts {
        assert!(p.request.valid);
        assert_eq!(
            p.uncounted.by_reason["invalid"], 1,
            "only the broken record is invalid"
        );
    }
    let merged = merge(&parts, Lang::Vi);
    let all = compute_value(
        &union(
            &requests,
            json!({ "codeSet": code_set.as_str(), "provinceCodes": codes }),
        ),
        &opts,
    );
    let country = compute_value(
        &union(&requests, json!({ "codeSet": code_set.as_str() })),
        &opts,
    );

    assert!(merged.request.valid, "{:?}", merged.request.issues);
    assert_eq!(merged.parts, codes.len() as u64);
    assert_eq!(merged.scope, all.scope);
    assert_eq!(merged.records, all.records);
    assert_eq!(merged.uncounted.by_reason, all.uncounted.by_reason);
    assert_eq!(
        all.indicators, country.indicators,
        "all provinces = the country"
    );
    // Every figure counts something, so that equality means something.
    for f in &all.indicators {
        assert!(f.numerator > 0, "{} counts nothing", f.code);
    }
    for (m, u) in merged.indicators.iter().zip(&all.indicators) {
        assert_eq!(m.code, u.code);
        if m.additive {
            assert_eq!(m, u, "{}", m.code);
        } else {
            assert!(!m.exact && u.exact, "{}", m.code);
            assert!(m.numerator >= u.numerator, "{}", m.code);
            if !shared {
                assert_eq!(without_exact(m), *u, "{}", m.code);
            }
        }
    }
    if shared {
        let network = |r: &IndicatorReport| {
            r.figure(ctxh::indicators::IndicatorCode::SwNetwork)
                .unwrap()
                .numerator
        };
        assert_eq!(
            network(&merged),
            network(&all) + 5,
            "five persons counted in two provinces"
        );
    } else {
        for (m, u) in merged.progress.iter().zip(&all.progress) {
            assert_eq!(
                (&m.target, m.numerator, m.denominator, &m.status),
                (&u.target, u.numerator, u.denominator, &u.status)
            );
        }
    }
}

#[test]
fn merge_equals_union_for_the_34_provinces() {
    check(CodeSet::Y2025, "2026-01-01", 2025, false);
}

#[test]
fn distinct_persons_in_two_provinces_make_the_merge_an_upper_bound() {
    check(CodeSet::Y2025, "2026-01-01", 2025, true);
}

#[test]
fn merge_equals_union_for_the_legacy_era() {
    check(CodeSet::Legacy, "2024-12-31", 2024, false);
}
