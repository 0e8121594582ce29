// Synthetic staff records for the benchmarks: the recipe and generator of
// benches/support/records.rs (mulberry32, seed 42), so that Node and the native benchmarks draw
// the same records. About 5 % carry one error of six kinds (a digit in the name, an 11-digit
// CCCD, a phone prefix that does not exist, an unknown workforce category, a ward of another
// province, a month 13); the others are valid.

export class Rng {
  constructor(seed) {
    this.s = seed >>> 0;
  }
  nextU32() {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1) >>> 0;
    t = (t ^ (t + Math.imul(t ^ (t >>> 7), t | 61))) >>> 0;
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** A number in 0..n (the high bits of u32 × n, as in Rust). */
  below(n) {
    return Number((BigInt(this.nextU32()) * BigInt(n)) >> 32n);
  }
  pick(items) {
    return items[this.below(items.length)];
  }
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "H'Mông"];
const MIDDLE_MALE = ["Văn", "Đức", "Quang", "Minh"];
const MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Mai"];
const GIVEN = ["Hoà", "Páo", "An", "Bình", "Hương", "Dũng", "Hạnh", "Khoa", "Lan", "Tú"];
const PREFIXES = ["091", "098", "090", "032", "086", "070", "081", "096", "088", "039"];
const CATEGORIES = ["civil-servant", "public-employee", "contract-worker", "part-time"];
export const PROVINCES = ["01", "79", "48", "31", "92", "75"];

const pad = (n, width) => String(n).padStart(width, "0");

/** `n` records as objects and how many carry an error; `wards[p]` lists the 2025 communes of
 * PROVINCES[p] in table order (from ctxh.communes). */
export function staffRecords(n, seed, wards) {
  const rng = new Rng(seed);
  const out = [];
  let broken = 0;
  for (let i = 0; i < n; i++) {
    const male = rng.below(2) === 0;
    const year = 1960 + rng.below(40);
    const month = 1 + rng.below(12);
    const day = 1 + rng.below(28);
    const middle = male ? rng.pick(MIDDLE_MALE) : rng.pick(MIDDLE_FEMALE);
    let name = `${rng.pick(FAMILY)} ${middle} ${rng.pick(GIVEN)}`;
    const p = rng.below(PROVINCES.length);
    const province = PROVINCES[p];
    let ward = wards[p][rng.below(wards[p].length)];
    const sex = (male ? 0 : 1) + (year >= 2000 ? 2 : 0);
    let cccd = `0${province}${sex}${pad(year % 100, 2)}${pad(1 + rng.below(999998), 6)}`;
    let phone = `${rng.pick(PREFIXES)}${pad(rng.below(10000000), 7)}`;
    let category = rng.pick(CATEGORIES);
    let birth = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
    const start = year + 22 + rng.below(10);
    if (rng.below(100) < 5) {
      broken++;
      switch (rng.below(6)) {
        case 0: name += " 2"; break;
        case 1: cccd = cccd.slice(0, 11); break;
        case 2: phone = `012${phone.slice(3)}`; break;
        case 3: category = "teacher"; break;
        case 4: ward = wards[(p + 1) % wards.length][0]; break;
        default: birth = `${year}-13-${pad(day, 2)}`;
      }
    }
    out.push({
      person: {
        fullName: name,
        gender: male ? "male" : "female",
        birthDate: birth,
        ethnicity: "01",
        phone,
        identifiers: [{ kind: "cccd", number: cccd }],
        address: { codeSet: "2025", provinceCode: province, wardCode: ward },
      },
      workforceCategory: category,
      employer: { facilityId: `F-${p}` },
      assignments: [{ startDate: `${start}-09-01` }],
    });
  }
  return { records: out, broken };
}
