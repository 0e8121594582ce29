// Must NOT compile: an unknown record kind for schema() (TS2345).
import { schema } from "ctxh";

schema("person");
