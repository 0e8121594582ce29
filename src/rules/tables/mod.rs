//! Rules of tables and batches: how a spreadsheet's columns map to a record kind's fields, its
//! cells, and the same person appearing twice in a batch. The checks themselves run in the
//! collection layer (`table`, `batch`); this family holds their codes and messages.

mod table;

pub use table::RULES;
