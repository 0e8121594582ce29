//! The rows of the sample exports (see `examples/samples.rs` and `samples/README.md`): seeded,
//! so every machine writes the same bytes. Headers are the Vietnamese headers of the registry's
//! flat column view (`ctxh::table::columns`), found by wire path; cells are written the way a
//! spreadsheet holds them (`15/03/1988`, `Nam`, `Cộng tác viên công tác xã hội`).
//!
//! Invalid rows, one kind each, at known places (`INVALID_EVERY` rows apart): a digit in the
//! name, an 11-digit CCCD, a commune of another province, 31 February, an unknown workforce
//! category, a phone number that does not exist; and two people entered twice.

use ctxh::model::address::CodeSet;
use ctxh::model::RecordKind;
use ctxh::reference::units::units;

use crate::records::Rng;

/// One sample file: its name and what writes it.
pub struct SampleFile {
    pub name: &'static str,
    pub make: fn() -> String,
}

/// The committed sample files.
pub const SAMPLE_FILES: &[SampleFile] = &[
    SampleFile {
        name: "staff.csv",
        make: || table(RecordKind::Staff, 200, 7, &mut staff_row),
    },
    SampleFile {
        name: "staff-more.csv",
        make: staff_more,
    },
    SampleFile {
        name: "facility.csv",
        make: || table(RecordKind::Facility, 60, 3, &mut facility_row),
    },
    SampleFile {
        name: "case.csv",
        make: || table(RecordKind::Case, 120, 5, &mut case_row),
    },
    SampleFile {
        name: "staff-legacy.csv",
        make: legacy_staff,
    },
];

/// Rows between two invalid rows (`row % INVALID_EVERY == INVALID_AT` is invalid).
pub const INVALID_EVERY: usize = 25;
/// See [`INVALID_EVERY`].
pub const INVALID_AT: usize = 7;

/// The header of a wire path: its Vietnamese label in the kind's flat view.
fn header(kind: RecordKind, path: &str) -> String {
    if path == "STT" {
        return path.to_owned();
    }
    ctxh::table::column(kind, path)
        .unwrap_or_else(|| panic!("no column {path}"))
        .vi
        .clone()
}

/// A CSV cell.
fn cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn line(cells: &[String]) -> String {
    let mut out = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// The 2025 communes (code, name) of the provinces the samples use.
fn communes(province: &str) -> Vec<(String, String)> {
    let y2025 = units(CodeSet::Y2025).expect("2025 units");
    y2025
        .province(province)
        .expect("province")
        .communes()
        .map(|c| (c.code(), c.name().to_owned()))
        .collect()
}

const PROVINCES: &[(&str, &str)] = &[
    ("01", "Hà Nội"),
    ("79", "Thành phố Hồ Chí Minh"),
    ("48", "Đà Nẵng"),
    ("92", "Cần Thơ"),
];

const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Hà",
];
const MIDDLE_MALE: &[&str] = &["Văn", "Đức", "Quang", "Minh"];
const MIDDLE_FEMALE: &[&str] = &["Thị", "Ngọc", "Thu", "Mai"];
const GIVEN: &[&str] = &[
    "Hoà", "Páo", "An", "Bình", "Hương", "Dũng", "Hạnh", "Khoa", "Lan", "Tú", "Thuỷ", "Long",
];
const PHONES: &[&str] = &[
    "091", "098", "090", "032", "086", "070", "081", "096", "088",
];

/// A person of the samples.
struct Person {
    name: String,
    male: bool,
    year: u32,
    birth: String,
    cccd: String,
    phone: String,
    province: usize,
    ward: (String, String),
}

