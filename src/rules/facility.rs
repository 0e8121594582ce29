//! Facility rules (NĐ 103/2017/NĐ-CP, TT 33/2017/TT-BLĐTBXH): required fields, establishment
//! and licence, status dates, the agencies named (dated by the 2025 reforms), staffing norms.

mod agency;
mod basics;
mod staffing;

use super::catalog::RuleInfo;
use super::check::Check;
use crate::issue::Path;
use crate::issue::Severity::{Error, Warning};
use crate::model::facility::Facility;

/// The facility rule table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "facility_licence_required",
        entity: "facility",
        severity: Error,
        legal_basis: "NĐ 103/2017 Điều 17(4), 26",
        vi: "Cơ sở đang chăm sóc từ {minClients} đối tượng trở lên phải có giấy phép hoạt động.",
        en: "A facility caring for {minClients} or more clients needs an operating licence.",
    },
    RuleInfo {
        code: "facility_licence_before_establishment",
        entity: "facility",
        severity: Error,
        legal_basis: "NĐ 103/2017 Điều 26",
        vi: "Ngày cấp giấy phép hoạt động không được trước ngày thành lập / đăng ký thành lập.",
        en: "The operating licence cannot be dated before the establishment act.",
    },
    RuleInfo {
        code: "facility_registration_without_licence",
        entity: "facility",
        severity: Warning,
        legal_basis: "NĐ 103/2017 Điều 21(1)(b)",
        vi: "Đã quá {months} tháng kể từ ngày cấp giấy chứng nhận đăng ký thành lập mà chưa có giấy phép hoạt động: giấy chứng nhận có thể bị thu hồi.",
        en: "More than {months} months since the registration certificate without an operating licence: the certificate may be revoked.",
    },
    RuleInfo {
        code: "facility_establishment_kind_mismatch",
        entity: "facility",
        severity: Warning,
        legal_basis: "NĐ 103/2017 Điều 14, 17",
        vi: "Cơ sở công lập được thành lập bằng quyết định; cơ sở ngoài công lập bằng giấy chứng nhận đăng ký thành lập (hoặc theo pháp luật về doanh nghiệp, về hội).",
        en: "Public facilities are established by a decision; non-public ones by a registration certificate (or under the law on enterprises or associations).",
    },
    RuleInfo {
        code: "facility_suspension_too_long",
        entity: "facility",
        severity: Error,
        legal_basis: "NĐ 103/2017 Điều 32",
        vi: "Thời hạn đình chỉ hoạt động tối đa là {maxMonths} tháng.",
        en: "A suspension lasts at most {maxMonths} months.",
    },
    RuleInfo {
        code: "facility_suspension_end_before_start",
        entity: "facility",
        severity: Error,
        legal_basis: "design",
        vi: "Ngày kết thúc đình chỉ không được trước ngày bắt đầu.",
        en: "The suspension cannot end before it starts.",
    },
    RuleInfo {
        code: "facility_dissolution_before_establishment",
        entity: "facility",
        severity: Error,
        legal_basis: "design",
        vi: "Ngày giải thể không được trước ngày thành lập.",
        en: "The facility cannot be dissolved before it was established.",
    },
    RuleInfo {
        code: "facility_agency_superseded",
        entity: "facility",
        severity: Warning,
        legal_basis: "NĐ 42/2025; two-level local government from 2025-07-01 [S]",
        vi: "Cơ quan này chỉ thực hiện chức năng bảo trợ xã hội đến ngày {validUntil} (từ 01/3/2025 chuyển sang ngành y tế: Bộ Y tế, Sở Y tế; cấp huyện chấm dứt từ 01/7/2025).",
        en: "This body held the social protection function only until {validUntil} (from 2025-03-01 it belongs to the health sector: Ministry and Departments of Health; the district level ended on 2025-07-01).",
    },
    RuleInfo {
        code: "facility_agency_not_yet_competent",
        entity: "facility",
        severity: Warning,
        legal_basis: "NĐ 42/2025 [S]",
        vi: "Ngành y tế chỉ quản lý bảo trợ xã hội từ ngày {validFrom}; trước đó là ngành lao động - thương binh và xã hội (Bộ/Sở/Phòng LĐ-TB&XH).",
        en: "The health sector manages social protection only from {validFrom}; before that it was the labour, invalids and social affairs sector (Ministry/Department/Office of LISA).",
    },
    RuleInfo {
        code: "facility_over_capacity",
        entity: "facility",
        severity: Warning,
        legal_basis: "NĐ 103/2017 Điều 24",
        vi: "Tổng số đối tượng đang chăm sóc vượt công suất thiết kế.",
        en: "The number of residents exceeds the design capacity.",
    },
    RuleInfo {
        code: "facility_staff_social_workers",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Định mức: ít nhất 1 nhân viên công tác xã hội cho mỗi {perResidents} đối tượng.",
        en: "Norm: at least 1 social worker per {perResidents} residents.",
    },
    RuleInfo {
        code: "facility_staff_psychologists",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Định mức: ít nhất {min} nhân viên tâm lý.",
        en: "Norm: at least {min} psychologist.",
    },
    RuleInfo {
        code: "facility_staff_medical",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Định mức: ít nhất 1 nhân viên y tế, điều dưỡng cho mỗi {perResidents} đối tượng.",
        en: "Norm: at least 1 medical or nursing staff member per {perResidents} residents.",
    },
    RuleInfo {
        code: "facility_staff_nutrition",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Định mức: ít nhất 1 nhân viên dinh dưỡng cho mỗi {perResidents} đối tượng.",
        en: "Norm: at least 1 nutrition staff member per {perResidents} residents.",
    },
    RuleInfo {
        code: "facility_staff_carers",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Định mức: ít nhất 1 nhân viên chăm sóc cho mỗi {perResidents} đối tượng (mức thấp nhất của TT 33/2017; đối tượng cần chăm sóc nhiều hơn có định mức cao hơn).",
        en: "Norm: at least 1 carer per {perResidents} residents (the most lenient TT 33/2017 ratio; clients needing more care have higher norms).",
    },
    RuleInfo {
        code: "facility_staff_directors",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Cơ sở có không quá {max} giám đốc.",
        en: "A facility has at most {max} director.",
    },
    RuleInfo {
        code: "facility_staff_deputy_directors",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Cơ sở có không quá {max} phó giám đốc.",
        en: "A facility has at most {max} deputy directors.",
    },
    RuleInfo {
        code: "facility_staff_support_share",
        entity: "facility",
        severity: Warning,
        legal_basis: "TT 33/2017 Điều 5",
        vi: "Nhân viên hỗ trợ, phục vụ không quá {maxPercent}% tổng số người làm việc.",
        en: "Support staff should be at most {maxPercent}% of all staff.",
    },
    RuleInfo {
        code: "facility_duplicate_entry",
        entity: "facility",
        severity: Error,
        legal_basis: "design",
        vi: "Mục này trùng với một mục trước đó trong danh sách.",
        en: "This entry repeats an earlier entry of the list.",
    },
];

