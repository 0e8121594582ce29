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
        facility_id: String = "facilityId" where length 1..=64 label("Mã cơ sở", "Facility id"),
        /// The agency (for civil servants and staff of agencies).
        agency: Agency = "agency" label("Cơ quan", "Agency"),
    }
}

crate::record! {
    /// A state agency as named on the record's date. Names changed in 2025 (social protection
    /// moved from Bộ/Sở/Phòng LĐ-TB&XH to Bộ Y tế / Sở Y tế) and must match the date.
    pub struct Agency ("agency") {
        /// Central, province, commune, or district (before 1 July 2025 only).
        level: AgencyLevel = "level" label("Cấp", "Level"),
        /// The agency's name as written (Sở Y tế tỉnh..., UBND xã...).
        name: String = "name" where length 1..=300 label("Tên", "Name"),
        /// The administrative unit the agency belongs to (province or commune, with its code set).
        admin_unit: Address = "adminUnit" label("Địa bàn", "Administrative unit"),
    }
}

crate::record! {
    /// A period in a job position.
    pub struct Assignment ("assignment") {
        /// The facility or service point the post is at (its `id`), when it is not the employer:
        /// a concurrent post (kiêm nhiệm) at a social work office counts for that office.
        facility_id: String = "facilityId" where length 1..=100 label("Mã cơ sở", "Facility id"),
        /// The job position (vị trí việc làm).
        job_position: JobPosition = "jobPosition" label("Vị trí việc làm", "Job position"),
        /// First day.
        start_date: Date = "startDate" label("Ngày bắt đầu", "Start date"),
        /// Last day, if the assignment has ended (or has a planned end).
        end_date: Date = "endDate" label("Ngày kết thúc", "End date"),
        /// Chuyên trách (full-time in social work).
        dedicated: bool = "dedicated" label("Chuyên trách", "Dedicated"),
        /// Kiêm nhiệm (held alongside another position).
        concurrent: bool = "concurrent" label("Kiêm nhiệm", "Concurrent"),
        /// The legal form of the assignment.
        contract_type: ContractType = "contractType" label("Hình thức hợp đồng", "Contract type"),
        /// Monthly allowance in đồng, if any.
        monthly_allowance: u32 = "monthlyAllowance" where range 0..=100_000_000 label("Phụ cấp hằng tháng", "Monthly allowance"),
        /// How the allowance is computed, as written (`0,2 × lương cơ sở`).
        allowance_basis: String = "allowanceBasis" where length 0..=300 label("Cách tính phụ cấp", "Allowance basis"),
    }
}

crate::record! {
    /// An appointment to a professional title (bổ nhiệm chức danh nghề nghiệp).
    pub struct TitleAppointment ("titleAppointment") {
        /// The title code (`V.09.04.01`..`V.09.04.03`).
        title: ProfessionalTitle = "title" label("Mã chức danh", "Title code"),
        /// Salary step (bậc).
        salary_step: u32 = "salaryStep" where range 1..=12 label("Bậc lương", "Salary step"),
        /// Salary coefficient (hệ số lương), e.g. 2.34.
        coefficient: f64 = "coefficient" where range 1.0..=10.0 label("Hệ số lương", "Salary coefficient"),
        /// Date of the appointment decision.
        appointed_date: Date = "appointedDate" label("Ngày bổ nhiệm", "Appointment date"),
        /// Number of the appointment decision.
        decision_number: String = "decisionNumber" where length 0..=100 label("Số quyết định", "Decision number"),
    }
}

crate::record! {
    /// A degree or diploma.
    pub struct Qualification ("qualification") {
        /// Level (sơ cấp ... tiến sĩ).
        level: EducationLevel = "level" label("Trình độ", "Level"),
        /// Field, as the title and practice rules group them.
        major: MajorField = "major" label("Nhóm ngành", "Field"),
        /// The major's name as written on the diploma.
        major_name: String = "majorName" where length 0..=300 label("Chuyên ngành", "Major"),
        /// The school.
        institution: String = "institution" where length 0..=300 label("Cơ sở đào tạo", "Institution"),
        /// Graduation date.
        graduation_date: Date = "graduationDate" label("Ngày tốt nghiệp", "Graduation date"),
        /// Diploma number.
        diploma_number: String = "diplomaNumber" where length 0..=100 label("Số văn bằng", "Diploma number"),
    }
}

crate::record! {
    /// A certificate (skills, title standard, practice, registration...).
    pub struct Certificate ("certificate") {
        /// What the certificate is.
        kind: CertificateType = "kind" label("Loại chứng chỉ", "Certificate type"),
        /// Its number.
        number: String = "number" where length 0..=100 label("Số chứng chỉ", "Number"),
        /// Who issued it.
        issued_by: String = "issuedBy" where length 0..=300 label("Nơi cấp", "Issued by"),
        /// Date of issue.
        issued_date: Date = "issuedDate" label("Ngày cấp", "Issue date"),
        /// Expiry date, if it has one.
        expiry_date: Date = "expiryDate" label("Ngày hết hạn", "Expiry date"),
    }
}

crate::record! {
    /// One attendance at a training course (counted as a person-time, lượt).
    pub struct TrainingAttendance ("trainingAttendance") {
        /// The training event (class) attended: the `id` of a `trainingEvent` record.
        event_id: String = "eventId" where length 1..=100 label("Mã lớp", "Event id"),
        /// The course's title.
        course_name: String = "courseName" where length 0..=300 label("Tên khóa học", "Course name"),
        /// Who organised it.
        organiser: String = "organiser" where length 0..=300 label("Đơn vị tổ chức", "Organiser"),
        /// First day.
        start_date: Date = "startDate" label("Ngày bắt đầu", "Start date"),
        /// Last day.
        end_date: Date = "endDate" label("Ngày kết thúc", "End date"),
        /// Whether the person completed the course.
        completed: bool = "completed" label("Hoàn thành", "Completed"),
        /// Hours attended.
        hours: u32 = "hours" where range 0..=10_000 label("Số giờ", "Hours"),
    }
}
