//! Synthetic staff records for the benchmarks: the recipe of `bench/records.mjs` (the Node
//! benchmark), with the same pseudo-random generator (mulberry32), so both draw the same
//! records. About 5 % of the records carry one error of six kinds (a digit in the name, an
//! 11-digit CCCD, a phone prefix that does not exist, an unknown workforce category, a ward of
//! another province, a month 13); the others are valid.

use ctxh::model::address::CodeSet;
use ctxh::reference::units::units;

/// mulberry32: a small, fast generator with the same results in Rust and JavaScript.
pub struct Rng(u32);

impl Rng {
    pub fn new(seed: u32) -> Rng {
        Rng(seed)
    }

    pub fn next_u32(&mut self) -> u32 {
        self.0 = self.0.wrapping_add(0x6D2B_79F5);
        let mut t = self.0;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        t ^ (t >> 14)
    }

    /// A number in 0..n.
    pub fn below(&mut self, n: u32) -> u32 {
        ((u64::from(self.next_u32()) * u64::from(n)) >> 32) as u32
    }

    pub fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len() as u32) as usize]
    }
}

const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "H'Mông",
];
const MIDDLE_MALE: &[&str] = &["Văn", "Đức", "Quang", "Minh"];
const MIDDLE_FEMALE: &[&str] = &["Thị", "Ngọc", "Thu", "Mai"];
const GIVEN: &[&str] = &[
    "Hoà", "Páo", "An", "Bình", "Hương", "Dũng", "Hạnh", "Khoa", "Lan", "Tú",
];
const PREFIXES: &[&str] = &[
    "091", "098", "090", "032", "086", "070", "081", "096", "088", "039",
];
const CATEGORIES: &[&str] = &[
    "civil-servant",
    "public-employee",
    "contract-worker",
    "part-time",
];
const PROVINCES: &[&str] = &["01", "79", "48", "31", "92", "75"];

/// The 2025 communes of the provinces the records use, in table order.
pub fn wards() -> Vec<Vec<String>> {
    let y2025 = units(CodeSet::Y2025).expect("2025 units");
    PROVINCES
        .iter()
        .map(|p| {
            y2025
                .province(p)
                .expect("province")
                .communes()
                .map(|c| c.code())
                .collect()
        })
        .collect()
}

/// `n` records as JSON texts (one per record) and how many of them carry an error.
pub fn staff_records(n: usize, seed: u32) -> (Vec<String>, usize) {
    let wards = wards();
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(n);
    let mut broken = 0;
    for _ in 0..n {
        let male = rng.below(2) == 0;
        let year = 1960 + rng.below(40);
        let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
        let middle = if male {
            rng.pick(MIDDLE_MALE)
        } else {
            rng.pick(MIDDLE_FEMALE)
        };
        let mut name = format!("{} {} {}", rng.pick(FAMILY), middle, rng.pick(GIVEN));
        let p = rng.below(PROVINCES.len() as u32) as usize;
        let province = PROVINCES[p];
        let mut ward = wards[p][rng.below(wards[p].len() as u32) as usize].clone();
        // CCCD: birth province (3 digits), century and sex, year (2 digits), serial (6 digits).
        let sex = if male { 0 } else { 1 } + if year >= 2000 { 2 } else { 0 };
        let mut cccd = format!(
            "0{province}{sex}{:02}{:06}",
            year % 100,
            1 + rng.below(999_998)
        );
        let mut phone = format!("{}{:07}", rng.pick(PREFIXES), rng.below(10_000_000));
        let mut category = rng.pick(CATEGORIES).to_owned();
        let mut birth = format!("{year}-{month:02}-{day:02}");
        let start = year + 22 + rng.below(10);
        if rng.below(100) < 5 {
            broken += 1;
            match rng.below(6) {
                0 => name.push_str(" 2"),
                1 => cccd.truncate(11),
                2 => phone = format!("012{}", &phone[3..]),
                3 => category = "teacher".to_owned(),
                4 => ward = wards[(p + 1) % wards.len()][0].clone(),
                _ => birth = format!("{year}-13-{day:02}"),
            }
        }
        let gender = if male { "male" } else { "female" };
        out.push(format!(
            concat!(
                r#"{{"person":{{"fullName":"{name}","gender":"{gender}","birthDate":"{birth}","#,
                r#""ethnicity":"01","phone":"{phone}","identifiers":[{{"kind":"cccd","number":"{cccd}"}}],"#,
                r#""address":{{"codeSet":"2025","provinceCode":"{province}","wardCode":"{ward}"}}}},"#,
                r#""workforceCategory":"{category}","employer":{{"facilityId":"F-{p}"}},"#,
                r#""assignments":[{{"startDate":"{start}-09-01"}}]}}"#
            ),
            name = name,
            gender = gender,
            birth = birth,
            phone = phone,
            cccd = cccd,
            province = province,
            ward = ward,
            category = category,
            p = p,
            start = start,
        ));
    }
    (out, broken)
}
