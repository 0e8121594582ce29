//! Training events: the classes (lớp) staff attend. A staff record's training attendances refer
//! to an event by its `id`, so that classes, attendances (lượt) and distinct persons trained
//! can be counted apart (domain-research §3.2: "30 lớp … 6.456 lượt").
//!
//! ```
//! use ctxh::{date::Date, options::Options, validate::RecordKind};
//! let opts = Options::new(Date::parse_iso("2026-03-01").unwrap());
//! let event = serde_json::json!({
//!     "id": "BT-2015-07", "title": "Tập huấn kỹ năng quản lý trường hợp", "level": "tap-huan",
//!     "organiser": "Sở Lao động - Thương binh và Xã hội tỉnh Bình Thuận",
//!     "startDate": "2015-05-11", "endDate": "2015-05-13",
//!     "adminUnit": { "codeSet": "legacy", "provinceCode": "60" }
//! });
//! assert!(RecordKind::TrainingEvent.validate_value(&event, &opts).valid);
//! ```

use super::address::Address;
use crate::date::Date;

crate::wire_enum! {
    /// The level of a training event (domain-research §3.2).
    pub enum TrainingLevel ("trainingLevel") {
        /// Tập huấn.
        TapHuan = "tap-huan", "Tập huấn", "Training workshop";
        /// Bồi dưỡng ngắn hạn.
        ShortCourse = "boi-duong-ngan-han", "Bồi dưỡng ngắn hạn", "Short course";
        /// Trung cấp.
        TrungCap = "trung-cap", "Trung cấp", "Intermediate diploma course";
        /// Cao đẳng.
        CaoDang = "cao-dang", "Cao đẳng", "College course";
        /// Đại học.
        DaiHoc = "dai-hoc", "Đại học", "Bachelor's course";
        /// Thạc sĩ.
        ThacSi = "thac-si", "Thạc sĩ", "Master's course";
        /// Tiến sĩ.
        TienSi = "tien-si", "Tiến sĩ", "Doctoral course";
    }
}

crate::record! {
    /// A training event (a class): what staff records' `trainingAttendances[].eventId` refer to.
    pub struct TrainingEvent ("trainingEvent") {
        /// The ruleset version the sending portal validated with.
        ruleset_version: String = "rulesetVersion" label("Phiên bản bộ quy tắc", "Ruleset version"),
        /// The portal's stable identifier of the event.
        id: String = "id" where length 1..=100 label("Mã lớp", "Event id"),
        /// The title as announced.
        title: String = "title" where length 1..=300 label("Tên lớp", "Title"),
        /// The level of the training.
        level: TrainingLevel = "level" label("Trình độ đào tạo", "Level"),
        /// Who organised it.
        organiser: String = "organiser" where length 1..=300 label("Đơn vị tổ chức", "Organiser"),
        /// First day.
        start_date: Date = "startDate" label("Ngày bắt đầu", "Start date"),
        /// Last day.
        end_date: Date = "endDate" label("Ngày kết thúc", "End date"),
        /// Where it was held: a province, or a commune, with its code set.
        admin_unit: Address = "adminUnit" label("Địa bàn", "Administrative unit"),
    }
}
