//! Adjustments, in Orb's order: usage discounts, amount discounts, percentage discounts,
//! minimums, maximums. Each applies to the lines it names (or to every line, at invoice
//! level) as one group: its amount is rounded once and shared out over the group's lines in
//! whole minor units, so the lines always add up to the total.

use std::sync::Arc;

use chrono::DateTime;
use rust_decimal::Decimal;

use crate::calendar::instant::parse_instant;
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::invoice::fees::Fee;
use crate::invoice::invoice::{InvoiceLineKind, LineAdjustment};
use crate::invoice::lines::DraftLine;
use crate::invoice::orb::OrbAdjustmentInterval;
use crate::invoice::usage::Usage;
use crate::invoice::{checked_sum, named, read_name, round_share};
use crate::money::{allocate, parse_amount, Currency, RoundingMode};
use crate::proration::ProrationUnit;

/// The most adjustment intervals one preview reads.
pub const MAX_ADJUSTMENT_INTERVALS: usize = 1_000;

/// The five kinds, in the order Orb applies them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    UsageDiscount,
    AmountDiscount,
    PercentageDiscount,
    Minimum,
    Maximum,
}

impl Kind {
    const ORDER: [Kind; 5] = [
        Kind::UsageDiscount,
        Kind::AmountDiscount,
        Kind::PercentageDiscount,
        Kind::Minimum,
        Kind::Maximum,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::UsageDiscount => "usage_discount",
            Kind::AmountDiscount => "amount_discount",
            Kind::PercentageDiscount => "percentage_discount",
            Kind::Minimum => "minimum",
            Kind::Maximum => "maximum",
        }
    }
}

/// An adjustment interval, checked.
#[derive(Debug, Clone)]
pub(crate) struct Adjustment {
    id: Option<Arc<str>>,
    kind: Kind,
    value: Decimal,
    invoice_level: bool,
    price_ids: Vec<String>,
    interval_ids: Vec<String>,
    start: DateTime<Zone>,
    end: Option<DateTime<Zone>>,
}

/// Reads the subscription's adjustment intervals.
pub(crate) fn read_adjustments(
    intervals: &[OrbAdjustmentInterval],
    zone: Zone,
) -> Result<Vec<Adjustment>> {
    if intervals.len() > MAX_ADJUSTMENT_INTERVALS {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "subscription.adjustment_intervals",
            format!("a subscription has at most {MAX_ADJUSTMENT_INTERVALS} adjustment intervals"),
        ));
    }
    intervals
        .iter()
        .enumerate()
        .map(|(index, interval)| {
            named(
                |field| read_adjustment(interval, field, zone),
                || format!("subscription.adjustment_intervals[{index}]"),
            )
        })
        .collect()
}

fn read_adjustment(
    interval: &OrbAdjustmentInterval,
    field: &str,
    zone: Zone,
) -> Result<Adjustment> {
    let adjustment = &interval.adjustment;
    let at = || format!("{field}.adjustment");
    let missing = |name: &str| {
        Error::new(
            ErrorCode::InvalidInput,
            format!("{}.{name}", at()),
            format!(
                "a `{}` adjustment needs `{name}`",
                adjustment.adjustment_type
            ),
        )
    };
    let money = |value: Option<&crate::money::DecimalText>, name: &str| -> Result<Decimal> {
        let value = value.ok_or_else(|| missing(name))?;
        named(
            |field| not_negative(parse_amount(value, field)?, field),
            || format!("{}.{name}", at()),
        )
    };
    let (kind, value) = match adjustment.adjustment_type.as_str() {
        "usage_discount" => {
            let units = adjustment
                .usage_discount
                .as_ref()
                .ok_or_else(|| missing("usage_discount"))?;
            (
                Kind::UsageDiscount,
                named(
                    |name| not_negative(units.read(name)?, name),
                    || format!("{}.usage_discount", at()),
                )?,
            )
        }
        "amount_discount" => (
            Kind::AmountDiscount,
            money(adjustment.amount_discount.as_ref(), "amount_discount")?,
        ),
        "percentage_discount" => {
            let name = || format!("{}.percentage_discount", at());
            let fraction = adjustment
                .percentage_discount
                .as_ref()
                .ok_or_else(|| missing("percentage_discount"))?;
            let fraction = named(|field| fraction.read(field), name)?;
            if fraction < Decimal::ZERO || fraction > Decimal::ONE {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    name(),
                    "a percentage discount is a fraction from 0 to 1",
                ));
            }
            (Kind::PercentageDiscount, fraction)
        }
        "minimum" => (
            Kind::Minimum,
            money(adjustment.minimum_amount.as_ref(), "minimum_amount")?,
        ),
        "maximum" => (
            Kind::Maximum,
            money(adjustment.maximum_amount.as_ref(), "maximum_amount")?,
        ),
        other => {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{}.adjustment_type", at()),
                format!(
                    "`adjustment_type` is usage_discount, amount_discount, percentage_discount, \
                     minimum or maximum, not `{}`",
                    crate::text::excerpt(other)
                ),
            ))
        }
    };
    Ok(Adjustment {
        id: match (&adjustment.id, &interval.id) {
            (Some(id), _) => Some(read_name(id, || format!("{}.id", at()))?),
            (None, Some(id)) => Some(read_name(id, || format!("{field}.id"))?),
            (None, None) => None,
        },
        kind,
        value,
        invoice_level: adjustment.is_invoice_level.unwrap_or(false),
        price_ids: adjustment.applies_to_price_ids.clone().unwrap_or_default(),
        interval_ids: interval
            .applies_to_price_interval_ids
            .clone()
            .unwrap_or_default(),
        start: named(
            |at| parse_instant(&interval.start_date, zone, at),
            || format!("{field}.start_date"),
        )?,
        end: interval
            .end_date
            .as_deref()
            .map(|end| {
                named(
                    |at| parse_instant(end, zone, at),
                    || format!("{field}.end_date"),
                )
            })
            .transpose()?,
    })
}

