//! Orb's price models: what a quantity costs for one whole billing period.
//!
//! Basis-point models are the unit, graduated and volume models over a volume of money at
//! a rate of `bps / 10,000`, so five shapes price all eight of Orb's models.

use rust_decimal::Decimal;

use crate::error::{Error, ErrorCode, Result};
use crate::invoice::explanation::Explanation;
use crate::invoice::named;
use crate::invoice::number::OrbNumber;
use crate::invoice::orb::{OrbMatrixConfig, OrbPrice};
use crate::invoice::usage::Usage;
use crate::money::{parse_amount, DecimalText};

/// A price model, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PriceModel {
    /// Every unit at one rate (`unit`, `bps`).
    PerUnit(Decimal),
    /// Every started package of `size` units at `amount` (`package`).
    Package { amount: Decimal, size: Decimal },
    /// Each unit at the rate of the tier it falls in (`tiered`, `tiered_bps`).
    Graduated(Vec<Tier>),
    /// Every unit at the rate of the tier the whole quantity falls in (`bulk`, `bulk_bps`).
    Volume(Vec<Tier>),
    /// A rate per combination of dimension values, a default for the rest (`matrix`).
    Matrix {
        default: Decimal,
        cells: Vec<(Vec<Option<String>>, Decimal)>,
    },
}

/// A tier: units above `first` up to `last` (inclusive; open-ended when `None`) at `rate`.
/// Volume tiers only read `last`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tier {
    first: Decimal,
    last: Option<Decimal>,
    rate: Decimal,
}

/// A price applied to a quantity: the exact amount, the rate when there is one, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Priced {
    pub(crate) amount: Decimal,
    pub(crate) unit_amount: Option<Decimal>,
    pub(crate) explanation: String,
}

const BASIS_POINTS: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

