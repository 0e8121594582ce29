//! Programme indicators (Đề án 32, QĐ 112/QĐ-TTg, provincial plans) computed from records, the
//! same way natively and in every portal (JavaScript `computeIndicators`).
//!
//! A request names a scope (a code set and some of its provinces, or the whole country), an
//! optional period for the training figures, optional denominators for historical reports,
//! and the records: `staff`, `facilities`, `cases`, `trainingEvents`. The options give the
//! reference date (`asOf`), the language and the mode records are validated in. The report
//! carries every indicator of the catalogue ([`INDICATORS`]) with its numerator and
//! denominator (never a ratio alone) and breakdowns, the progress against the targets that
//! apply ([`TARGETS`]), and the records it could not count with the reason, by list and
//! position: a report never repeats an id or any other value of the records.
//!
//! ```
//! use ctxh::{date::Date, i18n::Lang, options::Options, reference::indicators::IndicatorCode};
//! let opts = Options::new(Date::parse_iso("2026-01-01").unwrap()).lang(Lang::En);
//! let office = serde_json::json!({
//!     "id": "QN-VP-01", "name": "Văn phòng công tác xã hội phường Hạ Long",
//!     "facilityType": "social-work-office", "ownership": "public", "officeLevel": "commune",
//!     "address": { "codeSet": "2025", "provinceCode": "22", "wardCode": "06661" },
//!     "status": "registered", "services": ["education-counselling"] });
//! let request = serde_json::json!({
//!     "scope": { "codeSet": "2025", "provinceCodes": ["22"] },
//!     "facilities": [office, { "name": "?" }]
//! });
//! let report = ctxh::indicators::compute_value(&request, &opts);
//! let offices = report.figure(IndicatorCode::SwOffices).unwrap();
//! assert_eq!((offices.numerator, offices.text.as_str()), (1, "1"));
//! assert_eq!(report.uncounted.by_reason["invalid"], 1); // facilities[1]
//! assert!(!report.to_json().contains("QN-VP-01"));
//! ```
//!
//! The README's example:
//!
//! ```
//! use ctxh::indicators::{compute_value, merge, IndicatorCode};
//! use ctxh::{date::Date, i18n::Lang, options::Options};
//!
//! let opts = Options::new(Date::parse_iso("2026-01-01").unwrap()).lang(Lang::Vi);
//! let collaborator = |id: &str, ward: &str| serde_json::json!({
//!     "id": id, "person": { "fullName": "Lò Văn Páo", "gender": "male", "birthDate": "1985" },
//!     "workforceCategory": "sw-collaborator", "dedicated": true,
//!     "employer": { "agency": { "level": "commune", "name": "UBND phường",
//!         "adminUnit": { "codeSet": "2025", "provinceCode": "01", "wardCode": ward } } },
//!     "commune": { "codeSet": "2025", "provinceCode": "01", "wardCode": ward },
//!     "assignments": [{ "startDate": "2025-08-01", "contractType": "collaborator-contract" }]
//! });
//! let request = serde_json::json!({
//!     "scope": { "codeSet": "2025", "provinceCodes": ["01"] },
//!     "staff": [collaborator("HN-1", "00004"), collaborator("HN-2", "00004"), collaborator("HN-3", "00008")]
//! });
//! let report = compute_value(&request, &opts);
//! let communes = report.figure(IndicatorCode::CommunesWithDedicatedCollaborator).unwrap();
//! assert_eq!((communes.numerator, communes.denominator), (2, Some(126))); // Hà Nội's 126 communes
//! assert_eq!(communes.text, "1,6 %");
//! assert!(!report.to_json().contains("HN-1"));
//! let merged = merge(&[report], Lang::En); // with the other provinces' reports
//! assert_eq!(merged.figure(IndicatorCode::Collaborators).unwrap().text, "3");
//! ```

mod catalogue;
mod compare;
mod count;
mod figure;
mod merge;
mod progress;
mod read;
mod records;
mod report;
mod request;
mod tally;

pub use catalogue::{catalogue, readme_table, Catalogue, IndicatorEntry, TargetEntry};
pub use compare::{compare, compare_json, Agreement, Comparison};
pub use count::{facility_active, open_posts};
pub use figure::{Breakdown, Figure, Part};
pub use merge::merge;
pub use progress::{applies, Progress};
pub use read::report as read_report;
pub use records::Reason;
pub use report::{
    IndicatorReport, ListCount, PeriodOut, RecordCounts, RequestCheck, ScopeOut, Uncounted,
    UncountedRecord, MAX_LISTED,
};
pub use request::{CallerDenominator, IndicatorPeriod, IndicatorScope, LISTS};

