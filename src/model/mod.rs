//! The data model: plain serde types for the records portals exchange. All fields are optional
//! on the wire; which are required is a rule (so that drafts can be saved).

pub mod address;
pub mod case;
pub mod enums;
pub mod facility;
pub mod identifiers;
pub mod person;
pub mod staff;
