//! People as a librarian files them: one value per person per article, the fullest name
//! the article (or the file's own tags) gives, without titles, roles or possessives.

use std::collections::{HashMap, HashSet};

use super::NOT_ENTITIES;
use super::gazetteer::{self, Gazetteer};
use super::span::{EntityKind, JoinWords, Span, strip_possessive};

/// Words that precede names as titles or roles and are not part of them.
const TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "president",
    "prime",
    "minister",
    "leader",
    "chancellor",
    "secretary",
    "general",
    "gen.",
    "sen.",
    "senator",
    "rep.",
    "gov.",
    "governor",
    "king",
    "queen",
    "prince",
    "pope",
    "ambassador",
    "chairman",
    "director",
    "judge",
    "u.s.",
    "u.k.",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "vice",
    "premier",
    "ceo",
    "spokesman",
    "spokeswoman",
    "sir",
    "lord",
    "staff",
    "attorney",
    "treasurer",
    "commissioner",
    "mayor",
    "chief",
    "mp",
    "mep",
    "councillor",
    "bishop",
    "archbishop",
    "rev.",
    "coach",
    "manager",
    "captain",
    "striker",
    "midfielder",
    "goalkeeper",
    "analyst",
    "economist",
    "representative",
    "justice",
    "justices",
    "executive",
    // A person's nationality or standing as a noun before the name ("Welshman Jimmy
    // Watkins", "Olympian Tomlinson").
    "welshman",
    "welshwoman",
    "scotsman",
    "scotswoman",
    "englishman",
    "englishwoman",
    "irishman",
    "irishwoman",
    "frenchman",
    "frenchwoman",
    "dutchman",
    "briton",
    "olympian",
    "compatriot",
    "team-mate",
    "teammate",
];

/// Capitalized words that open sentences and are no part of a name ("However Baker").
const SENTENCE_ADVERBS: &[&str] = &[
    "however",
    "but",
    "and",
    "meanwhile",
    "also",
    "yesterday",
    "today",
    "now",
    "then",
    "instead",
    "still",
    "earlier",
    "later",
    "separately",
    "thus",
    "so",
    "moreover",
    "additionally",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "consequently",
    "accordingly",
    "likewise",
    "otherwise",
    "overall",
    "currently",
    "previously",
    "recently",
    "initially",
    "finally",
    "ultimately",
];

/// Lower-case words that belong inside personal names.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "van", "von", "der", "den", "du", "dos", "del", "la", "le", "bin", "ibn",
    "al", "el",
];

/// Titles that stand only before a person's name: an organization span opening with one
/// is a person the tagger mistyped ("MP Diane", "President Reagan").
const PERSONAL_TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "president",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "governor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "mp",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
];

/// Titles that go before a first name ("Prince Charles", "Sir Alex", "Pope John"): after
/// any other ("MP Diane"), a first name alone is still no value.
const FIRST_NAME_TITLES: &[&str] = &[
    "king", "queen", "prince", "princess", "pope", "sir", "dame", "sheikh", "emperor", "empress",
    "sultan", "saint", "st.", "brother", "sister", "father", "lady", "lord",
];

/// Common English short forms of first names, with the name they are short for: "David"
/// alone beside "Dave Hodges" is him.
const SHORT_FIRST_NAMES: &[(&str, &str)] = &[
    ("Dave", "David"),
    ("Bill", "William"),
    ("Will", "William"),
    ("Bob", "Robert"),
    ("Rob", "Robert"),
    ("Bobby", "Robert"),
    ("Mike", "Michael"),
    ("Mick", "Michael"),
    ("Jim", "James"),
    ("Jimmy", "James"),
    ("Tony", "Anthony"),
    ("Chris", "Christopher"),
    ("Tom", "Thomas"),
    ("Tommy", "Thomas"),
    ("Nick", "Nicholas"),
    ("Andy", "Andrew"),
    ("Steve", "Stephen"),
    ("Ed", "Edward"),
    ("Ted", "Edward"),
    ("Joe", "Joseph"),
    ("Ben", "Benjamin"),
    ("Dan", "Daniel"),
    ("Danny", "Daniel"),
    ("Sam", "Samuel"),
    ("Matt", "Matthew"),
    ("Pete", "Peter"),
    ("Alex", "Alexander"),
    ("Fred", "Frederick"),
    ("Jack", "John"),
    ("Johnny", "John"),
    ("Ken", "Kenneth"),
    ("Ron", "Ronald"),
    ("Tim", "Timothy"),
    ("Greg", "Gregory"),
    ("Jeff", "Jeffrey"),
    ("Phil", "Philip"),
    ("Kate", "Katherine"),
    ("Liz", "Elizabeth"),
    ("Beth", "Elizabeth"),
    ("Sue", "Susan"),
    ("Jenny", "Jennifer"),
    ("Maggie", "Margaret"),
    ("Meg", "Margaret"),
    ("Vicky", "Victoria"),
];

