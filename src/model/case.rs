//! Cases: a client, the pathway the case follows and the steps taken (TT 02/2020, NĐ 56/2017,
//! TT 01/2015, NĐ 20/2021).

mod client_codes;
mod codes;
mod parts;

pub use client_codes::{BeneficiaryCategory, DisabilitySeverity, DisabilityType, PovertyStatus};
pub use codes::{
    ActorRole, AdmissionType, CaseStatus, ClosureReason, ConfidentialityFlag, ConsentGiver,
    Pathway, ProtectionLevel, StepType, Urgency,
};
pub use parts::{
    CaseManager, CaseStep, Client, ConsentToShare, Disability, FacilityAdmission, Referral,
};

use super::address::Address;
use super::enums::{EnumInfo, RecordInfo};
use crate::date::{Date, DateTime};
use crate::issue::Path;
use crate::rules::check::Check;
use crate::validate::Validated;

crate::record! {
    /// A case: who the client is, which procedure it follows and which steps were taken.
    pub struct Case ("case") {
        /// The ruleset version the sending portal validated with.
        ruleset_version: String = "rulesetVersion",
        /// The portal's identifier of the case.
        #[validate(length(min = 1, max = 100, code = "text_length"))]
        id: String = "id",
        /// The client.
        client: Client = "client",
        /// The procedure the case follows.
        pathway: Pathway = "pathway",
        /// The facility holding the case (facility pathways).
        #[validate(length(min = 1, max = 100, code = "text_length"))]
        facility_id: String = "facilityId",
        /// The commune holding the case (child protection; an address down to the commune).
        commune: Address = "commune",
        /// The case manager.
        case_manager: CaseManager = "caseManager",
        /// When the report or request was received (with offset); starts the clocks.
        received_at: DateTime = "receivedAt",
        /// Emergency or not.
        urgency: Urgency = "urgency",
        /// Child protection level (child-protection pathway).
        protection_level: ProtectionLevel = "protectionLevel",
        /// Consent to share the client's information.
        consent_to_share: ConsentToShare = "consentToShare",
        /// Information that must never be published.
        confidentiality: Vec<ConfidentialityFlag> = "confidentiality",
        /// Status; it must match the last step.
        status: CaseStatus = "status",
        /// The steps taken, in order.
        steps: Vec<CaseStep> = "steps",
        /// Why the case was closed.
        closure_reason: ClosureReason = "closureReason",
        /// Date the case was closed.
        closure_date: Date = "closureDate",
        /// Admission to a facility, if the client was admitted.
        admission: FacilityAdmission = "admission",
    }
}

/// The code lists of this module, for [`super::enums::labels`].
pub const ENUM_LISTS: &[EnumInfo] = &[
    Pathway::INFO,
    Urgency::INFO,
    ProtectionLevel::INFO,
    CaseStatus::INFO,
    StepType::INFO,
    ActorRole::INFO,
    ClosureReason::INFO,
    BeneficiaryCategory::INFO,
    DisabilityType::INFO,
    DisabilitySeverity::INFO,
    PovertyStatus::INFO,
    ConfidentialityFlag::INFO,
    ConsentGiver::INFO,
    AdmissionType::INFO,
];

/// The record types of this module.
pub const RECORD_TYPES: &[RecordInfo] = &[
    Case::INFO,
    Client::INFO,
    Disability::INFO,
    CaseManager::INFO,
    ConsentToShare::INFO,
    CaseStep::INFO,
    Referral::INFO,
    FacilityAdmission::INFO,
];

impl Validated for Case {
    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::contract::check_ruleset_version(&self.ruleset_version, cx, base);
        crate::rules::case::check_case(self, cx, base);
    }
}
