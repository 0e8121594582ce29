//! The astronomical computation of the Vietnamese lunar calendar, from which
//! `src/date/lunar_table.rs` is generated (`tests/lunar_table.rs`), and against which the
//! crate's table-driven `ctxh::date::lunar` is compared for every day of 1900–2100.
//!
//! The algorithm is the one published by Hồ Ngọc Đức ("Thuật toán tính âm lịch"): new moons
//! from Meeus' series, the sun's longitude for the solar terms, month 11 holding the winter
//! solstice, and a leap month being the first month without a major solar term in a year of
//! 13 months. Computed in UTC+7, which is why some Vietnamese dates differ from the Chinese
//! calendar (UTC+8): Tết 1985 and 2007, for example. (It was the crate's own code until the
//! table replaced it: `sin` alone was 6 KB of the WebAssembly module.)

use std::f64::consts::PI;

use ctxh::date::Date;

/// Vietnam's offset from UTC, in hours.
const TIME_ZONE: f64 = 7.0;
/// The Julian day number of 1970-01-01.
const JD_EPOCH: i64 = 2_440_588;

/// The Julian day number of `date`.
pub fn jd(date: Date) -> i64 {
    date.days_since_epoch() + JD_EPOCH
}

fn date_of_jd(jd: i64) -> Option<Date> {
    Date::from_days_since_epoch(jd - JD_EPOCH)
}

/// The new moon number `k` (counted from 1900-01-01) as a Julian day, with fraction.
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3) = (t * t, t * t * t);
    let dr = PI / 180.0;
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let s = |x: f64| (x * dr).sin();
    let c1 = (0.1734 - 0.000_393 * t) * s(m) + 0.0021 * s(2.0 * m) - 0.4068 * s(mpr)
        + 0.0161 * s(2.0 * mpr)
        - 0.0004 * s(3.0 * mpr)
        + 0.0104 * s(2.0 * f)
        - 0.0051 * s(m + mpr)
        - 0.0074 * s(m - mpr)
        + 0.0004 * s(2.0 * f + m)
        - 0.0004 * s(2.0 * f - m)
        - 0.0006 * s(2.0 * f + mpr)
        + 0.0010 * s(2.0 * f - mpr)
        + 0.0005 * s(2.0 * mpr + m);
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - delta_t
}

/// The day (Julian day number) of the `k`-th new moon in Vietnam.
pub fn new_moon_day(k: i64) -> i64 {
    (new_moon(k as f64) + 0.5 + TIME_ZONE / 24.0).floor() as i64
}

/// The sun's longitude at the start of a Julian day in Vietnam, as one of 12 sectors of 30°
/// (0 = from the spring equinox).
fn sun_sector(day: i64) -> i64 {
    let jdn = day as f64 - 0.5 - TIME_ZONE / 24.0;
    let t = (jdn - 2_451_545.0) / 36_525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin();
    dl += (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin() + 0.000_290 * (dr * 3.0 * m).sin();
    let mut l = (l0 + dl) * dr;
    l -= 2.0 * PI * (l / (2.0 * PI)).floor();
    (l / PI * 6.0).floor() as i64
}

/// The first day (Julian day number) of lunar month 11 (the month of the winter solstice) of
/// solar year `year`.
pub fn month_11(year: i32) -> i64 {
    let off = jd(Date::new(year, 12, 31).unwrap()) - 2_415_021;
    let k = (off as f64 / 29.530_588_853).floor() as i64;
    let nm = new_moon_day(k);
    if sun_sector(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// The new moon number of the month starting on day `a11` (a month 11).
pub fn month_number(a11: i64) -> i64 {
    (0.5 + (a11 as f64 - 2_415_021.076_998_695) / 29.530_588_853).floor() as i64
}

/// Of a lunar year starting at `a11` with 13 months, the offset of the leap month from month
/// 11.
pub fn leap_month_offset(a11: i64) -> i64 {
    let k = month_number(a11);
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The solar date of a lunar date, computed (the crate's answer before the table): `None`
/// outside 1900–2100, for a day outside 1..=30 or a month outside 1..=12, or for a leap month
/// the year does not have.
pub fn lunar_to_solar(day: u8, month: u8, year: i32, leap: bool) -> Option<Date> {
    if !(1900..=2100).contains(&year) || !(1..=30).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let (a11, b11) = if month < 11 {
        (month_11(year - 1), month_11(year))
    } else {
        (month_11(year), month_11(year + 1))
    };
    let k = month_number(a11);
    let mut off = i64::from(month) - 11;
    if off < 0 {
        off += 12;
    }
    if b11 - a11 > 365 {
        let leap_off = leap_month_offset(a11);
        let mut leap_month = leap_off - 2;
        if leap_month < 0 {
            leap_month += 12;
        }
        if leap && i64::from(month) != leap_month {
            return None;
        }
        if leap || off >= leap_off {
            off += 1;
        }
    } else if leap {
        return None;
    }
    date_of_jd(new_moon_day(k + off) + i64::from(day) - 1)
}
