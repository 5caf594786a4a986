//! Previews invoices natively: reads a JSON array of `previewInvoice` inputs on stdin and
//! writes a JSON array of `{ "invoice": ... }` or `{ "error": { "code", "field" } }`, each
//! object's fields in the order the package writes them.
//! The package's test runs the same inputs through wasm and compares the two byte for byte.

use std::io::Read;

use billkit::invoice::{preview_invoice, Invoice, PreviewInvoiceInput};
use serde::Serialize;
use serde_json::Value;

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    Invoice(Box<Invoice>),
    Error { code: String, field: String },
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let inputs: Vec<Value> = serde_json::from_str(&text)?;
    let outcomes: Vec<Outcome> = inputs
        .into_iter()
        .map(
            |input| match serde_json::from_value::<PreviewInvoiceInput>(input) {
                Err(error) => Outcome::Error {
                    code: "invalid_input".to_owned(),
                    field: error.to_string(),
                },
                Ok(input) => match preview_invoice(&input) {
                    Ok(invoice) => Outcome::Invoice(Box::new(invoice)),
                    Err(error) => Outcome::Error {
                        code: error.code().as_str().to_owned(),
                        field: error.field().to_owned(),
                    },
                },
            },
        )
        .collect();
    println!("{}", serde_json::to_string(&outcomes)?);
    Ok(())
}