/// The first name a short form stands for ("Dave" → "David"), or the name itself.
fn formal_first_name(name: &str) -> &str {
    SHORT_FIRST_NAMES
        .iter()
        .find(|(short, _)| *short == name)
        .map_or(name, |(_, formal)| formal)
}

/// Whether `word` is a title that stands only before a person's name ("Mr", "MP").
pub(super) fn is_personal_title(word: &str) -> bool {
    PERSONAL_TITLES.contains(&word.to_lowercase().as_str())
}

/// Whether `word` is a title or role word ("Mr", "President", "Sen.").
pub(super) fn is_title(word: &str) -> bool {
    TITLES.contains(&word.to_lowercase().as_str())
}

/// A person span without leading titles and a trailing possessive. A role inside the span
/// ends what comes before it: "Treasury Secretary James Baker" is James Baker, "Attorney
/// General Edwin Meese" Edwin Meese.
pub(super) fn person_words(words: &[String]) -> Vec<String> {
    let mut words = strip_possessive(words);
    if let Some(role) = (1..words.len().saturating_sub(1))
        .rev()
        .find(|&k| is_title(&words[k]))
    {
        words.drain(..=role);
    }
    while words.len() > 1
        && (is_title(&words[0]) || SENTENCE_ADVERBS.contains(&words[0].to_lowercase().as_str()))
    {
        words.remove(0);
    }
    // "World War I. But": a sentence that opens after an initial-like letter.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| SENTENCE_ADVERBS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    // "Guy Mansfield QC": an honour after the name is not part of it.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| POST_NOMINALS.contains(&w.as_str()))
    {
        words.pop();
    }
    if words.len() == 1
        && (is_title(&words[0])
            || SENTENCE_ADVERBS.contains(&words[0].to_lowercase().as_str())
            || is_initial(&words[0]))
    {
        return Vec::new();
    }
    quoted_nicknames_as_words(words)
}

/// A nickname between quotes as one word, quotes and all: `Marion "Suge" Knight`, not
/// `Marion " Suge " Knight`; a quote left unclosed is dropped.
fn quoted_nicknames_as_words(words: Vec<String>) -> Vec<String> {
    let is_quote = super::tokenize::is_quote_mark;
    if !words.iter().any(|w| is_quote(w)) {
        return words;
    }
    let mut folded = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        if is_quote(&words[k]) {
            if let Some(close) = (k + 1..words.len()).find(|&j| is_quote(&words[j]))
                && close > k + 1
            {
                folded.push(format!("\"{}\"", words[k + 1..close].join(" ")));
                k = close + 1;
            } else {
                k += 1;
            }
            continue;
        }
        folded.push(words[k].clone());
        k += 1;
    }
    folded
}

