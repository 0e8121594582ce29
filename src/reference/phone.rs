//! Vietnamese telephone numbering facts: the mobile prefixes in use, the 2018–2019 conversion
//! of 11-digit mobile numbers, and the landline format since 2017.
//!
//! Sources (domain-research §4.6, secondary): the 11-digit mobile numbers were converted
//! between 15/9/2018 and 30/6/2019 keeping the last 7 digits; landlines have had 11 digits
//! (`02` + area code + subscriber) since QĐ 2036/QĐ-BTTTT (2017). The list of allocated mobile
//! prefixes changes over time and is not verified: rules only warn on it.

/// Old 11-digit mobile prefixes (4 digits) and the 3-digit prefixes they became.
pub const LEGACY_MOBILE: &[(&str, &str)] = &[
    ("0120", "070"),
    ("0121", "079"),
    ("0122", "077"),
    ("0126", "076"),
    ("0128", "078"),
    ("0123", "083"),
    ("0124", "084"),
    ("0125", "085"),
    ("0127", "081"),
    ("0129", "082"),
    ("0162", "032"),
    ("0163", "033"),
    ("0164", "034"),
    ("0165", "035"),
    ("0166", "036"),
    ("0167", "037"),
    ("0168", "038"),
    ("0169", "039"),
    ("0186", "056"),
    ("0188", "058"),
    ("0199", "059"),
];

/// The 3-digit mobile prefixes known to be allocated.
pub const MOBILE_PREFIXES: &[&str] = &[
    "032", "033", "034", "035", "036", "037", "038", "039", // Viettel
    "052", "055", "056", "058", "059", // Vietnamobile, Reddi, Gmobile
    "070", "076", "077", "078", "079", // MobiFone
    "081", "082", "083", "084", "085", "086", "087", "088",
    "089", // VinaPhone, Viettel, others
    "090", "091", "092", "093", "094", "096", "097", "098", "099",
];

/// The new prefix of an old 11-digit mobile prefix (`"0168"` → `"038"`).
pub fn new_mobile_prefix(old: &str) -> Option<&'static str> {
    LEGACY_MOBILE
        .iter()
        .find(|(o, _)| *o == old)
        .map(|(_, n)| *n)
}

/// The old prefix stored in the table for `old` (a `&'static str` usable as an issue param).
pub fn legacy_prefix(old: &str) -> Option<&'static str> {
    LEGACY_MOBILE
        .iter()
        .find(|(o, _)| *o == old)
        .map(|(o, _)| *o)
}

