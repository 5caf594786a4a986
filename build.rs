//! Builds the time zone table billkit computes with (`src/calendar/tzdb.rs` reads it).
//!
//! The source is the IANA tz database release in `data/tzdata`, the release chrono-tz ships,
//! read by the parser chrono-tz's own build uses (parse-zoneinfo), so every zone and alias has
//! the history chrono-tz gives it; `tests/zone_table.rs` checks that instant by instant. What is
//! kept is only what billing needs, each zone's UTC offsets and the instants they change, coded
//! as varints and shared by the names whose histories are the same: 25 KB of the module gzipped,
//! where chrono-tz's generated tables took 140 KB of a 200 KB budget.
//!
//! With the `tz-filter` feature, only the names matching the regex in `BILLKIT_ZONES` are kept,
//! with UTC, GMT and the links between kept names and their targets (the slim package).

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use parse_zoneinfo::line::Line;
use parse_zoneinfo::table::{Table, TableBuilder};
use parse_zoneinfo::transitions::{FixedTimespanSet, TableTransitions};
use parse_zoneinfo::FILES;

/// Names the slim package keeps whatever its regex: the default zone and its usual spelling.
#[cfg(feature = "tz-filter")]
const ALWAYS_KEPT: [&str; 2] = ["UTC", "GMT"];

type BuildResult<T> = Result<T, Box<dyn Error>>;

fn main() -> BuildResult<()> {
    println!("cargo:rerun-if-changed=data/tzdata");
    println!("cargo:rerun-if-env-changed=BILLKIT_ZONES");
    let table = read_table(Path::new("data/tzdata"))?;
    let names = kept_names(&table)?;
    let out_dir = env::var("OUT_DIR")?;
    let (source, histories) = zone_table(&table, &names)?;
    fs::write(Path::new(&out_dir).join("zone_histories.bin"), histories)?;
    fs::write(Path::new(&out_dir).join("zone_table.rs"), source)?;
    Ok(())
}

fn read_table(dir: &Path) -> BuildResult<Table> {
    let mut builder = TableBuilder::new();
    for file in FILES {
        let text = fs::read_to_string(dir.join(file))?;
        for line in text.lines() {
            // The tz source never has a `#` inside quotes, so a comment runs from the first one.
            let line = line.split('#').next().unwrap_or_default();
            let parsed = Line::new(line).map_err(|error| format!("{file}: {error}: {line}"))?;
            builder
                .add_line(parsed)
                .map_err(|error| format!("{file}: {error}: {line}"))?;
        }
    }
    Ok(builder.build())
}

fn every_name(table: &Table) -> BTreeSet<String> {
    table
        .zonesets
        .keys()
        .chain(table.links.keys())
        .cloned()
        .collect()
}

#[cfg(not(feature = "tz-filter"))]
fn kept_names(table: &Table) -> BuildResult<BTreeSet<String>> {
    Ok(every_name(table))
}

/// The names `BILLKIT_ZONES` matches, UTC and GMT, and the links between them and others.
#[cfg(feature = "tz-filter")]
fn kept_names(table: &Table) -> BuildResult<BTreeSet<String>> {
    let pattern = env::var("BILLKIT_ZONES")
        .map_err(|_| "tz-filter needs BILLKIT_ZONES, a regex of zone names")?;
    let pattern = regex::Regex::new(&pattern)?;
    let mut kept: BTreeSet<String> = every_name(table)
        .into_iter()
        .filter(|name| pattern.is_match(name) || ALWAYS_KEPT.contains(&name.as_str()))
        .collect();
    // A kept link needs its target's history under the target's name, and a kept zone keeps
    // its aliases (US/Eastern beside America/New_York): both directions of every link.
    loop {
        let before = kept.len();
        for (link, target) in &table.links {
            if kept.contains(link) || kept.contains(target) {
                kept.insert(link.clone());
                kept.insert(target.clone());
            }
        }
        if kept.len() == before {
            return Ok(kept);
        }
    }
}

