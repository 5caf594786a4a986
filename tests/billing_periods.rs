//! `billing_periods` natively: the shared vectors (tests/vectors/billing_periods.json, each
//! with its source) and invariants checked over every zone of the tz database.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use billkit::{
    billing_period_at, billing_periods, billing_periods_between, AnchorSpec, BillingPeriodsInput,
    CadenceSpec, Period,
};
use chrono::{Datelike, Duration, NaiveDate};
use serde_json::Value;

#[test]
fn shared_vectors() {
    let vectors: Value =
        serde_json::from_str(include_str!("vectors/billing_periods.json")).unwrap();
    let cases = vectors["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let input: BillingPeriodsInput = serde_json::from_value(case["input"].clone()).unwrap();
        match (billing_periods(&input), case.get("error")) {
            (Ok(periods), None) => {
                assert_eq!(
                    serde_json::to_value(&periods).unwrap(),
                    case["periods"],
                    "{name}"
                )
            }
            (Err(error), Some(expected)) => {
                assert_eq!(error.code().as_str(), expected["code"], "{name}: {error}");
                assert_eq!(error.field(), expected["field"], "{name}: {error}");
            }
            (got, _) => panic!("{name}: unexpected {got:?}"),
        }
    }
}

fn check_outcome<T: serde::Serialize + std::fmt::Debug>(
    name: &str,
    got: billkit::Result<T>,
    case: &Value,
    key: &str,
) {
    match (got, case.get("error")) {
        (Ok(value), None) => assert_eq!(serde_json::to_value(&value).unwrap(), case[key], "{name}"),
        (Err(error), Some(expected)) => {
            assert_eq!(error.code().as_str(), expected["code"], "{name}: {error}");
            assert_eq!(error.field(), expected["field"], "{name}: {error}");
        }
        (got, _) => panic!("{name}: unexpected {got:?}"),
    }
}

#[test]
fn shared_lookup_vectors() {
    let vectors: Value =
        serde_json::from_str(include_str!("vectors/billing_period_lookups.json")).unwrap();
    let mut checked = 0;
    for kind in ["at", "between", "errors"] {
        for case in vectors[kind].as_array().unwrap() {
            let name = case["name"].as_str().unwrap();
            let subscription: BillingPeriodsInput =
                serde_json::from_value(case["subscription"].clone()).unwrap();
            if let Some(at) = case["at"].as_str() {
                check_outcome(name, billing_period_at(&subscription, at), case, "period");
            } else {
                let (from, to) = (case["from"].as_str().unwrap(), case["to"].as_str().unwrap());
                let got = billing_periods_between(&subscription, from, to);
                check_outcome(name, got, case, "periods");
            }
            checked += 1;
        }
    }
    assert!(checked >= 12);
}

/// Whether `instant` is the first instant of its local day: one second earlier is another day.
fn is_start_of_local_day(instant: &chrono::DateTime<chrono_tz::Tz>) -> bool {
    (*instant - Duration::seconds(1)).date_naive() < instant.date_naive()
}

fn last_day_of_month(date: NaiveDate) -> u32 {
    let first = date.with_day(1).unwrap();
    (first + chrono::Months::new(1)).pred_opt().unwrap().day()
}

fn check_invariants(input: &BillingPeriodsInput, periods: &[Period], anchor_day: u32) {
    let context = format!("{input:?}");
    assert_eq!(periods.len() as i64, input.count.unwrap(), "{context}");
    for pair in periods.windows(2) {
        assert_eq!(pair[0].end, pair[1].start, "periods tile: {context}");
        assert_eq!(
            pair[0].cycle_end, pair[1].cycle_start,
            "cycles tile: {context}"
        );
    }
    for period in periods {
        assert!(period.start < period.end, "{context}");
        assert!(period.cycle_start <= period.start && period.end <= period.cycle_end);
        let whole = period.start == period.cycle_start && period.end == period.cycle_end;
        assert_eq!(period.partial, !whole, "{context}");
        for boundary in [&period.cycle_start, &period.cycle_end] {
            assert!(is_start_of_local_day(boundary), "{boundary} in {context}");
            let wanted = anchor_day.min(last_day_of_month(boundary.date_naive()));
            // Only where the anchor day itself never began (Samoa's 2011-12-30) does the
            // boundary land on the following day.
            let day = boundary.date_naive().day();
            assert!(
                day == wanted || day == wanted + 1,
                "{boundary} in {context}"
            );
        }
        let months = |p: &chrono::DateTime<chrono_tz::Tz>| p.year() * 12 + p.month() as i32;
        let step = months(&period.cycle_end) - months(&period.cycle_start);
        assert!(step == 1 || (step == 0 && anchor_day == 31), "{context}");
    }
}

// BILLING_RULES.md 1-3 as properties: periods tile, boundaries are local day starts on the
// clamped anchor day, one month apart, and partial exactly where a period is not its cycle.
#[test]
fn monthly_invariants_in_every_zone() {
    let starts = ["2011-11-30", "2018-10-04", "2023-02-26T13:45:00+05:30"];
    let mut checked = 0;
    for zone in chrono_tz::TZ_VARIANTS {
        for start in starts {
            for anchor_day in [1, 15, 28, 29, 30, 31] {
                let input = BillingPeriodsInput {
                    timezone: Some(zone.name().to_owned()),
                    anchor: Some(AnchorSpec {
                        day: anchor_day.into(),
                        ..AnchorSpec::default()
                    }),
                    ..BillingPeriodsInput::monthly(start, 26)
                };
                let periods = billing_periods(&input).unwrap();
                check_invariants(&input, &periods, anchor_day);
                checked += periods.len();
            }
        }
    }
    assert!(checked > 200_000, "{checked}");
}

#[test]
fn jumping_to_a_late_start_matches_walking_from_an_early_one() {
    let walked = billing_periods(&BillingPeriodsInput {
        timezone: Some("Europe/London".into()),
        anchor: Some(AnchorSpec {
            day: 31,
            ..AnchorSpec::default()
        }),
        ..BillingPeriodsInput::monthly("2020-01-31", 120)
    })
    .unwrap();
    let jumped = billing_periods(&BillingPeriodsInput {
        timezone: Some("Europe/London".into()),
        anchor: Some(AnchorSpec {
            day: 31,
            ..AnchorSpec::default()
        }),
        ..BillingPeriodsInput::monthly("2029-02-28", 1)
    })
    .unwrap();
    assert_eq!(walked[109], jumped[0]);
}

#[test]
fn custom_cadence_in_json_form() {
    let input: BillingPeriodsInput = serde_json::from_str(
        r#"{"start":"2024-01-01","cadence":{"unit":"month","count":2},"count":2}"#,
    )
    .unwrap();
    assert_eq!(
        input.cadence,
        CadenceSpec::Custom {
            unit: "month".into(),
            count: 2
        }
    );
    let ends: Vec<String> = billing_periods(&input)
        .unwrap()
        .iter()
        .map(|p| p.end.to_rfc3339())
        .collect();
    assert_eq!(
        ends,
        ["2024-03-01T00:00:00+00:00", "2024-05-01T00:00:00+00:00"]
    );
}
