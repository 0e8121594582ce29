//! `record!` and `wire_enum!`: one declaration gives the type, its serde form, its intake and
//! its description in [`crate::meta`] (wire names, types, limits, labels).

/// Expands to the items it is given where records are read straight from their text: natively,
/// and in the WebAssembly module built for speed (feature `wasm-collections`). The main
/// WebAssembly module, whose size matters more than a record's microseconds on a form, leaves
/// them out: it reads records through the tree (`FromJson::from_text`'s default), with the
/// same issues.
#[cfg(any(not(target_arch = "wasm32"), feature = "wasm-collections"))]
#[doc(hidden)]
#[macro_export]
macro_rules! read_straight {
    ($($item:item)*) => { $($item)* };
}

/// See the other `read_straight!`: in the main WebAssembly module it expands to nothing.
#[cfg(not(any(not(target_arch = "wasm32"), feature = "wasm-collections")))]
#[doc(hidden)]
#[macro_export]
macro_rules! read_straight {
    ($($item:item)*) => {};
}

/// Declares a record type: a struct whose fields are all optional on the wire, with serde
/// (`deny_unknown_fields`, wire renames), lenient [`FromJson`](crate::intake::FromJson), its
/// [`RecordInfo`](crate::meta::RecordInfo) (`INFO`) and its limit checks
/// ([`Limited`](crate::intake::Limited)), all from the same list of wire names.
///
/// A field may carry a limit after its wire name: `where length MIN..=MAX` (characters of a
/// text) or `where range MIN..=MAX` (a number); the rules report `text_length` and
/// `number_out_of_range` from it. Then its label, `label("Vietnamese", "English")`: the
/// column header of spreadsheets ([`crate::meta::FieldLabel`]).
///
/// ```
/// ctxh::record! {
///     /// A contact.
///     pub struct Contact ("contact") {
///         /// Phone number as typed.
///         phone: String = "phone" where length 1..=20 label("Số điện thoại", "Phone"),
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
/// assert_eq!(Contact::INFO.fields[0].limit, Some(ctxh::meta::Limit::Length { min: 1, max: 20 }));
/// assert_eq!(Contact::INFO.fields[0].label.unwrap().vi, "Số điện thoại");
/// assert_eq!(Contact::INFO.fields[1].label, None);
/// ```
#[macro_export]
macro_rules! record {
    (
        $(#[doc = $doc:expr])*
        pub struct $name:ident ($wire_name:literal) {
            $(
                $(#[doc = $fdoc:expr])*
                $field:ident : $ty:ty = $wire:literal
                    $(where $limit:ident $lmin:literal ..= $lmax:literal)?
                    $(label($vi:literal, $en:literal))?,
            )*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[doc = $fdoc])*
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
                const WIRE_NAMES: &[&str] = &[$($wire),*];
                let entries = cx.expect_object(value)?;
                let mut out = Self::default();
                // One bit per field: a key given twice is reported, and its first value kept.
                let mut seen: u128 = 0;
                for (key, v) in entries {
                    match key.as_ref() {
                        $( $wire => {
                            const BIT: u128 = 1 << $crate::intake::wire_index(WIRE_NAMES, $wire);
                            if seen & BIT == 0 {
                                seen |= BIT;
                                out.$field = cx.field($wire, v);
                            } else {
                                cx.duplicate_field($wire);
                            }
                        } )*
                        _ => cx.unknown_field(key),
                    }
                }
                Some(out)
            }

            $crate::read_straight! {
            fn from_text(
                reader: &mut $crate::intake::Reader<'_>,
                cx: &mut $crate::intake::Intake,
                slot: &mut Option<Self>,
            ) -> Result<(), $crate::intake::Fallback> {
                const WIRE_NAMES: &[&str] = &[$($wire),*];
                if !reader.begin_object()? {
                    reader.skip()?;
                    cx.wrong_type("object");
                    *slot = None;
                    return Ok(());
                }
                // A record left in the slot by an earlier read (the row before, in a batch) is
                // reused: each field is overwritten or cleared below, its strings keeping their
                // buffers.
                let out = slot.get_or_insert_with(Self::default);
                // As in `from_json`: a key given twice is reported, and its first value kept.
                let mut seen: u128 = 0;
                let mut first = true;
                while let Some(key) = reader.next_key(&mut first, WIRE_NAMES)? {
                    let index = match key {
                        $crate::intake::Key::Field(index) => index,
                        $crate::intake::Key::Other(key) => {
                            cx.unknown_field(key);
                            reader.skip()?;
                            continue;
                        }
                    };
                    $(
                        if index == const { $crate::intake::wire_index(WIRE_NAMES, $wire) as usize } {
                            const BIT: u128 = 1 << $crate::intake::wire_index(WIRE_NAMES, $wire);
                            if seen & BIT == 0 {
                                seen |= BIT;
                                cx.field_text($wire, reader, &mut out.$field)?;
                            } else {
                                cx.duplicate_field($wire);
                                reader.skip()?;
                            }
                            continue;
                        }
                    )*
                }
                $(
                    if seen & const { 1u128 << $crate::intake::wire_index(WIRE_NAMES, $wire) } == 0 {
                        out.$field = None;
                    }
                )*
                Ok(())
            }
            }

            fn placeholder() -> Option<Self> {
                Some(Self::default())
            }
        }

        impl $crate::intake::Limited for $name {
            const HAS_LIMITS: bool = false
                $(|| $crate::record!(@is_limited $($limit)?)
                    || <$ty as $crate::intake::Limited>::HAS_LIMITS)*;

            #[allow(unused_variables)]
            fn limit_issues(
                &self,
                base: &mut $crate::issue::Path,
                out: &mut Vec<$crate::issue::Issue>,
            ) {
                $(
                    $(
                        $crate::intake::check_limit(
                            self.$field.as_ref(),
                            $crate::record!(@limit $limit $lmin $lmax),
                            base,
                            $wire,
                            out,
                        );
                    )?
                    if <$ty as $crate::intake::Limited>::HAS_LIMITS {
                        if let Some(value) = &self.$field {
                            base.push($crate::issue::Segment::Key(
                                ::std::borrow::Cow::Borrowed($wire),
                            ));
                            $crate::intake::Limited::limit_issues(value, base, out);
                            base.pop();
                        }
                    }
                )*
            }
        }

        impl $name {
            /// The record type's description: wire names, field types and limits.
            pub const INFO: $crate::meta::RecordInfo = $crate::meta::RecordInfo {
                rust_name: stringify!($name),
                wire_name: $wire_name,
                doc: concat!($($doc),*),
                fields: &[$($crate::meta::FieldInfo {
                    rust_name: stringify!($field),
                    wire_name: $wire,
                    ty: <$ty as $crate::meta::Typed>::FIELD_TYPE,
                    limit: $crate::record!(@some_limit $($limit $lmin $lmax)?),
                    doc: concat!($($fdoc),*),
                    label: $crate::record!(@label $($vi $en)?),
                }),*],
            };
        }

        impl $crate::meta::Typed for $name {
            const FIELD_TYPE: $crate::meta::FieldType = $crate::meta::FieldType::Record(&$name::INFO);
        }
    };
    (@limit length $min:literal $max:literal) => {
        $crate::meta::Limit::Length { min: $min, max: $max }
    };
    (@limit range $min:literal $max:literal) => {
        $crate::meta::Limit::Range { min: $min as f64, max: $max as f64 }
    };
    (@label) => { None };
    (@label $vi:literal $en:literal) => {
        Some($crate::meta::FieldLabel { vi: $vi, en: $en })
    };
    (@is_limited) => { false };
    (@is_limited $limit:ident) => { true };
    (@some_limit) => { None };
    (@some_limit $limit:ident $min:literal $max:literal) => {
        Some($crate::record!(@limit $limit $min $max))
    };
}

