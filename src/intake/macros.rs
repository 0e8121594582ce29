//! `record!` and `wire_enum!`: one declaration gives the type, its serde form and its intake.

/// Declares a record type: a struct whose fields are all optional on the wire, with serde
/// (`deny_unknown_fields`, wire renames) and lenient [`FromJson`](crate::intake::FromJson)
/// generated from the same list of wire names.
///
/// ```
/// ctxh::record! {
///     /// A contact.
///     pub struct Contact ("contact") {
///         /// Phone number as typed.
///         phone: String = "phone",
///         /// How many calls.
///         call_count: u32 = "callCount",
///     }
/// }
/// let mut cx = ctxh::intake::Intake::new();
/// let v = ctxh::intake::Json::parse(r#"{"phone": 5, "callCount": 2, "extra": true}"#).unwrap();
/// let c = <Contact as ctxh::intake::FromJson>::from_json(&v, &mut cx).unwrap();
/// assert_eq!((c.phone, c.call_count), (None, Some(2)));
/// let (issues, _) = cx.finish();
/// let mut codes: Vec<_> = issues.iter().map(|i| (i.path.to_string(), i.code)).collect();
/// codes.sort();
/// assert_eq!(codes, [("extra".into(), "unknown_field"), ("phone".into(), "type_invalid")]);
/// ```
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident ($wire_name:literal) {
            $(
                $(#[$fmeta:meta])*
                $field:ident : $ty:ty = $wire:literal,
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$fmeta])*
                #[serde(rename = $wire, default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
        }

        impl $crate::intake::FromJson for $name {
            const EXPECTED: &'static str = "object";

            fn from_json(
                value: &$crate::intake::Json<'_>,
                cx: &mut $crate::intake::Intake,
            ) -> Option<Self> {
                let entries = cx.expect_object(value)?;
                let mut out = Self::default();
                for (key, v) in entries {
                    match key.as_ref() {
                        $( $wire => out.$field = cx.field($wire, v), )*
                        _ => cx.unknown_field(key),
                    }
                }
                Some(out)
            }

            fn placeholder() -> Option<Self> {
                Some(Self::default())
            }
        }

        impl $crate::intake::WireFields for $name {
            const NAME: &'static str = $wire_name;
            const FIELDS: &'static [(&'static str, &'static str)] =
                &[$((stringify!($field), $wire)),*];
        }

        impl $name {
            /// The record type's metadata (wire names and field types), for generated
            /// TypeScript declarations and schemas.
            pub const INFO: $crate::model::enums::RecordInfo = $crate::model::enums::RecordInfo {
                rust_name: stringify!($name),
                wire_name: $wire_name,
                fields: &[$($crate::model::enums::FieldInfo {
                    rust_name: stringify!($field),
                    wire_name: $wire,
                    rust_type: stringify!($ty),
                }),*],
            };
        }
    };
}

/// Declares a code list: an enum with stable wire ids and Vietnamese and English labels, its
/// serde form, its intake (`enum_invalid` with the allowed ids for unknown values) and its
/// [`EnumEntry`](crate::model::enums::EnumEntry) table for select boxes.
///
/// ```
/// ctxh::wire_enum! {
///     /// Yes or no.
///     pub enum Answer ("answer") {
///         /// Có.
///         Yes = "yes", "Có", "Yes";
///         /// Không.
///         No = "no", "Không", "No";
///     }
/// }
/// assert_eq!(Answer::parse("no"), Some(Answer::No));
/// assert_eq!(Answer::No.label(ctxh::i18n::Lang::Vi), "Không");
/// ```
#[macro_export]
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($wire_name:literal) {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $wire:literal, $vi:literal, $en:literal;
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $wire)]
                $variant,
            )*
        }

        impl $name {
            /// Every value, in list order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The list's wire name (for `enumLabels`).
            pub const LIST_NAME: &'static str = $wire_name;
            /// Wire ids with their labels, in list order.
            pub const ENTRIES: &'static [$crate::model::enums::EnumEntry] = &[
                $($crate::model::enums::EnumEntry { value: $wire, vi: $vi, en: $en }),*
            ];
            /// The list's metadata, for `enumLabels` and generated TypeScript declarations.
            pub const INFO: $crate::model::enums::EnumInfo = $crate::model::enums::EnumInfo {
                rust_name: stringify!($name),
                list_name: $wire_name,
                entries: $name::ENTRIES,
            };

            /// The stable wire id.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),* }
            }

            /// The value with this wire id.
            pub fn parse(id: &str) -> Option<$name> {
                match id { $($wire => Some($name::$variant),)* _ => None }
            }

            /// The label in `lang`.
            pub fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$variant, $crate::i18n::Lang::Vi) => $vi,
                        ($name::$variant, $crate::i18n::Lang::En) => $en,
                    )*
                }
            }
        }

        impl $crate::intake::FromJson for $name {
            const EXPECTED: &'static str = "string";

            fn from_json(
                value: &$crate::intake::Json<'_>,
                cx: &mut $crate::intake::Intake,
            ) -> Option<Self> {
                cx.code_list_index(value, &$name::INFO).and_then(|i| $name::ALL.get(i).copied())
            }
        }
    };
}
