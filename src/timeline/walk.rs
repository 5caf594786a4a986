//! `subscription_timeline`: what a subscription bills, period by period.

use chrono::DateTime;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::calendar::anchor::AnchorSpec;
use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::cadence::{Cadence, CadenceSpec};
use crate::calendar::instant::{format_instant, parse_instant};
use crate::calendar::periods::{BillingPeriodsInput, Period};
use crate::calendar::zone::{customer_zone, start_of_day};
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{Currency, RoundingMode};
use crate::phases::{phase_schedule, PhaseScheduleInput, TransitionSpec};
use crate::proration::{LineKind, LineMaker, ProrationLine, ProrationUnit};
use crate::stable_sort::sort_stable_by;
use crate::timeline::events::{read_plan, resolve_events, Effect, Fee, Plan, Scheduled, Trigger};
use crate::timeline::input::{
    BillingCycleAlignment, FeeTiming, TimelineInput, TrialSpec, MAX_TIMELINE_PERIODS,
};

/// One period of a timeline: when, on which plan, and what it bills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelinePeriod {
    /// The period and its nominal cycle; its fields sit beside the others in JSON.
    #[serde(flatten)]
    pub period: Period,
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
    let billing = Cadence::from_spec(&input.cadence)?;
    let plan = read_plan(&input.plan, "plan", billing)?;
    let billing_start = trial_end(input.trial.as_ref(), start, zone)?.unwrap_or(start);
    let first_segment = Segment {
        from: billing_start,
        anchor: input.anchor,
        until: None,
    };
    let term = first_segment.calendar(input, longest_cadence(input, &plan))?;
    let (events, triggers) = resolve_events(
        input.events.as_deref().unwrap_or(&[]),
        start,
        &term,
        billing,
        zone,
    )?;
    let (plan, events) = with_phases(plan, input, events, triggers)?;
    let cancelled = events
        .iter()
        .find(|event| event.effect == Effect::Cancel)
        .map(|event| event.effective);
    let mut walk = Walk {
        input,
        events: &events,
        applied: 0,
        history: vec![(billing_start, plan.clone())],
        plan,
        segment: first_segment,
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
        let periods = segment
            .calendar(input, &input.cadence)?
            .periods(count - billed)?;
        walk.begin(segment);
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
    sort_stable_by(&mut merged, |a, b| a.effective.cmp(&b.effective));
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
#[derive(Debug, Clone)]
struct Segment {
    from: DateTime<Zone>,
    anchor: Option<AnchorSpec>,
    until: Option<DateTime<Zone>>,
}

impl Segment {
    /// The cycles of `cadence` over this stretch, on its anchor.
    fn calendar(&self, input: &TimelineInput, cadence: &CadenceSpec) -> Result<BillingCalendar> {
        BillingCalendar::new(&BillingPeriodsInput {
            start: format_instant(&self.from),
            timezone: input.timezone.clone(),
            cadence: cadence.clone(),
            anchor: self.anchor,
            end: self.until.map(|until| format_instant(&until)),
            count: None,
        })
    }
}

/// The subscription term's cadence (Orb): the longest of the plan's fee cadences, which are
/// all multiples of the billing cadence.
fn longest_cadence<'a>(input: &'a TimelineInput, plan: &'a Plan) -> &'a CadenceSpec {
    plan.fees
        .iter()
        .filter_map(|fee| fee.cadence.as_ref())
        .filter_map(|spec| Some((cycle_count(Cadence::from_spec(spec).ok()?), spec)))
        .max_by_key(|(count, _)| *count)
        .map_or(&input.cadence, |(_, spec)| spec)
}

/// A cadence's length in its own unit: comparable between multiples of one cadence.
fn cycle_count(cadence: Cadence) -> i64 {
    match cadence {
        Cadence::Days(count) | Cadence::Weeks(count) | Cadence::Months(count) => count,
        Cadence::OneTime => 0,
    }
}

/// The stretches of billing between re-anchorings: from the start of billing, then from each
/// plan change that moves the cycles, up to the cancellation.
fn segments(
    events: &[Scheduled],
    billing_start: DateTime<Zone>,
    anchor: Option<AnchorSpec>,
    cancelled: Option<DateTime<Zone>>,
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
    let ends: Vec<Option<DateTime<Zone>>> = starts
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
    start: DateTime<Zone>,
    zone: Zone,
) -> Result<Option<DateTime<Zone>>> {
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
        from: DateTime<Zone>,
        to: DateTime<Zone>,
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
    input: &'a TimelineInput,
    events: &'a [Scheduled],
    /// How many of `events` have taken effect.
    applied: usize,
    plan: Plan,
    /// Each plan state since the current segment began, from the instant it took effect:
    /// fees in arrears with a long cadence are billed over all of their cycle.
    history: Vec<(DateTime<Zone>, Plan)>,
    /// The stretch of billing the walk is in, on which fee cycles are anchored.
    segment: Segment,
    free_left: i64,
    lines: Lines<'a>,
}

impl Walk<'_> {
    /// Enters a new stretch of billing: fee cycles restart from its start.
    fn begin(&mut self, segment: Segment) {
        self.history = vec![(segment.from, self.plan.clone())];
        self.segment = segment;
    }

    /// Applies, without lines, every event that takes effect at or before `instant`.
    fn apply_until(&mut self, instant: DateTime<Zone>) {
        while let Some(event) = self
            .events
            .get(self.applied)
            .filter(|e| e.effective <= instant)
        {
            self.apply_next(event.effective);
        }
    }

    /// Applies the next event, which takes effect at `at`, and records the new state.
    fn apply_next(&mut self, at: DateTime<Zone>) {
        if let Some(event) = self.events.get(self.applied) {
            apply(&mut self.plan, &event.effect);
            self.applied += 1;
            self.history.push((at, self.plan.clone()));
        }
    }

    fn trial(&self, start: DateTime<Zone>, end: DateTime<Zone>) -> TimelinePeriod {
        TimelinePeriod {
            period: Period {
                start,
                end,
                partial: false,
                cycle_start: start,
                cycle_end: end,
            },
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
        // Events at the period's start end no billing cycle, but may cut across the cycle of
        // a fee with a longer cadence.
        let mut changes = Vec::new();
        while let Some(event) = self
            .events
            .get(self.applied)
            .filter(|event| event.effective <= period.start)
        {
            let at = event.effective;
            if at == period.start {
                changes.extend(self.change_lines(&event.effect, at, &period)?);
            }
            self.apply_next(at);
        }
        let free = self.free_left > 0 && !period.partial;
        if free {
            self.free_left -= 1;
        }
        let (plan_at_start, phase_at_start) = (self.plan.id.clone(), self.plan.phase);
        let in_advance = self.in_advance(&period)?;
        let mut in_arrears = Vec::new();
        let mut state_start = period.start;
        let segment_end = self.segment.until;
        while let Some(event) = self
            .events
            .get(self.applied)
            .filter(|event| happens_within(event.effective, &period, segment_end))
        {
            let at = event.effective;
            in_arrears.extend(self.billing_fees_in_arrears(state_start, at, &period)?);
            changes.extend(self.change_lines(&event.effect, at, &period)?);
            self.apply_next(at);
            state_start = at;
        }
        if state_start < period.end {
            in_arrears.extend(self.billing_fees_in_arrears(state_start, period.end, &period)?);
        }
        in_arrears.extend(self.long_fees_in_arrears(&period)?);
        let (in_advance, in_arrears, changes) = if free {
            (Vec::new(), Vec::new(), Vec::new())
        } else {
            (in_advance, in_arrears, changes)
        };
        Ok(TimelinePeriod {
            period,
            plan: plan_at_start,
            phase: phase_at_start,
            trial: false,
            free,
            in_advance,
            in_arrears,
            changes,
        })
    }

    /// The cycle of `fee` that holds `at`: the billing period's for a fee on the billing
    /// cadence, else the nominal one its own cadence gives on the segment's anchor (not cut
    /// by the segment's end, so that a change there still finds the cycle it cuts).
    fn cycle_of(&self, fee: &Fee, at: DateTime<Zone>, period: &Period) -> Result<Option<Period>> {
        match &fee.cadence {
            None => Ok(Some(period.clone())),
            Some(cadence) => {
                let uncut = Segment {
                    until: None,
                    ..self.segment.clone()
                };
                uncut.calendar(self.input, cadence)?.period_at(at)
            }
        }
    }

    /// The cycle of `fee` that `at` falls strictly inside, if any: only there does a change
    /// at `at` leave part of the fee unused or owed. At a cycle's own start the fee in
    /// advance for the new state covers it; at its end nothing of it remains.
    fn cycle_across(
        &self,
        fee: &Fee,
        at: DateTime<Zone>,
        period: &Period,
    ) -> Result<Option<Period>> {
        Ok(self
            .cycle_of(fee, at, period)?
            .filter(|cycle| cycle.cycle_start < at && at < cycle.cycle_end))
    }

    /// Fees in advance whose cycle starts with this period, each for the rest of its cycle.
    fn in_advance(&self, period: &Period) -> Result<Vec<ProrationLine>> {
        let mut lines = Vec::new();
        for fee in self
            .plan
            .fees
            .iter()
            .filter(|fee| fee.timing == FeeTiming::InAdvance)
        {
            let Some(cycle) = self.cycle_of(fee, period.start, period)? else {
                continue;
            };
            if cycle.start == period.start {
                lines.push(self.fee_line(
                    &self.plan,
                    fee,
                    fee.quantity,
                    period.start,
                    cycle.cycle_end,
                    &cycle,
                )?);
            }
        }
        Ok(lines)
    }

    /// Fees in arrears on the billing cadence, for `[from, to)` of this period's cycle.
    fn billing_fees_in_arrears(
        &self,
        from: DateTime<Zone>,
        to: DateTime<Zone>,
        period: &Period,
    ) -> Result<Vec<ProrationLine>> {
        self.plan
            .fees
            .iter()
            .filter(|fee| fee.timing == FeeTiming::InArrears && fee.cadence.is_none())
            .map(|fee| self.fee_line(&self.plan, fee, fee.quantity, from, to, period))
            .collect()
    }

    /// Fees in arrears with a longer cadence whose cycle ends with this period: billed for
    /// the time each plan state of the cycle held them.
    fn long_fees_in_arrears(&self, period: &Period) -> Result<Vec<ProrationLine>> {
        let mut lines = Vec::new();
        let mut billed: Vec<(&str, &CadenceSpec)> = Vec::new();
        for (_, plan) in &self.history {
            for fee in plan
                .fees
                .iter()
                .filter(|fee| fee.timing == FeeTiming::InArrears)
            {
                let Some(cadence) = &fee.cadence else {
                    continue;
                };
                if billed.contains(&(fee.id.as_str(), cadence)) {
                    continue;
                }
                billed.push((fee.id.as_str(), cadence));
                let Some(cycle) = self.cycle_of(fee, period.start, period)? else {
                    continue;
                };
                let ends_here =
                    cycle.cycle_end == period.end || self.segment.until == Some(period.end);
                if ends_here {
                    lines.extend(self.held_in(fee.id.as_str(), cadence, &cycle, period.end)?);
                }
            }
        }
        Ok(lines)
    }

    /// The lines of fee `id` (of `cadence`) for each plan state that held it within `cycle`,
    /// up to `until` (the cycle's end, or where billing stopped short of it).
    fn held_in(
        &self,
        id: &str,
        cadence: &CadenceSpec,
        cycle: &Period,
        until: DateTime<Zone>,
    ) -> Result<Vec<ProrationLine>> {
        let mut lines = Vec::new();
        for (index, (from, plan)) in self.history.iter().enumerate() {
            let to = self.history.get(index + 1).map_or(until, |(next, _)| *next);
            let (from, to) = ((*from).max(cycle.start), to.min(until));
            if from >= to {
                continue;
            }
            let held = plan.fees.iter().find(|fee| {
                fee.id == id
                    && fee.timing == FeeTiming::InArrears
                    && fee.cadence.as_ref() == Some(cadence)
            });
            if let Some(fee) = held {
                lines.push(self.fee_line(plan, fee, fee.quantity, from, to, cycle)?);
            }
        }
        Ok(lines)
    }

    /// `fee` of `plan` at `quantity`, for `[from, to)` of `cycle`.
    fn fee_line(
        &self,
        plan: &Plan,
        fee: &Fee,
        quantity: Decimal,
        from: DateTime<Zone>,
        to: DateTime<Zone>,
        cycle: &Period,
    ) -> Result<ProrationLine> {
        let total = fee_total(fee.amount, quantity)?;
        let what = format_args!("{} {}, {} × {}", plan.id, fee.id, quantity, fee.amount);
        self.lines.line(total, what, total, from, to, cycle)
    }

    /// The lines a change at `at` causes to the fees paid in advance, each for the rest of
    /// its own cycle.
    fn change_lines(
        &self,
        effect: &Effect,
        at: DateTime<Zone>,
        period: &Period,
    ) -> Result<Vec<ProrationLine>> {
        let mut lines = Vec::new();
        // The in-advance fees of `plan`, each for the rest of its cycle from `at`: credited
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
                let Some(cycle) = self.cycle_across(fee, at, period)? else {
                    continue;
                };
                let total = fee_total(fee.amount, fee.quantity)?;
                let label = format_args!("{what}: {} {}", plan.id, fee.id);
                lines.push(self.lines.line(
                    signed(kind, total),
                    label,
                    total,
                    at,
                    cycle.cycle_end,
                    &cycle,
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
                    if let Some(cycle) = self.cycle_across(fee, at, period)? {
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
                            cycle.cycle_end,
                            &cycle,
                        )?);
                    }
                }
            }
        }
        Ok(lines)
    }
}

/// Whether an event at `effective` happens inside `period`: before its end, or at its end
/// when that end is where billing stops or re-anchors (`segment_end`: a cancellation or a
/// change that moves the cycles), which may cut a cycle short.
fn happens_within(
    effective: DateTime<Zone>,
    period: &Period,
    segment_end: Option<DateTime<Zone>>,
) -> bool {
    effective < period.end
        || (effective == period.end
            && (period.end < period.cycle_end || segment_end == Some(period.end)))
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