fn person(rng: &mut Rng, wards: &[Vec<(String, String)>], years: (u32, u32)) -> Person {
    let male = rng.below(2) == 0;
    let year = years.0 + rng.below(years.1 - years.0);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    let middle = rng.pick(if male { MIDDLE_MALE } else { MIDDLE_FEMALE });
    let name = format!("{} {} {}", rng.pick(FAMILY), middle, rng.pick(GIVEN));
    let province = rng.below(PROVINCES.len() as u32) as usize;
    let list = &wards[province];
    let ward = list[rng.below(list.len() as u32) as usize].clone();
    let sex = u32::from(!male) + if year >= 2000 { 2 } else { 0 };
    let cccd = format!(
        "0{}{sex}{:02}{:06}",
        PROVINCES[province].0,
        year % 100,
        1 + rng.below(999_998)
    );
    let phone = format!(
        "{} {:03} {:04}",
        rng.pick(PHONES),
        rng.below(1000),
        rng.below(10_000)
    );
    Person {
        name,
        male,
        year,
        birth: format!("{day:02}/{month:02}/{year}"),
        cccd,
        phone,
        province,
        ward,
    }
}

type RowMaker<'m> = &'m mut dyn FnMut(
    &mut Rng,
    &[Vec<(String, String)>],
    usize,
    &[Vec<String>],
) -> Vec<(&'static str, String)>;

/// `rows` rows of `kind` made by `make` with the seed `seed`: the wire paths of the columns
/// and the cells.
fn table_rows(rows: usize, seed: u32, make: RowMaker<'_>) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let wards: Vec<Vec<(String, String)>> = PROVINCES.iter().map(|(p, _)| communes(p)).collect();
    let mut rng = Rng::new(seed);
    let mut paths = Vec::new();
    let mut done: Vec<Vec<String>> = Vec::new();
    for i in 0..rows {
        let cells = make(&mut rng, &wards, i, &done);
        paths = cells.iter().map(|(p, _)| *p).collect();
        done.push(cells.into_iter().map(|(_, v)| v).collect());
    }
    (paths, done)
}

fn render(kind: RecordKind, paths: &[&str], rows: &[Vec<String>]) -> String {
    let headers: Vec<String> = paths.iter().map(|p| header(kind, p)).collect();
    let mut out = line(&headers);
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

/// Writes `rows` rows of `kind` with `make`, the seed `seed`.
fn table(kind: RecordKind, rows: usize, seed: u32, make: RowMaker<'_>) -> String {
    let (paths, rows) = table_rows(rows, seed, make);
    render(kind, &paths, &rows)
}

/// A second staff file: its row 5 is the person of row 20 of `staff.csv` (same name, birth
/// date, gender and CCCD): a duplicate across files.
fn staff_more() -> String {
    let (paths, mut rows) = table_rows(40, 11, &mut staff_row);
    let (_, first) = table_rows(21, 7, &mut staff_row);
    for path in [
        "person.fullName",
        "person.birthDate",
        "person.gender",
        "person.identifiers[kind=cccd].number",
    ] {
        let at = paths.iter().position(|p| *p == path).unwrap();
        rows[5][at] = first[20][at].clone();
    }
    render(RecordKind::Staff, &paths, &rows)
}

/// Writes `rows` rows of a kind for the benchmarks, line by line (a header first); the rows
/// are those of the sample files' recipe (the first 200 kept for the duplicates it plants).
pub fn big(kind: &str, rows: usize, out: &mut dyn FnMut(&str)) {
    let kind = RecordKind::parse(kind).expect("staff, facility or case");
    let wards: Vec<Vec<(String, String)>> = PROVINCES.iter().map(|(p, _)| communes(p)).collect();
    let mut rng = Rng::new(42);
    let mut done: Vec<Vec<String>> = Vec::new();
    for i in 0..rows {
        let cells = match kind {
            RecordKind::Facility => facility_row(&mut rng, &wards, i, &done),
            RecordKind::Case => case_row(&mut rng, &wards, i, &done),
            _ => staff_row(&mut rng, &wards, i, &done),
        };
        if i == 0 {
            let headers: Vec<String> = cells.iter().map(|(p, _)| header(kind, p)).collect();
            out(&line(&headers));
        }
        let values: Vec<String> = cells.into_iter().map(|(_, v)| v).collect();
        out(&line(&values));
        if done.len() < 200 {
            done.push(values);
        }
    }
}

/// Which kind of invalid cell row `i` carries, if any (0..6).
fn invalid(i: usize) -> Option<usize> {
    (i % INVALID_EVERY == INVALID_AT).then_some((i / INVALID_EVERY) % 6)
}

fn staff_row(
    rng: &mut Rng,
    wards: &[Vec<(String, String)>],
    i: usize,
    done: &[Vec<String>],
) -> Vec<(&'static str, String)> {
    let mut p = person(rng, wards, (1965, 2000));
    let kind_of = rng.below(10);
    let (category, dedicated, level) = match kind_of {
        0..=4 => ("Cộng tác viên công tác xã hội", "x", "Cấp xã"),
        5..=6 => ("Cộng tác viên bảo vệ trẻ em", "", "Cấp xã"),
        7..=8 => ("Công chức", "", "Cấp tỉnh"),
        _ => ("Người lao động (hợp đồng)", "", ""),
    };
    let (pcode, pname) = PROVINCES[p.province];
    let collaborator = kind_of <= 6;
    let mut category = category.to_owned();
    let mut ward_code = p.ward.0.clone();
    match invalid(i) {
        Some(0) => p.name.push_str(" 2"),
        Some(1) => p.cccd.truncate(11),
        Some(2) => ward_code = wards[(p.province + 1) % wards.len()][0].0.clone(),
        Some(3) => p.birth = format!("31/02/{}", p.year),
        Some(4) => category = "Giáo viên".to_owned(),
        Some(5) => p.phone = format!("012{}", &p.phone[3..]),
        _ => {}
    }
    let start_year = p.year + 22 + rng.below(8);
    let mut cells = vec![
        ("STT", (i + 1).to_string()),
        ("id", format!("NS-{pcode}-{:05}", i + 1)),
        ("person.fullName", p.name.clone()),
        ("person.birthDate", p.birth.clone()),
        (
            "person.gender",
            if p.male { "Nam" } else { "Nữ" }.to_owned(),
        ),
        ("person.ethnicity", "01".to_owned()),
        ("person.identifiers[kind=cccd].number", p.cccd.clone()),
        (
            "person.identifiers[kind=cccd].issuedDate",
            format!(
                "{:02}/{:02}/{}",
                1 + rng.below(28),
                1 + rng.below(12),
                2021 + rng.below(4)
            ),
        ),
        ("person.phone", p.phone.clone()),
        ("workforceCategory", category),
        ("dedicated", dedicated.to_owned()),
        ("employer.facilityId", String::new()),
        ("employer.agency.level", level.to_owned()),
        ("employer.agency.name", String::new()),
        ("employer.agency.adminUnit.codeSet", String::new()),
        ("employer.agency.adminUnit.provinceCode", String::new()),
        ("employer.agency.adminUnit.wardCode", String::new()),
        ("commune.codeSet", String::new()),
        ("commune.provinceCode", String::new()),
        ("commune.wardCode", String::new()),
        ("assignments[0].jobPosition", "Công tác xã hội".to_owned()),
        (
            "assignments[0].startDate",
            format!(
                "{:02}/{:02}/{start_year}",
                1 + rng.below(28),
                1 + rng.below(12)
            ),
        ),
        ("assignments[0].contractType", String::new()),
        ("qualifications[0].level", String::new()),
        ("qualifications[0].major", String::new()),
    ];
    let set = |cells: &mut Vec<(&'static str, String)>, path: &str, value: String| {
        if let Some(c) = cells.iter_mut().find(|(p, _)| *p == path) {
            c.1 = value;
        }
    };
    if collaborator {
        set(
            &mut cells,
            "employer.agency.name",
            format!("UBND {}", p.ward.1),
        );
        set(
            &mut cells,
            "employer.agency.adminUnit.codeSet",
            "2025".into(),
        );
        set(
            &mut cells,
            "employer.agency.adminUnit.provinceCode",
            pcode.into(),
        );
        set(
            &mut cells,
            "employer.agency.adminUnit.wardCode",
            p.ward.0.clone(),
        );
        set(&mut cells, "commune.codeSet", "2025".into());
        set(&mut cells, "commune.provinceCode", pcode.into());
        set(&mut cells, "commune.wardCode", ward_code);
        set(
            &mut cells,
            "assignments[0].contractType",
            "Hợp đồng cộng tác viên".into(),
        );
    } else if level == "Cấp tỉnh" {
        set(
            &mut cells,
            "employer.agency.name",
            format!("Sở Y tế {pname}"),
        );
        set(
            &mut cells,
            "employer.agency.adminUnit.codeSet",
            "2025".into(),
        );
        set(
            &mut cells,
            "employer.agency.adminUnit.provinceCode",
            pcode.into(),
        );
        set(
            &mut cells,
            "assignments[0].contractType",
            "Biên chế, tuyển dụng".into(),
        );
        set(&mut cells, "qualifications[0].level", "Đại học".into());
        set(
            &mut cells,
            "qualifications[0].major",
            "Công tác xã hội".into(),
        );
    } else {
        set(
            &mut cells,
            "employer.facilityId",
            format!("CS-{pcode}-{:03}", 1 + rng.below(40)),
        );
        set(
            &mut cells,
            "assignments[0].contractType",
            "Hợp đồng lao động".into(),
        );
    }
    // Two people entered twice: the same CCCD as an earlier row, and the same name, birth
    // date and commune as another (with a CCCD of their own).
    if i == 150 || i == 180 {
        let earlier = &done[if i == 150 { 3 } else { 10 }];
        // Row 180: the whole row of row 10 but its id, phone and the serial of its CCCD.
        let own: &[&str] = &[
            "STT",
            "id",
            "person.phone",
            "person.identifiers[kind=cccd].number",
        ];
        let copy: Vec<&str> = if i == 150 {
            vec![
                "person.fullName",
                "person.birthDate",
                "person.gender",
                "person.identifiers[kind=cccd].number",
            ]
        } else {
            cells
                .iter()
                .map(|(p, _)| *p)
                .filter(|p| !own.contains(p))
                .collect()
        };
        for path in copy {
            let at = cells.iter().position(|(p, _)| *p == path).unwrap();
            cells[at].1 = earlier[at].clone();
        }
        if i == 180 {
            // Their own CCCD, with the century, sex and year digits of the copied birth date.
            let at = cells
                .iter()
                .position(|(p, _)| *p == "person.identifiers[kind=cccd].number")
                .unwrap();
            cells[at].1 = format!("{}{}", &earlier[at][..6], &cells[at].1[6..]);
        }
    }
    cells
}

fn facility_row(
    rng: &mut Rng,
    wards: &[Vec<(String, String)>],
    i: usize,
    _done: &[Vec<String>],
) -> Vec<(&'static str, String)> {
    let head = person(rng, wards, (1960, 1990));
    let (pcode, pname) = PROVINCES[head.province];
    let mut ward = head.ward.0.clone();
    let mut head_name = head.name.clone();
    let mut phone = head.phone.clone();
    let mut kind = "Trung tâm công tác xã hội".to_owned();
    let mut licence_date = format!(
        "{:02}/{:02}/{}",
        1 + rng.below(28),
        1 + rng.below(12),
        2012 + rng.below(8)
    );
    match invalid(i) {
        Some(0) => head_name.push_str(" 3"),
        Some(1) | Some(2) => ward = wards[(head.province + 1) % wards.len()][0].0.clone(),
        Some(3) => licence_date = "30/02/2015".to_owned(),
        Some(4) => kind = "Nhà văn hoá".to_owned(),
        Some(5) => phone = "0123 456 78".to_owned(),
        _ => {}
    }
    let year = 2005 + rng.below(5);
    vec![
        ("id", format!("CS-{pcode}-{:03}", i + 1)),
        (
            "name",
            format!("Trung tâm Công tác xã hội số {} {pname}", i + 1),
        ),
        ("facilityType", kind),
        ("ownership", "Công lập".to_owned()),
        ("address.codeSet", "2025".to_owned()),
        ("address.provinceCode", pcode.to_owned()),
        ("address.wardCode", ward),
        (
            "address.street",
            format!("Số {} đường {}", 1 + rng.below(200), rng.pick(GIVEN)),
        ),
        ("head.fullName", head_name),
        (
            "head.gender",
            if head.male { "Nam" } else { "Nữ" }.to_owned(),
        ),
        ("head.birthDate", head.birth),
        ("phone", phone),
        ("managingAgency.kind", "Sở Y tế".to_owned()),
        ("managingAgency.name", format!("Sở Y tế {pname}")),
        ("managingAgency.provinceCode", pcode.to_owned()),
        ("establishment.kind", "Quyết định thành lập".to_owned()),
        (
            "establishment.number",
            format!("{}/QĐ-UBND", 100 + rng.below(900)),
        ),
        (
            "establishment.date",
            format!("{:02}/{:02}/{year}", 1 + rng.below(28), 1 + rng.below(12)),
        ),
        (
            "establishment.issuer.kind",
            "Ủy ban nhân dân cấp tỉnh".to_owned(),
        ),
        (
            "establishment.issuer.name",
            format!("Ủy ban nhân dân {pname}"),
        ),
        ("licence.number", format!("{}/GP", 10 + rng.below(90))),
        ("licence.issuedDate", licence_date),
        (
            "licence.issuer.kind",
            "Sở Lao động - Thương binh và Xã hội".to_owned(),
        ),
        (
            "licence.issuer.name",
            format!("Sở Lao động - Thương binh và Xã hội {pname}"),
        ),
        ("status", "Đã được cấp giấy phép hoạt động".to_owned()),
        (
            "services",
            "Giáo dục, tư vấn, tham vấn; Quản lý trường hợp tại cơ sở hoặc cộng đồng".to_owned(),
        ),
        ("hasSocialWorkUnit", "Có".to_owned()),
    ]
}

fn case_row(
    rng: &mut Rng,
    wards: &[Vec<(String, String)>],
    i: usize,
    _done: &[Vec<String>],
) -> Vec<(&'static str, String)> {
    let mut child = person(rng, wards, (2010, 2020));
    let (pcode, _) = PROVINCES[child.province];
    let mut ward = child.ward.0.clone();
    let day = 1 + rng.below(20);
    let mut received = format!("{day:02}/08/2025 07:{:02}", rng.below(60));
    let mut category = "k1".to_owned();
    let mut urgency = "Không khẩn cấp".to_owned();
    match invalid(i) {
        Some(0) => child.name.push_str(" 4"),
        Some(1) | Some(2) => ward = wards[(child.province + 1) % wards.len()][0].0.clone(),
        Some(3) => received = "32/08/2025 08:00".to_owned(),
        Some(4) => category = "k9".to_owned(),
        Some(5) => urgency = "Rất gấp".to_owned(),
        _ => {}
    }
    let start = |h: u32| format!("{day:02}/08/2025 {h:02}:00");
    vec![
        ("id", format!("HS-{pcode}-{:04}", i + 1)),
        ("client.person.fullName", child.name.clone()),
        ("client.person.birthDate", child.birth.clone()),
        (
            "client.person.gender",
            if child.male { "Nam" } else { "Nữ" }.to_owned(),
        ),
        ("client.person.address.codeSet", "2025".to_owned()),
        ("client.person.address.provinceCode", pcode.to_owned()),
        ("client.person.address.wardCode", child.ward.0.clone()),
        ("client.categories", category),
        ("client.povertyStatus", "Hộ nghèo".to_owned()),
        ("pathway", "Bảo vệ trẻ em (NĐ 56/2017)".to_owned()),
        ("commune.codeSet", "2025".to_owned()),
        ("commune.provinceCode", pcode.to_owned()),
        ("commune.wardCode", ward),
        (
            "caseManager.staffId",
            format!("NS-{pcode}-{:05}", 1 + rng.below(200)),
        ),
        ("caseManager.category", "Công chức".to_owned()),
        ("caseManager.assignedBy", "Chủ tịch UBND cấp xã".to_owned()),
        ("receivedAt", received),
        ("urgency", urgency),
        ("protectionLevel", "Hỗ trợ".to_owned()),
        ("status", "Đang đánh giá".to_owned()),
        ("steps[0].stepType", "Tiếp nhận".to_owned()),
        ("steps[0].startedAt", start(8)),
        ("steps[0].completedAt", start(9)),
        (
            "steps[0].actorStaffId",
            format!("NS-{pcode}-{:05}", 1 + rng.below(200)),
        ),
        ("steps[1].stepType", "Đánh giá nguy cơ ban đầu".to_owned()),
        ("steps[1].startedAt", start(9)),
        ("steps[1].completedAt", start(11)),
        (
            "steps[1].actorStaffId",
            format!("NS-{pcode}-{:05}", 1 + rng.below(200)),
        ),
    ]
}

/// Staff of communes before 1 July 2025, with legacy addresses: communes of Hà Nội and Hồ Chí
/// Minh City, among them 00073 (Phường Cửa Nam, split into four, default 00226) and 26740
/// (Phường Bến Nghé, whole into 26740 Phường Sài Gòn).
fn legacy_staff() -> String {
    let legacy = units(CodeSet::Legacy).expect("legacy units");
    let mut communes: Vec<(String, String, String)> = Vec::new();
    for p in ["01", "79"] {
        let province = legacy.province(p).expect("legacy province");
        for c in province.communes().take(12) {
            communes.push((p.to_owned(), c.code(), c.name().to_owned()));
        }
    }
    for (p, code) in [("01", "00073"), ("79", "26740"), ("79", "99999")] {
        if !communes.iter().any(|c| c.1 == code) {
            let name = legacy
                .commune(code)
                .map_or("Phường Không Tồn Tại".to_owned(), |c| {
                    c.name().to_owned()
                });
            communes.push((p.to_owned(), code.to_owned(), name));
        }
    }
    let kind = RecordKind::Staff;
    let paths = [
        "id",
        "person.fullName",
        "person.birthDate",
        "person.gender",
        "workforceCategory",
        "dedicated",
        "employer.agency.level",
        "employer.agency.name",
        "employer.agency.adminUnit.codeSet",
        "employer.agency.adminUnit.provinceCode",
        "employer.agency.adminUnit.wardCode",
        "commune.codeSet",
        "commune.provinceCode",
        "commune.wardCode",
        "assignments[0].startDate",
        "assignments[0].endDate",
        "assignments[0].contractType",
    ];
    let mut out = line(&paths.map(|p| header(kind, p)));
    let mut rng = Rng::new(13);
    for (i, (province, code, name)) in communes.iter().enumerate() {
        let male = rng.below(2) == 0;
        let middle = rng.pick(if male { MIDDLE_MALE } else { MIDDLE_FEMALE });
        let full = format!("{} {} {}", rng.pick(FAMILY), middle, rng.pick(GIVEN));
        let row = [
            format!("NS-CU-{:04}", i + 1),
            full,
            format!(
                "{:02}/{:02}/{}",
                1 + rng.below(28),
                1 + rng.below(12),
                1970 + rng.below(25)
            ),
            if male { "Nam" } else { "Nữ" }.to_owned(),
            "Cộng tác viên công tác xã hội".to_owned(),
            "x".to_owned(),
            "Cấp xã".to_owned(),
            format!("UBND {name}"),
            "legacy".to_owned(),
            province.clone(),
            code.clone(),
            "legacy".to_owned(),
            province.clone(),
            code.clone(),
            format!("01/{:02}/2019", 1 + rng.below(12)),
            "30/06/2025".to_owned(),
            "Hợp đồng cộng tác viên".to_owned(),
        ];
        out.push_str(&line(&row));
    }
    out
}
