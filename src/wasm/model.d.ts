// Generated from the Rust model by tests/typescript.rs. DO NOT EDIT.
// Every field is optional on the wire (null counts as absent); which are required is a
// rule, reported as `required` (an error on submit, a warning in draft mode).

/** The record kinds that can be validated by name (the registry). */
export type RecordKind = "staff" | "facility" | "case" | "address" | "trainingEvent" | "observation";

/** Code list `gender`. */
export type Gender = "male" | "female" | "unspecified";

/** Code list `identifierKind`. */
export type IdentifierKind = "cccd" | "cmnd" | "passport" | "social-insurance" | "tax-code" | "birth-certificate";

/** Code list `codeSet`. */
export type CodeSet = "2025" | "legacy";

/** Code list `workforceCategory`. */
export type WorkforceCategory = "civil-servant" | "public-employee" | "contract-worker" | "sw-collaborator" | "child-protection-collaborator" | "volunteer-team-member" | "part-time";

/** Code list `agencyLevel`. */
export type AgencyLevel = "central" | "province" | "commune" | "district-legacy";

/** Code list `jobPosition`. */
export type JobPosition = "director" | "deputy-director" | "head-of-unit" | "deputy-head-of-unit" | "social-work" | "psychology" | "direct-care" | "medical-nursing" | "nutrition" | "rehabilitation" | "general-teacher" | "vocational-teacher" | "support" | "other";

/** Code list `contractType`. */
export type ContractType = "appointment" | "labour-contract" | "collaborator-contract" | "volunteer";

/** Code list `professionalTitle`. */
export type ProfessionalTitle = "V.09.04.01" | "V.09.04.02" | "V.09.04.03";

/** Code list `educationLevel`. */
export type EducationLevel = "so-cap" | "trung-cap" | "cao-dang" | "dai-hoc" | "thac-si" | "tien-si";

/** Code list `majorField`. */
export type MajorField = "social-work" | "sociology" | "psychology" | "special-education" | "other-social-science" | "other";

/** Code list `certificateType`. */
export type CertificateType = "sw-skills" | "title-standard-ii" | "title-standard-iii" | "title-standard-iv" | "practice-confirmation" | "practice-registration" | "continuing-education" | "sw-vocational";

/** Code list `facilityType`. */
export type FacilityType = "elderly-care" | "child-care" | "disability-care" | "mental-health-care" | "general-social-protection" | "social-work-centre" | "other" | "social-work-office" | "service-provider";

/** Code list `ownership`. */
export type Ownership = "public" | "non-public";

/** Code list `facilityAgencyKind`. */
export type FacilityAgencyKind = "ministry-of-health" | "health-department" | "district-health-office" | "molisa" | "dolisa" | "district-labour-office" | "provincial-committee" | "district-committee" | "commune-committee" | "other";

/** Code list `establishmentKind`. */
export type EstablishmentKind = "establishment-decision" | "registration-certificate" | "enterprise-registration" | "association-establishment" | "activity-registration";

/** Code list `facilityStatus`. */
export type FacilityStatus = "planned" | "registered" | "licensed" | "suspended" | "licence-revoked" | "dissolved";

/** Code list `clientGroup`. */
export type ClientGroup = "social-protection" | "emergency-protection" | "education-measure" | "voluntary" | "programme";

/** Code list `facilityTask`. */
export type FacilityTask = "emergency-services" | "therapy" | "policy-access" | "intervention-planning" | "residential-care" | "primary-health-care" | "rehabilitation" | "education" | "social-education" | "case-management" | "prevention" | "community-development" | "communication" | "reintegration" | "administration" | "fundraising" | "other-assigned";

/** Code list `socialWorkService`. */
export type SocialWorkService = "emergency-protection" | "care-intervention" | "education-counselling" | "prevention" | "sector-social-work" | "case-management" | "reintegration";

/** Code list `officeLevel`. */
export type OfficeLevel = "province" | "commune" | "school" | "hospital" | "district-legacy";

/** Code list `providerSector`. */
export type ProviderSector = "health" | "education" | "justice" | "other";

