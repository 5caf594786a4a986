//! `subscription_timeline`: what a subscription bills, period by period.

use chrono::DateTime;
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::calendar::anchor::AnchorSpec;
use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::instant::{format_instant, parse_instant, serialize_instant};
use crate::calendar::periods::{BillingPeriodsInput, Period};
use crate::calendar::zone::{customer_zone, start_of_day};
use crate::error::{Error, ErrorCode, Result};
use crate::money::{Currency, RoundingMode};
use crate::phases::{phase_schedule, PhaseScheduleInput, TransitionSpec};
use crate::proration::{LineKind, LineMaker, ProrationLine, ProrationUnit};
use crate::timeline::events::{read_plan, resolve_events, Effect, Plan, Scheduled, Trigger};
use crate::timeline::input::{
    BillingCycleAlignment, FeeTiming, TimelineInput, TrialSpec, MAX_TIMELINE_PERIODS,
};

/// One period of a timeline: when, on which plan, and what it bills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelinePeriod {
    /// First instant of the period.
    #[serde(serialize_with = "serialize_instant")]
    pub start: DateTime<Tz>,
    /// First instant after it.
    #[serde(serialize_with = "serialize_instant")]
    pub end: DateTime<Tz>,
    /// Whether it is shorter than its cycle.
    pub partial: bool,
    /// First instant of its nominal cycle.
    #[serde(serialize_with = "serialize_instant")]
    pub cycle_start: DateTime<Tz>,
    /// First instant after its nominal cycle.
    #[serde(serialize_with = "serialize_instant")]
    pub cycle_end: DateTime<Tz>,
    /// The plan in effect when the period starts.
    pub plan: String,
    /// The plan's phase in effect when the period starts, for a plan with phases.
    pub phase: Option<i64>,
    /// Whether this is the free trial, before billing starts.
    pub trial: bool,
    /// Whether this is one of the free cycles: nothing is billed for it.
    pub free: bool,
    /// Fees billed when the period starts, for the rest of its cycle.
    pub in_advance: Vec<ProrationLine>,
    /// Fees billed when the period ends, for the time each plan and quantity was in effect.
    pub in_arrears: Vec<ProrationLine>,
    /// Credits and charges for changes inside the period to fees paid in advance.
    pub changes: Vec<ProrationLine>,
}

/// What a subscription bills, period by period (BILLING_RULES.md 1-5): a trial first, when
/// there is one; then billing periods on the cadence from the anchor, each on the plan in
/// effect at its start, with its fees in advance (prorated over the rest of its cycle),
/// its fees in arrears (prorated over the time each plan and quantity held) and the credit
/// and charge lines each change inside it causes. A cancellation cuts the last period and
/// credits what was paid in advance for the rest of its cycle. Every line is rounded once.
///
/// Events take effect at `at` (`immediate`, `requested_date`) or at the end of the billing
/// term holding `at` (`end_of_subscription_term`); at one instant the later of two events
/// wins. The first `free_cycles` whole billing periods bill nothing. Billing starts when the
/// trial ends, and the cycles are anchored there unless `anchor` says otherwise.
///
/// # Errors
///
/// The errors of `billingPeriods` for the calendar and of `prorate` for the amounts, each
/// naming its field (`events[1].plan.prices[0].amount`); `out_of_range` for a `count`
/// outside 1 to 1,000, an event before the start or after a cancellation, and a trial that
/// does not end after the start.
pub fn subscription_timeline(input: &TimelineInput) -> Result<Vec<TimelinePeriod>> {
    let count = check_count(input.count)?;
    let zone = customer_zone(input.timezone.as_deref())?;
    let start = parse_instant(&input.start, zone, "start")?;
    let currency = Currency::resolve(&input.currency, "currency")?;
    let plan = read_plan(&input.plan, "plan")?;
    let billing_start = trial_end(input.trial.as_ref(), start, zone)?.unwrap_or(start);
    let calendar = |from: DateTime<Tz>, anchor: Option<AnchorSpec>, end: Option<DateTime<Tz>>| {
        BillingCalendar::new(&BillingPeriodsInput {
            start: format_instant(&from),
            timezone: input.timezone.clone(),
            cadence: input.cadence.clone(),
            anchor,
            end: end.map(|end| format_instant(&end)),
            count: None,
        })
    };
    let first_calendar = calendar(billing_start, input.anchor, None)?;
    let (events, triggers) = resolve_events(
        input.events.as_deref().unwrap_or(&[]),
        start,
        &first_calendar,
        zone,
    )?;
    let (plan, events) = with_phases(plan, input, events, triggers)?;
    let cancelled = events
        .iter()
        .find(|event| event.effect == Effect::Cancel)
        .map(|event| event.effective);
    let mut walk = Walk {
        events: &events,
        applied: 0,
        plan,
        free_left: input.free_cycles.unwrap_or(0),
        lines: Lines {
            unit: input.unit.unwrap_or_default(),
            currency: &currency,
            rounding: input.rounding.unwrap_or_default(),
        },
    };
    let mut timeline = Vec::new();
    if billing_start > start {
        walk.apply_until(billing_start);
        timeline.push(walk.trial(start, billing_start));
    }
    let mut billed = 0;
    for segment in segments(&events, billing_start, input.anchor, cancelled) {
        let calendar = calendar(segment.from, segment.anchor, segment.until)?;
        let periods = calendar.periods(count - billed)?;
        billed += periods.len();
        for period in periods {
            timeline.push(walk.period(period)?);
        }
        if billed == count {
            break;
        }
    }
    Ok(timeline)
}

