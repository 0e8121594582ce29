//! The person model (filled in by its issue).

use super::enums::{EnumInfo, RecordInfo};

/// The code lists of this module, for [`super::enums::labels`].
pub const ENUM_LISTS: &[EnumInfo] = &[];

/// The record types of this module.
pub const RECORD_TYPES: &[RecordInfo] = &[];
