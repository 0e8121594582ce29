//! The deadline rules: each deadline of [`super::deadlines`] that is missed, overdue or due
//! soon on `asOf` becomes an issue (working-day messages say that Monday to Friday are counted
//! and public holidays are not).

use super::deadlines::{
    deadlines, DeadlineKind, DeadlineState, APPROVAL_WORKING_DAYS, EMERGENCY_ACTION_HOURS,
    EMERGENCY_STAY_MONTHS, PLAN_WORKING_DAYS, STAY_SOON_DAYS,
};
use crate::issue::Severity::{Error, Warning};
use crate::issue::{Path, Segment};
use crate::model::case::Case;
use crate::rules::catalog::RuleInfo;
use crate::rules::check::Check;

pub(super) const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "case_emergency_action_late",
        entity: "case",
        severity: Error,
        legal_basis: "NĐ 56/2017 Điều 26(3), 31(2)",
        vi: "Biện pháp bảo vệ khẩn cấp phải được áp dụng trong vòng {hours} giờ kể từ khi tiếp nhận; bước này bắt đầu muộn.",
        en: "Emergency protective action must be taken within {hours} hours of receipt; this step started late.",
    },
    RuleInfo {
        code: "case_emergency_action_overdue",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 26(3), 31(2)",
        vi: "Đã quá {hours} giờ kể từ khi tiếp nhận mà chưa ghi nhận biện pháp bảo vệ khẩn cấp.",
        en: "More than {hours} hours have passed since receipt and no emergency protective action is recorded.",
    },
    RuleInfo {
        code: "case_emergency_action_due_soon",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 26(3), 31(2)",
        vi: "Biện pháp bảo vệ khẩn cấp phải được áp dụng trong vòng {hours} giờ kể từ khi tiếp nhận; thời hạn rơi vào hôm nay hoặc ngày mai.",
        en: "Emergency protective action is due within {hours} hours of receipt; the deadline falls today or tomorrow.",
    },
    RuleInfo {
        code: "case_plan_late",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 28(1) (anchor [U])",
        vi: "Kế hoạch phải được xây dựng trong {workingDays} ngày làm việc kể từ ngày hoàn thành đánh giá; kế hoạch này hoàn thành muộn. Ngày làm việc tính từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ.",
        en: "The plan must be drafted within {workingDays} working days of the day the assessment was completed; it was completed late. Working days are Monday to Friday; public holidays are not yet taken into account.",
    },
    RuleInfo {
        code: "case_plan_overdue",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 28(1) (anchor [U])",
        vi: "Đã quá {workingDays} ngày làm việc kể từ ngày hoàn thành đánh giá mà kế hoạch chưa được xây dựng xong. Ngày làm việc tính từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ.",
        en: "More than {workingDays} working days since the day the assessment was completed and the plan is not drafted. Working days are Monday to Friday; public holidays are not yet taken into account.",
    },
    RuleInfo {
        code: "case_plan_due_soon",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 28(1) (anchor [U])",
        vi: "Hạn xây dựng kế hoạch ({workingDays} ngày làm việc kể từ ngày hoàn thành đánh giá) là hôm nay hoặc ngày làm việc tiếp theo. Ngày làm việc tính từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ.",
        en: "The plan is due ({workingDays} working days after the day the assessment was completed) today or on the next working day. Working days are Monday to Friday; public holidays are not yet taken into account.",
    },
    RuleInfo {
        code: "case_plan_approval_late",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 28(4)",
        vi: "Kế hoạch phải được phê duyệt trong {workingDays} ngày làm việc kể từ ngày xây dựng xong; việc phê duyệt này muộn. Ngày làm việc tính từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ.",
        en: "The plan must be approved within {workingDays} working days of the day it was drafted; this approval was late. Working days are Monday to Friday; public holidays are not yet taken into account.",
    },
    RuleInfo {
        code: "case_plan_approval_overdue",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 28(4)",
        vi: "Đã quá {workingDays} ngày làm việc kể từ ngày xây dựng xong kế hoạch mà chưa được phê duyệt. Ngày làm việc tính từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ.",
        en: "More than {workingDays} working days since the day the plan was drafted and it is not approved. Working days are Monday to Friday; public holidays are not yet taken into account.",
    },
    RuleInfo {
        code: "case_plan_approval_due_soon",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 56/2017 Điều 28(4)",
        vi: "Hạn phê duyệt kế hoạch ({workingDays} ngày làm việc kể từ ngày xây dựng xong) là hôm nay hoặc ngày làm việc tiếp theo. Ngày làm việc tính từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ.",
        en: "The plan approval is due ({workingDays} working days after the day the plan was drafted) today or on the next working day. Working days are Monday to Friday; public holidays are not yet taken into account.",
    },
    RuleInfo {
        code: "case_emergency_stay_too_long",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 20/2021 Điều 24(4), 18(3)",
        vi: "Thời gian chăm sóc khẩn cấp tại cơ sở tối đa {months} tháng, trừ khi cơ quan quản lý quyết định kéo dài (ghi ngày quyết định vào stayExtendedOn).",
        en: "An emergency stay lasts at most {months} months unless the managing body extends it (record the decision date in stayExtendedOn).",
    },
    RuleInfo {
        code: "case_emergency_stay_ending_soon",
        entity: "case",
        severity: Warning,
        legal_basis: "NĐ 20/2021 Điều 24(4), 18(3)",
        vi: "Thời hạn {months} tháng chăm sóc khẩn cấp kết thúc trong vòng {days} ngày tới.",
        en: "The {months}-month emergency stay ends within the next {days} days.",
    },
];