/// The initial plan in its first phase, and the events with each later phase's start added
/// (before any other event at that instant). Phases belong to the initial plan: a plan
/// change or a cancellation ends them.
fn with_phases(
    plan: Plan,
    input: &TimelineInput,
    events: Vec<Scheduled>,
    triggers: Vec<Trigger>,
) -> Result<(Plan, Vec<Scheduled>)> {
    let Some(phases) = &input.plan.phases else {
        return match triggers.first() {
            Some(trigger) => Err(Error::new(
                ErrorCode::InvalidInput,
                format!("events[{}].order", trigger.index),
                "the plan has no phases to trigger",
            )),
            None => Ok((plan, events)),
        };
    };
    let transitions = triggers
        .iter()
        .map(|trigger| TransitionSpec {
            order: trigger.order,
            effective: format_instant(&trigger.effective),
        })
        .collect();
    let schedule = phase_schedule(&PhaseScheduleInput {
        start: input.start.clone(),
        timezone: input.timezone.clone(),
        phases: phases.clone(),
        transitions: Some(transitions),
        initial_phase_order: None,
    })
    .map_err(|error| phase_error(error, &triggers))?;
    let ends_phases = events
        .iter()
        .find(|event| matches!(event.effect, Effect::Plan(..) | Effect::Cancel))
        .map(|event| event.effective);
    let initial = schedule
        .first()
        .map_or(plan.clone(), |phase| plan.in_phase(phase.order));
    let mut merged: Vec<Scheduled> = schedule
        .iter()
        .skip(1)
        .filter(|phase| ends_phases.is_none_or(|end| phase.start < end))
        .map(|phase| Scheduled {
            effective: phase.start,
            effect: Effect::Phase(plan.in_phase(phase.order)),
        })
        .collect();
    merged.extend(events);
    // Stable: at one instant the phase comes first, so a plan change made then wins.
    merged.sort_by_key(|event| event.effective);
    Ok((initial, merged))
}

/// A phase schedule's error, named as the timeline's input names it: `plan.phases[1]...`,
/// or the event of a trigger (`events[3]`) for `transitions[i]`.
fn phase_error(error: Error, triggers: &[Trigger]) -> Error {
    let field = error.field();
    let renamed = if field.starts_with("phases") {
        format!("plan.{field}")
    } else if let Some(rest) = field.strip_prefix("transitions[") {
        let (index, tail) = rest.split_once(']').unwrap_or((rest, ""));
        let event = index
            .parse::<usize>()
            .ok()
            .and_then(|index| triggers.get(index))
            .map_or(0, |trigger| trigger.index);
        let tail = tail.replace(".effective", ".at");
        format!("events[{event}]{tail}")
    } else {
        return error;
    };
    Error::new(error.code(), renamed, error.message())
}