/// Honours written after a person's name.
pub(super) const POST_NOMINALS: &[&str] =
    &["QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "MP", "MEP"];

/// The people of one article: each mention with the value it is filed under, and the
/// file's own tags with bare surnames completed.
pub(super) struct People<'a> {
    /// (canonical name, span) for every person mention in the text.
    pub mentions: Vec<(String, &'a Span)>,
    /// The file's tags, a tag that is only a surname ("Volcker") replaced by the full
    /// name the text gives.
    pub provided: Vec<String>,
}

/// Whether a word is a first name's initial ("P", "G.").
fn is_initial(word: &str) -> bool {
    let letter = word.trim_end_matches('.');
    letter.chars().count() == 1 && letter.chars().all(char::is_uppercase)
}

/// Whether a word is one or more initials ("F.", "H.W.").
fn are_initials(word: &str) -> bool {
    let mut letters = word.split('.').filter(|part| !part.is_empty()).peekable();
    letters.peek().is_some() && letters.all(is_initial)
}

/// The full name an initial and a surname stand for ("P O'Connell", "G. Easterby"): the
/// article's full name with that surname whose first name starts with the initial.
fn initial_s_full_name(
    words: &[String],
    full_name_of: &HashMap<String, &[String]>,
) -> Option<Vec<String>> {
    let [initial, surname @ ..] = words else {
        return None;
    };
    if !is_initial(initial) || surname.is_empty() {
        return None;
    }
    let letter = initial.trim_end_matches('.');
    let full = full_name_of.get(&folded_words(surname))?;
    (full.len() > words.len() - 1 && full[0].starts_with(letter) && full[0].len() > 1)
        .then(|| full.to_vec())
}

/// The same name with middle initials the article also gives it ("Ivan Boesky" beside
/// "Ivan F. Boesky"): one person, filed under the fuller form. Only initials: "John
/// Paul Smith" may be another man than "John Smith".
fn name_with_middle_initials(
    words: &[String],
    full_name_of: &HashMap<String, &[String]>,
) -> Option<Vec<String>> {
    let [first, surname] = words else {
        return None;
    };
    let full = full_name_of.get(&folded_words(std::slice::from_ref(surname)))?;
    let [full_first, middle @ .., full_surname] = *full else {
        return None;
    };
    (!middle.is_empty()
        && middle.iter().all(|word| are_initials(word))
        && crate::names::fold(full_first) == crate::names::fold(first)
        && crate::names::fold(full_surname) == crate::names::fold(surname))
    .then(|| full.to_vec())
}

/// Files every person span of the article under one canonical name. `gazetteer` knows
/// first names; a word in `lower_case_words`, which the article also writes in lower case
/// ("the bill"), is no name on its own, nor is one `is_everyday_word` says news all but
/// never capitalizes ("Class A shares", "Strategic Defense Initiative") unless it is a
/// listed surname ("Love", "Rice").
pub(super) fn resolve<'a>(
    spans: &'a [Span],
    provided: &[String],
    gazetteer: &Gazetteer,
    lower_case_words: &HashSet<&str>,
    is_everyday_word: impl Fn(&str) -> bool,
) -> People<'a> {
    // A span's name words: `person_words`, less what makes it a title or a role.
    // "Roy All Around You", "Kumar Get The Munchies": two capitalized words that news all
    // but never capitalizes, and no list knows as a first name, make a title, not a person
    // (`None`); before a name of two words or more they are a role, cut off ("Financial
    // Officer Edward Lill"). One alone is too common in real names ("He Kang").
    let name_words = |span_words: &[String]| -> Option<Vec<String>> {
        let words = person_words(span_words);
        let everyday: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(_, word)| {
                let lower = word.to_lowercase();
                word.chars().next().is_some_and(char::is_uppercase)
                    && !NAME_PARTICLES.contains(&lower.as_str())
                    && is_everyday_word(&lower)
                    && gazetteer.name_lists(word)
                        & (gazetteer::LIST_FIRST_NAME | gazetteer::LIST_PERSON)
                        == 0
            })
            .map(|(k, _)| k)
            .collect();
        match everyday.last() {
            Some(&last) if everyday.len() >= 2 && last + 3 <= words.len() => {
                Some(words[last + 1..].to_vec())
            }
            Some(_) if everyday.len() >= 2 => None,
            _ => Some(words),
        }
    };
    let person_names: Vec<Vec<String>> = spans
        .iter()
        .filter(|s| s.kind == EntityKind::Person)
        .filter_map(|s| name_words(&s.words))
        .filter(|w| !w.is_empty())
        .collect();
    // A surname, with its particles or second surname ("Volcker", "de Clercq", "Cavaco
    // Silva"), folded → the longest full name ending in it (the last of equally long ones).
    let mut full_name_of: HashMap<String, &[String]> = HashMap::new();
    for name in person_names.iter().filter(|n| n.len() > 1) {
        for tail in 1..name.len() {
            let longest = full_name_of
                .entry(folded_words(&name[tail..]))
                .or_insert(name);
            // "G D'Arcy" of a line-up is no fuller form of "Gordon D'Arcy".
            let initial_for_a_name = is_initial(&name[0]) && !is_initial(&longest[0]);
            if name.len() > longest.len() || (name.len() == longest.len() && !initial_for_a_name) {
                *longest = name;
            }
        }
    }
    // The file's own tags name people in full ("Paul Volcker"): a surname in the text
    // the text never gives in full is that person.
    let provided_names: Vec<Vec<String>> = provided
        .iter()
        .map(|name| {
            name.split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|words| words.len() > 1)
        .collect();
    for name in &provided_names {
        for tail in 1..name.len() {
            full_name_of
                .entry(folded_words(&name[tail..]))
                .or_insert(name);
        }
    }
    // First name → the one full name it begins ("David" → David Sherwood); `None` when
    // two people share it.
    let mut full_name_by_first: HashMap<&str, Option<&[String]>> = HashMap::new();
    for name in person_names.iter().filter(|n| n.len() > 1) {
        full_name_by_first
            .entry(formal_first_name(&name[0]))
            .and_modify(|only| {
                if only.is_some_and(|other| other != name.as_slice()) {
                    *only = None;
                }
            })
            .or_insert(Some(name));
    }
    let mut mentions = Vec::new();
    for span in spans.iter().filter(|s| s.kind == EntityKind::Person) {
        let Some(words) = name_words(&span.words) else {
            continue;
        };
        if words.is_empty() || NOT_ENTITIES.contains(&words.join_words().to_lowercase().as_str()) {
            continue;
        }
        // "de Paris" cut from "Banque de Paris": a name opens with a capital.
        if words[0].chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if words.len() == 1 && span.words.len() == 1 && span.follows_name_word() {
            continue;
        }
        // "The Life Aquatic", "The Chaplin Collection": a work's title, not a person.
        if matches!(span.previous.as_deref(), Some("The" | "the")) {
            continue;
        }
        let full = if words.len() == 1 {
            let word = &words[0];
            // "Prince Charles" is a value; "MP Diane", like "Diane", is not.
            let titled = span.words.len() > 1
                && span.words[..span.words.len() - 1]
                    .iter()
                    .any(|w| FIRST_NAME_TITLES.contains(&w.to_lowercase().as_str()))
                || span.words.len() > 1 && !is_first_name_only(gazetteer, word);
            if let Some(full) = full_name_of.get(&folded_words(&words)) {
                full.to_vec()
            } else if let Some(Some(full)) = full_name_by_first.get(formal_first_name(word)) {
                // "David" beside "David Sherwood": the first name of the one David.
                full.to_vec()
            } else if span.words.len() == 1
                && (span.opens_sentence() && is_everyday_word(&word.to_lowercase())
                    || matches!(span.next.as_deref(), Some("'t" | "’t")))
            {
                // "Given that attitude", "Don't worry": a word news writes in lower case,
                // opening a sentence, or a verb's contraction, is no name alone, even where
                // it is a surname too (the goalkeeper Given mid-sentence still is).
                continue;
            } else if !titled && is_first_name_only(gazetteer, word) {
                // A first name alone is never a value.
                continue;
            } else if !titled && lower_case_words.contains(word.to_lowercase().as_str()) {
                // "Bill" where the article speaks of "the bill".
                continue;
            } else if !titled
                && is_everyday_word(&word.to_lowercase())
                && gazetteer.name_lists(word) & super::gazetteer::LIST_SURNAME == 0
            {
                continue;
            } else {
                words
            }
        } else {
            match full_name_of.get(&folded_words(&words)) {
                Some(full) if full.len() > words.len() => full.to_vec(),
                // "P O'Connell" in a line-up beside "Paul O'Connell" in the report.
                _ => initial_s_full_name(&words, &full_name_of)
                    .or_else(|| name_with_middle_initials(&words, &full_name_of))
                    .unwrap_or(words),
            }
        };
        mentions.push((full.join_words(), span));
    }
    let provided = provided
        .iter()
        .map(|name| {
            let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
            match full_name_of.get(&folded_words(&words)) {
                Some(full) if full.len() > words.len() => full.join_words(),
                _ => name.clone(),
            }
        })
        .collect();
    People { mentions, provided }
}

