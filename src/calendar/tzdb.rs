//! The IANA time zones billkit computes in: [`Zone`], a chrono [`TimeZone`] over the table
//! `build.rs` makes from the tz database.
//!
//! The table holds the histories chrono-tz holds (the same release, read by the same parser;
//! `tests/zone_table.rs` compares every zone with chrono-tz's) in 25 KB of the module gzipped,
//! where chrono-tz's tables took 140 KB, which is what lets the module carry every zone. As in
//! chrono-tz, the daylight saving rules are projected through 2099 and the last offset holds
//! after that.

use std::fmt;
use std::sync::OnceLock;

use chrono::{
    FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};

include!(concat!(env!("OUT_DIR"), "/zone_table.rs"));

/// An IANA time zone, such as `America/New_York`: a name of the tz database (a zone or one of
/// its aliases, `US/Eastern`) and the offsets from UTC it has had.
///
/// # Example
///
/// ```
/// use billkit::calendar::Zone;
/// use chrono::{Offset, TimeZone};
///
/// let zone = Zone::from_name("America/New_York").unwrap();
/// let noon = zone.with_ymd_and_hms(2024, 7, 1, 12, 0, 0).unwrap();
/// assert_eq!(noon.offset().fix().local_minus_utc(), -4 * 3600);
/// assert_eq!(zone.name(), "America/New_York");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone {
    /// Its name's place in `NAMES`.
    name: u16,
    /// Its history's place in `HISTORY_STARTS`.
    history: u16,
}

/// A [`Zone`]'s offset from UTC at some instant: what a `DateTime<Zone>` carries.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ZoneOffset {
    zone: Zone,
    fixed: FixedOffset,
}

/// The offsets of one history: `first` until the first change, then each change's own.
struct History {
    first: FixedOffset,
    changes: Vec<Change>,
}

/// An instant (seconds since 1970 UTC) at which a zone's offset becomes `offset`.
#[derive(Clone, Copy)]
struct Change {
    at: i64,
    offset: FixedOffset,
}

/// Histories are decoded on first use, each once, as a zone's lookups all need all of it.
static DECODED: [OnceLock<History>; HISTORY_COUNT] = [const { OnceLock::new() }; HISTORY_COUNT];

impl Zone {
    /// The zone named exactly `name` (case and spelling as in the tz database), or `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use billkit::calendar::Zone;
    ///
    /// assert!(Zone::from_name("Europe/Paris").is_some());
    /// assert!(Zone::from_name("europe/paris").is_none());
    /// ```
    pub fn from_name(name: &str) -> Option<Zone> {
        let (mut low, mut high) = (0, NAME_ENDS.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match name_at(middle).cmp(name) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => {
                    return Some(Zone {
                        name: u16::try_from(middle).ok()?,
                        history: *NAME_HISTORIES.get(middle)?,
                    })
                }
            }
        }
        None
    }

    /// Its name in the tz database.
    pub fn name(self) -> &'static str {
        name_at(usize::from(self.name))
    }

    /// Every zone of the table, in the order of their names.
    pub fn all() -> impl Iterator<Item = Zone> {
        NAME_HISTORIES
            .iter()
            .enumerate()
            .filter_map(|(place, &history)| {
                Some(Zone {
                    name: u16::try_from(place).ok()?,
                    history,
                })
            })
    }

    /// Its history; `None` only if the table were inconsistent, which the tests rule out.
    fn history(self) -> Option<&'static History> {
        let place = usize::from(self.history);
        let bytes = history_bytes(place)?;
        Some(DECODED.get(place)?.get_or_init(|| decode_history(bytes)))
    }

    fn offset(self, fixed: FixedOffset) -> ZoneOffset {
        ZoneOffset { zone: self, fixed }
    }
}

fn name_at(place: usize) -> &'static str {
    let start = place
        .checked_sub(1)
        .and_then(|before| NAME_ENDS.get(before))
        .map_or(0, |&end| usize::from(end));
    let end = NAME_ENDS.get(place).map_or(start, |&end| usize::from(end));
    NAMES.get(start..end).unwrap_or_default()
}

fn history_bytes(place: usize) -> Option<&'static [u8]> {
    let start = usize::try_from(*HISTORY_STARTS.get(place)?).ok()?;
    let end = usize::try_from(*HISTORY_STARTS.get(place + 1)?).ok()?;
    HISTORIES.get(start..end)
}

/// Reads a history as build.rs's `encode_history` writes it.
fn decode_history(bytes: &[u8]) -> History {
    let mut reader = Varints { bytes, at: 0 };
    let offset_count = reader.next_unsigned().min(bytes.len() as u64);
    let offsets: Vec<FixedOffset> = (0..offset_count)
        .map(|_| fixed_offset(reader.next_signed()))
        .collect();
    let change_count = usize::try_from(reader.next_unsigned()).unwrap_or(0);
    let span_offsets: Vec<FixedOffset> = reader
        .take(change_count + 1)
        .iter()
        .map(|&index| {
            offsets
                .get(usize::from(index))
                .copied()
                .unwrap_or(Utc.fix())
        })
        .collect();
    let mut changes: Vec<Change> = Vec::with_capacity(span_offsets.len().saturating_sub(1));
    let mut at = 0;
    for (place, &offset) in span_offsets.iter().skip(1).enumerate() {
        at = match place {
            0 => reader.next_signed(),
            _ => at.saturating_add(i64::try_from(reader.next_unsigned()).unwrap_or(i64::MAX)),
        };
        changes.push(Change { at, offset });
    }
    History {
        first: span_offsets.first().copied().unwrap_or(Utc.fix()),
        changes,
    }
}

