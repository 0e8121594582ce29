//! Every seed figure of indicators.md, rebuilt from generated records: Bình Thuận's 11
//! facilities, 190 facility staff, 1.298 = 46 + 804 + 306 + 142, 46 / 127 = 36,2 % with the
//! caller's denominator, 30 classes and 6.456 attendances by fewer persons, 21 trung cấp, 2
//! thạc sĩ and 192 certificates; Quảng Ninh's 17 offices with 59 staff counting concurrent
//! posts, 1.950 collaborators and "over 150 = 90 + 60" clients; Hà Nội's 2018 targets met and
//! not met. Published figures are compared with the computed ones.

#[path = "support/indicator_gen.rs"]
mod gen;

use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::indicators::{
    compare, compute_value, Agreement, Figure, IndicatorCode as C, IndicatorReport,
};
use ctxh::model::address::CodeSet;
use ctxh::model::observation::Observation;
use ctxh::options::Options;
use gen::*;
use serde_json::{json, Value};

fn opts(as_of: &str, lang: Lang) -> Options {
    Options::new(Date::parse_iso(as_of).unwrap()).lang(lang)
}

fn figure(r: &IndicatorReport, code: C) -> &Figure {
    r.figure(code).unwrap()
}

fn part(f: &Figure, by: &str, key: &str) -> u64 {
    let b = f.breakdowns.iter().find(|b| b.by == by).unwrap();
    b.parts.get(key).map_or(0, |p| p.numerator)
}

/// Bình Thuận (legacy code set, province 60) at the end of 2017, training in 2011–2015.
fn binh_thuan() -> Value {
    let bt = Place::new(CodeSet::Legacy, "60");
    let other = Place::new(CodeSet::Legacy, "01");
    let mut facilities = Vec::new();
    let types = [
        "elderly-care",
        "elderly-care",
        "elderly-care",
        "child-care",
        "child-care",
    ];
    for k in 0..11 {
        let ty = types.get(k).copied().unwrap_or("general-social-protection");
        facilities.push(facility(
            &format!("BT-F{k}"),
            &bt,
            k,
            ty,
            &[("social-protection", 40)],
            true,
        ));
    }
    let mut planned = facility("BT-F-PLANNED", &bt, 3, "elderly-care", &[], false);
    planned["status"] = json!("planned");
    facilities.push(planned);
    facilities.push(json!({ "id": "BT-F-BROKEN", "facilityType": "elderly-care" }));

    let mut staff_list = Vec::new();
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    for k in 0..190 {
        let category = if k % 3 == 0 {
            "contract-worker"
        } else {
            "public-employee"
        };
        let position = if k % 5 == 0 {
            "social-work"
        } else {
            "direct-care"
        };
        let employer = json!({ "facilityId": format!("BT-F{}", k % 11) });
        let posts = vec![post("2012-01-01", json!({ "jobPosition": position }))];
        staff_list.push(staff(
            &format!("BT-FS-{k}"),
            next(),
            category,
            employer,
            posts,
            json!({}),
        ));
    }
    let mut network = Vec::new();
    for k in 0..46 {
        network.push(collaborator(
            &format!("BT-CTV-{k}"),
            next(),
            "sw-collaborator",
            true,
            &bt,
            k,
            "2015-03-01",
        ));
    }
    for k in 0..804 {
        network.push(collaborator(
            &format!("BT-TE-{k}"),
            next(),
            "child-protection-collaborator",
            false,
            &bt,
            k,
            "2014-01-01",
        ));
    }
    for k in 0..306 {
        let employer = agency("commune", &bt, k);
        let posts = vec![post("2016-05-01", json!({ "contractType": "volunteer" }))];
        network.push(staff(
            &format!("BT-TN-{k}"),
            next(),
            "volunteer-team-member",
            employer,
            posts,
            json!({}),
        ));
    }
    for k in 0..142 {
        let level = match k % 3 {
            0 => "province",
            1 => "district-legacy",
            _ => "commune",
        };
        let posts = vec![post("2010-01-01", json!({ "contractType": "appointment" }))];
        network.push(staff(
            &format!("BT-CC-{k}"),
            next(),
            "civil-servant",
            agency(level, &bt, k),
            posts,
            json!({}),
        ));
    }
    // Training: 6.456 attendances at the 30 classes, by the first 1.200 people of the network.
    let mut events: Vec<Value> = (0..30)
        .map(|k| {
            let level = if k < 25 { "tap-huan" } else { "trung-cap" };
            event(
                &format!("BT-L{k}"),
                &bt,
                level,
                &format!("{}-06-01", 2011 + k % 5),
            )
        })
        .collect();
    events.push(event("BT-L-2016", &bt, "tap-huan", "2016-06-01"));
    events.push(event("BT-L-HN", &other, "tap-huan", "2013-06-01"));
    for a in 0..6456usize {
        let person = &mut network[a % 1200];
        let list = person
            .as_object_mut()
            .unwrap()
            .entry("trainingAttendances")
            .or_insert(json!([]));
        list.as_array_mut()
            .unwrap()
            .push(attendance(&format!("BT-L{}", a % 30), true));
    }
    network[0]["trainingAttendances"]
        .as_array_mut()
        .unwrap()
        .push(attendance("BT-L-2016", true));
    network[1]["trainingAttendances"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "courseName": "Lớp của huyện", "completed": true }));
    // Qualifications: 21 trung cấp and 2 thạc sĩ in social work, 192 vocational certificates.
    for (k, person) in network.iter_mut().take(23).enumerate() {
        let level = if k < 21 { "trung-cap" } else { "thac-si" };
        person["qualifications"] =
            json!([{ "level": level, "major": "social-work", "graduationDate": "2014-06-30" }]);
    }
    for person in &mut network[300..492] {
        person["certificates"] = json!([{ "kind": "sw-vocational", "issuedDate": "2015-10-01" }]);
    }
    staff_list.extend(network);
    // Left out: an ended post, no id, another province, an invalid record.
    staff_list.push(collaborator(
        "BT-CTV-OLD",
        next(),
        "sw-collaborator",
        true,
        &bt,
        50,
        "2011-01-01",
    ));
    staff_list.last_mut().unwrap()["assignments"][0]["endDate"] = json!("2016-12-31");
    let mut no_id = collaborator("x", next(), "sw-collaborator", true, &bt, 51, "2015-01-01");
    no_id.as_object_mut().unwrap().remove("id");
    staff_list.push(no_id);
    staff_list.push(collaborator(
        "HN-CTV-1",
        next(),
        "sw-collaborator",
        true,
        &other,
        0,
        "2015-01-01",
    ));
    staff_list.push(json!({ "id": "BT-BAD", "workforceCategory": "sw-collaborator" }));

    json!({
        "scope": { "codeSet": "legacy", "provinceCodes": ["60"] },
        "period": { "start": "2011-01-01", "end": "2015-12-31" },
        "denominators": [{ "indicator": "communes-with-dedicated-collaborator", "value": 127,
                           "source": "Báo cáo năm 2017: 127 xã, phường, thị trấn" }],
        "staff": staff_list,
        "facilities": facilities,
        "trainingEvents": events,
    })
}

