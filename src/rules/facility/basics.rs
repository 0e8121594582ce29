//! Required fields, establishment act, operating licence and status dates (R-F1, R-F2, R-F7).

use crate::issue::Path;
use crate::model::facility::{
    EstablishmentKind, Facility, FacilityAgency, FacilityStatus, Ownership,
};
use crate::rules::check::Check;
use crate::rules::check::{need, need_text, not_in_future};
use crate::rules::identifiers::{check_email, check_phone, check_tax_code, PhoneOwner};
use crate::rules::person::{check_person, PersonNeeds};

/// Clients from which a facility cannot work on a commune activity registration and needs a
/// licence (NĐ 103/2017 Điều 17(4) as amended by NĐ 140/2018, Điều 44–47).
pub(super) const LICENCE_MIN_CLIENTS: u32 = 10;
/// Longest suspension (NĐ 103/2017 Điều 32).
const MAX_SUSPENSION_MONTHS: u32 = 6;
/// Months after registration within which a licence must be sought (Điều 21(1)(b)).
const REGISTRATION_LICENCE_MONTHS: u32 = 12;

pub(super) fn check(f: &Facility, cx: &mut Check<'_>, base: &Path) {
    let key = |k: &'static str| base.child(k);
    let legal = f.facility_type.is_none_or(|t| t.is_legal_facility());

    need_text(cx, &f.name, key("name"));
    need(cx, f.facility_type.is_some(), key("facilityType"));
    need(cx, f.ownership.is_some(), key("ownership"));
    need(cx, f.status.is_some(), key("status"));
    if need(cx, f.address.is_some(), key("address")) {
        if let Some(a) = &f.address {
            crate::rules::address::check_address(a, cx, &key("address"));
        }
    }
    if legal {
        need(cx, f.head.is_some(), key("head"));
        need(cx, f.managing_agency.is_some(), key("managingAgency"));
    } else {
        // A service point exists to provide social work services.
        need(
            cx,
            f.services.as_ref().is_some_and(|s| !s.is_empty()),
            key("services"),
        );
    }
    if let Some(head) = &f.head {
        check_person(head, PersonNeeds::default(), cx, &key("head"));
    }
    // Contacts and tax code, with the identifier rules staff records use.
    if let Some(phone) = &f.phone {
        check_phone(phone, PhoneOwner::Facility, cx, &key("phone"));
    }
    if let Some(email) = &f.email {
        check_email(email, cx, &key("email"));
    }
    if let Some(tax_code) = &f.tax_code {
        check_tax_code(tax_code, cx, &key("taxCode"));
    }
    if let Some(agency) = &f.managing_agency {
        check_agency_fields(agency, cx, &key("managingAgency"));
    }

    establishment(f, legal, cx, base);
    licence(f, legal, cx, base);
    status_dates(f, cx, base);
    service_area(f, cx, base);
}

fn check_agency_fields(agency: &FacilityAgency, cx: &mut Check<'_>, base: &Path) {
    need(cx, agency.kind.is_some(), base.child("kind"));
    need_text(cx, &agency.name, base.child("name"));
}

fn establishment(f: &Facility, legal: bool, cx: &mut Check<'_>, base: &Path) {
    let path = base.child("establishment");
    let planned = f.status == Some(FacilityStatus::Planned);
    if legal && !planned {
        need(cx, f.establishment.is_some(), path.clone());
    }
    let Some(act) = &f.establishment else {
        return;
    };
    need(cx, act.kind.is_some(), path.child("kind"));
    need_text(cx, &act.number, path.child("number"));
    need(cx, act.date.is_some(), path.child("date"));
    need(cx, act.issuer.is_some(), path.child("issuer"));
    not_in_future(act.date, cx, path.child("date"));
    if let Some(issuer) = &act.issuer {
        check_agency_fields(issuer, cx, &path.child("issuer"));
    }
    let expected_public = match act.kind {
        Some(EstablishmentKind::Decision) => Some(true),
        Some(_) => Some(false),
        None => None,
    };
    if let (Some(own), Some(public)) = (f.ownership, expected_public) {
        if (own == Ownership::Public) != public {
            cx.warning(path.key("kind"), "facility_establishment_kind_mismatch");
        }
    }
}

