//! Person rules: name, birth and death dates, gender, ethnic group, nationality, contacts,
//! address and identity documents. Used by staff records, cases (clients, guardians) and
//! facilities (heads).

mod name;
mod table;

pub use name::{check_name, NAME_LEN};
pub use table::RULES;

use super::at::At;
use super::check::Check;
use crate::date::Date;
use crate::model::identifiers::IdentifierKind;
use crate::model::person::Person;
use crate::rules::identifiers::{self, PersonFacts};

/// The oldest plausible age; older birth dates get a warning.
pub const MAX_AGE: i32 = 120;

/// What the record around a person requires of it.
#[derive(Debug, Clone, Copy, Default)]
pub struct PersonNeeds {
    /// The birth date must be given (clients); staff records may omit it.
    pub birth_date: bool,
    /// The record's own date (assignment start, case receipt), if it has one, for checks such as
    /// "CMND as the only identifier on a record dated 2025 or later".
    pub record_date: Option<crate::date::Date>,
}

/// The first day on which an old identity card (CMND) alone no longer identifies a person
/// (Luật Căn cước 2023: CMND valid until 31/12/2024).
pub fn cmnd_end() -> Date {
    Date::new(2025, 1, 1).expect("valid date")
}

/// Checks a person found at `base` (a [`Path`](crate::issue::Path) or an [`At`]).
pub fn check_person<'p>(
    person: &Person,
    needs: PersonNeeds,
    cx: &mut Check<'_>,
    base: impl Into<At<'p>>,
) {
    check_person_at(person, needs, cx, base.into());
}

fn check_person_at(person: &Person, needs: PersonNeeds, cx: &mut Check<'_>, base: At<'_>) {
    if cx.require_text(&person.full_name, base.key("fullName")) {
        if let Some(n) = &person.full_name {
            check_name(n, cx, base.key("fullName"));
        }
    }
    if needs.birth_date {
        cx.require(person.birth_date.is_some(), base.key("birthDate"));
    }
    cx.require(person.gender.is_some(), base.key("gender"));
    check_dates(person, cx, base);
    if let Some(code) = &person.ethnicity {
        if crate::reference::ethnic::find_by_code(code).is_none() {
            cx.error(base.key("ethnicity").path(), "ethnicity_unknown")
                .param("min", "01")
                .param("max", "54");
        }
    }
    if let Some(n) = &person.nationality {
        if !(n.len() == 2 && n.bytes().all(|b| b.is_ascii_uppercase())) {
            cx.warning(base.key("nationality").path(), "nationality_format")
                .param("example", "VN");
        }
    }
    if let Some(phone) = &person.phone {
        identifiers::check_phone(
            phone,
            identifiers::PhoneOwner::Person,
            cx,
            base.key("phone"),
        );
    }
    if let Some(email) = &person.email {
        identifiers::check_email(email, cx, base.key("email"));
    }
    if let Some(address) = &person.address {
        crate::rules::address::check_address(address, cx, base.key("address"));
    }
    check_identifiers(person, needs, cx, base);
}

fn check_dates(person: &Person, cx: &mut Check<'_>, base: At<'_>) {
    let as_of = cx.opts.as_of;
    if let Some(birth) = person.birth_date {
        let path = || base.key("birthDate").path();
        if birth.earliest() > as_of {
            cx.error(path(), "date_in_future")
                .param("asOf", as_of.to_string());
        } else if birth.age_range_on(as_of).0 > MAX_AGE {
            cx.warning(path(), "birth_date_implausible")
                .param("maxAge", i64::from(MAX_AGE));
        }
    }
    if let Some(death) = person.deceased_date {
        let path = || base.key("deceasedDate").path();
        if death > as_of {
            cx.error(path(), "date_in_future")
                .param("asOf", as_of.to_string());
        } else if person.birth_date.is_some_and(|b| death < b.earliest()) {
            cx.error(path(), "deceased_before_birth");
        }
    }
}

fn check_identifiers(person: &Person, needs: PersonNeeds, cx: &mut Check<'_>, base: At<'_>) {
    let Some(list) = &person.identifiers else {
        return;
    };
    let facts = PersonFacts {
        gender: person.gender,
        birth_year: person.birth_date.map(|d| d.year()),
    };
    let all = base.key("identifiers");
    for (i, id) in list.iter().enumerate() {
        identifiers::check_identifier(id, facts, cx, all.index(i));
    }
    let dated_2025 = needs.record_date.is_some_and(|d| d >= cmnd_end());
    let has = |k: IdentifierKind| list.iter().any(|id| id.kind == Some(k));
    if dated_2025 && !has(IdentifierKind::Cccd) && !has(IdentifierKind::Passport) {
        for (i, id) in list.iter().enumerate() {
            if id.kind == Some(IdentifierKind::Cmnd) {
                let path = all.index(i).key("kind").path();
                cx.warning(path, "cmnd_only_identifier");
            }
        }
    }
}
