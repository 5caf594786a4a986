//! `prorate`: the share of an amount for part of a period, per API.md.

use chrono::DateTime;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};

use crate::calendar::instant::parse_instant;
use crate::calendar::zone::customer_zone;
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{
    exact_share, parse_amount, share, Currency, CurrencySpec, DecimalText, RoundingMode,
};
use crate::proration::measure::ProrationUnit;

/// What [`prorate`] computes over; the JSON shape of API.md's `prorate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProrateInput {
    /// The amount for the whole period, a decimal string.
    pub amount: DecimalText,
    /// Start of the period the amount is for: pass the nominal cycle (`cycle_start`), whose
    /// length is the denominator.
    pub period_start: String,
    /// End of that period (`cycle_end`).
    pub period_end: String,
    /// Start of the part to charge, within the period.
    pub from: String,
    /// End of the part to charge, within the period.
    pub to: String,
    /// The customer's IANA zone, where days are counted; `UTC` when absent.
    #[serde(default)]
    pub timezone: Option<String>,
    /// `day` (the default) or `second`.
    #[serde(default)]
    pub unit: Option<ProrationUnit>,
    /// Round to this currency's minor unit; absent, the share is not rounded.
    #[serde(default)]
    pub currency: Option<CurrencySpec>,
    /// How to round; `half_up` when absent.
    #[serde(default)]
    pub rounding: Option<RoundingMode>,
}

/// The share of an amount: `amount * used / total`, rounded once, with the exact fraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proration {
    /// The share, rounded to the currency's minor unit (or at full precision without one).
    #[serde(serialize_with = "serialize_decimal")]
    pub amount: Decimal,
    /// Units (days or seconds) of `[from, to)`.
    pub used: i64,
    /// Units of `[period_start, period_end)`.
    pub total: i64,
}

pub(crate) fn serialize_decimal<S: Serializer>(
    value: &Decimal,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// The share of `amount` for `[from, to)` of `[period_start, period_end)`, per API.md.
///
/// Days are local calendar days in `timezone`; the denominator is the period given, which
/// should be the nominal full cycle (a `Period`'s `cycle_start` and `cycle_end`), never what
/// is left of it. The share is computed exactly and rounded once.
///
/// ```
/// use billkit::proration::{prorate, ProrateInput, ProrationUnit};
/// use billkit::money::CurrencySpec;
///
/// // BILLING_RULES.md 4: a $100 March fee in Los Angeles, changed at local midnight on the
/// // 16th: the new state's 16 of 31 days, or 16 x 86,400 of March's 2,674,800 seconds.
/// let mut input = ProrateInput {
///     amount: "100.00".into(),
///     period_start: "2024-03-01".into(), period_end: "2024-04-01".into(),
///     from: "2024-03-16".into(), to: "2024-04-01".into(),
///     timezone: Some("America/Los_Angeles".into()), unit: None,
///     currency: Some(CurrencySpec::Iso("USD".into())), rounding: None,
/// };
/// let by_days = prorate(&input)?;
/// assert_eq!((by_days.amount.to_string().as_str(), by_days.used, by_days.total), ("51.61", 16, 31));
/// input.unit = Some(ProrationUnit::Second);
/// assert_eq!(prorate(&input)?.amount.to_string(), "51.68");
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// `invalid_amount`, `invalid_currency`, `invalid_timezone`, `invalid_date`, and
/// `out_of_range` when the period is empty or `[from, to)` is not inside it.
pub fn prorate(input: &ProrateInput) -> Result<Proration> {
    let zone = customer_zone(input.timezone.as_deref())?;
    let amount = parse_amount(&input.amount, "amount")?;
    let currency = Currency::resolve_optional(input.currency.as_ref(), "currency")?;
    let span = Span::read(input, zone)?;
    let (used, total) = span.measure(input.unit.unwrap_or_default(), span.from)?;
    let rounding = input.rounding.unwrap_or_default();
    let amount = fraction_of(amount, used, total, currency.as_ref(), rounding)?;
    Ok(Proration {
        amount,
        used,
        total,
    })
}

/// `amount * used / total`, rounded once to `currency`'s minor unit, or exact without one.
pub(crate) fn fraction_of(
    amount: Decimal,
    used: i64,
    total: i64,
    currency: Option<&Currency>,
    rounding: RoundingMode,
) -> Result<Decimal> {
    let (used, total) = (i128::from(used), i128::from(total));
    match currency {
        Some(currency) => share(amount, used, total, currency.scale, rounding),
        None => exact_share(amount, used, total),
    }
    .ok_or_else(|| {
        Error::new(
            ErrorCode::OutOfRange,
            "amount",
            "the amount is too large to prorate exactly",
        )
    })
}

/// A period and the part of it to charge, checked to nest: `period_start <= from <= to <=
/// period_end`, with a non-empty period.
pub(crate) struct Span {
    pub(crate) period_start: DateTime<Zone>,
    pub(crate) period_end: DateTime<Zone>,
    pub(crate) from: DateTime<Zone>,
    pub(crate) to: DateTime<Zone>,
}

impl Span {
    fn read(input: &ProrateInput, zone: Zone) -> Result<Span> {
        Span::new(
            parse_instant(&input.period_start, zone, "period_start")?,
            parse_instant(&input.period_end, zone, "period_end")?,
            parse_instant(&input.from, zone, "from")?,
            parse_instant(&input.to, zone, "to")?,
        )
    }

    /// Checks that `[from, to)` lies in the non-empty period `[period_start, period_end)`.
    pub(crate) fn new(
        period_start: DateTime<Zone>,
        period_end: DateTime<Zone>,
        from: DateTime<Zone>,
        to: DateTime<Zone>,
    ) -> Result<Span> {
        let span = Span {
            period_start,
            period_end,
            from,
            to,
        };
        span.check()?;
        Ok(span)
    }

    /// Units of `[from, self.to)` and of the whole period, refusing a period shorter than
    /// one unit (a day-unit period within a single local day).
    pub(crate) fn measure(&self, unit: ProrationUnit, from: DateTime<Zone>) -> Result<(i64, i64)> {
        let total = unit.measure(self.period_start, self.period_end);
        if total <= 0 {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "period_end",
                format!(
                    "the period is shorter than one of the {} it is counted in",
                    unit.plural()
                ),
            ));
        }
        Ok((unit.measure(from, self.to), total))
    }

    fn check(&self) -> Result<()> {
        let refuse =
            |field: &str, message: &str| Err(Error::new(ErrorCode::OutOfRange, field, message));
        if self.period_end <= self.period_start {
            return refuse("period_end", "`period_end` must be after `period_start`");
        }
        if self.from < self.period_start || self.from > self.period_end {
            return refuse("from", "`from` must lie within the period");
        }
        if self.to < self.from || self.to > self.period_end {
            return refuse("to", "`to` must lie between `from` and `period_end`");
        }
        Ok(())
    }
}
