//! `subscription_timeline` natively, on the shared vectors (tests/vectors/timeline.json,
//! each case with its source), and its properties over generated subscriptions.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use billkit::timeline::{subscription_timeline, TimelineInput};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

mod common;
use common::check_outcome;

#[test]
fn shared_vectors() {
    let vectors: Value = serde_json::from_str(include_str!("vectors/timeline.json")).unwrap();
    let cases = vectors["cases"].as_array().unwrap();
    assert!(cases.len() >= 15);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let input: TimelineInput = serde_json::from_value(case["input"].clone()).unwrap();
        check_outcome(name, subscription_timeline(&input), case, "periods");
    }
}

fn cents(value: &Value) -> Decimal {
    value.as_str().unwrap().parse().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    // Issue 5's properties: the periods of a timeline tile with no gap or overlap across
    // every phase and change, and the lines a plan change causes add up to the difference it
    // makes: the new fee less the old, for the rest of the cycle, within a cent per line.
    #[test]
    fn periods_tile_and_change_lines_add_up(
        old in 100_i64..100_000, new in 100_i64..100_000, start_day in 0_i64..3_000,
        change_day in 1_i64..400, cadence in prop_oneof![Just("monthly"), Just("quarterly"), Just("weekly")],
        zone in prop_oneof![Just("UTC"), Just("America/New_York"), Just("Australia/Sydney"), Just("Asia/Kolkata")],
        free_phase_days in proptest::option::of(1_i64..60),
    ) {
        let start = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Duration::days(start_day);
        let at = start + chrono::Duration::days(change_day);
        let fee = |cents: i64| Decimal::new(cents, 2).to_string();
        let input: TimelineInput = serde_json::from_value(json!({
            "start": start.to_string(), "timezone": zone, "cadence": cadence, "currency": "USD", "count": 8,
            "plan": match free_phase_days {
                None => json!({ "id": "old", "prices": [{ "id": "fee", "amount": fee(old), "billing": "in_advance" }] }),
                Some(days) => json!({
                    "id": "old",
                    "prices": [{ "id": "fee", "amount": fee(old), "billing": "in_advance", "plan_phase_order": 2 }],
                    "phases": [{ "order": 1, "duration": days, "duration_unit": "daily" }, { "order": 2 }],
                }),
            },
            "events": [{ "type": "plan_change", "at": at.to_string(),
                         "plan": { "id": "new", "prices": [{ "id": "fee", "amount": fee(new), "billing": "in_advance" }] } }],
        })).unwrap();
        let periods = serde_json::to_value(subscription_timeline(&input).unwrap()).unwrap();
        let periods = periods.as_array().unwrap();
        for pair in periods.windows(2) {
            prop_assert_eq!(&pair[0]["end"], &pair[1]["start"]);
        }
        for period in periods {
            let is_plan_change = |line: &&Value| {
                let text = line["explanation"].as_str().unwrap();
                text.contains("the old plan") || text.contains("the new plan")
            };
            let changes: Vec<&Value> = period["changes"].as_array().unwrap().iter().filter(is_plan_change).collect();
            // Only a change made while the old fee was in force credits a whole old fee.
            if changes.len() != 2 {
                continue;
            }
            let (used, total) = (changes[0]["used"].as_i64().unwrap(), changes[0]["total"].as_i64().unwrap());
            let sum: Decimal = changes.iter().map(|line| cents(&line["amount"])).sum();
            let difference = Decimal::new(new - old, 2) * Decimal::from(used) / Decimal::from(total);
            prop_assert!((sum - difference).abs() <= Decimal::new(1, 2), "{} vs {}", sum, difference);
        }
    }
}
