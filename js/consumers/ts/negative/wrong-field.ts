// Must NOT compile: a misspelt field of a staff record (TS2561, unknown property; did you mean).
import { validateStaff } from "ctxh";

validateStaff({ workforceCategry: "volunteer-team-member" }, { lang: "en" });
