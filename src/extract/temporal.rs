//! A rule-based temporal tagger: finds dates, times, durations and sets in English news
//! text and normalizes them to TIMEX3 values, resolving relative expressions ("Friday",
//! "last week", "a year ago") against the publication date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

use crate::dates::month_number;

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("May 15, 2025", "2022-02", "last week").
    Date,
    /// A time of day ("3 p.m.", "tonight").
    Time,
    /// A length of time ("two weeks", "more than a decade").
    Duration,
    /// A recurrence ("every week", "daily").
    Set,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The text as written.
    pub text: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2025-05-16`, `2022-02`, `2025-W20`, `1989-Q3`, `P2W`, `PAST_REF`, …
    pub value: String,
}

/// Finds the temporal expressions of `text`; relative ones are resolved against `anchor`
/// (the publication date) and left out when there is none.
pub fn tag(text: &str, anchor: Option<NaiveDate>) -> Vec<Timex> {
    let tokens = tokenize(text);
    let tagger = Tagger {
        tokens: &tokens,
        anchor,
    };
    let mut found = Vec::new();
    let mut last_quarter: Option<(i32, u32)> = None;
    // The date the text spoke of last (the publication date before any): what "the
    // following year" steps from.
    let mut last_date: Option<String> = anchor.map(day_value);
    let mut i = 0;
    while i < tokens.len() {
        match tagger.longest_match(i) {
            Some(mut found_match) if found_match.end > i => {
                if let Some(step) = found_match.value.strip_prefix(ANAPHORIC) {
                    let mut step = step.chars();
                    let (Some(sign), Some(unit)) = (step.next(), step.next()) else {
                        i = found_match.end;
                        continue;
                    };
                    match last_date.as_deref().and_then(|r| step_from(r, sign, unit)) {
                        Some(value) => found_match.value = value,
                        // "the following month" after a year alone: no month to step from.
                        None => {
                            i = found_match.end;
                            continue;
                        }
                    }
                }
                // Quarters named without a year or number take them from the report's context.
                if found_match.value == LAST_QUARTER {
                    found_match.value = match (last_quarter, anchor) {
                        (Some((year, quarter)), _) => format!("{year:04}-Q{quarter}"),
                        (None, Some(anchor)) => {
                            let (year, quarter) =
                                shift_quarter(anchor.year(), quarter_of(anchor), -1);
                            format!("{year:04}-Q{quarter}")
                        }
                        (None, None) => String::new(),
                    };
                } else if let Some(year) = found_match.value.strip_suffix("-Q?") {
                    found_match.value = match last_quarter {
                        Some((_, quarter)) => format!("{year}-Q{quarter}"),
                        None => year.to_string(),
                    };
                }
                if let Some((year, quarter)) = parse_quarter(&found_match.value) {
                    // "the year-earlier third quarter" speaks of a report on this year's.
                    let year = year + i32::from(found_match.year_before);
                    last_quarter = Some((year, quarter));
                } else if let (true, Some((year, quarter))) =
                    (found_match.year_before, last_quarter)
                {
                    found_match.value = format!("{:04}-Q{quarter}", year - 1);
                }
                if found_match.kind == TimexType::Date
                    && calendar_parts(&found_match.value).is_some()
                {
                    last_date = Some(found_match.value.clone());
                }
                let start = tokens[i].start;
                let end = tokens[found_match.end - 1].end;
                found.push(Timex {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    kind: found_match.kind,
                    value: found_match.value,
                });
                i = found_match.end;
            }
            _ => i += 1,
        }
    }
    found
}

#[derive(Debug, Clone)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    lower: std::borrow::Cow<'a, str>,
    /// Whether white space separates it from the previous token.
    spaced: bool,
}

impl Token<'_> {
    fn number(&self) -> Option<u32> {
        if self.text.len() <= 9 && self.text.bytes().all(|b| b.is_ascii_digit()) {
            self.text.parse().ok()
        } else {
            None
        }
    }

    fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Words are runs of letters and digits; every other visible character is its own token.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut spaced = true;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(next_start, next)) = chars.peek() {
                if !next.is_alphanumeric() {
                    break;
                }
                end = next_start + next.len_utf8();
                chars.next();
            }
        }
        let token_text = &text[start..end];
        tokens.push(Token {
            start,
            end,
            text: token_text,
            // Most tokens are already lower case: borrow them.
            lower: if token_text.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(token_text.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(token_text)
            },
            spaced,
        });
        spaced = false;
    }
    tokens
}

struct Match {
    end: usize,
    kind: TimexType,
    value: String,
    /// "a year ago", "year-earlier": in a report about a quarter, the same quarter a year before
    /// (a quarter's value already is: the report's is the one after it).
    year_before: bool,
}

fn date_match(end: usize, value: String) -> Option<Match> {
    Some(Match {
        end,
        kind: TimexType::Date,
        value,
        year_before: false,
    })
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE_MARKERS: &[&str] = &[
    "will",
    "shall",
    "ll",
    "gonna",
    "scheduled",
    "upcoming",
    "tomorrow",
    "next",
];
const PAST_MARKERS: &[&str] = &[
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "last",
    "yesterday",
    "announced",
    "reported",
    "added",
    "earlier",
    "came",
    "went",
    "met",
    "took",
    "gave",
    "made",
    "saw",
];
/// Irregular past forms news uses most that are no other word's form.
const IRREGULAR_PAST: &[&str] = &[
    "fell", "rose", "grew", "won", "sold", "bought", "paid", "began", "became", "held", "led",
    "ran", "spent", "sent", "brought", "thought", "fought", "struck", "stood", "knew", "chose",
    "drew", "flew", "broke", "wrote", "spoke", "sank", "slid", "lost", "kept", "felt", "found",
    "left", "swore", "shook", "sought", "taught", "caught", "built", "meant",
];
/// Words of a plan, which put the clause's dates ahead: "expected to", "planned", "due".
const PLAN_WORDS: &[&str] = &[
    "expected", "plan", "planned", "planning", "plans", "slated", "due", "intends", "intended",
    "supposed",
];
/// Verbs whose present tense with a date states a schedule: "the United Nations meets in
/// August", "the offer expires Nov. 9".
const SCHEDULED_IN_PRESENT: &[&str] = &[
    "meets", "begins", "starts", "opens", "closes", "ends", "expires", "resumes", "convenes",
    "arrives", "leaves", "departs", "visits", "travels", "heads", "returns", "launches", "kicks",
    "plays", "faces", "hosts", "votes",
];
/// The same verbs with a plural subject ("the two sides meet Monday", "talks resume
/// Tuesday"); after "to" or "not" the verb before decides ("agreed to meet Monday").
const SCHEDULED_IN_PRESENT_PLURAL: &[&str] = &[
    "meet", "begin", "resume", "convene", "play", "face", "host", "vote",
];
/// Words in "-ed" that are no past verb, or that point ahead ("expected in August").
const NOT_PAST_IN_ED: &[&str] = &[
    "need",
    "speed",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "hundred",
    "breed",
    "bleed",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "slated",
    "projected",
    "anticipated",
    "intended",
    "forecasted",
    "estimated",
    "unexpected",
    "unprecedented",
    "limited",
    "united",
    "related",
    "based",
    "detailed",
    "advanced",
    "supposed",
];
/// Words before an "-ed" form that make it a passive or a future: "is expected", "will be
/// reviewed", "to be signed".
const NOT_PAST_BEFORE: &[&str] = &[
    "be", "is", "are", "will", "would", "to", "can", "could", "should", "may", "might", "must",
    "being", "'ll",
];
/// Abbreviations whose period ends no sentence (lower case): titles, company forms, months;
/// US states' are `abbreviations::us_state`'s.
const ABBREVIATIONS_BEFORE_PERIOD: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
    "capt", "prof", "rev", "corp", "inc", "co", "ltd", "bros", "no", "vs", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
/// Words before a noun phrase.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those",
];
const NOT_YEAR_FOLLOWERS: &[&str] = &[
    "percent",
    "people",
    "shares",
    "tons",
    "tonnes",
    "dollars",
    "yen",
    "marks",
    "barrels",
    "acres",
    "miles",
    "feet",
    "units",
    "jobs",
    "troops",
    "cars",
    "homes",
    "employees",
    "workers",
    "points",
    "members",
    "copies",
    "pounds",
    "francs",
    "pesos",
    "bags",
    "bales",
    "ounces",
    "kilos",
    "metres",
    "meters",
    "km",
    "kilometers",
    "kilometres",
    "hours",
    "votes",
    "delegates",
    "soldiers",
    "students",
    "residents",
    "square",
    "cubic",
    "mln",
    "billion",
    "million",
    "dlrs",
    "stg",
    "pct",
    "lbs",
    "kg",
    "m",
    "ft",
    "rooms",
    "beds",
    "seats",
];

struct Tagger<'a, 'b> {
    tokens: &'a [Token<'b>],
    anchor: Option<NaiveDate>,
}

impl Tagger<'_, '_> {
    fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_ref())
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lower(i))
    }

    /// Whether token `i` directly follows `i - 1` with no space.
    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.spaced)
    }

    fn number(&self, i: usize) -> Option<u32> {
        self.tokens.get(i).and_then(Token::number)
    }

    fn longest_match(&self, i: usize) -> Option<Match> {
        let rules: [fn(&Self, usize) -> Option<Match>; 17] = [
            Self::anaphoric,
            Self::spelled_year,
            Self::numeric_date,
            Self::month_expression,
            Self::day_month,
            Self::weekday,
            Self::relative_day,
            Self::reference,
            Self::unit_relative,
            Self::ago,
            Self::quarter,
            Self::year,
            Self::duration,
            Self::set,
            Self::clock_time,
            Self::holiday,
            Self::fixed_phrase,
        ];
        let mut best: Option<Match> = None;
        for rule in rules {
            if let Some(found) = rule(self, i)
                && best.as_ref().is_none_or(|b| found.end > b.end)
            {
                best = Some(found);
            }
        }
        best
    }

    /// Past or future, from the words around token `i` in its sentence.
    fn tense(&self, i: usize) -> Tense {
        self.tense_around(i, i..i)
    }

    /// The tense of token `i`'s clause, not reading the tokens of `skipped` (an expression
    /// whose own words are markers: the "next" of "the next day").
    fn tense_around(&self, i: usize, skipped: std::ops::Range<usize>) -> Tense {
        // The clause: sentence ends, semicolons and quotation marks bound it.
        let is_boundary = |k: usize| {
            matches!(
                self.tokens[k].text,
                "!" | "?" | ";" | "\u{201c}" | "\u{201d}" | "\""
            ) || self.ends_sentence(k)
        };
        let mut from = i;
        while from > 0 && i - from < 15 && !is_boundary(from - 1) {
            from -= 1;
        }
        let mut to = i;
        while to + 1 < self.tokens.len() && to - i < 10 && !is_boundary(to + 1) {
            to += 1;
        }
        // The nearest tense marker decides: "said Thursday he will travel on Friday".
        let marker = |k: usize| -> Option<Tense> {
            if skipped.contains(&k) {
                return None;
            }
            let word = self.tokens[k].lower.as_ref();
            let going_to = word == "going" && self.is(k + 1, "to");
            // "next to the embassy" is a place.
            let next_to = word == "next" && self.is(k + 1, "to");
            // "were planning to drive", "was expected to": a plan, so what it plans is ahead.
            let planned = matches!(word, "was" | "were" | "had")
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| PLAN_WORDS.contains(&t.lower.as_ref()));
            if going_to
                || planned
                || (FUTURE_MARKERS.contains(&word) && !next_to)
                || self.points_ahead(k)
            {
                Some(Tense::Future)
            } else if (PAST_MARKERS.contains(&word)
                // "could last until the fall": a verb, not "last year".
                && !(word == "last" && k > 0 && NOT_PAST_BEFORE.contains(&self.lower(k - 1))))
                || self.is_past_verb(k)
            {
                Some(Tense::Past)
            } else {
                None
            }
        };
        // A marker after the expression counts at twice its distance: the verb a date
        // belongs to comes before it more often ("will meet Bush on Thursday in Maine").
        for distance in 1..=(i - from).max(2 * (to - i)) {
            let before = i
                .checked_sub(distance)
                .filter(|&k| k >= from)
                .and_then(marker);
            let after = Some(i + distance / 2)
                .filter(|&k| distance % 2 == 0 && k <= to)
                .and_then(marker);
            if let Some(tense) = before.or(after) {
                return tense;
            }
        }
        Tense::Unknown
    }

    /// Whether token `k` is a full stop ending a sentence: glued to its word, which is no
    /// initial or abbreviation ("Daniel P. Davison", "Dow Jones amp Co. said").
    fn ends_sentence(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        if token.text != "." || token.spaced || k == 0 {
            return false;
        }
        let before = &self.tokens[k - 1];
        // "P." of a name, the "m." of "a.m.".
        let initial =
            before.text.chars().count() == 1 && before.text.chars().all(char::is_alphabetic);
        !initial
            && !ABBREVIATIONS_BEFORE_PERIOD.contains(&before.lower.as_ref())
            && crate::extract::abbreviations::us_state(before.text).is_none()
    }

    /// Whether token `k` says that what follows is still to come: a plan ("planned to leave
    /// Nairobi on Thursday", "set to resume Monday", "is to resume trading Tuesday"), a
    /// deadline, or "as soon as" and "as early as".
    fn points_ahead(&self, k: usize) -> bool {
        let word = self.lower(k);
        PLAN_WORDS.contains(&word)
            || SCHEDULED_IN_PRESENT.contains(&word)
            || (SCHEDULED_IN_PRESENT_PLURAL.contains(&word)
                && k > 0
                && !matches!(
                    self.lower(k - 1),
                    "to" | "not" | "n't" | "did" | "didn't" | "could" | "would" | "might"
                )
                // After an article or a possessive it is a noun: "Monday's vote passed".
                && !DETERMINERS.contains(&self.lower(k - 1))
                && !(self.is(k - 1, "s") && k > 1 && matches!(self.lower(k - 2), "'" | "’")))
            || (matches!(word, "set" | "is" | "are") && self.is(k + 1, "to"))
            // A deadline one has or is given, or a thing put off: "Cyprus has until Monday",
            // "postponed until Tuesday", "extended its offer until Nov. 9".
            || (word == "until" && self.defers(k))
            || (matches!(word, "soon" | "early")
                && k > 0
                && self.is(k - 1, "as")
                && self.is(k + 1, "as"))
    }

    /// Whether the "until" at `k` ends a time someone has or was given, or one a thing was
    /// put off to, from up to four words before it ("has until", "postponed the vote
    /// until"); a plain "until" ends a stay as often in the past ("remained until").
    fn defers(&self, k: usize) -> bool {
        (k.saturating_sub(4)..k)
            .rev()
            .take_while(|&j| !matches!(self.lower(j), "." | ";" | ","))
            .any(|j| {
                let word = self.lower(j);
                matches!(word, "has" | "have" | "given" | "deadline")
                    || ["postpon", "delay", "defer", "extend", "adjourn"]
                        .iter()
                        .any(|stem| word.starts_with(stem))
            })
    }

    /// Whether token `k` is a verb in the past: a common irregular one ("fell", "rose"),
    /// or a lower-case word in "-ed" ("resigned", "climbed") that no modal or form of "be"
    /// turns into a passive or a future ("is expected", "will be reviewed").
    fn is_past_verb(&self, k: usize) -> bool {
        let word = self.lower(k);
        if k > 0 && NOT_PAST_BEFORE.contains(&self.lower(k - 1)) {
            return false;
        }
        if IRREGULAR_PAST.contains(&word) {
            return true;
        }
        let capitalized = self.tokens[k].text.starts_with(char::is_uppercase);
        // After an article or a possessive, a word in "-ed" describes a noun: "a scheduled
        // meeting", "its revised forecast", "a still unspecified date".
        let mut before = k.wrapping_sub(1);
        if k > 1 && (self.is(before, "still") || self.lower(before).ends_with("ly")) {
            before -= 1;
        }
        let describes_noun = k > 0 && DETERMINERS.contains(&self.lower(before));
        !capitalized
            && word.len() >= 5
            && word.ends_with("ed")
            && !NOT_PAST_IN_ED.contains(&word)
            && !describes_noun
    }

    /// The tense of a verb just before token `i` (or before its "on"): "the year ended March
    /// 31", "died on Oct. 3"; or the future of a "will" or "would" governing it ("would
    /// take effect on Oct. 1"). A day and month take the nearest such day unless a verb next
    /// to them says which side of the publication date it lies on; a marker further off in
    /// the clause belongs as often to another event ("said Tuesday the dividend is payable
    /// Dec. 1").
    fn verb_tense_before(&self, i: usize) -> Tense {
        let verb = match i.checked_sub(1) {
            Some(k) if self.is(k, "on") => k.checked_sub(1),
            other => other,
        };
        match verb {
            Some(k) if self.is_past_verb(k) => Tense::Past,
            _ if self.modal_ahead_before(i) => Tense::Future,
            _ => Tense::Unknown,
        }
    }

    /// Whether "will" or "would" governs token `i` from up to eight words before it, with no
    /// past verb or clause boundary between ("would take effect on Oct. 1").
    fn modal_ahead_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(8)..i).rev() {
            let word = self.lower(k);
            // Not "could": "could be located Wednesday" is as often past.
            if matches!(word, "will" | "would") {
                return true;
            }
            if matches!(word, ";" | "," | "said" | "says")
                || self.ends_sentence(k)
                || self.is_past_verb(k)
            {
                return false;
            }
        }
        false
    }

    /// The tense a weekday at `i` is read in: its clause's, else the past (news reports
    /// what happened: "Friday" alone is the last one).
    fn weekday_tense(&self, i: usize) -> Tense {
        // "would take place on Sunday"; but "would get around Wednesday's ruling" speaks of
        // a ruling made.
        let possessive = matches!(self.tokens.get(i + 1).map(|t| t.text), Some("'" | "’"))
            && self.is(i + 2, "s");
        if !possessive && self.modal_ahead_before(i) {
            return Tense::Future;
        }
        match self.tense(i) {
            Tense::Unknown => Tense::Past,
            known => known,
        }
    }

    // ----- rules -----

    /// `2025-05-15`, `2025/05/15`, `5/15/2025`, `1987/88`.
    fn numeric_date(&self, i: usize) -> Option<Match> {
        let first = self.tokens.get(i)?;
        let a = first.number()?;
        let separator = self.lower(i + 1);
        if !matches!(separator, "-" | "/") || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let b = self.number(i + 2)?;
        let b_len = self.tokens[i + 2].text.len();
        let third = if self.lower(i + 3) == separator && self.glued(i + 3) && self.glued(i + 4) {
            self.number(i + 4)
                .map(|c| (c, self.tokens[i + 4].text.len()))
        } else {
            None
        };
        match third {
            Some((c, _)) if first.text.len() == 4 => {
                let date = NaiveDate::from_ymd_opt(a as i32, b, c)?;
                date_match(i + 5, day_value(date))
            }
            Some((c, 4)) if separator == "/" => {
                let date = NaiveDate::from_ymd_opt(c as i32, a, b)?;
                date_match(i + 5, day_value(date))
            }
            None if first.text.len() == 4
                && separator == "/"
                && b_len == 2
                && (1800..2100).contains(&a) =>
            {
                // A season or fiscal year spanning two years: "1987/88".
                let next_year = (a + 1) % 100;
                (b == next_year).then(|| date_match(i + 3, format!("{a:04}")))?
            }
            // "2008-09" is the season or fiscal year over two years, not September 2008:
            // news writes months so only in tables.
            None if first.text.len() == 4
                && separator == "-"
                && b_len == 2
                && (1..=12).contains(&b)
                && b != (a + 1) % 100
                && (1800..2100).contains(&a) =>
            {
                date_match(i + 3, format!("{a:04}-{b:02}"))
            }
            None if first.text.len() == 4
                && separator == "-"
                && (1800..2100).contains(&a)
                && is_year_range_end(a, b, b_len) =>
            {
                // A span of years, "2009-2010", "1957-58": each end is a date of its own,
                // the second found by `year`.
                date_match(i + 1, format!("{a:04}"))
            }
            _ => None,
        }
    }

    /// Month names: `May 15, 2025`, `Aug. 7`, `February 2022`, `June last year`, `October`,
    /// with `early`/`late`/`mid`/`last`/`next`/`this` before them.
    fn month_expression(&self, i: usize) -> Option<Match> {
        // "the end of June", "the beginning of March": the month, named with its part.
        let part_of_month = self.is(i, "the")
            && self.is_any(i + 1, &["end", "beginning", "start", "middle"])
            && self.is(i + 2, "of");
        if part_of_month {
            // A month ("2013-06"), not a day: "by the end of March 5" is the day alone.
            return self
                .month_expression(i + 3)
                .filter(|found| found.value.len() == "YYYY-MM".len());
        }
        let (modifier, month_index) = match self.lower(i) {
            "early" | "late" | "mid" | "middle" => {
                (Some("range"), i + 1 + usize::from(self.is(i + 1, "-")))
            }
            "last" => (Some("last"), i + 1),
            "next" => (Some("next"), i + 1),
            "this" => (Some("this"), i + 1),
            _ => (None, i),
        };
        let (month, mut j) = self.month_at(month_index)?;
        let anchor = self.anchor;
        // Day, optional comma, optional year.
        if let Some(day) = self.day_number(j) {
            let k = j + 1;
            let year_index = k + usize::from(self.is(k, ","));
            if let Some(year) = self.year_number(year_index) {
                let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
                return date_match(year_index + 1, day_value(date));
            }
            let anchor = anchor?;
            let date = self.infer_day(anchor, month, day, self.verb_tense_before(i))?;
            return date_match(k, day_value(date));
        }
        if self.is(j, ",") && self.year_number(j + 1).is_some() {
            j += 1;
        }
        if self.is(j, "of") && self.year_number(j + 1).is_some() {
            j += 1;
        }
        if let Some(year) = self.year_number(j) {
            if modifier.is_some_and(|m| m != "range") {
                return None;
            }
            return date_match(j + 1, format!("{year:04}-{month:02}"));
        }
        let anchor = anchor?;
        if self.is_any(j, &["this", "last", "next"]) && self.is(j + 1, "year") {
            let year = anchor.year()
                + match self.lower(j) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
            return date_match(j + 2, format!("{year:04}-{month:02}"));
        }
        // A month on its own: capitalized, and "May" only where it cannot be the verb.
        let month_token = &self.tokens[month_index];
        if !month_token.is_capitalized() {
            return None;
        }
        if month == 5
            && modifier.is_none()
            && !self.is_any(
                i.wrapping_sub(1),
                &[
                    "in", "of", "since", "until", "by", "during", "from", "to", "through",
                    "before", "after", "early", "late", "mid",
                ],
            )
        {
            return None;
        }
        let tense = match modifier {
            Some("last") => Tense::Past,
            Some("next") => Tense::Future,
            // A month alone takes the clause's tense: "fell in August" in a March story is
            // last August, never one after the publication date.
            None => self.tense(month_index),
            _ => Tense::Unknown,
        };
        let this_year = modifier == Some("this");
        let current = anchor.year() * 12 + anchor.month0() as i32;
        let candidates = [anchor.year() - 1, anchor.year(), anchor.year() + 1];
        let year = if this_year {
            anchor.year()
        } else {
            let strict = matches!(modifier, Some("last") | Some("next"));
            let pick = candidates.iter().copied().filter(|&y| {
                let m = y * 12 + month as i32 - 1;
                match tense {
                    Tense::Past if strict => m < current,
                    Tense::Past => m <= current,
                    Tense::Future if strict => m > current,
                    Tense::Future => m >= current,
                    Tense::Unknown => true,
                }
            });
            match tense {
                Tense::Past => pick.max()?,
                Tense::Future => pick.min()?,
                Tense::Unknown => {
                    let months: Vec<i32> = pick.map(|y| y * 12 + month as i32 - 1).collect();
                    let distance = |m: i32| i64::from((m - current).abs());
                    gone_by_unless_near(&months, current, distance, NEAR_FUTURE_MONTHS)?
                        .div_euclid(12)
                }
            }
        };
        date_match(j, format!("{year:04}-{month:02}"))
    }

    /// A month name at `i` (abbreviations may carry a period); returns the month and the
    /// next token index.
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        let token = self.tokens.get(i)?;
        if !token.text.chars().all(char::is_alphabetic) {
            return None;
        }
        let month = month_number(&token.lower)?;
        let abbreviated =
            token.lower.len() <= 4 && !matches!(token.lower.as_ref(), "may" | "june" | "july");
        if abbreviated && !token.is_capitalized() {
            return None;
        }
        // "Mar" or "Jan" alone are often names; accept abbreviations with a period or a day.
        let mut next = i + 1;
        if abbreviated && self.is(next, ".") {
            next += 1;
        } else if abbreviated && self.day_number(next).is_none() && self.year_number(next).is_none()
        {
            return None;
        }
        Some((month, next))
    }

    fn day_number(&self, i: usize) -> Option<u32> {
        let token = self.tokens.get(i)?;
        let digits: String = token
            .text
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let suffix = &token.lower[digits.len()..];
        if digits.is_empty()
            || digits.len() > 2
            || !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        {
            return None;
        }
        let day: u32 = digits.parse().ok()?;
        // "May 15 - 20" would be a range; "Feb 26 -" a dateline: both still give the day.
        (1..=31).contains(&day).then_some(day)
    }

    fn year_number(&self, i: usize) -> Option<u32> {
        let token = self.tokens.get(i)?;
        let year = token.number().filter(|_| token.text.len() == 4)?;
        (1000..=2199).contains(&year).then_some(year)
    }

    fn infer_day(
        &self,
        anchor: NaiveDate,
        month: u32,
        day: u32,
        tense: Tense,
    ) -> Option<NaiveDate> {
        let candidates: Vec<NaiveDate> = [anchor.year() - 1, anchor.year(), anchor.year() + 1]
            .iter()
            .filter_map(|&y| NaiveDate::from_ymd_opt(y, month, day))
            .collect();
        match tense {
            Tense::Past => candidates.into_iter().filter(|d| *d <= anchor).max(),
            Tense::Future => candidates.into_iter().filter(|d| *d >= anchor).min(),
            Tense::Unknown => {
                let distance = |d: NaiveDate| (d - anchor).num_days().abs();
                gone_by_unless_near(&candidates, anchor, distance, NEAR_FUTURE_DAYS)
            }
        }
    }

    /// `15 May 2025`, `15th of May`.
    fn day_month(&self, i: usize) -> Option<Match> {
        let day = self.day_number(i)?;
        let mut j = i + 1;
        if self.is(j, "of") {
            j += 1;
        }
        let (month, next) = self.month_at(j)?;
        let year_index = next + usize::from(self.is(next, ","));
        if let Some(year) = self.year_number(year_index) {
            let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
            return date_match(year_index + 1, day_value(date));
        }
        let date = self.infer_day(self.anchor?, month, day, self.verb_tense_before(i))?;
        date_match(next, day_value(date))
    }

    /// `Friday`, `last Friday`, `next Tuesday`, `Sunday night`; `every Monday` is a set.
    fn weekday(&self, i: usize) -> Option<Match> {
        let (modifier, day_index) = match self.lower(i) {
            "last" | "next" | "this" | "past" | "coming" => (Some(self.lower(i)), i + 1),
            _ => (None, i),
        };
        let token = self.tokens.get(day_index)?;
        let (weekday, plural) = weekday_of(&token.lower)?;
        if !token.is_capitalized() {
            return None;
        }
        let part = part_of_day(self.lower(day_index + 1));
        let end = day_index + 1 + usize::from(part.is_some());
        if plural {
            let suffix = part.map(|p| format!("T{p}")).unwrap_or_default();
            return Some(Match {
                end,
                kind: TimexType::Set,
                value: format!("XXXX-WXX-{}{suffix}", weekday.number_from_monday()),
                year_before: false,
            });
        }
        if modifier.is_none()
            && part.is_none()
            && let Some(dated) = self.weekday_with_date(day_index + 1, weekday)
        {
            return Some(dated);
        }
        let anchor = self.anchor?;
        let tense = match modifier {
            Some("last") | Some("past") => Tense::Past,
            Some("next") | Some("coming") => Tense::Future,
            _ => self.weekday_tense(day_index),
        };
        let strict = matches!(
            modifier,
            Some("last") | Some("next") | Some("past") | Some("coming")
        );
        let date = resolve_weekday(anchor, weekday, tense, strict);
        match part {
            // A part of a day is a time of that day (TimeML): "Friday afternoon".
            Some(part) => Some(Match {
                end,
                kind: TimexType::Time,
                value: format!("{}T{part}", day_value(date)),
                year_before: false,
            }),
            None => date_match(end, day_value(date)),
        }
    }

    /// The date after a weekday at `i` ("Monday, Oct. 26", "Friday Oct. 13"): one expression
    /// whose day the date gives; where the date has no year, the year in which that day is
    /// the weekday named.
    fn weekday_with_date(&self, i: usize, weekday: Weekday) -> Option<Match> {
        let j = i + usize::from(self.is(i, ","));
        let dated = self.month_expression(j).or_else(|| self.day_month(j))?;
        let date = NaiveDate::parse_from_str(&dated.value, "%Y-%m-%d").ok()?;
        if (j..dated.end).any(|k| self.year_number(k).is_some()) {
            return Some(dated);
        }
        let date = [0, -1, 1]
            .iter()
            .filter_map(|&by| date.with_year(date.year() + by))
            .find(|d| d.weekday() == weekday)
            .unwrap_or(date);
        date_match(dated.end, day_value(date))
    }

    /// `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `last night`.
    fn relative_day(&self, i: usize) -> Option<Match> {
        let anchor = self.anchor?;
        let (prefix, j) = if self.is_any(i, &["early", "late", "earlier", "later"]) {
            (1, i + 1)
        } else {
            (0, i)
        };
        let offset = match self.lower(j) {
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            "tonight" => {
                return Some(Match {
                    end: j + 1,
                    kind: TimexType::Time,
                    value: format!("{}TNI", day_value(anchor)),
                    year_before: false,
                });
            }
            "this" if prefix == 0 => {
                let part = part_of_day(self.lower(j + 1))?;
                return Some(Match {
                    end: j + 2,
                    kind: TimexType::Time,
                    value: format!("{}T{part}", day_value(anchor)),
                    year_before: false,
                });
            }
            "last" if prefix == 0 && self.is(j + 1, "night") => {
                let day = anchor - Duration::days(1);
                return Some(Match {
                    end: j + 2,
                    kind: TimexType::Time,
                    value: format!("{}TNI", day_value(day)),
                    year_before: false,
                });
            }
            _ => return None,
        };
        let day = anchor + Duration::days(offset);
        if let Some(part) = part_of_day(self.lower(j + 1)) {
            return Some(Match {
                end: j + 2,
                kind: TimexType::Time,
                value: format!("{}T{part}", day_value(day)),
                year_before: false,
            });
        }
        date_match(j + 1, day_value(day))
    }

    /// `the following year`, `the previous month`, `the next day` (in a past clause): a
    /// step from the date the text spoke of last, resolved by `tag` (`ANAPHORIC`).
    fn anaphoric(&self, i: usize) -> Option<Match> {
        let unit_of = |word: &str| match word {
            "day" => Some('D'),
            "week" => Some('W'),
            "month" => Some('M'),
            "year" => Some('Y'),
            _ => None,
        };
        // "later that year", "earlier that day", "that same day", "the same week": the
        // period of the date spoken of last.
        let that = i + usize::from(self.is_any(i, &["earlier", "later"]));
        let same = that + 1 + usize::from(self.is(that + 1, "same"));
        let refers_back = self.is(that, "that") || (self.is(that, "the") && same > that + 1);
        if refers_back && let Some(unit) = unit_of(self.lower(same)) {
            return date_match(same + 1, format!("{ANAPHORIC}={unit}"));
        }
        if !self.is(i, "the") {
            return None;
        }
        // "the day before", "the year after": a step from the date spoken of last.
        if let Some(unit) = unit_of(self.lower(i + 1)) {
            let step = match self.lower(i + 2) {
                "before" | "earlier" => '-',
                "after" | "later" => '+',
                _ => return None,
            };
            // "the day before last Tuesday's hearing", "the day after Christmas": one date,
            // a day from the one named.
            if unit == 'D'
                && let Some(named) = self.longest_match(i + 3)
                && named.kind == TimexType::Date
                && let Ok(date) = NaiveDate::parse_from_str(&named.value, "%Y-%m-%d")
            {
                let days = if step == '-' { -1 } else { 1 };
                let stepped = date + Duration::days(days);
                return date_match(named.end, day_value(stepped));
            }
            // Only where the phrase ends a clause: before a word it is a conjunction ("the
            // day before authorities issued", "the day before returning").
            let ends_clause = self
                .tokens
                .get(i + 3)
                .is_none_or(|t| matches!(t.text, "," | "." | ";" | ":" | ")" | "!" | "?"));
            if !ends_clause {
                return None;
            }
            return date_match(i + 3, format!("{ANAPHORIC}{step}{unit}"));
        }
        let step = match self.lower(i + 1) {
            "following" => '+',
            "next" if self.tense_around(i, i..i + 3) == Tense::Past => '+',
            "previous" | "preceding" | "prior" => '-',
            _ => return None,
        };
        let unit = unit_of(self.lower(i + 2))?;
        date_match(i + 3, format!("{ANAPHORIC}{step}{unit}"))
    }

    /// Years in words, as broadcast transcripts write them: `nineteen ninety-six`,
    /// `January nineteen ninety-seven`, `the year two thousand`. "Two thousand" alone is
    /// a number ("two thousand years"), so it is a year only after "the year" or a month.
    fn spelled_year(&self, i: usize) -> Option<Match> {
        let (month, j) = match self.month_at(i) {
            Some((month, next)) => (Some(month), next),
            None if self.is(i, "the") && self.is(i + 1, "year") => (None, i + 2),
            None => (None, i),
        };
        let (year, end) = match self.lower(j) {
            "nineteen" => {
                let (rest, end) = self.spelled_two_digits(j + 1)?;
                (1900 + rest, end)
            }
            "two" if self.is(j + 1, "thousand") && (month.is_some() || j > i) => {
                let k = j + 2 + usize::from(self.is(j + 2, "and"));
                match self.spelled_two_digits(k) {
                    Some((rest, end)) => (2000 + rest, end),
                    None => (2000, j + 2),
                }
            }
            _ => return None,
        };
        let value = match month {
            Some(month) => format!("{year:04}-{month:02}"),
            None => format!("{year:04}"),
        };
        date_match(end, value)
    }

    /// The last two digits of a year in words at `i`: `ninety-six`, `eighty`, `ten`,
    /// `oh five`, and the token after them.
    fn spelled_two_digits(&self, i: usize) -> Option<(u32, usize)> {
        let tens = match self.lower(i) {
            "oh" => {
                let unit = number_word(self.lower(i + 1)).filter(|n| *n < 10)?;
                return Some((unit, i + 2));
            }
            "one" => return Some((1, i + 1)),
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            word => match number_word(word)? {
                n @ 10..=19 => return Some((n, i + 1)),
                n @ (20 | 30 | 40 | 50 | 60) => n,
                n @ 2..=9 => return Some((n, i + 1)),
                _ => return None,
            },
        };
        // "ninety-six" is three tokens; "ninety six" two.
        let unit_at = i + 1 + usize::from(self.is(i + 1, "-"));
        match self.lower(unit_at) {
            "one" => Some((tens + 1, unit_at + 1)),
            word => match number_word(word).filter(|n| *n < 10) {
                Some(unit) => Some((tens + unit, unit_at + 1)),
                None => Some((tens, i + 1)),
            },
        }
    }

    /// `now`, `currently`, `recently`, `the future`, `the past`, `soon`.
    fn reference(&self, i: usize) -> Option<Match> {
        let value = match self.lower(i) {
            // Only the words annotators mark consistently; "soon", "previously" or a bare
            // "future" are left alone (measured on the TimeML dev part).
            "now" | "currently" | "current" | "nowadays" | "presently" => "PRESENT_REF",
            "recently" => "PAST_REF",
            "the" if self.is(i + 1, "future") => return date_match(i + 2, "FUTURE_REF".into()),
            "the"
                if self.is(i + 1, "past")
                    && !self.is_number_word(i + 2)
                    && !self.is_unit(i + 2) =>
            {
                return date_match(i + 2, "PAST_REF".into());
            }
            "the" if self.is(i + 1, "present") => return date_match(i + 2, "PRESENT_REF".into()),
            _ => return None,
        };
        date_match(i + 1, value.into())
    }

    /// `this week`, `last month`, `next year`, `earlier this year`, `the weekend`,
    /// `last fall`, `this quarter`, `the past year`, `year-earlier`.
    fn unit_relative(&self, i: usize) -> Option<Match> {
        let anchor = self.anchor?;
        let mut j = i;
        // "the end of this week": the article goes with the part of the period.
        let part_of_period = ["end", "beginning", "start"];
        if self.is(j, "the") && self.is_any(j + 1, &part_of_period) && self.is(j + 2, "of") {
            j += 1;
        }
        if self.is_any(
            j,
            &[
                "earlier",
                "later",
                "early",
                "late",
                "mid",
                "end",
                "beginning",
                "start",
            ],
        ) {
            // "end", "start" and "beginning" alone are verbs: "talks will end this week".
            let noun = self.is_any(j, &part_of_period);
            j += 1;
            let joined = self.is_any(j, &["-", "of"]);
            if noun && !joined {
                return None;
            }
            if self.is(j, "-") {
                j += 1;
            }
            if self.is(j, "of") {
                j += 1;
            }
        }
        // "year-earlier", "year-ago": the year before.
        let k = i + usize::from(self.is(i, "the"));
        if j == i
            && self.is(k, "year")
            && self.is(k + 1, "-")
            && self.glued(k + 1)
            && self.is_any(k + 2, &["earlier", "ago"])
        {
            let end = k + 3 + usize::from(self.is_any(k + 3, &["quarter", "period"]));
            if k > i && end == k + 3 {
                return None;
            }
            return Some(Match {
                end,
                kind: TimexType::Date,
                value: format!("{:04}", anchor.year() - 1),
                year_before: true,
            });
        }
        let direction = match self.lower(j) {
            "this" | "the" => 0,
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            _ => return None,
        };
        let word = self.lower(j);
        let unit = self.lower(j + 1);
        let end = j + 2;
        let value = match unit {
            "week" if word != "the" => iso_week_value(anchor + Duration::weeks(direction)),
            "month" if word != "the" => {
                let month = shift_month(anchor, direction);
                format!("{:04}-{:02}", month.0, month.1)
            }
            "year" if word != "the" => format!("{:04}", anchor.year() + direction as i32),
            "quarter" if word != "the" => {
                let (year, quarter) = shift_quarter(anchor.year(), quarter_of(anchor), direction);
                format!("{year:04}-Q{quarter}")
            }
            "weekend" => {
                let week_anchor = if direction != 0 {
                    anchor + Duration::weeks(direction)
                } else if word == "the"
                    && self.tense(j) != Tense::Future
                    && (anchor.weekday().number_from_monday() <= 4
                        // A Friday's report of what happened "at the weekend" in the past
                        // tense means the last one.
                        || (anchor.weekday().number_from_monday() == 5
                            && self.tense(j) == Tense::Past))
                {
                    anchor - Duration::weeks(1)
                } else {
                    anchor
                };
                format!("{}-WE", iso_week_value(week_anchor))
            }
            "spring" | "summer" | "fall" | "autumn" | "winter" if word != "the" => {
                let season = season_code(unit);
                let year = anchor.year() + direction as i32;
                format!("{year:04}-{season}")
            }
            _ => return None,
        };
        // "the past year" is the year before, "the past week" a duration (TimeML practice).
        if word == "past" && unit != "year" {
            return None;
        }
        date_match(end, value)
    }

    /// Whether the amount of time ending at `unit_index` is measured from another event
    /// rather than from the article's date: "a week before the vote", "a month after
    /// Qantas said", "three days later", "a day earlier". TimeML marks the amount alone, as
    /// a DURATION. Year-sized amounts "earlier" stay dates: in business news "a year
    /// earlier" is the year-ago period that results are compared with.
    fn is_anchored_duration(&self, unit_index: usize) -> bool {
        match self.lower(unit_index + 1) {
            // "It was a week before": before some event the text told, not before the
            // article's date (that is "ago").
            "before" | "after" | "later" => true,
            "earlier" => {
                matches!(unit_of(self.lower(unit_index)), Some('D' | 'W' | 'M'))
                    && !unit_is_time(self.lower(unit_index))
            }
            _ => false,
        }
    }

    /// `a year ago`, `two weeks ago`, `three days earlier`, `several years ago`.
    fn ago(&self, i: usize) -> Option<Match> {
        let anchor = self.anchor?;
        let (count, unit_index) = self.quantity(i)?;
        let unit = unit_of(self.lower(unit_index))?;
        if self.is_anchored_duration(unit_index) {
            return None;
        }
        let end = unit_index + 1;
        let later = match self.lower(end) {
            "ago" | "earlier" | "before" => -1,
            "later" | "hence" => 1,
            _ => return None,
        };
        let Some(n) = count else {
            return date_match(
                end + 1,
                if later < 0 { "PAST_REF" } else { "FUTURE_REF" }.into(),
            );
        };
        let n = n as i64 * later;
        let value = match unit {
            'D' if !unit_is_time(self.lower(unit_index)) => day_value(anchor + Duration::days(n)),
            'W' => iso_week_value(anchor + Duration::weeks(n)),
            'M' if !unit_is_time(self.lower(unit_index)) => {
                let (y, m) = shift_month(anchor, n);
                format!("{y:04}-{m:02}")
            }
            'Y' => {
                return Some(Match {
                    end: end + 1,
                    kind: TimexType::Date,
                    value: format!("{:04}", anchor.year() as i64 + n),
                    year_before: n == -1,
                });
            }
            'E' => format!("{:03}", (anchor.year() as i64 + 10 * n) / 10),
            _ => return None,
        };
        date_match(end + 1, value)
    }

    /// `the third quarter`, `third-quarter`, `the fourth quarter of 1989`, `the first half`,
    /// `the quarter`, `the latest quarter`.
    fn quarter(&self, i: usize) -> Option<Match> {
        // "the year-earlier third quarter": that quarter of the year before, one expression.
        let year_before = self.is(i, "year")
            && self.is(i + 1, "-")
            && self.is_any(i + 2, &["earlier", "ago"])
            && !self.is_any(i + 3, &["period", "quarter"]);
        if year_before {
            let period = self.quarter(i + 3)?;
            let (year, rest) = period.value.split_at_checked(4)?;
            let year: i32 = year.parse().ok()?;
            if !rest.starts_with("-Q") {
                return None;
            }
            // Already the year before: the report's own quarter stays what it was.
            return Some(Match {
                end: period.end,
                kind: TimexType::Date,
                value: format!("{:04}{rest}", year - 1),
                year_before: true,
            });
        }
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        // "the 1988 third quarter", "the 1989 period".
        let mut explicit_year = None;
        if the && let Some(year) = self.year_number(j) {
            explicit_year = Some(year);
            j += 1;
        }
        // "this year's third quarter", "last year's quarter", "1988's fourth quarter".
        let possessive = !the && explicit_year.is_none() && {
            let shift = match self.lower(i) {
                "this" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            let (year, next) = match (shift, self.anchor) {
                (Some(shift), Some(anchor)) if self.is(i + 1, "year") => {
                    (Some(anchor.year() + shift), i + 2)
                }
                _ => (self.year_number(i).map(|y| y as i32), i + 1),
            };
            match year {
                Some(year) if self.is_any(next, &["'", "\u{2019}"]) && self.is(next + 1, "s") => {
                    explicit_year = u32::try_from(year).ok();
                    j = next + 2;
                    true
                }
                _ => false,
            }
        };
        if self.is(j, "fiscal") {
            j += 1;
        }
        let (ordinal, current) = match self.lower(j) {
            "first" | "1st" => (Some(1), false),
            "second" | "2nd" => (Some(2), false),
            "third" | "3rd" => (Some(3), false),
            "fourth" | "4th" => (Some(4), false),
            // "the last half of 1989" is its second half; "last quarter" alone is the one
            // before this, so only a half is counted from the end.
            "last" | "latter"
                if self.is(j + 1, "half")
                    && self.is(j + 2, "of")
                    && (self.year_number(j + 3).is_some() || self.is(j + 4, "year")) =>
            {
                (Some(2), false)
            }
            "latest" | "recent" | "same" | "comparable" | "corresponding" => (None, false),
            "current" | "this" => (None, true),
            _ if self.is_any(j, &["quarter", "period"]) && (the || possessive) => (None, false),
            _ => return None,
        };
        let unit_index = if self.is_any(j, &["quarter", "period"]) {
            j
        } else {
            j + 1 + usize::from(self.is(j + 1, "-") && self.glued(j + 1))
        };
        let half = match self.lower(unit_index) {
            "quarter" => false,
            "half" if ordinal.is_some_and(|o| o <= 2) => true,
            // "period" stands for the quarter only in reports: after a year or "latest".
            "period"
                if ordinal.is_none() && !current && (explicit_year.is_some() || j < unit_index) =>
            {
                false
            }
            _ => return None,
        };
        let mut end = unit_index + 1;
        if explicit_year.is_none() {
            if self.is(end, "of") && self.year_number(end + 1).is_some() {
                explicit_year = self.year_number(end + 1);
                end += 2;
            } else if let Some(year) = self.year_number(end) {
                explicit_year = Some(year);
                end += 1;
            } else if self.is(end, "of")
                && self.is_any(end + 1, &["the", "this", "next", "last"])
                && self.is(end + 2, "year")
                && let Some(anchor) = self.anchor
            {
                // "the second half of the year" is this year's, whatever the tense.
                let shift = match self.lower(end + 1) {
                    "next" => 1,
                    "last" => -1,
                    _ => 0,
                };
                explicit_year = u32::try_from(anchor.year() + shift).ok();
                end += 3;
            }
        }
        let prefix = if half { "H" } else { "Q" };
        let value = match (ordinal, explicit_year) {
            (Some(n), Some(year)) => format!("{year:04}-{prefix}{n}"),
            (Some(n), None) => {
                let anchor = self.anchor?;
                let now = if half {
                    (anchor.month0() / 6 + 1) as i32
                } else {
                    quarter_of(anchor)
                };
                // Reports speak of the current or a completed quarter, whatever the verbs;
                // only a report still to come can speak of a later one ("will report
                // second-quarter results" in March), unless the quarter it names is the one
                // just completed (the fourth in January).
                let last = if half { 2 } else { 4 };
                let just_completed = now == 1 && n == last;
                // The clause is read only for a quarter later in the year than this one.
                let ahead = || self.modal_ahead_before(i) || self.tense(i) == Tense::Future;
                let year = if n > now && (just_completed || !ahead()) {
                    anchor.year() - 1
                } else {
                    anchor.year()
                };
                format!("{year:04}-{prefix}{n}")
            }
            (None, Some(year)) => format!("{year:04}-Q?"),
            (None, None) if current => {
                let anchor = self.anchor?;
                format!("{:04}-Q{}", anchor.year(), quarter_of(anchor))
            }
            // The latest quarter is the last one completed, whichever the report spoke of.
            (None, None) if self.is_any(j, &["latest", "recent"]) => {
                let anchor = self.anchor?;
                let (year, quarter) = shift_quarter(anchor.year(), quarter_of(anchor), -1);
                format!("{year:04}-Q{quarter}")
            }
            (None, None) => {
                self.anchor?;
                LAST_QUARTER.to_string()
            }
        };
        date_match(end, value)
    }

    /// `1990`, `fiscal 1989`, `mid-1996`, `the 1990s`, `the late 1970s`, `20th century`,
    /// `the year 2000`.
    fn year(&self, i: usize) -> Option<Match> {
        let mut j = i;
        if self.is(j, "the") && self.is(j + 1, "year") && self.year_number(j + 2).is_some() {
            j += 2;
        } else {
            if self.is(j, "the") {
                j += 1;
                // "the end of 2014", "the beginning of 1990".
                if self.is_any(j, &["end", "beginning", "start"]) && self.is(j + 1, "of") {
                    j += 2;
                }
            }
            if self.is_any(j, &["early", "late", "mid", "fiscal", "calendar"]) {
                j += 1;
                if self.is(j, "-") {
                    j += 1;
                }
            }
        }
        let token = self.tokens.get(j)?;
        // Decades: "1990s".
        if let Some(digits) = token.lower.strip_suffix('s')
            && digits.len() == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits.ends_with('0')
        {
            return date_match(j + 1, digits[..3].to_string());
        }
        // Decades named by their tens after "the" or an apostrophe: "the '80s", "the
        // nineties" (not "in their 80s", an age): the latest such decade up to the anchor.
        let apostrophe = self.is(j, "'") && self.glued(j + 1);
        let tens_at = j + usize::from(apostrophe);
        if (apostrophe || j > i)
            && let Some(tens) = self.tokens.get(tens_at).and_then(|t| decade_tens(&t.lower))
        {
            let latest = self.anchor.map_or(1999, |a| a.year());
            let mut start = latest - latest.rem_euclid(100) + tens as i32;
            if start > latest {
                start -= 100;
            }
            return date_match(tens_at + 1, format!("{:03}", start / 10));
        }
        // Centuries: "20th century".
        if self.is(j + 1, "century") {
            let digits: String = token
                .text
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let n: u32 = digits.parse().ok()?;
            if (1..=22).contains(&n) && token.lower.len() > digits.len() {
                return date_match(j + 2, format!("{:02}", n - 1));
            }
        }
        // The two-digit end of a span of years: the "58" of "1957-58".
        if j == i
            && token.text.len() == 2
            && i >= 2
            && self.is(i - 1, "-")
            && self.glued(i - 1)
            && self.glued(i)
            && let (Some(start), Some(end)) = (self.year_number(i - 2), token.number())
            && (1800..2100).contains(&start)
            && is_year_range_end(start, end, 2)
        {
            return date_match(i + 1, format!("{:04}", year_range_end(start, end)));
        }
        let year = self.year_number(j)?;
        if j == i && !(1800..=2100).contains(&year) {
            return None;
        }
        // "the 1987 crash", "the 2000 Olympics": the article is the noun's, the year a
        // modifier tagged alone; "the 1988 period" is a time all through. ("Late 2012 saw"
        // and "fiscal 1989 results" keep their first word: it is the date's.)
        let fiscal_year = self.is_any(j + 1, &["fiscal", "financial"]) && self.is(j + 2, "year");
        if j == i + 1
            && self.is(i, "the")
            && !fiscal_year
            && !self.is_any(
                j + 1,
                &[
                    "period", "quarter", "half", "season", "year", "first", "second", "third",
                    "fourth",
                ],
            )
        {
            let next = self.tokens.get(j + 1);
            if next.is_some_and(|t| t.text.chars().next().is_some_and(char::is_alphabetic)) {
                return None;
            }
        }
        // Not part of a larger number or a quantity: "$2000", "2000 people", "1,990".
        let previous = i.checked_sub(1).map(|p| self.lower(p)).unwrap_or("");
        if matches!(previous, "$" | "£" | "€" | "," | "." | "#" | "no") && !self.tokens[j].spaced
            || previous == "$"
        {
            return None;
        }
        let next = self.lower(j + 1);
        if next == "%"
            || NOT_YEAR_FOLLOWERS.contains(&next)
            || (matches!(next, "," | ".")
                && self.glued(j + 1)
                && self.number(j + 2).is_some()
                && self.glued(j + 2))
        {
            return None;
        }
        if matches!(next, "-" | "/") && self.glued(j + 1) && self.number(j + 2).is_some() {
            return None;
        }
        // "the 2013 fiscal year", "its 2012 financial year": the year all through.
        if fiscal_year {
            return date_match(j + 3, format!("{year:04}"));
        }
        date_match(j + 1, format!("{year:04}"))
    }

    /// `two weeks`, `a decade`, `more than a decade`, `five-year`, `24 hours`,
    /// `the past three months`, `recent years`, `the first nine months`.
    fn duration(&self, i: usize) -> Option<Match> {
        let mut j = i;
        let mut skip = |words: &[&str]| {
            while self.is_any(j, words) {
                j += 1;
            }
        };
        skip(&[
            "more",
            "less",
            "fewer",
            "than",
            "nearly",
            "almost",
            "about",
            "around",
            "over",
            "under",
            "up",
            "to",
            "at",
            "least",
            "most",
            "some",
            "roughly",
            "approximately",
            "only",
            "just",
            "the",
            "past",
            "last",
            "next",
            "first",
            "coming",
            "recent",
        ]);
        // "over 20 years" is more than twenty, but "over the past 10 days" is a
        // preposition: the expression starts at "the".
        if self.is(i, "over") && self.is(i + 1, "the") {
            return None;
        }
        let recent = (i..j).any(|k| self.is(k, "recent"));
        // "in coming months": a time ahead (TimeML: FUTURE_REF), the expression without
        // the article.
        if self.is_any(i, &["coming", "upcoming"])
            && matches!(
                self.lower(i + 1),
                "days" | "weeks" | "months" | "quarters" | "years"
            )
        {
            return date_match(i + 2, "FUTURE_REF".to_string());
        }
        if let Some(found) = self.duration_and_a_half(j) {
            return Some(found);
        }
        let (count, unit_index) = match self.quantity(j) {
            Some(found) => found,
            None if recent || (j > i && self.is_any(j - 1, &["past", "last", "first", "next"])) => {
                (None, j)
            }
            None => {
                // A bare plural unit after "for"/"in": "for years".
                let plural = matches!(self.lower(j), "years" | "months" | "weeks" | "decades");
                if j == i && plural && i > 0 && self.is_any(i - 1, &["for", "in", "within"]) {
                    (None, j)
                } else {
                    return None;
                }
            }
        };
        let unit_word = self.lower(unit_index);
        let unit = unit_of(unit_word)?;
        if matches!(
            self.lower(unit_index + 1),
            "ago" | "earlier" | "later" | "before" | "hence"
        ) && !self.is_anchored_duration(unit_index)
        {
            return None;
        }
        // "a 6-year-old": an age, not a duration.
        if self.is(unit_index + 1, "-") && self.is(unit_index + 2, "old") {
            return None;
        }
        // "the past year" and "last year" are dates (handled elsewhere) unless counted.
        if count.is_none() && !unit_word.ends_with('s') && !recent {
            return None;
        }
        // "in recent years" is a time gone by, not a length (TimeML: PAST_REF).
        if recent && count.is_none() && unit_word.ends_with('s') {
            return date_match(unit_index + 1, "PAST_REF".to_string());
        }
        let n = count.map_or("X".to_string(), |n| n.to_string());
        let value = if unit_is_time(unit_word) {
            format!("PT{n}{unit}")
        } else if unit == 'E' {
            format!("P{n}DE")
        } else if unit == 'C' {
            format!("P{n}CE")
        } else if unit == 'Q' {
            match count {
                Some(q) => format!("P{}M", q * 3),
                None => "PXM".to_string(),
            }
        } else {
            format!("P{n}{unit}")
        };
        Some(Match {
            end: unit_index + 1,
            kind: TimexType::Duration,
            value,
            year_before: false,
        })
    }

    /// `5 1/2 hours`, `two and a half years`, `a year and a half`, `half an hour`: a
    /// length with a half, written in the next smaller unit (TimeML: `PT5H30M`, `P2Y6M`).
    fn duration_and_a_half(&self, i: usize) -> Option<Match> {
        let is_and_a_half =
            |k: usize| self.is(k, "and") && self.is(k + 1, "a") && self.is(k + 2, "half");
        let whole = self.number(i).or_else(|| match self.lower(i) {
            "a" | "an" | "one" => Some(1),
            word => number_word(word),
        });
        let (whole, unit_index) = match whole {
            // "5 1/2 hours"
            Some(n)
                if self.number(i + 1) == Some(1)
                    && self.is(i + 2, "/")
                    && self.glued(i + 2)
                    && self.number(i + 3) == Some(2)
                    && self.glued(i + 3) =>
            {
                (n, i + 4)
            }
            // "two and a half years"
            Some(n) if is_and_a_half(i + 1) => (n, i + 4),
            // "a year and a half"
            Some(n) if self.is_unit(i + 1) && is_and_a_half(i + 2) => (n, i + 1),
            // "half an hour"
            None if self.is(i, "half") && self.is_any(i + 1, &["a", "an"]) => (0, i + 2),
            _ => return None,
        };
        let unit_word = self.lower(unit_index);
        let value = match (unit_of(unit_word)?, unit_is_time(unit_word)) {
            ('H', true) if whole == 0 => "PT30M".to_string(),
            ('H', true) => format!("PT{whole}H30M"),
            ('M', true) => format!("PT{whole}M30S"),
            ('S', true) => format!("PT{whole}.5S"),
            ('Y', _) if whole == 0 => "P6M".to_string(),
            ('Y', _) => format!("P{whole}Y6M"),
            ('E', _) => format!("P{}Y", whole * 10 + 5),
            ('C', _) => format!("P{}Y", whole * 100 + 50),
            ('D', _) if whole == 0 => "PT12H".to_string(),
            ('D', _) => format!("P{whole}DT12H"),
            (unit @ ('W' | 'M'), _) => format!("P{whole}.5{unit}"),
            _ => return None,
        };
        let end = if is_and_a_half(unit_index + 1) {
            unit_index + 4
        } else {
            unit_index + 1
        };
        Some(Match {
            end,
            kind: TimexType::Duration,
            value,
            year_before: false,
        })
    }

    /// A count before a unit: `two`, `24`, `a`, `an`, `several`, `a few`, `couple of`,
    /// `five-` (as in "five-year"). Returns the count (None when vague) and the unit's index.
    fn quantity(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let word = self.lower(i);
        let (count, mut next) = if let Some(n) = self.number(i) {
            // Four digits are a year ("the 1988 quarter"), not a count.
            if self.tokens[i].text.len() > 3 {
                return None;
            }
            (Some(n), i + 1)
        } else if let Some(n) = number_word(word) {
            // "twenty four"
            match number_word(self.lower(i + 1)).filter(|m| n >= 20 && *m < 10) {
                Some(m) => (Some(n + m), i + 2),
                None => (Some(n), i + 1),
            }
        } else {
            match word {
                "a" | "an" | "one" => (Some(1), i + 1),
                "several" | "many" | "few" | "some" => (None, i + 1),
                "couple" if self.is(i + 1, "of") => (Some(2), i + 2),
                _ => return None,
            }
        };
        if word == "a" && self.is(next, "few") {
            return Some((None, next + 1));
        }
        if word == "a" && self.is(next, "couple") && self.is(next + 1, "of") {
            return Some((Some(2), next + 2));
        }
        if self.is(next, "-") && self.glued(next) {
            next += 1;
        }
        unit_of(self.lower(next))?;
        Some((count, next))
    }

    fn is_number_word(&self, i: usize) -> bool {
        self.number(i).is_some()
            || number_word(self.lower(i)).is_some()
            || self.is_any(i, &["a", "an", "several", "few"])
    }

    fn is_unit(&self, i: usize) -> bool {
        unit_of(self.lower(i)).is_some()
    }

    /// `every week`, `each year`, `daily`, `annually`, `a year` after an amount.
    fn set(&self, i: usize) -> Option<Match> {
        let set = |end: usize, value: String| {
            Some(Match {
                end,
                kind: TimexType::Set,
                value,
                year_before: false,
            })
        };
        match self.lower(i) {
            "daily" => set(i + 1, "P1D".into()),
            "weekly" => set(i + 1, "P1W".into()),
            "monthly" => set(i + 1, "P1M".into()),
            "every" | "each" | "per" => {
                if let Some((weekday, _)) = weekday_of(self.lower(i + 1)) {
                    return set(i + 2, format!("XXXX-WXX-{}", weekday.number_from_monday()));
                }
                if self.tokens.get(i + 1).is_some_and(Token::is_capitalized)
                    && let Some((month, next)) = self.month_at(i + 1)
                {
                    return set(next, format!("XXXX-{month:02}"));
                }
                let (count, unit_index) = match self.quantity(i + 1) {
                    Some((count, unit_index)) => (count.unwrap_or(1), unit_index),
                    None => (1, i + 1),
                };
                let unit = unit_of(self.lower(unit_index))?;
                let value = if unit_is_time(self.lower(unit_index)) {
                    format!("PT{count}{unit}")
                } else {
                    format!("P{count}{unit}")
                };
                set(unit_index + 1, value)
            }
            "a" if i > 0
                && (self.number(i - 1).is_some()
                    || self.is_any(
                        i - 1,
                        &[
                            "million", "billion", "mln", "bln", "times", "dlrs", "dollars", "tons",
                            "tonnes", "barrels",
                        ],
                    )) =>
            {
                let unit = unit_of(self.lower(i + 1))?;
                if self.lower(i + 1).ends_with('s') || unit_is_time(self.lower(i + 1)) {
                    return None;
                }
                set(i + 2, format!("P1{unit}"))
            }
            _ => None,
        }
    }

    /// `3 p.m.`, `10:30 a.m.`, `noon`, `midnight`.
    fn clock_time(&self, i: usize) -> Option<Match> {
        let anchor = self.anchor?;
        let time = |end: usize, clock: String| {
            Some(Match {
                end,
                kind: TimexType::Time,
                value: format!("{}T{clock}", day_value(anchor)),
                year_before: false,
            })
        };
        let named = match self.lower(i) {
            "noon" => Some(12),
            "midnight" => Some(24),
            _ => None,
        };
        if let Some(hour) = named {
            // "midnight on Thursday": that day's.
            return match self.day_after_time(i + 1) {
                Some((day, end)) => Some(Match {
                    end,
                    kind: TimexType::Time,
                    value: format!("{}T{hour:02}:00", day_value(day)),
                    year_before: false,
                }),
                None => time(i + 1, format!("{hour:02}:00")),
            };
        }
        let hour = self.number(i).filter(|_| self.tokens[i].text.len() <= 2)?;
        let mut j = i + 1;
        let mut minute = None;
        if self.is(j, ":") && self.glued(j) {
            minute = Some(
                self.number(j + 1)
                    .filter(|m| *m < 60 && self.tokens[j + 1].text.len() == 2)?,
            );
            j += 2;
        }
        let half_day = match (self.lower(j), self.lower(j + 1), self.lower(j + 2)) {
            ("am", _, _) => Some((false, j + 1)),
            ("pm", _, _) => Some((true, j + 1)),
            ("a", ".", "m") => Some((
                false,
                j + 3 + usize::from(self.is(j + 3, ".") && self.glued(j + 3)),
            )),
            ("p", ".", "m") => Some((
                true,
                j + 3 + usize::from(self.is(j + 3, ".") && self.glued(j + 3)),
            )),
            _ => None,
        };
        let (hour24, mut end) = match half_day {
            Some((pm, end)) if (1..=12).contains(&hour) => {
                let hour24 = match (hour, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                (hour24, end)
            }
            // The 24-hour clock of wire copy: "15:00 GMT".
            None if minute.is_some() && hour <= 23 => (hour, j),
            _ => return None,
        };
        let minute = minute.unwrap_or(0);
        if TIME_ZONES.contains(&self.lower(end)) {
            end += 1;
        } else if self.is(end, "local")
            && self.is(end + 1, "time")
            && self.day_after_time(end + 2).is_some()
        {
            // "3 a.m. local time Sunday" is one time; "3 p.m. local time" alone ends
            // at the clock.
            end += 2;
        }
        // "15:00 GMT Saturday", "3 p.m. on Friday": the time of that day.
        let day = match self.day_after_time(end) {
            Some((day, after)) => {
                end = after;
                day
            }
            None => anchor,
        };
        Some(Match {
            end,
            kind: TimexType::Time,
            value: format!("{}T{hour24:02}:{minute:02}", day_value(day)),
            year_before: false,
        })
    }

    /// The day a weekday at `end` (or after "on" there) gives a time of day before it, and
    /// where the weekday ends.
    fn day_after_time(&self, end: usize) -> Option<(NaiveDate, usize)> {
        let anchor = self.anchor?;
        let day_index = end + usize::from(self.is(end, "on"));
        let token = self.tokens.get(day_index).filter(|t| t.is_capitalized())?;
        match weekday_of(&token.lower) {
            Some((weekday, false)) => Some((
                resolve_weekday(anchor, weekday, self.weekday_tense(day_index), false),
                day_index + 1,
            )),
            _ => None,
        }
    }

    /// Set phrases: `the end of the year`, `year-end`, `the current fiscal year`,
    /// `the near future`, `these days`, `the summer`.
    fn fixed_phrase(&self, i: usize) -> Option<Match> {
        let anchor = self.anchor?;
        // The anchor's year, month or week, or a fixed value; formatted only on a match, as
        // this runs at every word.
        enum Value {
            Year,
            Month,
            Week,
            Fixed(&'static str),
        }
        let phrases: [(&[&str], Value); 15] = [
            (&["the", "end", "of", "the", "year"], Value::Year),
            (&["the", "end", "of", "this", "year"], Value::Year),
            (&["the", "end", "of", "the", "month"], Value::Month),
            (&["the", "end", "of", "the", "week"], Value::Week),
            (&["year", "-", "end"], Value::Year),
            (&["year", "end"], Value::Year),
            (&["year", "'", "s", "end"], Value::Year),
            (&["the", "current", "year"], Value::Year),
            (&["the", "current", "fiscal", "year"], Value::Year),
            (&["this", "fiscal", "year"], Value::Year),
            (&["the", "near", "future"], Value::Fixed("FUTURE_REF")),
            (&["the", "near", "term"], Value::Fixed("FUTURE_REF")),
            (&["the", "short", "term"], Value::Fixed("FUTURE_REF")),
            (&["these", "days"], Value::Fixed("PRESENT_REF")),
            (&["at", "present"], Value::Fixed("PRESENT_REF")),
        ];
        let year = || format!("{:04}", anchor.year());
        for (words, value) in phrases {
            if words.iter().enumerate().all(|(k, w)| self.is(i + k, w)) {
                let value = match value {
                    Value::Year => year(),
                    Value::Month => format!("{:04}-{:02}", anchor.year(), anchor.month()),
                    Value::Week => iso_week_value(anchor),
                    Value::Fixed(value) => value.to_string(),
                };
                return date_match(i + words.len(), value);
            }
        }
        // "the year" alone is the year reported on ("a high for the year", "the first nine
        // months of the year"), a length of a year before "ended" ("for the year ended
        // Sept. 30"), and "earlier in the year" the same year.
        if let Some(opener) = ["earlier", "later"]
            .iter()
            .find(|w| self.is(i, w) && self.is(i + 1, "in") && self.is(i + 2, "the"))
            .map(|_| 2)
            .or_else(|| self.is(i, "the").then_some(0))
            && self.is(i + opener + 1, "year")
        {
            let end = i + opener + 2;
            let next = self.lower(end);
            if matches!(next, "ended" | "ending" | "to") && opener == 0 {
                return Some(Match {
                    end,
                    kind: TimexType::Duration,
                    value: "P1Y".into(),
                    year_before: false,
                });
            }
            let previous = i.checked_sub(1).map_or("", |p| self.lower(p));
            let stands_alone = !matches!(next, "-" | "'" | "before" | "after" | "earlier");
            if stands_alone && (opener > 0 || matches!(previous, "of" | "for" | "in")) {
                return date_match(end, year());
            }
        }
        // "the summer", "the early summer": the latest such season up to the anchor.
        let mut j = i;
        if !self.is(j, "the") {
            return None;
        }
        j += 1;
        if self.is_any(j, &["early", "late"]) {
            j += 1;
        }
        let season_word = self.lower(j);
        let start_month = match season_word {
            "spring" => 3,
            "summer" => 6,
            "fall" | "autumn" => 9,
            "winter" => 12,
            _ => return None,
        };
        // "the winter of 1994", "the summer of nineteen ninety-six": that year's.
        if self.is(j + 1, "of") {
            if let Some(year) = self.year_number(j + 2) {
                return date_match(j + 3, format!("{year:04}-{}", season_code(season_word)));
            }
            if let Some(year) = self.spelled_year(j + 2).filter(|m| m.value.len() == 4) {
                let value = format!("{}-{}", year.value, season_code(season_word));
                return date_match(year.end, value);
            }
        }
        let year = if self.tense(j) == Tense::Future {
            // "could last until the fall": the coming one, or the one under way.
            if anchor.month() < start_month + 3 {
                anchor.year()
            } else {
                anchor.year() + 1
            }
        } else if anchor.month() >= start_month {
            anchor.year()
        } else {
            anchor.year() - 1
        };
        date_match(j + 1, format!("{year:04}-{}", season_code(season_word)))
    }

    /// Holidays: `Christmas`, `New Year's Day`, `Thanksgiving`, `Easter`, `Labor Day`, …:
    /// the nearest one, or with `last`, `next` or `this` the one before, after or in the
    /// publication year.
    fn holiday(&self, i: usize) -> Option<Match> {
        let anchor = self.anchor?;
        let (occurrence, name_at) = match self.lower(i) {
            "last" => (Occurrence::Before, i + 1),
            "next" => (Occurrence::After, i + 1),
            "this" => (Occurrence::ThisYear, i + 1),
            _ => (Occurrence::Nearest, i),
        };
        if !self.tokens.get(name_at)?.is_capitalized() {
            return None;
        }
        let (rule, end) = HOLIDAYS.iter().find_map(|(words, rule)| {
            let mut k = name_at;
            for word in *words {
                // "St. Patrick's Day": the period after an abbreviation is optional.
                if *word == "." {
                    k += usize::from(self.is(k, "."));
                    continue;
                }
                if !self.is(k, word) {
                    return None;
                }
                k += 1;
            }
            Some((rule, k))
        })?;
        // "Christmas Day", "Thanksgiving Day", "Easter Sunday": the day word is part of it.
        let end = end + usize::from(rule.day_word().is_some_and(|word| self.is(end, word)));
        // A longer name that starts like a holiday: "Easter Island", "Easter Road",
        // "Christmas Special" (a date may follow: "Easter April 19").
        if self.tokens.get(end).is_some_and(Token::is_capitalized)
            && self.month_at(end).is_none()
            && weekday_of(self.lower(end)).is_none()
        {
            return None;
        }
        let in_years = [anchor.year() - 1, anchor.year(), anchor.year() + 1]
            .into_iter()
            .filter_map(|year| rule.date_in(year));
        let date = match occurrence {
            Occurrence::ThisYear => rule.date_in(anchor.year()),
            Occurrence::Before => in_years.filter(|date| *date < anchor).max(),
            Occurrence::After => in_years.filter(|date| *date > anchor).min(),
            // The clause's tense misleads here: "Congress is scheduled to break for Easter,
            // Boren said" in March is next month's Easter, not last year's.
            Occurrence::Nearest => in_years.min_by_key(|date| (*date - anchor).num_days().abs()),
        }?;
        date_match(end, day_value(date))
    }
}

/// Which occurrence of a holiday a mention means.
enum Occurrence {
    /// The one nearest the publication date ("Thanksgiving").
    Nearest,
    /// The last one before it ("last Thanksgiving").
    Before,
    /// The first one after it ("next Easter").
    After,
    /// The one of its year ("this Christmas").
    ThisYear,
}

/// When a holiday falls.
#[derive(Clone, Copy)]
enum HolidayRule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// The `nth` given weekday of a month (0 for its last).
    NthWeekday(u32, Weekday, u32),
    /// Days from Easter Sunday.
    FromEaster(i64),
}

impl HolidayRule {
    /// The word that may follow its name as part of it: "Christmas Day", "Easter Sunday".
    fn day_word(self) -> Option<&'static str> {
        match self {
            HolidayRule::FromEaster(0) => Some("sunday"),
            HolidayRule::FromEaster(_) => None,
            HolidayRule::Fixed(..) | HolidayRule::NthWeekday(..) => Some("day"),
        }
    }

    /// Its date in `year`.
    fn date_in(self, year: i32) -> Option<NaiveDate> {
        match self {
            HolidayRule::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
            HolidayRule::NthWeekday(month, weekday, 0) => {
                let next_first =
                    NaiveDate::from_ymd_opt(year + i32::from(month == 12), month % 12 + 1, 1)?;
                let last = next_first - Duration::days(1);
                let back = (last.weekday().num_days_from_monday() + 7
                    - weekday.num_days_from_monday())
                    % 7;
                Some(last - Duration::days(i64::from(back)))
            }
            HolidayRule::NthWeekday(month, weekday, nth) => {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(nth).ok()?)
            }
            HolidayRule::FromEaster(offset) => Some(easter_sunday(year)? + Duration::days(offset)),
        }
    }
}

