//! Identity documents and numbers (CCCD, CMND, social insurance, tax code, passport), phone
//! numbers and email addresses, and the dates of documents.
//!
//! Besides the rules, this family offers helpers portals call directly:
//! [`normalize_phone`], [`parse_cccd`], [`is_valid_email`], [`tax_code_check_digit_ok`].

mod cccd;
mod email;
mod numbers;
mod phone;
mod table;

pub use cccd::{check_cccd, parse_cccd, CccdInfo};
pub use email::{check_email, is_valid_email};
pub use numbers::{
    check_cmnd, check_passport, check_social_insurance, check_tax_code, tax_code_check_digit_ok,
};
pub use phone::{check_phone, normalize_phone, PhoneInfo, PhoneKind, PhoneOwner};
pub use table::RULES;

use super::at::At;
use super::check::Check;
use crate::date::Date;
use crate::model::identifiers::{IdentifierKind, PersonIdentifier};
use crate::model::person::Gender;
use crate::text::composed_len;

/// Longest free-text field of a document (issuer, birth certificate number).
pub const DOCUMENT_TEXT_MAX: usize = 300;

/// What is known of the person a document belongs to, for the cross-checks of the personal ID.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PersonFacts {
    /// The person's gender, if recorded.
    pub gender: Option<Gender>,
    /// The person's birth year, if recorded.
    pub birth_year: Option<i32>,
}

/// A number as typed without the spaces and dots people group digits with.
pub(crate) fn compact(text: &str) -> String {
    if text.len() > 64 {
        // Too long for any number: keep it invalid without copying a huge text.
        return String::from("-");
    }
    text.chars().filter(|c| !matches!(c, ' ' | '.')).collect()
}

/// Checks one identity document found at `base` (`identifiers[i]`).
pub fn check_identifier<'p>(
    id: &PersonIdentifier,
    facts: PersonFacts,
    cx: &mut Check<'_>,
    base: impl Into<At<'p>>,
) {
    check_identifier_at(id, facts, cx, base.into());
}

fn check_identifier_at(
    id: &PersonIdentifier,
    facts: PersonFacts,
    cx: &mut Check<'_>,
    base: At<'_>,
) {
    cx.require(id.kind.is_some(), base.key("kind"));
    let number_at = base.key("number");
    if cx.require_text(&id.number, number_at) {
        if let (Some(kind), Some(number)) = (id.kind, id.number.as_deref()) {
            match kind {
                IdentifierKind::Cccd => check_cccd(number, facts, cx, number_at),
                IdentifierKind::Cmnd => check_cmnd(number, cx, number_at),
                IdentifierKind::SocialInsurance => check_social_insurance(number, cx, number_at),
                IdentifierKind::TaxCode => check_tax_code(number, cx, number_at),
                IdentifierKind::Passport => check_passport(number, cx, number_at),
                IdentifierKind::BirthCertificate => max_text(number, 100, cx, number_at),
            }
        }
    }
    if let Some(by) = &id.issued_by {
        max_text(by, DOCUMENT_TEXT_MAX, cx, base.key("issuedBy"));
    }
    check_document_dates(id.issued_date, id.expiry_date, cx, base);
}

fn max_text(text: &str, max: usize, cx: &mut Check<'_>, at: At<'_>) {
    if composed_len(text) > max {
        cx.error(at.path(), "text_length")
            .param("min", 0usize)
            .param("max", max);
    }
}

/// The dates of a document (identity document, certificate) found at `base`: `issuedDate` not
/// after `asOf`, `expiryDate` not before `issuedDate`, and a warning when it has expired.
pub fn check_document_dates<'p>(
    issued: Option<Date>,
    expiry: Option<Date>,
    cx: &mut Check<'_>,
    base: impl Into<At<'p>>,
) {
    let base = base.into();
    cx.not_in_future(issued, base.key("issuedDate"));
    let Some(expiry) = expiry else {
        return;
    };
    let path = || base.key("expiryDate").path();
    let as_of = cx.opts.as_of;
    if issued.is_some_and(|i| expiry < i) {
        cx.error(path(), "expiry_before_issue");
    } else if expiry < as_of {
        cx.warning(path(), "document_expired")
            .param("asOf", as_of.to_string());
    }
}
