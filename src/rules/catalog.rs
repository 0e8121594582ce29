//! The rule catalogue: every issue code the crate can emit, with its entity, default severity,
//! legal basis and messages in Vietnamese and English.
//!
//! Each rule family declares its table in its `table.rs` (`RULES`); this module only chains
//! them (a record kind's table through its `Validated` impl, so a new kind needs no line
//! here), and finds a rule by code through an index sorted once, on first use. Reports render
//! messages from a copy of the codes and messages sorted when the crate is compiled
//! ([`message`]), so that a WebAssembly module does not carry the rest of the tables. The
//! README's rules table is generated from here (and a test fails when it drifts).

use std::sync::OnceLock;

use super::Validated;
use crate::i18n::Lang;

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

/// A rule's code and message templates: what rendering an issue needs.
#[derive(Clone, Copy)]
struct Messages {
    code: &'static str,
    vi: &'static str,
    en: &'static str,
}

/// How many rules the tables hold.
const RULE_COUNT: usize = {
    let (mut n, mut t) = (0, 0);
    while t < SHARED_TABLES.len() {
        n += SHARED_TABLES[t].len();
        t += 1;
    }
    t = 0;
    while t < KIND_TABLES.len() {
        n += KIND_TABLES[t].len();
        t += 1;
    }
    n
};

/// `a < b`, byte by byte (`str` ordering, usable while compiling).
const fn str_less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// Every rule's code and messages, copied from the tables and sorted by code when the crate is
/// compiled. Rendering reads only these, so the tables themselves (entities, severities, legal
/// bases: what the README and the native API show) are not part of a WebAssembly module.
static MESSAGES: [Messages; RULE_COUNT] = {
    let empty = Messages {
        code: "",
        vi: "",
        en: "",
    };
    let mut out = [empty; RULE_COUNT];
    let mut n = 0;
    let mut t = 0;
    while t < SHARED_TABLES.len() + KIND_TABLES.len() {
        let table = if t < SHARED_TABLES.len() {
            SHARED_TABLES[t]
        } else {
            KIND_TABLES[t - SHARED_TABLES.len()]
        };
        let mut r = 0;
        while r < table.len() {
            // Insertion sort: the rules found so far stay sorted by code.
            let rule = Messages {
                code: table[r].code,
                vi: table[r].vi,
                en: table[r].en,
            };
            let mut at = n;
            while at > 0 && str_less(rule.code, out[at - 1].code) {
                out[at] = out[at - 1];
                at -= 1;
            }
            out[at] = rule;
            n += 1;
            r += 1;
        }
        t += 1;
    }
    out
};

/// The message template of the rule with this code in `lang`, if the crate has the rule (a
/// binary search).
pub fn message(code: &str, lang: Lang) -> Option<&'static str> {
    let i = MESSAGES.binary_search_by(|m| m.code.cmp(code)).ok()?;
    Some(match lang {
        Lang::Vi => MESSAGES[i].vi,
        Lang::En => MESSAGES[i].en,
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
    fn every_rule_has_its_messages_in_the_sorted_copy() {
        assert_eq!(MESSAGES.len(), all().count());
        assert!(MESSAGES.windows(2).all(|w| w[0].code < w[1].code));
        for rule in all() {
            for lang in [Lang::Vi, Lang::En] {
                assert_eq!(message(rule.code, lang), Some(rule.message(lang)));
            }
        }
        assert_eq!(message("no_such_rule", Lang::En), None);
        assert_eq!(message("", Lang::Vi), None);
        assert_eq!(message("zzz", Lang::Vi), None);
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
