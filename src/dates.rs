//! Calendar helpers: reading publication dates from metadata and paths, and date-range bounds.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Month number (1-12) for an English month name or its three-letter abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let position = MONTHS.iter().position(|m| lower.starts_with(m))?;
    // "Mayday" or "Marching" are not months: the rest must be the full name's tail.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let full = FULL[position];
    let is_abbreviation = lower.len() == 3 || (position == 8 && lower == "sept");
    (is_abbreviation || full == lower).then_some(position as u32 + 1)
}

/// Whether a word is an English weekday's full name ("Monday", "friday"; not "Mon").
pub fn is_weekday(word: &str) -> bool {
    word.len() > 3 && word.parse::<chrono::Weekday>().is_ok()
}

/// Earliest publication year accepted: an earlier date is a typo or a placeholder.
pub const EARLIEST_PUBLICATION_YEAR: i32 = 1700;
/// Latest publication year accepted.
pub const LATEST_PUBLICATION_YEAR: i32 = 2199;

/// Whether a date can be a publication date (and be stored: the index holds dates from
/// 1677 to 2262 only).
pub fn is_plausible_publication(date: NaiveDate) -> bool {
    (EARLIEST_PUBLICATION_YEAR..=LATEST_PUBLICATION_YEAR).contains(&date.year())
}

/// Parses a publication date as metadata gives it: ISO (`2025-05-15`, with or without a
/// time), `2025/05/15`, RFC 2822, Reuters' `26-FEB-1987 15:01:01.79`, `May 15, 2025`,
/// `15 May 2025`. Only the day is kept.
pub fn parse_date_value(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(date_time) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some(date_time.date_naive());
    }
    if let Ok(date_time) = chrono::DateTime::parse_from_rfc2822(text) {
        return Some(date_time.date_naive());
    }
    let head: String = text.chars().take(10).collect();
    for format in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"] {
        if let Ok(date) = NaiveDate::parse_from_str(&head, format) {
            return Some(date);
        }
    }
    parse_words_date(text)
}

/// Dates written with a month name: `26-FEB-1987 …`, `May 15, 2025`, `15 May 2025`.
fn parse_words_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    if words.len() < 3 {
        return None;
    }
    let number = |w: &str| {
        w.trim_end_matches(['.', 's', 't', 'h', 'n', 'd', 'r'])
            .parse::<u32>()
            .ok()
    };
    // Day Month Year
    if let (Some(day), Some(month), Ok(year)) = (
        number(words[0]),
        month_number(words[1]),
        words[2].parse::<i32>(),
    ) {
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    // Month Day Year
    if let (Some(month), Some(day), Ok(year)) = (
        month_number(words[0]),
        number(words[1]),
        words[2].parse::<i32>(),
    ) {
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    None
}

/// Finds a `YYYY/MM/DD`, `YYYY-MM-DD` or `YYYYMMDD` date in a file path, as news archives
/// lay them out (`2025/05/15/story.txt`, `2025-05-15-story.txt`).
pub fn date_from_path(path: &str) -> Option<NaiveDate> {
    let bytes = path.as_bytes();
    let digits_at = |start: usize, len: usize| -> Option<u32> {
        let slice = bytes.get(start..start + len)?;
        if slice.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(slice).ok()?.parse().ok()
        } else {
            None
        }
    };
    for start in 0..bytes.len() {
        // A date starts at a boundary, not in the middle of a longer number.
        if start > 0 && bytes[start - 1].is_ascii_digit() {
            continue;
        }
        let Some(year) = digits_at(start, 4) else {
            continue;
        };
        if !(1800..=2200).contains(&year) {
            continue;
        }
        let separated = match bytes.get(start + 4) {
            Some(b'/' | b'-' | b'_' | b'.') => {
                let sep = bytes[start + 4];
                (bytes.get(start + 7) == Some(&sep))
                    .then(|| (digits_at(start + 5, 2), digits_at(start + 8, 2), start + 10))
            }
            _ => Some((digits_at(start + 4, 2), digits_at(start + 6, 2), start + 8)),
        };
        if let Some((Some(month), Some(day), end)) = separated {
            if bytes.get(end).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
                return Some(date);
            }
        }
    }
    None
}

/// The month and day of a wire dateline opening the text: `SALVADOR, Feb 26 - …`,
/// `LONDON, March 3 (Reuters) - …`.
pub fn dateline(body: &str) -> Option<(u32, u32)> {
    let head: String = body.chars().take(120).collect();
    let dash = head
        .find(" - ")
        .or_else(|| head.find(" -- "))
        .or_else(|| head.find(" \u{2014} "))?;
    let before = head[..dash].replace("(Reuters)", "");
    let (place, date) = before.rsplit_once(',')?;
    if place.trim().is_empty() || place.contains('.') && place.len() > 40 {
        return None;
    }
    let mut words = date.split_whitespace();
    let month = month_number(words.next()?)?;
    let day: u32 = words.next()?.trim_end_matches(',').parse().ok()?;
    if words.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    Some((month, day))
}

/// A year standing alone in a path (`news/2025/story.txt`).
pub fn year_from_path(path: &str) -> Option<i32> {
    path.split(|c: char| !c.is_ascii_digit())
        .filter(|part| part.len() == 4)
        .filter_map(|part| part.parse::<i32>().ok())
        .rfind(|year| (1800..=2200).contains(year))
}

