//! Many prorations at once, as columns: for bulk work, where crossing into wasm once per
//! proration would cost more than the prorations themselves.

use std::collections::HashMap;

use chrono::DateTime;
use chrono_tz::Tz;
use rust_decimal::Decimal;

use crate::calendar::instant::parse_instant;
use crate::calendar::zone::parse_timezone;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{parse_amount, Currency, CurrencySpec, DecimalText, RoundingMode};
use crate::proration::measure::ProrationUnit;
use crate::proration::prorate::{fraction_of, Span};

/// The most prorations one batch computes.
pub const MAX_BATCH: usize = 1_000_000;

/// What every proration of a batch shares.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BatchSettings {
    /// The customer's IANA zone; `UTC` when absent.
    pub timezone: Option<String>,
    /// `day` (the default) or `second`.
    pub unit: Option<ProrationUnit>,
    /// Round to this currency's minor unit; absent, shares are exact.
    pub currency: Option<CurrencySpec>,
    /// How to round; `half_up` when absent.
    pub rounding: Option<RoundingMode>,
}

/// The columns of a batch: row `i` of each is one proration, as in
/// [`crate::proration::ProrateInput`].
#[derive(Debug, Clone, Copy)]
pub struct BatchColumns<'a> {
    /// Amounts, decimal strings.
    pub amounts: &'a [&'a str],
    /// Starts of the periods (nominal cycles).
    pub period_starts: &'a [&'a str],
    /// Ends of the periods.
    pub period_ends: &'a [&'a str],
    /// Starts of the parts to charge.
    pub froms: &'a [&'a str],
    /// Ends of the parts to charge.
    pub tos: &'a [&'a str],
}

/// The shares of a batch, as columns: row `i` is the proration of the input's row `i`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BatchShares {
    /// Each share, rounded once (or exact without a currency).
    pub amounts: Vec<Decimal>,
    /// Units used by each row.
    pub used: Vec<i64>,
    /// Units of each row's period.
    pub total: Vec<i64>,
}

/// Prorates every row of `columns` as [`crate::proration::prorate`] would, sharing zone,
/// unit, currency and rounding.
///
/// ```
/// use billkit::money::CurrencySpec;
/// use billkit::proration::{prorate_batch, BatchColumns, BatchSettings};
///
/// let shares = prorate_batch(
///     &BatchColumns {
///         amounts: &["100.00", "12.00"],
///         period_starts: &["2024-03-01", "2014-01-01"],
///         period_ends: &["2024-04-01", "2014-02-01"],
///         froms: &["2024-03-16", "2014-01-01"],
///         tos: &["2024-04-01", "2014-01-23"],
///     },
///     &BatchSettings { currency: Some(CurrencySpec::Iso("USD".into())), ..BatchSettings::default() },
/// )?;
/// assert_eq!(shares.amounts.iter().map(|a| a.to_string()).collect::<Vec<_>>(), ["51.61", "8.52"]);
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// Those of `prorate`, for the first row at fault, named by column and row
/// (`froms[12]`); [`ErrorCode::InvalidInput`] at `froms` (say) when the columns differ
/// in length, [`ErrorCode::OutOfRange`] past [`MAX_BATCH`] rows.
pub fn prorate_batch(columns: &BatchColumns, settings: &BatchSettings) -> Result<BatchShares> {
    let rows = check_lengths(columns)?;
    let zone = parse_timezone(settings.timezone.as_deref().unwrap_or("UTC"), "timezone")?;
    let currency = settings
        .currency
        .as_ref()
        .map(|spec| Currency::resolve(spec, "currency"))
        .transpose()?;
    let unit = settings.unit.unwrap_or_default();
    let rounding = settings.rounding.unwrap_or_default();
    let mut shares = BatchShares {
        amounts: Vec::with_capacity(rows),
        used: Vec::with_capacity(rows),
        total: Vec::with_capacity(rows),
    };
    let mut instants = InstantCache::new(zone);
    let cells = columns
        .amounts
        .iter()
        .zip(columns.period_starts)
        .zip(columns.period_ends)
        .zip(columns.froms)
        .zip(columns.tos);
    for (row, ((((amount, period_start), period_end), from), to)) in cells.enumerate() {
        let amount = parse_amount(
            &DecimalText::Text((*amount).to_owned()),
            &cell("amounts", row),
        )?;
        let span = Span::new(
            instants.read(period_start, "period_starts", row)?,
            instants.read(period_end, "period_ends", row)?,
            instants.read(from, "froms", row)?,
            instants.read(to, "tos", row)?,
        )
        .map_err(|error| in_row(error, row))?;
        let (used, total) = span
            .measure(unit, span.from)
            .map_err(|error| in_row(error, row))?;
        shares.amounts.push(
            fraction_of(amount, used, total, currency.as_ref(), rounding)
                .map_err(|error| in_row(error, row))?,
        );
        shares.used.push(used);
        shares.total.push(total);
    }
    Ok(shares)
}

fn check_lengths(columns: &BatchColumns) -> Result<usize> {
    let rows = columns.amounts.len();
    if rows > MAX_BATCH {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "amounts",
            format!("a batch has at most {MAX_BATCH} rows"),
        ));
    }
    for (name, column) in [
        ("period_starts", columns.period_starts),
        ("period_ends", columns.period_ends),
        ("froms", columns.froms),
        ("tos", columns.tos),
    ] {
        if column.len() != rows {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                name,
                format!(
                    "`{name}` has {} rows where `amounts` has {rows}",
                    column.len()
                ),
            ));
        }
    }
    Ok(rows)
}

/// `column[row]`, the field name of a batch cell.
fn cell(column: &str, row: usize) -> String {
    format!("{column}[{row}]")
}

/// `error` for a row: a single-proration field (`from`) becomes its column's cell (`froms[3]`).
fn in_row(error: Error, row: usize) -> Error {
    let column = match error.field() {
        "amount" => "amounts",
        "period_start" => "period_starts",
        "period_end" => "period_ends",
        "from" => "froms",
        "to" => "tos",
        _ => return error,
    };
    Error::new(error.code(), cell(column, row), error.message())
}

/// Instants already read in this batch: billing dates repeat (a few thousand distinct days
/// across a hundred thousand rows), and reading one is the costliest step of a row. The
/// map keeps the standard hasher: a service may prorate batches its own users send, and a
/// faster hash without collision resistance would let crafted keys make it quadratic.
struct InstantCache<'a> {
    zone: Tz,
    read: HashMap<&'a str, DateTime<Tz>>,
}

impl<'a> InstantCache<'a> {
    fn new(zone: Tz) -> Self {
        InstantCache {
            zone,
            read: HashMap::default(),
        }
    }

    fn read(&mut self, text: &'a str, column: &str, row: usize) -> Result<DateTime<Tz>> {
        if let Some(instant) = self.read.get(text) {
            return Ok(*instant);
        }
        let instant = parse_instant(text, self.zone, &cell(column, row))?;
        self.read.insert(text, instant);
        Ok(instant)
    }
}
