//! Scheduled events resolved to what takes effect when.

use chrono::{DateTime, Datelike};
use rust_decimal::Decimal;

use crate::calendar::anchor::AnchorSpec;
use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::cadence::{Cadence, CadenceSpec};
use crate::calendar::instant::parse_instant;
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{parse_amount, parse_quantity};
use crate::names::check_name;
use crate::stable_sort::sort_stable_by;
use crate::timeline::input::{
    BillingCycleAlignment, ChangeOption, EventKind, EventSpec, FeeTiming, PlanSpec, MAX_EVENTS,
    MAX_PRICES,
};

/// A fixed fee, checked: amount per unit per cycle, and its quantity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fee {
    pub(crate) id: String,
    pub(crate) amount: Decimal,
    pub(crate) timing: FeeTiming,
    pub(crate) quantity: Decimal,
    /// The phase the fee belongs to; every phase when `None`.
    pub(crate) phase: Option<i64>,
    /// The fee's own cadence when it is longer than the billing cadence; `None` when the fee
    /// is billed every billing period.
    pub(crate) cadence: Option<CadenceSpec>,
}

/// A plan, checked; `phase` is the phase in effect, whose fees `fees` are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Plan {
    pub(crate) id: String,
    pub(crate) phase: Option<i64>,
    pub(crate) fees: Vec<Fee>,
}

impl Plan {
    /// The plan as it is in phase `order`: the fees of that phase and of every phase.
    pub(crate) fn in_phase(&self, order: i64) -> Plan {
        Plan {
            id: self.id.clone(),
            phase: Some(order),
            fees: self
                .fees
                .iter()
                .filter(|fee| fee.phase.is_none_or(|phase| phase == order))
                .cloned()
                .collect(),
        }
    }
}

/// Checks a plan, naming its fields under `field` (`plan`, `events[2].plan`); fees with their
/// own cadence must have one that is a whole multiple of `billing`.
pub(crate) fn read_plan(spec: &PlanSpec, field: &str, billing: Cadence) -> Result<Plan> {
    if spec.prices.len() > MAX_PRICES {
        let field = format!("{field}.prices");
        return Err(Error::new(
            ErrorCode::OutOfRange,
            &field,
            format!("a plan has at most {MAX_PRICES} prices"),
        ));
    }
    let fees = spec
        .prices
        .iter()
        .enumerate()
        .map(|(index, price)| {
            let at = |name: &str| format!("{field}.prices[{index}].{name}");
            let quantity = match &price.quantity {
                Some(quantity) => parse_quantity(quantity, &at("quantity"))?,
                None => Decimal::ONE,
            };
            Ok(Fee {
                id: check_name(&price.id, &at("id"))?.to_owned(),
                amount: parse_amount(&price.amount, &at("amount"))?,
                timing: price.billing,
                quantity,
                phase: price.plan_phase_order,
                cadence: own_cadence(price.cadence.as_ref(), billing, &at("cadence"))?,
            })
        })
        .collect::<Result<Vec<Fee>>>()?;
    Ok(Plan {
        id: check_name(&spec.id, &format!("{field}.id"))?.to_owned(),
        phase: None,
        fees,
    })
}

/// A fee's cadence when it differs from the billing cadence, checked to be a multiple of it.
fn own_cadence(
    spec: Option<&CadenceSpec>,
    billing: Cadence,
    field: &str,
) -> Result<Option<CadenceSpec>> {
    let Some(spec) = spec else {
        return Ok(None);
    };
    let cadence = Cadence::from_spec(spec)
        .map_err(|error| Error::new(error.code(), field, error.message()))?;
    if cadence == billing {
        return Ok(None);
    }
    if !cadence.is_multiple_of(billing) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            field,
            format!("`{field}` must be a whole multiple of the timeline's cadence, so that its cycles start on billing boundaries"),
        ));
    }
    Ok(Some(spec.clone()))
}

/// What an event does once it takes effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Effect {
    Plan(Plan, BillingCycleAlignment),
    /// The initial plan's next phase begins: its fees replace the last phase's.
    Phase(Plan),
    Cancel,
    Quantity {
        price_id: String,
        quantity: Decimal,
    },
}

/// An event and the instant it takes effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scheduled {
    pub(crate) effective: DateTime<Zone>,
    pub(crate) effect: Effect,
}

impl Scheduled {
    /// The anchor a plan change moves the cycles to, if it moves them: the change's local
    /// day (`plan_change_date`) or the first of its month (`start_of_month`).
    pub(crate) fn new_anchor(&self) -> Option<AnchorSpec> {
        let Effect::Plan(_, alignment) = &self.effect else {
            return None;
        };
        let date = self.effective.date_naive();
        let day = match alignment {
            BillingCycleAlignment::Unchanged => return None,
            BillingCycleAlignment::PlanChangeDate => date.day(),
            BillingCycleAlignment::StartOfMonth => 1,
        };
        Some(AnchorSpec {
            day: i64::from(day),
            month: Some(i64::from(date.month())),
            year: Some(i64::from(date.year())),
        })
    }
}

/// A phase trigger: the initial plan's phase `order` starts at `effective`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Trigger {
    pub(crate) order: i64,
    pub(crate) effective: DateTime<Zone>,
    /// Where the event stands in the caller's `events`.
    pub(crate) index: usize,
}

