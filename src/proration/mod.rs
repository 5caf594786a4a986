//! Proration: the share of an amount for part of a period, and the lines a change in the
//! middle of a period causes.

mod batch;
mod change;
mod measure;
mod prorate;

pub use batch::{prorate_batch, BatchColumns, BatchSettings, BatchShares, MAX_BATCH};
pub(crate) use change::LineMaker;
pub use change::{prorate_change, Change, LineKind, ProrateChangeInput, ProrationLine};
pub use measure::ProrationUnit;
pub(crate) use prorate::serialize_decimal;
pub use prorate::{prorate, ProrateInput, Proration};
