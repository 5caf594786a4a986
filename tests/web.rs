//! The binding layer under wasm: in Node (`wasm-pack test --node`) and in headless Chromium
//! (`--chrome --features browser-tests`). Each test crosses the real JS boundary: inputs are
//! JS objects parsed from JSON, outputs are read back as JS values.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

#[cfg(feature = "browser-tests")]
wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn json(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

fn property(value: &JsValue, name: &str) -> String {
    Reflect::get(value, &name.into())
        .unwrap()
        .as_string()
        .unwrap()
}

// API.md's billingPeriods example: anchor 31 in New York from 2024-01-15.
#[wasm_bindgen_test]
fn first_two_periods_of_the_api_example() {
    let input = js(
        r#"{"start":"2024-01-15","timezone":"America/New_York","cadence":"monthly",
        "anchor":{"day":31},"end":null,"count":2}"#,
    );
    let periods = billkit::bindings::billing_periods(input).unwrap();
    assert_eq!(
        json(&periods),
        concat!(
            r#"[{"start":"2024-01-15T00:00:00-05:00","end":"2024-01-31T00:00:00-05:00","#,
            r#""partial":true,"cycle_start":"2023-12-31T00:00:00-05:00","#,
            r#""cycle_end":"2024-01-31T00:00:00-05:00"},"#,
            r#"{"start":"2024-01-31T00:00:00-05:00","end":"2024-02-29T00:00:00-05:00","#,
            r#""partial":false,"cycle_start":"2024-01-31T00:00:00-05:00","#,
            r#""cycle_end":"2024-02-29T00:00:00-05:00"}]"#
        )
    );
}