/// Holidays news names, as lower-case tokens ("." after an abbreviation optional), and when
/// they fall (the United States' for its federal holidays, as in the TimeML news).
const HOLIDAYS: &[(&[&str], HolidayRule)] = &[
    (&["christmas", "eve"], HolidayRule::Fixed(12, 24)),
    (&["christmas"], HolidayRule::Fixed(12, 25)),
    (&["boxing", "day"], HolidayRule::Fixed(12, 26)),
    (
        &["new", "year", "'", "s", "eve"],
        HolidayRule::Fixed(12, 31),
    ),
    (&["new", "year", "'", "s", "day"], HolidayRule::Fixed(1, 1)),
    (&["valentine", "'", "s", "day"], HolidayRule::Fixed(2, 14)),
    (
        &["st", ".", "patrick", "'", "s", "day"],
        HolidayRule::Fixed(3, 17),
    ),
    (
        &["saint", "patrick", "'", "s", "day"],
        HolidayRule::Fixed(3, 17),
    ),
    (&["halloween"], HolidayRule::Fixed(10, 31)),
    (&["guy", "fawkes", "night"], HolidayRule::Fixed(11, 5)),
    (&["bonfire", "night"], HolidayRule::Fixed(11, 5)),
    (&["veterans", "day"], HolidayRule::Fixed(11, 11)),
    (
        &["thanksgiving"],
        HolidayRule::NthWeekday(11, Weekday::Thu, 4),
    ),
    (
        &["labor", "day"],
        HolidayRule::NthWeekday(9, Weekday::Mon, 1),
    ),
    (
        &["memorial", "day"],
        HolidayRule::NthWeekday(5, Weekday::Mon, 0),
    ),
    (&["good", "friday"], HolidayRule::FromEaster(-2)),
    (&["easter", "monday"], HolidayRule::FromEaster(1)),
    (&["easter"], HolidayRule::FromEaster(0)),
];