fn not_negative(value: Decimal, field: &str) -> Result<Decimal> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("`{field}` cannot be negative"),
        ));
    }
    Ok(value)
}

/// Lines after adjustments: each line's amount and the adjustments' shares of it.
pub(crate) struct Adjusted {
    pub(crate) amounts: Vec<Decimal>,
    pub(crate) shares: Vec<Vec<LineAdjustment>>,
}

impl Adjusted {
    /// `adjustment`'s `delta` on line `index`.
    fn add(&mut self, index: usize, adjustment: &Adjustment, delta: Decimal) -> Result<()> {
        if delta.is_zero() {
            return Ok(());
        }
        if let (Some(amount), Some(shares)) =
            (self.amounts.get_mut(index), self.shares.get_mut(index))
        {
            *amount = checked_sum([*amount, delta], "subscription.adjustment_intervals")?;
            shares.push(LineAdjustment {
                adjustment_id: adjustment.id.clone(),
                adjustment_type: adjustment.kind.name(),
                amount: delta,
            });
        }
        Ok(())
    }
}

/// How adjustments round and prorate.
pub(crate) struct Adjuster<'a> {
    pub(crate) fees: &'a [Fee],
    pub(crate) unit: ProrationUnit,
    pub(crate) currency: &'a Currency,
    pub(crate) rounding: RoundingMode,
}

