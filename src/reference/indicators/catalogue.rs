//! The indicator catalogue: one entry per [`IndicatorCode`], in list order.

use super::codes::{IndicatorCode as C, IndicatorUnit as U};
use super::{Bilingual as B, IndicatorInfo as I};

const QD32: &str = "QĐ 32/2010/QĐ-TTg (Đề án 32)";
const QD112: &str = "QĐ 112/QĐ-TTg (2021–2030)";
const HN8560: &str = "QĐ 8560/QĐ-UBND Hà Nội (2017)";

const COMMUNES: B = B {
    vi: "số xã, phường, đặc khu (thị trấn) của phạm vi trong bộ mã, hoặc mẫu số do người gọi cung cấp cho báo cáo lịch sử",
    en: "communes of the scope in the code set, or a denominator the caller gives for a historical report",
};
const FACILITIES: B = B {
    vi: "cơ sở trợ giúp xã hội đang hoạt động",
    en: "social assistance facilities active at the reference date",
};
const ACTIVE_STAFF: B = B {
    vi: "người (phân biệt theo id) có vị trí đang giữ tại ngày tham chiếu",
    en: "distinct persons (by id) holding a post at the reference date",
};
const ACTIVE_COLLABORATORS: B = B {
    vi: "cộng tác viên công tác xã hội (phân biệt theo id) đang làm việc",
    en: "distinct social work collaborators (by id) holding a post at the reference date",
};