/// The Rust source of the table and the bytes of the histories it indexes.
fn zone_table(table: &Table, names: &BTreeSet<String>) -> BuildResult<(String, Vec<u8>)> {
    let mut histories: Vec<u8> = Vec::new();
    let mut history_starts: Vec<usize> = Vec::new();
    let mut history_index: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
    let mut name_histories = Vec::new();
    let mut name_ends = Vec::new();
    let mut all_names = String::new();
    for name in names {
        let spans = table
            .timespans(name)
            .ok_or_else(|| format!("no history for {name}"))?;
        let coded = encode_history(&spans).map_err(|error| format!("{name}: {error}"))?;
        let index = *history_index.entry(coded).or_insert_with_key(|coded| {
            history_starts.push(histories.len());
            histories.extend_from_slice(coded);
            history_starts.len() - 1
        });
        name_histories.push(u16::try_from(index)?);
        all_names.push_str(name);
        name_ends.push(u16::try_from(all_names.len())?);
    }
    history_starts.push(histories.len());
    let history_starts = history_starts
        .into_iter()
        .map(u32::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    let mut source = String::new();
    writeln!(
        source,
        "/// Every zone and alias name, sorted, one after another."
    )?;
    writeln!(source, "const NAMES: &str = {all_names:?};")?;
    writeln!(source, "/// Where each name of `NAMES` ends.")?;
    writeln!(
        source,
        "const NAME_ENDS: [u16; {}] = {name_ends:?};",
        name_ends.len()
    )?;
    writeln!(
        source,
        "/// Each name's history, an index into `HISTORY_STARTS`."
    )?;
    writeln!(
        source,
        "const NAME_HISTORIES: [u16; {}] = {name_histories:?};",
        name_histories.len()
    )?;
    writeln!(
        source,
        "/// Where each history starts in `HISTORIES`, and where the last one ends."
    )?;
    writeln!(
        source,
        "const HISTORY_STARTS: [u32; {}] = {history_starts:?};",
        history_starts.len()
    )?;
    writeln!(source, "/// The number of distinct histories.")?;
    writeln!(
        source,
        "const HISTORY_COUNT: usize = {};",
        history_starts.len() - 1
    )?;
    writeln!(
        source,
        "/// The histories, coded as `tzdb::decode_history` reads them."
    )?;
    writeln!(source, "static HISTORIES: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/zone_histories.bin\"));")?;
    Ok((source, histories))
}

/// One zone's history: its distinct offsets (zigzag varints, after their count), its number of
/// changes, the offset index of each span (a byte each, the first span's first), then the
/// instants of the changes: the first as a zigzag varint, each next as a varint step from the
/// one before. Only the total offset is kept: billing never shows a zone's abbreviation or
/// whether a span is daylight time.
fn encode_history(spans: &FixedTimespanSet) -> BuildResult<Vec<u8>> {
    let total =
        |span: &parse_zoneinfo::transitions::FixedTimespan| span.utc_offset + span.dst_offset;
    let span_offsets: Vec<i64> = std::iter::once(total(&spans.first))
        .chain(spans.rest.iter().map(|(_, span)| total(span)))
        .collect();
    let mut offsets: Vec<i64> = Vec::new();
    let mut span_indexes = Vec::with_capacity(span_offsets.len());
    for offset in &span_offsets {
        if offset.abs() >= 86_400 {
            return Err(format!("offset {offset} s is not under a day").into());
        }
        let index = offsets
            .iter()
            .position(|known| known == offset)
            .unwrap_or_else(|| {
                offsets.push(*offset);
                offsets.len() - 1
            });
        span_indexes.push(u8::try_from(index)?);
    }
    let mut coded = Vec::new();
    push_varint(&mut coded, offsets.len() as u64);
    for offset in &offsets {
        push_varint(&mut coded, zigzag(*offset));
    }
    push_varint(&mut coded, spans.rest.len() as u64);
    coded.extend_from_slice(&span_indexes);
    let mut previous: Option<i64> = None;
    for (at, _) in &spans.rest {
        match previous {
            None => push_varint(&mut coded, zigzag(*at)),
            Some(before) if *at > before => push_varint(&mut coded, (*at - before) as u64),
            Some(before) => return Err(format!("change at {at} is not after {before}").into()),
        }
        previous = Some(*at);
    }
    Ok(coded)
}

fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn push_varint(bytes: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        bytes.push((value as u8) | 0x80);
        value >>= 7;
    }
    bytes.push(value as u8);
}
