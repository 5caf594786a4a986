//! BILLING_RULES.md sections 1-3 as properties, checked over every zone of the tz database,
//! every anchor day, every cadence and the supported years (1970-2099): periods tile with no
//! gap or overlap, every boundary is the first instant of a local day, boundary k is the
//! anchor-derived date (no drift), partial flags and nominal cycles are right, and the
//! direct lookups agree with the walk. Native only (proptest does not build for wasm32).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use billkit::{
    billing_period_at, billing_periods, billing_periods_between, AnchorSpec, BillingPeriodsInput,
    CadenceSpec, Period,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone};
use chrono_tz::Tz;
use proptest::prelude::*;

/// The cycle rule of a cadence, restated from API.md independently of the library: cycles
/// of whole months starting in months congruent to the anchor month, or of whole days from
/// an origin date.
#[derive(Debug, Clone, Copy)]
enum Rule {
    Months {
        step: i32,
        anchor_month: i32,
        day: u32,
    },
    Days {
        step: i64,
        origin: NaiveDate,
    },
}

fn month_index(date: NaiveDate) -> i32 {
    date.year() * 12 + date.month0() as i32
}

fn last_day(year: i32, month0: i32) -> u32 {
    let first = NaiveDate::from_ymd_opt(year, month0 as u32 + 1, 1).unwrap();
    (first + chrono::Months::new(1)).pred_opt().unwrap().day()
}

impl Rule {
    fn of(input: &BillingPeriodsInput, start: NaiveDate) -> Option<Rule> {
        let anchor = input.anchor.unwrap_or(AnchorSpec {
            day: i64::from(if weekly(input) {
                start.weekday().number_from_monday()
            } else {
                start.day()
            }),
            ..AnchorSpec::default()
        });
        let months = |step: i32| Rule::Months {
            step,
            anchor_month: anchor.year.map_or(start.year(), |y| y as i32) * 12
                + anchor.month.map_or(start.month0() as i32, |m| m as i32 - 1),
            day: anchor.day as u32,
        };
        let weeks = |count: i64| {
            let back = (start.weekday().number_from_monday() as i64 + 7 - anchor.day) % 7;
            Rule::Days {
                step: 7 * count,
                origin: start - Duration::days(back),
            }
        };
        let days = |step: i64| Rule::Days {
            step,
            origin: start,
        };
        Some(match &input.cadence {
            CadenceSpec::Named(name) => match name.as_str() {
                "daily" => days(1),
                "weekly" => weeks(1),
                "monthly" => months(1),
                "quarterly" => months(3),
                "semi_annual" => months(6),
                "annual" => months(12),
                _ => return None,
            },
            CadenceSpec::Custom { unit, count } => match unit.as_str() {
                "day" => days(*count),
                "week" => weeks(*count),
                "month" => months(*count as i32),
                _ => months(*count as i32 * 12),
            },
        })
    }

    /// Whether `date` is a boundary date of this rule.
    fn is_boundary(&self, date: NaiveDate) -> bool {
        match *self {
            Rule::Months {
                step,
                anchor_month,
                day,
            } => {
                let m = month_index(date);
                (m - anchor_month).rem_euclid(step) == 0
                    && date.day() == day.min(last_day(date.year(), date.month0() as i32))
            }
            Rule::Days { step, origin } => (date - origin).num_days().rem_euclid(step) == 0,
        }
    }
}

fn weekly(input: &BillingPeriodsInput) -> bool {
    matches!(&input.cadence, CadenceSpec::Named(n) if n == "weekly")
        || matches!(&input.cadence, CadenceSpec::Custom { unit, .. } if unit == "week")
}

/// Whether `instant` is the first instant of its local day: one second earlier is another day.
fn is_start_of_local_day<Z: TimeZone>(instant: &DateTime<Z>) -> bool {
    (instant.clone() - Duration::seconds(1)).date_naive() < instant.date_naive()
}

/// Whether the boundary at `instant` is on a rule date, or on the day after a rule date
/// that the zone skipped entirely (Samoa's 2011-12-30).
fn on_rule_date<Z: TimeZone>(rule: &Rule, instant: &DateTime<Z>) -> bool {
    let date = instant.date_naive();
    let day_before = date.pred_opt().unwrap();
    let skipped = |d: NaiveDate| {
        instant
            .timezone()
            .from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap())
            .earliest()
            .is_none_or(|midnight| midnight.date_naive() != d)
            && (instant
                .timezone()
                .from_local_datetime(&d.and_hms_opt(12, 0, 0).unwrap()))
            .earliest()
            .is_none()
    };
    rule.is_boundary(date) || (rule.is_boundary(day_before) && skipped(day_before))
}

