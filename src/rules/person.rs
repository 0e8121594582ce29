//! Person rules: name, birth date, gender, ethnic group, contacts, address, identifiers.
//! (The rules are filled in by the staff-records issue; the entry point is stable.)

use super::catalog::RuleInfo;
use super::check::Check;
use crate::issue::Path;
use crate::model::person::Person;

/// The person rule table.
pub const RULES: &[RuleInfo] = &[];

/// What the record around a person requires of it.
#[derive(Debug, Clone, Copy, Default)]
pub struct PersonNeeds {
    /// The birth date must be given (clients); staff records may omit it.
    pub birth_date: bool,
    /// The record's own date (assignment start, case receipt), if it has one, for checks such as
    /// "CMND as the only identifier on a record dated 2025 or later".
    pub record_date: Option<crate::date::Date>,
}

/// Checks a person found at `base`.
pub fn check_person(person: &Person, needs: PersonNeeds, cx: &mut Check<'_>, base: &Path) {
    cx.validator(validator::Validate::validate(person), base);
    cx.require_text(&person.full_name, || base.clone().key("fullName"));
    if needs.birth_date {
        cx.require(person.birth_date.is_some(), || {
            base.clone().key("birthDate")
        });
    }
    if let Some(address) = &person.address {
        crate::rules::address::check_address(address, cx, &base.clone().key("address"));
    }
}