/// A stretch of billing on one anchor.
struct Segment {
    from: DateTime<Tz>,
    anchor: Option<AnchorSpec>,
    until: Option<DateTime<Tz>>,
}

/// The stretches of billing between re-anchorings: from the start of billing, then from each
/// plan change that moves the cycles, up to the cancellation.
fn segments(
    events: &[Scheduled],
    billing_start: DateTime<Tz>,
    anchor: Option<AnchorSpec>,
    cancelled: Option<DateTime<Tz>>,
) -> Vec<Segment> {
    let mut starts = vec![(billing_start, anchor)];
    for event in events {
        let Some(new_anchor) = event.new_anchor() else {
            continue;
        };
        if event.effective <= billing_start {
            starts = vec![(billing_start, Some(new_anchor))];
        } else {
            starts.push((event.effective, Some(new_anchor)));
        }
    }
    let ends: Vec<Option<DateTime<Tz>>> = starts
        .iter()
        .skip(1)
        .map(|(from, _)| Some(*from))
        .chain(std::iter::once(None))
        .collect();
    starts
        .into_iter()
        .zip(ends)
        .map(|((from, anchor), until)| Segment {
            from,
            anchor,
            until: until.or(cancelled),
        })
        .filter(|segment| segment.until.is_none_or(|until| segment.from < until))
        .collect()
}

fn check_count(count: i64) -> Result<usize> {
    match usize::try_from(count) {
        Ok(periods) if (1..=MAX_TIMELINE_PERIODS).contains(&count) => Ok(periods),
        _ => Err(Error::new(
            ErrorCode::OutOfRange,
            "count",
            format!("`count` must be 1 to {MAX_TIMELINE_PERIODS}, not {count}"),
        )),
    }
}

/// When the trial ends: `days` after the start date (at that local day's first instant), or
/// Wingback's `free_trial_end`; `None` without a trial.
fn trial_end(
    trial: Option<&TrialSpec>,
    start: DateTime<Tz>,
    zone: Tz,
) -> Result<Option<DateTime<Tz>>> {
    let Some(trial) = trial else {
        return Ok(None);
    };
    let end = match (trial.days, trial.end.as_deref()) {
        (Some(days), None) if (1..=3_650).contains(&days) => start
            .date_naive()
            .checked_add_days(chrono::Days::new(days.unsigned_abs()))
            .and_then(|date| start_of_day(date, zone)),
        (Some(days), None) => {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "trial.days",
                format!("`trial.days` must be 1 to 3650, not {days}"),
            ))
        }
        (None, Some(end)) => Some(parse_instant(end, zone, "trial.end")?),
        _ => {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "trial",
                "a trial has either `days` or `end`",
            ))
        }
    };
    match end {
        Some(end) if end > start => Ok(Some(end)),
        _ => Err(Error::new(
            ErrorCode::OutOfRange,
            "trial",
            "the trial must end after the subscription starts",
        )),
    }
}

/// Rounds and explains the lines of a timeline.
struct Lines<'a> {
    unit: ProrationUnit,
    currency: &'a Currency,
    rounding: RoundingMode,
}

impl Lines<'_> {
    /// `amount` for `[from, to)` of the cycle `[cycle_start, cycle_end)`.
    fn line(
        &self,
        amount: Decimal,
        what: std::fmt::Arguments,
        shown: Decimal,
        from: DateTime<Tz>,
        to: DateTime<Tz>,
        period: &Period,
    ) -> Result<ProrationLine> {
        LineMaker {
            used: self.unit.measure(from, to),
            total: self.unit.measure(period.cycle_start, period.cycle_end),
            unit: self.unit,
            currency: Some(self.currency),
            rounding: self.rounding,
        }
        .make(amount, what, shown)
    }
}

