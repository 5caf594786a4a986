#![no_main]
//! `previewInvoice` on arbitrary and structured JSON (see the harness in src/lib.rs).
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(broken) = billkit_fuzz::exercise("previewInvoice", data) {
        panic!("{broken}");
    }
});
