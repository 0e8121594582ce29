// The benchmark's staff schema in ajv 8 (JSON Schema + custom keywords), zod 4 and valibot 1:
// the same facts (bench/checks.mjs), each library written the way its documentation shows.

import Ajv from "ajv";
import { z } from "zod";
import * as v from "valibot";
import {
  AS_OF, CATEGORIES, ETHNICITY_RE, GENDERS, ID_KINDS, NAME_RE, PHONE_RE,
  cccdAgrees, isDate, wardInProvince,
} from "./checks.mjs";

export { AS_OF };

/** ajv: a compiled validate(record) → boolean. */
export function ajvValidator(wards) {
  const AjvClass = Ajv.default ?? Ajv;
  const ajv = new AjvClass({ allErrors: false });
  const keyword = (name, type, check) =>
    ajv.addKeyword({ keyword: name, type, schemaType: "boolean", errors: false, validate: (_, data) => check(data) });
  keyword("partialDate", "string", (s) => isDate(s, true, true));
  keyword("fullDate", "string", (s) => isDate(s, false, false));
  keyword("cccdAgrees", "object", cccdAgrees);
  keyword("wardInProvince", "object", (a) => wardInProvince(wards, a));
  const address = {
    type: "object", additionalProperties: false, required: ["codeSet", "provinceCode", "wardCode"],
    properties: {
      codeSet: { enum: ["2025", "legacy"] },
      provinceCode: { type: "string", pattern: "^[0-9]{2}$" },
      districtCode: { type: "string", pattern: "^[0-9]{3}$" },
      wardCode: { type: "string", pattern: "^[0-9]{5}$" },
      street: { type: "string", maxLength: 500 },
    },
    wardInProvince: true,
  };
  const schema = {
    type: "object", additionalProperties: false, required: ["person", "workforceCategory"],
    properties: {
      person: {
        type: "object", additionalProperties: false, required: ["fullName", "gender"], cccdAgrees: true,
        properties: {
          fullName: { type: "string", pattern: NAME_RE.source },
          gender: { enum: GENDERS },
          birthDate: { type: "string", partialDate: true },
          ethnicity: { type: "string", pattern: ETHNICITY_RE.source },
          phone: { type: "string", pattern: PHONE_RE.source },
          identifiers: {
            type: "array",
            items: {
              type: "object", additionalProperties: false, required: ["kind", "number"],
              properties: { kind: { enum: ID_KINDS }, number: { type: "string", minLength: 1 } },
            },
          },
          address,
        },
      },
      workforceCategory: { enum: CATEGORIES },
      employer: {
        type: "object", additionalProperties: false,
        properties: { facilityId: { type: "string", minLength: 1 } },
      },
      assignments: {
        type: "array",
        items: {
          type: "object", additionalProperties: false, required: ["startDate"],
          properties: { startDate: { type: "string", fullDate: true } },
        },
      },
    },
  };
  return ajv.compile(schema);
}

/** zod 4: a schema for safeParse. */
export function zodSchema(wards) {
  const address = z
    .strictObject({
      codeSet: z.enum(["2025", "legacy"]),
      provinceCode: z.string().regex(/^[0-9]{2}$/),
      districtCode: z.string().regex(/^[0-9]{3}$/).optional(),
      wardCode: z.string().regex(/^[0-9]{5}$/),
      street: z.string().max(500).optional(),
    })
    .refine((a) => wardInProvince(wards, a));
  const person = z
    .strictObject({
      fullName: z.string().regex(NAME_RE),
      gender: z.enum(GENDERS),
      birthDate: z.string().refine((s) => isDate(s, true, true)).optional(),
      ethnicity: z.string().regex(ETHNICITY_RE).optional(),
      phone: z.string().regex(PHONE_RE).optional(),
      identifiers: z.array(z.strictObject({ kind: z.enum(ID_KINDS), number: z.string().min(1) })).optional(),
      address: address.optional(),
    })
    .refine(cccdAgrees);
  return z.strictObject({
    person,
    workforceCategory: z.enum(CATEGORIES),
    employer: z.strictObject({ facilityId: z.string().min(1).optional() }).optional(),
    assignments: z.array(z.strictObject({ startDate: z.string().refine((s) => isDate(s, false, false)) })).optional(),
  });
}

/** valibot 1: a schema for v.safeParse. */
export function valibotSchema(wards) {
  const address = v.pipe(
    v.strictObject({
      codeSet: v.picklist(["2025", "legacy"]),
      provinceCode: v.pipe(v.string(), v.regex(/^[0-9]{2}$/)),
      districtCode: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{3}$/))),
      wardCode: v.pipe(v.string(), v.regex(/^[0-9]{5}$/)),
      street: v.optional(v.pipe(v.string(), v.maxLength(500))),
    }),
    v.check((a) => wardInProvince(wards, a)),
  );
  const person = v.pipe(
    v.strictObject({
      fullName: v.pipe(v.string(), v.regex(NAME_RE)),
      gender: v.picklist(GENDERS),
      birthDate: v.optional(v.pipe(v.string(), v.check((s) => isDate(s, true, true)))),
      ethnicity: v.optional(v.pipe(v.string(), v.regex(ETHNICITY_RE))),
      phone: v.optional(v.pipe(v.string(), v.regex(PHONE_RE))),
      identifiers: v.optional(
        v.array(v.strictObject({ kind: v.picklist(ID_KINDS), number: v.pipe(v.string(), v.minLength(1)) })),
      ),
      address: v.optional(address),
    }),
    v.check(cccdAgrees),
  );
  return v.strictObject({
    person,
    workforceCategory: v.picklist(CATEGORIES),
    employer: v.optional(v.strictObject({ facilityId: v.optional(v.pipe(v.string(), v.minLength(1))) })),
    assignments: v.optional(
      v.array(v.strictObject({ startDate: v.pipe(v.string(), v.check((s) => isDate(s, false, false))) })),
    ),
  });
}

export { v };
