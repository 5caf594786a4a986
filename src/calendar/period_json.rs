//! Period lists as JSON text, for one `JSON.parse` on the JS side (the package's period
//! functions and invoices).
//!
//! Measured on the calendar benchmark: building 24 period objects property by property
//! (one string decode and one property set per field) cost more than computing them; one
//! buffer and one parse cost a fraction. The text equals what serde writes for [`Period`]
//! (tested below), so the shape stays the documented one.

use crate::calendar::instant::push_instant;
use crate::Period;

/// About the length of one period's JSON, to size the buffer once.
const PERIOD_JSON_LEN: usize = 170;

/// `periods` as a JSON array of `{start, end, partial, cycle_start, cycle_end}`.
pub(crate) fn periods_json(periods: &[Period]) -> String {
    let mut json = String::with_capacity(2 + periods.len() * PERIOD_JSON_LEN);
    json.push('[');
    for (index, period) in periods.iter().enumerate() {
        if index > 0 {
            json.push(',');
        }
        push_period(&mut json, period);
    }
    json.push(']');
    json
}

/// `period` as a JSON object, or `null`.
pub(crate) fn period_json(period: Option<&Period>) -> String {
    let mut json = String::with_capacity(PERIOD_JSON_LEN);
    match period {
        Some(period) => push_period(&mut json, period),
        None => json.push_str("null"),
    }
    json
}

fn push_period(json: &mut String, period: &Period) {
    json.push_str("{\"start\":\"");
    push_instant(json, &period.start);
    json.push_str("\",\"end\":\"");
    push_instant(json, &period.end);
    json.push_str("\",\"partial\":");
    json.push_str(if period.partial { "true" } else { "false" });
    json.push_str(",\"cycle_start\":\"");
    push_instant(json, &period.cycle_start);
    json.push_str("\",\"cycle_end\":\"");
    push_instant(json, &period.cycle_end);
    json.push_str("\"}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{billing_periods, BillingPeriodsInput};

    #[test]
    fn equals_the_serde_encoding() {
        let vectors: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/vectors/billing_periods.json")).unwrap();
        let mut compared = 0;
        for case in vectors["cases"].as_array().unwrap() {
            let input: BillingPeriodsInput = serde_json::from_value(case["input"].clone()).unwrap();
            if let Ok(periods) = billing_periods(&input) {
                assert_eq!(
                    periods_json(&periods),
                    serde_json::to_string(&periods).unwrap()
                );
                compared += 1;
            }
        }
        assert!(compared >= 10);
        assert_eq!(periods_json(&[]), "[]");
        assert_eq!(period_json(None), "null");
    }
}