/// Reports the deadlines of a case found at `base` as issues.
pub(super) fn check(case: &Case, cx: &mut Check<'_>, base: &Path) {
    use DeadlineKind as K;
    use DeadlineState as St;
    for d in deadlines(case, cx.opts.as_of) {
        let mut path = base.clone();
        for s in d.path.segments() {
            path.push(Segment::clone(s));
        }
        let (code, error) = match (d.kind, d.state) {
            (_, St::Pending | St::Met) => continue,
            (K::EmergencyAction, St::Missed) => ("case_emergency_action_late", true),
            (K::EmergencyAction, St::Overdue) => ("case_emergency_action_overdue", false),
            (K::EmergencyAction, St::DueSoon) => ("case_emergency_action_due_soon", false),
            (K::PlanDraft, St::Missed) => ("case_plan_late", false),
            (K::PlanDraft, St::Overdue) => ("case_plan_overdue", false),
            (K::PlanDraft, St::DueSoon) => ("case_plan_due_soon", false),
            (K::PlanApproval, St::Missed) => ("case_plan_approval_late", false),
            (K::PlanApproval, St::Overdue) => ("case_plan_approval_overdue", false),
            (K::PlanApproval, St::DueSoon) => ("case_plan_approval_due_soon", false),
            (K::EmergencyStay, St::Missed | St::Overdue) => ("case_emergency_stay_too_long", false),
            (K::EmergencyStay, St::DueSoon) => ("case_emergency_stay_ending_soon", false),
        };
        let issue = if error {
            cx.error(path, code)
        } else {
            cx.warning(path, code)
        };
        match d.kind {
            K::EmergencyAction => {
                issue.param("hours", EMERGENCY_ACTION_HOURS);
            }
            K::PlanDraft => {
                issue.param("workingDays", PLAN_WORKING_DAYS);
            }
            K::PlanApproval => {
                issue.param("workingDays", APPROVAL_WORKING_DAYS);
            }
            K::EmergencyStay => {
                issue.param("months", EMERGENCY_STAY_MONTHS);
                if d.state == St::DueSoon {
                    issue.param("days", STAY_SOON_DAYS);
                }
            }
        }
    }
}
