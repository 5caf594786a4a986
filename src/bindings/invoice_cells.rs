//! An invoice handed to JS as one text of its strings and a list of cells, built into
//! objects by `invoice_object.js` in the shape serde gives [`Invoice`].

use chrono::{DateTime, Offset};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;

use crate::calendar::instant::push_instant;
use crate::calendar::periods::Period;
use crate::invoice::{Invoice, InvoiceLine};
use crate::money::push_decimal;

#[wasm_bindgen(module = "/src/bindings/invoice_object.js")]
extern "C" {
    #[wasm_bindgen(js_name = invoiceObject)]
    fn invoice_object(text: &str, cells: &[u32]) -> JsValue;
}

/// The cell of a missing string.
const NULL: u32 = u32::MAX;
/// The cell of an instant written before: `REPEAT + k` for the k-th distinct one. An
/// invoice's instants are a few period boundaries, each repeated by many lines.
const REPEAT: u32 = 1 << 31;

/// `invoice` as JS objects.
pub(crate) fn invoice_value(invoice: &Invoice) -> JsValue {
    let mut cells = Cells::with_lines(invoice.lines.len());
    cells.invoice(invoice);
    invoice_object(&cells.text, &cells.cells)
}

/// The strings of an invoice, one after another, and the cells that say where each ends.
struct Cells {
    text: String,
    /// The text's length in UTF-16 units, JS's string indices.
    utf16_len: u32,
    cells: Vec<u32>,
    /// The distinct instants written, in order.
    instants: Vec<DateTime<Tz>>,
}

impl Cells {
    fn with_lines(lines: usize) -> Cells {
        Cells {
            text: String::with_capacity(300 + lines * 200),
            utf16_len: 0,
            cells: Vec::with_capacity(30 + lines * 16),
            instants: Vec::with_capacity(8),
        }
    }

    fn invoice(&mut self, invoice: &Invoice) {
        self.string(&invoice.currency);
        self.instant(&invoice.invoice_date);
        self.instant(&invoice.due_date);
        self.period(&invoice.period);
        match &invoice.previous_period {
            Some(previous) => {
                self.count(1);
                self.period(previous);
            }
            None => self.count(0),
        }
        self.count(invoice.lines.len());
        for line in &invoice.lines {
            self.line(line);
        }
        for amount in [
            &invoice.subtotal,
            &invoice.total,
            &invoice.balance_applied,
            &invoice.amount_due,
        ] {
            self.decimal(amount);
        }
    }

    fn period(&mut self, period: &Period) {
        self.instant(&period.start);
        self.instant(&period.end);
        self.count(usize::from(period.partial));
        self.instant(&period.cycle_start);
        self.instant(&period.cycle_end);
    }

    fn line(&mut self, line: &InvoiceLine) {
        self.string(line.kind.as_str());
        self.string(&line.name);
        self.string(&line.price_id);
        self.optional(line.price_interval_id.as_deref(), Cells::string);
        self.instant(&line.start);
        self.optional(line.end.as_ref(), Cells::instant);
        self.decimal(&line.quantity);
        self.optional(line.unit_amount.as_ref(), Cells::decimal);
        self.decimal(&line.subtotal);
        self.count(line.adjustments.len());
        for adjustment in &line.adjustments {
            self.optional(adjustment.adjustment_id.as_deref(), Cells::string);
            self.string(adjustment.adjustment_type);
            self.decimal(&adjustment.amount);
        }
        self.decimal(&line.amount);
        self.string(&line.explanation);
    }

    fn string(&mut self, text: &str) {
        self.text.push_str(text);
        let units = if text.is_ascii() {
            text.len()
        } else {
            text.encode_utf16().count()
        };
        self.end_string(units);
    }

    /// Instants and decimals are ASCII: their byte count is their UTF-16 length.
    fn instant(&mut self, instant: &DateTime<Tz>) {
        // Equal instants are equal whatever their offsets; their text is equal only with the
        // same offset.
        let same =
            |seen: &DateTime<Tz>| seen == instant && seen.offset().fix() == instant.offset().fix();
        if let Some(seen) = self.instants.iter().position(same) {
            self.cells
                .push(REPEAT.saturating_add(u32::try_from(seen).unwrap_or(u32::MAX)));
            return;
        }
        self.instants.push(*instant);
        let before = self.text.len();
        push_instant(&mut self.text, instant);
        self.end_string(self.text.len() - before);
    }

    fn decimal(&mut self, value: &Decimal) {
        let before = self.text.len();
        push_decimal(&mut self.text, value);
        self.end_string(self.text.len() - before);
    }

    fn optional<T: ?Sized>(&mut self, value: Option<&T>, write: fn(&mut Cells, &T)) {
        match value {
            Some(value) => write(self, value),
            None => self.cells.push(NULL),
        }
    }

    fn end_string(&mut self, units: usize) {
        // An invoice's text is bounded far below 4 GB by the limits on its input.
        self.utf16_len = self
            .utf16_len
            .saturating_add(u32::try_from(units).unwrap_or(u32::MAX));
        self.cells.push(self.utf16_len);
    }

    fn count(&mut self, count: usize) {
        self.cells.push(u32::try_from(count).unwrap_or(u32::MAX));
    }
}