/// Declares a code list: an enum with stable wire ids and Vietnamese and English labels, its
/// serde form, its intake (`enum_invalid` with the allowed ids for unknown values) and its
/// [`EnumInfo`](crate::meta::EnumInfo) (`INFO`) for select boxes and generated declarations.
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
            pub const ENTRIES: &'static [$crate::meta::EnumEntry] = &[
                $($crate::meta::EnumEntry { value: $wire, vi: $vi, en: $en }),*
            ];
            /// The list's description, for `enumLabels` and generated declarations.
            pub const INFO: $crate::meta::EnumInfo = $crate::meta::EnumInfo {
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

        impl $crate::meta::Typed for $name {
            const FIELD_TYPE: $crate::meta::FieldType = $crate::meta::FieldType::Enum(&$name::INFO);
        }

        impl $crate::intake::Limited for $name {
            const HAS_LIMITS: bool = false;
            fn limit_issues(&self, _: &mut $crate::issue::Path, _: &mut Vec<$crate::issue::Issue>) {}
        }

        impl $crate::intake::FromJson for $name {
            const EXPECTED: &'static str = "string";

            fn from_json(
                value: &$crate::intake::Json<'_>,
                cx: &mut $crate::intake::Intake,
            ) -> Option<Self> {
                cx.code_list_index(value, &$name::INFO).and_then(|i| $name::ALL.get(i).copied())
            }

            $crate::read_straight! {
                fn from_text(
                    reader: &mut $crate::intake::Reader<'_>,
                    cx: &mut $crate::intake::Intake,
                    slot: &mut Option<Self>,
                ) -> Result<(), $crate::intake::Fallback> {
                    let index = cx.code_list_text(reader, &$name::INFO)?;
                    *slot = index.and_then(|i| $name::ALL.get(i).copied());
                    Ok(())
                }
            }
        }
    };
}
