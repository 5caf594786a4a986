//! The explanation of an invoice line (`Remaining time: 28/31 days of 1 × 500.00`), written
//! piece by piece into one buffer.

use rust_decimal::Decimal;

use crate::money::push_decimal;

/// An explanation being written. Every line of every preview has one: built with
/// `format!`, each grew its string several times and formatted its decimals through
/// `core::fmt`, a fifth of a preview's time.
pub(crate) struct Explanation(String);

impl Explanation {
    pub(crate) fn new() -> Explanation {
        Explanation(String::with_capacity(64))
    }

    pub(crate) fn text(mut self, text: &str) -> Explanation {
        self.0.push_str(text);
        self
    }

    pub(crate) fn decimal(mut self, value: &Decimal) -> Explanation {
        push_decimal(&mut self.0, value);
        self
    }

    /// `quantity × rate`.
    pub(crate) fn times(self, quantity: &Decimal, rate: &Decimal) -> Explanation {
        self.decimal(quantity).text(" × ").decimal(rate)
    }

    /// `piece` after the others, joined by ` + `.
    pub(crate) fn plus(self, piece: impl FnOnce(Explanation) -> Explanation) -> Explanation {
        let joined = if self.0.is_empty() {
            self
        } else {
            self.text(" + ")
        };
        piece(joined)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn done(self) -> String {
        self.0
    }
}
