// Generated from the Rust model by tests/typescript.rs. DO NOT EDIT.
// Every field is optional on the wire (null counts as absent); which are required is a
// rule, reported as `required` (an error on submit, a warning in draft mode).

/** Code list `codeSet`. */
export type CodeSet = "2025" | "legacy";

/** Code list `gender`. */
export type Gender = "male" | "female" | "unspecified";

/** Code list `identifierKind`. */
export type IdentifierKind = "cccd" | "cmnd" | "passport" | "social-insurance" | "tax-code" | "birth-certificate";

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

/** Code list `ethnicGroup`. */
export type EthnicGroupCode = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54";

/** Record type `address`. */
export interface Address {
  codeSet?: CodeSet | null;
  provinceCode?: string | null;
  districtCode?: string | null;
  wardCode?: string | null;
  street?: string | null;
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

/** Record type `staff`. */
export interface StaffMember {
  rulesetVersion?: string | null;
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
}

/** Record type `case`. */
export interface Case {
  rulesetVersion?: string | null;
}
