//! The fuzz harness, shared by the cargo-fuzz targets (`fuzz_targets/`) and the corpus replay
//! that `make test` runs (`tests/fuzz_corpus.rs`): fuzz bytes become the JSON arguments of
//! one package function, called through `billkit::json::call`. Half the inputs are taken as
//! JSON text as they are (arbitrary JSON, and the seeds' real inputs as libFuzzer mutates
//! them); the other half are decoded into JSON built from billkit's own field names and
//! telling values (structured JSON: reaches deep into inputs that text mutation rarely keeps
//! well-formed).

use serde_json::{Map, Number, Value};

/// The fuzz targets (`fuzz_targets/<target>.rs`) and the package function each calls.
pub const TARGETS: &[(&str, &str)] = &[
    ("billing_periods", "billingPeriods"),
    ("billing_period_at", "billingPeriodAt"),
    ("billing_periods_between", "billingPeriodsBetween"),
    ("prorate", "prorate"),
    ("prorate_change", "prorateChange"),
    ("allocate", "allocate"),
    ("phase_schedule", "phaseSchedule"),
    ("subscription_timeline", "subscriptionTimeline"),
    ("preview_invoice", "previewInvoice"),
    ("validate_tax_id", "validateTaxId"),
];

/// What a call must satisfy whatever its input: a result that is JSON, or an error with a
/// code and a message. A panic, a hang or a blown memory limit is the fuzzer's to catch.
///
/// # Errors
///
/// Describes the broken promise.
pub fn exercise(function: &str, data: &[u8]) -> Result<(), String> {
    let Some((&mode, rest)) = data.split_first() else {
        return Ok(());
    };
    let arguments = if mode % 2 == 0 {
        match std::str::from_utf8(rest) {
            Ok(text) => text.to_owned(),
            Err(_) => return Ok(()),
        }
    } else {
        Value::Array(Structured::new(rest).arguments()).to_string()
    };
    match billkit::json::call(function, &arguments) {
        Ok(result) => serde_json::from_str::<Value>(&result)
            .map(drop)
            .map_err(|error| format!("{function} wrote invalid JSON ({error}): {result}")),
        Err(error) if error.message().is_empty() => Err(format!(
            "{function} gave {} at `{}` without a message",
            error.code(),
            error.field()
        )),
        Err(_) => Ok(()),
    }
}

/// Every field name of billkit's inputs (and of Orb's objects it reads).
#[rustfmt::skip]
const KEYS: &[&str] = &[
    "adjustment", "adjustment_intervals", "adjustment_type", "amount", "amount_discount", "anchor",
    "applies_to_price_ids", "applies_to_price_interval_ids", "at", "balance", "billing",
    "billing_cycle_alignment", "billing_cycle_anchor_configuration", "billing_cycle_configuration",
    "bps", "bps_config", "bulk_bps_config", "bulk_config", "cadence", "change", "change_option",
    "code", "count", "country", "currency", "customer", "day", "days", "default_unit_amount",
    "dimension_values", "dimensions", "duration", "duration_unit", "effective", "effective_date",
    "end", "end_date", "events", "first_unit", "fixed_fee_quantity_transitions",
    "fixed_price_quantity", "free_cycles", "from", "id", "initial_phase_order", "is_invoice_level",
    "last_unit", "matrix_config", "matrix_values", "maximum_amount", "maximum_units",
    "minimum_amount", "model_type", "month", "name", "net_terms", "new_amount", "new_quantity",
    "old_amount", "old_quantity", "order", "package_amount", "package_config", "package_size",
    "per_unit_maximum", "percentage_discount", "period_end", "period_index", "period_start",
    "phases", "plan", "plan_phase_order", "price", "price_id", "price_intervals", "price_type",
    "prices", "quantity", "rounding", "scale", "start", "start_date", "subscription", "tiered_bps_config",
    "tiered_config", "tiers", "timezone", "to", "transitions", "trial", "type", "unit",
    "unit_amount", "unit_config", "usage", "usage_discount", "value", "weights", "year",
];

