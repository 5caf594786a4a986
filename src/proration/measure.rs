//! How much of a period an interval uses: local calendar days, or seconds.

use chrono::DateTime;
use serde::{Deserialize, Serialize};

use crate::calendar::Zone;

/// What a proration counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProrationUnit {
    /// Local calendar days in the customer's zone (Orb, Kill Bill, Lago, Wingback): a day
    /// is counted whole by the state it starts in, so a change on a day gives that day to
    /// the new state.
    #[default]
    Day,
    /// Elapsed seconds (Stripe): across a DST change a day is 23 or 25 hours.
    Second,
}

impl ProrationUnit {
    /// How many units `[from, to)` spans: local dates apart for days, seconds apart for
    /// seconds. Both instants are in the customer's zone.
    ///
    /// ```
    /// use billkit::proration::ProrationUnit;
    /// use chrono::TimeZone;
    ///
    /// let la = billkit::calendar::Zone::from_name("America/Los_Angeles").unwrap();
    /// let (from, to) = (la.with_ymd_and_hms(2024, 3, 1, 0, 0, 0).unwrap(),
    ///                   la.with_ymd_and_hms(2024, 4, 1, 0, 0, 0).unwrap());
    /// assert_eq!(ProrationUnit::Day.measure(from, to), 31);
    /// assert_eq!(ProrationUnit::Second.measure(from, to), 31 * 86_400 - 3_600);
    /// ```
    pub fn measure(self, from: DateTime<Zone>, to: DateTime<Zone>) -> i64 {
        match self {
            ProrationUnit::Day => (to.date_naive() - from.date_naive()).num_days(),
            ProrationUnit::Second => (to - from).num_seconds(),
        }
    }

    /// The unit's name in explanations, plural.
    pub fn plural(self) -> &'static str {
        match self {
            ProrationUnit::Day => "days",
            ProrationUnit::Second => "seconds",
        }
    }
}
