//! Splitting an amount into rounded pieces that add up exactly to the rounded whole.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::money::amount::{parse_amount, DecimalText};
use crate::money::currency::{Currency, CurrencySpec};
use crate::money::fraction::share;
use crate::money::quantity::{parse_quantity, QuantityText};
use crate::money::rounding::RoundingMode;
use crate::money::wide::{checked_mul, checked_mul_unsigned, div_rem, power_of_ten};
use crate::stable_sort::sorted_positions;

/// What [`allocate_amount`] splits: an amount, weights, and the currency it rounds to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocateInput {
    /// The amount to split, a decimal string.
    pub amount: DecimalText,
    /// One weight per piece: whole numbers or decimal strings, not negative, not all zero.
    /// Days per period split a fee across periods; amounts per line split a discount.
    #[serde(deserialize_with = "crate::bounded::at_most::<_, _, MAX_PIECES>")]
    pub weights: Vec<QuantityText>,
    /// The currency whose minor unit the pieces are whole multiples of.
    pub currency: CurrencySpec,
    /// How the whole is rounded first; `half_up` when absent.
    #[serde(default)]
    pub rounding: Option<RoundingMode>,
}

/// [`allocate`] over a caller's input: the pieces as exact decimals of the currency's scale.
///
/// ```
/// use billkit::money::{allocate_amount, AllocateInput, CurrencySpec};
///
/// let pieces = allocate_amount(&AllocateInput {
///     amount: "100".into(),
///     weights: vec![1.into(), 1.into(), 1.into()],
///     currency: CurrencySpec::Iso("JPY".into()),
///     rounding: None,
/// })?;
/// assert_eq!(pieces.iter().map(|p| p.to_string()).collect::<Vec<_>>(), ["34", "33", "33"]);
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// `invalid_amount`, `invalid_currency`, and `out_of_range` as [`allocate`] does, each naming
/// its field (`weights[2]` for a bad weight).
pub fn allocate_amount(input: &AllocateInput) -> Result<Vec<Decimal>> {
    if input.weights.len() > MAX_PIECES {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "weights",
            format!("`weights` must have 1 to {MAX_PIECES} entries"),
        ));
    }
    let amount = parse_amount(&input.amount, "amount")?;
    let currency = Currency::resolve(&input.currency, "currency")?;
    let weights = input
        .weights
        .iter()
        .enumerate()
        .map(|(index, weight)| parse_quantity(weight, &format!("weights[{index}]")))
        .collect::<Result<Vec<Decimal>>>()?;
    allocate(
        amount,
        &weights,
        currency.scale,
        input.rounding.unwrap_or_default(),
    )
}

/// The most pieces one allocation makes.
pub const MAX_PIECES: usize = 10_000;

