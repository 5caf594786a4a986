//! The npm package's functions called by name, with their arguments and result as JSON text:
//! what the package computes, natively, for a Rust service that speaks JSON, for the fuzz
//! targets, and for the test that checks every runtime gives the same bytes.
//!
//! Results are written as the package's `JSON.stringify` of its result would write them, field
//! for field. Errors are the package's errors, word for word: the arguments are read by the
//! package's own reader (src/input), a JSON number as JS reads it.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, ErrorCode, Result};
use crate::tax_id::{self, TaxIdResult, TaxIdType, NOT_TEXT};
use crate::text::shorten;
use crate::unfit::not_a_string;

/// The functions [`call`] knows, by their JavaScript names.
pub const FUNCTIONS: &[&str] = &[
    "billingPeriods",
    "billingPeriodAt",
    "billingPeriodsBetween",
    "prorate",
    "prorateChange",
    "allocate",
    "phaseSchedule",
    "subscriptionTimeline",
    "previewInvoice",
    "validateTaxId",
    "taxIdTypes",
];

/// Calls the package function `function` with `arguments`, a JSON array of its arguments, and
/// returns its result as JSON text.
///
/// # Errors
///
/// The function's own errors; `invalid_input` when `function` is not one of [`FUNCTIONS`],
/// when `arguments` is not a JSON array, or when an argument does not fit its type.
///
/// # Examples
///
/// ```
/// let periods = billkit::json::call(
///     "billingPeriods",
///     r#"[{"start": "2024-01-31", "cadence": "monthly", "count": 2}]"#,
/// )?;
/// assert_eq!(
///     periods,
///     r#"[{"start":"2024-01-31T00:00:00+00:00","end":"2024-02-29T00:00:00+00:00","partial":false,"cycle_start":"2024-01-31T00:00:00+00:00","cycle_end":"2024-02-29T00:00:00+00:00"},{"start":"2024-02-29T00:00:00+00:00","end":"2024-03-31T00:00:00+00:00","partial":false,"cycle_start":"2024-02-29T00:00:00+00:00","cycle_end":"2024-03-31T00:00:00+00:00"}]"#
/// );
/// let error = billkit::json::call("billingPeriods", r#"[{"start": "2024-02-30", "cadence": "monthly", "count": 1}]"#)
///     .unwrap_err();
/// assert_eq!((error.code().as_str(), error.field()), ("invalid_date", "start"));
/// # Ok::<(), billkit::Error>(())
/// ```
pub fn call(function: &str, arguments: &str) -> Result<String> {
    let arguments: Vec<Value> = serde_json::from_str(arguments).map_err(|error| {
        invalid_input("", format!("the arguments are not a JSON array: {error}"))
    })?;
    let mut arguments = arguments.into_iter();
    let mut next = move || arguments.next().unwrap_or(Value::Null);
    match function {
        "billingPeriods" => write(&crate::billing_periods(&read(next())?)?),
        "billingPeriodAt" => {
            let subscription = read(next())?;
            let at = read_string(next(), "at")?;
            write(&crate::billing_period_at(&subscription, &at)?)
        }
        "billingPeriodsBetween" => {
            let subscription = read(next())?;
            let from = read_string(next(), "from")?;
            let to = read_string(next(), "to")?;
            write(&crate::billing_periods_between(&subscription, &from, &to)?)
        }
        "prorate" => write(&crate::proration::prorate(&read(next())?)?),
        "prorateChange" => write(&crate::proration::prorate_change(&read(next())?)?),
        "allocate" => {
            let pieces = crate::money::allocate_amount(&read(next())?)?;
            write(&pieces.iter().map(ToString::to_string).collect::<Vec<_>>())
        }
        "phaseSchedule" => write(&crate::phases::phase_schedule(&read(next())?)?),
        "subscriptionTimeline" => write(&crate::timeline::subscription_timeline(&read(next())?)?),
        "previewInvoice" => write(&crate::invoice::preview_invoice(&read(next())?)?),
        "validateTaxId" => write(&tax_id_result(&next())),
        "taxIdTypes" => write(
            &tax_id::tax_id_types()
                .iter()
                .map(|t| TaxIdTypeView(t))
                .collect::<Vec<_>>(),
        ),
        _ => Err(invalid_input(
            "",
            format!("`{}` is not a billkit function", shorten(function, 40)),
        )),
    }
}

