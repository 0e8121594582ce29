//! Professional titles of public employees in social work: grade, salary table and coefficient
//! band, and the lowest qualification level each title needs.
//!
//! Bands and qualification levels are those of TTLT 30/2015/TTLT-BLĐTBXH-BNV (Điều 9 for the
//! salary tables). TT 26/2022/TT-BLĐTBXH kept the three codes from 28/01/2023; whether it
//! changed the bands or the qualifications is unverified, so rules built on this table warn.
//!
//! ```
//! use ctxh::model::staff::ProfessionalTitle;
//! use ctxh::reference::titles;
//! let t = titles::info(ProfessionalTitle::GradeIII);
//! assert_eq!((t.grade, t.salary_table, t.min_coefficient, t.max_coefficient), ("III", "A1", "2.34", "4.98"));
//! assert!(t.allows(2.67) && !t.allows(5.0));
//! ```

use crate::date::Date;

crate::wire_enum! {
    /// Professional titles of public employees in social work (TT 26/2022/TT-BLĐTBXH, earlier
    /// TTLT 30/2015/TTLT-BLĐTBXH-BNV).
    pub enum ProfessionalTitle ("professionalTitle") {
        /// V.09.04.01 Công tác xã hội viên chính (hạng II).
        GradeII = "V.09.04.01", "Công tác xã hội viên chính (hạng II)", "Senior social worker (grade II)";
        /// V.09.04.02 Công tác xã hội viên (hạng III).
        GradeIII = "V.09.04.02", "Công tác xã hội viên (hạng III)", "Social worker (grade III)";
        /// V.09.04.03 Nhân viên công tác xã hội (hạng IV).
        GradeIV = "V.09.04.03", "Nhân viên công tác xã hội (hạng IV)", "Social work assistant (grade IV)";
    }
}

crate::wire_enum! {
    /// Education levels, lowest first (the order is used by the title rules).
    pub enum EducationLevel ("educationLevel") {
        /// Sơ cấp.
        SoCap = "so-cap", "Sơ cấp", "Elementary vocational";
        /// Trung cấp.
        TrungCap = "trung-cap", "Trung cấp", "Intermediate vocational";
        /// Cao đẳng.
        CaoDang = "cao-dang", "Cao đẳng", "College";
        /// Đại học.
        DaiHoc = "dai-hoc", "Đại học", "Bachelor";
        /// Thạc sĩ.
        ThacSi = "thac-si", "Thạc sĩ", "Master";
        /// Tiến sĩ.
        TienSi = "tien-si", "Tiến sĩ", "Doctorate";
    }
}

/// What the rules need to know about one title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleInfo {
    /// The title.
    pub title: ProfessionalTitle,
    /// The grade (hạng): `II`, `III`, `IV`.
    pub grade: &'static str,
    /// The salary table (bảng lương) of the title.
    pub salary_table: &'static str,
    /// Lowest coefficient of the band, as written in the table (`"2.34"`).
    pub min_coefficient: &'static str,
    /// Highest coefficient of the band.
    pub max_coefficient: &'static str,
    /// The band in hundredths, for comparisons.
    band_x100: (u32, u32),
    /// The lowest education level the title requires.
    pub min_level: EducationLevel,
}

impl TitleInfo {
    /// Whether `coefficient` lies within the band (to the hundredth).
    pub fn allows(&self, coefficient: f64) -> bool {
        let x100 = (coefficient * 100.0).round();
        x100 >= f64::from(self.band_x100.0) && x100 <= f64::from(self.band_x100.1)
    }
}

const TITLES: [TitleInfo; 3] = [
    TitleInfo {
        title: ProfessionalTitle::GradeII,
        grade: "II",
        salary_table: "A2.1",
        min_coefficient: "4.40",
        max_coefficient: "6.78",
        band_x100: (440, 678),
        min_level: EducationLevel::DaiHoc,
    },
    TitleInfo {
        title: ProfessionalTitle::GradeIII,
        grade: "III",
        salary_table: "A1",
        min_coefficient: "2.34",
        max_coefficient: "4.98",
        band_x100: (234, 498),
        min_level: EducationLevel::DaiHoc,
    },
    TitleInfo {
        title: ProfessionalTitle::GradeIV,
        grade: "IV",
        salary_table: "B",
        min_coefficient: "1.86",
        max_coefficient: "4.06",
        band_x100: (186, 406),
        min_level: EducationLevel::TrungCap,
    },
];

/// The facts of `title`.
pub fn info(title: ProfessionalTitle) -> &'static TitleInfo {
    match title {
        ProfessionalTitle::GradeII => &TITLES[0],
        ProfessionalTitle::GradeIII => &TITLES[1],
        ProfessionalTitle::GradeIV => &TITLES[2],
    }
}

/// The day the V.09.04 codes took effect (TTLT 30/2015, in force 04/10/2015); before it the
/// titles were the ngạch 24.291–24.293.
pub fn codes_since() -> Date {
    Date::new(2015, 10, 4).expect("valid date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_text_and_numbers_agree() {
        for t in &TITLES {
            assert_eq!(info(t.title), t);
            let lo: f64 = t.min_coefficient.parse().unwrap();
            let hi: f64 = t.max_coefficient.parse().unwrap();
            assert!(t.allows(lo) && t.allows(hi));
            assert!(!t.allows(lo - 0.01) && !t.allows(hi + 0.01));
        }
    }
}
