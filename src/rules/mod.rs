//! Named rules beyond field attributes, one family per file. Every rule has a stable code listed
//! in [`catalog`] with its messages, default severity and legal basis.

pub mod address;
pub mod case;
pub mod catalog;
pub mod check;
pub mod contract;
pub mod facility;
pub mod identifiers;
pub mod person;
pub mod staff;
