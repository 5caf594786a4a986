//! `preview_invoice` natively, on the shared vectors (tests/vectors/invoice.json, each case
//! with its source), and its properties over generated subscriptions.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use billkit::invoice::{preview_invoice, PreviewInvoiceInput};
use serde_json::Value;

/// Asserts that `got` has every field of `expected`: objects by their keys, arrays element
/// by element with equal lengths.
fn assert_subset(name: &str, path: &str, got: &Value, expected: &Value) {
    match (got, expected) {
        (Value::Object(got), Value::Object(expected)) => {
            for (key, value) in expected {
                let field = got
                    .get(key)
                    .unwrap_or_else(|| panic!("{name}: no {path}.{key}"));
                assert_subset(name, &format!("{path}.{key}"), field, value);
            }
        }
        (Value::Array(got), Value::Array(expected)) => {
            assert_eq!(
                got.len(),
                expected.len(),
                "{name}: length of {path}: {got:#?}"
            );
            for (index, (got, expected)) in got.iter().zip(expected).enumerate() {
                assert_subset(name, &format!("{path}[{index}]"), got, expected);
            }
        }
        _ => assert_eq!(got, expected, "{name}: {path}"),
    }
}

#[test]
fn shared_vectors() {
    let vectors: Value = serde_json::from_str(include_str!("vectors/invoice.json")).unwrap();
    let cases = vectors["cases"].as_array().unwrap();
    assert!(cases.len() >= 12);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let input: PreviewInvoiceInput = serde_json::from_value(case["input"].clone()).unwrap();
        match (preview_invoice(&input), case.get("error")) {
            (Ok(invoice), None) => assert_subset(
                name,
                "invoice",
                &serde_json::to_value(&invoice).unwrap(),
                &case["expect"],
            ),
            (Err(error), Some(expected)) => {
                assert_eq!(error.code().as_str(), expected["code"], "{name}: {error}");
                assert_eq!(error.field(), expected["field"], "{name}: {error}");
            }
            (got, _) => panic!("{name}: unexpected {got:?}"),
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use serde_json::json;

    fn price(id: &str, fixed: bool, amount: i64, tiered: bool) -> Value {
        let unit_amount = Decimal::new(amount, 2).to_string();
        let mut price = json!({
            "id": id, "model_type": if tiered { "tiered" } else { "unit" },
            "price_type": if fixed { "fixed_price" } else { "usage_price" }, "cadence": "monthly",
            "fixed_price_quantity": if fixed { json!(amount % 4 + 1) } else { Value::Null },
        });
        if tiered {
            price["tiered_config"] = json!({ "tiers": [
                { "first_unit": 0, "last_unit": 100, "unit_amount": unit_amount },
                { "first_unit": 100, "last_unit": null, "unit_amount": "0.015" },
            ]});
        } else {
            price["unit_config"] = json!({ "unit_amount": unit_amount });
        }
        price
    }

    prop_compose! {
        fn adjustment()(kind in 0_usize..5, value in 0_i64..20_000, invoice_level: bool, target in 0_usize..4)
            -> Value {
            let (name, field, amount) = match kind {
                0 => ("usage_discount", "usage_discount", json!(value % 300)),
                1 => ("amount_discount", "amount_discount", json!(Decimal::new(value, 2).to_string())),
                2 => ("percentage_discount", "percentage_discount", json!(format!("0.{:02}", value % 100))),
                3 => ("minimum", "minimum_amount", json!(Decimal::new(value, 2).to_string())),
                _ => ("maximum", "maximum_amount", json!(Decimal::new(value, 2).to_string())),
            };
            json!({ "start_date": "2020-01-01", "adjustment": {
                "adjustment_type": name, field: amount, "is_invoice_level": invoice_level,
                "applies_to_price_ids": [format!("p{target}")],
            }})
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        // Issue 6's properties: the total is the sum of the lines, the subtotal the sum of
        // their subtotals, only credits go below zero, and every figure is in whole minor
        // units; over random fees, usage, mid-period changes and adjustments in any zone.
        #[test]
        fn totals_are_the_sum_of_lines_and_only_credits_are_negative(
            amounts in proptest::collection::vec(1_i64..50_000, 4),
            kinds in proptest::collection::vec(any::<bool>(), 4),
            tiered in any::<bool>(),
            usage in proptest::collection::vec(0_i64..1_000, 4),
            adjustments in proptest::collection::vec(adjustment(), 0..5),
            start_day in 0_i64..2_000, change_day in 1_i64..60, period_index in 0_i64..4,
            zone in prop_oneof![Just("UTC"), Just("America/New_York"), Just("Australia/Lord_Howe")],
            currency in prop_oneof![Just("USD"), Just("JPY"), Just("KWD")],
            balance in -5_000_i64..5_000,
        ) {
            let start = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Duration::days(start_day);
            let change = start + chrono::Duration::days(change_day);
            let mut intervals = Vec::new();
            for (index, (amount, fixed)) in amounts.iter().zip(&kinds).enumerate() {
                let id = format!("p{index}");
                // The first price is replaced by a dearer one at the change.
                let end = if index == 0 { json!(change.to_string()) } else { Value::Null };
                intervals.push(json!({ "id": format!("i{index}"), "start_date": start.to_string(), "end_date": end,
                    "price": price(&id, *fixed, *amount, tiered && !fixed) }));
            }
            intervals.push(json!({ "id": "i_new", "start_date": change.to_string(),
                "price": price("p0", kinds[0], amounts[0] * 2, false) }));
            let usage: serde_json::Map<String, Value> =
                usage.iter().enumerate().map(|(index, quantity)| (format!("p{index}"), json!(quantity))).collect();
            let input = json!({
                "subscription": {
                    "start_date": start.to_string(),
                    "customer": { "timezone": zone, "balance": Decimal::new(balance, 2).to_string() },
                    "plan": { "currency": currency },
                    "price_intervals": intervals, "adjustment_intervals": adjustments,
                },
                "usage": usage, "period_index": period_index,
            });
            let input: PreviewInvoiceInput = serde_json::from_value(input).unwrap();
            let invoice = preview_invoice(&input).unwrap();
            let scale = match currency { "JPY" => 0, "KWD" => 3, _ => 2 };
            let sum_amounts: Decimal = invoice.lines.iter().map(|line| line.amount).sum();
            let sum_subtotals: Decimal = invoice.lines.iter().map(|line| line.subtotal).sum();
            prop_assert_eq!(invoice.total, sum_amounts);
            prop_assert_eq!(invoice.subtotal, sum_subtotals);
            prop_assert_eq!(invoice.amount_due, invoice.total - invoice.balance_applied);
            for line in &invoice.lines {
                let adjusted: Decimal = line.adjustments.iter().map(|adjustment| adjustment.amount).sum();
                prop_assert_eq!(line.amount, line.subtotal + adjusted);
                prop_assert!(line.amount.scale() <= scale, "{:?}", line);
                if line.kind != billkit::invoice::InvoiceLineKind::Credit {
                    prop_assert!(line.amount >= Decimal::ZERO, "{:?}", line);
                }
            }
        }
    }
}
