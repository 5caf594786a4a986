//! Money and proration natively: the shared vectors (tests/vectors/money.json, each case with
//! its source) and the properties of BILLING_RULES.md 4 over generated inputs.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use billkit::money::{allocate, share, AllocateInput, RoundingMode};
use billkit::proration::{prorate, prorate_change, ProrateChangeInput, ProrateInput};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;

fn outcome<T: serde::Serialize>(result: billkit::Result<T>) -> Value {
    match result {
        Ok(value) => serde_json::json!({ "output": value }),
        Err(error) => {
            serde_json::json!({ "error": { "code": error.code().as_str(), "field": error.field() } })
        }
    }
}

#[test]
fn shared_vectors() {
    let vectors: Value = serde_json::from_str(include_str!("vectors/money.json")).unwrap();
    let cases = vectors["cases"].as_array().unwrap();
    assert!(cases.len() >= 35);
    for case in cases {
        let input = case["input"].clone();
        let got = match case["function"].as_str().unwrap() {
            "prorate" => match serde_json::from_value::<ProrateInput>(input) {
                Ok(input) => outcome(prorate(&input)),
                // The typed Rust input cannot even hold it (an unknown rounding mode): the
                // vector must expect the binding's code for that; its field is checked in JS.
                Err(_) => {
                    assert_eq!(case["error"]["code"], "invalid_input", "{}", case["name"]);
                    continue;
                }
            },
            "prorate_change" => outcome(prorate_change(
                &serde_json::from_value::<ProrateChangeInput>(input).unwrap(),
            )),
            _ => {
                let input: AllocateInput = serde_json::from_value(input).unwrap();
                outcome(
                    billkit::money::allocate_amount(&input)
                        .map(|pieces| pieces.iter().map(ToString::to_string).collect::<Vec<_>>()),
                )
            }
        };
        let mut expected = serde_json::Map::new();
        for key in ["output", "error"] {
            if let Some(value) = case.get(key) {
                expected.insert(key.to_owned(), value.clone());
            }
        }
        assert_eq!(got, Value::Object(expected), "{}", case["name"]);
    }
}

fn amount() -> impl Strategy<Value = Decimal> {
    (-10_i64.pow(12)..10_i64.pow(12), 0_u32..=4)
        .prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale))
}