pub use crate::reference::indicators::{
    info, IndicatorCode, IndicatorInfo, IndicatorUnit, Target, INDICATORS, TARGETS,
};

use crate::intake::Json;
use crate::issue::{Issue, Path};
use crate::options::Options;
use crate::report::Report;

/// Computes the indicators of a request given as a JSON tree.
pub fn compute(json: &Json<'_>, opts: &Options) -> IndicatorReport {
    let request = request::read(json);
    let mut left = Vec::new();
    let (figures, records) = match request.code_set {
        Some(code_set) => {
            let sorted = records::sort_out(&request, code_set, opts);
            left = sorted.left.clone();
            let counted = count::count(&sorted, &request, code_set, opts.as_of, &mut left);
            let figures: Vec<Figure> = counted
                .0
                .iter()
                .map(|b| Figure::from_builder(b, opts.lang))
                .collect();
            (figures, counts(&request, &left))
        }
        None => (Vec::new(), counts(&request, &[])),
    };
    let checked = Report::new(request.issues.clone(), opts.lang);
    IndicatorReport {
        scope: ScopeOut {
            code_set: request.code_set.map(|c| c.as_str().to_owned()),
            province_codes: request.provinces.clone(),
        },
        as_of: opts.as_of,
        period: request.period.map(|(start, end)| PeriodOut { start, end }),
        request: RequestCheck {
            valid: checked.valid && request.code_set.is_some(),
            issues: checked.issues,
        },
        parts: 1,
        records,
        progress: progress::progress(&figures, &request.provinces, opts.lang),
        indicators: figures,
        uncounted: Uncounted::from_left(left),
    }
}

/// How many records each list had, and how many counted somewhere (a record left out as a
/// whole counts nowhere; one with only an attendance left out still counts).
fn counts(request: &request::Request<'_, '_>, left: &[records::Left]) -> RecordCounts {
    let count = |i: usize, list: &str| {
        let given = request.lists[i].len() as u64;
        let out = left
            .iter()
            .filter(|l| l.list == list && l.path.is_none())
            .count() as u64;
        ListCount {
            given,
            counted: if request.code_set.is_some() {
                given.saturating_sub(out)
            } else {
                0
            },
        }
    };
    RecordCounts {
        staff: count(0, "staff"),
        facilities: count(1, "facilities"),
        cases: count(2, "cases"),
        training_events: count(3, "trainingEvents"),
    }
}

/// [`compute`] for a `serde_json::Value`.
pub fn compute_value(value: &serde_json::Value, opts: &Options) -> IndicatorReport {
    compute(&Json::from_value(value), opts)
}

/// [`compute`] for JSON text, returning the report's JSON text (the bytes the WebAssembly
/// package returns). Text that is not JSON gets a report whose request has `json_invalid`.
pub fn compute_json(text: &str, opts: &Options) -> String {
    match Json::parse(text) {
        Ok(json) => compute(&json, opts).to_json(),
        Err(e) => compute(&Json::Null, opts)
            .with_request_issues(vec![crate::intake::json_error(&e)], opts)
            .to_json(),
    }
}

/// Merges reports given as JSON text (an array of reports as [`IndicatorReport::to_json`]
/// writes them): a part that is not a report gets `type_invalid` at its position and is left
/// out.
pub fn merge_json(text: &str, opts: &Options) -> String {
    let json = match Json::parse(text) {
        Ok(json) => json,
        Err(e) => {
            return merge::merge_with(&[], vec![crate::intake::json_error(&e)], opts.lang).to_json()
        }
    };
    let mut issues = Vec::new();
    let mut parts = Vec::new();
    match &json {
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                match read::report(item) {
                    Some(r) => parts.push(r),
                    None => issues.push(
                        Issue::error(Path::root().index(i), "type_invalid")
                            .with("expected", "object"),
                    ),
                }
            }
        }
        _ => issues.push(Issue::error(Path::root(), "type_invalid").with("expected", "array")),
    }
    merge::merge_with(&parts, issues, opts.lang).to_json()
}

impl IndicatorReport {
    /// The report with `issues` added to its request's.
    fn with_request_issues(mut self, issues: Vec<Issue>, opts: &Options) -> Self {
        let extra = Report::new(issues, opts.lang);
        self.request.valid &= extra.valid;
        self.request.issues = extra.issues;
        self
    }
}
