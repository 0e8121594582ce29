//! Residents, staff counts and the TT 33/2017 Điều 5 staffing norms (R-F5), as warnings:
//! TT 33/2017 may have been replaced after 2025 ([U]). Only the norms that the counts by
//! position and the residents total can decide are checked; carers are held to the most lenient
//! ratio of the circular (1 per 12, the norm for people begging or wandering: research R-F5)
//! because the model does not know each resident's needs.

use crate::issue::Path;
use crate::model::facility::{ClientGroup, Facility};
use crate::model::staff::JobPosition as P;
use crate::rules::check::need;
use crate::rules::check::Check;

/// Residents per social worker (at least one per started hundred).
const PER_SOCIAL_WORKER: u64 = 100;
/// Residents per medical or nursing staff member.
const PER_MEDICAL: u64 = 50;
/// Residents per nutrition staff member.
const PER_NUTRITION: u64 = 20;
/// Residents per carer: the most lenient ratio in TT 33/2017 Điều 5 (12 people begging or
/// wandering per carer); stricter ratios need each resident's needs, which the model lacks.
const PER_CARER: u64 = 12;
/// Psychologists a facility with residents should have.
const MIN_PSYCHOLOGISTS: u64 = 1;
/// Directors.
const MAX_DIRECTORS: u64 = 1;
/// Deputy directors.
const MAX_DEPUTY_DIRECTORS: u64 = 2;
/// Support staff, in percent of all staff.
const MAX_SUPPORT_PERCENT: u64 = 20;

pub(super) fn check(f: &Facility, cx: &mut Check<'_>, base: &Path) {
    let residents = residents(f, cx, base);
    if let (Some(capacity), Some(total)) = (f.design_capacity, residents) {
        if total > u64::from(capacity) {
            cx.warning(base.child("residents"), "facility_over_capacity");
        }
    }
    let Some(staff) = staff_counts(f, cx, base) else {
        return;
    };
    let legal = f.facility_type.is_some_and(|t| t.is_legal_facility());
    if !legal {
        return;
    }
    let path = base.child("staff");
    let count = |p: P| staff.get(p as usize).copied().unwrap_or(0);
    if count(P::Director) > MAX_DIRECTORS {
        cx.warning(path.clone(), "facility_staff_directors")
            .param("max", MAX_DIRECTORS as i64);
    }
    if count(P::DeputyDirector) > MAX_DEPUTY_DIRECTORS {
        cx.warning(path.clone(), "facility_staff_deputy_directors")
            .param("max", MAX_DEPUTY_DIRECTORS as i64);
    }
    let total: u64 = staff.iter().sum();
    if total > 0
        && count(P::Support).saturating_mul(100) > total.saturating_mul(MAX_SUPPORT_PERCENT)
    {
        cx.warning(path.clone(), "facility_staff_support_share")
            .param("maxPercent", MAX_SUPPORT_PERCENT as i64);
    }
    let Some(n) = residents.filter(|n| *n > 0) else {
        return;
    };
    let residential = f.facility_type.is_some_and(|t| t.is_residential_care());
    let norms: [(P, u64, &'static str, bool); 4] = [
        (
            P::SocialWork,
            PER_SOCIAL_WORKER,
            "facility_staff_social_workers",
            true,
        ),
        (
            P::MedicalNursing,
            PER_MEDICAL,
            "facility_staff_medical",
            true,
        ),
        (
            P::Nutrition,
            PER_NUTRITION,
            "facility_staff_nutrition",
            residential,
        ),
        (
            P::DirectCare,
            PER_CARER,
            "facility_staff_carers",
            residential,
        ),
    ];
    for (position, per, code, applies) in norms {
        if applies && count(position) < n.div_ceil(per) {
            cx.warning(path.clone(), code)
                .param("perResidents", per as i64);
        }
    }
    if count(P::Psychology) < MIN_PSYCHOLOGISTS {
        cx.warning(path, "facility_staff_psychologists")
            .param("min", MIN_PSYCHOLOGISTS as i64);
    }
}

/// The residents total (`None` when no counts are given); repeated groups are reported.
fn residents(f: &Facility, cx: &mut Check<'_>, base: &Path) -> Option<u64> {
    let list = f.residents.as_ref()?;
    let path = base.child("residents");
    let mut seen = [false; ClientGroup::ALL.len()];
    let mut total = 0u64;
    for (i, r) in list.iter().enumerate() {
        need(cx, r.group.is_some(), path.clone().index(i).key("group"));
        need(cx, r.count.is_some(), path.clone().index(i).key("count"));
        if let Some(g) = r.group {
            if seen
                .get_mut(g as usize)
                .is_some_and(|s| std::mem::replace(s, true))
            {
                cx.error(
                    path.clone().index(i).key("group"),
                    "facility_duplicate_entry",
                );
            }
        }
        total = total.saturating_add(u64::from(r.count.unwrap_or(0)));
    }
    (!list.is_empty()).then_some(total)
}

/// Staff by position (indexed by the enum's order), `None` when no counts are given.
fn staff_counts(f: &Facility, cx: &mut Check<'_>, base: &Path) -> Option<Vec<u64>> {
    let list = f.staff.as_ref().filter(|l| !l.is_empty())?;
    let path = base.child("staff");
    let mut counts = vec![0u64; P::ALL.len()];
    let mut seen = [false; P::ALL.len()];
    for (i, s) in list.iter().enumerate() {
        need(
            cx,
            s.position.is_some(),
            path.clone().index(i).key("position"),
        );
        need(cx, s.count.is_some(), path.clone().index(i).key("count"));
        if let Some(p) = s.position {
            if seen
                .get_mut(p as usize)
                .is_some_and(|s| std::mem::replace(s, true))
            {
                cx.error(
                    path.clone().index(i).key("position"),
                    "facility_duplicate_entry",
                );
            }
            if let Some(slot) = counts.get_mut(p as usize) {
                *slot = slot.saturating_add(u64::from(s.count.unwrap_or(0)));
            }
        }
    }
    Some(counts)
}