/// The state of a subscription as the timeline walks forward.
struct Walk<'a> {
    events: &'a [Scheduled],
    /// How many of `events` have taken effect.
    applied: usize,
    plan: Plan,
    free_left: i64,
    lines: Lines<'a>,
}

impl Walk<'_> {
    /// Applies, without lines, every event that takes effect at or before `instant`.
    fn apply_until(&mut self, instant: DateTime<Tz>) {
        while let Some(event) = self
            .events
            .get(self.applied)
            .filter(|e| e.effective <= instant)
        {
            apply(&mut self.plan, &event.effect);
            self.applied += 1;
        }
    }

    fn trial(&self, start: DateTime<Tz>, end: DateTime<Tz>) -> TimelinePeriod {
        TimelinePeriod {
            start,
            end,
            partial: false,
            cycle_start: start,
            cycle_end: end,
            plan: self.plan.id.clone(),
            phase: self.plan.phase,
            trial: true,
            free: true,
            in_advance: Vec::new(),
            in_arrears: Vec::new(),
            changes: Vec::new(),
        }
    }

    fn period(&mut self, period: Period) -> Result<TimelinePeriod> {
        self.apply_until(period.start);
        let free = self.free_left > 0 && !period.partial;
        if free {
            self.free_left -= 1;
        }
        let (plan_at_start, phase_at_start) = (self.plan.id.clone(), self.plan.phase);
        let in_advance = self.fees(
            FeeTiming::InAdvance,
            period.start,
            period.cycle_end,
            &period,
        )?;
        let mut in_arrears = Vec::new();
        let mut changes = Vec::new();
        let mut segment_start = period.start;
        while let Some(event) = self
            .events
            .get(self.applied)
            .filter(|event| happens_within(event.effective, &period))
        {
            let at = event.effective;
            in_arrears.extend(self.fees(FeeTiming::InArrears, segment_start, at, &period)?);
            changes.extend(self.change_lines(&event.effect, at, &period)?);
            apply(&mut self.plan, &event.effect);
            self.applied += 1;
            segment_start = at;
        }
        if segment_start < period.end {
            in_arrears.extend(self.fees(
                FeeTiming::InArrears,
                segment_start,
                period.end,
                &period,
            )?);
        }
        let (in_advance, in_arrears, changes) = if free {
            (Vec::new(), Vec::new(), Vec::new())
        } else {
            (in_advance, in_arrears, changes)
        };
        Ok(TimelinePeriod {
            start: period.start,
            end: period.end,
            partial: period.partial,
            cycle_start: period.cycle_start,
            cycle_end: period.cycle_end,
            plan: plan_at_start,
            phase: phase_at_start,
            trial: false,
            free,
            in_advance,
            in_arrears,
            changes,
        })
    }

    /// The current plan's fees of `timing`, each for `[from, to)` of the period's cycle.
    fn fees(
        &self,
        timing: FeeTiming,
        from: DateTime<Tz>,
        to: DateTime<Tz>,
        period: &Period,
    ) -> Result<Vec<ProrationLine>> {
        self.plan
            .fees
            .iter()
            .filter(|fee| fee.timing == timing)
            .map(|fee| {
                let total = fee_total(fee.amount, fee.quantity)?;
                let what = format_args!(
                    "{} {}, {} × {}",
                    self.plan.id, fee.id, fee.quantity, fee.amount
                );
                self.lines.line(total, what, total, from, to, period)
            })
            .collect()
    }

    /// The lines a change at `at` causes to the fees paid in advance for the rest of the cycle.
    fn change_lines(
        &self,
        effect: &Effect,
        at: DateTime<Tz>,
        period: &Period,
    ) -> Result<Vec<ProrationLine>> {
        let mut lines = Vec::new();
        // The in-advance fees of `plan`, each for the rest of the cycle from `at`: credited
        // or charged, labelled `what: plan fee`.
        let rest_of_cycle = |lines: &mut Vec<ProrationLine>,
                             plan: &Plan,
                             kind: LineKind,
                             what: &str|
         -> Result<()> {
            for fee in plan
                .fees
                .iter()
                .filter(|fee| fee.timing == FeeTiming::InAdvance)
            {
                let total = fee_total(fee.amount, fee.quantity)?;
                let label = format_args!("{what}: {} {}", plan.id, fee.id);
                lines.push(self.lines.line(
                    signed(kind, total),
                    label,
                    total,
                    at,
                    period.cycle_end,
                    period,
                )?);
            }
            Ok(())
        };
        let (credit, charge) = (LineKind::Credit, LineKind::Charge);
        match effect {
            Effect::Cancel => {
                rest_of_cycle(
                    &mut lines,
                    &self.plan,
                    credit,
                    "Unused time after cancellation",
                )?;
            }
            Effect::Phase(next) => {
                let ending = format!("Unused time in phase {}", self.plan.phase.unwrap_or(0));
                rest_of_cycle(&mut lines, &self.plan, credit, &ending)?;
                let starting = format!("Remaining time in phase {}", next.phase.unwrap_or(0));
                rest_of_cycle(&mut lines, next, charge, &starting)?;
            }
            Effect::Plan(new_plan, alignment) => {
                rest_of_cycle(
                    &mut lines,
                    &self.plan,
                    credit,
                    "Unused time on the old plan",
                )?;
                // A change that moves the cycles starts a new one, which bills in advance itself.
                if *alignment == BillingCycleAlignment::Unchanged {
                    rest_of_cycle(
                        &mut lines,
                        new_plan,
                        charge,
                        "Remaining time on the new plan",
                    )?;
                }
            }
            Effect::Quantity { price_id, quantity } => {
                let fee = self.plan.fees.iter().find(|fee| &fee.id == price_id);
                if let Some(fee) = fee.filter(|fee| fee.timing == FeeTiming::InAdvance) {
                    let step = quantity.checked_sub(fee.quantity).ok_or_else(too_large)?;
                    let difference = fee_total(fee.amount, step)?;
                    let label = format_args!(
                        "Quantity {} to {quantity}: {} {}",
                        fee.quantity, self.plan.id, fee.id
                    );
                    lines.push(self.lines.line(
                        difference,
                        label,
                        difference.abs(),
                        at,
                        period.cycle_end,
                        period,
                    )?);
                }
            }
        }
        Ok(lines)
    }
}

