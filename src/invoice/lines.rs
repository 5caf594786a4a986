//! The lines of the invoice that opens a billing period, before adjustments: fixed fees in
//! advance for the period, one-time fees starting in it, and for the period before it, fixed
//! fees in arrears, usage, and the credits and charges of changes to fees paid in advance.

use std::cell::Cell;
use std::collections::BTreeMap;

use chrono::DateTime;
use rust_decimal::Decimal;

use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::periods::Period;
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::invoice::explanation::Explanation;
use crate::invoice::fees::{Billing, Fee};
use crate::invoice::invoice::InvoiceLineKind;
use crate::invoice::pricing::Priced;
use crate::invoice::usage::Usage;
use crate::invoice::{named, round_share};
use crate::money::{Currency, RoundingMode};
use crate::proration::ProrationUnit;

/// A line before adjustments: its subtotal rounded once.
#[derive(Debug, Clone)]
pub(crate) struct DraftLine<'u> {
    /// The fee's index in the subscription's fees.
    pub(crate) fee: usize,
    pub(crate) kind: InvoiceLineKind,
    pub(crate) start: DateTime<Zone>,
    pub(crate) end: DateTime<Zone>,
    /// The nominal cycle the service period lies in: what minimums are prorated over.
    pub(crate) cycle: (DateTime<Zone>, DateTime<Zone>),
    pub(crate) quantity: Decimal,
    pub(crate) unit_amount: Option<Decimal>,
    /// The usage a usage line priced, for usage discounts to price again.
    pub(crate) usage: Option<&'u Usage>,
    pub(crate) subtotal: Decimal,
    pub(crate) explanation: String,
}

/// A period looked up: its calendar, the instant asked about, and the period holding it.
pub(crate) type FoundPeriod = (usize, DateTime<Zone>, Option<Period>);

/// What every line of one preview shares.
pub(crate) struct LineContext<'a> {
    pub(crate) fees: &'a [Fee],
    /// The fees' distinct calendars.
    pub(crate) calendars: &'a [BillingCalendar],
    /// Each fee's calendar among them; `None` for one-time fees.
    pub(crate) fee_calendars: &'a [Option<usize>],
    /// The periods looked up so far, by calendar and instant: fees on one cadence ask for the
    /// same ones. A `Cell`, taken and put back, so that no borrow can fail.
    pub(crate) found: Cell<Vec<FoundPeriod>>,
    pub(crate) usage: &'a BTreeMap<&'a str, Usage>,
    pub(crate) unit: ProrationUnit,
    pub(crate) currency: &'a Currency,
    pub(crate) rounding: RoundingMode,
}

