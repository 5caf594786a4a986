//! What a subscription timeline is computed from: a plan of fixed fees, a trial, free
//! cycles and scheduled events (Orb's subscription model, Wingback's contract options).

use serde::{Deserialize, Serialize};

use crate::calendar::anchor::AnchorSpec;
use crate::calendar::cadence::CadenceSpec;
use crate::money::{CurrencySpec, DecimalText, QuantityText, RoundingMode};
use crate::phases::PhaseSpec;
use crate::proration::ProrationUnit;

/// The most periods one timeline returns.
pub const MAX_TIMELINE_PERIODS: i64 = 1_000;
/// The most events one timeline takes.
pub const MAX_EVENTS: usize = 1_000;
/// The most fixed fees one plan has.
pub const MAX_PRICES: usize = 100;

/// When a fixed fee is billed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeTiming {
    /// At the start of the period it pays for (Orb's `in_advance`).
    InAdvance,
    /// At the end of the period it pays for (`in_arrears`).
    InArrears,
}

/// A fixed fee of a plan: `amount` per unit per billing cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceSpec {
    /// The price's id, as lines and quantity changes name it.
    pub id: String,
    /// The fee per unit for a whole cycle, a decimal string.
    pub amount: DecimalText,
    /// `in_advance` or `in_arrears`.
    pub billing: FeeTiming,
    /// The fixed quantity; 1 when absent.
    #[serde(default)]
    pub quantity: Option<QuantityText>,
    /// The plan phase this fee belongs to (Orb's `plan_phase_order`); every phase when absent.
    #[serde(default)]
    pub plan_phase_order: Option<i64>,
    /// The fee's own cadence, a whole multiple of the timeline's (an annual fee on a monthly
    /// subscription); the timeline's when absent.
    #[serde(default)]
    pub cadence: Option<CadenceSpec>,
}

/// A plan: its id, its fixed fees (all billed on the timeline's cadence), and Orb's plan
/// phases, each fee belonging to one phase or to all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSpec {
    /// The plan's id, as the periods name it.
    pub id: String,
    /// Its fixed fees.
    #[serde(deserialize_with = "crate::bounded::at_most::<_, _, MAX_PRICES>")]
    pub prices: Vec<PriceSpec>,
    /// Its phases (Orb's plan phases), in effect from the subscription's start; none when
    /// absent. Only the initial plan may have phases.
    #[serde(default)]
    pub phases: Option<Vec<PhaseSpec>>,
}

/// A free trial: a number of days from the start, or Wingback's `free_trial_end` instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialSpec {
    /// Trial days from the start date.
    #[serde(default)]
    pub days: Option<i64>,
    /// When the trial ends (Wingback's `free_trial_end`): a date or an RFC 3339 instant.
    #[serde(default)]
    pub end: Option<String>,
}

/// Orb's `change_option`: when a scheduled event takes effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOption {
    /// At `at`, the moment it was made.
    Immediate,
    /// At `at`, a date asked for in advance.
    #[default]
    RequestedDate,
    /// At the end of the billing term running at `at`.
    EndOfSubscriptionTerm,
}

/// Orb's `billing_cycle_alignment` for a plan change: where the new plan's cycles start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingCycleAlignment {
    /// The cycles go on as before.
    #[default]
    Unchanged,
    /// New cycles are anchored on the day of the change.
    PlanChangeDate,
    /// New cycles start on the first of the month, from the change's month.
    StartOfMonth,
}

/// What an event does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Moves the subscription to `plan`.
    PlanChange,
    /// Ends the subscription.
    Cancellation,
    /// Sets the quantity of the fixed fee `price_id`.
    QuantityChange,
    /// Starts the initial plan's phase `order` early (Orb's trigger phase).
    PhaseTrigger,
}

/// A scheduled event, read flat: the fields its `type` needs are checked when it is applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSpec {
    /// `plan_change`, `cancellation` or `quantity_change`.
    #[serde(rename = "type")]
    pub kind: EventKind,
    /// When the event is made or asked for: a date or an RFC 3339 instant.
    pub at: String,
    /// When it takes effect; `requested_date` (at `at`) when absent.
    #[serde(default)]
    pub change_option: Option<ChangeOption>,
    /// The new plan of a `plan_change`.
    #[serde(default)]
    pub plan: Option<PlanSpec>,
    /// Where a `plan_change`'s cycles start; `unchanged` when absent.
    #[serde(default)]
    pub billing_cycle_alignment: Option<BillingCycleAlignment>,
    /// The fee a `quantity_change` changes.
    #[serde(default)]
    pub price_id: Option<String>,
    /// The new quantity of a `quantity_change`.
    #[serde(default)]
    pub quantity: Option<QuantityText>,
    /// The phase a `phase_trigger` starts.
    #[serde(default)]
    pub order: Option<i64>,
}

/// What [`crate::timeline::subscription_timeline`] computes over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineInput {
    /// When the subscription starts.
    pub start: String,
    /// The customer's IANA zone; `UTC` when absent.
    #[serde(default)]
    pub timezone: Option<String>,
    /// The billing cadence of the plans' fees.
    pub cadence: CadenceSpec,
    /// The billing cycle anchor; the day billing starts (the trial's end, or the start) when
    /// absent.
    #[serde(default)]
    pub anchor: Option<AnchorSpec>,
    /// The currency every fee is in.
    pub currency: CurrencySpec,
    /// How lines round; `half_up` when absent.
    #[serde(default)]
    pub rounding: Option<RoundingMode>,
    /// `day` (the default) or `second`, for partial periods and changes.
    #[serde(default)]
    pub unit: Option<ProrationUnit>,
    /// The plan at the start.
    pub plan: PlanSpec,
    /// A free trial before billing starts.
    #[serde(default)]
    pub trial: Option<TrialSpec>,
    /// Wingback's `free_cycles`: the first this many whole billing periods are free.
    #[serde(default)]
    pub free_cycles: Option<i64>,
    /// Scheduled changes, in any order.
    #[serde(
        default,
        deserialize_with = "crate::bounded::at_most_or_none::<_, _, MAX_EVENTS>"
    )]
    pub events: Option<Vec<EventSpec>>,
    /// How many billing periods to return, 1 to 1,000.
    pub count: i64,
}
