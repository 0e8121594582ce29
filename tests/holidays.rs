//! Vietnam's public holidays and the working-day deadlines that count them: the lunar dates
//! against a published table, and plan deadlines across Tết 2026 and Quốc khánh 2025.

use ctxh::date::holidays::MonthDay;
use ctxh::date::{holidays, lunar, Date, DateTime};
use ctxh::options::Options;
use ctxh::rules::case::{deadlines, DeadlineKind};
use ctxh::validate::RecordKind;
use serde_json::{json, Value};

/// Tết Nguyên đán (1/1 lunar) and Giỗ Tổ Hùng Vương (10/3 lunar), 2020–2035, as the Vietnamese
/// lunar calendar publishes them. The Chinese calendar of the Hong Kong Observatory gives the
/// same 32 dates but one: Tết 2030, whose new moon (2 Feb 2030, 16:07 UTC) falls at 23:07 on
/// 2 Feb in Vietnam (UTC+7) and on 3 Feb in China (UTC+8): Tết Canh Tuất is 2 Feb 2030 in
/// Vietnam.
const PUBLISHED: &[(i32, MonthDay, MonthDay)] = &[
    (2020, (1, 25), (4, 2)),
    (2021, (2, 12), (4, 21)),
    (2022, (2, 1), (4, 10)),
    (2023, (1, 22), (4, 29)),
    (2024, (2, 10), (4, 18)),
    (2025, (1, 29), (4, 7)),
    (2026, (2, 17), (4, 26)),
    (2027, (2, 6), (4, 16)),
    (2028, (1, 26), (4, 4)),
    (2029, (2, 13), (4, 23)),
    (2030, (2, 2), (4, 12)),
    (2031, (1, 23), (4, 1)),
    (2032, (2, 11), (4, 19)),
    (2033, (1, 31), (4, 9)),
    (2034, (2, 19), (4, 28)),
    (2035, (2, 8), (4, 17)),
];

#[test]
fn tet_and_hung_kings_day_agree_with_the_published_calendar() {
    for &(year, (tm, td), (gm, gd)) in PUBLISHED {
        assert_eq!(lunar::tet(year), Date::new(year, tm, td), "Tết {year}");
        assert_eq!(
            lunar::hung_kings_day(year),
            Date::new(year, gm, gd),
            "Giỗ Tổ {year}"
        );
    }
}

#[test]
fn every_holiday_of_the_law_is_off_in_every_year() {
    for year in 2021..=2035 {
        let (off, _) = holidays::days_off(year);
        let is_off = |d: Date| off.iter().any(|(x, _)| *x == d);
        let tet = lunar::tet(year).unwrap();
        // Mùng 1 Tết is off, or a weekend; so are 1/1, 30/4, 1/5, 2/9 and Giỗ Tổ.
        let fixed = [
            Date::new(year, 1, 1).unwrap(),
            Date::new(year, 4, 30).unwrap(),
            Date::new(year, 5, 1).unwrap(),
            Date::new(year, 9, 2).unwrap(),
            lunar::hung_kings_day(year).unwrap(),
            tet,
        ];
        for d in fixed {
            assert!(
                is_off(d) || !d.is_working_day(),
                "{year}: {d} is a working day"
            );
            assert!(!d.is_working_day(), "{d}");
        }
    }
}

fn opts(as_of: &str) -> Options {
    Options::new(Date::parse_iso(as_of).unwrap())
}

fn child_case(assessed: &str, plan_done: Option<&str>) -> Value {
    let mut steps = vec![
        json!({"stepType": "intake", "startedAt": "2026-02-09T08:00:00+07:00", "completedAt": "2026-02-09T09:00:00+07:00", "actorStaffId": "CB-017"}),
        json!({"stepType": "initial-risk-assessment", "startedAt": "2026-02-09T09:00:00+07:00", "completedAt": "2026-02-09T11:00:00+07:00", "actorStaffId": "CB-017"}),
        json!({"stepType": "assessment", "startedAt": "2026-02-10T08:00:00+07:00", "completedAt": assessed, "actorStaffId": "CB-017"}),
    ];
    if let Some(done) = plan_done {
        steps.push(json!({"stepType": "plan", "startedAt": assessed, "completedAt": done, "actorStaffId": "CB-017", "services": ["care-intervention"]}));
    }
    json!({
        "pathway": "child-protection", "urgency": "non-emergency", "protectionLevel": "support",
        "receivedAt": "2026-02-09T08:00:00+07:00",
        "commune": {"codeSet": "2025", "provinceCode": "01", "wardCode": "00004"},
        "client": {"person": {"fullName": "Lò Thị Mai", "birthDate": "2014-05-12"}},
        "caseManager": {"staffId": "CB-017", "category": "civil-servant", "assignedBy": "commune-chair"},
        "steps": steps,
    })
}

