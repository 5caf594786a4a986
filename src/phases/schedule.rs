//! `phase_schedule`: when each phase of a plan begins and ends (Orb's plan phases).

use chrono::{DateTime, Datelike};
use serde::{Deserialize, Serialize};

use crate::calendar::anchor::MonthAnchor;
use crate::calendar::instant::{parse_instant, serialize_instant, serialize_optional_instant};
use crate::calendar::range::{MAX_YEAR, MIN_YEAR};
use crate::calendar::schedule::Schedule;
use crate::calendar::zone::{customer_zone, start_of_day};
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::stable_sort::sort_stable_by;

/// The most phases a plan may have.
pub const MAX_PHASES: usize = 100;
/// The longest phase, in units of its `duration_unit`.
pub const MAX_DURATION: i64 = 10_000;

/// Orb's `duration_unit` of a plan phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DurationUnit {
    /// Days.
    Daily,
    /// Months.
    Monthly,
    /// Three months.
    Quarterly,
    /// Six months.
    SemiAnnual,
    /// Twelve months.
    Annual,
}

/// One phase of a plan, as Orb describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseSpec {
    /// The phase's place in the plan's lifecycle; 1 is the first.
    pub order: i64,
    /// How many `duration_unit`s the phase lasts; `null` for an evergreen phase.
    #[serde(default)]
    pub duration: Option<i64>,
    /// The unit of `duration`.
    #[serde(default)]
    pub duration_unit: Option<DurationUnit>,
}

/// A manual trigger (Orb's trigger phase): the phase of `order` starts at `effective`,
/// ending the phase running then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransitionSpec {
    /// The phase that starts.
    pub order: i64,
    /// When it starts: a local date (its first instant) or an RFC 3339 instant.
    pub effective: String,
}

/// What [`phase_schedule`] computes over; the JSON shape of API.md's `phaseSchedule`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseScheduleInput {
    /// When the subscription starts.
    pub start: String,
    /// The customer's IANA zone; `UTC` when absent.
    #[serde(default)]
    pub timezone: Option<String>,
    /// The plan's phases, in any order.
    #[serde(deserialize_with = "crate::bounded::at_most::<_, _, MAX_PHASES>")]
    pub phases: Vec<PhaseSpec>,
    /// Manual triggers, in any order.
    #[serde(default)]
    pub transitions: Option<Vec<TransitionSpec>>,
    /// The phase the subscription starts in (Orb's `initial_phase_order`); the first when absent.
    #[serde(default)]
    pub initial_phase_order: Option<i64>,
}

/// A phase as it happens: `[start, end)`, `end` absent for an evergreen phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phase {
    /// The phase's order.
    pub order: i64,
    /// Its first instant.
    #[serde(serialize_with = "serialize_instant")]
    pub start: DateTime<Zone>,
    /// The first instant after it; `None` for an evergreen phase.
    #[serde(serialize_with = "serialize_optional_instant")]
    pub end: Option<DateTime<Zone>>,
}

/// The phases of a subscription as they happen (BILLING_RULES.md 1 and 5): phase k starts
/// where phase k-1 ends; a phase ends its duration after its own start, in months that clamp
/// to short months without drifting (1 month from Jan 31 is Feb 29 in 2024, 2 months Mar 31),
/// at the first instant of that local day. A transition starts the phase of its order at
/// `effective`, ending the running one early; phases it skips do not occur, and later ones
/// follow from its new start.
///
/// ```
/// use billkit::phases::{phase_schedule, DurationUnit, PhaseScheduleInput, PhaseSpec, TransitionSpec};
///
/// // API.md's example: a 14-day first phase, cut short by a trigger on Jan 20.
/// let phases = phase_schedule(&PhaseScheduleInput {
///     start: "2024-01-15".into(),
///     timezone: None,
///     phases: vec![
///         PhaseSpec { order: 1, duration: Some(14), duration_unit: Some(DurationUnit::Daily) },
///         PhaseSpec { order: 2, duration: None, duration_unit: None },
///     ],
///     transitions: Some(vec![TransitionSpec { order: 2, effective: "2024-01-20".into() }]),
///     initial_phase_order: None,
/// })?;
/// assert_eq!(phases[0].end.unwrap().to_rfc3339(), "2024-01-20T00:00:00+00:00");
/// assert_eq!((phases[1].order, phases[1].end), (2, None));
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// `invalid_timezone` and `invalid_date` as usual; `invalid_input` for a duplicate or unknown
/// order (`phases[1].order`, `transitions[0].order`) or a duration without a unit;
/// `out_of_range` for more than 100 phases, a duration outside 1 to 10,000, a transition
/// before the phase it would end began or into a phase that has already begun, and phases
/// past the supported years.
pub fn phase_schedule(input: &PhaseScheduleInput) -> Result<Vec<Phase>> {
    let zone = customer_zone(input.timezone.as_deref())?;
    let start = parse_instant(&input.start, zone, "start")?;
    let plan = Plan::read(&input.phases)?;
    let mut transitions =
        read_transitions(input.transitions.as_deref().unwrap_or(&[]), &plan, zone)?;
    let first = match input.initial_phase_order {
        Some(order) => plan.index_of(order).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidInput,
                "initial_phase_order",
                format!("the plan has no phase of order {order}"),
            )
        })?,
        None => 0,
    };
    transitions.reverse();
    walk(&plan, zone, first, start, transitions)
}

/// The phases sorted by order, checked.
struct Plan<'a> {
    phases: Vec<&'a PhaseSpec>,
}