/// Splits `amount`, first rounded to `scale` decimals by `mode`, into pieces proportional to
/// `weights` that add up exactly to it: each piece is its exact share cut to whole minor
/// units, and the units left over go one each to the pieces with the largest remainders,
/// the earlier piece first on a tie (largest-remainder, or Hamilton, apportionment).
///
/// ```
/// use billkit::money::{allocate, RoundingMode};
/// use rust_decimal::Decimal;
///
/// let pieces = allocate(Decimal::new(10000, 2), &[Decimal::ONE; 3], 2, RoundingMode::HalfUp)?;
/// let text: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
/// assert_eq!(text, ["33.34", "33.33", "33.33"]);
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// [`ErrorCode::OutOfRange`] at `weights` for no weights or more than [`MAX_PIECES`], a
/// negative weight, or weights that sum to zero.
pub fn allocate(
    amount: Decimal,
    weights: &[Decimal],
    scale: u32,
    mode: RoundingMode,
) -> Result<Vec<Decimal>> {
    check_weights(weights)?;
    let total = share(amount, 1, 1, scale, mode).ok_or_else(too_large)?;
    let units = total.mantissa();
    let weight_scale = weights.iter().map(Decimal::scale).max().unwrap_or(0);
    let integer_weights = weights
        .iter()
        .map(|weight| scaled_mantissa(*weight, weight_scale))
        .collect::<Option<Vec<i128>>>()
        .ok_or_else(too_large)?;
    let weight_sum = integer_weights
        .iter()
        .try_fold(0_i128, |sum, weight| sum.checked_add(*weight))
        .ok_or_else(too_large)?;
    let mut pieces = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for weight in &integer_weights {
        let exact = checked_mul_unsigned(units.unsigned_abs(), weight.unsigned_abs())
            .ok_or_else(too_large)?;
        let (piece, remainder) = div_rem(exact, weight_sum.unsigned_abs()).ok_or_else(too_large)?;
        pieces.push(piece);
        remainders.push(remainder);
    }
    let handed_out: u128 = pieces.iter().sum();
    // Each piece is its share rounded down, so together they never exceed the whole.
    let left_over = units.unsigned_abs().saturating_sub(handed_out);
    // Stable: of equal remainders, the earlier piece's comes first.
    let order = sorted_positions(pieces.len(), &|a, b| {
        remainders.get(b).cmp(&remainders.get(a))
    });
    for index in order
        .into_iter()
        .take(usize::try_from(left_over).unwrap_or(usize::MAX))
    {
        if let Some(piece) = pieces.get_mut(index) {
            *piece += 1;
        }
    }
    pieces
        .into_iter()
        .map(|piece| {
            let piece = i128::try_from(piece).ok()?;
            let signed = if units < 0 { -piece } else { piece };
            Decimal::try_from_i128_with_scale(signed, total.scale()).ok()
        })
        .collect::<Option<Vec<Decimal>>>()
        .ok_or_else(too_large)
}

fn check_weights(weights: &[Decimal]) -> Result<()> {
    let refuse = |message: &str| Err(Error::new(ErrorCode::OutOfRange, "weights", message));
    if weights.is_empty() || weights.len() > MAX_PIECES {
        return refuse("`weights` must have 1 to 10000 entries");
    }
    if weights.iter().any(Decimal::is_sign_negative) {
        return refuse("`weights` must not be negative");
    }
    if weights.iter().all(Decimal::is_zero) {
        return refuse("`weights` must not all be zero");
    }
    Ok(())
}

/// `value`'s mantissa at `scale` decimals (`scale` at least the value's own).
fn scaled_mantissa(value: Decimal, scale: u32) -> Option<i128> {
    checked_mul(
        value.mantissa(),
        power_of_ten(scale.checked_sub(value.scale())?)?,
    )
}

fn too_large() -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "amount",
        "the amount and weights are too large to split exactly",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn split(amount: &str, weights: &[&str], scale: u32) -> Vec<String> {
        let weights: Vec<Decimal> = weights.iter().map(|w| d(w)).collect();
        allocate(d(amount), &weights, scale, RoundingMode::HalfUp)
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn largest_remainders_get_the_left_over_cents() {
        assert_eq!(
            split("100.00", &["1", "1", "1"], 2),
            ["33.34", "33.33", "33.33"]
        );
        assert_eq!(
            split("-100.00", &["1", "1", "1"], 2),
            ["-33.34", "-33.33", "-33.33"]
        );
        assert_eq!(split("10", &["3", "7"], 0), ["3", "7"]);
        assert_eq!(
            split("0.05", &["1", "1", "1", "1"], 2),
            ["0.02", "0.01", "0.01", "0.01"]
        );
        // 16 and 15 days of a 31-day month: 51.61 + 48.39 = 100.00.
        assert_eq!(split("100.00", &["16", "15"], 2), ["51.61", "48.39"]);
        assert_eq!(
            split("1", &["0.5", "0.25", "0.25"], 3),
            ["0.500", "0.250", "0.250"]
        );
    }

    #[test]
    fn refuses_weights_that_cannot_split() {
        for weights in [vec![], vec![d("-1"), d("2")], vec![Decimal::ZERO]] {
            let error = allocate(d("1"), &weights, 2, RoundingMode::HalfUp).unwrap_err();
            assert_eq!(
                (error.code().as_str(), error.field()),
                ("out_of_range", "weights")
            );
        }
    }
}
