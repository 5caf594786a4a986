//! billkit: the date and money arithmetic of subscription billing, exact to the cent and the
//! second, in every time zone.
//!
//! The core (everything but [`bindings`]) is plain Rust with no JS in it. The same functions
//! ship to JavaScript as one npm package, where errors become `BillkitError` exceptions with
//! the same [`ErrorCode`] and field. The public contract is the project's `API.md`.
//!
//! ```
//! use billkit::{billing_periods, BillingPeriodsInput};
//!
//! let periods = billing_periods(&BillingPeriodsInput::monthly("2024-01-31", 2))?;
//! assert_eq!(periods[1].start.to_rfc3339(), "2024-02-29T00:00:00+00:00");
//! # Ok::<(), billkit::Error>(())
//! ```

#![warn(missing_docs)]

pub mod bindings;
mod bounded;
pub mod calendar;
mod error;
mod input;
pub mod invoice;
pub mod json;
mod json_text;
pub mod money;
mod names;
pub mod phases;
pub mod proration;
mod stable_sort;
pub mod tax_id;
mod text;
pub mod timeline;
mod unfit;

pub use calendar::anchor::AnchorSpec;
pub use calendar::billing_calendar::BillingCalendar;
pub use calendar::cadence::{Cadence, CadenceSpec};
pub use calendar::periods::{
    billing_period_at, billing_periods, billing_periods_between, BillingPeriodsInput, Period,
    MAX_PERIODS,
};
pub use calendar::{Zone, ZoneOffset};
pub use error::{Error, ErrorCode, Result};
pub use names::MAX_NAME_CHARS;