/// Whether a word is known as a first name and never as a surname ("Kristin", "Shaun").
fn is_first_name_only(gazetteer: &Gazetteer, word: &str) -> bool {
    let lists = gazetteer.name_lists(word);
    lists & gazetteer::LIST_FIRST_NAME != 0
        && lists & (gazetteer::LIST_SURNAME | gazetteer::LIST_PERSON) == 0
}

/// Words folded and joined by spaces, the key names are compared by.
fn folded_words(words: &[String]) -> String {
    let folded: Vec<String> = words.iter().map(|w| gazetteer::fold(w)).collect();
    folded.join(" ")
}

/// Tags as a person a capitalized word the tagger left out that stands as an item of a
/// list of people: after two people, each followed by a comma or semicolon, and before
/// another item or the list's end. Line-ups are written so: "Lewsey, Erinle, Abbott,
/// Voyce; King, Dawson". One person before is not enough: "said Tom Brown, Reuters."
pub(super) fn tag_list_members(words: &[&str], found: &mut Vec<(usize, usize, usize)>) {
    let person = super::span::tagger_type::PERSON;
    let person_ending_at = |end: usize, found: &[(usize, usize, usize)]| {
        found
            .iter()
            .find(|&&(_, e, kind)| kind == person && e == end)
            .map(|&(start, _, _)| start)
    };
    let list_separator = |w: &str| matches!(w, "," | ";" | ":");
    let separated = |w: Option<&&str>| w.is_none_or(|w| matches!(*w, "," | ";" | "."));
    for k in 2..words.len() {
        let item = super::span::capitalized_at(words, k)
            && words[k].chars().skip(1).all(char::is_lowercase)
            && matches!(words[k - 1], "," | ";")
            && separated(words.get(k + 1));
        let two_people_before = person_ending_at(k - 1, found).is_some_and(|start| {
            start >= 2
                && list_separator(words[start - 1])
                && person_ending_at(start - 1, found).is_some()
        });
        if item && two_people_before && !super::span::covers(found, k) {
            found.push((k, k + 1, person));
        }
    }
}