fn mode() -> impl Strategy<Value = RoundingMode> {
    prop_oneof![
        Just(RoundingMode::HalfUp),
        Just(RoundingMode::HalfEven),
        Just(RoundingMode::HalfDown),
        Just(RoundingMode::Up),
        Just(RoundingMode::Down),
        Just(RoundingMode::Ceiling),
        Just(RoundingMode::Floor),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    // BILLING_RULES.md 4: prorating a whole cycle returns the amount (rounded once).
    #[test]
    fn a_whole_cycle_returns_the_amount(amount in amount(), days in 1_i128..=366, scale in 0_u32..=4, mode in mode()) {
        let whole = share(amount, days, days, scale, mode).unwrap();
        prop_assert_eq!(whole, share(amount, 1, 1, scale, mode).unwrap());
        if amount.scale() <= scale {
            prop_assert_eq!(whole, amount);
        }
    }

    // BILLING_RULES.md 4: allocated pieces always add up exactly to the rounded whole, and no
    // piece is more than one minor unit from its exact share.
    #[test]
    fn allocated_pieces_sum_exactly(amount in amount(), weights in prop::collection::vec(0_i64..1_000, 1..40), scale in 0_u32..=4, mode in mode()) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let weights: Vec<Decimal> = weights.into_iter().map(Decimal::from).collect();
        let pieces = allocate(amount, &weights, scale, mode).unwrap();
        let whole = share(amount, 1, 1, scale, mode).unwrap();
        prop_assert_eq!(pieces.iter().sum::<Decimal>(), whole);
        let total: Decimal = weights.iter().sum();
        let unit = Decimal::new(1, scale);
        for (piece, weight) in pieces.iter().zip(&weights) {
            let exact = whole * weight / total;
            prop_assert!((*piece - exact).abs() < unit, "{} vs {}", piece, exact);
        }
    }

    // BILLING_RULES.md 4: the two halves of a split period, allocated, sum to the whole; each
    // is within one minor unit of its own proration.
    #[test]
    fn two_halves_of_a_split_period_sum_to_the_whole(amount in amount(), total in 28_i128..=31, cut in 0_i128..=31, scale in 0_u32..=4, mode in mode()) {
        let before = cut.min(total);
        let after = total - before;
        let halves = allocate(amount, &[Decimal::from(before as i64), Decimal::from(after as i64)], scale, mode).unwrap();
        prop_assert_eq!(halves[0] + halves[1], share(amount, 1, 1, scale, mode).unwrap());
        let unit = Decimal::new(1, scale);
        prop_assert!((halves[0] - share(amount, before, total, scale, mode).unwrap()).abs() <= unit);
        prop_assert!((halves[1] - share(amount, after, total, scale, mode).unwrap()).abs() <= unit);
    }

    // The exact rounding agrees with rust_decimal's own rounding wherever the quotient is
    // exact at 28 digits (a differential check of RoundingMode::divide).
    #[test]
    fn rounding_agrees_with_rust_decimal_on_terminating_quotients(amount in amount(), halvings in 0_u32..=3, scale in 0_u32..=4, mode in mode()) {
        let denominator = 2_i128.pow(halvings);
        let exact = amount / Decimal::from(denominator as i64);
        let strategy = match mode {
            RoundingMode::HalfUp => rust_decimal::RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => rust_decimal::RoundingStrategy::MidpointNearestEven,
            RoundingMode::HalfDown => rust_decimal::RoundingStrategy::MidpointTowardZero,
            RoundingMode::Up => rust_decimal::RoundingStrategy::AwayFromZero,
            RoundingMode::Down => rust_decimal::RoundingStrategy::ToZero,
            RoundingMode::Ceiling => rust_decimal::RoundingStrategy::ToPositiveInfinity,
            RoundingMode::Floor => rust_decimal::RoundingStrategy::ToNegativeInfinity,
        };
        let mut expected = exact.round_dp_with_strategy(scale, strategy);
        expected.rescale(scale);
        prop_assert_eq!(share(amount, 1, denominator, scale, mode).unwrap(), expected);
    }
}

// The batch computes exactly what prorate computes, row by row, over every vector that
// prorates successfully; a failing row is named by column and index.
#[test]
fn a_batch_equals_prorate_row_by_row() {
    use billkit::proration::{prorate_batch, BatchColumns, BatchSettings};

    let vectors: Value = serde_json::from_str(include_str!("vectors/money.json")).unwrap();
    let mut compared = 0;
    for case in vectors["cases"].as_array().unwrap() {
        if case["function"] != "prorate" || case.get("error").is_some() {
            continue;
        }
        let input: ProrateInput = serde_json::from_value(case["input"].clone()).unwrap();
        let amount = case["input"]["amount"].as_str().unwrap();
        let (start, end) = (input.period_start.as_str(), input.period_end.as_str());
        let (from, to) = (input.from.as_str(), input.to.as_str());
        let rows = 3;
        let shares = prorate_batch(
            &BatchColumns {
                amounts: &vec![amount; rows],
                period_starts: &vec![start; rows],
                period_ends: &vec![end; rows],
                froms: &vec![from; rows],
                tos: &vec![to; rows],
            },
            &BatchSettings {
                timezone: input.timezone.clone(),
                unit: input.unit,
                currency: input.currency.clone(),
                rounding: input.rounding,
            },
        )
        .unwrap();
        let single = prorate(&input).unwrap();
        assert_eq!(
            shares.amounts,
            vec![single.amount; rows],
            "{}",
            case["name"]
        );
        assert_eq!(
            (shares.used[2], shares.total[2]),
            (single.used, single.total)
        );
        compared += 1;
    }
    assert!(compared >= 10);

    let error = prorate_batch(
        &BatchColumns {
            amounts: &["1.00", "2.00"],
            period_starts: &["2024-01-01", "2024-01-01"],
            period_ends: &["2024-02-01", "2024-02-01"],
            froms: &["2024-01-05", "2024-03-05"],
            tos: &["2024-02-01", "2024-02-01"],
        },
        &BatchSettings::default(),
    )
    .unwrap_err();
    assert_eq!(
        (error.code().as_str(), error.field()),
        ("out_of_range", "froms[1]")
    );
}
