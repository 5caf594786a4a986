//! The subscription timeline: what a subscription bills, and when, across its trial, plan
//! changes, quantity changes and cancellation.

mod events;
mod input;
mod walk;

pub use input::{
    ChangeOption, EventKind, EventSpec, FeeTiming, PlanSpec, PriceSpec, TimelineInput, TrialSpec,
    MAX_EVENTS, MAX_PRICES, MAX_TIMELINE_PERIODS,
};
pub use walk::{subscription_timeline, TimelinePeriod};
