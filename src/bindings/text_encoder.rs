//! Strings into wasm through the host's `TextEncoder`.
//!
//! wasm-bindgen's string glue copies a string one character at a time in JS; the host's
//! native `encode` and one copy into wasm memory move a long string (a batch's JSON) many
//! times faster.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &js_sys::JsString) -> js_sys::Uint8Array;
}

thread_local! {
    static TEXT_ENCODER: TextEncoder = TextEncoder::new();
}

/// `text` as a Rust string, or `None` when it is not valid UTF-8 (never, for a JS string
/// the encoder has replaced lone surrogates in).
pub fn utf8_of(text: &js_sys::JsString) -> Option<String> {
    String::from_utf8(TEXT_ENCODER.with(|encoder| encoder.encode(text)).to_vec()).ok()
}
