//! The case workflow for portals: which steps may come next, what is missing first, and the
//! case's deadlines ([`next_steps`]). The legal step orders and deadline computations it uses
//! are rules ([`crate::rules::case`]); this layer puts them together for a form.

mod next_steps;

pub use next_steps::{next_steps, next_steps_json, next_steps_refused, NextStep, NextSteps};
