//! Vietnam's public holidays and working days, for the working-day deadlines.
//!
//! Bộ luật Lao động 2019 (read in the PĐ mirror) Điều 112(1): Tết Dương lịch (1/1), Tết Âm
//! lịch (5 days), Ngày Chiến thắng (30/4), Quốc tế lao động (1/5), Quốc khánh (2/9 and one day
//! next to it, before or after) and Giỗ Tổ Hùng Vương (10/3 lunar); Điều 112(3): each year the
//! Prime Minister decides the Tết days and the day next to 2/9. Điều 111(3): a holiday that
//! falls on the weekly rest day is made up on the next working day. Before 2021 (BLLĐ 2012)
//! Quốc khánh was one day.
//!
//! [`DECISIONS`] is the small dated table of the yearly decisions (the Tết days off of civil
//! servants, the day next to 2/9, and the swaps that move a working day to a Saturday). A year
//! not in it gets the default: Tết is the last day of the lunar year and the first four of the
//! new one, the day next to 2/9 is 1/9 (3/9 when 2/9 is a Monday), and weekend holidays are
//! made up on the next working days. The week is Monday to Friday (the 40-hour week of civil
//! servants, QĐ 188/1999/QĐ-TTg).
//!
//! ```
//! use ctxh::date::{holidays, Date};
//! // Tết Bính Ngọ: 16–20 Feb 2026 are days off, so the next working day after 13 Feb is 23 Feb.
//! assert!(!holidays::is_working_day(Date::ymd(2026, 2, 16)));
//! assert_eq!(Date::ymd(2026, 2, 13).add_working_days(1), Some(Date::ymd(2026, 2, 23)));
//! ```

use super::{lunar, Date, Weekday};

/// Why a day is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HolidayKind {
    /// Tết Dương lịch, 1 January.
    NewYear,
    /// Tết Nguyên đán (the days off the year's decision gives, or the default five).
    LunarNewYear,
    /// Giỗ Tổ Hùng Vương, 10/3 lunar.
    HungKings,
    /// Ngày Chiến thắng, 30 April.
    ReunificationDay,
    /// Quốc tế lao động, 1 May.
    LabourDay,
    /// Quốc khánh, 2 September and the day next to it.
    NationalDay,
    /// A day off made up for a holiday that fell on a weekend (BLLĐ 2019 Điều 111(3)).
    Compensation,
    /// A working day moved to a Saturday by the year's decision.
    Swap,
}

impl HolidayKind {
    /// A stable id (kebab-case).
    pub fn as_str(self) -> &'static str {
        match self {
            HolidayKind::NewYear => "new-year",
            HolidayKind::LunarNewYear => "lunar-new-year",
            HolidayKind::HungKings => "hung-kings",
            HolidayKind::ReunificationDay => "reunification-day",
            HolidayKind::LabourDay => "labour-day",
            HolidayKind::NationalDay => "national-day",
            HolidayKind::Compensation => "compensation",
            HolidayKind::Swap => "swap",
        }
    }
}

/// A day of a year's decision, as (month, day).
pub type MonthDay = (u8, u8);

/// One year's government decisions on days off for civil servants and public employees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearDecision {
    /// The year.
    pub year: i32,
    /// The weekdays off for Tết (made-up days included), as (month, day).
    pub tet_days_off: &'static [MonthDay],
    /// The day next to 2/9 chosen for this year, as (month, day).
    pub national_day_adjacent: MonthDay,
    /// Swaps: (the weekday given off, the Saturday worked instead), as (month, day).
    pub swaps: &'static [(MonthDay, MonthDay)],
    /// The act that announced it.
    pub source: &'static str,
}

