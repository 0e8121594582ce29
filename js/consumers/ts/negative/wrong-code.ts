// Must NOT compile: a value outside its code list (TS2322).
import type { StaffMember } from "ctxh";

export const staff: StaffMember = { workforceCategory: "manager" };