impl PriceModel {
    /// Reads the configuration object `price.model_type` names, reporting errors under
    /// `field` (the price's path).
    pub(crate) fn read(price: &OrbPrice, field: &str) -> Result<PriceModel> {
        let missing = |config: &str| {
            Error::new(
                ErrorCode::InvalidInput,
                format!("{field}.{config}"),
                format!("a `{}` price needs `{config}`", price.model_type),
            )
        };
        match price.model_type.as_str() {
            "unit" => {
                let config = price
                    .unit_config
                    .as_ref()
                    .ok_or_else(|| missing("unit_config"))?;
                Ok(PriceModel::PerUnit(amount(&config.unit_amount, || {
                    format!("{field}.unit_config.unit_amount")
                })?))
            }
            "package" => {
                let config = price
                    .package_config
                    .as_ref()
                    .ok_or_else(|| missing("package_config"))?;
                let at = || format!("{field}.package_config");
                let size = number(&config.package_size, || format!("{}.package_size", at()))?;
                if size <= Decimal::ZERO {
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        format!("{}.package_size", at()),
                        "a package holds more than zero units",
                    ));
                }
                Ok(PriceModel::Package {
                    amount: amount(&config.package_amount, || {
                        format!("{}.package_amount", at())
                    })?,
                    size,
                })
            }
            "tiered" => {
                let config = price
                    .tiered_config
                    .as_ref()
                    .ok_or_else(|| missing("tiered_config"))?;
                let tiers = read_tiers(
                    &config.tiers,
                    || format!("{field}.tiered_config.tiers"),
                    |tier, at| {
                        Ok(Tier {
                            first: number(&tier.first_unit, || format!("{at}.first_unit"))?,
                            last: tier
                                .last_unit
                                .as_ref()
                                .map(|last| number(last, || format!("{at}.last_unit")))
                                .transpose()?,
                            rate: amount(&tier.unit_amount, || format!("{at}.unit_amount"))?,
                        })
                    },
                )?;
                Ok(PriceModel::Graduated(tiers))
            }
            "bulk" => {
                let config = price
                    .bulk_config
                    .as_ref()
                    .ok_or_else(|| missing("bulk_config"))?;
                let tiers = read_tiers(
                    &config.tiers,
                    || format!("{field}.bulk_config.tiers"),
                    |tier, at| {
                        Ok(Tier {
                            first: Decimal::ZERO,
                            last: tier
                                .maximum_units
                                .as_ref()
                                .map(|last| number(last, || format!("{at}.maximum_units")))
                                .transpose()?,
                            rate: amount(&tier.unit_amount, || format!("{at}.unit_amount"))?,
                        })
                    },
                )?;
                Ok(PriceModel::Volume(tiers))
            }
            "matrix" => {
                let config = price
                    .matrix_config
                    .as_ref()
                    .ok_or_else(|| missing("matrix_config"))?;
                named(
                    |at| read_matrix(config, at),
                    || format!("{field}.matrix_config"),
                )
            }
            "bps" => {
                let config = price
                    .bps_config
                    .as_ref()
                    .ok_or_else(|| missing("bps_config"))?;
                let at = || format!("{field}.bps_config");
                no_event_cap(config.per_unit_maximum.as_ref(), &at())?;
                Ok(PriceModel::PerUnit(rate(number(&config.bps, || {
                    format!("{}.bps", at())
                })?)?))
            }
            "tiered_bps" => {
                let config = price
                    .tiered_bps_config
                    .as_ref()
                    .ok_or_else(|| missing("tiered_bps_config"))?;
                let tiers = read_tiers(
                    &config.tiers,
                    || format!("{field}.tiered_bps_config.tiers"),
                    |tier, at| {
                        no_event_cap(tier.per_unit_maximum.as_ref(), at)?;
                        Ok(Tier {
                            first: amount(&tier.minimum_amount, || format!("{at}.minimum_amount"))?,
                            last: tier
                                .maximum_amount
                                .as_ref()
                                .map(|last| amount(last, || format!("{at}.maximum_amount")))
                                .transpose()?,
                            rate: rate(number(&tier.bps, || format!("{at}.bps"))?)?,
                        })
                    },
                )?;
                Ok(PriceModel::Graduated(tiers))
            }
            "bulk_bps" => {
                let config = price
                    .bulk_bps_config
                    .as_ref()
                    .ok_or_else(|| missing("bulk_bps_config"))?;
                let tiers = read_tiers(
                    &config.tiers,
                    || format!("{field}.bulk_bps_config.tiers"),
                    |tier, at| {
                        no_event_cap(tier.per_unit_maximum.as_ref(), at)?;
                        Ok(Tier {
                            first: Decimal::ZERO,
                            last: tier
                                .maximum_amount
                                .as_ref()
                                .map(|last| amount(last, || format!("{at}.maximum_amount")))
                                .transpose()?,
                            rate: rate(number(&tier.bps, || format!("{at}.bps"))?)?,
                        })
                    },
                )?;
                Ok(PriceModel::Volume(tiers))
            }
            other => Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{field}.model_type"),
                format!(
                    "`{}` is not a price model billkit prices; it prices unit, package, tiered, \
                     bulk, matrix, bps, tiered_bps and bulk_bps",
                    crate::text::excerpt(other)
                ),
            )),
        }
    }

    /// What `usage` costs for a whole period, exactly.
    ///
    /// # Errors
    ///
    /// `invalid_input` at `field` for usage by dimension values on a price that is not a
    /// matrix; `out_of_range` when the amount overflows.
    pub(crate) fn price(&self, usage: &Usage, field: &str) -> Result<Priced> {
        match self {
            PriceModel::PerUnit(rate) => {
                let quantity = single_quantity(usage, field)?;
                Ok(Priced {
                    amount: times(quantity, *rate)?,
                    unit_amount: Some(*rate),
                    explanation: Explanation::new().times(&quantity, rate).done(),
                })
            }
            PriceModel::Package { amount, size } => {
                let packages = (single_quantity(usage, field)? / size).ceil();
                Ok(Priced {
                    amount: times(packages, *amount)?,
                    unit_amount: None,
                    explanation: Explanation::new()
                        .decimal(&packages)
                        .text(" packages of ")
                        .times(size, amount)
                        .done(),
                })
            }
            PriceModel::Graduated(tiers) => price_graduated(tiers, single_quantity(usage, field)?),
            PriceModel::Volume(tiers) => {
                let quantity = single_quantity(usage, field)?;
                let rate = tiers
                    .iter()
                    .find(|tier| tier.last.is_none_or(|last| quantity <= last))
                    .or(tiers.last())
                    .map_or(Decimal::ZERO, |tier| tier.rate);
                Ok(Priced {
                    amount: times(quantity, rate)?,
                    unit_amount: Some(rate),
                    explanation: Explanation::new().times(&quantity, &rate).done(),
                })
            }
            PriceModel::Matrix { default, cells } => price_matrix(*default, cells, usage),
        }
    }
}

/// The quantity of usage given as one, not by dimension values.
fn single_quantity(usage: &Usage, field: &str) -> Result<Decimal> {
    match usage {
        Usage::Quantity(quantity) => Ok(*quantity),
        Usage::Groups(_) => Err(Error::new(
            ErrorCode::InvalidInput,
            field,
            "usage by dimension values is for matrix prices; give this price a quantity",
        )),
    }
}

