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
        #[validate(length(min = 1, max = 64, code = "text_length"))]
        facility_id: String = "facilityId",
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
        #[validate(length(min = 1, max = 300, code = "text_length"))]
        name: String = "name",
        /// The administrative unit the agency belongs to (province or commune, with its code set).
        admin_unit: Address = "adminUnit",
    }
}

crate::record! {
    /// A period in a job position.
    pub struct Assignment ("assignment") {
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
        #[validate(range(min = 0, max = 100_000_000, code = "number_out_of_range"))]
        monthly_allowance: u32 = "monthlyAllowance",
        /// How the allowance is computed, as written (`0,2 × lương cơ sở`).
        #[validate(length(min = 0, max = 300, code = "text_length"))]
        allowance_basis: String = "allowanceBasis",
    }
}

crate::record! {
    /// An appointment to a professional title (bổ nhiệm chức danh nghề nghiệp).
    pub struct TitleAppointment ("titleAppointment") {
        /// The title code (`V.09.04.01`..`V.09.04.03`).
        title: ProfessionalTitle = "title",
        /// Salary step (bậc).
        #[validate(range(min = 1, max = 12, code = "number_out_of_range"))]
        salary_step: u32 = "salaryStep",
        /// Salary coefficient (hệ số lương), e.g. 2.34.
        #[validate(range(min = 1.0, max = 10.0, code = "number_out_of_range"))]
        coefficient: f64 = "coefficient",
        /// Date of the appointment decision.
        appointed_date: Date = "appointedDate",
        /// Number of the appointment decision.
        #[validate(length(min = 0, max = 100, code = "text_length"))]
        decision_number: String = "decisionNumber",
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
        #[validate(length(min = 0, max = 300, code = "text_length"))]
        major_name: String = "majorName",
        /// The school.
        #[validate(length(min = 0, max = 300, code = "text_length"))]
        institution: String = "institution",
        /// Graduation date.
        graduation_date: Date = "graduationDate",
        /// Diploma number.
        #[validate(length(min = 0, max = 100, code = "text_length"))]
        diploma_number: String = "diplomaNumber",
    }
}

crate::record! {
    /// A certificate (skills, title standard, practice, registration...).
    pub struct Certificate ("certificate") {
        /// What the certificate is.
        kind: CertificateType = "kind",
        /// Its number.
        #[validate(length(min = 0, max = 100, code = "text_length"))]
        number: String = "number",
        /// Who issued it.
        #[validate(length(min = 0, max = 300, code = "text_length"))]
        issued_by: String = "issuedBy",
        /// Date of issue.
        issued_date: Date = "issuedDate",
        /// Expiry date, if it has one.
        expiry_date: Date = "expiryDate",
    }
}

crate::record! {
    /// One attendance at a training course (counted as a person-time, lượt).
    pub struct TrainingAttendance ("trainingAttendance") {
        /// The course's title.
        #[validate(length(min = 0, max = 300, code = "text_length"))]
        course_name: String = "courseName",
        /// Who organised it.
        #[validate(length(min = 0, max = 300, code = "text_length"))]
        organiser: String = "organiser",
        /// First day.
        start_date: Date = "startDate",
        /// Last day.
        end_date: Date = "endDate",
        /// Whether the person completed the course.
        completed: bool = "completed",
        /// Hours attended.
        #[validate(range(min = 0, max = 10_000, code = "number_out_of_range"))]
        hours: u32 = "hours",
    }
}
