//! Staff records: the people of the social work workforce (civil servants, public employees,
//! contract workers, collaborators, volunteers), who employs them, their assignments, titles,
//! qualifications, certificates and training.
//!
//! ```
//! use ctxh::{date::Date, options::Options, validate::RecordKind};
//! let opts = Options::new(Date::parse_iso("2026-03-01").unwrap());
//! let staff = serde_json::json!({
//!     "person": { "fullName": "Nguyễn Thị Hoà", "gender": "female", "birthDate": "1990-05-02",
//!                 "phone": "0912 345 678" },
//!     "workforceCategory": "sw-collaborator",
//!     "dedicated": true,
//!     "employer": { "agency": { "level": "commune", "name": "UBND xã Sóc Sơn",
//!         "adminUnit": { "codeSet": "2025", "provinceCode": "01", "wardCode": "00376" } } },
//!     "commune": { "codeSet": "2025", "provinceCode": "01", "wardCode": "00376" },
//!     "assignments": [{ "startDate": "2025-08-01", "contractType": "collaborator-contract" }]
//! });
//! let report = RecordKind::Staff.validate_value(&staff, &opts);
//! assert!(report.valid, "{:?}", report.codes());
//! ```
//!
//! Cross-field rules report on the field to correct, and the form helpers are plain functions
//! (this example is also in the README):
//!
//! ```
//! use ctxh::{date::Date, options::Options, validate::RecordKind};
//! use ctxh::rules::identifiers::{normalize_phone, PhoneKind};
//!
//! let opts = Options::new(Date::parse_iso("2026-03-01").unwrap());
//! let staff = serde_json::json!({
//!     "person": { "fullName": "Nguyễn Thị Hoà", "gender": "female", "birthDate": "1990-05-02" },
//!     "workforceCategory": "contract-worker",
//!     "employer": { "facilityId": "HN-TTCTXH-01" },
//!     "assignments": [{ "startDate": "2006-09-01" }]
//! });
//! let report = RecordKind::Staff.validate_value(&staff, &opts);
//! assert_eq!(report.codes(), ["assignment_minor_worker"]); // a warning at assignments[0].startDate
//! assert_eq!(normalize_phone("0168 123 4567").kind, PhoneKind::LegacyMobile);
//! ```

mod codes;
mod parts;

pub use codes::{
    AgencyLevel, CertificateType, ContractType, EducationLevel, JobPosition, MajorField,
    ProfessionalTitle, WorkforceCategory,
};
pub use parts::{
    Agency, Assignment, Certificate, Employer, Qualification, TitleAppointment, TrainingAttendance,
};

use super::address::Address;
use super::person::Person;

crate::record! {
    /// A member of the social work workforce.
    pub struct StaffMember ("staff") {
        /// The ruleset version the sending portal validated with.
        ruleset_version: String = "rulesetVersion" label("Phiên bản bộ quy tắc", "Ruleset version"),
        /// The portal's stable identifier of the person's staff record: indicators count
        /// distinct persons by it, and `caseManager.staffId` and `actorStaffId` refer to it.
        id: String = "id" where length 1..=100 label("Mã nhân sự", "Staff id"),
        /// The person (name, birth date, gender, identifiers, contacts).
        person: Person = "person" label("", ""),
        /// Which part of the workforce the person belongs to.
        workforce_category: WorkforceCategory = "workforceCategory" label("Loại nhân sự", "Workforce category"),
        /// Chuyên trách: for collaborators, whether they are dedicated (contracted) ones.
        dedicated: bool = "dedicated" label("Chuyên trách", "Dedicated"),
        /// The facility or agency the person works for.
        employer: Employer = "employer" label("Nơi công tác", "Employer"),
        /// The commune the person works in (required for collaborators).
        commune: Address = "commune" label("Xã nơi làm việc", "Commune of work"),
        /// Job positions held, with their dates.
        assignments: Vec<Assignment> = "assignments" label("Phân công", "Assignment"),
        /// Professional title appointments (public employees only).
        title_appointments: Vec<TitleAppointment> = "titleAppointments" label("Bổ nhiệm chức danh", "Title appointment"),
        /// Degrees and diplomas.
        qualifications: Vec<Qualification> = "qualifications" label("Văn bằng", "Qualification"),
        /// Certificates.
        certificates: Vec<Certificate> = "certificates" label("Chứng chỉ", "Certificate"),
        /// Training courses attended.
        training_attendances: Vec<TrainingAttendance> = "trainingAttendances" label("Khóa học", "Training"),
    }
}

impl StaffMember {
    /// Whether the person is a collaborator (social work or child protection).
    pub fn is_collaborator(&self) -> bool {
        matches!(
            self.workforce_category,
            Some(
                WorkforceCategory::SwCollaborator | WorkforceCategory::ChildProtectionCollaborator
            )
        )
    }
}
