//! Generated records for the indicator tests: valid staff, facilities, training events and
//! cases of any province of either code set, built from counts, so that every seed figure of
//! indicators.md is rebuilt from records rather than written down.

#![allow(dead_code)]

use ctxh::model::address::CodeSet;
use ctxh::reference::units::units;
use serde_json::{json, Value};

/// A province of a code set, with its communes (ward code, and district code for legacy).
pub struct Place {
    /// `"2025"` or `"legacy"`.
    pub code_set: &'static str,
    /// The province code.
    pub province: String,
    /// Its communes.
    pub wards: Vec<(String, Option<String>)>,
}

impl Place {
    /// The province `code` of `code_set`.
    pub fn new(code_set: CodeSet, code: &str) -> Place {
        let table = units(code_set).expect("the build has both code sets");
        let province = table.province(code).expect("a province of the code set");
        Place {
            code_set: code_set.as_str(),
            province: code.to_owned(),
            wards: province
                .communes()
                .map(|c| (c.code(), c.district().map(|d| d.code())))
                .collect(),
        }
    }

    /// The address of commune `i` (cycling through the province's communes).
    pub fn commune(&self, i: usize) -> Value {
        let (ward, _) = &self.wards[i % self.wards.len()];
        json!({ "codeSet": self.code_set, "provinceCode": self.province, "wardCode": ward })
    }

    /// The address of the province itself.
    pub fn province_unit(&self) -> Value {
        json!({ "codeSet": self.code_set, "provinceCode": self.province })
    }
}

const FAMILY: [&str; 6] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Lò"];
const GIVEN: [&str; 7] = [
    "Văn An",
    "Thị Bình",
    "Minh Châu",
    "Thị Hoà",
    "Văn Dũng",
    "Thu Hà",
    "Quốc Huy",
];

/// A person's name from a number.
pub fn name(n: usize) -> String {
    format!(
        "{} {}",
        FAMILY[n % FAMILY.len()],
        GIVEN[(n / FAMILY.len()) % GIVEN.len()]
    )
}

/// A post from `start` (ISO date), optionally at a facility and with more fields.
pub fn post(start: &str, extra: Value) -> Value {
    let mut p = json!({ "startDate": start, "jobPosition": "social-work" });
    merge(&mut p, extra);
    p
}

/// Adds the fields of `extra` (an object) to `v`.
pub fn merge(v: &mut Value, extra: Value) {
    if let (Value::Object(a), Value::Object(b)) = (v, extra) {
        a.extend(b);
    }
}

/// A staff record: `id`, workforce category, employer, posts and more fields in `extra`.
pub fn staff(
    id: &str,
    n: usize,
    category: &str,
    employer: Value,
    posts: Vec<Value>,
    extra: Value,
) -> Value {
    let mut s = json!({
        "id": id,
        "person": { "fullName": name(n), "gender": if n.is_multiple_of(2) { "female" } else { "male" }, "birthDate": "1980" },
        "workforceCategory": category,
        "employer": employer,
        "assignments": posts,
    });
    merge(&mut s, extra);
    s
}

/// A collaborator of `category` in commune `ward` of `place`.
pub fn collaborator(
    id: &str,
    n: usize,
    category: &str,
    dedicated: bool,
    place: &Place,
    ward: usize,
    start: &str,
) -> Value {
    let commune = place.commune(ward);
    let employer = json!({ "agency": { "level": "commune", "name": "Ủy ban nhân dân xã", "adminUnit": commune.clone() } });
    let contract = if dedicated {
        "collaborator-contract"
    } else {
        "volunteer"
    };
    staff(
        id,
        n,
        category,
        employer,
        vec![post(start, json!({ "contractType": contract }))],
        json!({ "dedicated": dedicated, "commune": commune }),
    )
}

/// An agency employer at `level` (`province`, `district-legacy`, `commune`) of `place`.
pub fn agency(level: &str, place: &Place, ward: usize) -> Value {
    let unit = match level {
        "province" => place.province_unit(),
        _ => place.commune(ward),
    };
    json!({ "agency": { "level": level, "name": "Cơ quan quản lý công tác xã hội", "adminUnit": unit } })
}

/// A social assistance facility of `place` (licensed in 2011), with residents by group.
pub fn facility(
    id: &str,
    place: &Place,
    ward: usize,
    ty: &str,
    residents: &[(&str, u32)],
    room: bool,
) -> Value {
    let total: u32 = residents.iter().map(|(_, n)| n).sum();
    json!({
        "id": id,
        "name": "Trung tâm Bảo trợ xã hội tổng hợp",
        "facilityType": ty,
        "ownership": "public",
        "address": place.commune(ward),
        "head": { "fullName": "Trần Văn Cường", "birthDate": "1975-04-02", "gender": "male" },
        "managingAgency": { "kind": "provincial-committee", "name": "Ủy ban nhân dân tỉnh", "provinceCode": place.province },
        "establishment": { "kind": "establishment-decision", "number": "123/QĐ-UBND", "date": "2010-05-20",
                           "issuer": { "kind": "provincial-committee", "name": "Ủy ban nhân dân tỉnh" } },
        "licence": { "number": "45/GP", "issuedDate": "2011-01-10",
                     "issuer": { "kind": "provincial-committee", "name": "Ủy ban nhân dân tỉnh" } },
        "status": "licensed",
        "designCapacity": total.max(1) * 2,
        "residents": residents.iter().map(|(g, n)| json!({ "group": g, "count": n })).collect::<Vec<_>>(),
        "services": ["care-intervention", "case-management"],
        "hasSocialWorkRoom": room,
    })
}

/// A service point (`social-work-office` with its level, or `service-provider` with its sector).
pub fn service_point(id: &str, place: &Place, ward: usize, ty: &str, extra: Value) -> Value {
    let mut f = json!({
        "id": id,
        "name": "Văn phòng công tác xã hội",
        "facilityType": ty,
        "ownership": "public",
        "address": place.commune(ward),
        "status": "registered",
        "services": ["education-counselling"],
    });
    merge(&mut f, extra);
    f
}

/// A training event of `place` starting on `start`.
pub fn event(id: &str, place: &Place, level: &str, start: &str) -> Value {
    json!({ "id": id, "title": "Tập huấn công tác xã hội", "level": level,
            "startDate": start, "endDate": start, "adminUnit": place.province_unit() })
}

/// An attendance at event `event_id`.
pub fn attendance(event_id: &str, completed: bool) -> Value {
    json!({ "eventId": event_id, "completed": completed })
}

/// A disability case held in commune `ward` of `place`, received on `day` (ISO date), open.
pub fn case(id: &str, place: &Place, ward: usize, day: &str) -> Value {
    let at = |h: u32| format!("{day}T{h:02}:00:00+07:00");
    json!({
        "id": id,
        "client": { "person": { "fullName": "Đinh Văn Hùng", "birthDate": "1995-02-14", "gender": "male" },
                    "categories": ["k6"],
                    "disability": { "disabilityType": "mobility", "severity": "severe",
                                    "certificateNumber": "215/GXN", "certificateDate": "2010-03-04" } },
        "pathway": "disability",
        "commune": place.commune(ward),
        "caseManager": { "staffId": "CB-017", "category": "sw-collaborator", "assignedBy": "commune-chair" },
        "receivedAt": at(8),
        "urgency": "non-emergency",
        "status": "assessing",
        "steps": [
            { "stepType": "intake", "startedAt": at(8), "actorStaffId": "CB-017", "completedAt": at(9) },
            { "stepType": "assessment", "startedAt": at(10), "actorStaffId": "CB-017" }
        ]
    })
}
