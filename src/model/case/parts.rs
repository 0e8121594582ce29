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
        disability_type: DisabilityType = "disabilityType",
        /// Severity.
        severity: DisabilitySeverity = "severity",
        /// Number of the disability certificate (giấy xác nhận khuyết tật).
        certificate_number: String = "certificateNumber" where length 1..=100,
        /// Date the certificate was issued.
        certificate_date: Date = "certificateDate",
    }
}

crate::record! {
    /// The client of a case: a person with the facts that decide their entitlements.
    pub struct Client ("client") {
        /// The person.
        person: Person = "person",
        /// Beneficiary categories (NĐ 20/2021 Điều 5).
        categories: Vec<BeneficiaryCategory> = "categories",
        /// Why a child is protected: the groups of children in special circumstances (Luật
        /// Trẻ em 2016 Điều 10).
        special_circumstances: Vec<SpecialCircumstance> = "specialCircumstances",
        /// Whether the client is in education (needed for category k2).
        in_education: bool = "inEducation",
        /// Disability record, if any.
        disability: Disability = "disability",
        /// Household poverty status.
        poverty_status: PovertyStatus = "povertyStatus",
        /// Legal guardian, if any.
        guardian: Person = "guardian",
    }
}

crate::record! {
    /// The staff member managing the case (người quản lý trường hợp).
    pub struct CaseManager ("caseManager") {
        /// The staff member's identifier in the portal.
        staff_id: String = "staffId" where length 1..=100,
        /// Their workforce category (TT 02/2020 Điều 2(2) allows four).
        category: WorkforceCategory = "category",
        /// Who assigned them: the facility head or the commune chair.
        assigned_by: ActorRole = "assignedBy",
        /// Date of assignment.
        assigned_on: Date = "assignedOn",
    }
}

crate::record! {
    /// Consent to share the client's information (TT 02/2020 Điều 9(2)): the client's (or
    /// family's or guardian's) and the head's or commune chair's agreement.
    pub struct ConsentToShare ("consentToShare") {
        /// The client, family or guardian agreed.
        client_agreed: bool = "clientAgreed",
        /// Who agreed for the client.
        given_by: ConsentGiver = "givenBy",
        /// The facility head or commune chair agreed.
        head_agreed: bool = "headAgreed",
        /// Date the consent was recorded.
        recorded_on: Date = "recordedOn",
    }
}

crate::record! {
    /// A referral to another service provider.
    pub struct Referral ("referral") {
        /// The organisation referred to, as written.
        to_organisation: String = "toOrganisation" where length 1..=300,
        /// The service the client is referred for.
        service: SocialWorkService = "service",
        /// Date of the referral.
        referred_on: Date = "referredOn",
    }
}

crate::record! {
    /// One step of a case, in the order the steps were taken.
    pub struct CaseStep ("caseStep") {
        /// What the step is.
        step_type: StepType = "stepType",
        /// When it started (with offset).
        started_at: DateTime = "startedAt",
        /// When it was completed (with offset).
        completed_at: DateTime = "completedAt",
        /// Identifier of the staff member who acted.
        actor_staff_id: String = "actorStaffId" where length 1..=100,
        /// Role of the actor (plan approval needs the facility head or commune chair).
        actor_role: ActorRole = "actorRole",
        /// Services planned (plan) or delivered (intervention).
        services: Vec<SocialWorkService> = "services",
        /// Referrals made (intervention, referral).
        referrals: Vec<Referral> = "referrals",
        /// Facility or commune the case is transferred to (transfer).
        transfer_to: String = "transferTo" where length 1..=300,
        /// Reference of the form or minutes of the step.
        document_ref: String = "documentRef" where length 1..=100,
    }
}

crate::record! {
    /// Admission to a facility (NĐ 20/2021 Điều 27–28).
    pub struct FacilityAdmission ("facilityAdmission") {
        /// Regular, emergency or voluntary.
        admission_type: AdmissionType = "admissionType",
        /// Which clients cared for in a facility the client belongs to (NĐ 20/2021 Điều 24).
        care_category: FacilityCareCategory = "careCategory",
        /// Number of the admission decision or contract.
        decision_number: String = "decisionNumber" where length 1..=100,
        /// Date of the decision.
        decision_date: Date = "decisionDate",
        /// First day in the facility.
        admitted_on: Date = "admittedOn",
        /// Day the client left the facility.
        discharged_on: Date = "dischargedOn",
        /// Date the managing body decided to extend an emergency stay beyond 3 months.
        stay_extended_on: Date = "stayExtendedOn",
    }
}
