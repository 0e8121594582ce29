//! The rules of indicator requests and reports (the collection layer, `crate::indicators`,
//! raises them; their messages live here with every other rule's).

mod table;

pub use table::RULES;
