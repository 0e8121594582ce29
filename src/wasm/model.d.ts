// Generated from the Rust model by tests/typescript.rs. DO NOT EDIT.
// Every field is optional on the wire (null counts as absent); which are required is a
// rule, reported as `required` (an error on submit, a warning in draft mode).

/** Code list `codeSet`. */
export type CodeSet = "2025" | "legacy";

/** Code list `gender`. */
export type Gender = "male" | "female" | "unspecified";

/** Code list `identifierKind`. */
export type IdentifierKind = "cccd" | "cmnd" | "passport" | "social-insurance" | "tax-code" | "birth-certificate";

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
}

/** Record type `facility`. */
export interface Facility {
  rulesetVersion?: string | null;
}

/** Record type `case`. */
export interface Case {
  rulesetVersion?: string | null;
}
