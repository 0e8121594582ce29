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
        ruleset_version: String = "rulesetVersion",
        /// The portal's identifier of the case.
        id: String = "id" where length 1..=100,
        /// The client.
        client: Client = "client",
        /// The procedure the case follows.
        pathway: Pathway = "pathway",
        /// The facility holding the case (facility pathways).
        facility_id: String = "facilityId" where length 1..=100,
        /// The commune holding the case (child protection; an address down to the commune).
        commune: Address = "commune",
        /// The case manager.
        case_manager: CaseManager = "caseManager",
        /// Who reported the case or asked for help.
        referral_source: ReferralSource = "referralSource",
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
