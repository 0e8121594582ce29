//! Address rules: codes are well formed, exist in the address's code set and belong together.
//!
//! - Codes are digits only: province 2, legacy district 3, commune (`wardCode`) 5
//!   (`code_format_invalid`, with `digits`).
//! - Each code must name a unit of the address's code set (`province_unknown`,
//!   `district_unknown`, `ward_unknown`, with `codeSet`).
//! - Units must nest: `district_not_in_province`, `ward_not_in_province`, `ward_not_in_district`
//!   (only the first broken link of province ← district ← ward is reported).
//! - `districtCode` is only for the legacy code set (`district_not_allowed`); an empty one counts
//!   as absent. A legacy address may omit it: the district follows from the ward.
//! - A legacy address in one of the five island districts that had no communes (Bạch Long Vĩ,
//!   Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) has no `wardCode`; every other address needs one.
//! - In builds without the `legacy-units` feature, a legacy address gets
//!   `code_set_unavailable` (its codes can be checked for format only).
//!
//! Issues never carry the codes the user typed; `params` name the code set or the digit count.

mod table;

pub use table::RULES;

use super::check::Check;
use super::Validated;
use crate::issue::Path;
use crate::model::address::{Address, CodeSet};
use crate::reference::units::{self, parse_code, Commune, District, Province, Units};
use crate::rules::at::At;
use crate::text::is_blank;

/// The text of an optional field, `None` when absent or blank.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|s| !is_blank(s))
}

/// A code field: absent (`None`), or, when it has the number of digits it needs, the number it
/// writes (read once, here, for the look-ups).
fn well_formed(cx: &mut Check<'_>, value: Option<&str>, digits: u8, at: At<'_>) -> Option<u32> {
    let code = parse_code(value?, usize::from(digits));
    if code.is_none() {
        format_invalid(cx, digits, at);
    }
    code
}

/// Reports a code that does not have the `digits` digits it needs.
#[cold]
#[inline(never)]
fn format_invalid(cx: &mut Check<'_>, digits: u8, at: At<'_>) {
    cx.error(at.path(), "code_format_invalid")
        .param("digits", i64::from(digits));
}

/// Checks the address of an administrative unit found at `base`: a province (no `wardCode`
/// needed) or a commune, checked like any address otherwise. Training events and
/// observations name their unit this way.
pub fn check_unit<'p>(address: &Address, cx: &mut Check<'_>, base: impl Into<At<'p>>) {
    check_unit_at(address, cx, base.into());
}

fn check_unit_at(address: &Address, cx: &mut Check<'_>, base: At<'_>) {
    let mut sub = Check::new(cx.opts);
    check_address_at(address, &mut sub, base);
    let found = sub.into_issues();
    if found.is_empty() {
        return;
    }
    let ward = base.key("wardCode").path();
    for issue in found {
        if !(issue.code == "required" && issue.path == ward) {
            cx.push(issue);
        }
    }
}

/// Checks an address found at `base` (a [`Path`] or an [`At`]).
pub fn check_address<'p>(address: &Address, cx: &mut Check<'_>, base: impl Into<At<'p>>) {
    check_address_at(address, cx, base.into());
}

fn check_address_at(address: &Address, cx: &mut Check<'_>, base: At<'_>) {
    let at = |field: &'static str| base.key(field);
    cx.require(address.code_set.is_some(), at("codeSet"));
    cx.require_text(&address.province_code, at("provinceCode"));

    // Blank text counts as absent here; `required` reports blank required codes.
    let province_code = well_formed(cx, given(&address.province_code), 2, at("provinceCode"));
    let ward_code = well_formed(cx, given(&address.ward_code), 5, at("wardCode"));
    let district_given = given(&address.district_code);

    let Some(code_set) = address.code_set else {
        cx.require_text(&address.ward_code, at("wardCode"));
        well_formed(cx, district_given, 3, at("districtCode"));
        return;
    };
    if code_set == CodeSet::Y2025 && district_given.is_some() {
        cx.error(at("districtCode").path(), "district_not_allowed")
            .param("codeSet", code_set.as_str());
    }
    let district_code = match code_set {
        CodeSet::Legacy => well_formed(cx, district_given, 3, at("districtCode")),
        CodeSet::Y2025 => None,
    };
    let units = match units::units(code_set) {
        Ok(units) => units,
        Err(e) => {
            cx.require_text(&address.ward_code, at("wardCode"));
            cx.error(at("codeSet").path(), e.code())
                .param("codeSet", code_set.as_str());
            return;
        }
    };
    let found = Found::look_up(cx, units, province_code, district_code, ward_code, base);

    // A legacy island district has no communes, so its addresses have no ward.
    let no_communes = found.district.is_some_and(|d| d.communes().len() == 0);
    if !no_communes {
        cx.require_text(&address.ward_code, at("wardCode"));
    }
    found.check_nesting(cx, base);
}

/// The units an address's well-formed codes name.
struct Found {
    province: Option<Province>,
    district: Option<District>,
    ward: Option<Commune>,
}

impl Found {
    fn look_up(
        cx: &mut Check<'_>,
        units: Units,
        province: Option<u32>,
        district: Option<u32>,
        ward: Option<u32>,
        base: At<'_>,
    ) -> Found {
        let set = units.code_set().as_str();
        let mut unknown = |field: &'static str, code: &'static str| {
            cx.error(base.key(field).path(), code).param("codeSet", set);
        };
        let province = province.and_then(|c| {
            let p = units.province_numbered(c);
            if p.is_none() {
                unknown("provinceCode", "province_unknown");
            }
            p
        });
        let district = district.and_then(|c| {
            let d = units.district_numbered(c);
            if d.is_none() {
                unknown("districtCode", "district_unknown");
            }
            d
        });
        let ward = ward.and_then(|c| {
            let w = units.commune_numbered(c);
            if w.is_none() {
                unknown("wardCode", "ward_unknown");
            }
            w
        });
        Found {
            province,
            district,
            ward,
        }
    }

    /// Province ← district ← ward: reports the first link that does not hold.
    fn check_nesting(&self, cx: &mut Check<'_>, base: At<'_>) {
        let at = |field: &'static str| base.key(field).path();
        let district_ok = match (self.province, self.district) {
            (Some(p), Some(d)) if d.province() != p => {
                cx.error(at("districtCode"), "district_not_in_province");
                false
            }
            _ => true,
        };
        let Some(ward) = self.ward else { return };
        if let Some(p) = self.province {
            if ward.province() != p {
                cx.error(at("wardCode"), "ward_not_in_province");
                return;
            }
        }
        if let Some(d) = self.district.filter(|_| district_ok) {
            if ward.district() != Some(d) {
                cx.error(at("wardCode"), "ward_not_in_district");
            }
        }
    }
}

impl Validated for Address {
    const RULES: &'static [super::rule_info::RuleInfo] = RULES;

    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        check_address(self, cx, base);
    }
}