fn plan_due(record: &Value, as_of: &str) -> DateTime {
    let case: ctxh::model::case::Case = serde_json::from_value(record.clone()).unwrap();
    deadlines(&case, Date::parse_iso(as_of).unwrap())
        .into_iter()
        .find(|d| d.kind == DeadlineKind::PlanDraft)
        .expect("a plan deadline")
        .due_at
}

#[test]
fn the_plan_deadline_skips_tet_2026() {
    // Assessment done on Thursday 12 Feb 2026. Working days: Fri 13, then Tết (16–20 Feb off),
    // Mon 23, Tue 24, Wed 25, Thu 26: due at the end of 26 Feb (Monday to Friday alone: 19 Feb).
    let record = child_case("2026-02-12T16:00:00+07:00", None);
    assert_eq!(
        plan_due(&record, "2026-02-13").to_string(),
        "2026-02-26T23:59:59+07:00"
    );
    // A plan finished on 25 Feb is on time; the 19 Feb of a Monday-Friday count is not the limit.
    let on_time = child_case(
        "2026-02-12T16:00:00+07:00",
        Some("2026-02-25T16:00:00+07:00"),
    );
    let report = RecordKind::Case.validate_value(&on_time, &opts("2026-03-02"));
    assert!(
        !report.codes().contains(&"case_plan_late"),
        "{:?}",
        report.codes()
    );
    // On 25 Feb the plan is due soon (tomorrow is the last day), and the message lists Tết.
    let report = RecordKind::Case.validate_value(&record, &opts("2026-02-25"));
    let due_soon = report
        .issues
        .iter()
        .find(|i| i.code == "case_plan_due_soon")
        .expect("due soon");
    assert_eq!(
        due_soon.params.get("skippedHolidays").unwrap().display(),
        "2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19, 2026-02-20"
    );
    // Late: finished on 27 Feb.
    let late = child_case(
        "2026-02-12T16:00:00+07:00",
        Some("2026-02-27T09:00:00+07:00"),
    );
    let report = RecordKind::Case.validate_value(&late, &opts("2026-03-02"));
    assert!(
        report.codes().contains(&"case_plan_late"),
        "{:?}",
        report.codes()
    );
}

#[test]
fn the_plan_deadline_skips_quoc_khanh_2025() {
    // Assessment done on Friday 29 Aug 2025; Mon 1 and Tue 2 Sep are off (2/9 and the day
    // before it): working days 3, 4, 5, 8, 9 Sep, due at the end of Tuesday 9 Sep.
    let mut record = child_case("2025-08-29T15:00:00+07:00", None);
    record["receivedAt"] = json!("2025-08-25T08:00:00+07:00");
    for (i, t) in [
        "2025-08-25T08:00:00+07:00",
        "2025-08-25T09:00:00+07:00",
        "2025-08-26T08:00:00+07:00",
    ]
    .iter()
    .enumerate()
    {
        record["steps"][i]["startedAt"] = json!(t);
    }
    record["steps"][0]["completedAt"] = json!("2025-08-25T09:00:00+07:00");
    record["steps"][1]["completedAt"] = json!("2025-08-25T11:00:00+07:00");
    assert_eq!(
        plan_due(&record, "2025-09-01").to_string(),
        "2025-09-09T23:59:59+07:00"
    );
    let report = RecordKind::Case.validate_value(&record, &opts("2025-09-10"));
    let overdue = report
        .issues
        .iter()
        .find(|i| i.code == "case_plan_overdue")
        .expect("overdue");
    assert_eq!(
        overdue.params.get("skippedHolidays").unwrap().display(),
        "2025-09-01, 2025-09-02"
    );
    // On 8 Sep it is due soon (9 Sep is the next working day), not overdue.
    let report = RecordKind::Case.validate_value(&record, &opts("2025-09-08"));
    assert!(
        report.codes().contains(&"case_plan_due_soon"),
        "{:?}",
        report.codes()
    );
}

#[test]
fn swaps_move_a_working_day_to_a_saturday() {
    // 2025: Friday 2 May given off, Saturday 26 April worked.
    assert!(!Date::ymd(2025, 5, 2).is_working_day());
    assert!(Date::ymd(2025, 4, 26).is_working_day());
    // From Thursday 24 April 2025, 2 working days: Fri 25, Sat 26 (worked).
    assert_eq!(
        Date::ymd(2025, 4, 24).add_working_days(2),
        Some(Date::ymd(2025, 4, 26))
    );
    // From Tuesday 29 April 2025: 30/4, 1/5 holidays, 2/5 swapped, weekend: Mon 5 May is next.
    assert_eq!(
        Date::ymd(2025, 4, 29).add_working_days(1),
        Some(Date::ymd(2025, 5, 5))
    );
}
