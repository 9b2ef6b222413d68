//! Timelines: hits per calendar period of publication.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Calendar buckets for a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `2025-05-15`
    Day,
    /// ISO weeks, `2025-W20`
    Week,
    /// `2025-05`
    Month,
    /// `2025`
    Year,
}

crate::parse_by_name!(Granularity, "timeline");

/// One bar of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineBucket {
    /// The calendar period.
    pub period: String,
    /// Hits published in it.
    pub count: u64,
}

/// Most periods a timeline fills in between its first and last; over a longer span only
/// the periods with hits are listed.
pub const MAX_TIMELINE_PERIODS: usize = 2000;

/// Buckets publication days by calendar period, with empty periods between the first and
/// the last included (when there are at most `MAX_TIMELINE_PERIODS`).
pub(super) fn timeline(days: &HashMap<i64, u64>, granularity: Granularity) -> Vec<TimelineBucket> {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let label = |date: NaiveDate| match granularity {
        Granularity::Day => date.format("%Y-%m-%d").to_string(),
        Granularity::Week => {
            let week = date.iso_week();
            format!("{:04}-W{:02}", week.year(), week.week())
        }
        Granularity::Month => date.format("%Y-%m").to_string(),
        Granularity::Year => date.format("%Y").to_string(),
    };
    let (Some(&first), Some(&last)) = (days.keys().min(), days.keys().max()) else {
        return Vec::new();
    };
    let (first_date, last_date) = (
        epoch + chrono::Duration::days(first),
        epoch + chrono::Duration::days(last),
    );
    let years = i64::from(last_date.year() - first_date.year());
    let periods = match granularity {
        Granularity::Day => last - first + 1,
        Granularity::Week => (last - first) / 7 + 2,
        Granularity::Month => {
            years * 12 + i64::from(last_date.month()) - i64::from(first_date.month()) + 1
        }
        Granularity::Year => years + 1,
    };
    if periods > MAX_TIMELINE_PERIODS as i64 {
        // Too long a span to fill in: the periods with hits only, in order.
        let mut sparse: BTreeMap<String, u64> = BTreeMap::new();
        for (&day, &count) in days {
            *sparse
                .entry(label(epoch + chrono::Duration::days(day)))
                .or_default() += count;
        }
        return sparse
            .into_iter()
            .map(|(period, count)| TimelineBucket { period, count })
            .collect();
    }
    let mut buckets: Vec<TimelineBucket> = Vec::new();
    let mut day = first;
    while day <= last {
        let date = epoch + chrono::Duration::days(day);
        let period = label(date);
        let count = days.get(&day).copied().unwrap_or(0);
        match buckets.last_mut() {
            Some(bucket) if bucket.period == period => bucket.count += count,
            _ => buckets.push(TimelineBucket { period, count }),
        }
        day += 1;
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> i64 {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        (NaiveDate::from_ymd_opt(y, m, d).unwrap() - epoch).num_days()
    }

    #[test]
    fn timelines_fill_empty_periods_only_over_a_bounded_span() {
        let days: HashMap<i64, u64> = [(day(2025, 1, 30), 2), (day(2025, 3, 2), 1)].into();
        let months = timeline(&days, Granularity::Month);
        let periods: Vec<&str> = months.iter().map(|b| b.period.as_str()).collect();
        assert_eq!(periods, ["2025-01", "2025-02", "2025-03"]);
        assert_eq!(months[1].count, 0);

        // Three centuries by day would be 110,000 bars: only the two with hits.
        let days: HashMap<i64, u64> = [(day(1800, 1, 1), 1), (day(2100, 1, 1), 1)].into();
        let sparse = timeline(&days, Granularity::Day);
        assert_eq!(sparse.len(), 2);
        assert_eq!(sparse[0].period, "1800-01-01");
        assert_eq!(timeline(&days, Granularity::Year).len(), 301);
    }
}