#[test]
fn binh_thuan_seed_figures() {
    let request = binh_thuan();
    let r = compute_value(&request, &opts("2017-12-31", Lang::Vi));
    assert!(r.request.valid, "{:?}", r.request.issues);

    let facilities = figure(&r, C::Facilities);
    assert_eq!(facilities.numerator, 11);
    assert_eq!(part(facilities, "facilityType", "elderly-care"), 3);
    assert_eq!(figure(&r, C::FacilityStaff).numerator, 190);

    let network = figure(&r, C::SwNetwork);
    assert_eq!(network.text, "1.298");
    let parts: Vec<u64> = [
        "dedicated-sw-collaborators",
        "child-protection-collaborators",
        "volunteer-team-members",
        "officials",
    ]
    .iter()
    .map(|k| part(network, "component", k))
    .collect();
    assert_eq!(parts, [46, 804, 306, 142]);
    assert_eq!(parts.iter().sum::<u64>(), network.numerator);
    assert!(!network.additive && network.exact);

    let share = figure(&r, C::CommunesWithDedicatedCollaborator);
    assert_eq!((share.numerator, share.denominator), (46, Some(127)));
    assert_eq!(share.text, "36,2 %");
    assert_eq!(share.denominator_source.as_deref(), Some("caller"));

    assert_eq!(figure(&r, C::TrainingClasses).numerator, 30);
    let attendances = figure(&r, C::TrainingAttendances);
    assert_eq!(
        (attendances.numerator, attendances.text.as_str()),
        (6456, "6.456")
    );
    let persons = figure(&r, C::TrainedPersons).numerator;
    assert_eq!(persons, 1200);
    assert!(persons < attendances.numerator);

    let qualified = figure(&r, C::QualifiedPersons);
    assert_eq!(part(qualified, "educationLevel", "trung-cap"), 21);
    assert_eq!(part(qualified, "educationLevel", "thac-si"), 2);
    assert_eq!(part(qualified, "certificateType", "sw-vocational"), 192);

    // Left out, each with its reason, by position only.
    let reasons = &r.uncounted.by_reason;
    assert_eq!(reasons["invalid"], 2, "{reasons:?}");
    assert_eq!(reasons["no-id"], 1);
    assert_eq!(reasons["other-province"], 2); // a Hà Nội collaborator and a Hà Nội class
    assert_eq!(reasons["not-active"], 2); // the planned facility, the ended post
    assert_eq!(reasons["outside-period"], 1);
    assert_eq!((reasons["no-event"], reasons["event-not-counted"]), (1, 1));
    let text = r.to_json();
    for id in ["BT-F0", "BT-CTV-0", "BT-BAD", "127 xã"] {
        assert!(!text.contains(id), "the report repeats {id}");
    }

    // Without the caller's denominator: the legacy list's 121 communes, and the report says so.
    let mut plain = request.clone();
    plain.as_object_mut().unwrap().remove("denominators");
    let r2 = compute_value(&plain, &opts("2017-12-31", Lang::En));
    let share = figure(&r2, C::CommunesWithDedicatedCollaborator);
    assert_eq!(share.denominator_source.as_deref(), Some("code-set"));
    assert_eq!(
        share.denominator,
        Some(Place::new(CodeSet::Legacy, "60").wards.len() as u64)
    );
    assert_eq!(figure(&r2, C::SwNetwork).text, "1,298");
}