impl<'a> LineContext<'a> {
    /// Every line of the invoice that opens `period`, `previous` being the period before.
    pub(crate) fn lines(
        &self,
        period: &Period,
        previous: Option<&Period>,
    ) -> Result<Vec<DraftLine<'a>>> {
        // About a line a fee, and a credit and a charge for a change.
        let mut lines = Vec::with_capacity(self.fees.len() + 2);
        for (index, fee) in self.fees.iter().enumerate() {
            match fee.billing {
                Billing::InAdvance => self.in_advance(index, period, &mut lines)?,
                Billing::OneTime => self.one_time(index, period, &mut lines)?,
                _ => {}
            }
        }
        let Some(previous) = previous else {
            return Ok(lines);
        };
        for (index, fee) in self.fees.iter().enumerate() {
            match fee.billing {
                Billing::InArrears => self.in_arrears(index, previous, period.start, &mut lines)?,
                Billing::Usage => self.usage_line(index, previous, &mut lines)?,
                _ => {}
            }
        }
        for (index, fee) in self.fees.iter().enumerate() {
            if fee.billing == Billing::InAdvance {
                self.changes(index, previous, period.start, &mut lines)?;
            }
        }
        Ok(lines)
    }

    /// The fee's whole period, when one of its periods starts with `period`; an end inside
    /// it is credited on a later invoice.
    fn in_advance(
        &self,
        index: usize,
        period: &Period,
        lines: &mut Vec<DraftLine<'a>>,
    ) -> Result<()> {
        let Some((fee, own)) = self.fee_period_at(index, period.start)? else {
            return Ok(());
        };
        if own.start != period.start || !fee.is_active(own.start) {
            return Ok(());
        }
        let quantity = fee.quantity_at(own.start);
        let priced = self.fixed(fee, quantity)?;
        lines.push(self.prorated(
            index,
            InvoiceLineKind::InAdvance,
            &own,
            own.start,
            own.end,
            quantity,
            &priced,
            "",
        )?);
        Ok(())
    }

    fn one_time(
        &self,
        index: usize,
        period: &Period,
        lines: &mut Vec<DraftLine<'a>>,
    ) -> Result<()> {
        let Some(fee) = self.fees.get(index) else {
            return Ok(());
        };
        if fee.start < period.start || fee.start >= period.end {
            return Ok(());
        }
        let quantity = fee.quantity_at(fee.start);
        let priced = self.fixed(fee, quantity)?;
        lines.push(DraftLine {
            fee: index,
            kind: InvoiceLineKind::OneTime,
            start: fee.start,
            end: period.end,
            cycle: (period.cycle_start, period.cycle_end),
            quantity,
            unit_amount: priced.unit_amount,
            usage: None,
            subtotal: self.round(priced.amount, 1, 1)?,
            explanation: priced.explanation,
        });
        Ok(())
    }

    /// The fee's period that ends when the invoice is issued, each stretch at its quantity.
    fn in_arrears(
        &self,
        index: usize,
        previous: &Period,
        issued: DateTime<Zone>,
        lines: &mut Vec<DraftLine<'a>>,
    ) -> Result<()> {
        let Some((fee, own)) = self.fee_period_at(index, previous.start)? else {
            return Ok(());
        };
        if own.end != issued {
            return Ok(());
        }
        let from = own.start.max(fee.start);
        let to = fee.end.map_or(own.end, |end| end.min(own.end));
        for (start, end, quantity) in stretches(fee, from, to) {
            let priced = self.fixed(fee, quantity)?;
            lines.push(self.prorated(
                index,
                InvoiceLineKind::InArrears,
                &own,
                start,
                end,
                quantity,
                &priced,
                "",
            )?);
        }
        Ok(())
    }

    fn usage_line(
        &self,
        index: usize,
        previous: &Period,
        lines: &mut Vec<DraftLine<'a>>,
    ) -> Result<()> {
        let Some(fee) = self.fees.get(index) else {
            return Ok(());
        };
        let from = previous.start.max(fee.start);
        let to = fee.end.map_or(previous.end, |end| end.min(previous.end));
        if from >= to {
            return Ok(());
        }
        let usage = fee
            .interval_id
            .as_ref()
            .and_then(|id| self.usage.get(&**id))
            .or_else(|| self.usage.get(&*fee.price_id))
            .unwrap_or(&Usage::NONE);
        let priced = named(
            |at| fee.model.price(usage, at),
            || format!("usage.{}", fee.price_id),
        )?;
        lines.push(DraftLine {
            fee: index,
            kind: InvoiceLineKind::Usage,
            start: from,
            end: to,
            cycle: (previous.cycle_start, previous.cycle_end),
            quantity: usage.total(),
            unit_amount: priced.unit_amount,
            usage: Some(usage),
            subtotal: self.round(priced.amount, 1, 1)?,
            explanation: priced.explanation,
        });
        Ok(())
    }

    /// Credits and charges for what changed, after the period before started and up to the
    /// issue, inside a period of the fee that was billed in advance.
    fn changes(
        &self,
        index: usize,
        previous: &Period,
        issued: DateTime<Zone>,
        lines: &mut Vec<DraftLine<'a>>,
    ) -> Result<()> {
        let Some(fee) = self.fees.get(index) else {
            return Ok(());
        };
        let within = |at: DateTime<Zone>| previous.start < at && at <= issued;
        if within(fee.start) {
            if let Some((_, own)) = self.fee_period_inside(index, fee.start)? {
                let quantity = fee.quantity_at(fee.start);
                let priced = self.fixed(fee, quantity)?;
                lines.push(self.prorated(
                    index,
                    InvoiceLineKind::Charge,
                    &own,
                    fee.start,
                    own.end,
                    quantity,
                    &priced,
                    "Remaining time",
                )?);
            }
        }
        for pair in fee.quantities.windows(2) {
            let [(_, old), (at, new)] = pair else {
                continue;
            };
            if !within(*at) || !fee.is_active(*at) || old == new {
                continue;
            }
            if let Some((_, own)) = self.fee_period_inside(index, *at)? {
                let difference = self
                    .fixed(fee, *new)?
                    .amount
                    .checked_sub(self.fixed(fee, *old)?.amount)
                    .ok_or_else(too_large)?;
                let kind = if difference < Decimal::ZERO {
                    InvoiceLineKind::Credit
                } else {
                    InvoiceLineKind::Charge
                };
                let priced = Priced {
                    amount: difference,
                    unit_amount: None,
                    explanation: Explanation::new().decimal(&difference.abs()).done(),
                };
                let what = Explanation::new()
                    .text("Quantity ")
                    .decimal(old)
                    .text(" to ")
                    .decimal(new)
                    .text(", remaining time")
                    .done();
                lines.push(self.prorated(index, kind, &own, *at, own.end, *new, &priced, &what)?);
            }
        }
        if let Some(end) = fee.end.filter(|end| within(*end)) {
            if let Some((_, own)) = self.fee_period_inside(index, end)? {
                let quantity = fee.quantity_before(end);
                let mut priced = self.fixed(fee, quantity)?;
                priced.amount = -priced.amount;
                lines.push(self.prorated(
                    index,
                    InvoiceLineKind::Credit,
                    &own,
                    end,
                    own.end,
                    quantity,
                    &priced,
                    "Unused time",
                )?);
            }
        }
        Ok(())
    }

    /// The fee and its period holding `at`, if the fee recurs and `at` is billed.
    fn fee_period_at(&self, index: usize, at: DateTime<Zone>) -> Result<Option<(&Fee, Period)>> {
        let (Some(fee), Some(Some(calendar))) =
            (self.fees.get(index), self.fee_calendars.get(index))
        else {
            return Ok(None);
        };
        Ok(self.period_at(*calendar, at)?.map(|own| (fee, own)))
    }

    /// The period of calendar `calendar` holding `at`, looked up once a preview.
    fn period_at(&self, calendar: usize, at: DateTime<Zone>) -> Result<Option<Period>> {
        let mut found = self.found.take();
        let period = match found
            .iter()
            .find(|(seen, when, _)| *seen == calendar && *when == at)
        {
            Some((_, _, period)) => Ok(period.clone()),
            None => match self.calendars.get(calendar) {
                Some(own) => own.period_at(at).inspect(|period| {
                    found.push((calendar, at, period.clone()));
                }),
                None => Ok(None),
            },
        };
        self.found.set(found);
        period
    }

    /// The fee's period holding `at` when `at` is strictly inside it: a change there is
    /// prorated; at a boundary it is not.
    fn fee_period_inside(
        &self,
        index: usize,
        at: DateTime<Zone>,
    ) -> Result<Option<(&Fee, Period)>> {
        Ok(self
            .fee_period_at(index, at)?
            .filter(|(_, own)| own.start < at))
    }

    fn fixed(&self, fee: &Fee, quantity: Decimal) -> Result<Priced> {
        let usage = Usage::Quantity(quantity);
        named(
            |at| fee.model.price(&usage, at),
            || format!("{}.price", fee.field()),
        )
    }

    /// A line for `[from, to)` of the fee's period `own`, prorated over its nominal cycle.
    #[allow(clippy::too_many_arguments)]
    fn prorated(
        &self,
        index: usize,
        kind: InvoiceLineKind,
        own: &Period,
        from: DateTime<Zone>,
        to: DateTime<Zone>,
        quantity: Decimal,
        priced: &Priced,
        what: &str,
    ) -> Result<DraftLine<'a>> {
        let used = self.unit.measure(from, to);
        let total = self.unit.measure(own.cycle_start, own.cycle_end);
        let mut explanation = Explanation::new();
        if !what.is_empty() {
            explanation = explanation.text(what).text(": ");
        }
        if used != total {
            explanation = explanation
                .decimal(&Decimal::from(used))
                .text("/")
                .decimal(&Decimal::from(total))
                .text(" ")
                .text(self.unit.plural())
                .text(" of ");
        }
        Ok(DraftLine {
            fee: index,
            kind,
            start: from,
            end: to,
            cycle: (own.cycle_start, own.cycle_end),
            quantity,
            unit_amount: priced.unit_amount,
            usage: None,
            subtotal: self.round(priced.amount, used, total)?,
            explanation: explanation.text(&priced.explanation).done(),
        })
    }

    fn round(&self, amount: Decimal, used: i64, total: i64) -> Result<Decimal> {
        round_share(
            amount,
            (used, total),
            self.currency,
            self.rounding,
            "subscription",
        )
    }
}

fn too_large() -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "subscription",
        "the amounts are too large to bill exactly",
    )
}

/// `[from, to)` cut where the fee's quantity changes, with the quantity of each stretch.
fn stretches(
    fee: &Fee,
    from: DateTime<Zone>,
    to: DateTime<Zone>,
) -> Vec<(DateTime<Zone>, DateTime<Zone>, Decimal)> {
    let mut cuts: Vec<DateTime<Zone>> = fee
        .quantities
        .iter()
        .map(|(at, _)| *at)
        .filter(|at| from < *at && *at < to)
        .collect();
    cuts.insert(0, from);
    cuts.push(to);
    cuts.windows(2)
        .filter_map(|pair| match pair {
            [start, end] => Some((*start, *end, fee.quantity_at(*start))),
            _ => None,
        })
        .collect()
}
