//! Every documented bound (README "Limits"), probed on both sides by generated inputs: inside
//! it, no `out_of_range`; past it, `out_of_range` at the field that carries it. Through
//! `billkit::json::call`, as the package receives them.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};

/// The code and field of the call's error, or `None` when it succeeds.
fn refusal(function: &str, arguments: Value) -> Option<(String, String)> {
    billkit::json::call(function, &arguments.to_string())
        .err()
        .map(|error| (error.code().as_str().to_owned(), error.field().to_owned()))
}

/// Inside the bound: anything but `out_of_range`. Past it: `out_of_range` at `field`.
fn assert_bound(
    inside: bool,
    outcome: Option<(String, String)>,
    field: &str,
) -> Result<(), TestCaseError> {
    if inside {
        prop_assert!(
            !matches!(&outcome, Some((code, _)) if code == "out_of_range"),
            "refused inside the bound: {outcome:?}"
        );
    } else {
        prop_assert_eq!(outcome, Some(("out_of_range".to_owned(), field.to_owned())));
    }
    Ok(())
}

fn near(bound: i64) -> impl Strategy<Value = i64> {
    (bound - 40)..(bound + 40)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn billing_periods_count(count in near(10_000)) {
        let outcome = refusal("billingPeriods", json!([{ "start": "2024-01-31", "cadence": "daily", "count": count }]));
        assert_bound((1..=10_000).contains(&count), outcome, "count")?;
    }

    #[test]
    fn years_from_1970_to_2099(year in prop_oneof![near(1970), near(2099)], day in 1u32..=28) {
        let start = format!("{year:04}-03-{day:02}");
        let outcome = refusal("billingPeriods", json!([{ "start": start, "cadence": "monthly", "count": 1 }]));
        // A period starting in 2099 ends in 2100 only for the last one of the year.
        let inside = (1970..2099).contains(&year) || (year == 2099 && outcome.is_none());
        assert_bound(inside, outcome, "start")?;
    }

    #[test]
    fn amounts_below_ten_to_the_fifteenth(digits in 10usize..20, scale in 0usize..16) {
        let amount = format!("{}.{}", "9".repeat(digits), "5".repeat(scale));
        let amount = amount.trim_end_matches('.').to_owned();
        let outcome = refusal("prorate", json!([{ "amount": amount, "period_start": "2024-01-01", "period_end": "2024-02-01",
            "from": "2024-01-10", "to": "2024-02-01" }]));
        assert_bound(digits <= 15 && scale <= 12, outcome, "amount")?;
    }

    #[test]
    fn allocate_weights(count in near(10_000)) {
        let count = usize::try_from(count).unwrap_or(0);
        let outcome = refusal("allocate", json!([{ "amount": "100.00", "weights": vec!["1"; count], "currency": "USD" }]));
        assert_bound((1..=10_000).contains(&count), outcome, "weights")?;
    }

    #[test]
    fn phases_per_plan(count in near(100)) {
        let phases: Vec<Value> = (1..=count.max(0)).map(|order| json!({ "order": order, "duration": 1, "duration_unit": "monthly" })).collect();
        let outcome = refusal("phaseSchedule", json!([{ "start": "2024-01-01", "phases": phases }]));
        assert_bound((1..=100).contains(&count), outcome, "phases")?;
    }

    #[test]
    fn timeline_periods_and_events(count in near(1_000), events in near(1_000)) {
        let events: Vec<Value> = (0..events.max(0)).map(|_| json!({ "type": "quantity_change", "at": "2024-01-15", "price_id": "seat", "quantity": 2 })).collect();
        let input = json!([{ "start": "2024-01-01", "cadence": "daily", "currency": "USD", "count": count,
            "plan": { "id": "p", "prices": [{ "id": "seat", "amount": "1.00", "billing": "in_advance" }] }, "events": events.clone() }]);
        let outcome = refusal("subscriptionTimeline", input);
        // A list past its bound is refused as it is read, before any number is checked.
        let field = if events.len() > 1_000 { "events" } else { "count" };
        assert_bound((1..=1_000).contains(&count) && events.len() <= 1_000, outcome, field)?;
    }

    #[test]
    fn trial_days(days in near(3_650)) {
        let outcome = refusal("subscriptionTimeline", json!([{ "start": "2024-01-01", "cadence": "monthly", "currency": "USD", "count": 1,
            "plan": { "id": "p", "prices": [] }, "trial": { "days": days } }]));
        assert_bound((1..=3_650).contains(&days), outcome, "trial.days")?;
    }

    #[test]
    fn invoice_period_index_and_net_terms(index in near(9_999), net_terms in near(3_650)) {
        let subscription = json!({ "start_date": "1970-01-01", "customer": { "timezone": "UTC" }, "net_terms": net_terms,
            "price_intervals": [{ "start_date": "1970-01-01", "price": { "id": "fee", "model_type": "unit", "price_type": "fixed_price",
                "cadence": "daily", "unit_config": { "unit_amount": "1.00" }, "fixed_price_quantity": 1 } }] });
        let outcome = refusal("previewInvoice", json!([{ "subscription": subscription, "period_index": index, "currency": "USD" }]));
        // The subscription is checked before the request (`Subscription::new`, then `preview`).
        let terms_inside = (0..=3_650).contains(&net_terms);
        let field = if terms_inside { "period_index" } else { "subscription.net_terms" };
        assert_bound(terms_inside && (0..=9_999).contains(&index), outcome, field)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn timeline_ids_and_prices_per_plan(id_chars in 240usize..270, prices in 90usize..110) {
        let plan_id = "p".repeat(id_chars);
        let fees: Vec<Value> = (0..prices).map(|index| json!({ "id": format!("fee{index}"), "amount": "1.00", "billing": "in_advance" })).collect();
        let input = json!([{ "start": "2024-01-01", "cadence": "monthly", "currency": "USD", "count": 2,
            "plan": { "id": plan_id, "prices": fees } }]);
        let outcome = refusal("subscriptionTimeline", input);
        let field = if prices <= 100 { "plan.id" } else { "plan.prices" };
        assert_bound(id_chars <= billkit::MAX_NAME_CHARS && prices <= 100, outcome, field)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn invoice_ids_and_names(id_chars in 240usize..270, name_chars in 240usize..270, adjustment_chars in 240usize..270) {
        let price = json!({ "id": "p".repeat(id_chars), "name": "n".repeat(name_chars), "model_type": "unit",
            "price_type": "fixed_price", "cadence": "monthly", "unit_config": { "unit_amount": "1.00" }, "fixed_price_quantity": 1 });
        let adjustment = json!({ "start_date": "2024-01-01", "adjustment": { "id": "a".repeat(adjustment_chars),
            "adjustment_type": "amount_discount", "amount_discount": "0.50", "is_invoice_level": true } });
        let subscription = json!({ "start_date": "2024-01-01", "customer": { "timezone": "UTC" },
            "price_intervals": [{ "id": "pi", "start_date": "2024-01-01", "price": price }], "adjustment_intervals": [adjustment] });
        let outcome = refusal("previewInvoice", json!([{ "subscription": subscription, "period_index": 0, "currency": "USD" }]));
        let max = billkit::MAX_NAME_CHARS;
        let field = if id_chars > max {
            "subscription.price_intervals[0].price.id"
        } else if name_chars > max {
            "subscription.price_intervals[0].price.name"
        } else {
            "subscription.adjustment_intervals[0].adjustment.id"
        };
        assert_bound(id_chars <= max && name_chars <= max && adjustment_chars <= max, outcome, field)?;
    }
}