fn observation(v: Value) -> Observation {
    serde_json::from_value(v).unwrap()
}

#[test]
fn binh_thuan_published_figures_agree_with_the_records() {
    let r = compute_value(&binh_thuan(), &opts("2017-12-31", Lang::Vi));
    let unit = json!({ "codeSet": "legacy", "provinceCode": "60" });
    let published = |indicator: &str, unit_id: &str, value: Value, extra: Value| {
        let mut o = json!({ "indicator": indicator, "unit": unit_id, "level": "province",
                            "adminUnit": unit, "referenceDate": "2017-12-31", "value": value });
        merge(&mut o, extra);
        observation(o)
    };
    let network = published("sw-network", "count", json!(1298), json!({}));
    assert_eq!(compare(&network, &r).agreement, Agreement::Equal);
    let share = published(
        "communes-with-dedicated-collaborator",
        "percent",
        json!(36.2),
        json!({ "numerator": 46, "denominator": 127 }),
    );
    let c = compare(&share, &r);
    assert_eq!(
        (c.agreement, c.fraction_matches),
        (Agreement::Equal, Some(true))
    );
    let wrong = published(
        "communes-with-dedicated-collaborator",
        "percent",
        json!(36.3),
        json!({}),
    );
    assert_eq!(compare(&wrong, &r).agreement, Agreement::Differs);
    let as_persons = published("training-attendances", "count", json!(6456), json!({}));
    assert_eq!(compare(&as_persons, &r).agreement, Agreement::NotComparable);
    let mut other_day = published("sw-network", "count", json!(1298), json!({}));
    other_day.reference_date = Date::parse_iso("2018-03-22");
    assert_eq!(compare(&other_day, &r).agreement, Agreement::NotComparable);
}

/// Quảng Ninh (2025 code set, province 22) in 2026.
fn quang_ninh() -> Value {
    let qn = Place::new(CodeSet::Y2025, "22");
    let mut facilities = Vec::new();
    let levels = [
        ("province", 1),
        ("commune", 10),
        ("school", 4),
        ("hospital", 2),
    ];
    let mut k = 0;
    for (level, count) in levels {
        for _ in 0..count {
            facilities.push(service_point(
                &format!("QN-VP{k}"),
                &qn,
                k,
                "social-work-office",
                json!({ "officeLevel": level }),
            ));
            k += 1;
        }
    }
    facilities.push(facility(
        "QN-TTCTXH",
        &qn,
        0,
        "social-work-centre",
        &[("social-protection", 90), ("voluntary", 60)],
        true,
    ));
    let mut staff_list = Vec::new();
    for k in 0..35 {
        let employer = json!({ "facilityId": format!("QN-VP{}", k % 17) });
        let posts = vec![post("2020-01-01", json!({ "dedicated": true }))];
        staff_list.push(staff(
            &format!("QN-VPS-{k}"),
            k,
            "public-employee",
            employer,
            posts,
            json!({}),
        ));
    }
    for k in 0..24 {
        let own = post("2019-01-01", json!({ "jobPosition": "other" }));
        let office = post(
            "2021-01-01",
            json!({ "facilityId": format!("QN-VP{}", k % 17), "concurrent": true }),
        );
        staff_list.push(staff(
            &format!("QN-KN-{k}"),
            k,
            "civil-servant",
            agency("commune", &qn, k),
            vec![own, office],
            json!({}),
        ));
    }
    for k in 0..1950 {
        staff_list.push(collaborator(
            &format!("QN-CTV-{k}"),
            k,
            "sw-collaborator",
            k < 1200,
            &qn,
            k,
            "2024-01-01",
        ));
    }
    json!({ "scope": { "codeSet": "2025", "provinceCodes": ["22"] }, "staff": staff_list, "facilities": facilities })
}