/// Whether lower-case words name a holiday ("boxing day", "valentine's day", "st. patrick's
/// day"): a date, never a person, place or organization. Punctuation and spacing are
/// ignored, so the tagger's word splits match the table's.
pub(crate) fn is_holiday_name(lower_words: &[String]) -> bool {
    let letters = |words: &mut dyn Iterator<Item = &str>| -> String {
        words
            .flat_map(str::chars)
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let name = letters(&mut lower_words.iter().map(String::as_str));
    !name.is_empty()
        && HOLIDAYS
            .iter()
            .any(|(words, _)| letters(&mut words.iter().copied()) == name)
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm, as in
/// Meeus's "Astronomical Algorithms").
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Placeholder value for "the quarter": the quarter last named, else the last completed one.
const LAST_QUARTER: &str = "Q-LAST";

/// The value `Tagger::anaphoric` gives, then a sign and a unit (`REF+Y`): `tag` replaces it
/// with the date one unit from the one the text spoke of last.
const ANAPHORIC: &str = "REF";

/// The date one `unit` (D, W, M, Y) after (`+`) or before `reference`, a TIMEX3 date value
/// (`1995`, `1989-03`, `1997-11-03`) at least as fine as the unit; `None` when it is not.
/// How many days after the publication date a date without a year may lie to be read as
/// the coming one when no verb gives the tense: beyond, news speaks of the one gone by.
const NEAR_FUTURE_DAYS: i64 = 122;
/// The same for a month alone, in months.
const NEAR_FUTURE_MONTHS: i64 = 4;

/// Of `candidates` (the same date in the years around `anchor`), the one gone by, unless the
/// coming one is within `near` (by `distance`) and nearer: news reports what happened more
/// than what is to come.
fn gone_by_unless_near<T: Copy + Ord>(
    candidates: &[T],
    anchor: T,
    distance: impl Fn(T) -> i64,
    near: i64,
) -> Option<T> {
    let past = candidates.iter().copied().filter(|c| *c <= anchor).max();
    let future = candidates.iter().copied().filter(|c| *c > anchor).min();
    match (past, future) {
        (Some(past), Some(future))
            if distance(future) <= near && distance(future) < distance(past) =>
        {
            Some(future)
        }
        (Some(past), _) => Some(past),
        (None, future) => future,
    }
}

/// The period `unit` before ('-'), after ('+') or of ('=') the date `reference`.
fn step_from(reference: &str, step: char, unit: char) -> Option<String> {
    let by: i64 = match step {
        '+' => 1,
        '=' => 0,
        _ => -1,
    };
    let (year, month, day) = calendar_parts(reference)?;
    match (unit, month, day) {
        ('Y', _, _) => Some(format!("{:04}", i64::from(year) + by)),
        ('M', Some(month), _) => {
            let (year, month) = shift_month(NaiveDate::from_ymd_opt(year, month, 1)?, by);
            Some(format!("{year:04}-{month:02}"))
        }
        ('D', Some(month), Some(day)) => Some(day_value(
            NaiveDate::from_ymd_opt(year, month, day)? + Duration::days(by),
        )),
        ('W', Some(month), Some(day)) => Some(iso_week_value(
            NaiveDate::from_ymd_opt(year, month, day)? + Duration::weeks(by),
        )),
        _ => None,
    }
}

/// Year, month and day of a TIMEX3 calendar value (`1995`, `1989-03`, `1997-11-03`);
/// `None` for any other value (`1989-Q3`, `PAST_REF`, a week).
fn calendar_parts(value: &str) -> Option<(i32, Option<u32>, Option<u32>)> {
    let mut parts = value.split('-');
    let year: i32 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    let day: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    parts.next().is_none().then_some((year, month, day))
}

/// The calendar periods a DATE value talks about, as `YYYY`, `YYYY-MM` and `YYYY-MM-DD`
/// terms, so a search for a month finds the days, weeks and quarters inside it.
pub fn covered_periods(value: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let push_day = |terms: &mut Vec<String>, date: NaiveDate| {
        terms.push(format!("{:04}", date.year()));
        terms.push(format!("{:04}-{:02}", date.year(), date.month()));
        terms.push(day_value(date));
    };
    let bytes = value.as_bytes();
    let year: Option<i32> = value
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse().ok());
    match (year, bytes.get(4)) {
        (Some(_), None) => terms.push(value.to_string()),
        (Some(year), Some(b'-')) => {
            let rest = &value[5..];
            let months: Vec<u32> =
                if let Some(q) = rest.strip_prefix('Q').and_then(|q| q.parse::<u32>().ok()) {
                    (1..=3).map(|m| (q.clamp(1, 4) - 1) * 3 + m).collect()
                } else if let Some(h) = rest.strip_prefix('H').and_then(|h| h.parse::<u32>().ok()) {
                    (1..=6).map(|m| (h.clamp(1, 2) - 1) * 6 + m).collect()
                } else if let Some(season) = rest
                    .get(..2)
                    .filter(|_| rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_uppercase()))
                {
                    match season {
                        "SP" => vec![3, 4, 5],
                        "SU" => vec![6, 7, 8],
                        "FA" => vec![9, 10, 11],
                        "WI" => vec![12],
                        _ => Vec::new(),
                    }
                } else if let Some(week) = rest
                    .strip_prefix('W')
                    .and_then(|w| w.get(..2))
                    .and_then(|w| w.parse::<u32>().ok())
                {
                    if let Some(monday) = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon) {
                        for offset in 0..7 {
                            push_day(&mut terms, monday + Duration::days(offset));
                        }
                    }
                    Vec::new()
                } else if rest.len() >= 5 {
                    if let Ok(date) =
                        NaiveDate::parse_from_str(&value[..10.min(value.len())], "%Y-%m-%d")
                    {
                        push_day(&mut terms, date);
                    }
                    Vec::new()
                } else {
                    rest.parse::<u32>()
                        .ok()
                        .filter(|m| (1..=12).contains(m))
                        .into_iter()
                        .collect()
                };
            if !months.is_empty() {
                terms.push(format!("{year:04}"));
            }
            for month in months {
                terms.push(format!("{year:04}-{month:02}"));
            }
        }
        _ => {}
    }
    terms.sort();
    terms.dedup();
    terms
}