/// The yearly decisions known to the crate, from the press reports of the Ministry of Home
/// Affairs' announcements (secondary sources \[S\]: check a new year's announcement and add it
/// here; until then the year gets the default of the law).
pub const DECISIONS: &[YearDecision] = &[
    YearDecision {
        year: 2021,
        tet_days_off: &[(2, 10), (2, 11), (2, 12), (2, 15), (2, 16)],
        national_day_adjacent: (9, 3),
        swaps: &[],
        source: "Bộ Nội vụ announcement of the year's days off (press reports)",
    },
    YearDecision {
        year: 2022,
        tet_days_off: &[(1, 31), (2, 1), (2, 2), (2, 3), (2, 4)],
        national_day_adjacent: (9, 1),
        swaps: &[],
        source: "Bộ Nội vụ announcement of the year's days off (press reports)",
    },
    YearDecision {
        year: 2023,
        tet_days_off: &[(1, 20), (1, 23), (1, 24), (1, 25), (1, 26)],
        national_day_adjacent: (9, 1),
        swaps: &[],
        source: "Bộ Nội vụ announcement of the year's days off (press reports)",
    },
    YearDecision {
        year: 2024,
        tet_days_off: &[(2, 8), (2, 9), (2, 12), (2, 13), (2, 14)],
        national_day_adjacent: (9, 3),
        swaps: &[((4, 29), (5, 4))],
        source: "Bộ Nội vụ announcement of the year's days off (press reports)",
    },
    YearDecision {
        year: 2025,
        tet_days_off: &[(1, 27), (1, 28), (1, 29), (1, 30), (1, 31)],
        national_day_adjacent: (9, 1),
        swaps: &[((5, 2), (4, 26))],
        source: "Bộ Nội vụ announcement of the year's days off (press reports)",
    },
    YearDecision {
        year: 2026,
        tet_days_off: &[(2, 16), (2, 17), (2, 18), (2, 19), (2, 20)],
        national_day_adjacent: (9, 1),
        swaps: &[],
        source: "Bộ Nội vụ announcement of the year's days off (press reports)",
    },
];

/// The year's decision, if the table has it.
pub fn decision(year: i32) -> Option<&'static YearDecision> {
    DECISIONS.iter().find(|d| d.year == year)
}

fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The days off of `year` that are not weekends, and the Saturdays worked instead, in date
/// order. Empty outside the years the lunar calendar covers (1900–2100).
pub fn days_off(year: i32) -> (Vec<(Date, HolidayKind)>, Vec<Date>) {
    let Some(tet) = lunar::tet(year) else {
        return (Vec::new(), Vec::new());
    };
    let day = |(m, d): MonthDay| Date::new(year, m, d);
    let known = decision(year);
    let mut law: Vec<(Date, HolidayKind)> = Vec::new();
    law.extend(day((1, 1)).map(|d| (d, HolidayKind::NewYear)));
    law.extend(lunar::hung_kings_day(year).map(|d| (d, HolidayKind::HungKings)));
    law.extend(day((4, 30)).map(|d| (d, HolidayKind::ReunificationDay)));
    law.extend(day((5, 1)).map(|d| (d, HolidayKind::LabourDay)));
    law.extend(day((9, 2)).map(|d| (d, HolidayKind::NationalDay)));
    if year >= 2021 {
        let adjacent = match known {
            Some(k) => day(k.national_day_adjacent),
            None if day((9, 2)).is_some_and(|d| d.weekday() == Weekday::Monday) => day((9, 3)),
            None => day((9, 1)),
        };
        law.extend(adjacent.map(|d| (d, HolidayKind::NationalDay)));
    }
    let mut off: Vec<(Date, HolidayKind)> = Vec::new();
    match known {
        Some(k) => off.extend(
            k.tet_days_off
                .iter()
                .filter_map(|&md| day(md))
                .map(|d| (d, HolidayKind::LunarNewYear)),
        ),
        // The default five days (the last of the old year, the first four of the new) are
        // law days like the others: a weekend one is made up below.
        None => law.extend(
            (-1..=3)
                .filter_map(|n| tet.add_days(n))
                .map(|d| (d, HolidayKind::LunarNewYear)),
        ),
    }
    sort_few(&mut law);
    let taken = |d: Date, off: &[(Date, HolidayKind)], law: &[(Date, HolidayKind)]| {
        off.iter().any(|(x, _)| *x == d) || law.iter().any(|(x, _)| *x == d)
    };
    for &(d, kind) in &law {
        if !is_weekend(d) {
            if !off.iter().any(|(x, _)| *x == d) {
                off.push((d, kind));
            }
            continue;
        }
        // Made up on the next working day not already off (BLLĐ 2019 Điều 111(3)).
        let mut next = d;
        while let Some(n) = next.add_days(1) {
            next = n;
            if !is_weekend(next) && !taken(next, &off, &law) {
                off.push((next, HolidayKind::Compensation));
                break;
            }
        }
    }
    let mut worked = Vec::new();
    for &(given, saturday) in known.map_or(&[][..], |k| k.swaps) {
        if let (Some(given), Some(saturday)) = (day(given), day(saturday)) {
            off.push((given, HolidayKind::Swap));
            worked.push(saturday);
        }
    }
    sort_few(&mut off);
    off.dedup_by_key(|(d, _)| *d);
    off.retain(|(d, _)| d.year() == year);
    sort_few(&mut worked);
    (off, worked)
}

