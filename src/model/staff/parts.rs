//! The parts of a staff record: employer, assignments, titles, qualifications, certificates,
//! training.

use super::codes::{
    AgencyLevel, CertificateType, ContractType, EducationLevel, JobPosition, MajorField,
    ProfessionalTitle,
};
use crate::date::Date;
use crate::model::address::Address;

crate::record! {
    /// Who employs the person: a facility (by id) or a state agency, not both.
    pub struct Employer ("employer") {
        /// The facility's id in the portal (for staff of a facility or service point).
        facility_id: String = "facilityId" where length 1..=64,
        /// The agency (for civil servants and staff of agencies).
        agency: Agency = "agency",
    }
}

crate::record! {
    /// A state agency as named on the record's date. Names changed in 2025 (social protection
    /// moved from Bộ/Sở/Phòng LĐ-TB&XH to Bộ Y tế / Sở Y tế) and must match the date.
    pub struct Agency ("agency") {
        /// Central, province, commune, or district (before 1 July 2025 only).
        level: AgencyLevel = "level",
        /// The agency's name as written (Sở Y tế tỉnh..., UBND xã...).
        name: String = "name" where length 1..=300,
        /// The administrative unit the agency belongs to (province or commune, with its code set).
        admin_unit: Address = "adminUnit",
    }
}

crate::record! {
    /// A period in a job position.
    pub struct Assignment ("assignment") {
        /// The facility or service point the post is at (its `id`), when it is not the employer:
        /// a concurrent post (kiêm nhiệm) at a social work office counts for that office.
        facility_id: String = "facilityId" where length 1..=100,
        /// The job position (vị trí việc làm).
        job_position: JobPosition = "jobPosition",
        /// First day.
        start_date: Date = "startDate",
        /// Last day, if the assignment has ended (or has a planned end).
        end_date: Date = "endDate",
        /// Chuyên trách (full-time in social work).
        dedicated: bool = "dedicated",
        /// Kiêm nhiệm (held alongside another position).
        concurrent: bool = "concurrent",
        /// The legal form of the assignment.
        contract_type: ContractType = "contractType",
        /// Monthly allowance in đồng, if any.
        monthly_allowance: u32 = "monthlyAllowance" where range 0..=100_000_000,
        /// How the allowance is computed, as written (`0,2 × lương cơ sở`).
        allowance_basis: String = "allowanceBasis" where length 0..=300,
    }
}

crate::record! {
    /// An appointment to a professional title (bổ nhiệm chức danh nghề nghiệp).
    pub struct TitleAppointment ("titleAppointment") {
        /// The title code (`V.09.04.01`..`V.09.04.03`).
        title: ProfessionalTitle = "title",
        /// Salary step (bậc).
        salary_step: u32 = "salaryStep" where range 1..=12,
        /// Salary coefficient (hệ số lương), e.g. 2.34.
        coefficient: f64 = "coefficient" where range 1.0..=10.0,
        /// Date of the appointment decision.
        appointed_date: Date = "appointedDate",
        /// Number of the appointment decision.
        decision_number: String = "decisionNumber" where length 0..=100,
    }
}

crate::record! {
    /// A degree or diploma.
    pub struct Qualification ("qualification") {
        /// Level (sơ cấp ... tiến sĩ).
        level: EducationLevel = "level",
        /// Field, as the title and practice rules group them.
        major: MajorField = "major",
        /// The major's name as written on the diploma.
        major_name: String = "majorName" where length 0..=300,
        /// The school.
        institution: String = "institution" where length 0..=300,
        /// Graduation date.
        graduation_date: Date = "graduationDate",
        /// Diploma number.
        diploma_number: String = "diplomaNumber" where length 0..=100,
    }
}

crate::record! {
    /// A certificate (skills, title standard, practice, registration...).
    pub struct Certificate ("certificate") {
        /// What the certificate is.
        kind: CertificateType = "kind",
        /// Its number.
        number: String = "number" where length 0..=100,
        /// Who issued it.
        issued_by: String = "issuedBy" where length 0..=300,
        /// Date of issue.
        issued_date: Date = "issuedDate",
        /// Expiry date, if it has one.
        expiry_date: Date = "expiryDate",
    }
}

crate::record! {
    /// One attendance at a training course (counted as a person-time, lượt).
    pub struct TrainingAttendance ("trainingAttendance") {
        /// The training event (class) attended: the `id` of a `trainingEvent` record.
        event_id: String = "eventId" where length 1..=100,
        /// The course's title.
        course_name: String = "courseName" where length 0..=300,
        /// Who organised it.
        organiser: String = "organiser" where length 0..=300,
        /// First day.
        start_date: Date = "startDate",
        /// Last day.
        end_date: Date = "endDate",
        /// Whether the person completed the course.
        completed: bool = "completed",
        /// Hours attended.
        hours: u32 = "hours" where range 0..=10_000,
    }
}