fn check(input: &BillingPeriodsInput, periods: &[Period]) {
    let context = format!("{input:?}");
    let zone: Tz = input.timezone.as_deref().unwrap_or("UTC").parse().unwrap();
    let start = first_instant(&input.start, zone);
    let end = input.end.as_deref().map(|end| first_instant(end, zone));
    let rule = Rule::of(input, start.date_naive()).unwrap();
    let count = input.count.unwrap() as usize;

    assert!(!periods.is_empty() && periods.len() <= count, "{context}");
    assert_eq!(periods[0].start, start, "{context}");
    match end {
        Some(end) => assert!(periods.len() == count || periods.last().unwrap().end == end),
        None => assert_eq!(periods.len(), count, "{context}"),
    }
    for pair in periods.windows(2) {
        assert_eq!(pair[0].end, pair[1].start, "periods tile: {context}");
        assert_eq!(
            pair[0].cycle_end, pair[1].cycle_start,
            "cycles tile: {context}"
        );
    }
    for period in periods {
        assert!(period.start < period.end, "{context}");
        assert!(period.cycle_start <= period.start && period.end <= period.cycle_end);
        let whole = period.start == period.cycle_start && period.end == period.cycle_end;
        assert_eq!(period.partial, !whole, "{context}");
        assert!(end.is_none_or(|end| period.start < end && period.end <= end));
        for boundary in [&period.cycle_start, &period.cycle_end] {
            assert!(is_start_of_local_day(boundary), "{boundary}: {context}");
            assert!(
                on_rule_date(&rule, boundary),
                "drift at {boundary}: {context}"
            );
        }
    }
}

/// The instant a `start` or `end` string names, read independently of the library.
fn first_instant(text: &str, zone: Tz) -> DateTime<Tz> {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) => {
            let midnight = date.and_hms_opt(0, 0, 0).unwrap();
            (0..26 * 60)
                .find_map(|minute| {
                    zone.from_local_datetime(&(midnight + Duration::minutes(minute)))
                        .earliest()
                })
                .unwrap()
        }
        Err(_) => DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&zone),
    }
}

fn cadences() -> Vec<CadenceSpec> {
    let named = [
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "semi_annual",
        "annual",
    ];
    let custom = [
        ("day", 10),
        ("week", 2),
        ("month", 2),
        ("month", 18),
        ("year", 2),
    ];
    named
        .iter()
        .map(|name| CadenceSpec::Named((*name).to_owned()))
        .chain(custom.iter().map(|(unit, count)| CadenceSpec::Custom {
            unit: (*unit).to_owned(),
            count: *count,
        }))
        .collect()
}

#[test]
fn every_cadence_in_every_zone() {
    let mut checked = 0;
    for zone in chrono_tz::TZ_VARIANTS {
        for cadence in cadences() {
            for start in ["2011-12-29", "2023-10-29T01:30:00+00:00"] {
                let input = BillingPeriodsInput {
                    timezone: Some(zone.name().to_owned()),
                    cadence: cadence.clone(),
                    ..BillingPeriodsInput::monthly(start, 14)
                };
                check(&input, &billing_periods(&input).unwrap());
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}

fn input_strategy() -> impl Strategy<Value = BillingPeriodsInput> {
    let zones = chrono_tz::TZ_VARIANTS.len();
    (
        0..zones,
        0..cadences().len(),
        1_i64..=31,
        proptest::option::of(1_i64..=12),
        proptest::option::of(1975_i64..=2035),
        0_i64..(365 * 67),
        proptest::option::of(0_i64..86_400),
        1_i64..=24,
        proptest::option::of(1_i64..=2_000),
    )
        .prop_map(
            |(zone, cadence, day, month, year, start_day, second, count, end_days)| {
                let cadence = cadences()[cadence].clone();
                let start_date =
                    NaiveDate::from_ymd_opt(1973, 1, 1).unwrap() + Duration::days(start_day);
                let start = match second {
                    Some(second) => (start_date.and_hms_opt(0, 0, 0).unwrap()
                        + Duration::seconds(second))
                    .and_utc()
                    .to_rfc3339(),
                    None => start_date.to_string(),
                };
                let day = if matches!(&cadence, CadenceSpec::Named(n) if n == "weekly")
                    || matches!(&cadence, CadenceSpec::Custom { unit, .. } if unit == "week")
                {
                    1 + day % 7
                } else {
                    day
                };
                BillingPeriodsInput {
                    start,
                    timezone: Some(chrono_tz::TZ_VARIANTS[zone].name().to_owned()),
                    cadence,
                    anchor: Some(AnchorSpec { day, month, year }),
                    end: end_days.map(|days| (start_date + Duration::days(days)).to_string()),
                    count: Some(count),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    #[test]
    fn periods_follow_the_rules(input in input_strategy()) {
        match billing_periods(&input) {
            Ok(periods) => check(&input, &periods),
            // An `end` on or before a mid-day `start` on the same date is refused, as it must be.
            Err(error) => prop_assert_eq!((error.code().as_str(), error.field()), ("out_of_range", "end")),
        }
    }

    #[test]
    fn lookups_agree_with_the_walk(input in input_strategy(), pick in 0_usize..24, fraction in 0.0_f64..1.0) {
        let Ok(periods) = billing_periods(&input) else { return Ok(()); };
        let period = &periods[pick % periods.len()];
        // Test-only: a point inside the period, chosen by a generated fraction of its length.
        let span = (period.end - period.start).num_seconds();
        let inside = period.start + Duration::seconds((span as f64 * fraction) as i64);
        let found = billing_period_at(&input, &inside.to_rfc3339()).unwrap();
        prop_assert_eq!(found.as_ref(), Some(period));
        let from = periods[0].start.to_rfc3339();
        let to = period.end.to_rfc3339();
        let between = billing_periods_between(&input, &from, &to).unwrap();
        prop_assert_eq!(&between[..], &periods[..=periods.iter().position(|p| p == period).unwrap()]);
    }
}