/// Sorts the few days of a year in place, as `slice::sort` would (stable, by `Ord`): an
/// insertion sort, which is what the standard sort does for so few items anyway, without a
/// whole sort routine per element type in the WebAssembly module.
fn sort_few<T: Ord>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Why `date` is a weekday off, if it is one.
pub fn holiday(date: Date) -> Option<HolidayKind> {
    if is_weekend(date) {
        return None;
    }
    let (off, _) = days_off(date.year());
    off.iter().find(|(d, _)| *d == date).map(|(_, k)| *k)
}

/// Whether civil servants work on `date`: Monday to Friday except the days off of
/// [`days_off`], plus the Saturdays worked instead of a swapped day.
pub fn is_working_day(date: Date) -> bool {
    let (off, worked) = days_off(date.year());
    if is_weekend(date) {
        return worked.contains(&date);
    }
    !off.iter().any(|(d, _)| *d == date)
}

/// The weekdays off after `from` up to and including `to` (the holidays a count of working
/// days over that span skipped).
pub fn days_off_between(from: Date, to: Date) -> Vec<(Date, HolidayKind)> {
    let mut out = Vec::new();
    let mut year = from.year();
    while year <= to.year() {
        out.extend(
            days_off(year)
                .0
                .into_iter()
                .filter(|(d, _)| *d > from && *d <= to),
        );
        year += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ordered by `key` only, so that a stable sort's order of equal keys shows in `tag`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    struct Keyed {
        key: u8,
        tag: u8,
    }
    impl PartialOrd for Keyed {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for Keyed {
        fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.key.cmp(&other.key)
        }
    }

    #[test]
    fn sort_few_sorts_as_the_standard_stable_sort() {
        // Every list of up to 7 keys from 0..3 (so with many equal keys), tagged by position.
        for len in 0..=7u32 {
            for code in 0..3u32.pow(len) {
                let items: Vec<Keyed> = (0..len)
                    .map(|i| Keyed {
                        key: ((code / 3u32.pow(i)) % 3) as u8,
                        tag: i as u8,
                    })
                    .collect();
                let (mut ours, mut std) = (items.clone(), items);
                sort_few(&mut ours);
                std.sort();
                assert_eq!(ours, std);
            }
        }
    }

    fn off(y: i32, m: u8, d: u8) -> bool {
        !is_working_day(Date::ymd(y, m, d))
    }

    #[test]
    fn decided_and_computed_days() {
        // Tết 2026: 16-20 Feb off; 23 Feb back at work.
        for d in 16..=20 {
            assert!(off(2026, 2, d), "{d}");
        }
        assert!(!off(2026, 2, 23));
        // 2/9/2025 (Tuesday) and the Monday before it.
        assert!(off(2025, 9, 1) && off(2025, 9, 2) && !off(2025, 9, 3));
        // 2025: Friday 2 May off, Saturday 26 April worked.
        assert!(off(2025, 5, 2) && !off(2025, 4, 26));
        // 2023: Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday: made up on 2 and 3 May.
        assert!(off(2023, 5, 1) && off(2023, 5, 2) && off(2023, 5, 3) && !off(2023, 5, 4));
        // 2026: Giỗ Tổ on Sunday 26/4 is made up on Monday 27/4.
        assert_eq!(
            holiday(Date::ymd(2026, 4, 27)),
            Some(HolidayKind::Compensation)
        );
        // A year without a decision: the default Tết (2027: 5-9 Feb, mùng 1 on Saturday 6).
        assert_eq!(lunar::tet(2027), Some(Date::ymd(2027, 2, 6)));
        assert!(off(2027, 2, 5) && off(2027, 2, 8) && off(2027, 2, 9));
        // Sat 6 and Sun 7 are made up on the next free working days, 10 and 11 Feb.
        assert!(off(2027, 2, 10) && off(2027, 2, 11) && !off(2027, 2, 12));
        assert_eq!(days_off(1800), (Vec::new(), Vec::new()));
    }

    #[test]
    fn each_year_has_its_eleven_law_days_at_least() {
        for year in 2021..=2035 {
            let (off, _) = days_off(year);
            let law = off
                .iter()
                .filter(|(_, k)| !matches!(k, HolidayKind::Swap))
                .count();
            // 11 holidays; those on weekends come back as compensation days, and a Tết that
            // straddles the year keeps only the days of this year.
            assert!((9..=13).contains(&law), "{year}: {law} {off:?}");
        }
    }
}