/// Honorifics written only before a person's name.
const HONORIFICS: &[&str] = &[
    "Lord", "Lady", "Sir", "Dame", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
];

/// Retypes as a person a name the tagger typed otherwise that opens with an honorific only
/// a person's name follows, or comes just after one ("Lord Justice May", "Lord Dubs" read
/// as a place, "Ms Abbott" read as the company Abbott), unless the
/// lists know a body or brand of that name (`listed`: "Dr Pepper") or a word of it names a
/// kind of body ("Lord's Taverners Club").
pub(super) fn type_titled_people(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    listed: impl Fn(&str) -> bool,
) {
    let person = super::span::tagger_type::PERSON;
    for span in found.iter_mut() {
        let (start, end, kind) = *span;
        // The honorific opens the name, or stands just before it ("Ms Abbott" with only
        // "Abbott" tagged, an organization by the company of that name).
        let title = if HONORIFICS.contains(&words[start]) {
            start
        } else if start > 0 && HONORIFICS.contains(&words[start - 1]) {
            start - 1
        } else {
            continue;
        };
        if kind == person || end - title < 2 {
            continue;
        }
        let rest_is_a_name = words[title + 1..end].iter().all(|w| {
            super::span::capitalized_at(&[w], 0)
                && !super::organizations::is_generic_organization_word(w)
                && !super::organizations::is_institution_word(w)
        });
        if rest_is_a_name && !listed(&words[title..end].join(" ")) {
            span.2 = person;
        }
    }
}