/** Code list `beneficiaryCategory`. */
export type BeneficiaryCategory = "k1" | "k2" | "k3" | "k4" | "k5a" | "k5b" | "k5c" | "k5d" | "k6" | "k7" | "k8";

/** Code list `specialCircumstance`. */
export type SpecialCircumstance = "orphan" | "abandoned" | "no-carer" | "disability" | "hiv" | "in-conflict-with-law" | "drug-dependent" | "left-school-to-work" | "violence-harm" | "exploited" | "sexual-abuse" | "trafficked" | "serious-illness" | "migrant-unaccompanied";

/** Code list `disabilityType`. */
export type DisabilityType = "mobility" | "hearing-speech" | "vision" | "neuro-mental" | "intellectual" | "other";

/** Code list `disabilitySeverity`. */
export type DisabilitySeverity = "very-severe" | "severe" | "mild";

/** Code list `povertyStatus`. */
export type PovertyStatus = "poor" | "near-poor" | "none";

/** Code list `pathway`. */
export type Pathway = "facility" | "child-protection" | "disability" | "facility-admission";

/** Code list `actorRole`. */
export type ActorRole = "case-manager" | "staff" | "collaborator" | "facility-head" | "commune-chair" | "other";

/** Code list `referralSource`. */
export type ReferralSource = "self" | "family" | "community" | "hotline" | "police" | "school" | "health-facility" | "commune-committee" | "social-affairs-agency" | "collaborator" | "other-provider" | "other";

/** Code list `urgency`. */
export type Urgency = "emergency" | "non-emergency";

/** Code list `protectionLevel`. */
export type ProtectionLevel = "prevention" | "support" | "intervention";

/** Code list `consentGiver`. */
export type ConsentGiver = "client" | "parent" | "guardian" | "family-member";

/** Code list `confidentialityFlag`. */
export type ConfidentialityFlag = "hiv" | "sexual-abuse" | "trafficking" | "other-sensitive";

/** Code list `caseStatus`. */
export type CaseStatus = "received" | "assessing" | "planning" | "plan-approved" | "admitted" | "in-intervention" | "under-review" | "closed" | "referred-out" | "transferred";

/** Code list `stepType`. */
export type StepType = "intake" | "initial-risk-assessment" | "emergency-protection" | "assessment" | "plan" | "plan-approval" | "admission" | "intervention" | "review" | "closure" | "referral" | "transfer" | "follow-up";

/** Code list `closureReason`. */
export type ClosureReason = "goals-met" | "head-or-chair-decision" | "adopted" | "age-limit" | "no-suitable-service" | "no-contact" | "client-request" | "death-or-missing" | "contract-ended" | "mutual-agreement" | "moved-out" | "guardian-request" | "other-legal";

/** Code list `admissionType`. */
export type AdmissionType = "regular" | "emergency" | "voluntary";

/** Code list `facilityCareCategory`. */
export type FacilityCareCategory = "special-difficulty" | "emergency-protection" | "administrative-measure" | "voluntary";

/** Code list `trainingLevel`. */
export type TrainingLevel = "tap-huan" | "boi-duong-ngan-han" | "trung-cap" | "cao-dang" | "dai-hoc" | "thac-si" | "tien-si";

/** Code list `indicator`. */
export type IndicatorCode = "facilities" | "facility-staff" | "sw-network" | "collaborators" | "communes-with-dedicated-collaborator" | "communes-with-collaborator" | "training-classes" | "training-attendances" | "trained-persons" | "qualified-persons" | "sw-offices" | "sw-office-staff" | "facility-clients" | "open-cases" | "units-with-sw-staff" | "facilities-with-sw-services" | "facilities-with-sw-room" | "workforce-trained" | "collaborators-trained";

/** Code list `indicatorUnit`. */
export type IndicatorUnit = "count" | "percent" | "person-times";

/** Code list `observationLevel`. */
export type ObservationLevel = "country" | "province" | "district-legacy" | "commune";

/** Code list `observationBasis`. */
export type ObservationBasis = "actual" | "planned";

/** Code list `ethnicGroup`. */
export type EthnicGroupCode = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54";

