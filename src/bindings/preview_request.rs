//! A Subscription's preview request read from the cells `preview_request.js` packs, or
//! by the reader of every other input ([`crate::input`]) when it declines the request or this
//! cannot read it back.

use std::collections::BTreeMap;

use serde::de::{DeserializeOwned, IntoDeserializer};
use wasm_bindgen::prelude::*;

use crate::bindings::read;
use crate::bindings::utf16_fields::{packed_text, Utf16Fields};
use crate::invoice::{OrbNumber, PreviewRequest, UsageGroup, UsageSpec};
use crate::money::CurrencySpec;

#[wasm_bindgen(module = "/src/bindings/preview_request.js")]
extern "C" {
    /// The cells of `request`, its text left pending; `None` when it declines the request.
    #[wasm_bindgen(js_name = packPreviewRequest)]
    fn pack_preview_request(request: &JsValue) -> Option<js_sys::Uint32Array>;
    /// Writes the pending text as UTF-8 into `bytes`; returns the count of bytes written.
    #[wasm_bindgen(js_name = encodePreviewRequest)]
    fn encode_preview_request(bytes: &mut [u8]) -> u32;
}

/// The cell of an absent field or value.
const NONE: u32 = u32::MAX;
/// The usage kinds the packer writes.
const QUANTITY: u32 = 0;
const GROUPS: u32 = 1;

/// `request` as a [`PreviewRequest`], or the `BillkitError` the reader of other inputs gives.
pub(crate) fn read_request(request: JsValue) -> Result<PreviewRequest, JsValue> {
    match packed_request(&request) {
        Some(packed) => Ok(packed),
        None => read(request),
    }
}

fn packed_request(request: &JsValue) -> Option<PreviewRequest> {
    let cells = pack_preview_request(request)?.to_vec();
    let (units, cells) = cells.split_first()?;
    let text = packed_text(*units, encode_preview_request)?;
    let mut reader = Cells {
        cells: cells.iter().copied(),
        fields: Utf16Fields::new(&text),
    };
    let request = PreviewRequest {
        usage: reader.usage()?,
        period_index: reader.optional()?.map(str::parse).transpose().ok()?,
        at: reader.optional()?.map(str::to_owned),
        currency: reader
            .optional()?
            .map(|code| CurrencySpec::Iso(code.to_owned())),
        rounding: reader.optional()?.map(variant).transpose().ok()?,
        unit: reader.optional()?.map(variant).transpose().ok()?,
    };
    reader.is_done().then_some(request)
}

/// A unit variant by its name, as serde reads it; an error for another name, whose error
/// the reader of other inputs gives.
fn variant<T: DeserializeOwned>(name: &str) -> Result<T, serde::de::value::Error> {
    T::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(name))
}

struct Cells<'a, I> {
    cells: I,
    fields: Utf16Fields<'a>,
}

impl<'a, I: Iterator<Item = u32>> Cells<'a, I> {
    fn usage(&mut self) -> Option<Option<BTreeMap<String, UsageSpec>>> {
        let count = self.cells.next()?;
        if count == NONE {
            return Some(None);
        }
        let mut usage = BTreeMap::new();
        for _ in 0..count {
            let key = self.string()?.to_owned();
            let spec = match self.cells.next()? {
                QUANTITY => UsageSpec::Quantity(self.number()?),
                GROUPS => UsageSpec::Groups(self.groups()?),
                _ => return None,
            };
            usage.insert(key, spec);
        }
        Some(Some(usage))
    }

    fn groups(&mut self) -> Option<Vec<UsageGroup>> {
        let count = self.cells.next()?;
        (0..count)
            .map(|_| {
                let values = self.cells.next()?;
                let dimension_values = (0..values)
                    .map(|_| self.optional().map(|value| value.map(str::to_owned)))
                    .collect::<Option<Vec<_>>>()?;
                Some(UsageGroup {
                    dimension_values,
                    quantity: self.number()?,
                })
            })
            .collect()
    }

    fn number(&mut self) -> Option<OrbNumber> {
        self.string().map(OrbNumber::from)
    }

    /// The next string; `None` when the cells run out or hold an absent one.
    fn string(&mut self) -> Option<&'a str> {
        self.optional()?
    }

    /// The next string, or `Some(None)` for an absent one.
    fn optional(&mut self) -> Option<Option<&'a str>> {
        match self.cells.next()? {
            NONE => Some(None),
            units => self.fields.take(units).map(Some),
        }
    }

    fn is_done(&mut self) -> bool {
        self.cells.next().is_none() && self.fields.is_empty()
    }
}
