//! Merging reports: provincial reports of one code set, reference date and period add up to
//! the report over the union of their records. Counts add; shares add as numerators and
//! denominators; distinct-person figures add too but are marked `exact: false` (a person
//! working in two provinces is counted in both). Positions of uncounted records belong to
//! each part's own request, so a merged report counts them by reason only.

use std::collections::BTreeMap;

use super::figure::{Breakdown, Figure, Part};
use super::progress::progress;
use super::report::{IndicatorReport, ListCount, RecordCounts, RequestCheck, ScopeOut, Uncounted};
use crate::i18n::Lang;
use crate::issue::{Issue, Path};
use crate::reference::indicators::{info, INDICATORS};
use crate::report::Report;

fn add_counts(a: &mut ListCount, b: &ListCount) {
    a.given = a.given.saturating_add(b.given);
    a.counted = a.counted.saturating_add(b.counted);
}

/// The first difference that keeps `part` from merging with `first`, if any.
fn incompatible(first: &IndicatorReport, part: &IndicatorReport) -> Option<&'static str> {
    if part.scope.code_set.is_none() || part.scope.code_set != first.scope.code_set {
        Some("codeSet")
    } else if part.as_of != first.as_of {
        Some("asOf")
    } else if part.period != first.period {
        Some("period")
    } else {
        None
    }
}

/// Merges `parts` (problems with a part are issues of the merged report's `request`, and that
/// part is left out). Names and texts are rendered in `lang`.
pub fn merge(parts: &[IndicatorReport], lang: Lang) -> IndicatorReport {
    merge_with(parts, Vec::new(), lang)
}

/// [`merge`], with issues already found about the parts (unreadable ones).
pub(crate) fn merge_with(
    parts: &[IndicatorReport],
    mut issues: Vec<Issue>,
    lang: Lang,
) -> IndicatorReport {
    let mut kept: Vec<&IndicatorReport> = Vec::new();
    let mut provinces: Vec<String> = Vec::new();
    let mut country = false;
    for (i, part) in parts.iter().enumerate() {
        let at = Path::root().index(i);
        if let Some(first) = kept.first() {
            if let Some(field) = incompatible(first, part) {
                issues.push(Issue::error(at, "indicator_report_incompatible").with("field", field));
                continue;
            }
        } else if part.scope.code_set.is_none() {
            issues.push(Issue::error(at, "indicator_report_incompatible").with("field", "codeSet"));
            continue;
        }
        let whole = part.scope.province_codes.is_empty();
        let overlaps = country
            || (whole && !kept.is_empty())
            || part
                .scope
                .province_codes
                .iter()
                .any(|p| provinces.contains(p));
        if overlaps {
            issues.push(Issue::error(at, "indicator_report_overlap"));
            continue;
        }
        country |= whole;
        provinces.extend(part.scope.province_codes.iter().cloned());
        kept.push(part);
    }
    provinces.sort();
    let Some(first) = kept.first() else {
        issues.push(Issue::error(Path::root(), "required"));
        let request = Report::new(issues, lang);
        return IndicatorReport {
            scope: ScopeOut {
                code_set: None,
                province_codes: Vec::new(),
            },
            as_of: crate::date::Date::new(2000, 1, 1).expect("a valid date"),
            period: None,
            request: RequestCheck {
                valid: false,
                issues: request.issues,
            },
            parts: 0,
            records: RecordCounts::default(),
            indicators: Vec::new(),
            progress: Vec::new(),
            uncounted: Uncounted::default(),
        };
    };
    let indicators: Vec<Figure> = INDICATORS
        .iter()
        .map(|i| merge_figure(i.code, &kept, lang))
        .collect();
    let mut records = RecordCounts::default();
    let mut uncounted = Uncounted::default();
    for p in &kept {
        add_counts(&mut records.staff, &p.records.staff);
        add_counts(&mut records.facilities, &p.records.facilities);
        add_counts(&mut records.cases, &p.records.cases);
        add_counts(&mut records.training_events, &p.records.training_events);
        for (reason, n) in &p.uncounted.by_reason {
            let total = uncounted.by_reason.entry(reason.clone()).or_insert(0);
            *total = total.saturating_add(*n);
            uncounted.omitted = uncounted.omitted.saturating_add(*n);
        }
    }
    let request = Report::new(issues, lang);
    IndicatorReport {
        scope: ScopeOut {
            code_set: first.scope.code_set.clone(),
            province_codes: if country {
                Vec::new()
            } else {
                provinces.clone()
            },
        },
        as_of: first.as_of,
        period: first.period,
        request: RequestCheck {
            valid: request.valid && kept.iter().all(|p| p.request.valid),
            issues: request.issues,
        },
        parts: kept.iter().fold(0u64, |a, p| a.saturating_add(p.parts)),
        records,
        progress: progress(&indicators, if country { &[] } else { &provinces }, lang),
        indicators,
        uncounted,
    }
}

fn merge_figure(
    code: crate::reference::indicators::IndicatorCode,
    parts: &[&IndicatorReport],
    lang: Lang,
) -> Figure {
    let figures: Vec<&Figure> = parts.iter().filter_map(|p| p.figure(code)).collect();
    let numerator = figures
        .iter()
        .fold(0u64, |a, f| a.saturating_add(f.numerator));
    let denominator = figures
        .iter()
        .map(|f| f.denominator)
        .try_fold(0u64, |a, d| d.map(|d| a.saturating_add(d)));
    let mut sources: Vec<&str> = Vec::new();
    for source in figures
        .iter()
        .filter_map(|f| f.denominator_source.as_deref())
    {
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    let source = match sources.as_slice() {
        [one] => (*one).to_owned(),
        _ => String::from("mixed"),
    };
    let denominator = denominator
        .filter(|_| !sources.is_empty())
        .map(|d| (d, source));
    let mut breakdowns: Vec<Breakdown> = info(code)
        .breakdowns
        .iter()
        .map(|by| Breakdown {
            by: (*by).to_owned(),
            parts: BTreeMap::new(),
        })
        .collect();
    for f in &figures {
        for b in &f.breakdowns {
            let Some(target) = breakdowns.iter_mut().find(|t| t.by == b.by) else {
                continue;
            };
            for (key, part) in &b.parts {
                let merged = target.parts.entry(key.clone()).or_insert(Part {
                    numerator: 0,
                    denominator: part.denominator.map(|_| 0),
                });
                merged.numerator = merged.numerator.saturating_add(part.numerator);
                merged.denominator = match (merged.denominator, part.denominator) {
                    (Some(a), Some(b)) => Some(a.saturating_add(b)),
                    _ => None,
                };
            }
        }
    }
    let additive = !info(code).distinct_persons;
    let exact = figures.iter().all(|f| f.exact) && (additive || figures.len() <= 1);
    Figure::new(code, numerator, denominator, exact, breakdowns, lang)
}