/// The four-digit year a text names most often, to complete a dateline without one.
pub fn dominant_year(text: &str) -> Option<i32> {
    let mut counts = std::collections::HashMap::new();
    for word in text.split(|c: char| !c.is_ascii_digit()) {
        if word.len() == 4
            && let Ok(year) = word.parse::<i32>()
            && (1800..=2200).contains(&year)
        {
            *counts.entry(year).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, count)| (count, year))
        .map(|(year, _)| year)
}

/// A calendar period typed by a user: `2025`, `2025-05` or `2025-05-15`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day of the period.
    pub first: NaiveDate,
    /// First day after the period.
    pub end: NaiveDate,
}

impl Period {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Period> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let all_digits = parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if !all_digits || parts[0].len() != 4 {
            return None;
        }
        let year: i32 = parts[0].parse().ok()?;
        match parts.len() {
            1 => Some(Period {
                first: NaiveDate::from_ymd_opt(year, 1, 1)?,
                end: NaiveDate::from_ymd_opt(year + 1, 1, 1)?,
            }),
            2 => {
                let month: u32 = parts[1].parse().ok()?;
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                Some(Period {
                    first,
                    end: first.checked_add_months(chrono::Months::new(1))?,
                })
            }
            3 => {
                let first =
                    NaiveDate::from_ymd_opt(year, parts[1].parse().ok()?, parts[2].parse().ok()?)?;
                Some(Period {
                    first,
                    end: first.succ_opt()?,
                })
            }
            _ => None,
        }
    }
}

impl std::str::FromStr for Period {
    type Err = crate::choice::InvalidValue;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Period::parse(text).ok_or_else(|| {
            crate::choice::InvalidValue(format!(
                "'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
            ))
        })
    }
}

impl Period {
    /// The period as typed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn label(&self) -> String {
        if self.first.succ_opt() == Some(self.end) {
            self.first.format("%Y-%m-%d").to_string()
        } else if self.first.month() == 1
            && self.end.year() == self.first.year() + 1
            && self.end.month() == 1
        {
            self.first.format("%Y").to_string()
        } else {
            self.first.format("%Y-%m").to_string()
        }
    }
}

/// The year of a date as a facet value.
pub fn year_label(date: NaiveDate) -> String {
    format!("{:04}", date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn metadata_dates_in_common_forms() {
        assert_eq!(parse_date_value("2025-05-15"), Some(day(2025, 5, 15)));
        assert_eq!(
            parse_date_value("2025-05-15T08:30:00Z"),
            Some(day(2025, 5, 15))
        );
        assert_eq!(parse_date_value("2025/05/15"), Some(day(2025, 5, 15)));
        assert_eq!(
            parse_date_value("Thu, 15 May 2025 10:00:00 +0000"),
            Some(day(2025, 5, 15))
        );
        assert_eq!(
            parse_date_value("26-FEB-1987 15:01:01.79"),
            Some(day(1987, 2, 26))
        );
        assert_eq!(parse_date_value("May 15, 2025"), Some(day(2025, 5, 15)));
        assert_eq!(parse_date_value("15 May 2025"), Some(day(2025, 5, 15)));
        assert_eq!(parse_date_value("not a date"), None);
        assert_eq!(parse_date_value("2025-02-30"), None);
    }

    #[test]
    fn reuters_date_with_impossible_hour_still_gives_the_day() {
        assert_eq!(
            parse_date_value(" 5-APR-1987 25:61:00.00"),
            Some(day(1987, 4, 5))
        );
    }

    #[test]
    fn dates_in_paths() {
        assert_eq!(
            date_from_path("news/2025/05/15/story.txt"),
            Some(day(2025, 5, 15))
        );
        assert_eq!(
            date_from_path("2025-05-15-ceasefire.txt"),
            Some(day(2025, 5, 15))
        );
        assert_eq!(
            date_from_path("a/20250515_story.json"),
            Some(day(2025, 5, 15))
        );
        assert_eq!(date_from_path("000_3103284c3c302c6a.txt"), None);
        assert_eq!(date_from_path("bbc/business/001.txt"), None);
    }

    #[test]
    fn periods_cover_year_month_and_day() {
        let year = Period::parse("2025").unwrap();
        assert_eq!((year.first, year.end), (day(2025, 1, 1), day(2026, 1, 1)));
        let month = Period::parse("2024-02").unwrap();
        assert_eq!((month.first, month.end), (day(2024, 2, 1), day(2024, 3, 1)));
        let one_day = Period::parse("2025-12-31").unwrap();
        assert_eq!(
            (one_day.first, one_day.end),
            (day(2025, 12, 31), day(2026, 1, 1))
        );
        assert_eq!(Period::parse("2025-13"), None);
        assert_eq!(Period::parse("May 2025"), None);
    }

    #[test]
    fn datelines_give_month_and_day() {
        assert_eq!(
            dateline("SALVADOR, Feb 26 - Showers continued"),
            Some((2, 26))
        );
        assert_eq!(
            dateline("LONDON, March 3 (Reuters) - Shares fell"),
            Some((3, 3))
        );
        assert_eq!(dateline("Shares fell - a lot, on Feb 26 - said"), None);
        assert_eq!(dateline("No dateline here."), None);
        assert_eq!(year_from_path("/data/wires/1987/feb/x.txt"), Some(1987));
        assert_eq!(dominant_year("In 1987 and 1987, not 1986."), Some(1987));
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("FEB"), Some(2));
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("Mayday"), None);
    }
}