impl<'a> Plan<'a> {
    fn read(specs: &'a [PhaseSpec]) -> Result<Plan<'a>> {
        if specs.is_empty() || specs.len() > MAX_PHASES {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "phases",
                format!("a plan has 1 to {MAX_PHASES} phases"),
            ));
        }
        for (index, spec) in specs.iter().enumerate() {
            check_phase(spec, index)?;
            if specs
                .iter()
                .take(index)
                .any(|other| other.order == spec.order)
            {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    format!("phases[{index}].order"),
                    format!("two phases have order {}", spec.order),
                ));
            }
        }
        let mut phases: Vec<&PhaseSpec> = specs.iter().collect();
        sort_stable_by(&mut phases, |a, b| a.order.cmp(&b.order));
        Ok(Plan { phases })
    }

    fn index_of(&self, order: i64) -> Option<usize> {
        self.phases.iter().position(|phase| phase.order == order)
    }
}

fn check_phase(spec: &PhaseSpec, index: usize) -> Result<()> {
    match (spec.duration, spec.duration_unit) {
        (None, _) => Ok(()),
        (Some(_), None) => Err(Error::new(
            ErrorCode::InvalidInput,
            format!("phases[{index}].duration_unit"),
            "a phase with a duration needs its `duration_unit`",
        )),
        (Some(duration), Some(_)) if (1..=MAX_DURATION).contains(&duration) => Ok(()),
        (Some(duration), Some(_)) => Err(Error::new(
            ErrorCode::OutOfRange,
            format!("phases[{index}].duration"),
            format!("`phases[{index}].duration` must be 1 to {MAX_DURATION}, not {duration}"),
        )),
    }
}

/// A checked transition: the index of the phase it starts, when, and where it was given.
struct Transition {
    target: usize,
    effective: DateTime<Zone>,
    index: usize,
}

/// The transitions in the order they take effect (the order given among equal instants).
fn read_transitions(specs: &[TransitionSpec], plan: &Plan, zone: Zone) -> Result<Vec<Transition>> {
    let mut transitions = specs
        .iter()
        .enumerate()
        .map(|(index, spec)| {
            let target = plan.index_of(spec.order).ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidInput,
                    format!("transitions[{index}].order"),
                    format!("the plan has no phase of order {}", spec.order),
                )
            })?;
            let effective = parse_instant(
                &spec.effective,
                zone,
                &format!("transitions[{index}].effective"),
            )?;
            Ok(Transition {
                target,
                effective,
                index,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    sort_stable_by(&mut transitions, |a, b| {
        (a.effective, a.index).cmp(&(b.effective, b.index))
    });
    Ok(transitions)
}

/// Walks the phases from `first`, starting at `start`; `pending` holds the transitions, the
/// next to take effect last.
fn walk(
    plan: &Plan,
    zone: Zone,
    first: usize,
    start: DateTime<Zone>,
    mut pending: Vec<Transition>,
) -> Result<Vec<Phase>> {
    let mut phases = Vec::new();
    let mut current = first;
    let mut phase_start = start;
    while let Some(spec) = plan.phases.get(current) {
        let natural_end = natural_end(spec, phase_start, zone)?;
        let next = pending.last();
        let triggered = next.filter(|next| natural_end.is_none_or(|end| next.effective < end));
        if let Some(transition) = triggered {
            if transition.target <= current || transition.effective < phase_start {
                return Err(late_transition(transition, spec.order));
            }
            if transition.effective > phase_start {
                phases.push(Phase {
                    order: spec.order,
                    start: phase_start,
                    end: Some(transition.effective),
                });
            }
            current = transition.target;
            phase_start = transition.effective;
            pending.pop();
            continue;
        }
        phases.push(Phase {
            order: spec.order,
            start: phase_start,
            end: natural_end,
        });
        match natural_end {
            Some(end) if current + 1 < plan.phases.len() => {
                current += 1;
                phase_start = end;
            }
            _ => break,
        }
    }
    if let Some(unused) = pending.last() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            format!("transitions[{}].effective", unused.index),
            "the plan has ended before this transition takes effect",
        ));
    }
    Ok(phases)
}

fn late_transition(transition: &Transition, running: i64) -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        format!("transitions[{}]", transition.index),
        format!(
            "this transition comes while phase {running} runs, and its phase has already begun \
             or would start before phase {running} did"
        ),
    )
}

/// Where a phase starting at `start` ends by its duration: months from its own start day
/// (clamped, never drifting), or days; `None` when it is evergreen.
fn natural_end(
    spec: &PhaseSpec,
    start: DateTime<Zone>,
    zone: Zone,
) -> Result<Option<DateTime<Zone>>> {
    let (Some(duration), Some(unit)) = (spec.duration, spec.duration_unit) else {
        return Ok(None);
    };
    let start_date = start.date_naive();
    let months = |count: i64| Schedule::Months {
        anchor: MonthAnchor {
            day: start_date.day(),
            month_index: i64::from(start_date.year()) * 12 + i64::from(start_date.month0()),
        },
        step: count * duration,
    };
    let schedule = match unit {
        DurationUnit::Daily => Schedule::Days {
            origin: start_date,
            step: duration,
        },
        DurationUnit::Monthly => months(1),
        DurationUnit::Quarterly => months(3),
        DurationUnit::SemiAnnual => months(6),
        DurationUnit::Annual => months(12),
    };
    schedule
        .boundary(1)
        .filter(|date| (MIN_YEAR..=MAX_YEAR).contains(&date.year()))
        .and_then(|date| start_of_day(date, zone))
        .map(Some)
        .ok_or_else(|| {
            Error::new(
                ErrorCode::OutOfRange,
                "phases",
                format!("the phases run past the supported years {MIN_YEAR} to {MAX_YEAR}"),
            )
        })
}
