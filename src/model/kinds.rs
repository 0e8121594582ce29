//! THE registry of record kinds: the records that can be validated by name.
//!
//! One line per kind in [`for_each_record_kind!`](crate::for_each_record_kind). Everything that
//! works "for every kind" reads it: [`RecordKind`] and its descriptions here, the dispatch of
//! `validate` / `validate_field` ([`crate::validate`]), the JavaScript API and its TypeScript
//! `RecordKind` type, the code lists offered to forms ([`super::enums`]), and the rules table's
//! entities. Adding a kind: its model file, its rules file (with its `Validated` impl) and one
//! line here; see ARCHITECTURE.md.
//!
//! ```
//! use ctxh::model::RecordKind;
//! assert_eq!(RecordKind::parse("staff"), Some(RecordKind::Staff));
//! assert_eq!(RecordKind::Staff.info().rust_name, "StaffMember");
//! let names: Vec<_> = RecordKind::names().collect();
//! assert_eq!(names[..4], ["staff", "facility", "case", "address"]);
//! ```

/// Calls the macro `$callback` with the registry: one entry per record kind, as
/// `Variant = "wire name", path::to::RecordType, "Vietnamese label", "English label";`.
#[macro_export]
#[doc(hidden)]
macro_rules! for_each_record_kind {
    ($callback:ident) => {
        $callback! {
            Staff = "staff", $crate::model::staff::StaffMember,
                "Nhân sự công tác xã hội", "Social work staff member";
            Facility = "facility", $crate::model::facility::Facility,
                "Cơ sở trợ giúp xã hội, cơ sở cung cấp dịch vụ công tác xã hội", "Facility";
            Case = "case", $crate::model::case::Case, "Ca quản lý trường hợp", "Case";
            Address = "address", $crate::model::address::Address, "Địa chỉ", "Address";
            TrainingEvent = "trainingEvent", $crate::model::training::TrainingEvent,
                "Lớp đào tạo, bồi dưỡng", "Training event";
            Observation = "observation", $crate::model::observation::Observation,
                "Số liệu đã công bố", "Published figure";
        }
    };
}

macro_rules! define_record_kinds {
    ($($variant:ident = $name:literal, $ty:path, $vi:literal, $en:literal;)*) => {
        /// A record kind of the registry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RecordKind {
            $(
                #[doc = concat!("`", $name, "`: [`", stringify!($ty), "`].")]
                $variant,
            )*
        }

        impl RecordKind {
            /// Every kind, in registry order.
            pub const ALL: &'static [RecordKind] = &[$(RecordKind::$variant),*];

            /// The kind's wire name (`staff`), as the JavaScript API and batch files name it.
            pub fn name(self) -> &'static str {
                match self {
                    $(RecordKind::$variant => $name,)*
                }
            }

            /// The description of the kind's record type (fields, types, limits).
            pub fn info(self) -> &'static $crate::meta::RecordInfo {
                match self {
                    $(RecordKind::$variant => &<$ty>::INFO,)*
                }
            }

            /// The kind's label in `lang`.
            pub fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (RecordKind::$variant, $crate::i18n::Lang::Vi) => $vi,
                        (RecordKind::$variant, $crate::i18n::Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

crate::for_each_record_kind!(define_record_kinds);

impl RecordKind {
    /// The kind named `name` (`staff`, `facility`, `case`, `address`).
    pub fn parse(name: &str) -> Option<RecordKind> {
        RecordKind::ALL.iter().copied().find(|k| k.name() == name)
    }

    /// The wire names of every kind, in registry order.
    pub fn names() -> impl Iterator<Item = &'static str> {
        RecordKind::ALL.iter().map(|k| k.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back_and_records_match_their_kind() {
        for &kind in RecordKind::ALL {
            assert_eq!(RecordKind::parse(kind.name()), Some(kind));
            assert_eq!(kind.info().wire_name, kind.name());
            assert_ne!(
                kind.label(crate::i18n::Lang::Vi),
                kind.label(crate::i18n::Lang::En)
            );
        }
        assert_eq!(RecordKind::parse("Staff"), None);
    }
}