/// `validateTaxId`'s reading of `{ country?, type, value }`: never an error; a value that is
/// not text is checked as a control character would be (`invalid_format`).
fn tax_id_result(input: &Value) -> TaxIdView {
    let text = |name: &str| match input.get(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) => Some(text.as_str()),
        Some(_) => Some(NOT_TEXT),
    };
    TaxIdView(tax_id::validate_tax_id(
        text("country"),
        text("type").unwrap_or_default(),
        text("value").unwrap_or(NOT_TEXT),
    ))
}

/// A [`TaxIdResult`] with the package's field names.
struct TaxIdView(TaxIdResult);

impl Serialize for TaxIdView {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let result = &self.0;
        let mut object = serializer.serialize_struct("TaxIdResult", 6)?;
        object.serialize_field("valid", &result.valid)?;
        object.serialize_field("country", &result.country)?;
        object.serialize_field("type", &result.type_name)?;
        object.serialize_field("compact", &result.compact)?;
        object.serialize_field("formatted", &result.formatted)?;
        object.serialize_field("reason", &result.reason.map(|reason| reason.as_str()))?;
        object.end()
    }
}

/// A [`TaxIdType`] as `taxIdTypes` lists it.
struct TaxIdTypeView(&'static TaxIdType);

impl Serialize for TaxIdTypeView {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let kind = self.0;
        let mut object = serializer.serialize_struct("TaxIdType", 7)?;
        object.serialize_field("country", kind.country)?;
        object.serialize_field("type", kind.name)?;
        object.serialize_field("description", kind.description)?;
        object.serialize_field("checksum", &kind.checksum)?;
        object.serialize_field("rule", kind.rule)?;
        object.serialize_field("source", kind.source)?;
        object.serialize_field("example", kind.example)?;
        object.end()
    }
}

fn read<I: DeserializeOwned>(argument: Value) -> Result<I> {
    crate::input::read(&argument, "")
}

fn read_string(argument: Value, field: &str) -> Result<String> {
    match argument {
        Value::String(text) => Ok(text),
        _ => Err(not_a_string(field)),
    }
}

fn write<T: Serialize + ?Sized>(result: &T) -> Result<String> {
    serde_json::to_string(result)
        .map_err(|error| invalid_input("", format!("the result could not be written: {error}")))
}

fn invalid_input(field: &str, message: String) -> Error {
    Error::new(ErrorCode::InvalidInput, field, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_function_is_called_and_no_other() {
        for function in FUNCTIONS {
            let outcome = call(function, "[]");
            let unknown =
                outcome.is_err_and(|error| error.message().contains("is not a billkit function"));
            assert!(!unknown, "{function}");
        }
        let error = call("billing_periods", "[]").unwrap_err();
        assert_eq!(error.code(), ErrorCode::InvalidInput);
        assert!(error
            .message()
            .contains("`billing_periods` is not a billkit function"));
    }

    #[test]
    fn results_and_errors_are_the_packages() {
        let result = call(
            "validateTaxId",
            r#"[{"country": "DE", "type": "eu_vat", "value": "de 136.695.976"}]"#,
        );
        assert_eq!(
            result.ok().as_deref(),
            Some(
                r#"{"valid":true,"country":"DE","type":"eu_vat","compact":"DE136695976","formatted":"DE136695976","reason":null}"#
            )
        );
        let prorate = r#"[{"amount": 10, "period_start": "2024-01-01", "period_end": "2024-02-01", "from": "2024-01-10", "to": "2024-02-01"}]"#;
        let error = call("prorate", prorate).unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::InvalidAmount, "amount")
        );
        let error = call(
            "allocate",
            r#"[{"amount": "1.00", "weights": [true], "currency": "USD"}]"#,
        )
        .unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::InvalidInput, "weights[0]")
        );
    }
}