fn licence(f: &Facility, legal: bool, cx: &mut Check<'_>, base: &Path) {
    let path = base.child("licence");
    let holds_licence = matches!(
        f.status,
        Some(FacilityStatus::Licensed | FacilityStatus::Suspended)
    );
    if holds_licence {
        need(cx, f.licence.is_some(), path.clone());
    }
    let Some(lic) = &f.licence else {
        if legal && !holds_licence && !ended(f.status) {
            let residents: u64 = f
                .residents
                .iter()
                .flatten()
                .map(|r| u64::from(r.count.unwrap_or(0)))
                .sum();
            // From 10 clients a licence is required (Điều 17(4), 44: only smaller facilities
            // may work on a commune activity registration). Below 10, a facility that was
            // established (Chương III, or under the law on enterprises or associations) is one
            // Điều 26(1) licenses, and Điều 31 has it announce its operation after the
            // licence; whether it may care for clients meanwhile is not said: a warning.
            let established = f.establishment.as_ref().is_some_and(|e| {
                e.kind
                    .is_some_and(|k| k != EstablishmentKind::ActivityRegistration)
            });
            if residents >= u64::from(LICENCE_MIN_CLIENTS) {
                cx.error(path.clone(), "facility_licence_required")
                    .param("minClients", LICENCE_MIN_CLIENTS);
            } else if residents > 0 && established {
                cx.warning(path.clone(), "facility_licence_expected")
                    .param("minClients", LICENCE_MIN_CLIENTS);
            }
        }
        registration_without_licence(f, cx, &path);
        return;
    };
    need_text(cx, &lic.number, path.child("number"));
    need(cx, lic.issued_date.is_some(), path.child("issuedDate"));
    need(cx, lic.issuer.is_some(), path.child("issuer"));
    not_in_future(lic.issued_date, cx, path.child("issuedDate"));
    if let Some(issuer) = &lic.issuer {
        check_agency_fields(issuer, cx, &path.child("issuer"));
    }
    let established = f.establishment.as_ref().and_then(|e| e.date);
    if let (Some(issued), Some(established)) = (lic.issued_date, established) {
        if issued < established {
            cx.error(
                path.key("issuedDate"),
                "facility_licence_before_establishment",
            );
        }
    }
}

fn ended(status: Option<FacilityStatus>) -> bool {
    matches!(
        status,
        Some(FacilityStatus::Dissolved | FacilityStatus::LicenceRevoked)
    )
}

/// R-F2: a registration certificate may be revoked when no licence follows within 12 months.
fn registration_without_licence(f: &Facility, cx: &mut Check<'_>, path: &Path) {
    if f.status != Some(FacilityStatus::Registered) {
        return;
    }
    let Some(act) = &f.establishment else {
        return;
    };
    if act.kind != Some(EstablishmentKind::RegistrationCertificate) {
        return;
    }
    let limit = act
        .date
        .and_then(|d| d.add_months(REGISTRATION_LICENCE_MONTHS));
    if limit.is_some_and(|limit| cx.opts.as_of > limit) {
        cx.warning(path.clone(), "facility_registration_without_licence")
            .param("months", REGISTRATION_LICENCE_MONTHS);
    }
}

fn status_dates(f: &Facility, cx: &mut Check<'_>, base: &Path) {
    let key = |k: &'static str| base.child(k);
    if f.status == Some(FacilityStatus::Suspended) {
        need(cx, f.suspended_from.is_some(), key("suspendedFrom"));
        need(cx, f.suspended_until.is_some(), key("suspendedUntil"));
    }
    not_in_future(f.suspended_from, cx, key("suspendedFrom"));
    if let (Some(from), Some(until)) = (f.suspended_from, f.suspended_until) {
        if until < from {
            cx.error(
                key("suspendedUntil"),
                "facility_suspension_end_before_start",
            );
        } else if from
            .add_months(MAX_SUSPENSION_MONTHS)
            .is_some_and(|limit| until > limit)
        {
            cx.error(key("suspendedUntil"), "facility_suspension_too_long")
                .param("maxMonths", MAX_SUSPENSION_MONTHS);
        }
    }
    if f.status == Some(FacilityStatus::Dissolved) {
        need(cx, f.dissolution_date.is_some(), key("dissolutionDate"));
    }
    not_in_future(f.dissolution_date, cx, key("dissolutionDate"));
    let established = f.establishment.as_ref().and_then(|e| e.date);
    if let (Some(dissolved), Some(established)) = (f.dissolution_date, established) {
        if dissolved < established {
            cx.error(
                key("dissolutionDate"),
                "facility_dissolution_before_establishment",
            );
        }
    }
}

/// Each commune served is an address in a code set (its codes are checked by the address
/// rules); the same commune twice is a mistake. Repeats are looked for among the first
/// [`MAX_AREA_COMPARED`] entries (no province has more communes).
fn service_area(f: &Facility, cx: &mut Check<'_>, base: &Path) {
    let Some(area) = &f.service_area else {
        return;
    };
    let path = base.child("serviceArea");
    for (i, a) in area.iter().enumerate() {
        let at = path.clone().index(i);
        crate::rules::address::check_address(a, cx, &at);
        let this = area_id(a);
        let has_ward = this.3.is_some_and(|w| !w.is_empty());
        let earlier = area.get(..i.min(MAX_AREA_COMPARED)).unwrap_or(&[]);
        if has_ward && i < MAX_AREA_COMPARED && earlier.iter().any(|b| area_id(b) == this) {
            cx.error(at, "facility_duplicate_entry");
        }
    }
}

type AreaId<'a> = (
    Option<crate::model::address::CodeSet>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

fn area_id(a: &crate::model::address::Address) -> AreaId<'_> {
    (
        a.code_set,
        a.province_code.as_deref().map(str::trim),
        a.district_code.as_deref().map(str::trim),
        a.ward_code.as_deref().map(str::trim),
    )
}

/// Service-area entries compared for repeats (the largest province has fewer communes).
const MAX_AREA_COMPARED: usize = 2_000;