/// Whether an event at `effective` happens inside `period`: before its end, or at its end
/// when that end cuts the cycle short (the cancellation or re-anchoring that cut it).
fn happens_within(effective: DateTime<Tz>, period: &Period) -> bool {
    effective < period.end || (effective == period.end && period.end < period.cycle_end)
}

/// `effect` applied to `plan`: a new plan, or a fee's new quantity. A quantity for a fee the
/// plan does not have changes nothing; a cancellation ends the walk elsewhere.
fn apply(plan: &mut Plan, effect: &Effect) {
    match effect {
        Effect::Plan(new_plan, _) | Effect::Phase(new_plan) => *plan = new_plan.clone(),
        Effect::Quantity { price_id, quantity } => {
            if let Some(fee) = plan.fees.iter_mut().find(|fee| &fee.id == price_id) {
                fee.quantity = *quantity;
            }
        }
        Effect::Cancel => {}
    }
}

/// `amount` as a line of `kind` carries it: negative for a credit.
fn signed(kind: LineKind, amount: Decimal) -> Decimal {
    match kind {
        LineKind::Credit => -amount,
        LineKind::Charge => amount,
    }
}

/// A fee for `quantity` units.
fn fee_total(amount: Decimal, quantity: Decimal) -> Result<Decimal> {
    amount.checked_mul(quantity).ok_or_else(too_large)
}

fn too_large() -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "plan",
        "a fee times its quantity is too large to bill exactly",
    )
}
