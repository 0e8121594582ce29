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