/// Whether `end` (written with `digits` digits) closes a span of years that starts at
/// `start`: a later year within a century, or the two last digits of one that are no month.
/// The tens of a decade written "80s" or "eighties": 80.
fn decade_tens(word: &str) -> Option<u32> {
    if let Some(digits) = word.strip_suffix('s')
        && digits.len() == 2
        && digits.ends_with('0')
    {
        return digits.parse().ok();
    }
    let tens = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    let k = tens.iter().position(|t| *t == word)?;
    Some(20 + 10 * k as u32)
}

fn is_year_range_end(start: u32, end: u32, digits: usize) -> bool {
    match digits {
        4 => end > start && end - start <= 100 && end < 2100,
        2 => (end > 12 && end > start % 100) || end == (start + 1) % 100,
        _ => false,
    }
}

/// The year the two-digit end of a span of years names: "58" after 1957 is 1958, "00"
/// after 1999 is 2000.
fn year_range_end(start: u32, end: u32) -> u32 {
    if end == (start + 1) % 100 {
        start + 1
    } else {
        start / 100 * 100 + end
    }
}

fn parse_quarter(value: &str) -> Option<(i32, u32)> {
    let (year, quarter) = value.split_once("-Q")?;
    Some((year.parse().ok()?, quarter.parse().ok()?))
}

