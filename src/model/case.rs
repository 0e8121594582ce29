//! Cases: a client, the pathway the case follows and the steps taken (TT 02/2020, NĐ 56/2017,
//! TT 01/2015, NĐ 20/2021).

mod client_codes;
mod codes;
mod intake_codes;
mod parts;

pub use client_codes::{
    BeneficiaryCategory, DisabilitySeverity, DisabilityType, PovertyStatus, SpecialCircumstance,
};
pub use codes::{
    ActorRole, AdmissionType, CaseStatus, ClosureReason, ConfidentialityFlag, ConsentGiver,
    Pathway, ProtectionLevel, StepType, Urgency,
};
pub use intake_codes::{FacilityCareCategory, ReferralSource};
pub use parts::{
    CaseManager, CaseStep, Client, ConsentToShare, Disability, FacilityAdmission, Referral,
};

use super::address::Address;
use crate::date::{Date, DateTime};

crate::record! {
    /// A case: who the client is, which procedure it follows and which steps were taken.
    pub struct Case ("case") {
        /// The ruleset version the sending portal validated with.
        ruleset_version: String = "rulesetVersion" label("Phiên bản bộ quy tắc", "Ruleset version"),
        /// The portal's identifier of the case.
        id: String = "id" where length 1..=100 label("Mã hồ sơ", "Case id"),
        /// The client.
        client: Client = "client" label("", ""),
        /// The procedure the case follows.
        pathway: Pathway = "pathway" label("Quy trình", "Pathway"),
        /// The facility holding the case (facility pathways).
        facility_id: String = "facilityId" where length 1..=100 label("Mã cơ sở", "Facility id"),
        /// The commune holding the case (child protection; an address down to the commune).
        commune: Address = "commune" label("Xã quản lý", "Commune of the case"),
        /// The case manager.
        case_manager: CaseManager = "caseManager" label("Người quản lý trường hợp", "Case manager"),
        /// Who reported the case or asked for help.
        referral_source: ReferralSource = "referralSource" label("Nguồn tiếp nhận", "Referral source"),
        /// When the report or request was received (with offset); starts the clocks.
        received_at: DateTime = "receivedAt" label("Thời điểm tiếp nhận", "Received at"),
        /// Emergency or not.
        urgency: Urgency = "urgency" label("Mức độ khẩn cấp", "Urgency"),
        /// Child protection level (child-protection pathway).
        protection_level: ProtectionLevel = "protectionLevel" label("Cấp độ bảo vệ", "Protection level"),
        /// Consent to share the client's information.
        consent_to_share: ConsentToShare = "consentToShare" label("Đồng ý chia sẻ thông tin", "Consent to share"),
        /// Information that must never be published.
        confidentiality: Vec<ConfidentialityFlag> = "confidentiality" label("Thông tin cần bảo mật", "Confidentiality"),
        /// Status; it must match the last step.
        status: CaseStatus = "status" label("Trạng thái", "Status"),
        /// The steps taken, in order.
        steps: Vec<CaseStep> = "steps" label("Bước", "Step"),
        /// Why the case was closed.
        closure_reason: ClosureReason = "closureReason" label("Lý do kết thúc", "Closure reason"),
        /// Date the case was closed.
        closure_date: Date = "closureDate" label("Ngày kết thúc", "Closure date"),
        /// Admission to a facility, if the client was admitted.
        admission: FacilityAdmission = "admission" label("Tiếp nhận vào cơ sở", "Facility admission"),
    }
}
