//! The calendar engine: where billing periods begin and end, in the customer's time zone.
//!
//! Boundaries are local dates derived from the anchor (the crate's `schedule`), turned into
//! the first instant of that day in an IANA zone (`zone`), and cut to a subscription's span
//! as half-open periods ([`billing_calendar`], [`periods`]).

pub mod anchor;
pub mod billing_calendar;
pub mod cadence;
pub(crate) mod instant;
pub(crate) mod period_json;
pub mod periods;
pub(crate) mod range;
pub(crate) mod schedule;
mod tzdb;
pub(crate) mod zone;

pub use tzdb::{Zone, ZoneOffset};