fn fixed_offset(seconds: i64) -> FixedOffset {
    i32::try_from(seconds)
        .ok()
        .and_then(FixedOffset::east_opt)
        .unwrap_or(Utc.fix())
}

struct Varints<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Varints<'a> {
    fn next_unsigned(&mut self) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes.get(self.at) else {
                break;
            };
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                break;
            }
        }
        value
    }

    fn next_signed(&mut self) -> i64 {
        let zigzag = self.next_unsigned();
        ((zigzag >> 1) as i64) ^ -((zigzag & 1) as i64)
    }

    fn take(&mut self, count: usize) -> &'a [u8] {
        let end = self.at.saturating_add(count).min(self.bytes.len());
        let taken = self.bytes.get(self.at..end).unwrap_or_default();
        self.at = end;
        taken
    }
}

/// A span of a history in local time (seconds since 1970 on the wall clock): from its change
/// to the next, each read with the span's own offset. `None` is unbounded.
struct LocalSpan {
    begin: Option<i64>,
    end: Option<i64>,
}

impl LocalSpan {
    fn contains(&self, local: i64) -> bool {
        self.begin.is_none_or(|begin| begin <= local) && self.end.is_none_or(|end| local < end)
    }

    /// Where `local` lies from the span, for a binary search over spans: `Less` when the span
    /// ends at or before it.
    fn compare(&self, local: i64) -> std::cmp::Ordering {
        use std::cmp::Ordering::{Equal, Greater, Less};
        match (self.begin, self.end) {
            (Some(begin), _) if local < begin => Greater,
            (_, Some(end)) if end <= local => Less,
            _ => Equal,
        }
    }
}

impl History {
    fn span_count(&self) -> usize {
        self.changes.len() + 1
    }

    fn offset_of_span(&self, span: usize) -> FixedOffset {
        span.checked_sub(1)
            .and_then(|change| self.changes.get(change))
            .map_or(self.first, |change| change.offset)
    }

    fn local_span(&self, span: usize) -> LocalSpan {
        let offset = i64::from(self.offset_of_span(span).local_minus_utc());
        let change_at = |change: Option<usize>| {
            change
                .and_then(|change| self.changes.get(change))
                .map(|change| change.at + offset)
        };
        LocalSpan {
            begin: change_at(span.checked_sub(1)),
            end: change_at(Some(span)),
        }
    }

    /// The offset at an instant: the last change at or before it decides.
    fn offset_at(&self, utc: i64) -> FixedOffset {
        self.offset_of_span(self.changes.partition_point(|change| change.at <= utc))
    }

    /// The offsets a wall-clock time has: none in a gap, two where the clock went back.
    ///
    /// Kept to chrono-tz's own search (bisect the spans, then look at the neighbours of the
    /// one found) so that both answer alike even for histories whose spans are shorter than
    /// their offsets' changes.
    fn offsets_at_local(&self, local: i64) -> LocalResult<FixedOffset> {
        let last = self.span_count() - 1;
        let Some(found) = self.bisect(local) else {
            return LocalResult::None;
        };
        let earlier = found
            .checked_sub(1)
            .filter(|&earlier| self.local_span(earlier).contains(local));
        let later = Some(found + 1).filter(|&later| {
            later <= last && earlier.is_none() && self.local_span(later).contains(local)
        });
        match (earlier, later) {
            (Some(earlier), _) => {
                LocalResult::Ambiguous(self.offset_of_span(earlier), self.offset_of_span(found))
            }
            (None, Some(later)) => {
                LocalResult::Ambiguous(self.offset_of_span(found), self.offset_of_span(later))
            }
            (None, None) => LocalResult::Single(self.offset_of_span(found)),
        }
    }

    /// A span containing `local`, found by halving the spans.
    fn bisect(&self, local: i64) -> Option<usize> {
        let (mut low, mut high) = (0, self.span_count());
        while low < high {
            let middle = low + (high - low) / 2;
            match self.local_span(middle).compare(local) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(middle),
            }
        }
        None
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone
    }

    /// The day's offset at its first instant that has one (chrono's deprecated date API).
    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<ZoneOffset> {
        let first = self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN));
        let last = local
            .and_hms_opt(23, 59, 59)
            .map_or(LocalResult::None, |last| {
                self.offset_from_local_datetime(&last)
            });
        match (first, last) {
            (LocalResult::Single(offset) | LocalResult::Ambiguous(offset, _), _) => {
                LocalResult::Single(offset)
            }
            (
                LocalResult::None,
                LocalResult::Single(offset) | LocalResult::Ambiguous(offset, _),
            ) => LocalResult::Single(offset),
            (LocalResult::None, LocalResult::None) => LocalResult::None,
        }
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<ZoneOffset> {
        let local = local.and_utc().timestamp();
        let offsets = self
            .history()
            .map_or(LocalResult::Single(Utc.fix()), |history| {
                history.offsets_at_local(local)
            });
        offsets.map(|fixed| self.offset(fixed))
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        let utc = utc.and_utc().timestamp();
        self.offset(
            self.history()
                .map_or(Utc.fix(), |history| history.offset_at(utc)),
        )
    }
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name())
    }
}

impl fmt::Debug for ZoneOffset {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.fixed, formatter)
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, formatter)
    }
}
