//! The client: person, guardian, disability record, and the conditions of the beneficiary
//! categories of NĐ 20/2021 Điều 5 (original text; the NĐ 76/2024 amendments are [U]). Ages are
//! taken on the day the case was received (in Vietnam), or on `asOf` without it. A partial birth
//! date fails a condition only when every day it can stand for fails it.

use crate::date::Date;
use crate::issue::Path;
use crate::model::case::{
    BeneficiaryCategory as K, Case, ConfidentialityFlag, DisabilitySeverity, Pathway, PovertyStatus,
};
use crate::rules::check::Check;
use crate::rules::check::{need, not_in_future};
use crate::rules::person::{check_person, PersonNeeds};

/// Children are people under 16 (Luật Trẻ em 2016 Điều 1).
const CHILD_AGE_LIMIT: i32 = 16;

/// Age bounds of a category (inclusive), as NĐ 20/2021 Điều 5 states them.
fn age_bounds(category: K) -> (Option<i32>, Option<i32>) {
    match category {
        K::K1 | K::K3 => (None, Some(15)),
        K::K2 => (Some(16), Some(22)),
        K::K5a | K::K5d => (Some(60), None),
        K::K5b => (Some(75), Some(80)),
        K::K5c => (Some(80), None),
        K::K7 => (None, Some(2)),
        K::K4 | K::K6 | K::K8 => (None, None),
    }
}

/// The household statuses a category requires, if any.
fn poverty_needed(category: K) -> Option<&'static [PovertyStatus]> {
    const POOR: &[PovertyStatus] = &[PovertyStatus::Poor];
    const POOR_OR_NEAR: &[PovertyStatus] = &[PovertyStatus::Poor, PovertyStatus::NearPoor];
    match category {
        K::K3 | K::K5a | K::K5d | K::K8 => Some(POOR),
        K::K4 | K::K5b | K::K7 => Some(POOR_OR_NEAR),
        _ => None,
    }
}

/// The day ages are taken on: the day of receipt in Vietnam, or `asOf`.
pub(super) fn reference_day(case: &Case, as_of: Date) -> Date {
    case.received_at.map_or(as_of, |t| t.date_in_vietnam())
}

pub(super) fn check(case: &Case, cx: &mut Check<'_>, base: &Path) {
    let path = base.child("client");
    let Some(client) = &case.client else {
        need(cx, false, path);
        return;
    };
    let on = reference_day(case, cx.opts.as_of);
    let person_path = path.child("person");
    let ages = match &client.person {
        Some(person) => {
            let needs = PersonNeeds {
                birth_date: true,
                record_date: Some(on),
            };
            check_person(person, needs, cx, &person_path);
            person.birth_date.map(|b| b.age_range_on(on))
        }
        None => {
            need(cx, false, person_path.clone());
            None
        }
    };
    if let Some(guardian) = &client.guardian {
        check_person(
            guardian,
            PersonNeeds::default(),
            cx,
            &path.child("guardian"),
        );
    }
    if let Some(d) = &client.disability {
        let dp = path.child("disability");
        not_in_future(d.certificate_date, cx, dp.child("certificateDate"));
    }
    if let (Some(Pathway::ChildProtection), Some((youngest, _))) = (case.pathway, ages) {
        if youngest >= CHILD_AGE_LIMIT {
            cx.error(person_path.key("birthDate"), "case_child_age")
                .param("limitAge", i64::from(CHILD_AGE_LIMIT));
        }
    }
    categories(case, ages, cx, &path);
}

fn categories(case: &Case, ages: Option<(i32, i32)>, cx: &mut Check<'_>, path: &Path) {
    let Some(client) = &case.client else {
        return;
    };
    let Some(list) = &client.categories else {
        return;
    };
    let mut hiv_related = false;
    for (i, &category) in list.iter().enumerate() {
        let at = path.child("categories").index(i);
        let id = category.as_str();
        let (min, max) = age_bounds(category);
        if let Some((youngest, oldest)) = ages {
            if let Some(min) = min.filter(|m| oldest < *m) {
                cx.error(at.clone(), "case_category_min_age")
                    .param("category", id)
                    .param("minAge", i64::from(min));
            }
            if let Some(max) = max.filter(|m| youngest > *m) {
                cx.error(at.clone(), "case_category_max_age")
                    .param("category", id)
                    .param("maxAge", i64::from(max));
            }
        }
        if category == K::K2 && client.in_education != Some(true) {
            cx.error(at.clone(), "case_category_education")
                .param("category", id);
        }
        if category == K::K6 && !severe_with_certificate(client) {
            cx.error(at.clone(), "case_category_disability")
                .param("category", id);
        }
        if let Some(allowed) = poverty_needed(category) {
            if !client.poverty_status.is_some_and(|p| allowed.contains(&p)) {
                let ids: Vec<&'static str> = allowed.iter().map(|p| p.as_str()).collect();
                cx.warning(at.clone(), "case_category_poverty")
                    .param("category", id)
                    .param("allowed", ids);
            }
        }
        hiv_related |= matches!(category, K::K3 | K::K8);
    }
    let flagged = case
        .confidentiality
        .as_ref()
        .is_some_and(|f| f.contains(&ConfidentialityFlag::Hiv));
    if hiv_related && !flagged {
        cx.warning(
            case_path(path).key("confidentiality"),
            "case_hiv_flag_missing",
        );
    }
}

/// The case's path from its client's path.
fn case_path(client_path: &Path) -> Path {
    let mut p = client_path.clone();
    p.pop();
    p
}

fn severe_with_certificate(client: &crate::model::case::Client) -> bool {
    client.disability.as_ref().is_some_and(|d| {
        matches!(
            d.severity,
            Some(DisabilitySeverity::Severe | DisabilitySeverity::VerySevere)
        ) && d
            .certificate_number
            .as_deref()
            .is_some_and(|n| !n.trim().is_empty())
            && d.certificate_date.is_some()
    })
}
