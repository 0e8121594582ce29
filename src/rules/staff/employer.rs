//! The employer: a facility or a state agency whose level and name must fit the record's day.

use crate::date::Date;
use crate::model::staff::{Agency, AgencyLevel, Employer};
use crate::reference::reforms::{DISTRICT_LEVEL_UNTIL, HEALTH_SECTOR_FROM, TWO_LEVELS_FROM};
use crate::rules::at::At;
use crate::rules::check::Check;
use crate::text::{compact_key, is_blank};

/// Whether an agency name is one of the many spellings of "Lao động - Thương binh và Xã hội".
pub fn is_labour_sector_name(name: &str) -> bool {
    if name.len() > 2_000 {
        return false; // not a name (its length is reported)
    }
    let key = compact_key(name);
    [
        "ldtbxh",
        "ldtbvxh",
        "laodongtbxh",
        "laodongthuongbinhvaxahoi",
        "laodongthuongbinhxahoi",
    ]
    .iter()
    .any(|k| key.contains(k))
}

/// Checks the employer found at `path`, judged on `day` (see [`super::record_day`]).
pub fn check_employer(employer: Option<&Employer>, day: Date, cx: &mut Check<'_>, path: At<'_>) {
    let Some(e) = employer else {
        cx.require(false, path);
        return;
    };
    let facility = e.facility_id.as_deref().is_some_and(|f| !is_blank(f));
    match (facility, &e.agency) {
        (false, None) => {
            cx.require(false, path);
        }
        (true, Some(_)) => {
            cx.error(path.path(), "employer_one_of");
        }
        _ => {}
    }
    if let Some(agency) = &e.agency {
        check_agency(agency, day, cx, path.key("agency"));
    }
}

fn check_agency(a: &Agency, day: Date, cx: &mut Check<'_>, base: At<'_>) {
    cx.require(a.level.is_some(), base.key("level"));
    cx.require_text(&a.name, base.key("name"));
    if a.level == Some(AgencyLevel::DistrictLegacy) && day >= TWO_LEVELS_FROM {
        cx.error(base.key("level").path(), "agency_district_abolished")
            .param("lastDay", DISTRICT_LEVEL_UNTIL.to_string());
    }
    if a.name.as_deref().is_some_and(is_labour_sector_name) && day >= HEALTH_SECTOR_FROM {
        cx.warning(base.key("name").path(), "agency_name_outdated")
            .param("since", HEALTH_SECTOR_FROM.to_string());
    }
    let needs_unit = !matches!(a.level, Some(AgencyLevel::Central) | None);
    let unit_at = base.key("adminUnit");
    if !cx.require(a.admin_unit.is_some() || !needs_unit, unit_at) {
        return;
    }
    if let Some(unit) = &a.admin_unit {
        // A provincial or central agency has no commune: its unit needs no ward code.
        let needs_ward = matches!(
            a.level,
            Some(AgencyLevel::Commune | AgencyLevel::DistrictLegacy)
        );
        let mut sub = Check::new(cx.opts);
        crate::rules::address::check_address(unit, &mut sub, unit_at);
        let found = sub.into_issues();
        if found.is_empty() {
            return;
        }
        let ward = unit_at.key("wardCode").path();
        for issue in found {
            if needs_ward || !(issue.code == "required" && issue.path == ward) {
                cx.push(issue);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labour_sector_spellings() {
        for n in [
            "Sở LĐ, TB&XH",
            "Sở LĐ-TB&XH tỉnh Bình Thuận",
            "Sở Lao động TB&XH",
            "Sở Lao động – Thương binh và Xã hội",
            "Phòng Lao động - Thương binh và Xã hội huyện Hàm Thuận Bắc",
            "Bộ Lao động - Thương binh và Xã hội",
            "PHÒNG LĐTBXH",
        ] {
            assert!(is_labour_sector_name(n), "{n}");
        }
        for n in [
            "Sở Y tế Hà Nội",
            "Cục Bảo trợ xã hội",
            "UBND xã Tân Lập",
            "Bộ Nội vụ",
        ] {
            assert!(!is_labour_sector_name(n), "{n}");
        }
    }
}
