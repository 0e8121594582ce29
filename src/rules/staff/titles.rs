//! Professional titles (public employees only), the qualifications they need, qualifications
//! and certificates.

use crate::date::Date;
use crate::model::staff::{
    CertificateType, MajorField, ProfessionalTitle, StaffMember, WorkforceCategory,
};
use crate::reference::titles;
use crate::rules::at::At;
use crate::rules::check::not_in_future;
use crate::rules::check::Check;
use crate::rules::identifiers::check_document_dates;

/// The day NĐ 110/2024/NĐ-CP (social work practice registration) took effect.
pub fn practice_registration_since() -> Date {
    Date::new(2024, 10, 15).expect("valid date")
}

fn core_major(m: Option<MajorField>) -> bool {
    matches!(
        m,
        Some(
            MajorField::SocialWork
                | MajorField::Sociology
                | MajorField::Psychology
                | MajorField::SpecialEducation
        )
    )
}

fn has_certificate(staff: &StaffMember, kind: CertificateType) -> bool {
    staff
        .certificates
        .iter()
        .flatten()
        .any(|c| c.kind == Some(kind))
}

/// Title appointments: only for public employees, coefficient within the band, appointed on
/// a date when the codes existed, backed by a qualification; and R-S1 (a public employee in
/// social work holds a title).
pub fn check_titles(staff: &StaffMember, cx: &mut Check<'_>, base: At<'_>) {
    let list = staff.title_appointments.as_deref().unwrap_or(&[]);
    let category = staff.workforce_category;
    if category == Some(WorkforceCategory::PublicEmployee) && list.is_empty() {
        cx.warning(base.key("titleAppointments").path(), "title_missing");
    }
    let all = base.key("titleAppointments");
    for (i, t) in list.iter().enumerate() {
        let p = all.index(i);
        cx.require(t.title.is_some(), p.key("title"));
        not_in_future(t.appointed_date, cx, p.key("appointedDate"));
        if t.appointed_date.is_some_and(|d| d < titles::codes_since()) {
            cx.warning(p.key("appointedDate").path(), "title_date_before_codes")
                .param("since", "2015-10-04");
        }
        let Some(title) = t.title else {
            continue;
        };
        if category.is_some_and(|c| c != WorkforceCategory::PublicEmployee) {
            cx.error(p.key("title").path(), "title_requires_public_employee");
        }
        let info = titles::info(title);
        if let Some(c) = t.coefficient.filter(|c| (1.0..=10.0).contains(c)) {
            if !info.allows(c) {
                cx.warning(
                    p.key("coefficient").path(),
                    "salary_coefficient_out_of_band",
                )
                .param("title", title.as_str())
                .param("salaryTable", info.salary_table)
                .param("min", info.min_coefficient)
                .param("max", info.max_coefficient);
            }
        }
        check_title_qualification(staff, title, cx, p.key("title"));
    }
}

fn check_title_qualification(
    staff: &StaffMember,
    title: ProfessionalTitle,
    cx: &mut Check<'_>,
    path: At<'_>,
) {
    let min = titles::info(title).min_level;
    let quals = staff.qualifications.as_deref().unwrap_or(&[]);
    // A qualification without level or major (missing, or rejected as unknown) is reported
    // where it is; the title cannot be judged until it is complete.
    if quals.iter().any(|q| q.level.is_none() || q.major.is_none()) {
        return;
    }
    let high_enough = || quals.iter().filter(|q| q.level.is_some_and(|l| l >= min));
    if high_enough().any(|q| core_major(q.major)) {
        return;
    }
    if high_enough().any(|q| q.major == Some(MajorField::OtherSocialScience)) {
        if !has_certificate(staff, CertificateType::SwSkills) {
            cx.warning(path.path(), "title_skills_certificate_missing");
        }
        return;
    }
    cx.warning(path.path(), "title_qualification_insufficient")
        .param("title", title.as_str())
        .param("minLevel", min.as_str());
}

/// Qualifications: level and major given, graduation not after `asOf`.
pub fn check_qualifications(staff: &StaffMember, cx: &mut Check<'_>, base: At<'_>) {
    let all = base.key("qualifications");
    for (i, q) in staff.qualifications.iter().flatten().enumerate() {
        let p = all.index(i);
        cx.require(q.level.is_some(), p.key("level"));
        cx.require(q.major.is_some(), p.key("major"));
        not_in_future(q.graduation_date, cx, p.key("graduationDate"));
    }
}

/// Certificates: kind given, dates, and the practice registration rules of NĐ 110/2024.
pub fn check_certificates(staff: &StaffMember, cx: &mut Check<'_>, base: At<'_>) {
    let practised = has_certificate(staff, CertificateType::PracticeConfirmation);
    let all = base.key("certificates");
    for (i, c) in staff.certificates.iter().flatten().enumerate() {
        let p = all.index(i);
        cx.require(c.kind.is_some(), p.key("kind"));
        check_document_dates(c.issued_date, c.expiry_date, cx, p);
        if c.kind != Some(CertificateType::PracticeRegistration) {
            continue;
        }
        if !practised {
            cx.warning(
                p.key("kind").path(),
                "practice_registration_without_practice",
            );
        }
        if c.issued_date
            .is_some_and(|d| d < practice_registration_since())
        {
            cx.warning(
                p.key("issuedDate").path(),
                "practice_registration_before_decree",
            )
            .param("since", "2024-10-15");
        }
    }
}
