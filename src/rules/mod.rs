//! The rules: one family per folder (`address`, `person`, `identifiers`, `staff`, `facility`,
//! `case`, `training`, `contract` for the data contract itself, and `tables` for the columns of
//! spreadsheets and the duplicates of batches). Every family has the same shape:
//! `mod.rs` with its entry point (and the [`Validated`] impl of its record kind, if it has
//! one), `table.rs` with its rule table (`RULES`: code, entity, severity, legal basis,
//! messages), and a file per group of rules. [`catalog`] chains the tables.

pub mod address;
pub mod at;
pub mod case;
pub mod catalog;
pub mod check;
pub mod contract;
pub mod facility;
pub mod identifiers;
pub mod indicators;
pub mod observation;
pub mod person;
pub mod rule_info;
pub mod staff;
pub mod tables;
pub mod training;

use crate::intake::{FromJson, Limited};
use crate::issue::Path;
use check::Check;

/// A record kind with rules: every type of the registry ([`crate::model::kinds`]) implements
/// it in its rule family's `mod.rs`. Its field limits ([`Limited`]) come with its declaration
/// and are checked by the pipeline, not by `check`.
pub trait Validated: FromJson + Limited {
    /// The rule table of the kind's family (its `table.rs`), which the catalogue lists.
    const RULES: &'static [rule_info::RuleInfo];

    /// Runs every rule of the record found at `base`, nested records included.
    fn check(&self, cx: &mut Check<'_>, base: &Path);
}
