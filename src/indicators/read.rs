//! Reading a report back (for merging and comparing), from the crate's own borrowed JSON tree
//! rather than a serde derive: the WebAssembly package stays smaller, and a part that is not a
//! report is simply not read. Only what merging and comparing use is read; names, texts and
//! progress are rendered again.

use std::collections::BTreeMap;

use serde_json::Number;

use super::figure::{Breakdown, Figure, Part};
use super::report::{
    IndicatorReport, ListCount, PeriodOut, RecordCounts, RequestCheck, ScopeOut, Uncounted,
};
use crate::date::Date;
use crate::intake::Json;

fn get<'j, 'a>(json: &'j Json<'a>, key: &str) -> Option<&'j Json<'a>> {
    match json {
        Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

fn count(json: Option<&Json<'_>>) -> Option<u64> {
    match json? {
        Json::Int(i) => u64::try_from(*i).ok(),
        Json::UInt(u) => Some(*u),
        _ => None,
    }
}

fn text(json: Option<&Json<'_>>) -> Option<String> {
    json?.as_str().map(str::to_owned)
}

/// `null` or absent → `Some(None)`; a value `read` accepts → `Some(Some(v))`; otherwise `None`.
fn nullable<'j, 'a, T>(
    json: Option<&'j Json<'a>>,
    read: impl FnOnce(&'j Json<'a>) -> Option<T>,
) -> Option<Option<T>> {
    match json {
        None | Some(Json::Null) => Some(None),
        Some(v) => read(v).map(Some),
    }
}

fn array<'j, 'a>(json: Option<&'j Json<'a>>) -> Option<&'j [Json<'a>]> {
    match json? {
        Json::Array(items) => Some(items),
        _ => None,
    }
}

fn date(json: Option<&Json<'_>>) -> Option<Date> {
    Date::parse_iso(json?.as_str()?)
}

fn list_count(json: Option<&Json<'_>>) -> Option<ListCount> {
    let json = json?;
    Some(ListCount {
        given: count(get(json, "given"))?,
        counted: count(get(json, "counted"))?,
    })
}

fn breakdown(json: &Json<'_>) -> Option<Breakdown> {
    let Json::Object(entries) = get(json, "parts")? else {
        return None;
    };
    let mut parts = BTreeMap::new();
    for (key, part) in entries {
        let numerator = count(get(part, "numerator"))?;
        let denominator = nullable(get(part, "denominator"), |d| count(Some(d)))?;
        parts.insert(
            key.to_string(),
            Part {
                numerator,
                denominator,
            },
        );
    }
    Some(Breakdown {
        by: text(get(json, "by"))?,
        parts,
    })
}

fn figure(json: &Json<'_>) -> Option<Figure> {
    let value = nullable(get(json, "value"), |v| match v {
        Json::Int(i) => Some(Number::from(*i)),
        Json::UInt(u) => Some(Number::from(*u)),
        Json::Float(f) => Number::from_f64(*f),
        _ => None,
    })?;
    let breakdowns = array(get(json, "breakdowns"))?
        .iter()
        .map(breakdown)
        .collect::<Option<Vec<_>>>()?;
    let flag = |key| match get(json, key) {
        Some(Json::Bool(b)) => Some(*b),
        _ => None,
    };
    Some(Figure {
        code: text(get(json, "code"))?,
        name: String::new(),
        unit: String::new(),
        value,
        text: String::new(),
        numerator: count(get(json, "numerator"))?,
        denominator: nullable(get(json, "denominator"), |d| count(Some(d)))?,
        denominator_source: nullable(get(json, "denominatorSource"), |s| text(Some(s)))?,
        additive: flag("additive")?,
        exact: flag("exact")?,
        breakdowns,
    })
}

/// Reads an indicator report (as [`IndicatorReport::to_json`] writes it); `None` when `json`
/// is not one.
pub fn report(json: &Json<'_>) -> Option<IndicatorReport> {
    let scope = get(json, "scope")?;
    let province_codes = array(get(scope, "provinceCodes"))?
        .iter()
        .map(|p| p.as_str().map(str::to_owned))
        .collect::<Option<Vec<_>>>()?;
    let period = nullable(get(json, "period"), |p| {
        Some(PeriodOut {
            start: date(get(p, "start"))?,
            end: date(get(p, "end"))?,
        })
    })?;
    let records = get(json, "records")?;
    let uncounted = get(json, "uncounted")?;
    let Json::Object(reasons) = get(uncounted, "byReason")? else {
        return None;
    };
    let mut by_reason = BTreeMap::new();
    for (reason, n) in reasons {
        by_reason.insert(reason.to_string(), count(Some(n))?);
    }
    let valid = match get(get(json, "request")?, "valid")? {
        Json::Bool(b) => *b,
        _ => return None,
    };
    Some(IndicatorReport {
        scope: ScopeOut {
            code_set: nullable(get(scope, "codeSet"), |c| text(Some(c)))?,
            province_codes,
        },
        as_of: date(get(json, "asOf"))?,
        period,
        request: RequestCheck {
            valid,
            issues: Vec::new(),
        },
        parts: count(get(json, "parts"))?,
        records: RecordCounts {
            staff: list_count(get(records, "staff"))?,
            facilities: list_count(get(records, "facilities"))?,
            cases: list_count(get(records, "cases"))?,
            training_events: list_count(get(records, "trainingEvents"))?,
        },
        indicators: array(get(json, "indicators"))?
            .iter()
            .map(figure)
            .collect::<Option<Vec<_>>>()?,
        progress: Vec::new(),
        uncounted: Uncounted {
            by_reason,
            records: Vec::new(),
            omitted: count(get(uncounted, "omitted"))?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_reads_back_as_itself_but_for_what_is_rendered_again() {
        let opts = crate::options::Options::new(Date::new(2026, 1, 1).unwrap());
        let request = serde_json::json!({ "scope": { "codeSet": "2025", "provinceCodes": ["01"] },
            "period": { "start": "2025-01-01", "end": "2025-12-31" }, "staff": [{}] });
        let original = super::super::compute_value(&request, &opts);
        let text = original.to_json();
        let back = report(&Json::parse(&text).unwrap()).unwrap();
        assert_eq!(back.scope, original.scope);
        assert_eq!(
            (back.as_of, back.period, back.parts),
            (original.as_of, original.period, 1)
        );
        assert_eq!(back.records, original.records);
        assert_eq!(back.uncounted.by_reason, original.uncounted.by_reason);
        for (b, o) in back.indicators.iter().zip(&original.indicators) {
            assert_eq!(
                (&b.code, b.numerator, b.denominator, &b.breakdowns),
                (&o.code, o.numerator, o.denominator, &o.breakdowns)
            );
            assert_eq!(
                (&b.value, &b.denominator_source, b.exact),
                (&o.value, &o.denominator_source, o.exact)
            );
        }
        for bad in [
            "[]",
            "{}",
            "{\"scope\": 1}",
            &text.replace("\"numerator\":0", "\"numerator\":-1"),
        ] {
            assert!(report(&Json::parse(bad).unwrap()).is_none(), "{bad}");
        }
    }
}
