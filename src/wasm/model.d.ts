// Generated from the Rust model by tests/typescript.rs. DO NOT EDIT.
// Every field is optional on the wire (null counts as absent); which are required is a
// rule, reported as `required` (an error on submit, a warning in draft mode).

/** Code list `codeSet`. */
export type CodeSet = "2025" | "legacy";

/** Record type `address`. */
export interface Address {
  codeSet?: CodeSet | null;
  provinceCode?: string | null;
  districtCode?: string | null;
  wardCode?: string | null;
  street?: string | null;
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
