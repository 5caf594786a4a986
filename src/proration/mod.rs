//! Proration: the share of an amount for part of a period, and the lines a change in the
//! middle of a period causes.

mod change;
mod measure;
mod prorate;

pub use change::{prorate_change, Change, LineKind, ProrateChangeInput, ProrationLine};
pub use measure::ProrationUnit;
pub use prorate::{prorate, ProrateInput, Proration};
