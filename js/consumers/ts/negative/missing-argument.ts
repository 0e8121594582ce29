// Must NOT compile: validateField without its value (TS2554, expected arguments).
import { validateField } from "ctxh";

validateField("staff", "person.fullName");
