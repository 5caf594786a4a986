//! The JavaScript binding: the one module that touches wasm-bindgen, js-sys and
//! serde-wasm-bindgen. Each export reads a plain JS object into the core's input type (the
//! core's reader over `js_source`), calls the core, and returns plain JS data; every core
//! [`Error`] becomes a thrown `BillkitError`.

mod batch;
pub use batch::prorate_batch;
mod columns;
mod errors;
mod invoice_cells;
mod js_source;
mod json_rows;
mod preview_request;
mod tax_id;
pub use tax_id::{tax_id_types, validate_tax_id, validate_tax_ids};
mod text_encoder;
mod types;
mod utf16_fields;

use js_sys::JSON;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::calendar::period_json::{period_json, periods_json};
use crate::error::{Error, ErrorCode};
use invoice_cells::invoice_value;

/// The billing periods of a subscription, in order: every boundary the first instant of an
/// anchor day in `timezone`; the first period partial when `start` is not a boundary, the
/// last cut at `end`. Each period carries its nominal cycle (`cycle_start`, `cycle_end`),
/// the proration denominator. Throws a `BillkitError` for input it refuses.
#[wasm_bindgen(js_name = billingPeriods, unchecked_return_type = "Period[]")]
pub fn billing_periods(
    #[wasm_bindgen(unchecked_param_type = "BillingPeriodsInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    let periods = crate::billing_periods(&input)?;
    JSON::parse(&periods_json(&periods))
}

/// The period of `subscription` that holds the instant `at` (a date or RFC 3339 instant):
/// Orb's current billing period when `at` is now. `null` before the start or at or after
/// the end. Found directly, without walking from the start; `count` is not read.
#[wasm_bindgen(js_name = billingPeriodAt, unchecked_return_type = "Period | null")]
pub fn billing_period_at(
    #[wasm_bindgen(unchecked_param_type = "BillingPeriodsInput")] subscription: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] at: JsValue,
) -> Result<JsValue, JsValue> {
    let subscription = read(subscription)?;
    let at = read_string(at, "at")?;
    let period = crate::billing_period_at(&subscription, &at)?;
    JSON::parse(&period_json(period.as_ref()))
}

/// The periods of `subscription` that overlap `[from, to)` (dates or RFC 3339 instants),
/// whole, in order. Found directly, without walking from the start; `count` is not read.
#[wasm_bindgen(js_name = billingPeriodsBetween, unchecked_return_type = "Period[]")]
pub fn billing_periods_between(
    #[wasm_bindgen(unchecked_param_type = "BillingPeriodsInput")] subscription: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] to: JsValue,
) -> Result<JsValue, JsValue> {
    let subscription = read(subscription)?;
    let from = read_string(from, "from")?;
    let to = read_string(to, "to")?;
    let periods = crate::billing_periods_between(&subscription, &from, &to)?;
    JSON::parse(&periods_json(&periods))
}

/// The share of `amount` for `[from, to)` of the period `[period_start, period_end)`, counted
/// in local days (or seconds) and rounded once to the currency's minor unit, with the exact
/// fraction `used / total`. Amounts are decimal strings; a JS number is refused.
#[wasm_bindgen(js_name = prorate, unchecked_return_type = "Proration")]
pub fn prorate(
    #[wasm_bindgen(unchecked_param_type = "ProrateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    write(&crate::proration::prorate(&input)?)
}

/// The credit and charge lines a change at `at` in the middle of a period causes: a plan
/// change, a fixed-fee quantity change or a cancellation. Each line is rounded once from its
/// exact value and explained ("Unused time on the old plan: 15/30 days of 10.00").
#[wasm_bindgen(js_name = prorateChange, unchecked_return_type = "ProrationLine[]")]
pub fn prorate_change(
    #[wasm_bindgen(unchecked_param_type = "ProrateChangeInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    write(&crate::proration::prorate_change(&input)?)
}

/// Splits `amount` into pieces proportional to `weights` that add up exactly to the amount
/// rounded to the currency's minor unit (largest remainder; ties to the earlier piece).
#[wasm_bindgen(js_name = allocate, unchecked_return_type = "string[]")]
pub fn allocate(
    #[wasm_bindgen(unchecked_param_type = "AllocateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    let pieces = crate::money::allocate_amount(&input)?;
    let pieces: Vec<String> = pieces.iter().map(ToString::to_string).collect();
    write(&pieces)
}