/// Values that sit on billkit's edges: month ends, DST days, the year bounds, unknown names,
/// amounts at the limits, every enum word.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "2024-01-31", "2024-02-29", "2023-02-29", "2024-02-30", "1969-12-31", "1970-01-01",
    "2099-12-31", "2100-01-01", "0000-01-01", "2024-03-10T02:30:00-05:00", "2024-11-03T01:30:00Z",
    "2011-12-30", "2024-13-01", "UTC", "America/New_York", "Pacific/Apia", "Australia/Lord_Howe",
    "Asia/Kathmandu", "America/Sao_Paulo", "Bad/Zone", "", "daily", "weekly", "monthly",
    "quarterly", "semi_annual", "annual", "one_time", "custom", "0", "0.00", "10.00", "-5.00",
    "1e3", "999999999999999", "99999999999999.999999999999", "0.0000000000001", "NaN", "USD",
    "JPY", "KWD", "CLF", "XYZ", "half_up", "half_even", "floor", "day", "second", "month",
    "plan_change", "quantity_change", "cancellation", "phase_trigger", "immediate",
    "end_of_subscription_term", "plan_change_date", "start_of_month", "in_advance", "in_arrears",
    "unit", "package", "tiered", "bulk", "matrix", "bps", "tiered_bps", "bulk_bps",
    "fixed_price", "usage_price", "percentage_discount", "amount_discount", "usage_discount",
    "minimum", "maximum", "eu_vat", "DE", "EL", "XI", "DE136695976", "br_cnpj", "in_gst",
    "12.ABC.345/01DE-35", "\u{0}", "𝟘𝟙", "٣", "base", "calls",
];

#[rustfmt::skip]
const NUMBERS: &[i64] = &[0, 1, -1, 2, 12, 28, 29, 30, 31, 32, 100, 9_999, 10_000, 10_001, i64::MAX, i64::MIN];

/// Reads fuzz bytes as choices; runs out into zeros, so every input decodes.
struct Structured<'a> {
    bytes: std::slice::Iter<'a, u8>,
}

impl<'a> Structured<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Structured {
            bytes: bytes.iter(),
        }
    }

    fn byte(&mut self) -> u8 {
        self.bytes.next().copied().unwrap_or(0)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        let count = items.len().max(1);
        items.get(usize::from(self.byte()) % count).copied()
    }

    /// One to three arguments, the first an object, as every function but `taxIdTypes` takes.
    fn arguments(&mut self) -> Vec<Value> {
        let count = 1 + usize::from(self.byte() % 3);
        let mut arguments = vec![self.object(0)];
        arguments.extend((1..count).map(|_| self.value(1)));
        arguments
    }

    fn object(&mut self, depth: u8) -> Value {
        let mut object = Map::new();
        for _ in 0..self.byte() % 9 {
            if let Some(key) = self.pick(KEYS) {
                object.insert(key.to_owned(), self.value(depth + 1));
            }
        }
        Value::Object(object)
    }

    fn value(&mut self, depth: u8) -> Value {
        let choice = if depth > 6 {
            self.byte() % 4
        } else {
            self.byte() % 8
        };
        match choice {
            0 => Value::Null,
            1 => Value::Bool(self.byte() % 2 == 1),
            2 => Value::Number(self.pick(NUMBERS).unwrap_or(0).into()),
            3 => Value::String(self.pick(WORDS).unwrap_or_default().to_owned()),
            4 => Number::from_f64(f64::from(self.byte()) / 8.0 - 3.3)
                .map_or(Value::Null, Value::Number),
            5 => Value::String("9".repeat(usize::from(self.byte()) * 400)),
            6 => Value::Array(
                (0..self.byte() % 5)
                    .map(|_| self.value(depth + 1))
                    .collect(),
            ),
            _ => self.object(depth),
        }
    }
}
