//! Staff record rules: employer (dated agency names and levels), assignments and ages,
//! collaborators, professional titles with their qualifications, certificates and training.
//!
//! Cross-field issues are reported on the field to correct: the age rule on an assignment's
//! `startDate`, the qualification rules on a title appointment's `title`.

mod assignments;
mod employer;
mod table;
mod titles;

pub use table::RULES;

use super::at::At;
use super::check::Check;
use super::Validated;
use crate::date::Date;
use crate::issue::Path;
use crate::model::staff::StaffMember;
use crate::rules::person::{check_person, PersonNeeds};

/// The last day a staff record speaks about: `asOf` while any assignment is open (or there is
/// none), otherwise the latest end date. Agency names and levels, and the CMND rule, are
/// judged on this day, so historical records keep the names of their time.
///
/// ```
/// use ctxh::{date::Date, model::staff::{Assignment, StaffMember}};
/// use ctxh::rules::staff::record_day;
/// let as_of = Date::parse_iso("2026-01-01").unwrap();
/// let ended = Assignment { end_date: Date::parse_iso("2020-05-31"), ..Default::default() };
/// let staff = StaffMember { assignments: Some(vec![ended]), ..Default::default() };
/// assert_eq!(record_day(&staff, as_of).to_string(), "2020-05-31");
/// assert_eq!(record_day(&StaffMember::default(), as_of), as_of);
/// ```
pub fn record_day(staff: &StaffMember, as_of: Date) -> Date {
    let list = staff.assignments.as_deref().unwrap_or(&[]);
    list.iter()
        .map(|a| a.end_date.map_or(as_of, |e| e.min(as_of)))
        .max()
        .unwrap_or(as_of)
}

/// Checks a staff record found at `base`.
// Kept out of line (it runs once a record) so that profiles show the rules' share of a row.
#[inline(never)]
pub fn check_staff(staff: &StaffMember, cx: &mut Check<'_>, base: &Path) {
    let at = At::from(base);
    let day = record_day(staff, cx.opts.as_of);
    if cx.require(staff.person.is_some(), at.key("person")) {
        if let Some(person) = &staff.person {
            let needs = PersonNeeds {
                birth_date: false,
                record_date: Some(day),
            };
            check_person(person, needs, cx, at.key("person"));
        }
    }
    cx.require(
        staff.workforce_category.is_some(),
        at.key("workforceCategory"),
    );
    employer::check_employer(staff.employer.as_ref(), day, cx, at.key("employer"));
    if let Some(commune) = &staff.commune {
        crate::rules::address::check_address(commune, cx, at.key("commune"));
    }
    assignments::check_assignments(staff, cx, at);
    assignments::check_training(staff, cx, at);
    titles::check_titles(staff, cx, at);
    titles::check_qualifications(staff, cx, at);
    titles::check_certificates(staff, cx, at);
}

impl Validated for StaffMember {
    const RULES: &'static [super::rule_info::RuleInfo] = RULES;

    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::contract::check_ruleset_version(&self.ruleset_version, cx, base);
        check_staff(self, cx, base);
    }
}
