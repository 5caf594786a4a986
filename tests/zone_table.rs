//! billkit's time zone table (built by build.rs from `data/tzdata`) against chrono-tz, the
//! oracle it replaces at run time: the same release, the same names, and for every zone the
//! same offset at noon UTC of every day from 1800 to 2100 (so a change either lacked would
//! show within a day), at every change and a second before, and the same answers for
//! wall-clock times around every change (single, ambiguous or in a gap); far instants keep
//! the last offset alike. Native only (chrono-tz is a dev-dependency).

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::panic)]

use billkit::calendar::Zone;
use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;

fn oracle(zone: Zone) -> Tz {
    zone.name()
        .parse()
        .unwrap_or_else(|_| panic!("chrono-tz has no zone {}", zone.name()))
}

fn offset_at<Z: TimeZone>(zone: &Z, utc: i64) -> i32 {
    DateTime::from_timestamp(utc, 0)
        .unwrap()
        .with_timezone(zone)
        .offset()
        .fix()
        .local_minus_utc()
}

fn local_offsets<Z: TimeZone>(zone: &Z, local: NaiveDateTime) -> LocalResult<i32> {
    zone.offset_from_local_datetime(&local)
        .map(|offset| offset.fix().local_minus_utc())
}

#[test]
fn the_release_is_chrono_tz_s() {
    let ours = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tzdata/VERSION"))
        .unwrap();
    assert_eq!(ours.trim(), chrono_tz::IANA_TZDB_VERSION);
}

#[test]
fn the_names_are_chrono_tz_s() {
    let ours: Vec<&str> = Zone::all().map(Zone::name).collect();
    let mut theirs: Vec<&str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| zone.name())
        .collect();
    theirs.sort_unstable();
    assert_eq!(ours, theirs);
    for name in ours {
        assert_eq!(Zone::from_name(name).map(Zone::name), Some(name));
    }
    for name in [
        "",
        "america/new_york",
        "America/New_York ",
        "America",
        "Etc/GMT+15",
        "\u{0}",
    ] {
        assert!(Zone::from_name(name).is_none(), "{name:?}");
    }
}

/// Noon UTC on 1 January of `year`, in seconds since 1970.
fn new_year_noon(year: i32) -> i64 {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(|date| date.and_hms_opt(12, 0, 0))
        .unwrap()
        .and_utc()
        .timestamp()
}

/// Walks `zone` a day at a time from 1800 to 2100 beside chrono-tz, bisecting each day whose
/// offset changes to the second of the change; returns how many wall times it compared.
fn compare_history(zone: Zone) -> usize {
    let oracle = oracle(zone);
    let day = 86_400;
    let (first, last) = (new_year_noon(1800), new_year_noon(2100));
    let mut compared = 0;
    let mut at = first;
    let mut offset = offset_at(&zone, at);
    while at < last {
        let next = offset_at(&zone, at + day);
        assert_eq!(
            next,
            offset_at(&oracle, at + day),
            "{} at {}",
            zone.name(),
            at + day
        );
        if next != offset {
            let change = bisect_change(&zone, at, at + day);
            compared += compare_change(zone, &oracle, change);
        }
        (at, offset) = (at + day, next);
    }
    compared
}

/// The first second in `(low, high]` with `high`'s offset.
fn bisect_change(zone: &Zone, mut low: i64, mut high: i64) -> i64 {
    let old = offset_at(zone, low);
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if offset_at(zone, middle) == old {
            low = middle;
        } else {
            high = middle;
        }
    }
    high
}

/// Both sides of a change, and wall times from before the old offset's last second to after
/// the new one's first, so gaps, repeated hours and both their edges are asked for.
fn compare_change(zone: Zone, oracle: &Tz, change: i64) -> usize {
    for at in [change - 1, change] {
        assert_eq!(
            offset_at(&zone, at),
            offset_at(oracle, at),
            "{} at {at}",
            zone.name()
        );
    }
    let (before, after) = (
        i64::from(offset_at(&zone, change - 1)),
        i64::from(offset_at(&zone, change)),
    );
    let (low, high) = (
        change + before.min(after) - 2,
        change + before.max(after) + 2,
    );
    let step = usize::try_from(((high - low) / 16).max(1)).unwrap();
    let walls: Vec<i64> = (low..=high)
        .step_by(step)
        .chain([low + 1, high - 1, change + before, change + after])
        .collect();
    for &wall in &walls {
        let wall = DateTime::from_timestamp(wall, 0).unwrap().naive_utc();
        assert_eq!(
            local_offsets(&zone, wall),
            local_offsets(oracle, wall),
            "{} at wall {wall}",
            zone.name()
        );
    }
    walls.len()
}

#[test]
fn every_zone_matches_chrono_tz_every_day_and_around_every_change() {
    let zones: Vec<Zone> = Zone::all().collect();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let compared: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = zones
            .chunks(zones.len().div_ceil(threads))
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|&zone| compare_history(zone))
                        .sum::<usize>()
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().unwrap())
            .sum()
    });
    assert!(compared > 100_000, "{compared}");
}

#[test]
fn far_instants_keep_the_last_offset_as_chrono_tz_does() {
    let far = [
        -(1_i64 << 40),
        -5_000_000_000,
        4_000_000_000,
        250_000_000_000,
    ];
    for zone in Zone::all() {
        let oracle = oracle(zone);
        for at in far {
            assert_eq!(
                offset_at(&zone, at),
                offset_at(&oracle, at),
                "{} at {at}",
                zone.name()
            );
            let wall = DateTime::from_timestamp(at, 0).unwrap().naive_utc();
            assert_eq!(
                local_offsets(&zone, wall),
                local_offsets(&oracle, wall),
                "{} at wall {wall}",
                zone.name()
            );
        }
        let day = NaiveDate::from_ymd_opt(2024, 3, 10).unwrap();
        #[allow(deprecated)]
        let (ours, theirs) = (
            zone.offset_from_local_date(&day).map(|o| o.fix()),
            oracle.offset_from_local_date(&day).map(|o| o.fix()),
        );
        assert_eq!(ours, theirs, "{}", zone.name());
    }
}