/// The events in the order they take effect, and the phase triggers apart (they shape the
/// phase schedule rather than take effect themselves). At one instant the later of two
/// events of the same kind (two plan changes, two quantities of one fee, a plan change and
/// a cancellation) wins, as in Orb; nothing may take effect after a cancellation.
pub(crate) fn resolve_events(
    specs: &[EventSpec],
    start: DateTime<Zone>,
    term: &BillingCalendar,
    billing: Cadence,
    zone: Zone,
) -> Result<(Vec<Scheduled>, Vec<Trigger>)> {
    if specs.len() > MAX_EVENTS {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "events",
            format!("a timeline takes at most {MAX_EVENTS} events"),
        ));
    }
    let mut scheduled = Vec::with_capacity(specs.len());
    let mut triggers = Vec::new();
    for (index, spec) in specs.iter().enumerate() {
        let field = format!("events[{index}]");
        let at = parse_instant(&spec.at, zone, &format!("{field}.at"))?;
        if at < start {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                format!("{field}.at"),
                "an event cannot come before the subscription starts",
            ));
        }
        let effective = match spec.change_option.unwrap_or_default() {
            ChangeOption::Immediate | ChangeOption::RequestedDate => at,
            ChangeOption::EndOfSubscriptionTerm => term_end(term, at)?,
        };
        match read_event(spec, &field, billing)? {
            Event::Effect(effect) => scheduled.push((effective, index, effect)),
            Event::Trigger(order) => triggers.push(Trigger {
                order,
                effective,
                index,
            }),
        }
    }
    sort_stable_by(&mut scheduled, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let kept = later_wins(scheduled);
    check_nothing_after_cancellation(&kept)?;
    let events = kept
        .into_iter()
        .map(|(effective, _, effect)| Scheduled { effective, effect })
        .collect();
    Ok((events, triggers))
}

/// What an event is: something that takes effect, or a phase trigger.
enum Event {
    Effect(Effect),
    Trigger(i64),
}

fn read_event(spec: &EventSpec, field: &str, billing: Cadence) -> Result<Event> {
    let missing = |name: &str| {
        Error::new(
            ErrorCode::InvalidInput,
            format!("{field}.{name}"),
            format!("this event needs `{name}`"),
        )
    };
    Ok(Event::Effect(match spec.kind {
        EventKind::PlanChange => {
            let plan = spec.plan.as_ref().ok_or_else(|| missing("plan"))?;
            if plan.phases.is_some() {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    format!("{field}.plan.phases"),
                    "only the initial plan may have phases; a plan changed to bills its fees",
                ));
            }
            let alignment = spec.billing_cycle_alignment.unwrap_or_default();
            Effect::Plan(
                read_plan(plan, &format!("{field}.plan"), billing)?,
                alignment,
            )
        }
        EventKind::Cancellation => Effect::Cancel,
        EventKind::PhaseTrigger => {
            return Ok(Event::Trigger(spec.order.ok_or_else(|| missing("order"))?));
        }
        EventKind::QuantityChange => Effect::Quantity {
            price_id: check_name(
                spec.price_id
                    .as_deref()
                    .ok_or_else(|| missing("price_id"))?,
                &format!("{field}.price_id"),
            )?
            .to_owned(),
            quantity: parse_quantity(
                spec.quantity.as_ref().ok_or_else(|| missing("quantity"))?,
                &format!("{field}.quantity"),
            )?,
        },
    }))
}

/// The end of the term running at `at`: the cycle of the term's calendar (the longest
/// cadence) holding it; before billing starts, the first one.
fn term_end(calendar: &BillingCalendar, at: DateTime<Zone>) -> Result<DateTime<Zone>> {
    let first = calendar.periods(1)?;
    let holding = match calendar.period_at(at)? {
        Some(period) => Some(period),
        None => first.into_iter().next(),
    };
    holding.map(|period| period.cycle_end).ok_or_else(|| {
        Error::new(
            ErrorCode::OutOfRange,
            "events",
            "no billing term holds this event",
        )
    })
}

/// Keeps, among events at one instant, the last of each kind; a plan change and a
/// cancellation at one instant are of one kind (what the subscription becomes).
fn later_wins(
    sorted: Vec<(DateTime<Zone>, usize, Effect)>,
) -> Vec<(DateTime<Zone>, usize, Effect)> {
    let slot = |effect: &Effect| match effect {
        Effect::Plan(..) | Effect::Phase(_) | Effect::Cancel => None,
        Effect::Quantity { price_id, .. } => Some(price_id.clone()),
    };
    let mut kept: Vec<(DateTime<Zone>, usize, Effect)> = Vec::with_capacity(sorted.len());
    for event in sorted {
        kept.retain(|other| other.0 != event.0 || slot(&other.2) != slot(&event.2));
        kept.push(event);
    }
    kept
}

fn check_nothing_after_cancellation(events: &[(DateTime<Zone>, usize, Effect)]) -> Result<()> {
    let Some(cancelled) = events
        .iter()
        .find(|(_, _, effect)| *effect == Effect::Cancel)
    else {
        return Ok(());
    };
    match events
        .iter()
        .find(|(effective, _, _)| *effective > cancelled.0)
    {
        Some((_, index, _)) => Err(Error::new(
            ErrorCode::OutOfRange,
            format!("events[{index}]"),
            format!(
                "this event takes effect after the cancellation (events[{}])",
                cancelled.1
            ),
        )),
        None => Ok(()),
    }
}
