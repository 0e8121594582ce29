//! Observations: a figure a province (or the country) published, as published: the indicator
//! and unit, the unit of administration and its code set, the period, the reference date
//! (apart from the publication date: a 2024 article may describe 2011–2015), the value with
//! its numerator, denominator and components, whether it is a lower bound ("trên 150"), and
//! the source. The rules check its arithmetic and its era (indicators.md I1–I7); the
//! computed value is compared with `ctxh::indicators::compare`.
//!
//! ```
//! use ctxh::{date::Date, options::Options, validate::RecordKind};
//! let opts = Options::new(Date::parse_iso("2026-03-01").unwrap()).lang(ctxh::i18n::Lang::En);
//! let published = serde_json::json!({
//!     "indicator": "sw-network", "unit": "count", "level": "province",
//!     "adminUnit": { "codeSet": "legacy", "provinceCode": "60" },
//!     "referenceDate": "2017-12-31", "value": 1298,
//!     "components": [
//!         { "category": "dedicated-sw-collaborators", "value": 46 },
//!         { "category": "child-protection-collaborators", "value": 804 },
//!         { "category": "volunteer-team-members", "value": 306 },
//!         { "category": "officials", "value": 124 }
//!     ],
//!     "source": { "title": "Báo cáo 10 năm Đề án 32", "publishedOn": "2018-03-22" }
//! });
//! let report = RecordKind::Observation.validate_value(&published, &opts);
//! assert_eq!(report.codes(), ["observation_component_sum"]); // 46 + 804 + 306 + 124 = 1.280
//! ```

use super::address::Address;
use crate::date::Date;
pub use crate::reference::indicators::{IndicatorCode, IndicatorUnit};

crate::wire_enum! {
    /// The level of administration an observation describes.
    pub enum ObservationLevel ("observationLevel") {
        /// Toàn quốc.
        Country = "country", "Toàn quốc", "Country";
        /// Cấp tỉnh.
        Province = "province", "Cấp tỉnh", "Province";
        /// Cấp huyện: only before 1 July 2025.
        DistrictLegacy = "district-legacy", "Cấp huyện (trước 01/7/2025)", "District (before 1 July 2025)";
        /// Cấp xã.
        Commune = "commune", "Cấp xã", "Commune";
    }
}

crate::wire_enum! {
    /// Whether a figure is what happened or what was planned (a pilot's design of 16 offices
    /// and the 17 that opened are two observations; domain-research §7 I5).
    pub enum ObservationBasis ("observationBasis") {
        /// Số thực tế.
        Actual = "actual", "Số thực tế", "Actual";
        /// Số kế hoạch, thiết kế.
        Planned = "planned", "Số kế hoạch, thiết kế", "Planned";
    }
}

crate::record! {
    /// Where a figure was published.
    pub struct ObservationSource ("observationSource") {
        /// Title of the document or article.
        title: String = "title" where length 1..=500 label("Tiêu đề", "Title"),
        /// Its address on the web.
        url: String = "url" where length 1..=2000 label("Địa chỉ web", "URL"),
        /// Who published it.
        publisher: String = "publisher" where length 1..=300 label("Cơ quan công bố", "Publisher"),
        /// The publication date (apart from the reference date).
        published_on: Date = "publishedOn" label("Ngày công bố", "Published on"),
    }
}

crate::record! {
    /// One part of a published total (46 dedicated collaborators of 1.298).
    pub struct ObservationComponent ("observationComponent") {
        /// The part as the source words it.
        label: String = "label" where length 1..=300 label("Tên thành phần", "Label"),
        /// The breakdown key it stands for (`dedicated-sw-collaborators`, `dai-hoc`...).
        category: String = "category" where length 1..=100 label("Nhóm", "Category"),
        /// Its unit, when the source gives one other than the total's.
        unit: IndicatorUnit = "unit" label("Đơn vị tính", "Unit"),
        /// Its value.
        value: f64 = "value" where range 0.0..=1e12 label("Giá trị", "Value"),
    }
}

crate::record! {
    /// A published figure.
    pub struct Observation ("observation") {
        /// The ruleset version the sending portal validated with.
        ruleset_version: String = "rulesetVersion" label("Phiên bản bộ quy tắc", "Ruleset version"),
        /// The indicator (see the README's indicator table).
        indicator: IndicatorCode = "indicator" label("Chỉ tiêu", "Indicator"),
        /// The unit the figure is in: it must be the indicator's.
        unit: IndicatorUnit = "unit" label("Đơn vị tính", "Unit"),
        /// The level of administration described.
        level: ObservationLevel = "level" label("Cấp", "Level"),
        /// The unit described (a province, or a commune, with its code set; none for the
        /// country).
        admin_unit: Address = "adminUnit" label("Địa bàn", "Administrative unit"),
        /// First day of the period described.
        period_start: Date = "periodStart" label("Từ ngày", "Period start"),
        /// Last day of the period described.
        period_end: Date = "periodEnd" label("Đến ngày", "Period end"),
        /// The day the figure describes.
        reference_date: Date = "referenceDate" label("Ngày số liệu", "Reference date"),
        /// The figure (a percentage for percent indicators: 36.2).
        value: f64 = "value" where range 0.0..=1e12 label("Giá trị", "Value"),
        /// The numerator, if published (46 of 46/127).
        numerator: u32 = "numerator" label("Tử số", "Numerator"),
        /// The denominator, if published (127 of 46/127): kept as reported.
        denominator: u32 = "denominator" label("Mẫu số", "Denominator"),
        /// For person-times: the distinct persons behind them, if published.
        persons: u32 = "persons" label("Số người", "Persons"),
        /// The breakdown key the figure is about (`thac-si` for "4 thạc sĩ"), if any.
        category: String = "category" where length 1..=100 label("Nhóm", "Category"),
        /// The parts of the total, as published.
        components: Vec<ObservationComponent> = "components" label("Thành phần", "Component"),
        /// The source says "over" (trên 150): the figure is a lower bound.
        lower_bound: bool = "lowerBound" label("Là cận dưới", "Lower bound"),
        /// Actual (the default) or planned.
        basis: ObservationBasis = "basis" label("Loại số liệu", "Basis"),
        /// Where it was published.
        source: ObservationSource = "source" label("Nguồn", "Source"),
    }
}