fn day_value(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn iso_week_value(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}

fn shift_month(date: NaiveDate, by: i64) -> (i64, u32) {
    let total = date.year() as i64 * 12 + date.month0() as i64 + by;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

fn quarter_of(date: NaiveDate) -> i32 {
    (date.month0() / 3 + 1) as i32
}

fn shift_quarter(year: i32, quarter: i32, by: i64) -> (i32, i32) {
    let total = year as i64 * 4 + (quarter - 1) as i64 + by;
    (total.div_euclid(4) as i32, (total.rem_euclid(4) + 1) as i32)
}

fn season_code(word: &str) -> &'static str {
    match word {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        _ => "WI",
    }
}

fn weekday_of(word: &str) -> Option<(Weekday, bool)> {
    let (singular, plural) = match word.strip_suffix('s') {
        Some(stem) if stem.ends_with("day") => (stem, true),
        _ => (word, false),
    };
    let day = match singular {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    };
    Some((day, plural))
}

/// Time zones wire copy writes after a clock time.
const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
    "jst", "ist",
];

fn part_of_day(word: &str) -> Option<&'static str> {
    match word {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" => Some("NI"),
        _ => None,
    }
}

/// The weekday nearest to `anchor` in the direction of `tense` (on the anchor itself counts
/// unless `strict`).
fn resolve_weekday(anchor: NaiveDate, weekday: Weekday, tense: Tense, strict: bool) -> NaiveDate {
    let from = anchor.weekday().num_days_from_monday() as i64;
    let to = weekday.num_days_from_monday() as i64;
    match tense {
        Tense::Future => {
            let mut ahead = (to - from).rem_euclid(7);
            if ahead == 0 && strict {
                ahead = 7;
            }
            anchor + Duration::days(ahead)
        }
        _ => {
            let mut back = (from - to).rem_euclid(7);
            if back == 0 && strict {
                back = 7;
            }
            anchor - Duration::days(back)
        }
    }
}

