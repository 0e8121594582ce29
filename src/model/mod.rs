//! The data model: plain serde types for the records portals exchange, and the registry of
//! record kinds ([`kinds`]). All fields are optional on the wire; which are required is a rule
//! (so that drafts can be saved). Nothing here knows a rule: the rules live in
//! [`crate::rules`].

pub mod address;
pub mod case;
pub mod enums;
pub mod facility;
pub mod identifiers;
pub mod kinds;
pub mod observation;
pub mod person;
pub mod staff;
pub mod training;

pub use kinds::RecordKind;
