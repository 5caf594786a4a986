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
