// Must NOT compile: bindForm takes a record kind of the registry (TS2345).
import { bindForm } from "ctxh/forms";

export const bound = (form: HTMLFormElement) => bindForm(form, "person");