/// Every indicator, in the order of [`IndicatorCode`](super::codes::IndicatorCode).
pub const INDICATORS: &[I] = &[
    I {
        code: C::Facilities,
        unit: U::Count,
        numerator: B {
            vi: "cơ sở thuộc các loại của NĐ 103/2017 Điều 5, đã thành lập, chưa giải thể hoặc bị thu hồi giấy phép tại ngày tham chiếu",
            en: "facilities of the NĐ 103/2017 Điều 5 types, established and neither dissolved nor stripped of their licence at the reference date",
        },
        denominator: None,
        breakdowns: &["facilityType", "ownership"],
        source: "QĐ 32/2010/QĐ-TTg (Đề án 32); NĐ 103/2017/NĐ-CP Điều 5",
        distinct_persons: false,
    },
    I {
        code: C::FacilityStaff,
        unit: U::Count,
        numerator: B {
            vi: "người (phân biệt theo id) có vị trí đang giữ tại một cơ sở được đếm (nơi làm việc hoặc nơi của vị trí)",
            en: "distinct persons (by id) holding a post at a counted facility (their employer, or the facility of the post)",
        },
        denominator: None,
        breakdowns: &["workforceCategory"],
        source: QD32,
        distinct_persons: true,
    },
    I {
        code: C::SwNetwork,
        unit: U::Count,
        numerator: B {
            vi: "cộng tác viên công tác xã hội chuyên trách + cộng tác viên trẻ em + thành viên đội công tác xã hội tình nguyện + công chức, viên chức, người lao động làm công tác xã hội tại cơ quan cấp tỉnh, huyện (trước 01/7/2025), xã; người phân biệt theo id, đang làm việc",
            en: "dedicated social work collaborators + child protection collaborators + volunteer team members + officials in a social work post at a province, district (before 1 July 2025) or commune agency; distinct persons (by id) holding a post",
        },
        denominator: None,
        breakdowns: &["component", "agencyLevel"],
        source: QD32,
        distinct_persons: true,
    },
    I {
        code: C::Collaborators,
        unit: U::Count,
        numerator: ACTIVE_COLLABORATORS,
        denominator: None,
        breakdowns: &["dedicated"],
        source: QD112,
        distinct_persons: true,
    },
    I {
        code: C::CommunesWithDedicatedCollaborator,
        unit: U::Percent,
        numerator: B {
            vi: "xã (phân biệt theo mã) có cộng tác viên công tác xã hội chuyên trách đang làm việc",
            en: "distinct communes (by code) with a dedicated social work collaborator holding a post",
        },
        denominator: Some(COMMUNES),
        breakdowns: &[],
        source: QD32,
        distinct_persons: false,
    },
    I {
        code: C::CommunesWithCollaborator,
        unit: U::Percent,
        numerator: B {
            vi: "xã (phân biệt theo mã) có cộng tác viên công tác xã hội đang làm việc",
            en: "distinct communes (by code) with a social work collaborator holding a post",
        },
        denominator: Some(COMMUNES),
        breakdowns: &[],
        source: HN8560,
        distinct_persons: false,
    },
    I {
        code: C::TrainingClasses,
        unit: U::Count,
        numerator: B {
            vi: "lớp đào tạo, bồi dưỡng khai giảng trong kỳ (hoặc đến ngày tham chiếu nếu không có kỳ)",
            en: "training events starting in the period (or by the reference date when no period is given)",
        },
        denominator: None,
        breakdowns: &["trainingLevel"],
        source: QD32,
        distinct_persons: false,
    },
    I {
        code: C::TrainingAttendances,
        unit: U::PersonTimes,
        numerator: B {
            vi: "lượt tham dự các lớp được đếm (một người học hai lớp tính hai lượt)",
            en: "attendances at the counted events (one person at two events counts twice)",
        },
        denominator: None,
        breakdowns: &["trainingLevel"],
        source: QD32,
        distinct_persons: false,
    },
    I {
        code: C::TrainedPersons,
        unit: U::Count,
        numerator: B {
            vi: "người (phân biệt theo id) tham dự ít nhất một lớp được đếm; không bao giờ lớn hơn số lượt",
            en: "distinct persons (by id) attending at least one counted event; never more than the attendances",
        },
        denominator: None,
        breakdowns: &[],
        source: QD32,
        distinct_persons: true,
    },
    I {
        code: C::QualifiedPersons,
        unit: U::Count,
        numerator: B {
            vi: "người (phân biệt theo id) đang làm việc có bằng ngành công tác xã hội (theo trình độ cao nhất) hoặc chứng chỉ nghề, nghiệp vụ công tác xã hội cấp đến ngày tham chiếu",
            en: "distinct persons (by id) holding a post with a social work degree (by highest level) or a social work vocational or skills certificate issued by the reference date",
        },
        denominator: None,
        breakdowns: &["educationLevel", "certificateType"],
        source: QD32,
        distinct_persons: true,
    },
    I {
        code: C::SwOffices,
        unit: U::Count,
        numerator: B {
            vi: "văn phòng công tác xã hội đang hoạt động",
            en: "social work offices active at the reference date",
        },
        denominator: None,
        breakdowns: &["officeLevel"],
        source: QD32,
        distinct_persons: false,
    },
    I {
        code: C::SwOfficeStaff,
        unit: U::Count,
        numerator: B {
            vi: "người (phân biệt theo id) có vị trí đang giữ tại một văn phòng được đếm, chuyên trách hoặc kiêm nhiệm",
            en: "distinct persons (by id) holding a post at a counted office, dedicated or concurrent",
        },
        denominator: None,
        breakdowns: &["post"],
        source: QD32,
        distinct_persons: true,
    },
    I {
        code: C::FacilityClients,
        unit: U::Count,
        numerator: B {
            vi: "đối tượng đang được chăm sóc tại các cơ sở được đếm, theo nhóm đối tượng (NĐ 103/2017 Điều 6)",
            en: "clients cared for in the counted facilities, by client group (NĐ 103/2017 Điều 6)",
        },
        denominator: None,
        breakdowns: &["clientGroup"],
        source: "NĐ 103/2017/NĐ-CP Điều 6; NĐ 20/2021/NĐ-CP Điều 24",
        distinct_persons: false,
    },
    I {
        code: C::OpenCases,
        unit: U::Count,
        numerator: B {
            vi: "trường hợp đã tiếp nhận và chưa đóng tại ngày tham chiếu",
            en: "cases received and not closed at the reference date",
        },
        denominator: None,
        breakdowns: &["pathway"],
        source: "TT 02/2020/TT-BLĐTBXH; NĐ 56/2017/NĐ-CP",
        distinct_persons: false,
    },
    I {
        code: C::UnitsWithSwStaff,
        unit: U::Percent,
        numerator: B {
            vi: "cơ sở, văn phòng, đơn vị cung cấp dịch vụ có ít nhất một người đang giữ vị trí công tác xã hội",
            en: "facilities, offices and service providers with at least one person holding a social work post",
        },
        denominator: Some(B {
            vi: "cơ sở, văn phòng, đơn vị cung cấp dịch vụ công tác xã hội đang hoạt động",
            en: "facilities, offices and service providers active at the reference date",
        }),
        breakdowns: &["unitKind"],
        source: QD112,
        distinct_persons: false,
    },
    I {
        code: C::FacilitiesWithSwServices,
        unit: U::Percent,
        numerator: B {
            vi: "cơ sở trợ giúp xã hội cung cấp ít nhất một dịch vụ công tác xã hội (NĐ 110/2024)",
            en: "social assistance facilities offering at least one social work service (NĐ 110/2024)",
        },
        denominator: Some(FACILITIES),
        breakdowns: &[],
        source: QD112,
        distinct_persons: false,
    },
    I {
        code: C::FacilitiesWithSwRoom,
        unit: U::Percent,
        numerator: B {
            vi: "cơ sở trợ giúp xã hội có phòng công tác xã hội",
            en: "social assistance facilities with a social work room",
        },
        denominator: Some(FACILITIES),
        breakdowns: &[],
        source: HN8560,
        distinct_persons: false,
    },
    I {
        code: C::WorkforceTrained,
        unit: U::Percent,
        numerator: B {
            vi: "người đang làm việc đã hoàn thành ít nhất một khóa đào tạo, bồi dưỡng đến ngày tham chiếu",
            en: "persons holding a post who completed at least one training course by the reference date",
        },
        denominator: Some(ACTIVE_STAFF),
        breakdowns: &[],
        source: QD112,
        distinct_persons: true,
    },
    I {
        code: C::CollaboratorsTrained,
        unit: U::Percent,
        numerator: B {
            vi: "cộng tác viên công tác xã hội đang làm việc đã hoàn thành ít nhất một khóa đào tạo, bồi dưỡng",
            en: "social work collaborators holding a post who completed at least one training course",
        },
        denominator: Some(ACTIVE_COLLABORATORS),
        breakdowns: &[],
        source: HN8560,
        distinct_persons: true,
    },
];
