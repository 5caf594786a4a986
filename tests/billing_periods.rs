//! The billing-period functions natively, on the shared vectors (tests/vectors/, each case
//! with its source); the properties are in calendar_properties.rs.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use billkit::{
    billing_period_at, billing_periods, billing_periods_between, AnchorSpec, BillingPeriodsInput,
    CadenceSpec,
};
use serde_json::Value;

mod common;
use common::check_outcome;

#[test]
fn shared_vectors() {
    let vectors: Value =
        serde_json::from_str(include_str!("vectors/billing_periods.json")).unwrap();
    let cases = vectors["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let input: BillingPeriodsInput = serde_json::from_value(case["input"].clone()).unwrap();
        check_outcome(name, billing_periods(&input), case, "periods");
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

// README limits: at most 10,000 periods from `start` to `end` when `count` is absent,
// counted by cycle before any is computed.
#[test]
fn ten_thousand_cycles_to_end_pass_and_one_more_is_refused() {
    let daily_until = |end: &str| BillingPeriodsInput {
        cadence: CadenceSpec::Named("daily".into()),
        end: Some(end.into()),
        count: None,
        ..BillingPeriodsInput::monthly("2000-01-01", 1)
    };
    // 2027-05-19 is 10,000 days after 2000-01-01.
    let periods = billing_periods(&daily_until("2027-05-19")).unwrap();
    assert_eq!(periods.len(), 10_000);
    assert_eq!(periods[9_999].end.to_rfc3339(), "2027-05-19T00:00:00+00:00");
    let error = billing_periods(&daily_until("2027-05-19T00:00:01Z")).unwrap_err();
    assert_eq!(
        (error.code().as_str(), error.field()),
        ("out_of_range", "end")
    );
}

// README limits: at most 10,000 periods overlapping `from` to `to`, counted before any is
// computed; the subscription's own end bounds the count too.
#[test]
fn ten_thousand_periods_between_pass_and_one_more_is_refused() {
    let daily = |end: Option<&str>| BillingPeriodsInput {
        cadence: CadenceSpec::Named("daily".into()),
        end: end.map(Into::into),
        ..BillingPeriodsInput::monthly("2000-01-01", 1)
    };
    let periods = billing_periods_between(&daily(None), "2000-01-01", "2027-05-19").unwrap();
    assert_eq!(periods.len(), 10_000);
    let error = billing_periods_between(&daily(None), "2000-01-01", "2027-05-20").unwrap_err();
    assert_eq!(
        (error.code().as_str(), error.field()),
        ("out_of_range", "to")
    );
    let ended = billing_periods_between(&daily(Some("2027-05-19")), "2000-01-01", "2099-01-01");
    assert_eq!(ended.unwrap().len(), 10_000);
}
