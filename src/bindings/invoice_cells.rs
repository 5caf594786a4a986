//! An invoice handed to JS as two texts of its strings and a list of cells, built into
//! objects by `invoice_object.js` in the shape serde gives [`Invoice`].

use chrono::{DateTime, Offset};
use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;

use crate::calendar::instant::push_instant;
use crate::calendar::periods::Period;
use crate::calendar::Zone;
use crate::invoice::{Invoice, InvoiceLine};
use crate::money::push_decimal;

#[wasm_bindgen(module = "/src/bindings/invoice_object.js")]
extern "C" {
    #[wasm_bindgen(js_name = invoiceObject)]
    fn invoice_object(text: &str, wide: &str, cells: &[u32]) -> JsValue;
}

/// The cell of a missing string.
const NULL: u32 = u32::MAX;
/// The cell of an instant written before: `REPEAT + k` for the k-th distinct one. An
/// invoice's instants are a few period boundaries, each repeated by many lines.
const REPEAT: u32 = 1 << 31;
/// The cell of a string in the wide text: `WIDE + end`, `end` where it ends there in UTF-16
/// units.
const WIDE: u32 = 1 << 30;

/// `invoice` as JS objects.
pub(crate) fn invoice_value(invoice: &Invoice) -> JsValue {
    let mut cells = Cells::with_lines(invoice.lines.len());
    cells.invoice(invoice);
    invoice_object(&cells.text, &cells.wide, &cells.cells)
}

/// The strings of an invoice, one after another, and the cells that say where each ends.
/// ASCII strings go to `text`, others to `wide`: decoding UTF-8 into JS is several times
/// slower per byte once a text holds one non-ASCII character (measured in Node 20: 2.3 us
/// for 1.8 KB with a few `×`, 0.25 us without), and explanations carry `×`.
struct Cells {
    text: String,
    wide: String,
    /// The wide text's length in UTF-16 units, JS's string indices.
    wide_len: u32,
    cells: Vec<u32>,
    /// The distinct instants written, in order.
    instants: Vec<DateTime<Zone>>,
}

impl Cells {
    fn with_lines(lines: usize) -> Cells {
        Cells {
            text: String::with_capacity(300 + lines * 160),
            wide: String::with_capacity(lines * 40),
            wide_len: 0,
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
        if text.is_ascii() {
            self.text.push_str(text);
            self.end_ascii();
            return;
        }
        self.wide.push_str(text);
        let units = u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX);
        self.wide_len = self.wide_len.saturating_add(units);
        self.cells.push(WIDE.saturating_add(self.wide_len));
    }

    /// Instants and decimals are ASCII.
    fn instant(&mut self, instant: &DateTime<Zone>) {
        // Equal instants are equal whatever their offsets; their text is equal only with the
        // same offset.
        let same = |seen: &DateTime<Zone>| {
            seen == instant && seen.offset().fix() == instant.offset().fix()
        };
        if let Some(seen) = self.instants.iter().position(same) {
            self.cells
                .push(REPEAT.saturating_add(u32::try_from(seen).unwrap_or(u32::MAX)));
            return;
        }
        self.instants.push(*instant);
        push_instant(&mut self.text, instant);
        self.end_ascii();
    }

    fn decimal(&mut self, value: &Decimal) {
        push_decimal(&mut self.text, value);
        self.end_ascii();
    }

    fn optional<T: ?Sized>(&mut self, value: Option<&T>, write: fn(&mut Cells, &T)) {
        match value {
            Some(value) => write(self, value),
            None => self.cells.push(NULL),
        }
    }

    /// Ends the string just written to the ASCII text, whose length in bytes is its length
    /// in UTF-16 units, JS's string indices.
    fn end_ascii(&mut self) {
        // An invoice's text is bounded far below 1 GB (`WIDE`) by the limits on its input.
        self.cells
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    fn count(&mut self, count: usize) {
        self.cells.push(u32::try_from(count).unwrap_or(u32::MAX));
    }
}