impl Adjuster<'_> {
    /// Applies `adjustments` to `lines` in Orb's order. Credits and charges of changes are
    /// prorations of fees already adjusted when billed, and are left as they are.
    pub(crate) fn apply(
        &self,
        adjustments: &[Adjustment],
        lines: &[DraftLine],
    ) -> Result<Adjusted> {
        let mut adjusted = Adjusted {
            amounts: lines.iter().map(|line| line.subtotal).collect(),
            shares: vec![Vec::new(); lines.len()],
        };
        // Usage after usage discounts, by line; empty until one applies.
        let mut reduced: Vec<Option<Usage>> = Vec::new();
        for kind in Kind::ORDER {
            for adjustment in adjustments
                .iter()
                .filter(|adjustment| adjustment.kind == kind)
            {
                let targets: Vec<usize> = lines
                    .iter()
                    .enumerate()
                    .filter(|(_, line)| self.applies(adjustment, line))
                    .map(|(index, _)| index)
                    .collect();
                if targets.is_empty() {
                    continue;
                }
                if kind == Kind::UsageDiscount {
                    let deltas = self.usage_discount(
                        adjustment,
                        lines,
                        &targets,
                        &mut reduced,
                        &adjusted.amounts,
                    )?;
                    for (index, delta) in deltas {
                        adjusted.add(index, adjustment, delta)?;
                    }
                } else {
                    let deltas =
                        self.group_deltas(adjustment, lines, &targets, &adjusted.amounts)?;
                    for (&index, delta) in targets.iter().zip(deltas) {
                        adjusted.add(index, adjustment, delta)?;
                    }
                }
            }
        }
        Ok(adjusted)
    }

    fn applies(&self, adjustment: &Adjustment, line: &DraftLine) -> bool {
        if matches!(line.kind, InvoiceLineKind::Credit | InvoiceLineKind::Charge) {
            return false;
        }
        if adjustment.kind == Kind::UsageDiscount && line.kind != InvoiceLineKind::Usage {
            return false;
        }
        let overlaps =
            adjustment.start < line.end && adjustment.end.is_none_or(|end| end > line.start);
        let Some(fee) = self.fees.get(line.fee) else {
            return false;
        };
        let named = adjustment.price_ids.iter().any(|id| **id == *fee.price_id)
            || fee
                .interval_id
                .as_ref()
                .is_some_and(|id| adjustment.interval_ids.iter().any(|known| **known == **id));
        overlaps && (adjustment.invoice_level || named)
    }

    /// Each usage line priced again with fewer units.
    fn usage_discount(
        &self,
        adjustment: &Adjustment,
        lines: &[DraftLine],
        targets: &[usize],
        reduced: &mut Vec<Option<Usage>>,
        amounts: &[Decimal],
    ) -> Result<Vec<(usize, Decimal)>> {
        if reduced.is_empty() {
            reduced.resize(lines.len(), None);
        }
        let mut deltas = Vec::new();
        for &index in targets {
            let (Some(line), Some(amount)) = (lines.get(index), amounts.get(index)) else {
                continue;
            };
            let Some(current) = reduced.get(index).and_then(Option::as_ref).or(line.usage) else {
                continue;
            };
            let Some(fee) = self.fees.get(line.fee) else {
                continue;
            };
            let less = current.less(adjustment.value);
            let field = || format!("usage.{}", fee.price_id);
            let priced = named(|at| fee.model.price(&less, at), field)?;
            let repriced = self.round(priced.amount, 1, 1)?;
            let before = self.round(
                named(|at| fee.model.price(current, at), field)?.amount,
                1,
                1,
            )?;
            deltas.push((index, (repriced - before).max(-*amount)));
            if let Some(slot) = reduced.get_mut(index) {
                *slot = Some(less);
            }
        }
        Ok(deltas)
    }

    /// An amount or percentage discount, a minimum or a maximum over the group `targets`: a
    /// delta for each of them, or none when the adjustment changes nothing.
    fn group_deltas(
        &self,
        adjustment: &Adjustment,
        lines: &[DraftLine],
        targets: &[usize],
        amounts: &[Decimal],
    ) -> Result<Vec<Decimal>> {
        let mut current: Vec<Decimal> = targets
            .iter()
            .map(|&index| amounts.get(index).copied().unwrap_or_default())
            .collect();
        let total = checked_sum(current.iter().copied(), "subscription.adjustment_intervals")?;
        let positive = total.max(Decimal::ZERO);
        let (delta, even) = match adjustment.kind {
            Kind::AmountDiscount => (-adjustment.value.min(positive), false),
            Kind::PercentageDiscount => {
                let off = positive
                    .checked_mul(adjustment.value)
                    .ok_or_else(too_large)?;
                (-self.round(off, 1, 1)?, false)
            }
            Kind::Minimum => {
                let minimum = self.prorated(adjustment, lines, targets)?;
                ((minimum - total).max(Decimal::ZERO), true)
            }
            Kind::Maximum => {
                let maximum = self.prorated(adjustment, lines, targets)?;
                (-(total - maximum).max(Decimal::ZERO), false)
            }
            Kind::UsageDiscount => (Decimal::ZERO, false),
        };
        if delta.is_zero() {
            return Ok(Vec::new());
        }
        // A minimum's shortfall is shared evenly; discounts and caps in proportion to the
        // lines, so none goes below zero. The amounts become the weights in place.
        for weight in &mut current {
            *weight = if even {
                Decimal::ONE
            } else {
                (*weight).max(Decimal::ZERO)
            };
        }
        if current.iter().all(Decimal::is_zero) {
            return Ok(Vec::new());
        }
        allocate(delta, &current, self.currency.scale, self.rounding)
    }

    /// A minimum or maximum for the part of the group's cycle that the group and the
    /// adjustment both cover, rounded once.
    fn prorated(
        &self,
        adjustment: &Adjustment,
        lines: &[DraftLine],
        targets: &[usize],
    ) -> Result<Decimal> {
        let group = || targets.iter().filter_map(|&index| lines.get(index));
        let (Some(start), Some(end), Some(first)) = (
            group().map(|line| line.start).min(),
            group().map(|line| line.end).max(),
            group().next(),
        ) else {
            return Ok(adjustment.value);
        };
        let from = start.max(adjustment.start);
        let to = adjustment.end.map_or(end, |limit| limit.min(end));
        let used = self.unit.measure(from, to).max(0);
        let total = self.unit.measure(first.cycle.0, first.cycle.1);
        if total <= 0 || used >= total {
            return Ok(adjustment.value);
        }
        self.round(adjustment.value, used, total)
    }

    fn round(&self, amount: Decimal, used: i64, total: i64) -> Result<Decimal> {
        round_share(
            amount,
            (used, total),
            self.currency,
            self.rounding,
            "subscription.adjustment_intervals",
        )
    }
}

fn too_large() -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "subscription.adjustment_intervals",
        "the amounts are too large to adjust exactly",
    )
}
