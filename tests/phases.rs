//! `phase_schedule` natively, on the shared vectors (tests/vectors/phases.json, each case
//! with its source), and the tiling of phases over generated plans.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use billkit::phases::{
    phase_schedule, DurationUnit, PhaseScheduleInput, PhaseSpec, TransitionSpec,
};
use proptest::prelude::*;
use serde_json::Value;

mod common;
use common::check_outcome;

#[test]
fn shared_vectors() {
    let vectors: Value = serde_json::from_str(include_str!("vectors/phases.json")).unwrap();
    let cases = vectors["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let input: PhaseScheduleInput = serde_json::from_value(case["input"].clone()).unwrap();
        check_outcome(name, phase_schedule(&input), case, "phases");
    }
}

fn unit() -> impl Strategy<Value = DurationUnit> {
    prop_oneof![
        Just(DurationUnit::Daily),
        Just(DurationUnit::Monthly),
        Just(DurationUnit::Quarterly),
        Just(DurationUnit::SemiAnnual),
        Just(DurationUnit::Annual),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    // BILLING_RULES.md 5: phases tile (each starts where the one before ended), come in
    // increasing order, and the walk starts at the start; a trigger lands exactly.
    #[test]
    fn phases_tile_in_order(
        durations in prop::collection::vec((1_i64..40, unit()), 1..6),
        start_day in 0_i64..10_000,
        trigger in proptest::option::of((0_usize..6, 0_i64..400)),
        zone in 0..chrono_tz::TZ_VARIANTS.len(),
    ) {
        let start = (chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(start_day)).to_string();
        let mut phases: Vec<PhaseSpec> = durations.iter().enumerate()
            .map(|(i, (duration, unit))| PhaseSpec { order: i as i64 + 1, duration: Some(*duration), duration_unit: Some(*unit) })
            .collect();
        phases.push(PhaseSpec { order: phases.len() as i64 + 1, duration: None, duration_unit: None });
        let transitions = trigger.map(|(target, days)| {
            let effective = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").unwrap() + chrono::Duration::days(days);
            vec![TransitionSpec { order: (target % phases.len()) as i64 + 1, effective: effective.to_string() }]
        });
        let input = PhaseScheduleInput {
            start, timezone: Some(chrono_tz::TZ_VARIANTS[zone].name().to_owned()), phases, transitions, initial_phase_order: None,
        };
        let Ok(result) = phase_schedule(&input) else { return Ok(()); };
        // A phase a transition ends the instant it begins does not occur.
        let triggered_at_start = trigger.is_some_and(|(_, days)| days == 0);
        prop_assert!(result[0].order == 1 || triggered_at_start);
        // The first phase starts on the start date, or the day after where the zone skipped
        // that date entirely (Samoa's 2011-12-30).
        let start_date = chrono::NaiveDate::parse_from_str(&input.start, "%Y-%m-%d").unwrap();
        let first_date = result[0].start.date_naive();
        prop_assert!(first_date == start_date || first_date == start_date.succ_opt().unwrap());
        for pair in result.windows(2) {
            prop_assert_eq!(pair[0].end, Some(pair[1].start));
            prop_assert!(pair[0].order < pair[1].order);
            prop_assert!(pair[0].start < pair[1].start);
        }
        prop_assert!(result.last().unwrap().end.is_none());
    }
}
