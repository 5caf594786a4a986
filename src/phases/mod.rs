//! Plan phases and trials: when each phase of a subscription's plan begins and ends.

mod schedule;

pub use schedule::{
    phase_schedule, DurationUnit, Phase, PhaseScheduleInput, PhaseSpec, TransitionSpec,
    MAX_DURATION, MAX_PHASES,
};