#[test]
fn quang_ninh_seed_figures() {
    let r = compute_value(&quang_ninh(), &opts("2026-01-01", Lang::En));
    assert!(r.request.valid);
    let offices = figure(&r, C::SwOffices);
    assert_eq!(offices.numerator, 17);
    assert_eq!(part(offices, "officeLevel", "school"), 4);
    let office_staff = figure(&r, C::SwOfficeStaff);
    assert_eq!(office_staff.numerator, 59);
    assert_eq!(
        (
            part(office_staff, "post", "dedicated"),
            part(office_staff, "post", "concurrent")
        ),
        (35, 24)
    );
    let collaborators = figure(&r, C::Collaborators);
    assert_eq!(
        (collaborators.numerator, collaborators.text.as_str()),
        (1950, "1,950")
    );
    let clients = figure(&r, C::FacilityClients);
    assert_eq!(clients.numerator, 150);
    assert_eq!(
        (
            part(clients, "clientGroup", "social-protection"),
            part(clients, "clientGroup", "voluntary")
        ),
        (90, 60)
    );
    // "trên 150": a lower bound the records reach; "trên 160" they do not.
    let over = |value: u32| {
        observation(
            json!({ "indicator": "facility-clients", "unit": "count", "level": "province",
            "adminUnit": { "codeSet": "2025", "provinceCode": "22" }, "referenceDate": "2026-01-01",
            "value": value, "lowerBound": true }),
        )
    };
    assert_eq!(compare(&over(150), &r).agreement, Agreement::WithinBound);
    assert_eq!(compare(&over(160), &r).agreement, Agreement::BelowBound);
    assert!(
        r.progress.iter().all(|p| !p.target.starts_with("hn8560")),
        "Hà Nội's plan is not Quảng Ninh's"
    );
}

/// Hà Nội (legacy, province 01) at the end of 2018: a collaborator in every commune but
/// `skip_communes`, 35 % of them trained, 10 facilities of which 9 have a social work room.
fn ha_noi(skip_communes: usize) -> Value {
    let hn = Place::new(CodeSet::Legacy, "01");
    let mut staff_list = Vec::new();
    let communes = hn.wards.len() - skip_communes;
    for k in 0..communes {
        let mut s = collaborator(
            &format!("HN-CTV-{k}"),
            k,
            "sw-collaborator",
            true,
            &hn,
            k,
            "2018-01-01",
        );
        if k * 100 < communes * 35 {
            s["trainingAttendances"] = json!([{ "courseName": "Kỹ năng công tác xã hội", "startDate": "2018-05-02", "endDate": "2018-05-04", "completed": true }]);
        }
        staff_list.push(s);
    }
    let facilities: Vec<Value> = (0..10)
        .map(|k| {
            facility(
                &format!("HN-F{k}"),
                &hn,
                k,
                "general-social-protection",
                &[("social-protection", 50)],
                k != 0,
            )
        })
        .collect();
    json!({ "scope": { "codeSet": "legacy", "provinceCodes": ["01"] }, "staff": staff_list, "facilities": facilities })
}