#[wasm_bindgen_test]
fn a_bad_time_zone_throws_a_billkit_error_with_code_and_field() {
    let input =
        js(r#"{"start":"2024-01-15","timezone":"Mars/Olympus","cadence":"monthly","count":1}"#);
    let error = billkit::bindings::billing_periods(input).unwrap_err();
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(property(&error, "name"), "BillkitError");
    assert_eq!(property(&error, "code"), "invalid_timezone");
    assert_eq!(property(&error, "field"), "timezone");
    assert!(property(&error, "message").contains("Mars/Olympus"));
}

#[wasm_bindgen_test]
fn a_wrong_type_names_the_nested_field() {
    let input = js(r#"{"start":"2024-01-15","cadence":"monthly","anchor":{"day":"31"},"count":1}"#);
    let error = billkit::bindings::billing_periods(input).unwrap_err();
    assert_eq!(property(&error, "code"), "invalid_input");
    assert_eq!(property(&error, "field"), "anchor.day");
}

#[wasm_bindgen_test]
fn input_that_is_not_an_object_is_refused_and_the_module_keeps_working() {
    for junk in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from(42),
        js("[1,2]"),
    ] {
        let error = billkit::bindings::billing_periods(junk).unwrap_err();
        assert_eq!(property(&error, "code"), "invalid_input");
    }
    let input = js(r#"{"start":"2024-02-29","cadence":"monthly","count":1}"#);
    let periods = billkit::bindings::billing_periods(input).unwrap();
    assert!(json(&periods).contains(r#""end":"2024-03-29T00:00:00+00:00""#));
}

// BILLING_RULES.md 1: with anchor 31, the period holding 2031-03-30 runs Feb 28 to Mar 31.
#[wasm_bindgen_test]
fn the_period_at_an_instant_far_from_the_start() {
    let subscription =
        js(r#"{"start":"2024-01-31","timezone":"Europe/Berlin","cadence":"monthly"}"#);
    let period =
        billkit::bindings::billing_period_at(subscription.clone(), "2031-03-30T12:00:00Z".into())
            .unwrap();
    assert_eq!(property(&period, "start"), "2031-02-28T00:00:00+01:00");
    assert_eq!(property(&period, "end"), "2031-03-31T00:00:00+02:00");
    let before = billkit::bindings::billing_period_at(subscription, "2024-01-30".into()).unwrap();
    assert!(before.is_null());
}

// BILLING_RULES.md 4: $100 for March in Los Angeles, from local midnight on the 16th:
// 16/31 days = 51.61, 16 x 86,400 of 2,674,800 seconds = 51.68.
#[wasm_bindgen_test]
fn prorate_by_days_and_by_seconds() {
    for (unit, expected) in [("day", "51.61"), ("second", "51.68")] {
        let input = js(&format!(
            r#"{{"amount":"100.00","period_start":"2024-03-01","period_end":"2024-04-01",
                "from":"2024-03-16","to":"2024-04-01","timezone":"America/Los_Angeles",
                "unit":"{unit}","currency":"USD"}}"#
        ));
        let proration = billkit::bindings::prorate(input).unwrap();
        assert_eq!(property(&proration, "amount"), expected);
    }
}

#[wasm_bindgen_test]
fn a_js_number_for_money_is_refused() {
    let input = js(
        r#"{"amount":100,"period_start":"2024-03-01","period_end":"2024-04-01",
        "from":"2024-03-16","to":"2024-04-01","currency":"USD"}"#,
    );
    let error = billkit::bindings::prorate(input).unwrap_err();
    assert_eq!(property(&error, "code"), "invalid_amount");
    assert_eq!(property(&error, "field"), "amount");
}

// API.md's phaseSchedule example: the trigger on Jan 20 ends phase 1 early.
#[wasm_bindgen_test]
fn phase_schedule_of_the_api_example() {
    let input = js(r#"{"start":"2024-01-15","timezone":"UTC",
        "phases":[{"order":1,"duration":14,"duration_unit":"daily"},{"order":2,"duration":null,"duration_unit":null}],
        "transitions":[{"order":2,"effective":"2024-01-20"}]}"#);
    let phases = billkit::bindings::phase_schedule(input).unwrap();
    assert_eq!(
        json(&phases),
        concat!(
            r#"[{"order":1,"start":"2024-01-15T00:00:00+00:00","end":"2024-01-20T00:00:00+00:00"},"#,
            r#"{"order":2,"start":"2024-01-20T00:00:00+00:00","end":null}]"#
        )
    );
}

// Stripe's example through the timeline: $10 to $20 halfway through April.
#[wasm_bindgen_test]
fn a_timeline_with_an_upgrade() {
    let input = js(
        r#"{"start":"2024-04-01","cadence":"monthly","currency":"USD","count":1,
        "plan":{"id":"basic","prices":[{"id":"base","amount":"10.00","billing":"in_advance"}]},
        "events":[{"type":"plan_change","at":"2024-04-16",
                   "plan":{"id":"pro","prices":[{"id":"base","amount":"20.00","billing":"in_advance"}]}}]}"#,
    );
    let periods = billkit::bindings::subscription_timeline(input).unwrap();
    let text = json(&periods);
    assert!(text.contains(r#""amount":"-5.00""#), "{text}");
    assert!(
        text.contains(r#""amount":"10.00","exact":"10","used":15,"total":30"#),
        "{text}"
    );
}

// Kill Bill's 8.52 (12.00 for 22 of January's 31 days) in a batch, next to a number that
// must be refused.
#[wasm_bindgen_test]
fn a_batch_of_prorations() {
    let input = js(
        r#"{"amounts":["12.00"],"period_starts":["2014-01-01"],"period_ends":["2014-02-01"],
        "froms":["2014-01-01"],"tos":["2014-01-23"],"currency":"USD"}"#,
    );
    let shares = billkit::bindings::prorate_batch(input).unwrap();
    assert_eq!(
        json(&shares),
        r#"{"amounts":["8.52"],"used":[22],"total":[31]}"#
    );
    let numbers = js(
        r#"{"amounts":[12],"period_starts":["2014-01-01"],"period_ends":["2014-02-01"],
        "froms":["2014-01-01"],"tos":["2014-01-23"],"currency":"USD"}"#,
    );
    let error = billkit::bindings::prorate_batch(numbers).unwrap_err();
    assert_eq!(property(&error, "field"), "amounts[0]");
}