fn number_word(word: &str) -> Option<u32> {
    Some(match word {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "hundred" => 100,
        _ => return None,
    })
}

/// TIMEX3 unit letter for a unit word: D, W, M, Y, E (decade), C (century), Q, H, M, S.
fn unit_of(word: &str) -> Option<char> {
    Some(match word {
        "day" | "days" => 'D',
        "week" | "weeks" => 'W',
        "month" | "months" => 'M',
        "year" | "years" => 'Y',
        "decade" | "decades" => 'E',
        "century" | "centuries" => 'C',
        "quarter" | "quarters" => 'Q',
        "hour" | "hours" => 'H',
        "minute" | "minutes" => 'M',
        "second" | "seconds" => 'S',
        _ => return None,
    })
}

fn unit_is_time(word: &str) -> bool {
    matches!(
        word,
        "hour" | "hours" | "minute" | "minutes" | "second" | "seconds"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn values(text: &str, anchor: NaiveDate) -> Vec<(String, TimexType, String)> {
        tag(text, Some(anchor))
            .into_iter()
            .map(|t| (t.text, t.kind, t.value))
            .collect()
    }

    fn one(text: &str, anchor: NaiveDate) -> (String, String) {
        let found = values(text, anchor);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].0.clone(), found[0].2.clone())
    }

    /// Each expression found in `text`: its text and value.
    fn texts_and_values(text: &str, anchor: NaiveDate) -> Vec<(String, String)> {
        values(text, anchor)
            .into_iter()
            .map(|t| (t.0, t.2))
            .collect()
    }

    /// Expected (text, value) pairs as owned strings.
    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(text, value)| (text.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn a_word_in_ed_describing_a_noun_or_supposed_to_is_no_past() {
        let one = |text: &str| one(text, day(1989, 10, 26));
        // "unspecified" describes the date; "would" puts the payment ahead.
        assert_eq!(
            one("It would be paid on a still unspecified date in January."),
            ("January".into(), "1990-01".into())
        );
        assert_eq!(
            one("It was paid on the date agreed in January."),
            ("January".into(), "1989-01".into())
        );
        let one = |text: &str| super::tests::one(text, day(1998, 3, 22));
        assert_eq!(
            one(
                "The governments, which sponsor the talks that are supposed to conclude by May, invited Sinn Fein to rejoin."
            ),
            ("May".into(), "1998-05".into())
        );
    }

    #[test]
    fn a_date_lies_on_the_side_of_the_publication_date_its_verb_says() {
        let one = |text: &str| one(text, day(2013, 3, 14));
        // The nearest March 31 and June 30 are to come, but the verbs put them behind.
        assert_eq!(
            one("Its offer expired March 31."),
            ("March 31".into(), "2012-03-31".into())
        );
        assert_eq!(
            one("The mine closed on 30 June."),
            ("30 June".into(), "2012-06-30".into())
        );
        // A past verb further off in the clause is another event's.
        assert_eq!(
            one("The company said the dividend is payable March 31."),
            ("March 31".into(), "2013-03-31".into())
        );
        // A report to come names a quarter to come, unless it is the one just completed.
        assert_eq!(
            one("The company will report second-quarter results."),
            ("second-quarter".into(), "2013-Q2".into())
        );
        assert_eq!(
            super::tests::one(
                "The company will report fourth-quarter results.",
                day(2013, 1, 10)
            )
            .1,
            "2012-Q4"
        );
        // So with a weekday, unless it owns a thing already done.
        assert_eq!(
            one("Officials said the meeting would take place on Friday."),
            ("Friday".into(), "2013-03-15".into())
        );
        assert_eq!(
            one("They said they would appeal Wednesday's ruling."),
            ("Wednesday".into(), "2013-03-13".into())
        );
        // "would" governs the day: the next Oct. 1, though the last is nearer.
        assert_eq!(
            one("The measure would take effect on Oct. 1."),
            ("Oct. 1".into(), "2013-10-01".into())
        );
        // "paid" after "be" is no past tense.
        assert_eq!(
            one("The dividend will be paid March 31."),
            ("March 31".into(), "2013-03-31".into())
        );
    }

    #[test]
    fn a_year_modifying_a_noun_is_tagged_without_the_nouns_article() {
        let all = |text: &str| texts_and_values(text, day(2005, 3, 16));
        // A word of the date's own before the year stays with it.
        assert_eq!(
            all("Late 2004 saw a recovery, and fiscal 2004 results were strong."),
            pairs(&[("Late 2004", "2004"), ("fiscal 2004", "2004")])
        );
        assert_eq!(
            all("A study of the 1993 Des Moines floods and the 2000 Olympics."),
            pairs(&[("1993", "1993"), ("2000", "2000")])
        );
        // Where the noun is a time itself, the article is the expression's.
        assert_eq!(
            all("Profit rose from the 1988 period and the 1988 third quarter."),
            pairs(&[
                ("the 1988 period", "1988"),
                ("the 1988 third quarter", "1988-Q3")
            ])
        );
        assert_eq!(
            all("Sales grew in the 1990s."),
            pairs(&[("the 1990s", "199")])
        );
    }

    #[test]
    fn the_day_before_steps_from_the_date_spoken_of_last() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("He resigned on March 12. The day before, he had met the minister."),
            pairs(&[("March 12", "2013-03-12"), ("The day before", "2013-03-11")])
        );
        assert_eq!(
            all("The law passed in 2009 and was repealed the year after."),
            pairs(&[("2009", "2009"), ("the year after", "2010")])
        );
        // Before a clause or another point in time, "before" is a conjunction.
        assert_eq!(all("They met the day before the election."), pairs(&[]));
        assert_eq!(
            all("He was last seen Nov. 3, the day before police issued a warrant."),
            pairs(&[("Nov. 3", "2012-11-03")])
        );
    }

    #[test]
    fn the_same_day_is_the_date_spoken_of_last() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("He resigned on March 12. That same day, his deputy left."),
            pairs(&[("March 12", "2013-03-12"), ("That same day", "2013-03-12")])
        );
        assert_eq!(
            all("The bill passed in 2009; the same year, the court struck it down."),
            pairs(&[("2009", "2009"), ("the same year", "2009")])
        );
        assert_eq!(all("It is the same thing."), pairs(&[]));
    }

    #[test]
    fn a_year_before_fiscal_year_is_one_expression_before_other_nouns_alone() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("Sales in the 2013 fiscal year rose; the 2012 fiscal results were weak."),
            pairs(&[("the 2013 fiscal year", "2013"), ("2012", "2012")])
        );
        assert_eq!(all("It was the 1987 crash."), pairs(&[("1987", "1987")]));
    }

    #[test]
    fn the_end_of_the_year_is_this_year() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("It expects to close the deal by year end and hire staff by year-end."),
            pairs(&[("year end", "2013"), ("year-end", "2013")])
        );
        assert_eq!(
            all("Prices may fall by the end of the year."),
            pairs(&[("the end of the year", "2013")])
        );
    }

    #[test]
    fn decades_by_their_tens_are_the_latest_such_decade() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("Reggae was huge in the '80s, and in the nineties grunge took over."),
            pairs(&[("the '80s", "198"), ("the nineties", "199")])
        );
        // Tens after the anchor's are the last century's.
        assert_eq!(all("Jazz of the 20s"), pairs(&[("the 20s", "192")]));
        // Without "the" or an apostrophe, tens are an age.
        assert_eq!(all("Both men are in their 80s."), pairs(&[]));
    }

    #[test]
    fn the_last_half_of_a_year_is_its_second() {
        assert_eq!(
            texts_and_values("Sales fell in the last half of 1989.", day(1990, 2, 1)),
            pairs(&[("the last half of 1989", "1989-H2")])
        );
        // A decade's last half is no half of a year.
        assert!(
            texts_and_values("the last half of the '80s", day(1990, 2, 1))
                .iter()
                .all(|(_, value)| !value.contains('H'))
        );
    }

    #[test]
    fn a_half_or_quarter_of_the_year_is_this_years() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("It said it expects growth in the second half of the year."),
            pairs(&[("the second half of the year", "2013-H2")])
        );
        assert_eq!(
            all("Sales fell in the fourth quarter of last year."),
            pairs(&[("the fourth quarter of last year", "2012-Q4")])
        );
    }

    #[test]
    fn a_season_to_come_is_the_next_one_and_last_after_a_modal_is_a_verb() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("The trial is scheduled to begin in June and could last until the fall."),
            pairs(&[("June", "2013-06"), ("the fall", "2013-FA")])
        );
        assert_eq!(
            all("Prices fell during the fall."),
            pairs(&[("the fall", "2012-FA")])
        );
    }

    #[test]
    fn a_time_of_day_before_a_weekday_is_that_days() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("The attack happened around 3 a.m. local time Sunday."),
            pairs(&[("3 a.m. local time Sunday", "2013-03-17T03:00")])
        );
        assert_eq!(
            all("The strike began at midnight on Thursday."),
            pairs(&[("midnight on Thursday", "2013-03-21T24:00")])
        );
        assert_eq!(
            all("They met at noon."),
            pairs(&[("noon", "2013-03-22T12:00")])
        );
    }

    #[test]
    fn the_year_alone_is_the_year_reported_on_or_a_years_length() {
        let all = |text: &str| texts_and_values(text, day(1989, 10, 30));
        assert_eq!(
            all("The stock hit a high for the year and sales rose earlier in the year."),
            pairs(&[("the year", "1989"), ("earlier in the year", "1989")])
        );
        assert_eq!(
            all("Net income for the year ended Sept. 30 rose."),
            pairs(&[("the year", "P1Y"), ("Sept. 30", "1989-09-30")])
        );
        // Part of a longer expression or a noun phrase, it is not alone.
        assert_eq!(
            all("It lost money in the year-earlier quarter."),
            pairs(&[("the year-earlier quarter", "1988")])
        );
    }

    #[test]
    fn over_before_the_is_a_preposition_and_a_past_weekend_is_the_last() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("Over the past 10 days, over 20 years of work were lost."),
            pairs(&[("the past 10 days", "P10D"), ("over 20 years", "P20Y")])
        );
        assert_eq!(
            all("At the weekend, thousands marched through the capital."),
            pairs(&[("the weekend", "2013-W11-WE")])
        );
        assert_eq!(
            all("Thousands will march at the weekend."),
            pairs(&[("the weekend", "2013-W12-WE")])
        );
    }

    #[test]
    fn a_span_of_consecutive_years_is_two_years_not_a_month() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("The 2008-09 season and the 1999-00 budget ended."),
            pairs(&[
                ("2008", "2008"),
                ("09", "2009"),
                ("1999", "1999"),
                ("00", "2000")
            ])
        );
        assert_eq!(
            all("Output in 2012-07 fell."),
            pairs(&[("2012-07", "2012-07")])
        );
    }

    #[test]
    fn the_end_of_a_period_is_the_period_and_end_alone_is_a_verb() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 22));
        assert_eq!(
            all("Talks are expected to end this week."),
            pairs(&[("this week", "2013-W12")])
        );
        assert_eq!(
            all("Sales slowed by the end of the month and will recover by the end of 2014."),
            pairs(&[
                ("the end of the month", "2013-03"),
                ("the end of 2014", "2014")
            ])
        );
        assert_eq!(
            all("Workers will strike at the end of this week."),
            pairs(&[("the end of this week", "2013-W12")])
        );
        assert_eq!(
            all("He will step down at the end of June, not by the end of March 5."),
            pairs(&[("the end of June", "2013-06"), ("March 5", "2013-03-05")])
        );
    }

    #[test]
    fn holiday_names_match_however_the_words_are_split() {
        let words = |text: &str| -> Vec<String> { text.split(' ').map(str::to_string).collect() };
        assert!(is_holiday_name(&words("boxing day")));
        assert!(is_holiday_name(&words("valentine 's day")));
        assert!(is_holiday_name(&words("st. patrick's day")));
        assert!(!is_holiday_name(&words("easter road")));
        assert!(!is_holiday_name(&words("boxing")));
        assert!(!is_holiday_name(&[]));
    }

    #[test]
    fn holidays_fall_on_their_nearest_day_unless_last_next_or_this_says() {
        let all = |text: &str| texts_and_values(text, day(2000, 4, 3));
        assert_eq!(
            all("Elian was found on Thanksgiving Day. He left last Thanksgiving."),
            pairs(&[
                ("Thanksgiving Day", "1999-11-25"),
                ("last Thanksgiving", "1999-11-25")
            ])
        );
        assert_eq!(
            all("They will march on Easter Sunday and on Good Friday, and rest on Easter Monday."),
            pairs(&[
                ("Easter Sunday", "2000-04-23"),
                ("Good Friday", "2000-04-21"),
                ("Easter Monday", "2000-04-24")
            ])
        );
        assert_eq!(
            all(
                "Crowds will gather on Memorial Day. Last Labor Day was hot. Sales rose this Christmas."
            ),
            pairs(&[
                ("Memorial Day", "2000-05-29"),
                ("Last Labor Day", "1999-09-06"),
                ("this Christmas", "2000-12-25")
            ])
        );
        assert_eq!(
            all("The St. Patrick's Day parade drew crowds. On New Year's Eve he sang."),
            pairs(&[
                ("St. Patrick's Day", "2000-03-17"),
                ("New Year's Eve", "1999-12-31")
            ])
        );
        // Lower case is no holiday name: "a good friday for traders"; nor is a longer name.
        assert!(all("It was a good friday for traders.").is_empty());
        assert!(all("Hibs lost at Easter Road, far from Easter Island.").is_empty());
        for (year, month, date) in [(1999, 4, 4), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)] {
            assert_eq!(easter_sunday(year), Some(day(year, month, date)));
        }
    }

    #[test]
    fn a_season_of_a_named_year_is_that_years() {
        let all = |text: &str| texts_and_values(text, day(1998, 2, 27));
        assert_eq!(
            all(
                "As in the winter of 1994 and the summer of nineteen ninety-six, unlike the summer."
            ),
            pairs(&[
                ("the winter of 1994", "1994-WI"),
                ("the summer of nineteen ninety-six", "1996-SU"),
                ("the summer", "1997-SU")
            ])
        );
    }

    #[test]
    fn years_in_words_as_transcripts_write_them() {
        let all = |text: &str| texts_and_values(text, day(1998, 2, 27));
        assert_eq!(
            all("Atlanta, nineteen ninety-six. Then January nineteen ninety-seven."),
            pairs(&[
                ("nineteen ninety-six", "1996"),
                ("January nineteen ninety-seven", "1997-01")
            ])
        );
        assert_eq!(
            all("In nineteen seventy-nine and nineteen eighty, before nineteen oh five."),
            pairs(&[
                ("nineteen seventy-nine", "1979"),
                ("nineteen eighty", "1980"),
                ("nineteen oh five", "1905")
            ])
        );
        assert_eq!(
            all("The goal for the year two thousand and one slipped from the year two thousand."),
            pairs(&[
                ("the year two thousand and one", "2001"),
                ("the year two thousand", "2000")
            ])
        );
        // Counts, not years.
        assert!(all("Nineteen people died; two thousand years of history.").is_empty());
    }

    #[test]
    fn the_following_year_steps_from_the_date_spoken_of_last() {
        let anchor = day(1998, 4, 18);
        let last = |text: &str| {
            values(text, anchor)
                .last()
                .map(|t| (t.0.clone(), t.2.clone()))
        };
        let found = |text: &str, value: &str| {
            assert_eq!(last(text).map(|t| t.1), Some(value.to_string()), "{text}")
        };
        found(
            "On Aug. 2, 1995, he was promoted, and the following year he retired.",
            "1996",
        );
        found(
            "It was sold in March 1989. The following month the chairman quit.",
            "1989-04",
        );
        found(
            "He was seen on Nov. 3, 1997. The previous day he had left.",
            "1997-11-02",
        );
        found(
            "The talks opened on Jan. 2, 1997 and ended the following week.",
            "1997-W02",
        );
        // Nothing spoken of before: the publication date.
        found("The next day, police arrested him.", "1998-04-19");
        // A year alone gives no month to step from: nothing is tagged.
        assert_eq!(
            last("It was founded in 1990. The following month it grew."),
            Some(("1990".to_string(), "1990".to_string()))
        );
        // "the next year" ahead of the publication date is not anaphoric: next year.
        found("The plant will be closed over the next year.", "1999");
    }

    const SEED_DAY: (i32, u32, u32) = (2025, 5, 15);

    fn seed() -> NaiveDate {
        day(SEED_DAY.0, SEED_DAY.1, SEED_DAY.2)
    }

    #[test]
    fn absolute_dates_in_every_form() {
        let anchor = seed();
        assert_eq!(
            one("It began on May 15, 2025 in Kyiv.", anchor),
            ("May 15, 2025".into(), "2025-05-15".into())
        );
        assert_eq!(
            one("Signed 15 May 2025 there.", anchor),
            ("15 May 2025".into(), "2025-05-15".into())
        );
        assert_eq!(one("Filed 2025-05-15.", anchor).1, "2025-05-15");
        assert_eq!(
            one("the invasion in February 2022, notably", anchor),
            ("February 2022".into(), "2022-02".into())
        );
        assert_eq!(
            one("a March 2022 Istanbul meeting", anchor),
            ("March 2022".into(), "2022-03".into())
        );
        assert_eq!(
            one("the 1987/88 season", anchor),
            ("1987/88".into(), "1987".into())
        );
        assert_eq!(one("since Aug. 7, 1998 the talks", anchor).1, "1998-08-07");
        assert_eq!(one("prices in 1990 were low", anchor).1, "1990");
        assert_eq!(
            one("in the late 1970s", anchor),
            ("the late 1970s".into(), "197".into())
        );
    }

    #[test]
    fn year_ranges_give_each_end_its_own_date() {
        let anchor = seed();
        let pairs = |text: &str| -> Vec<(String, String)> {
            values(text, anchor)
                .into_iter()
                .map(|(text, _, value)| (text, value))
                .collect()
        };
        assert_eq!(
            pairs("output in 2009-2010 rose"),
            [
                ("2009".to_string(), "2009".to_string()),
                ("2010".to_string(), "2010".to_string())
            ]
        );
        assert_eq!(
            pairs("the 1957-58 recession"),
            [
                ("1957".to_string(), "1957".to_string()),
                ("58".to_string(), "1958".to_string())
            ]
        );
        // A month stays a month.
        assert_eq!(
            pairs("in 1987-08 it fell"),
            [("1987-08".to_string(), "1987-08".to_string())]
        );
    }

    #[test]
    fn a_month_alone_in_a_past_clause_is_never_after_publication() {
        let march = day(1998, 3, 10);
        assert_eq!(one("Sales fell in August, it said.", march).1, "1997-08");
        assert_eq!(one("Prices will rise in August.", march).1, "1998-08");
        // No tense: the nearest February.
        assert_eq!(one("The February figures.", march).1, "1998-02");
        // The month of publication itself is past enough.
        assert_eq!(one("Sales fell in March, it said.", march).1, "1998-03");
    }

    #[test]
    fn a_date_no_verb_places_is_the_one_gone_by_unless_it_comes_within_four_months() {
        let october = day(1989, 10, 30);
        for (text, anchor, value) in [
            (
                "The index set a record on Aug. 6.",
                day(1998, 2, 6),
                "1997-08-06",
            ),
            (
                "Kopp was last seen Nov. 3, police say.",
                day(1999, 5, 7),
                "1998-11-03",
            ),
            (
                "Shares rose to $42 from $29.75 in March.",
                october,
                "1989-03",
            ),
            // Near enough ahead, the coming one.
            (
                "The board meeting on Jan. 2 decides.",
                october,
                "1990-01-02",
            ),
            (
                "Debt of $5 billion is to go by February.",
                october,
                "1990-02",
            ),
        ] {
            assert_eq!(one(text, anchor).1, value, "{text}");
        }
    }

    #[test]
    fn that_year_and_earlier_that_day_are_the_period_of_the_date_spoken_of_last() {
        let all = |text: &str| texts_and_values(text, day(2000, 1, 28));
        assert_eq!(
            all("He fled in June 1998 and returned later that year. Earlier that day it rained."),
            pairs(&[
                ("June 1998", "1998-06"),
                ("later that year", "1998"),
                // A month gives no day to name.
            ])
        );
        assert_eq!(
            all("He was shot on Oct. 23, 1998. Earlier that day, a fax came."),
            pairs(&[
                ("Oct. 23, 1998", "1998-10-23"),
                ("Earlier that day", "1998-10-23")
            ])
        );
    }

    #[test]
    fn the_year_earlier_quarter_is_one_expression_of_the_year_before() {
        let all = |text: &str| texts_and_values(text, day(1989, 10, 27));
        assert_eq!(
            all("In the year-earlier third quarter, net was lower than in the year-ago period."),
            pairs(&[
                ("year-earlier third quarter", "1988-Q3"),
                // The report is on this year's third quarter.
                ("the year-ago period", "1988-Q3")
            ])
        );
    }

    #[test]
    fn the_day_before_or_after_a_named_day_is_one_date() {
        let thursday = day(2000, 2, 24);
        assert_eq!(
            one(
                "The day before last Tuesday's hearing, Manuel went home.",
                thursday
            ),
            (
                "The day before last Tuesday".to_string(),
                "2000-02-21".to_string()
            )
        );
        assert_eq!(
            one("They left the day after Christmas.", thursday).1,
            "1999-12-26"
        );
    }

    #[test]
    fn a_schedule_in_the_present_tense_points_ahead() {
        let wednesday = day(2020, 6, 10);
        for (text, value) in [
            ("The two sides meet separately Monday.", "2020-06-15"),
            ("The team plays Sunday against Chelsea.", "2020-06-14"),
            ("Officials said the talks resume Tuesday.", "2020-06-16"),
            // After "to", the verb before decides.
            ("They agreed to meet Monday.", "2020-06-08"),
        ] {
            assert_eq!(one(text, wednesday).1, value, "{text}");
        }
    }

    #[test]
    fn a_past_form_of_be_before_a_plan_points_ahead() {
        let friday = day(2000, 1, 7);
        assert_eq!(
            one(
                "Protesters planned a large demonstration in Little Havana on Saturday and were planning to march.",
                friday
            )
            .1,
            "2000-01-08"
        );
        // Without the plan, "were" is the past.
        assert_eq!(
            one(
                "Protesters held a rally on Saturday and were tired.",
                friday
            )
            .1,
            "2000-01-01"
        );
    }

    #[test]
    fn recent_and_coming_periods_are_times_gone_by_and_ahead_not_lengths() {
        let all = |text: &str| texts_and_values(text, day(2013, 3, 15));
        assert_eq!(
            all("In recent years sales fell; in the coming months they will rise."),
            pairs(&[
                ("recent years", "PAST_REF"),
                ("coming months", "FUTURE_REF")
            ])
        );
        // Counted, it is a length still.
        assert_eq!(
            all("Over the past three years sales fell."),
            pairs(&[("the past three years", "P3Y")])
        );
    }

    #[test]
    fn initials_and_next_to_end_no_clause_and_set_no_tense() {
        let october = day(1989, 10, 26);
        // The "P." of a name ends no sentence: "will" still governs the date.
        assert_eq!(
            one(
                "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after.",
                october
            )
            .1,
            "1990-02-01"
        );
        // "next to" is a place, not the next week's.
        assert_eq!(
            one(
                "Many were wounded in the blasts next to the U.S. embassies on Friday.",
                october
            )
            .1,
            "1989-10-20"
        );
    }

    #[test]
    fn a_month_after_a_past_verb_of_any_form_is_never_after_publication() {
        let march = day(2013, 3, 15);
        // No "said" or "was" in the clause: the verb itself is past.
        assert_eq!(one("Shares fell in August.", march).1, "2012-08");
        assert_eq!(one("He resigned in August.", march).1, "2012-08");
        assert_eq!(one("In August, prices climbed.", march).1, "2012-08");
        // A passive or a modal points ahead.
        assert_eq!(
            one("The deal will be signed in August.", march).1,
            "2013-08"
        );
        assert_eq!(one("It is expected in August.", march).1, "2013-08");
        // A name in "-ed" is no verb.
        assert_eq!(
            one("The United Nations meets in August.", march).1,
            "2013-08"
        );
    }

    #[test]
    fn an_amount_of_time_measured_from_another_event_is_a_duration() {
        let anchor = seed();
        let duration = |text: &str, amount: &str, value: &str| {
            assert_eq!(
                values(text, anchor),
                vec![(amount.into(), TimexType::Duration, value.into())],
                "{text}"
            );
        };
        duration("a week before the vote", "a week", "P1W");
        duration("a month after Qantas said so", "a month", "P1M");
        duration("Three days later, he left.", "Three days", "P3D");
        duration("A day earlier, trucks crossed.", "A day", "P1D");
        duration("It was a week before.", "a week", "P1W");
        // From the article's date: a date.
        assert_eq!(one("two weeks ago", anchor).1, "2025-W18");
        // "a year earlier" is the year-ago period of business news.
        assert_eq!(one("Profit rose from a year earlier.", anchor).1, "2024");
    }

    #[test]
    fn a_clock_time_with_a_zone_and_a_weekday_is_that_day_s_time() {
        let anchor = seed(); // Thursday 2025-05-15
        assert_eq!(
            values(
                "The vote closed at 15:00 GMT Saturday, officials said.",
                anchor
            ),
            [(
                "15:00 GMT Saturday".to_string(),
                TimexType::Time,
                "2025-05-10T15:00".to_string()
            )]
        );
        assert_eq!(
            values("Trading resumes at 9 a.m. on Monday, it will say.", anchor)[0].2,
            "2025-05-19T09:00"
        );
        // A ratio or a score is no time; a 24-hour clock needs its minutes.
        assert!(values("They won 3:2 in the final.", anchor).is_empty());
        assert!(values("It rose 15 GMT.", anchor).is_empty());
    }

    #[test]
    fn a_weekday_with_a_part_of_the_day_is_a_time() {
        let anchor = seed(); // Thursday 2025-05-15
        let found = values("He arrived Friday afternoon, the report said.", anchor);
        assert_eq!(
            found,
            [(
                "Friday afternoon".to_string(),
                TimexType::Time,
                "2025-05-09TAF".to_string()
            )]
        );
        let found = values("Talks resumed on Monday night.", anchor);
        assert_eq!(found[0].1, TimexType::Time);
        assert_eq!(found[0].2, "2025-05-12TNI");
    }

    #[test]
    fn a_weekday_before_a_date_is_one_expression_that_fixes_the_year() {
        let anchor = day(1998, 11, 21);
        assert_eq!(
            one("He was shot on the night of Friday, Oct. 23.", anchor),
            ("Friday, Oct. 23".to_string(), "1998-10-23".to_string())
        );
        // Nearest to the anchor would be 1999-01-08, a Friday only in 1999.
        assert_eq!(
            one("The editorial ran on Thursday, Jan. 8.", anchor),
            ("Thursday, Jan. 8".to_string(), "1998-01-08".to_string())
        );
        // A written year is kept whatever the weekday says.
        assert_eq!(
            one("It opened Monday, March 2, 1998.", anchor).1,
            "1998-03-02"
        );
    }

    #[test]
    fn a_plan_or_a_deadline_puts_the_weekday_ahead() {
        let anchor = day(2000, 4, 3); // a Monday
        for text in [
            "The team planned to leave Nairobi on Thursday.",
            "Talks are set to resume Thursday in Belfast.",
            "The group could come as soon as Thursday.",
            "Cyprus has until Thursday to answer.",
            "Officials postponed until Thursday any action on the permit.",
            "The company extended its offer until Thursday.",
        ] {
            assert_eq!(one(text, anchor).1, "2000-04-06", "{text}");
        }
        for text in [
            "The team left Nairobi on Thursday.",
            "The team stayed in Nairobi until Thursday.",
            // A schedule's verb after a possessive is a noun: the vote was held.
            "Thursday's vote split the party.",
        ] {
            assert_eq!(one(text, anchor).1, "2000-03-30", "{text}");
        }
    }

    #[test]
    fn a_marker_before_the_expression_outweighs_one_as_far_after_it() {
        let anchor = day(1998, 2, 13);
        let text = "Qantas will almost double its flights to India by August in the search for \
                    new markets untouched by the crisis.";
        assert_eq!(one(text, anchor).1, "1998-08");
    }

    #[test]
    fn a_years_quarter_and_the_latest_quarter() {
        let anchor = day(1989, 11, 1);
        assert_eq!(
            one(
                "Net sales for this year's third quarter were $14 million.",
                anchor
            ),
            (
                "this year's third quarter".to_string(),
                "1989-Q3".to_string()
            )
        );
        assert_eq!(
            one(
                "It could be effective as early as next year's first quarter.",
                anchor
            )
            .1,
            "1990-Q1"
        );
        // The report looks ahead to the fourth quarter; the latest is still the third.
        let found = texts_and_values(
            "Analysts expect a weak fourth quarter. Earnings fell 59% in the latest quarter.",
            anchor,
        );
        assert_eq!(
            found[1],
            ("the latest quarter".to_string(), "1989-Q3".to_string())
        );
    }

    #[test]
    fn each_month_is_a_set() {
        let anchor = day(1998, 3, 22);
        let found = values("Orangemen march each July through the town.", anchor);
        assert_eq!(
            found,
            [(
                "each July".to_string(),
                TimexType::Set,
                "XXXX-07".to_string()
            )]
        );
    }

    #[test]
    fn seed_relative_dates_follow_tense() {
        let anchor = seed(); // a Thursday
        assert_eq!(
            one(
                "Trump said Thursday that there would be no progress",
                anchor
            )
            .1,
            "2025-05-15"
        );
        assert_eq!(
            one(
                "Zelenskyy is instead going to the summit in Tirana with Erdoğan on Friday.",
                anchor
            )
            .1,
            "2025-05-16"
        );
        assert_eq!(
            one("Budanov told reporters Wednesday in Kyiv.", anchor).1,
            "2025-05-14"
        );
        assert_eq!(
            one("ready to discuss ceasefire tomorrow", anchor).1,
            "2025-05-16"
        );
        assert_eq!(one("He will attend on Friday.", anchor).1, "2025-05-16");
        assert_eq!(one("She arrived on Friday.", anchor).1, "2025-05-09");
        assert_eq!(one("They met last Thursday.", anchor).1, "2025-05-08");
        assert_eq!(one("It happened yesterday.", anchor).1, "2025-05-14");
    }

    #[test]
    fn relative_periods() {
        let anchor = seed();
        assert_eq!(one("prices rose last week", anchor).1, "2025-W19");
        assert_eq!(one("due next month", anchor).1, "2025-06");
        assert_eq!(
            one("sales fell earlier this year", anchor),
            ("earlier this year".into(), "2025".into())
        );
        assert_eq!(one("He left a year ago.", anchor).1, "2024");
        assert_eq!(
            one("results for the third quarter rose", day(1989, 11, 2)).1,
            "1989-Q3"
        );
        assert_eq!(
            one("fourth-quarter profit rose", day(1990, 2, 1)).1,
            "1989-Q4"
        );
        assert_eq!(one("It is here now.", anchor).1, "PRESENT_REF");
        assert_eq!(one("He recently said so.", anchor).1, "PAST_REF");
    }

    #[test]
    fn durations_times_and_sets_are_not_dates() {
        let anchor = seed();
        let found = values("resisting attacks for more than a decade", anchor);
        assert_eq!(
            found,
            vec![(
                "more than a decade".into(),
                TimexType::Duration,
                "P1DE".into()
            )]
        );
        assert_eq!(values("two weeks", anchor)[0].1, TimexType::Duration);
        assert_eq!(values("a five-year low", anchor)[0].2, "P5Y");
        assert_eq!(
            values("at 3 p.m. local time", anchor)[0],
            ("3 p.m.".into(), TimexType::Time, "2025-05-15T15:00".into())
        );
        assert_eq!(
            values("meets every week", anchor)[0],
            ("every week".into(), TimexType::Set, "P1W".into())
        );
        assert_eq!(values("published daily", anchor)[0].1, TimexType::Set);
    }

    #[test]
    fn a_length_and_a_half_is_written_in_the_next_smaller_unit() {
        let anchor = seed();
        let found = |text: &str| texts_and_values(text, anchor);
        assert_eq!(
            found("The talks lasted 5 1/2 hours."),
            pairs(&[("5 1/2 hours", "PT5H30M")])
        );
        assert_eq!(
            found("He served two and a half years in prison."),
            pairs(&[("two and a half years", "P2Y6M")])
        );
        assert_eq!(
            found("The siege went on for a year and a half."),
            pairs(&[("a year and a half", "P1Y6M")])
        );
        assert_eq!(
            found("It took a minute and a half."),
            pairs(&[("a minute and a half", "PT1M30S")])
        );
        assert_eq!(
            found("They waited half an hour."),
            pairs(&[("half an hour", "PT30M")])
        );
        assert_eq!(
            found("a decade and a half of war"),
            pairs(&[("a decade and a half", "P15Y")])
        );
    }

    #[test]
    fn numbers_that_are_not_years_and_may_the_verb() {
        let anchor = seed();
        assert!(values("It may rain. He sold 2000 shares for $1990.", anchor).is_empty());
        assert!(values("145 drones injured dozens", anchor).is_empty());
        assert_eq!(one("It was signed in May.", anchor).1, "2025-05");
    }

    #[test]
    fn covered_periods_span_granularities() {
        assert_eq!(
            covered_periods("2025-05-16"),
            vec!["2025", "2025-05", "2025-05-16"]
        );
        assert_eq!(covered_periods("2022-02"), vec!["2022", "2022-02"]);
        assert_eq!(covered_periods("1987"), vec!["1987"]);
        assert_eq!(
            covered_periods("1989-Q3"),
            vec!["1989", "1989-07", "1989-08", "1989-09"]
        );
        assert!(covered_periods("2025-W20").contains(&"2025-05-12".to_string()));
        assert!(covered_periods("PRESENT_REF").is_empty());
        assert!(covered_periods("197").is_empty());
    }

    #[test]
    fn without_a_publication_date_only_absolute_dates_remain() {
        let found = tag("On Friday, after the May 15, 2025 vote", None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, "2025-05-15");
    }
}