/// Gives a person back the first name the tagger ran into the name before it: "Labour MP
/// Diane Abbott" tagged "MP Diane" (organization) and "Abbott" (person) is the person Diane
/// Abbott. Only a first name the lists know that ends a longer name of another type just
/// before a person's name moves.
pub(super) fn take_back_first_names(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    first_name: impl Fn(&str) -> bool,
) {
    let person = super::span::tagger_type::PERSON;
    for k in 0..found.len() {
        let (start, _, kind) = found[k];
        if kind != person || start == 0 || !first_name(words[start - 1]) {
            continue;
        }
        let before = found
            .iter()
            .position(|&(s, e, t)| e == start && t != person && s + 1 < e);
        if let Some(before) = before {
            found[before].1 -= 1;
            found[k].0 -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_after_an_honorific_is_a_person_whatever_the_tagger_said() {
        let words: Vec<&str> = "Lord Justice May met Lord Dubs and drank Dr Pepper"
            .split(' ')
            .collect();
        let mut found = vec![(0, 3, 3), (4, 6, 2), (8, 10, 3)];
        type_titled_people(&words, &mut found, |name| name == "Dr Pepper");
        assert_eq!(found, vec![(0, 3, 1), (4, 6, 1), (8, 10, 3)]);
        // The honorific just before the tagged name: "Abbott" alone is also a company.
        let words: Vec<&str> = "a rate of progress Ms Abbott described"
            .split(' ')
            .collect();
        let mut found = vec![(5, 6, 3)];
        type_titled_people(&words, &mut found, |name| name == "Abbott");
        assert_eq!(found, vec![(5, 6, 1)]);
        // A brand with an honorific the lists know only inside its owner's name.
        let words: Vec<&str> = "sales led by Dr Pepper and Snapple".split(' ').collect();
        let mut found = vec![(3, 5, 3), (6, 7, 3)];
        type_titled_people(
            &words,
            &mut found,
            super::super::organizations::is_known_variant,
        );
        assert_eq!(found, vec![(3, 5, 3), (6, 7, 3)]);
    }

    #[test]
    fn a_first_name_run_into_the_name_before_goes_back_to_its_person() {
        let words: Vec<&str> = "Labour MP Diane Abbott spoke".split(' ').collect();
        let first_name = |w: &str| w == "Diane";
        let mut found = vec![(0, 1, 3), (1, 3, 3), (3, 4, 1)];
        take_back_first_names(&words, &mut found, first_name);
        assert_eq!(found, vec![(0, 1, 3), (1, 2, 3), (2, 4, 1)]);
        // A one-word name before is left whole: it may be the first name's own span.
        let mut found = vec![(2, 3, 3), (3, 4, 1)];
        take_back_first_names(&words, &mut found, first_name);
        assert_eq!(found, vec![(2, 3, 3), (3, 4, 1)]);
    }

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn roles_are_cut_from_both_ends_of_a_person_s_name() {
        for (span, name) in [
            ("Treasury Secretary James Baker", "James Baker"),
            ("Attorney General Edwin Meese", "Edwin Meese"),
            ("Committee Chairman William Proxmire", "William Proxmire"),
            ("President Ronald Reagan", "Ronald Reagan"),
            ("Baker 's", "Baker"),
            ("Guy Mansfield QC", "Guy Mansfield"),
            ("U.K. Chancellor Nigel Lawson", "Nigel Lawson"),
            ("Joan Smith MP", "Joan Smith"),
            // A role word last is no role before a name.
            ("Harry Judge", "Harry Judge"),
        ] {
            assert_eq!(person_words(&words(span)).join(" "), name, "{span}");
        }
        assert!(person_words(&words("Secretary")).is_empty());
        assert!(person_words(&words("U.K. Chancellor")).is_empty());
    }

    #[test]
    fn a_nickname_in_quotes_is_one_word_with_its_quotes() {
        for (span, name) in [
            ("Marion \" Suge \" Knight", "Marion \"Suge\" Knight"),
            (
                "Joaquin \" El Chapo \" Guzman 's",
                "Joaquin \"El Chapo\" Guzman",
            ),
            // A quote left unclosed is no part of a name.
            ("David \" Newman", "David Newman"),
        ] {
            assert_eq!(person_words(&words(span)).join(" "), name, "{span}");
        }
    }
}