/// Checks a facility found at `base`.
pub fn check_facility(facility: &Facility, cx: &mut Check<'_>, base: &Path) {
    cx.validator(validator::Validate::validate(facility), base);
    basics::check(facility, cx, base);
    agency::check(facility, cx, base);
    staffing::check(facility, cx, base);
}

/// Adds `required` at `path` unless `present`, and returns `present`. The facility and case
/// rules go through this one non-generic function (not a closure per call site), which keeps
/// the WebAssembly build small.
pub(crate) fn need(cx: &mut Check<'_>, present: bool, path: Path) -> bool {
    cx.require(present, move || path)
}

/// [`need`] for text: absent, empty or only spaces is missing.
pub(crate) fn need_text(cx: &mut Check<'_>, value: &Option<String>, path: Path) -> bool {
    need(
        cx,
        value.as_deref().is_some_and(|s| !s.trim().is_empty()),
        path,
    )
}

/// Adds `date_in_future` at `path` when `date` is after `asOf`.
pub(crate) fn not_in_future(date: Option<crate::date::Date>, cx: &mut Check<'_>, path: Path) {
    if let Some(d) = date {
        if d > cx.opts.as_of {
            let as_of = cx.opts.as_of.to_string();
            cx.error(path, "date_in_future").param("asOf", as_of);
        }
    }
}