fn price_graduated(tiers: &[Tier], quantity: Decimal) -> Result<Priced> {
    let mut total = Decimal::ZERO;
    let mut parts = Explanation::new();
    for tier in tiers {
        let top = tier.last.map_or(quantity, |last| quantity.min(last));
        let units = top.checked_sub(tier.first).ok_or_else(overflow)?;
        if units > Decimal::ZERO {
            total = total
                .checked_add(times(units, tier.rate)?)
                .ok_or_else(overflow)?;
            parts = parts.plus(|part| part.times(&units, &tier.rate));
        }
    }
    Ok(Priced {
        amount: total,
        unit_amount: None,
        explanation: if parts.is_empty() {
            parts.decimal(&quantity).text(" units").done()
        } else {
            parts.done()
        },
    })
}

fn price_matrix(
    default: Decimal,
    cells: &[(Vec<Option<String>>, Decimal)],
    usage: &Usage,
) -> Result<Priced> {
    let single;
    let groups: &[(Vec<Option<String>>, Decimal)] = match usage {
        Usage::Quantity(quantity) => {
            single = [(Vec::new(), *quantity)];
            &single
        }
        Usage::Groups(groups) => groups,
    };
    let mut total = Decimal::ZERO;
    let mut parts = Explanation::new();
    for (values, quantity) in groups {
        let rate = cells
            .iter()
            .find(|(cell, _)| matches_cell(cell, values))
            .map_or(default, |(_, rate)| *rate);
        total = total
            .checked_add(times(*quantity, rate)?)
            .ok_or_else(overflow)?;
        parts = parts.plus(|part| part.times(quantity, &rate));
    }
    Ok(Priced {
        amount: total,
        unit_amount: None,
        explanation: parts.done(),
    })
}

/// Whether usage with dimension `values` falls in `cell`: each of the cell's values equal,
/// a `null` in the cell matching anything.
fn matches_cell(cell: &[Option<String>], values: &[Option<String>]) -> bool {
    !values.is_empty()
        && cell.iter().enumerate().all(|(index, wanted)| {
            wanted.is_none() || values.get(index).is_some_and(|value| value == wanted)
        })
}

fn read_matrix(config: &OrbMatrixConfig, at: &str) -> Result<PriceModel> {
    let cells = config
        .matrix_values
        .iter()
        .enumerate()
        .map(|(index, cell)| {
            let rate = amount(&cell.unit_amount, || {
                format!("{at}.matrix_values[{index}].unit_amount")
            })?;
            Ok((cell.dimension_values.clone(), rate))
        })
        .collect::<Result<_>>()?;
    Ok(PriceModel::Matrix {
        default: amount(&config.default_unit_amount, || {
            format!("{at}.default_unit_amount")
        })?,
        cells,
    })
}

fn no_event_cap(cap: Option<&DecimalText>, at: &str) -> Result<()> {
    match cap {
        None => Ok(()),
        Some(_) => Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{at}.per_unit_maximum"),
            "`per_unit_maximum` caps each event, and a preview sees usage totals, not events",
        )),
    }
}

/// Reads each of Orb's tiers at `at[index]` with `read`; a tiered price needs at least one.
fn read_tiers<T>(
    tiers: &[T],
    at: impl Fn() -> String,
    read: impl Fn(&T, &str) -> Result<Tier>,
) -> Result<Vec<Tier>> {
    let tiers = tiers
        .iter()
        .enumerate()
        .map(|(index, tier)| named(|name| read(tier, name), || format!("{}[{index}]", at())))
        .collect::<Result<Vec<Tier>>>()?;
    if tiers.is_empty() {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            at(),
            "a tiered price needs tiers",
        ));
    }
    Ok(tiers)
}

fn amount(text: &DecimalText, field: impl FnOnce() -> String) -> Result<Decimal> {
    named(|at| parse_amount(text, at), field)
}

fn number(value: &OrbNumber, field: impl FnOnce() -> String) -> Result<Decimal> {
    named(|at| value.read(at), field)
}

fn rate(bps: Decimal) -> Result<Decimal> {
    bps.checked_div(BASIS_POINTS).ok_or_else(overflow)
}

fn times(quantity: Decimal, rate: Decimal) -> Result<Decimal> {
    quantity.checked_mul(rate).ok_or_else(overflow)
}

fn overflow() -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "usage",
        "the amounts are too large to price exactly",
    )
}
