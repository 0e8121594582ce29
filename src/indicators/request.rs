//! The request: the scope (a code set and its provinces, or the whole country), the period,
//! the denominators a caller gives for historical reports, and the record lists. Read
//! leniently like a record: every problem is an issue at its path, never a failure.

use crate::date::Date;
use crate::intake::{FromJson, Intake, Json};
use crate::issue::{Issue, Path};
use crate::model::address::CodeSet;
use crate::reference::indicators::IndicatorCode;
use crate::reference::units::units;

crate::record! {
    /// Where to count: a code set and some of its provinces (none: the whole country).
    pub struct IndicatorScope ("indicatorScope") {
        /// The code set the records' addresses and the commune counts belong to.
        code_set: CodeSet = "codeSet",
        /// Province codes (2 digits); absent or empty for the whole country.
        province_codes: Vec<String> = "provinceCodes",
    }
}

crate::record! {
    /// The period training events are counted in (inclusive).
    pub struct IndicatorPeriod ("indicatorPeriod") {
        /// First day.
        start: Date = "start",
        /// Last day.
        end: Date = "end",
    }
}

crate::record! {
    /// A denominator the caller gives for a historical report (Bình Thuận's 127 communes in
    /// 2017, when the code set's list of 2025 has 121): the report says it came from the caller.
    pub struct CallerDenominator ("callerDenominator") {
        /// A commune-share indicator.
        indicator: IndicatorCode = "indicator",
        /// The denominator.
        value: u32 = "value" where range 1..=100_000,
        /// Where it comes from (kept by the caller; never repeated in the report).
        source: String = "source" where length 1..=500,
    }
}

/// The record lists of a request, by their wire names.
pub const LISTS: [&str; 4] = ["staff", "facilities", "cases", "trainingEvents"];

/// The indicators a caller may give a denominator for: the shares of communes.
pub const CALLER_DENOMINATOR_INDICATORS: [IndicatorCode; 2] = [
    IndicatorCode::CommunesWithDedicatedCollaborator,
    IndicatorCode::CommunesWithCollaborator,
];

/// A request as read: what could be used of it, and the issues.
#[derive(Debug, Default)]
pub struct Request<'j, 'a> {
    /// The code set (`None` when missing or unknown: nothing can be counted).
    pub code_set: Option<CodeSet>,
    /// The provinces of the scope, sorted (empty for the country).
    pub provinces: Vec<String>,
    /// The period, when given.
    pub period: Option<(Date, Date)>,
    /// Caller denominators by indicator.
    pub denominators: Vec<(IndicatorCode, u32)>,
    /// The elements of each list of [`LISTS`], in order.
    pub lists: [Vec<&'j Json<'a>>; 4],
    /// Problems of the request itself.
    pub issues: Vec<Issue>,
}

/// Reads a request.
pub fn read<'j, 'a>(json: &'j Json<'a>) -> Request<'j, 'a> {
    let mut out = Request::default();
    let mut intake = Intake::new();
    let Some(entries) = intake.expect_object(json) else {
        out.issues = intake.finish().0;
        return out;
    };
    let mut scope = None;
    let mut period = None;
    let mut denominators: Option<Vec<CallerDenominator>> = None;
    for (key, value) in entries {
        match key.as_ref() {
            "scope" => scope = intake.field::<IndicatorScope>("scope", value),
            "period" => period = intake.field::<IndicatorPeriod>("period", value),
            "denominators" => denominators = intake.field("denominators", value),
            other => match LISTS.iter().position(|l| *l == other) {
                Some(i) => match value {
                    Json::Array(items) => out.lists[i] = items.iter().collect(),
                    Json::Null => {}
                    _ => {
                        let _ = intake.field::<Vec<ListItem>>(LISTS[i], value);
                    }
                },
                None => intake.unknown_field(other),
            },
        }
    }
    let (mut issues, _) = intake.finish();
    read_scope(scope, &mut out, &mut issues);
    if let Some(p) = period {
        let path = Path::root().key("period");
        let start = p
            .start
            .or_else(|| missing(&mut issues, path.clone().key("start")));
        let end = p
            .end
            .or_else(|| missing(&mut issues, path.clone().key("end")));
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                issues.push(Issue::error(path.key("end"), "end_before_start"));
            } else {
                out.period = Some((start, end));
            }
        }
    }
    for (i, d) in denominators.unwrap_or_default().into_iter().enumerate() {
        let path = Path::root().key("denominators").index(i);
        let indicator = d
            .indicator
            .filter(|code| CALLER_DENOMINATOR_INDICATORS.contains(code));
        if d.indicator.is_some() && indicator.is_none() {
            let allowed: Vec<&'static str> = CALLER_DENOMINATOR_INDICATORS
                .iter()
                .map(|c| c.as_str())
                .collect();
            issues.push(
                Issue::error(path.clone().key("indicator"), "enum_invalid")
                    .with("list", "indicator")
                    .with("allowed", allowed),
            );
        }
        if d.indicator.is_none() {
            missing::<()>(&mut issues, path.clone().key("indicator"));
        }
        let value = d.value.filter(|v| (1..=100_000).contains(v));
        match (indicator, value, d.value) {
            (Some(code), Some(v), _) => out.denominators.push((code, v)),
            (_, None, Some(_)) => issues.push(
                Issue::error(path.key("value"), "number_out_of_range")
                    .with("min", 1_i64)
                    .with("max", 100_000_i64),
            ),
            (_, None, None) => {
                missing::<()>(&mut issues, path.key("value"));
            }
            _ => {}
        }
    }
    out.issues = issues;
    out
}

/// A list that is not an array: reported as `type_invalid` by `Vec`'s intake.
#[derive(Debug)]
struct ListItem;

impl FromJson for ListItem {
    const EXPECTED: &'static str = "object";

    fn from_json(_: &Json<'_>, _: &mut Intake) -> Option<Self> {
        Some(ListItem)
    }
}

fn missing<T>(issues: &mut Vec<Issue>, path: Path) -> Option<T> {
    issues.push(Issue::error(path, "required"));
    None
}

fn read_scope(scope: Option<IndicatorScope>, out: &mut Request<'_, '_>, issues: &mut Vec<Issue>) {
    let path = Path::root().key("scope");
    let Some(scope) = scope else {
        missing::<()>(issues, path);
        return;
    };
    let Some(code_set) = scope.code_set else {
        missing::<()>(issues, path.key("codeSet"));
        return;
    };
    let Ok(table) = units(code_set) else {
        issues.push(
            Issue::error(path.key("codeSet"), "code_set_unavailable")
                .with("codeSet", code_set.as_str()),
        );
        return;
    };
    let given = scope.province_codes.unwrap_or_default();
    let asked = !given.is_empty();
    for (i, code) in given.into_iter().enumerate() {
        if table.province(&code).is_some() {
            out.provinces.push(code);
        } else {
            issues.push(
                Issue::error(
                    path.clone().key("provinceCodes").index(i),
                    "province_unknown",
                )
                .with("codeSet", code_set.as_str()),
            );
        }
    }
    out.provinces.sort();
    out.provinces.dedup();
    // Provinces were asked for and none is known: count nothing rather than the country.
    if !asked || !out.provinces.is_empty() {
        out.code_set = Some(code_set);
    }
}
