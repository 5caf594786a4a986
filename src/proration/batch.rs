//! Many prorations at once, as columns: for bulk work, where crossing into wasm once per
//! proration would cost more than the prorations themselves.

use chrono::{DateTime, Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::calendar::instant::parse_instant;
use crate::calendar::zone::customer_zone;
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{parse_decimal, Currency, CurrencySpec, RoundingMode};
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
    let zone = customer_zone(settings.timezone.as_deref())?;
    let currency = Currency::resolve_optional(settings.currency.as_ref(), "currency")?;
    let row_shares = RowShares {
        unit: settings.unit.unwrap_or_default(),
        currency: currency.as_ref(),
        rounding: settings.rounding.unwrap_or_default(),
    };
    let mut shares = BatchShares {
        amounts: Vec::with_capacity(rows),
        used: Vec::with_capacity(rows),
        total: Vec::with_capacity(rows),
    };
    let mut instants = InstantCache::new(zone, rows);
    let cells = columns
        .amounts
        .iter()
        .zip(columns.period_starts)
        .zip(columns.period_ends)
        .zip(columns.froms)
        .zip(columns.tos);
    for (row, ((((amount, period_start), period_end), from), to)) in cells.enumerate() {
        let row_cells = [*amount, *period_start, *period_end, *from, *to];
        let (share, used, total) = row_shares
            .prorate(&mut instants, row_cells)
            .map_err(|error| in_row(error, row))?;
        shares.amounts.push(share);
        shares.used.push(used);
        shares.total.push(total);
    }
    Ok(shares)
}

/// What every row shares.
struct RowShares<'a> {
    unit: ProrationUnit,
    currency: Option<&'a Currency>,
    rounding: RoundingMode,
}

impl RowShares<'_> {
    /// One row, `[amount, period_start, period_end, from, to]`, as `prorate` computes it,
    /// with errors named as `prorate` names them (the caller renames them to cells).
    fn prorate(
        &self,
        instants: &mut InstantCache,
        cells: [&str; 5],
    ) -> Result<(Decimal, i64, i64)> {
        let [amount, period_start, period_end, from, to] = cells;
        let amount = parse_decimal(amount, "amount")?;
        let span = Span::new(
            instants.read(period_start, "period_start")?,
            instants.read(period_end, "period_end")?,
            instants.read(from, "from")?,
            instants.read(to, "to")?,
        )?;
        let (used, total) = span.measure(self.unit, span.from)?;
        let share = fraction_of(amount, used, total, self.currency, self.rounding)?;
        Ok((share, used, total))
    }
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

/// `error` for a row: a single-proration field (`from`) becomes its column's cell
/// (`froms[3]`), in the field and in the message.
fn in_row(error: Error, row: usize) -> Error {
    let column = match error.field() {
        "amount" => "amounts",
        "period_start" => "period_starts",
        "period_end" => "period_ends",
        "from" => "froms",
        "to" => "tos",
        _ => return error,
    };
    let cell = format!("{column}[{row}]");
    let message = error
        .message()
        .replace(&format!("`{}`", error.field()), &format!("`{cell}`"));
    Error::new(error.code(), cell, message)
}

/// The most days [`InstantCache`] keeps: 45 years of distinct billing dates.
const CACHED_DAYS: usize = 16_384;

/// Days already read in this batch, in a small direct-mapped table keyed by day number:
/// billing dates repeat (a few thousand distinct days across a hundred thousand rows) and
/// finding a day's first instant is the costliest step of a row. No hashing, and nothing a
/// caller can make slow: the worst case is a miss, which costs what no cache would.
struct InstantCache {
    zone: Zone,
    days: Vec<Option<(NaiveDate, DateTime<Zone>)>>,
}

impl InstantCache {
    /// A cache sized for `rows` rows of four dates each.
    fn new(zone: Zone, rows: usize) -> Self {
        InstantCache {
            zone,
            days: vec![None; rows.saturating_mul(4).clamp(1, CACHED_DAYS)],
        }
    }

    /// Reads `text` as [`parse_instant`] does, remembering plain dates.
    fn read(&mut self, text: &str, field: &str) -> Result<DateTime<Zone>> {
        let Some(date) = plain_date(text) else {
            return parse_instant(text, self.zone, field);
        };
        let slot = usize::try_from(date.num_days_from_ce()).unwrap_or(0) % self.days.len().max(1);
        if let Some(Some((cached, instant))) = self.days.get(slot) {
            if *cached == date {
                return Ok(*instant);
            }
        }
        let instant = parse_instant(text, self.zone, field)?;
        if let Some(entry) = self.days.get_mut(slot) {
            *entry = Some((date, instant));
        }
        Ok(instant)
    }
}

/// The date `text` names when it is exactly `YYYY-MM-DD` and real; parsing it is checked
/// again in full by [`parse_instant`] on a miss.
fn plain_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = bytes.get(range)?;
        digits.iter().try_fold(0_u32, |value, byte| {
            byte.is_ascii_digit()
                .then(|| value * 10 + u32::from(byte - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(
        i32::try_from(number(0..4)?).ok()?,
        number(5..7)?,
        number(8..10)?,
    )
}
