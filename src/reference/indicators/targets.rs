//! Programme targets: a share an indicator must reach by a year (domain-research §8).

use super::codes::IndicatorCode as C;
use super::Bilingual as B;

/// A target: `indicator` at or above `percent` by `year`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Stable code (`qd112-2025-workforce-trained`).
    pub code: &'static str,
    /// The target as the plan states it.
    pub name: B,
    /// The indicator it is measured on (a percentage).
    pub indicator: C,
    /// The share to reach, in whole percent.
    pub percent: u32,
    /// The year it is due.
    pub year: u16,
    /// The plan.
    pub source: &'static str,
    /// The province whose plan it is (its code, the same in both code sets), `None` for a
    /// national target.
    pub province: Option<&'static str>,
}

const QD112: &str = "QĐ 112/QĐ-TTg (22/01/2021)";
const HN8560: &str = "QĐ 8560/QĐ-UBND Hà Nội (2017), kế hoạch năm 2018";

/// The targets, by plan and year.
pub const TARGETS: &[Target] = &[
    Target {
        code: "qd112-2025-units-with-sw-staff",
        name: B {
            vi: "60 % cơ sở, đơn vị có người làm công tác xã hội (năm 2025)",
            en: "60 % of facilities and units with social work staff (2025)",
        },
        indicator: C::UnitsWithSwStaff,
        percent: 60,
        year: 2025,
        source: QD112,
        province: None,
    },
    Target {
        code: "qd112-2025-facilities-with-sw-services",
        name: B {
            vi: "Ít nhất 50 % cơ sở cung cấp dịch vụ công tác xã hội (năm 2025)",
            en: "At least 50 % of facilities providing social work services (2025)",
        },
        indicator: C::FacilitiesWithSwServices,
        percent: 50,
        year: 2025,
        source: QD112,
        province: None,
    },
    Target {
        code: "qd112-2025-workforce-trained",
        name: B {
            vi: "Ít nhất 30 % cán bộ, nhân viên, cộng tác viên được đào tạo, bồi dưỡng (năm 2025)",
            en: "At least 30 % of staff and collaborators trained (2025)",
        },
        indicator: C::WorkforceTrained,
        percent: 30,
        year: 2025,
        source: QD112,
        province: None,
    },
    Target {
        code: "qd112-2030-units-with-sw-staff",
        name: B {
            vi: "90 % cơ sở, đơn vị có người làm công tác xã hội (năm 2030)",
            en: "90 % of facilities and units with social work staff (2030)",
        },
        indicator: C::UnitsWithSwStaff,
        percent: 90,
        year: 2030,
        source: QD112,
        province: None,
    },
    Target {
        code: "qd112-2030-facilities-with-sw-services",
        name: B {
            vi: "Ít nhất 60 % cơ sở cung cấp dịch vụ công tác xã hội (năm 2030)",
            en: "At least 60 % of facilities providing social work services (2030)",
        },
        indicator: C::FacilitiesWithSwServices,
        percent: 60,
        year: 2030,
        source: QD112,
        province: None,
    },
    Target {
        code: "hn8560-2018-communes-with-collaborator",
        name: B {
            vi: "Mỗi xã, phường, thị trấn có một cộng tác viên công tác xã hội (Hà Nội, năm 2018)",
            en: "One social work collaborator in every commune (Hà Nội, 2018)",
        },
        indicator: C::CommunesWithCollaborator,
        percent: 100,
        year: 2018,
        source: HN8560,
        province: Some("01"),
    },
    Target {
        code: "hn8560-2018-collaborators-trained",
        name: B {
            vi: "30 % cộng tác viên được đào tạo, bồi dưỡng (Hà Nội, năm 2018)",
            en: "30 % of collaborators trained (Hà Nội, 2018)",
        },
        indicator: C::CollaboratorsTrained,
        percent: 30,
        year: 2018,
        source: HN8560,
        province: Some("01"),
    },
    Target {
        code: "hn8560-2018-facilities-with-sw-room",
        name: B {
            vi: "100 % cơ sở trợ giúp xã hội có phòng công tác xã hội (Hà Nội, năm 2018)",
            en: "100 % of social assistance facilities with a social work room (Hà Nội, 2018)",
        },
        indicator: C::FacilitiesWithSwRoom,
        percent: 100,
        year: 2018,
        source: HN8560,
        province: Some("01"),
    },
];
