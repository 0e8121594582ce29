//! The legacy tables as one file, for builds that load them at run time (cargo feature
//! `legacy-units-loadable`, the npm package's build: the file is `ctxh_legacy.bin`, loaded by
//! `loadLegacy()`), so that pages which never see a pre-July-2025 address do not download them.
//!
//! The file: the magic `CTXHLGC1`, the crate version (one length byte, then the text), an
//! FNV-1a checksum of the rest (4 bytes, little-endian), the byte length of each part (4 bytes
//! each, little-endian, in [`LegacyBytes`] field order), then the parts. A file made by another
//! crate version, or damaged, is refused: the legacy syllable ids continue the 2025 ones, so the
//! file only fits the build that wrote it.

/// The byte streams of the legacy tables (`crate::reference::generated::{units_legacy,
/// lineage}`), wherever they come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LegacyBytes<'a> {
    pub syllables: &'a [u8],
    pub province_sizes: &'a [u8],
    pub district_codes: &'a [u8],
    pub district_forms: &'a [u8],
    pub district_sizes: &'a [u8],
    pub district_names: &'a [u8],
    pub commune_codes: &'a [u8],
    pub commune_forms: &'a [u8],
    pub commune_names: &'a [u8],
    pub shapes: &'a [u8],
    pub successors: &'a [u8],
}

const MAGIC: &[u8; 8] = b"CTXHLGC1";
const PARTS: usize = 11;

impl<'a> LegacyBytes<'a> {
    /// The tables embedded in this build.
    #[cfg(not(feature = "legacy-units-loadable"))]
    pub(crate) fn embedded() -> LegacyBytes<'static> {
        use crate::reference::generated::{lineage as gl, units_legacy as gx};
        LegacyBytes {
            syllables: gx::SYLLABLES,
            province_sizes: gx::PROVINCE_SIZES,
            district_codes: gx::DISTRICT_CODES,
            district_forms: gx::DISTRICT_FORMS,
            district_sizes: gx::DISTRICT_SIZES,
            district_names: gx::DISTRICT_NAMES,
            commune_codes: gx::COMMUNE_CODES,
            commune_forms: gx::COMMUNE_FORMS,
            commune_names: gx::COMMUNE_NAMES,
            shapes: gl::SHAPES,
            successors: gl::SUCCESSORS,
        }
    }

    fn parts(&self) -> [&'a [u8]; PARTS] {
        [
            self.syllables,
            self.province_sizes,
            self.district_codes,
            self.district_forms,
            self.district_sizes,
            self.district_names,
            self.commune_codes,
            self.commune_forms,
            self.commune_names,
            self.shapes,
            self.successors,
        ]
    }

    /// The file holding these tables for this crate version.
    #[cfg_attr(feature = "legacy-units-loadable", allow(dead_code))]
    pub(crate) fn to_file(self) -> Vec<u8> {
        let parts = self.parts();
        let mut body = Vec::new();
        for p in parts {
            body.extend_from_slice(&u32::try_from(p.len()).unwrap_or(u32::MAX).to_le_bytes());
        }
        for p in parts {
            body.extend_from_slice(p);
        }
        let version = crate::version::CRATE_VERSION.as_bytes();
        let mut out = Vec::with_capacity(body.len() + 64);
        out.extend_from_slice(MAGIC);
        out.push(u8::try_from(version.len()).unwrap_or(u8::MAX));
        out.extend_from_slice(version);
        out.extend_from_slice(&fnv1a(&body).to_le_bytes());
        out.extend_from_slice(&body);
        out
    }

    /// The tables in `file`, if it is this crate version's file and undamaged.
    #[cfg_attr(not(feature = "legacy-units-loadable"), allow(dead_code))]
    pub(crate) fn from_file(file: &'a [u8]) -> Option<LegacyBytes<'a>> {
        let rest = file.strip_prefix(MAGIC.as_slice())?;
        let (&len, rest) = rest.split_first()?;
        let (version, rest) = rest.split_at_checked(usize::from(len))?;
        if version != crate::version::CRATE_VERSION.as_bytes() {
            return None;
        }
        let (sum, body) = rest.split_at_checked(4)?;
        if sum != fnv1a(body).to_le_bytes() {
            return None;
        }
        let (lengths, mut data) = body.split_at_checked(4 * PARTS)?;
        let mut parts = [&[][..]; PARTS];
        for (i, part) in parts.iter_mut().enumerate() {
            let n = u32::from_le_bytes(lengths.get(4 * i..4 * i + 4)?.try_into().ok()?);
            let (this, next) = data.split_at_checked(usize::try_from(n).ok()?)?;
            *part = this;
            data = next;
        }
        if !data.is_empty() {
            return None;
        }
        let [syllables, province_sizes, district_codes, district_forms, district_sizes, district_names, commune_codes, commune_forms, commune_names, shapes, successors] =
            parts;
        Some(LegacyBytes {
            syllables,
            province_sizes,
            district_codes,
            district_forms,
            district_sizes,
            district_names,
            commune_codes,
            commune_forms,
            commune_names,
            shapes,
            successors,
        })
    }
}

/// FNV-1a, 32 bits: enough to refuse a truncated or damaged file.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(all(test, not(feature = "legacy-units-loadable")))]
mod tests {
    use super::*;

    #[test]
    fn the_file_round_trips_and_refuses_damage_and_other_versions() {
        let tables = LegacyBytes::embedded();
        let file = tables.to_file();
        assert_eq!(LegacyBytes::from_file(&file), Some(tables));
        for cut in [0, 8, 20, file.len() / 2, file.len() - 1] {
            assert_eq!(LegacyBytes::from_file(&file[..cut]), None, "cut at {cut}");
        }
        let mut damaged = file.clone();
        *damaged.last_mut().unwrap() ^= 1;
        assert_eq!(LegacyBytes::from_file(&damaged), None);
        let mut other = file.clone();
        other[9] ^= 1; // a byte of the version text
        assert_eq!(LegacyBytes::from_file(&other), None);
        let mut longer = file;
        longer.push(0);
        assert_eq!(LegacyBytes::from_file(&longer), None);
    }
}
