//! Records nested in a case: client, disability, case manager, consent, steps, admission.

use super::client_codes::{
    BeneficiaryCategory, DisabilitySeverity, DisabilityType, PovertyStatus, SpecialCircumstance,
};
use super::codes::{ActorRole, AdmissionType, ConsentGiver, StepType};
use super::intake_codes::FacilityCareCategory;
use crate::date::{Date, DateTime};
use crate::model::facility::SocialWorkService;
use crate::model::person::Person;
use crate::model::staff::WorkforceCategory;

crate::record! {
    /// A disability record (Luật NKT 2010; certificate per TT 01/2019/TT-BLĐTBXH).
    pub struct Disability ("disability") {
        /// Disability type.
        disability_type: DisabilityType = "disabilityType" label("Dạng khuyết tật", "Type"),
        /// Severity.
        severity: DisabilitySeverity = "severity" label("Mức độ", "Severity"),
        /// Number of the disability certificate (giấy xác nhận khuyết tật).
        certificate_number: String = "certificateNumber" where length 1..=100 label("Số giấy xác nhận", "Certificate number"),
        /// Date the certificate was issued.
        certificate_date: Date = "certificateDate" label("Ngày cấp giấy xác nhận", "Certificate date"),
    }
}

crate::record! {
    /// The client of a case: a person with the facts that decide their entitlements.
    pub struct Client ("client") {
        /// The person.
        person: Person = "person" label("", ""),
        /// Beneficiary categories (NĐ 20/2021 Điều 5).
        categories: Vec<BeneficiaryCategory> = "categories" label("Diện đối tượng", "Beneficiary categories"),
        /// Why a child is protected: the groups of children in special circumstances (Luật
        /// Trẻ em 2016 Điều 10).
        special_circumstances: Vec<SpecialCircumstance> = "specialCircumstances" label("Hoàn cảnh đặc biệt", "Special circumstances"),
        /// Whether the client is in education (needed for category k2).
        in_education: bool = "inEducation" label("Đang đi học", "In education"),
        /// Disability record, if any.
        disability: Disability = "disability" label("Khuyết tật", "Disability"),
        /// Household poverty status.
        poverty_status: PovertyStatus = "povertyStatus" label("Tình trạng hộ nghèo", "Poverty status"),
        /// Legal guardian, if any.
        guardian: Person = "guardian" label("Người giám hộ", "Guardian"),
    }
}

crate::record! {
    /// The staff member managing the case (người quản lý trường hợp).
    pub struct CaseManager ("caseManager") {
        /// The staff member's identifier in the portal.
        staff_id: String = "staffId" where length 1..=100 label("Mã nhân sự", "Staff id"),
        /// Their workforce category (TT 02/2020 Điều 2(2) allows four).
        category: WorkforceCategory = "category" label("Loại nhân sự", "Workforce category"),
        /// Who assigned them: the facility head or the commune chair.
        assigned_by: ActorRole = "assignedBy" label("Người phân công", "Assigned by"),
        /// Date of assignment.
        assigned_on: Date = "assignedOn" label("Ngày phân công", "Assigned on"),
    }
}

crate::record! {
    /// Consent to share the client's information (TT 02/2020 Điều 9(2)): the client's (or
    /// family's or guardian's) and the head's or commune chair's agreement.
    pub struct ConsentToShare ("consentToShare") {
        /// The client, family or guardian agreed.
        client_agreed: bool = "clientAgreed" label("Đối tượng đồng ý", "Client agreed"),
        /// Who agreed for the client.
        given_by: ConsentGiver = "givenBy" label("Người đồng ý", "Given by"),
        /// The facility head or commune chair agreed.
        head_agreed: bool = "headAgreed" label("Thủ trưởng đồng ý", "Head agreed"),
        /// Date the consent was recorded.
        recorded_on: Date = "recordedOn" label("Ngày ghi nhận", "Recorded on"),
    }
}

crate::record! {
    /// A referral to another service provider.
    pub struct Referral ("referral") {
        /// The organisation referred to, as written.
        to_organisation: String = "toOrganisation" where length 1..=300 label("Nơi chuyển đến", "To organisation"),
        /// The service the client is referred for.
        service: SocialWorkService = "service" label("Dịch vụ", "Service"),
        /// Date of the referral.
        referred_on: Date = "referredOn" label("Ngày chuyển", "Referred on"),
    }
}

crate::record! {
    /// One step of a case, in the order the steps were taken.
    pub struct CaseStep ("caseStep") {
        /// What the step is.
        step_type: StepType = "stepType" label("Loại bước", "Step type"),
        /// When it started (with offset).
        started_at: DateTime = "startedAt" label("Bắt đầu lúc", "Started at"),
        /// When it was completed (with offset).
        completed_at: DateTime = "completedAt" label("Hoàn thành lúc", "Completed at"),
        /// Identifier of the staff member who acted.
        actor_staff_id: String = "actorStaffId" where length 1..=100 label("Mã người thực hiện", "Actor staff id"),
        /// Role of the actor (plan approval needs the facility head or commune chair).
        actor_role: ActorRole = "actorRole" label("Vai trò người thực hiện", "Actor role"),
        /// Services planned (plan) or delivered (intervention).
        services: Vec<SocialWorkService> = "services" label("Dịch vụ", "Services"),
        /// Referrals made (intervention, referral).
        referrals: Vec<Referral> = "referrals" label("Chuyển gửi", "Referral"),
        /// Facility or commune the case is transferred to (transfer).
        transfer_to: String = "transferTo" where length 1..=300 label("Chuyển đến", "Transfer to"),
        /// Reference of the form or minutes of the step.
        document_ref: String = "documentRef" where length 1..=100 label("Số biên bản", "Document reference"),
    }
}

crate::record! {
    /// Admission to a facility (NĐ 20/2021 Điều 27–28).
    pub struct FacilityAdmission ("facilityAdmission") {
        /// Regular, emergency or voluntary.
        admission_type: AdmissionType = "admissionType" label("Hình thức tiếp nhận", "Admission type"),
        /// Which clients cared for in a facility the client belongs to (NĐ 20/2021 Điều 24).
        care_category: FacilityCareCategory = "careCategory" label("Nhóm đối tượng chăm sóc", "Care category"),
        /// Number of the admission decision or contract.
        decision_number: String = "decisionNumber" where length 1..=100 label("Số quyết định", "Decision number"),
        /// Date of the decision.
        decision_date: Date = "decisionDate" label("Ngày quyết định", "Decision date"),
        /// First day in the facility.
        admitted_on: Date = "admittedOn" label("Ngày vào cơ sở", "Admitted on"),
        /// Day the client left the facility.
        discharged_on: Date = "dischargedOn" label("Ngày rời cơ sở", "Discharged on"),
        /// Date the managing body decided to extend an emergency stay beyond 3 months.
        stay_extended_on: Date = "stayExtendedOn" label("Ngày gia hạn", "Stay extended on"),
    }
}