/// The landline area codes of QĐ 2036/QĐ-BTTTT (2016, applied from 11/02/2017 to 31/8/2017),
/// without the trunk `0`: the new code, the code it replaced (the same for the four provinces
/// that kept theirs) and the province (of the 63 of that time). The list is closed: `0200`,
/// `0217`, `0224` or `0267` are no area codes. Hà Nội (`24`) and TP. Hồ Chí Minh (`28`) have
/// 8-digit subscriber numbers, every other province 7 digits, before and after the change.
/// Sources: domain-research §4.6 \[S\] (kienthuc.net.vn, tvxdkg.com.vn); the codes agree with
/// Google's libphonenumber metadata (the Node oracle test).
pub const AREA_CODES: &[(&str, &str, &str)] = &[
    ("203", "33", "Quảng Ninh"),
    ("204", "240", "Bắc Giang"),
    ("205", "25", "Lạng Sơn"),
    ("206", "26", "Cao Bằng"),
    ("207", "27", "Tuyên Quang"),
    ("208", "280", "Thái Nguyên"),
    ("209", "281", "Bắc Kạn"),
    ("210", "210", "Phú Thọ"),
    ("211", "211", "Vĩnh Phúc"),
    ("212", "22", "Sơn La"),
    ("213", "231", "Lai Châu"),
    ("214", "20", "Lào Cai"),
    ("215", "230", "Điện Biên"),
    ("216", "29", "Yên Bái"),
    ("218", "218", "Hòa Bình"),
    ("219", "219", "Hà Giang"),
    ("220", "320", "Hải Dương"),
    ("221", "321", "Hưng Yên"),
    ("222", "241", "Bắc Ninh"),
    ("225", "31", "Hải Phòng"),
    ("226", "351", "Hà Nam"),
    ("227", "36", "Thái Bình"),
    ("228", "350", "Nam Định"),
    ("229", "30", "Ninh Bình"),
    ("232", "52", "Quảng Bình"),
    ("233", "53", "Quảng Trị"),
    ("234", "54", "Thừa Thiên Huế"),
    ("235", "510", "Quảng Nam"),
    ("236", "511", "Đà Nẵng"),
    ("237", "37", "Thanh Hóa"),
    ("238", "38", "Nghệ An"),
    ("239", "39", "Hà Tĩnh"),
    ("24", "4", "Hà Nội"),
    ("251", "61", "Đồng Nai"),
    ("252", "62", "Bình Thuận"),
    ("254", "64", "Bà Rịa - Vũng Tàu"),
    ("255", "55", "Quảng Ngãi"),
    ("256", "56", "Bình Định"),
    ("257", "57", "Phú Yên"),
    ("258", "58", "Khánh Hòa"),
    ("259", "68", "Ninh Thuận"),
    ("260", "60", "Kon Tum"),
    ("261", "501", "Đắk Nông"),
    ("262", "500", "Đắk Lắk"),
    ("263", "63", "Lâm Đồng"),
    ("269", "59", "Gia Lai"),
    ("270", "70", "Vĩnh Long"),
    ("271", "651", "Bình Phước"),
    ("272", "72", "Long An"),
    ("273", "73", "Tiền Giang"),
    ("274", "650", "Bình Dương"),
    ("275", "75", "Bến Tre"),
    ("276", "66", "Tây Ninh"),
    ("277", "67", "Đồng Tháp"),
    ("28", "8", "TP. Hồ Chí Minh"),
    ("290", "780", "Cà Mau"),
    ("291", "781", "Bạc Liêu"),
    ("292", "710", "Cần Thơ"),
    ("293", "711", "Hậu Giang"),
    ("294", "74", "Trà Vinh"),
    ("296", "76", "An Giang"),
    ("297", "77", "Kiên Giang"),
    ("299", "79", "Sóc Trăng"),
];

/// The first digits a subscriber number may have after `24` (Hà Nội) and `28` (TP. Hồ Chí
/// Minh), as Google's libphonenumber metadata has them (`24[2-8]`, `28[2-9]`).
pub const BIG_CITY_SUBSCRIBER_FIRST: &[(&str, &str)] = &[("24", "2345678"), ("28", "23456789")];

/// The subscriber length after an area code (new or old, without the trunk `0`).
pub fn subscriber_len(code: &str) -> usize {
    if matches!(code, "24" | "28" | "4" | "8") {
        8
    } else {
        7
    }
}

/// The new area code of a landline number in national form without its trunk `0`
/// (`"2523821002"` → `"252"`), when it starts with one.
pub fn new_area_code(national: &str) -> Option<&'static str> {
    AREA_CODES.iter().map(|(new, _, _)| *new).find(|code| {
        national.starts_with(code) && national.len() == code.len() + subscriber_len(code)
    })
}

/// The old area code (before 2017) a national number without its trunk `0` starts with, and
/// the code that replaced it (`"623821002"` → `("62", "252")`). Old codes are prefix-free.
pub fn old_area_code(national: &str) -> Option<(&'static str, &'static str)> {
    AREA_CODES
        .iter()
        .find(|(_, old, _)| {
            national.starts_with(old) && national.len() == old.len() + subscriber_len(old)
        })
        .map(|(new, old, _)| (*old, *new))
}
