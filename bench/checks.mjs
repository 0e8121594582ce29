// The facts the competing validators check on the benchmark's staff records, written once and
// used by the ajv keywords, the zod refinements and the valibot checks alike:
// - the name: letters and combining marks of any script, spaces, hyphens, apostrophes, 2 to 100
//   characters (so no digit);
// - dates: YYYY, YYYY-MM or YYYY-MM-DD for the birth date (not after asOf), YYYY-MM-DD for an
//   assignment's start (which may be planned, after asOf); a real calendar day;
// - gender, workforce category, identifier kind, code set: the code lists;
// - ethnicity "01".."54"; phone: 10 digits starting 03, 05, 07, 08, 09, or 11 starting 02;
// - a CCCD: 12 digits, and its 4th digit (century and sex) and 5th-6th (birth year) agree
//   with the person (ctxh makes these two warnings: the generated records always agree);
// - the address: codes of 2 and 5 digits and the ward in the province (the 2025 table);
// - no unknown field anywhere.
// ctxh checks more on the same records (see BENCHMARKS.md).

export const AS_OF = "2026-03-01";
export const GENDERS = ["male", "female", "unspecified"];
export const CATEGORIES = [
  "civil-servant", "public-employee", "contract-worker", "sw-collaborator",
  "child-protection-collaborator", "volunteer-team-member", "part-time",
];
export const ID_KINDS = ["cccd", "cmnd", "passport", "social-insurance", "tax-code", "birth-certificate"];
export const NAME_RE = /^[\p{L}\p{M}' -]{2,100}$/u;
export const PHONE_RE = /^(0[35789][0-9]{8}|02[0-9]{9})$/;
export const ETHNICITY_RE = /^(0[1-9]|[1-4][0-9]|5[0-4])$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** A date written YYYY-MM-DD (or, when `partial`, YYYY or YYYY-MM) that exists and, when
 * `past`, is not after AS_OF. */
export function isDate(s, partial, past) {
  if (typeof s !== "string") return false;
  const m = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(s);
  if (!m || (!partial && m[3] === undefined)) return false;
  const y = +m[1];
  if (m[2] !== undefined) {
    const mo = +m[2];
    if (mo < 1 || mo > 12) return false;
    if (m[3] !== undefined) {
      const d = +m[3];
      const max = mo === 2 && leap(y) ? 29 : DAYS[mo - 1];
      if (d < 1 || d > max) return false;
    }
  }
  return !past || s.slice(0, 10) <= AS_OF.slice(0, s.length);
}

/** The CCCD numbers of a person are 12 digits and agree with its gender and birth year. */
export function cccdAgrees(person) {
  const ids = person.identifiers;
  if (!Array.isArray(ids)) return true;
  for (const id of ids) {
    if (id === null || typeof id !== "object" || id.kind !== "cccd") continue;
    const n = id.number;
    if (typeof n !== "string" || !/^[0-9]{12}$/.test(n)) return false;
    const g = n.charCodeAt(3) - 48;
    if (person.gender === "male" && g % 2 !== 0) return false;
    if (person.gender === "female" && g % 2 !== 1) return false;
    const year = 1900 + 100 * Math.floor(g / 2) + +n.slice(4, 6);
    if (typeof person.birthDate === "string" && +person.birthDate.slice(0, 4) !== year) return false;
  }
  return true;
}

/** The ward is in the province, from `wards`: Map(provinceCode → Set(wardCode)). */
export function wardInProvince(wards, address) {
  if (address === null || typeof address !== "object") return true;
  const set = wards.get(address.provinceCode);
  return set !== undefined && set.has(address.wardCode);
}