/// When each phase of a plan begins and ends: phase k starts where phase k-1 ends, a phase
/// ends its duration after its own start (months clamped, never drifting), and a transition
/// (Orb's trigger phase) starts the phase of its order early. `end` is `null` for an
/// evergreen phase.
#[wasm_bindgen(js_name = phaseSchedule, unchecked_return_type = "Phase[]")]
pub fn phase_schedule(
    #[wasm_bindgen(unchecked_param_type = "PhaseScheduleInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    write(&crate::phases::phase_schedule(&input)?)
}

/// What a subscription bills, period by period: the trial, then billing periods on the plan
/// in effect, each with its fees in advance and in arrears and the credit and charge lines
/// of each change inside it (plan changes, quantity changes, cancellation).
#[wasm_bindgen(js_name = subscriptionTimeline, unchecked_return_type = "TimelinePeriod[]")]
pub fn subscription_timeline(
    #[wasm_bindgen(unchecked_param_type = "TimelineInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    write(&crate::timeline::subscription_timeline(&input)?)
}

/// The invoice an Orb subscription produces when a billing period starts: fixed fees in
/// advance for it, and for the period before it fees in arrears, usage priced by Orb's
/// models and the credits and charges of changes; adjusted in Orb's order, each line rounded
/// once, the total the sum of the lines, the customer's balance applied after it.
#[wasm_bindgen(js_name = previewInvoice, unchecked_return_type = "Invoice")]
pub fn preview_invoice(
    #[wasm_bindgen(unchecked_param_type = "PreviewInvoiceInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    Ok(invoice_value(&crate::invoice::preview_invoice(&input)?))
}

/// An Orb subscription read and checked once, to preview as many of its invoices as needed:
/// `new Subscription(orbSubscription).previewInvoice({ usage, period_index })` gives what
/// `previewInvoice({ subscription: orbSubscription, usage, period_index })` gives, without
/// reading the subscription again on each call (a page re-previewing as its visitor moves
/// a usage slider). Its memory is freed when it is garbage collected, or by `free()`.
#[wasm_bindgen(js_name = Subscription)]
pub struct PreparedSubscription(crate::invoice::Subscription);

#[wasm_bindgen(js_class = Subscription)]
impl PreparedSubscription {
    /// Reads and checks an Orb Subscription object; throws a `BillkitError` naming the
    /// field (`subscription.price_intervals[2].price`) for one it refuses.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "OrbSubscription")] subscription: JsValue,
    ) -> Result<PreparedSubscription, JsValue> {
        let subscription = read_field(subscription, "subscription")?;
        Ok(PreparedSubscription(crate::invoice::Subscription::new(
            &subscription,
        )?))
    }

    /// The invoice `request` asks for (`previewInvoice`'s input without `subscription`).
    #[wasm_bindgen(js_name = previewInvoice, unchecked_return_type = "Invoice")]
    pub fn preview_invoice(
        &self,
        #[wasm_bindgen(unchecked_param_type = "PreviewRequest")] request: JsValue,
    ) -> Result<JsValue, JsValue> {
        let request = preview_request::read_request(request)?;
        Ok(invoice_value(&self.0.preview(&request)?))
    }
}

/// Writes a small result as plain JS data (objects, arrays, strings, numbers).
fn write<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| {
            JsValue::from(Error::new(
                ErrorCode::InvalidInput,
                "",
                format!("the result could not be written: {error}"),
            ))
        })
}

/// The string a positional argument must be, or a `BillkitError` naming it.
fn read_string(value: JsValue, field: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| JsValue::from(crate::unfit::not_a_string(field)))
}

/// Reads a JS value as an `I`; a value that does not fit is a thrown `BillkitError` naming
/// its field (`invalid_input`, or `out_of_range` for a list past its bound).
pub(crate) fn read<I: DeserializeOwned>(input: JsValue) -> Result<I, JsValue> {
    read_field(input, "")
}

/// [`read`] for a value that is the field `field` of the documented input, so that its
/// errors name `field.price_intervals[2]` as they would in the whole input.
fn read_field<I: DeserializeOwned>(input: JsValue, field: &str) -> Result<I, JsValue> {
    crate::input::read(input, field).map_err(JsValue::from)
}