#[test]
fn ha_noi_2018_targets_met_and_not_met() {
    let status = |r: &IndicatorReport, code: &str| {
        let p = r.progress.iter().find(|p| p.target == code).unwrap();
        (p.status.clone(), p.status_label.clone(), p.text.clone())
    };
    let r = compute_value(&ha_noi(0), &opts("2018-12-31", Lang::Vi));
    assert_eq!(
        status(&r, "hn8560-2018-communes-with-collaborator"),
        ("met".into(), "đạt".into(), "100,0 % / 100,0 %".into())
    );
    let trained = status(&r, "hn8560-2018-collaborators-trained");
    assert_eq!((trained.0.as_str(), trained.1.as_str()), ("met", "đạt"));
    assert_eq!(
        status(&r, "hn8560-2018-facilities-with-sw-room"),
        (
            "not-met".into(),
            "chưa đạt".into(),
            "90,0 % / 100,0 %".into()
        )
    );

    let short = compute_value(&ha_noi(1), &opts("2018-12-31", Lang::En));
    let missing = status(&short, "hn8560-2018-communes-with-collaborator");
    assert_eq!(
        (missing.0.as_str(), missing.1.as_str()),
        ("not-met", "not met")
    );
    let share = figure(&short, C::CommunesWithCollaborator);
    assert_eq!(share.numerator + 1, share.denominator.unwrap());
}

#[test]
fn the_observation_checks_flag_the_seed_inconsistencies() {
    let codes = |o: Value| {
        let report = ctxh::validate::RecordKind::Observation
            .validate_value(&o, &opts("2026-03-01", Lang::En));
        report.codes()
    };
    let bt = json!({ "codeSet": "legacy", "provinceCode": "60" });
    let network = |officials: u32| {
        json!({ "indicator": "sw-network", "unit": "count", "level": "province", "adminUnit": bt,
                "referenceDate": "2017-12-31", "value": 1298, "components": [
                    { "category": "dedicated-sw-collaborators", "value": 46 },
                    { "category": "child-protection-collaborators", "value": 804 },
                    { "category": "volunteer-team-members", "value": 306 },
                    { "category": "officials", "value": officials }] })
    };
    assert!(
        codes(network(142)).is_empty(),
        "1.298 = 46 + 804 + 306 + 142"
    );
    assert_eq!(codes(network(124)), ["observation_component_sum"]);
    let share = |value: f64| {
        json!({ "indicator": "communes-with-dedicated-collaborator", "unit": "percent", "level": "province",
                "adminUnit": bt, "referenceDate": "2017-12-31", "value": value, "numerator": 46, "denominator": 127 })
    };
    assert!(
        codes(share(36.2)).is_empty(),
        "46 / 127 = 36,2 %, and 127 is kept as reported (I3)"
    );
    assert_eq!(codes(share(36.3)), ["observation_percent_mismatch"]);
    let attendances = |persons: u32| {
        json!({ "indicator": "training-attendances", "unit": "person-times", "level": "province",
                "adminUnit": bt, "referenceDate": "2015-12-31", "value": 6456, "persons": persons })
    };
    assert!(codes(attendances(1200)).is_empty());
    assert_eq!(
        codes(attendances(7000)),
        ["observation_attendances_below_persons"]
    );
    let district = |day: &str| {
        json!({ "indicator": "sw-offices", "unit": "count", "level": "district-legacy",
                "adminUnit": { "codeSet": "legacy", "provinceCode": "22" }, "referenceDate": day, "value": 4 })
    };
    assert!(codes(district("2025-06-30")).is_empty());
    assert_eq!(
        codes(district("2025-07-01")),
        ["observation_district_after_reform"]
    );
}

#[test]
fn compare_json_reads_an_observation_leniently_and_a_report_strictly() {
    let report = compute_value(&quang_ninh(), &opts("2026-01-01", Lang::En)).to_json();
    let observation = |value: u32, extra: &str| {
        format!(
            r#"{{ "indicator": "sw-office-staff", "unit": "count", "level": "province", {extra}
                "adminUnit": {{ "codeSet": "2025", "provinceCode": "22" }},
                "referenceDate": "2026-01-01", "value": {value} }}"#
        )
    };
    let agreement = |o: &str, r: &str| {
        let v: Value = serde_json::from_str(&ctxh::indicators::compare_json(o, r)).unwrap();
        v["agreement"].as_str().unwrap().to_owned()
    };
    assert_eq!(agreement(&observation(59, ""), &report), "equal");
    assert_eq!(agreement(&observation(60, ""), &report), "differs");
    assert_eq!(
        agreement(&observation(50, r#""lowerBound": true,"#), &report),
        "within-bound"
    );
    assert_eq!(
        agreement(&observation(59, r#""basis": "planned","#), &report),
        "not-comparable"
    );
    // Unknown fields in the observation are ignored here (validation reports them).
    assert_eq!(
        agreement(&observation(59, r#""note": "x","#), &report),
        "equal"
    );
    assert_eq!(agreement(&observation(59, ""), "[1]"), "not-computed");
    assert_eq!(agreement("{", &report), "not-computed");
}