/** Record type `staff`. */
export interface StaffMember {
  rulesetVersion?: string | null;
  id?: string | null;
  person?: Person | null;
  workforceCategory?: WorkforceCategory | null;
  dedicated?: boolean | null;
  employer?: Employer | null;
  commune?: Address | null;
  assignments?: Assignment[] | null;
  titleAppointments?: TitleAppointment[] | null;
  qualifications?: Qualification[] | null;
  certificates?: Certificate[] | null;
  trainingAttendances?: TrainingAttendance[] | null;
}

/** Record type `person`. */
export interface Person {
  fullName?: string | null;
  birthDate?: string | null;
  gender?: Gender | null;
  ethnicity?: string | null;
  nationality?: string | null;
  identifiers?: PersonIdentifier[] | null;
  phone?: string | null;
  email?: string | null;
  address?: Address | null;
  deceasedDate?: string | null;
}

/** Record type `personIdentifier`. */
export interface PersonIdentifier {
  kind?: IdentifierKind | null;
  number?: string | null;
  issuedDate?: string | null;
  issuedBy?: string | null;
  expiryDate?: string | null;
}

/** Record type `address`. */
export interface Address {
  codeSet?: CodeSet | null;
  provinceCode?: string | null;
  districtCode?: string | null;
  wardCode?: string | null;
  street?: string | null;
}

/** Record type `employer`. */
export interface Employer {
  facilityId?: string | null;
  agency?: Agency | null;
}

/** Record type `agency`. */
export interface Agency {
  level?: AgencyLevel | null;
  name?: string | null;
  adminUnit?: Address | null;
}

/** Record type `assignment`. */
export interface Assignment {
  facilityId?: string | null;
  jobPosition?: JobPosition | null;
  startDate?: string | null;
  endDate?: string | null;
  dedicated?: boolean | null;
  concurrent?: boolean | null;
  contractType?: ContractType | null;
  monthlyAllowance?: number | null;
  allowanceBasis?: string | null;
}

/** Record type `titleAppointment`. */
export interface TitleAppointment {
  title?: ProfessionalTitle | null;
  salaryStep?: number | null;
  coefficient?: number | null;
  appointedDate?: string | null;
  decisionNumber?: string | null;
}

/** Record type `qualification`. */
export interface Qualification {
  level?: EducationLevel | null;
  major?: MajorField | null;
  majorName?: string | null;
  institution?: string | null;
  graduationDate?: string | null;
  diplomaNumber?: string | null;
}

/** Record type `certificate`. */
export interface Certificate {
  kind?: CertificateType | null;
  number?: string | null;
  issuedBy?: string | null;
  issuedDate?: string | null;
  expiryDate?: string | null;
}

/** Record type `trainingAttendance`. */
export interface TrainingAttendance {
  eventId?: string | null;
  courseName?: string | null;
  organiser?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  completed?: boolean | null;
  hours?: number | null;
}

/** Record type `facility`. */
export interface Facility {
  rulesetVersion?: string | null;
  id?: string | null;
  name?: string | null;
  facilityType?: FacilityType | null;
  ownership?: Ownership | null;
  address?: Address | null;
  head?: Person | null;
  phone?: string | null;
  email?: string | null;
  taxCode?: string | null;
  managingAgency?: FacilityAgency | null;
  establishment?: EstablishmentAct | null;
  licence?: OperatingLicence | null;
  status?: FacilityStatus | null;
  suspendedFrom?: string | null;
  suspendedUntil?: string | null;
  dissolutionDate?: string | null;
  designCapacity?: number | null;
  residents?: ResidentCount[] | null;
  staff?: StaffCount[] | null;
  tasks?: FacilityTask[] | null;
  services?: SocialWorkService[] | null;
  hasSocialWorkUnit?: boolean | null;
  hasSocialWorkRoom?: boolean | null;
  officeLevel?: OfficeLevel | null;
  sector?: ProviderSector | null;
  serviceArea?: Address[] | null;
}

/** Record type `facilityAgency`. */
export interface FacilityAgency {
  kind?: FacilityAgencyKind | null;
  name?: string | null;
  provinceCode?: string | null;
}

