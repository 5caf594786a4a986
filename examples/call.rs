//! Runs a corpus of package calls natively: reads `[{ "call": name, "args": [...] }, ...]` on
//! stdin and writes, in order, `{ "ok": result }` or `{ "error": { name, code, field, message } }`
//! as one JSON line, in the field order the package's results have, so that the determinism
//! test can compare it byte for byte with what Node, Chromium and workerd print.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
struct Call {
    call: String,
    args: Value,
}

#[derive(Serialize)]
struct Thrown<'a> {
    name: &'a str,
    code: &'a str,
    field: &'a str,
    message: &'a str,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let calls: Vec<Call> = serde_json::from_str(&text)?;
    let mut out = String::from("[");
    for (index, call) in calls.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        match billkit::json::call(&call.call, &call.args.to_string()) {
            Ok(result) => {
                out.push_str("{\"ok\":");
                out.push_str(&result);
                out.push('}');
            }
            Err(error) => {
                let thrown = Thrown {
                    name: "BillkitError",
                    code: error.code().as_str(),
                    field: error.field(),
                    message: error.message(),
                };
                out.push_str("{\"error\":");
                out.push_str(&serde_json::to_string(&thrown)?);
                out.push('}');
            }
        }
    }
    out.push(']');
    std::io::stdout().write_all(out.as_bytes())?;
    Ok(())
}
