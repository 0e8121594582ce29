//! Service points: a social work office's level and a service provider's sector (the
//! denominators of "offices by level" and "hospitals and schools with social work staff").

use crate::issue::Path;
use crate::model::facility::{Facility, FacilityStatus, FacilityType, OfficeLevel};
use crate::reference::reforms::{DISTRICT_LEVEL_UNTIL, TWO_LEVELS_FROM};
use crate::rules::check::Check;

pub(super) fn check(f: &Facility, cx: &mut Check<'_>, base: &Path) {
    let office = f.facility_type == Some(FacilityType::SocialWorkOffice);
    let provider = f.facility_type == Some(FacilityType::ServiceProvider);
    if f.office_level.is_some() && f.facility_type.is_some() && !office {
        cx.error(
            base.clone().key("officeLevel"),
            "facility_office_level_misplaced",
        );
    }
    if f.sector.is_some() && f.facility_type.is_some() && !provider {
        cx.error(base.clone().key("sector"), "facility_sector_misplaced");
    }
    // An office is judged on its last day: its dissolution, otherwise `asOf`.
    let day = match (f.status, f.dissolution_date) {
        (Some(FacilityStatus::Dissolved), Some(d)) => d.min(cx.opts.as_of),
        _ => cx.opts.as_of,
    };
    if f.office_level == Some(OfficeLevel::DistrictLegacy) && day >= TWO_LEVELS_FROM {
        cx.error(
            base.clone().key("officeLevel"),
            "facility_office_district_abolished",
        )
        .param("lastDay", DISTRICT_LEVEL_UNTIL.to_string());
    }
}