/** Record type `establishmentAct`. */
export interface EstablishmentAct {
  kind?: EstablishmentKind | null;
  number?: string | null;
  date?: string | null;
  issuer?: FacilityAgency | null;
}

/** Record type `operatingLicence`. */
export interface OperatingLicence {
  number?: string | null;
  issuedDate?: string | null;
  issuer?: FacilityAgency | null;
}

/** Record type `residentCount`. */
export interface ResidentCount {
  group?: ClientGroup | null;
  count?: number | null;
}

/** Record type `staffCount`. */
export interface StaffCount {
  position?: JobPosition | null;
  count?: number | null;
}

/** Record type `case`. */
export interface Case {
  rulesetVersion?: string | null;
  id?: string | null;
  client?: Client | null;
  pathway?: Pathway | null;
  facilityId?: string | null;
  commune?: Address | null;
  caseManager?: CaseManager | null;
  referralSource?: ReferralSource | null;
  receivedAt?: string | null;
  urgency?: Urgency | null;
  protectionLevel?: ProtectionLevel | null;
  consentToShare?: ConsentToShare | null;
  confidentiality?: ConfidentialityFlag[] | null;
  status?: CaseStatus | null;
  steps?: CaseStep[] | null;
  closureReason?: ClosureReason | null;
  closureDate?: string | null;
  admission?: FacilityAdmission | null;
}

/** Record type `client`. */
export interface Client {
  person?: Person | null;
  categories?: BeneficiaryCategory[] | null;
  specialCircumstances?: SpecialCircumstance[] | null;
  inEducation?: boolean | null;
  disability?: Disability | null;
  povertyStatus?: PovertyStatus | null;
  guardian?: Person | null;
}

/** Record type `disability`. */
export interface Disability {
  disabilityType?: DisabilityType | null;
  severity?: DisabilitySeverity | null;
  certificateNumber?: string | null;
  certificateDate?: string | null;
}

/** Record type `caseManager`. */
export interface CaseManager {
  staffId?: string | null;
  category?: WorkforceCategory | null;
  assignedBy?: ActorRole | null;
  assignedOn?: string | null;
}

/** Record type `consentToShare`. */
export interface ConsentToShare {
  clientAgreed?: boolean | null;
  givenBy?: ConsentGiver | null;
  headAgreed?: boolean | null;
  recordedOn?: string | null;
}

/** Record type `caseStep`. */
export interface CaseStep {
  stepType?: StepType | null;
  startedAt?: string | null;
  completedAt?: string | null;
  actorStaffId?: string | null;
  actorRole?: ActorRole | null;
  services?: SocialWorkService[] | null;
  referrals?: Referral[] | null;
  transferTo?: string | null;
  documentRef?: string | null;
}

/** Record type `referral`. */
export interface Referral {
  toOrganisation?: string | null;
  service?: SocialWorkService | null;
  referredOn?: string | null;
}

/** Record type `facilityAdmission`. */
export interface FacilityAdmission {
  admissionType?: AdmissionType | null;
  careCategory?: FacilityCareCategory | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  admittedOn?: string | null;
  dischargedOn?: string | null;
  stayExtendedOn?: string | null;
}

/** Record type `trainingEvent`. */
export interface TrainingEvent {
  rulesetVersion?: string | null;
  id?: string | null;
  title?: string | null;
  level?: TrainingLevel | null;
  organiser?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  adminUnit?: Address | null;
}

/** Record type `observation`. */
export interface Observation {
  rulesetVersion?: string | null;
  indicator?: IndicatorCode | null;
  unit?: IndicatorUnit | null;
  level?: ObservationLevel | null;
  adminUnit?: Address | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  referenceDate?: string | null;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  persons?: number | null;
  category?: string | null;
  components?: ObservationComponent[] | null;
  lowerBound?: boolean | null;
  basis?: ObservationBasis | null;
  source?: ObservationSource | null;
}

/** Record type `observationComponent`. */
export interface ObservationComponent {
  label?: string | null;
  category?: string | null;
  unit?: IndicatorUnit | null;
  value?: number | null;
}

/** Record type `observationSource`. */
export interface ObservationSource {
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
}
