//! The agencies a facility names, dated by the 2025 reforms (domain-research §1): social
//! protection moved from the labour sector (Bộ/Sở/Phòng LĐ-TB&XH) to the health sector
//! (Bộ Y tế, Sở Y tế) on 1 March 2025, and the district level ended on 30 June 2025. Names that
//! were right on the date an act was issued stay valid for that act. Warnings only ([S] facts).

use crate::date::Date;
use crate::issue::Path;
use crate::model::facility::{Facility, FacilityAgency, FacilityAgencyKind, FacilityStatus};
use crate::reference::reforms::{DISTRICT_LEVEL_UNTIL, HEALTH_SECTOR_FROM, LABOUR_SECTOR_UNTIL};
use crate::rules::check::Check;

/// The dates between which a kind of body held the social protection function: `(from, until)`,
/// both inclusive, `None` when open.
pub fn validity(kind: FacilityAgencyKind) -> (Option<Date>, Option<Date>) {
    use FacilityAgencyKind as K;
    match kind {
        K::MinistryOfHealth | K::HealthDepartment => (Some(HEALTH_SECTOR_FROM), None),
        K::DistrictHealthOffice => (Some(HEALTH_SECTOR_FROM), Some(DISTRICT_LEVEL_UNTIL)),
        K::Molisa | K::Dolisa | K::DistrictLabourOffice => (None, Some(LABOUR_SECTOR_UNTIL)),
        K::DistrictCommittee => (None, Some(DISTRICT_LEVEL_UNTIL)),
        K::ProvincialCommittee | K::CommuneCommittee | K::Other => (None, None),
    }
}

pub(super) fn check(f: &Facility, cx: &mut Check<'_>, base: &Path) {
    let legal = f.facility_type.is_none_or(|t| t.is_legal_facility());
    // The managing agency is the one of today, or of the day the facility was dissolved.
    let managed_on = match (f.status, f.dissolution_date) {
        (Some(FacilityStatus::Dissolved), Some(d)) => d,
        _ => cx.opts.as_of,
    };
    if let Some(a) = &f.managing_agency {
        check_on(a, managed_on, legal, cx, base.child("managingAgency"));
    }
    if let Some(act) = &f.establishment {
        if let (Some(a), Some(d)) = (&act.issuer, act.date) {
            let path = base.child("establishment").key("issuer");
            check_on(a, d, legal, cx, path);
        }
    }
    if let Some(lic) = &f.licence {
        if let (Some(a), Some(d)) = (&lic.issuer, lic.issued_date) {
            let path = base.child("licence").key("issuer");
            check_on(a, d, legal, cx, path);
        }
    }
}

/// Checks that `agency` held the function on `date`. Health-sector bodies before 2025 are only
/// questioned for social assistance facilities (hospitals providing social work services were
/// always health-sector bodies).
fn check_on(agency: &FacilityAgency, date: Date, legal: bool, cx: &mut Check<'_>, path: Path) {
    let Some(kind) = agency.kind else {
        return;
    };
    let (from, until) = validity(kind);
    if let Some(until) = until.filter(|u| date > *u) {
        cx.warning(path.key("kind"), "facility_agency_superseded")
            .param("validUntil", until.to_string());
    } else if let Some(from) = from.filter(|f| legal && date < *f) {
        cx.warning(path.key("kind"), "facility_agency_not_yet_competent")
            .param("validFrom", from.to_string());
    }
}
