//! The rule catalogue: every issue code the crate can emit, with its entity, default severity,
//! legal basis and messages in Vietnamese and English.
//!
//! Each rule family declares its table in its `table.rs` (`RULES`); this module only chains
//! them (a record kind's table through its `Validated` impl, so a new kind needs no line
//! here), and finds a rule by code through an index sorted once, on first use. The README's
//! rules table is generated from here (and a test fails when it drifts).

use std::sync::OnceLock;

use super::Validated;

pub use super::rule_info::RuleInfo;

/// The tables of the families that are building blocks of records rather than record kinds:
/// the data contract, people, identity documents.
const SHARED_TABLES: &[&[RuleInfo]] = &[
    crate::rules::contract::RULES,
    crate::rules::person::RULES,
    crate::rules::identifiers::RULES,
    crate::rules::indicators::RULES,
    crate::rules::tables::RULES,
];

/// The tables of the registry's record kinds, in registry order (each kind's
/// [`Validated::RULES`]).
macro_rules! kind_tables {
    ($($variant:ident = $name:literal, $ty:path, $vi:literal, $en:literal;)*) => {
        const KIND_TABLES: &[&[RuleInfo]] = &[$(<$ty as Validated>::RULES),*];
    };
}

crate::for_each_record_kind!(kind_tables);

/// Every rule, in README order: the shared families, then the record kinds.
pub fn all() -> impl Iterator<Item = &'static RuleInfo> {
    SHARED_TABLES
        .iter()
        .chain(KIND_TABLES)
        .flat_map(|t| t.iter())
}

/// The rules sorted by code, built once.
fn by_code() -> &'static [&'static RuleInfo] {
    static INDEX: OnceLock<Vec<&'static RuleInfo>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<&'static RuleInfo> = all().collect();
        index.sort_unstable_by_key(|r| r.code);
        index
    })
}

/// The rule with this code, if the crate has one (a binary search, not a scan).
pub fn find(code: &str) -> Option<&'static RuleInfo> {
    let index = by_code();
    index
        .binary_search_by(|r| r.code.cmp(code))
        .ok()
        .map(|i| index[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_rule_is_found_by_its_code() {
        for rule in all() {
            assert_eq!(find(rule.code), Some(rule));
        }
        assert_eq!(find("no_such_rule"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn codes_are_unique_snake_case_and_messages_present() {
        let mut seen = BTreeSet::new();
        for rule in all() {
            assert!(seen.insert(rule.code), "duplicate code {}", rule.code);
            assert!(
                rule.code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "code {} is not snake_case",
                rule.code
            );
            assert!(
                !rule.vi.trim().is_empty() && !rule.en.trim().is_empty(),
                "{}",
                rule.code
            );
            assert_ne!(rule.vi, rule.en, "{} has no Vietnamese message", rule.code);
            assert!(
                !rule.legal_basis.is_empty(),
                "{} has no legal basis",
                rule.code
            );
        }
    }
}
