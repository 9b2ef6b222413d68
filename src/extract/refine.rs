//! Repairs of what the tagger gets wrong, before names are canonicalized: each rule looks
//! at one span (or at the article's other spans) and retypes, trims, splits or drops it.

use std::collections::HashSet;

use super::Extractor;
use super::NOT_ENTITIES;
use super::gazetteer::{self, PlaceKind, fold};
use super::organizations::{
    ACRONYM_SKIP, COMPANY_WORDS, ORG_HEADS, goes_on_with_on, has_organization_head,
    is_institution_word, is_known_variant, is_legal_form, is_rating, keeps_possessive,
};
use super::people::{NAME_PARTICLES, is_title, person_words};
use super::span::{EntityKind, JoinWords, Span, strip_possessive};

impl Extractor {
    /// Settles a span's type from the rest of the article. A word tagged as a place that
    /// is a person's name elsewhere in the article, and is no place the gazetteer knows, is
    /// that person ("Erdoğan"); one tagged as an organization elsewhere is that organization
    /// ("AOL"). A country's name tagged as an organization (a national team, "US" before a
    /// name) is the country.
    pub(super) fn settle_kinds(&self, spans: Vec<Span>) -> Vec<Span> {
        let person_words_seen: HashSet<String> = spans
            .iter()
            .filter(|s| s.kind == EntityKind::Person)
            .flat_map(|s| person_words(&s.words))
            .collect();
        let organizations_seen: HashSet<String> = spans
            .iter()
            .filter(|s| s.kind == EntityKind::Organization)
            .map(|s| strip_possessive(&s.words).join_words())
            .collect();
        // Every proper beginning of an organization name, as folded words, to find a
        // person span that begins one.
        let organization_beginnings: HashSet<Vec<String>> = spans
            .iter()
            .filter(|s| s.kind == EntityKind::Organization)
            .flat_map(|s| {
                let folded: Vec<String> = s.words.iter().map(|w| fold(w)).collect();
                (1..folded.len())
                    .map(|end| folded[..end].to_vec())
                    .collect::<Vec<_>>()
            })
            .collect();
        // Words that end a person's name of two or more words: a surname, not a company.
        let surnames: HashSet<String> = spans
            .iter()
            .filter(|s| s.kind == EntityKind::Person)
            .map(|s| person_words(&s.words))
            .filter(|w| w.len() > 1)
            .filter_map(|w| w.last().map(|w| fold(w)))
            .collect();
        spans
            .into_iter()
            .map(|mut span| {
                if span.kind == EntityKind::Organization
                    && self.retype_organization(&mut span, &surnames)
                {
                    return span;
                }
                if span.kind == EntityKind::Person
                    && self.is_company_not_person(&span, &organization_beginnings, &surnames)
                {
                    span.kind = EntityKind::Organization;
                    return span;
                }
                // "Tupelo, Miss., market": a state's abbreviation after a town and a comma.
                if span.kind != EntityKind::Place
                    && span.previous.as_deref() == Some(",")
                    && super::abbreviations::us_state(&span.words.join_words()).is_some()
                {
                    span.kind = EntityKind::Place;
                    return span;
                }
                // "River Lagan", "Lake Erie", "Mount Kenya": a natural feature, named by a
                // word that can only be a name ("Lake Resources" is a company, "River Room"
                // a room).
                if span.kind == EntityKind::Organization
                    && span.words.len() == 2
                    && matches!(span.words[0].as_str(), "River" | "Lake" | "Mount" | "Loch")
                    && self
                        .model
                        .clusters()
                        .may_be_a_name(&span.words[1].to_lowercase())
                    && !super::organizations::is_generic_organization_word(&span.words[1])
                {
                    span.kind = EntityKind::Place;
                    return span;
                }
                // "Fratton Park", "Leicester Square", "Nu River": grounds, streets and
                // waters are places, though a club or its board is meant at times ("left
                // Fratton Park"); bodies the lists know by such a name stay ("Downing
                // Street").
                // People are called Lane and Park: "Nathan Lane", "Mr Park" stay people.
                let may_be_a_person = span.kind == EntityKind::Person
                    && span.words.last().is_some_and(|w| {
                        !matches!(w.to_lowercase().as_str(), "river" | "stadium" | "arena")
                    })
                    && (is_title(&span.words[0])
                        || self.gazetteer.name_lists(&span.words[0]) & gazetteer::LIST_FIRST_NAME
                            != 0);
                if matches!(span.kind, EntityKind::Organization | EntityKind::Person)
                    && !may_be_a_person
                    && span.words.len() > 1
                    && span
                        .words
                        .last()
                        .is_some_and(|w| VENUE_AND_WATER_WORDS.contains(&w.to_lowercase().as_str()))
                {
                    let name = span.words.join_words();
                    if !is_known_variant(&name) && !self.gazetteer.lists_organization(&name) {
                        span.kind = EntityKind::Place;
                        return span;
                    }
                }
                // Only places and organizations are looked up in the gazetteer.
                if !matches!(span.kind, EntityKind::Place | EntityKind::Organization) {
                    return span;
                }
                let name = strip_possessive(&span.words).join_words();
                let place = self.gazetteer.resolve(&name, &HashSet::new());
                if span.kind == EntityKind::Place && place.is_none() {
                    if span.words.len() > 1 && super::people::is_personal_title(&span.words[0]) {
                        // "Lord Falconer", "Sir Alex": a person with a title.
                        span.kind = EntityKind::Person;
                    } else if is_known_variant(&name) {
                        // "Tories": a party the table knows, not a place.
                        span.kind = EntityKind::Organization;
                    } else if span.words.iter().all(|w| person_words_seen.contains(w)) {
                        span.kind = EntityKind::Person;
                    } else if organizations_seen.contains(&name)
                        || (self.gazetteer.lists_organization(&name)
                            && !ends_in_a_place_word(&span.words))
                        || (span.words.len() > 1 && ends_in_an_institution_word(&span.words))
                    {
                        // No place the gazetteer knows, and a known organization ("Sony";
                        // "Wall Street" is a street, whatever else it names), or a name
                        // ending in what institutions are ("New York Stock Exchange").
                        span.kind = EntityKind::Organization;
                    }
                } else if span.kind == EntityKind::Organization
                    && place.is_some_and(|p| p.kind == PlaceKind::Country)
                {
                    span.kind = EntityKind::Place;
                } else if span.kind == EntityKind::Organization
                    && self.gazetteer.demonym_country(&name).is_some()
                {
                    // "West German" tagged as an organization is a nationality.
                    span.kind = EntityKind::Misc;
                }
                span
            })
            .collect()
    }
}

impl Extractor {
    /// Whether a person span's words, as filed (without leading titles: "Chief Executive
    /// Eric Sharp"), make no person's name: all words news writes in lower case ("Task
    /// Force", "Scene Investigation"), or one it all but never capitalizes last after a
    /// word that is no name ("Interbank Offered Rate"; not "Condoleezza Rice"), unless a
    /// first name opens it ("Will Young").
    fn is_no_person_s_name(&self, words: &[String]) -> bool {
        let clusters = self.model.clusters();
        let named: Vec<String> = person_words(words)
            .iter()
            .map(|w| w.to_lowercase())
            .collect();
        named.len() > 1
            && (named.iter().all(|w| clusters.is_common_word(w))
                || (named
                    .last()
                    .is_some_and(|w| clusters.is_always_lower_case(w))
                    && !clusters.may_be_a_name(&named[0])))
            && self.gazetteer.name_lists(&named[0]) & gazetteer::LIST_FIRST_NAME == 0
    }

    /// An organization span that is two names joined by "and": after a name that ends in
    /// its "'s" ("Moody's and Standard and Poor's"), between two places ("U.S. And Japan",
    /// which are places), two companies the lists know, two bodies named in full, or the
    /// last two of a list of organizations (`before` is the span before this one).
    fn split_at_and(&self, span: &Span, before: Option<&Span>) -> Option<(Span, Span)> {
        let words = &span.words;
        let part = |words: &[String], kind: EntityKind| span.part(kind, words);
        if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| {
            matches!(words[k - 1].as_str(), "'s" | "’s") && words[k].eq_ignore_ascii_case("and")
        }) {
            return Some((
                part(&words[..k], EntityKind::Organization),
                part(&words[k + 1..], EntityKind::Organization),
            ));
        }
        // "U.S. And Japan", "the US and Europe", "New York and London": places.
        if let Some(places) = self.split_places_at_and(span) {
            return Some(places);
        }
        // "Merrill Lynch and Salomon Brothers co-managed the deal": two companies the lists
        // know.
        let known_organization = |words: &[String]| {
            let name = words.join_words();
            is_known_variant(&name) || self.gazetteer.lists_organization(&name)
        };
        let k =
            (1..words.len().saturating_sub(1)).find(|&k| words[k].eq_ignore_ascii_case("and"))?;
        let (left, right) = (&words[..k], &words[k + 1..]);
        // "British Bankers Association and Building Societies Association": two bodies,
        // each named in full (not "Bank and Trust Co", "Savings and Loan Association").
        let body = |words: &[String]| {
            words.len() > 1
                && words.last().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "association"
                            | "council"
                            | "commission"
                            | "committee"
                            | "federation"
                            | "institute"
                            | "agency"
                            | "ministry"
                            | "department"
                            | "party"
                            | "union"
                    )
                })
        };
        let both_bodies = body(left) && body(right);
        // "Nokia, Intel, Alcatel, Thomson and Telefonica": the last two of a list, when
        // the whole is no name the lists know ("Marks and Spencer") and the right part is
        // no company word ("Sons", "Partners").
        let whole_with_ampersand: Vec<String> = words
            .iter()
            .map(|w| {
                if w == "and" {
                    "&".to_string()
                } else {
                    w.clone()
                }
            })
            .collect();
        let company_like = |words: &[String]| {
            known_organization(words)
                || words.len() > 1
                    && words.last().is_some_and(|w| {
                        let lower = w.to_lowercase();
                        ORG_HEADS.contains(&lower.as_str())
                            || COMPANY_WORDS.contains(&lower.as_str())
                            || matches!(lower.as_str(), "club" | "party" | "democrats")
                    })
        };
        // "Savings and Loan Association", "Bank and Trust Co": one name.
        let goes_on = right.first().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "loan" | "trust" | "sons" | "co" | "company"
            )
        });
        // "News Corporation, Viacom and Sony Pictures": an organization, a comma, then the
        // list's last two, each a short capitalized name.
        let after_an_organization = before.is_some_and(|before| {
            // Not the rest of a body's remit: "Subcommittee on Conservation, Credit and
            // Rural Development".
            before.kind == EntityKind::Organization
                && !before
                    .words
                    .iter()
                    .any(|w| matches!(w.as_str(), "of" | "on" | "for"))
                && before.next.as_deref() == Some(",")
                && span.start.saturating_sub(before.end) <= 2
        }) && [left, right].iter().all(|part| {
            // No head or legal form: "Merrill Lynch, Pierce, Fenner and Smith Inc" and
            // "Donaldson, Lufkin and Jenrette Securities" are one firm.
            let ends_a_name = part.last().is_some_and(|w| {
                let lower = w.to_lowercase();
                is_legal_form(w)
                    || ORG_HEADS.contains(&lower.as_str())
                    || matches!(
                        lower.as_str(),
                        "securities" | "partners" | "associates" | "brothers" | "sons"
                    )
            });
            part.len() <= 3
                && part
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !ends_a_name
        });
        let last_of_a_list = span.previous.as_deref() == Some(",")
            && !goes_on
            && !known_organization(words)
            && !known_organization(&whole_with_ampersand)
            && (after_an_organization || company_like(left) && company_like(right));
        (both_bodies || last_of_a_list || known_organization(left) && known_organization(right))
            .then(|| {
                (
                    part(left, EntityKind::Organization),
                    part(right, EntityKind::Organization),
                )
            })
    }

    /// A span of two places the tagger ran together at "and", when the whole is no place
    /// ("Bosnia and Herzegovina", "Trinidad and Tobago" are).
    fn split_places_at_and(&self, span: &Span) -> Option<(Span, Span)> {
        let words = &span.words;
        let k =
            (1..words.len().saturating_sub(1)).find(|&k| words[k].eq_ignore_ascii_case("and"))?;
        let resolves = |words: &[String]| {
            self.gazetteer
                .resolve(&words.join_words(), &HashSet::new())
                .is_some()
        };
        // "D.C. And Riyadh": a place's abbreviation in dotted capitals, which wire copy
        // follows with a capitalized "And".
        let dotted_capitals = |words: &[String]| {
            words.len() == 1
                && words[0].contains('.')
                && words[0].chars().all(|c| c == '.' || c.is_ascii_uppercase())
        };
        if resolves(words)
            || !(resolves(&words[..k]) || dotted_capitals(&words[..k]) && words[k] == "And")
            || !resolves(&words[k + 1..])
        {
            return None;
        }
        Some((
            span.part(EntityKind::Place, &words[..k]),
            span.part(EntityKind::Place, &words[k + 1..]),
        ))
    }

    /// Joins two adjacent spans whose words together are one place the gazetteer knows
    /// ("Chinese" + "Taipei" is Chinese Taipei, Taiwan; not China and Taipei).
    fn join_split_place_names(&self, spans: Vec<Span>) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::with_capacity(spans.len());
        for span in spans {
            if let Some(last) = out.last_mut()
                && span.start == last.end + 1
                && span.previous.as_deref() == last.words.last().map(String::as_str)
            {
                let mut words = last.words.clone();
                words.extend(span.words.iter().cloned());
                let joined = words.join_words();
                if self
                    .gazetteer
                    .resolve(&joined, &HashSet::new())
                    .is_some_and(|e| {
                        self.gazetteer.is_own_name(e, &joined) || e.kind == PlaceKind::Country
                    })
                {
                    last.words = words;
                    last.end = span.end;
                    last.kind = EntityKind::Place;
                    last.next = span.next;
                    continue;
                }
            }
            out.push(span);
        }
        out
    }

    /// Whether a span tagged as a person is a company: it begins an organization named in
    /// the article ("Noranda Forest" beside "Noranda Forest Inc"), it is a name that keeps
    /// its "'s" ("McDonald's"), an acronym ("TIM"), or a single word the company list
    /// knows and no person list does ("Gartner") that ends no full name in the article.
    fn is_company_not_person(
        &self,
        span: &Span,
        organization_beginnings: &HashSet<Vec<String>>,
        surnames: &HashSet<String>,
    ) -> bool {
        let words = person_words(&span.words);
        if words.is_empty() || words.len() < span.words.len().saturating_sub(1) {
            // A title was cut off: "Mr Smith" is a person whatever else is named Smith.
            return false;
        }
        let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
        let single = folded.len() == 1;
        let lone = single && !surnames.contains(&folded[0]);
        let begins_organization = organization_beginnings.contains(&folded);
        let possessive_name = single
            && matches!(span.next.as_deref(), Some("'s" | "’s"))
            && keeps_possessive(&words[0]);
        let acronym = single
            && words[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !words[0].chars().any(char::is_lowercase);
        let listed = self.gazetteer.name_lists(&words[0]);
        // A company's name unless a noun says a person ("singers Pepsi and Shirlie").
        let company_listed = lone
            && listed & gazetteer::LIST_ORGANIZATION != 0
            && listed & (gazetteer::LIST_PERSON | gazetteer::LIST_FIRST_NAME) == 0
            && !span
                .previous
                .as_deref()
                .is_some_and(super::cues::introduces_a_person);
        // "Banque Nationale de Paris", "Banco do Brasil": a bank or company in its own
        // language, however name-like the rest.
        let institution_abroad = !single
            && folded
                .iter()
                .any(|w| super::organizations::INSTITUTION_HEADS_ABROAD.contains(&w.as_str()));
        (begins_organization && (!single || lone))
            || possessive_name
            || acronym
            || company_listed
            || institution_abroad
    }
}

/// Corporate suffixes, number words and other tokens that are never a name on their own.
/// Month abbreviations, lower case.
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

const NEVER_A_NAME: &[&str] = &[
    "co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "cos", "llc", "sa", "ag",
    "nv", "bhd", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "mths", "qtr", "shr", "net", "revs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "chapter", "the", "reuter",
    // Verbs and joiners that wire copy capitalizes after "U.S." ("the U.S. Has not").
    "has", "had", "have", "was", "were", "will", "would", "and", "said",
];

impl Extractor {
    /// Repairs what the tagger gets wrong on wire copy: all-caps datelines tagged as people
    /// or organizations, titles inside organization spans ("Treasury Secretary James
    /// Baker"), company names tagged as people, and lone suffixes or number words.
    pub(super) fn refine(&self, spans: Vec<Span>, text: &str) -> Vec<Span> {
        let mut spans = self.repaired(self.people_listed_with_people(spans, text));
        for span in &mut spans {
            span.locate_words(text);
        }
        spans
    }

    /// Retypes as people the one-word names of a list whose names are mostly people: a
    /// team sheet ("Lewsey, Erinle, Abbott, Voyce; King, Dawson") read word by word by the
    /// tagger, which calls some players organizations. A name the gazetteer or the
    /// company list knows keeps its type.
    fn people_listed_with_people(&self, mut spans: Vec<Span>, text: &str) -> Vec<Span> {
        const LIST_GAPS: &[&str] = &[",", ";", "/", "and", ", and"];
        // Runs of spans with only list punctuation between them.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut run_start = 0;
        for k in 1..=spans.len() {
            let joined = k < spans.len()
                && text
                    .get(spans[k - 1].end..spans[k].start)
                    .is_some_and(|gap| LIST_GAPS.contains(&gap.trim()));
            if !joined {
                runs.push((run_start, k));
                run_start = k;
            }
        }
        let clusters = self.model.clusters();
        for (start, end) in runs {
            // A one-word name the surname lists know counts as a person whatever the
            // tagger said ("Abbott" is also a company's name).
            let people = spans[start..end]
                .iter()
                .filter(|s| {
                    s.kind == EntityKind::Person
                        || (s.words.len() == 1
                            && self.gazetteer.name_lists(&s.words.join_words())
                                & gazetteer::LIST_SURNAME
                                != 0)
                })
                .count();
            if end - start < 4 || people * 4 < (end - start) * 3 {
                continue;
            }
            for span in &mut spans[start..end] {
                let word = span.words.join_words();
                // Not a word ("Express", "Associates") nor a compound ("British-born").
                if span.kind != EntityKind::Person
                    && span.words.len() == 1
                    && !word.contains('-')
                    && !clusters.is_common_word(&word.to_lowercase())
                    && self.gazetteer.resolve(&word, &HashSet::new()).is_none()
                    && !self.gazetteer.lists_organization(&word)
                    && !is_known_variant(&word)
                {
                    span.kind = EntityKind::Person;
                }
            }
        }
        spans
    }

    /// The repairs of `refine`, with each span's offsets still those of what the tagger
    /// found.
    fn repaired(&self, spans: Vec<Span>) -> Vec<Span> {
        let is_place_word = |word: &str| {
            self.gazetteer.is_demonym(word)
                || self.gazetteer.resolve(word, &HashSet::new()).is_some()
        };
        let spans = join_names_split_at_a_particle(join_names_split_before_their_head(
            self.join_split_place_names(without_opening_clause_words(without_loose_punctuation(
                spans,
            ))),
            is_place_word,
        ));
        let mut out = Vec::with_capacity(spans.len());
        for mut span in spans {
            // "20th Century Fox": the ordinal the tagger left out opens the name; "the 19th
            // Century" alone is a time.
            if span.words.first().is_some_and(|w| w == "Century")
                && let Some(ordinal) = span.previous.clone()
                && is_ordinal(&ordinal.to_lowercase())
                && span.start > ordinal.len()
            {
                if span.words.len() == 1 {
                    continue;
                }
                span.words.insert(0, ordinal.clone());
                span.start -= ordinal.len() + 1;
                span.previous = None;
            }
            // A name does not run on through lower-case words ("Lavrov belittled"), but for
            // particles ("Charles de Gaulle", "Bank of England") and a prefix hyphenated to
            // a name ("Hassan al-Turabi", which had given the person "Hassan").
            let particles: &[&str] = if span.kind == EntityKind::Person {
                NAME_PARTICLES
            } else {
                ACRONYM_SKIP
            };
            let is_organization = span.kind == EntityKind::Organization;
            // "General Agreement on Tariffs and Trade".
            let body_goes_on = |k: usize| {
                is_organization && span.words[k] == "on" && goes_on_with_on(&span.words[k - 1])
            };
            if let Some(cut) = (1..span.words.len()).find(|&k| {
                let word = &span.words[k];
                let prefixed_name = word
                    .split_once('-')
                    .is_some_and(|(_, name)| name.starts_with(char::is_uppercase));
                word.chars().next().is_some_and(char::is_lowercase)
                    && !particles.contains(&word.as_str())
                    && !word.starts_with("'")
                    && !prefixed_name
                    && !body_goes_on(k)
            }) {
                span.words.truncate(cut);
                while span
                    .words
                    .last()
                    .is_some_and(|w| particles.contains(&w.as_str()))
                {
                    span.words.pop();
                }
            }
            if matches!(span.kind, EntityKind::Organization | EntityKind::Place)
                && span.words.len() > 1
                && span.words[0].eq_ignore_ascii_case("the")
            {
                // "The Netherlands" is the Netherlands, "The Hague" stays whole.
                let rest = span.words[1..].join_words();
                if span.kind == EntityKind::Organization
                    || self
                        .gazetteer
                        .resolve(&span.words.join_words(), &HashSet::new())
                        .is_none()
                        && self.gazetteer.resolve(&rest, &HashSet::new()).is_some()
                {
                    span.words.remove(0);
                }
            }
            // "Ukraine-Russia talks": places joined by a hyphen are places.
            if span.kind != EntityKind::Place
                && span.words.len() == 1
                && span.words[0].contains('-')
            {
                let parts: Vec<&str> = span.words[0].split('-').collect();
                if parts.iter().all(|p| {
                    p.chars().next().is_some_and(char::is_uppercase)
                        && self.gazetteer.resolve(p, &HashSet::new()).is_some()
                }) {
                    span.kind = EntityKind::Place;
                }
            }
            // "the Scots played", "the Soviets bought", "Londoners": people of a place,
            // a nationality word, no body.
            if matches!(span.kind, EntityKind::Organization | EntityKind::Person)
                && let [word] = span.words.as_slice()
                && (self.gazetteer.is_demonym(word)
                    || PEOPLES_THE_GAZETTEER_LACKS.contains(&word.to_lowercase().as_str())
                    || word
                        .strip_suffix('s')
                        .is_some_and(|singular| self.gazetteer.is_demonym(singular)))
                && !is_known_variant(word)
            {
                span.kind = EntityKind::Misc;
            }
            // "Sen. Bob Dole (R-Kan.)", "D-Texas": a member's party and state; the state
            // is the place.
            if let [word] = span.words.as_slice()
                && let Some((party, state)) = word.split_once('-')
                && matches!(party, "R" | "D")
                && super::abbreviations::us_state(state).is_some()
            {
                span.words = vec![state.to_string()];
                span.kind = EntityKind::Place;
            }
            // "the Kingdom of Norway", "the Republic of Ireland", "the Channel Island of
            // Jersey": a place's formal name is the place.
            if span.kind == EntityKind::Organization
                && let Some(of) = span.words.iter().position(|w| w == "of")
                && of >= 1
                && span.words[..of]
                    .iter()
                    .all(|w| STATE_FORMS.contains(&w.to_lowercase().as_str()) || w == "Channel")
                && STATE_FORMS.contains(&span.words[of - 1].to_lowercase().as_str())
                && self
                    .gazetteer
                    .resolve(&span.words[of + 1..].join_words(), &HashSet::new())
                    .is_some()
            {
                span.words.drain(..=of);
                span.kind = EntityKind::Place;
            }
            if span.kind != EntityKind::Place
                && let Some(parts) = self.split_at_party_member(&span)
            {
                out.extend(parts);
                continue;
            }
            // "ex-Smiths frontman", "Former Guinness Plc chairman": what someone was part
            // of is the body itself; "non-EC countries" names none.
            if let Some(first) = span.words.first() {
                let first_lower = first.to_lowercase();
                if first_lower.starts_with("non-") {
                    continue;
                }
                let rest = first.get(3..).unwrap_or_default();
                // "Ex-Im Bank" is a name of its own.
                if first_lower.starts_with("ex-")
                    && rest.chars().next().is_some_and(char::is_uppercase)
                    && rest.chars().count() >= 3
                    && !rest.contains('-')
                {
                    span.words[0] = rest.to_string();
                } else if first_lower == "former" && span.words.len() > 1 {
                    span.words.remove(0);
                }
            }
            let lower: Vec<String> = span.words.iter().map(|w| w.to_lowercase()).collect();
            if NOT_ENTITIES.contains(&lower.join(" ").as_str())
                || super::temporal::is_holiday_name(&lower)
            {
                continue;
            }
            if lower.iter().all(|w| {
                NEVER_A_NAME.contains(&w.as_str()) || w.chars().count() <= 1 || is_ordinal(w)
            }) {
                continue;
            }
            if matches!(span.kind, EntityKind::Person | EntityKind::Organization)
                && (lower
                    .split_last()
                    .is_some_and(|(_, before)| before.iter().any(|w| w == ":"))
                    || lower.len() == 1 && is_hyphenated_role(&lower[0]))
            {
                // "Star Wars: The Phantom": a title's colon is in no name; "Oscar-winner",
                // "Kent-born": a role or an origin, no name.
                continue;
            }
            if span.kind == EntityKind::Person
                && span.words.len() > 1
                && lower
                    .last()
                    .is_some_and(|w| PERSON_NEVER_ENDS_WITH.contains(&w.as_str()))
            {
                // "Clare College", "Harvard University": an institution the tagger
                // took for a person.
                span.kind = EntityKind::Organization;
            }
            let text = span.words.join_words();
            let all_caps =
                text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
            if span.kind != EntityKind::Place
                && all_caps
                && text.chars().filter(|c| c.is_alphabetic()).count() > 4
            {
                if self.gazetteer.resolve(&text, &HashSet::new()).is_some() {
                    span.kind = EntityKind::Place;
                } else {
                    // A shouted headline word, not a name.
                    continue;
                }
            }
            // "Chrysler Corp", "Agriculture Department", "Marine Midland Banks",
            // "DaimlerChrysler", "McDonald's": companies and bodies, not people.
            if span.kind == EntityKind::Person
                && (has_organization_head(&span.words)
                    || span.words.iter().any(|w| is_camel_case(w))
                    || (span.words.len() == 2
                        && matches!(span.words[1].as_str(), "'s" | "’s")
                        && keeps_possessive(&span.words[0])))
            {
                span.kind = EntityKind::Organization;
            }
            // "Moody's and Standard and Poor's", "U.S. And Japan": two names the tagger ran
            // together at "and".
            if span.kind == EntityKind::Organization
                && let Some((left, right)) = self.split_at_and(&span, out.last())
            {
                out.push(left);
                out.push(right);
                continue;
            }
            // "Washington D.C. And Riyadh": two places no place's own name joins.
            if span.kind == EntityKind::Place
                && let Some((left, right)) = self.split_places_at_and(&span)
            {
                out.push(left);
                out.push(right);
                continue;
            }
            // A score ("Li Na 6-3 7-6") or a credit rating ("AAA", "BBB-plus") ends a name.
            if let Some(cut) = span.words.iter().position(|w| is_score(w) || is_rating(w)) {
                span.words.truncate(cut);
                while span
                    .words
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "and" | "&" | "of" | ","))
                {
                    span.words.pop();
                }
                if span.words.is_empty() {
                    continue;
                }
            }
            // "N.Z. Dlrs", "7-APR": money and dates, no names.
            if span.words.iter().any(|w| is_amount_or_date(w)) {
                continue;
            }
            if span.kind == EntityKind::Person
                && span.words.len() == 1
                && span.words[0].chars().filter(|c| c.is_alphabetic()).count() <= 2
            {
                continue;
            }
            // "Police Officers", "Task Force", "Interbank Offered Rate".
            if span.kind == EntityKind::Person && self.is_no_person_s_name(&span.words) {
                continue;
            }
            // "MP Diane", "President Reagan", "Chancellor Helmut Kohl" tagged as an
            // organization: a person (a role before a first name, or a personal title).
            let role_then_first_name = span.words.len() > 2
                && is_title(&lower[0])
                && self.gazetteer.name_lists(&span.words[1]) & gazetteer::LIST_FIRST_NAME != 0;
            if span.kind == EntityKind::Organization
                && span.words.len() > 1
                && (super::people::is_personal_title(&lower[0]) || role_then_first_name)
                && !has_organization_head(&span.words)
                && !is_known_variant(&span.words.join_words())
            {
                span.kind = EntityKind::Person;
            }
            // "Treasury Secretary James Baker", "Ukrainian President Volodymyr Zelenskyy": a
            // body or a nationality, a role, then the person (tagged as one place at times).
            if let Some(k) =
                (1..span.words.len().saturating_sub(1)).find(|&k| is_title(&lower[k]))
                && (matches!(span.kind, EntityKind::Organization | EntityKind::Misc)
                    || (span.kind == EntityKind::Place
                        && self.gazetteer.resolve(&text, &HashSet::new()).is_none()))
                // "Bio-Technology General Corp", "Massachusetts General Hospital": a
                // company or an institution, whatever title a word is.
                && !has_organization_head(&span.words)
                && !span.words.last().is_some_and(|w| is_institution_word(w))
            {
                let person: Vec<String> = span.words[k + 1..].to_vec();
                let organization: Vec<String> = span.words[..k].to_vec();
                // "Trade Representative Clayton Yeutter": "Trade" names no body.
                let organization_named = organization.iter().any(|w| {
                    let lower = w.to_lowercase();
                    !NEVER_A_NAME.contains(&lower.as_str())
                        && !self.model.clusters().is_common_word(&lower)
                });
                if self.gazetteer.is_demonym(&organization[0]) {
                    // "Ukrainian Defense Minister": the country is named, the rest is the role.
                    out.push(span.part(EntityKind::Misc, &organization[..1]));
                } else if span.kind != EntityKind::Misc
                    && organization_named
                    && !is_title(&lower[0])
                {
                    out.push(span.part(EntityKind::Organization, &organization));
                }
                out.push(Span {
                    kind: EntityKind::Person,
                    words: person,
                    start: span.start,
                    end: span.end,
                    previous: None,
                    next: span.next.clone(),
                });
                continue;
            }
            out.push(span);
        }
        out
    }
}

/// Words of a place's formal name before "of" ("Kingdom of Norway", "State of Texas").
const STATE_FORMS: &[&str] = &[
    "kingdom",
    "republic",
    "state",
    "province",
    "commonwealth",
    "island",
    "isle",
    "principality",
    "sultanate",
    "emirate",
];

/// Last words (lower case) of institutions' names that no person's name ends in ("Church",
/// "House" and "Hall" do: Charlotte Church).
const PERSON_NEVER_ENDS_WITH: &[&str] = &[
    "college",
    "university",
    "school",
    "academy",
    "museum",
    "hospital",
    "foundation",
    "institute",
    "council",
    "ministry",
    "commission",
    "committee",
    "association",
    "corporation",
    "plc",
    "inc",
    "ltd",
];

/// Whether a hyphenated word is a role or an origin ("Oscar-winner", "Kent-born").
fn is_hyphenated_role(word: &str) -> bool {
    const ROLE_ENDINGS: &[&str] = &[
        "-winner",
        "-winning",
        "-nominee",
        "-nominated",
        "-born",
        "-based",
        "-owned",
    ];
    ROLE_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

/// Words that name a kind of body before "of" that the head-word lists lack
/// ("Confederation of British Industry", "Corps of Engineers", "Joint Chiefs of Staff").
const BODY_WORDS_BEFORE_OF: &[&str] = &[
    "chamber",
    "confederation",
    "directorate",
    "brotherhood",
    "sisterhood",
    "secretariat",
    "chief",
    "city",
    "corp",
    "municipality",
    "department",
    "port",
    "conference",
    "board",
    "federation",
    "league",
    "order",
    "knight",
    "friend",
    "daughter",
    "son",
    "church",
    "province",
    "state",
    "republic",
    "kingdom",
    "principality",
    "emirate",
    "movement",
    "product",
    "associate",
];

/// First words of waters' and land forms' names built on "of".
const NATURAL_FEATURES_BEFORE_OF: &[&str] = &[
    "strait", "straits", "bay", "sea", "gulf", "isle", "isles", "lake", "cape", "mount",
];

/// Words newspapers' names are made of ("News of the World", "Times of India").
const PUBLICATION_FIRST_WORDS: &[&str] = &[
    "news",
    "times",
    "herald",
    "journal",
    "chronicle",
    "gazette",
    "post",
    "mail",
    "tribune",
];

/// Words for the people of a place that the gazetteer's demonyms lack (it has "Scottish",
/// not "Scots").
const PEOPLES_THE_GAZETTEER_LACKS: &[&str] = &["scots", "londoners", "aussies", "yanks"];

/// A party member's label inside a name ("Texas Democrat", "Missouri Democrat Richard
/// Gephardt", "Republican Bob Dole", "Tory Edward Turnour"): the state is a place, the name
/// after it a person, the label itself nothing ("Democrat" is no party's name; "Tory" is
/// the Conservatives'). Party names stay ("Christian Democrat", "House Republicans"): the
/// words before the label must be a place, or none.
const PARTY_MEMBERS: &[&str] = &["democrat", "republican", "tory"];

impl Extractor {
    /// Retypes an organization span that names something else, and says whether it did:
    /// a surname of a person the article names in full (`surnames`, folded), a person with
    /// an honour, a product written like Apple's, a title or a water built on "of".
    fn retype_organization(&self, span: &mut Span, surnames: &HashSet<String>) -> bool {
        // "Rothwell said" beside "Professor Nancy Rothwell": a surname the article
        // gives a person is that person, not a body, unless the lists know it as one.
        if let [surname] = strip_possessive(&span.words).as_slice()
            && surnames.contains(&fold(surname))
            && !is_known_variant(surname)
            && !self.gazetteer.lists_organization(surname)
            && !super::organizations::is_generic_organization_word(surname)
        {
            span.kind = EntityKind::Person;
            return true;
        }
        // "Guy Mansfield QC": a known first name, a known surname and an honour the
        // tagger took for a body (the honour looks like an acronym).
        if let Some(name) = self.person_shaped_organization(&span.words, span.next.as_deref()) {
            span.words = name;
            span.kind = EntityKind::Person;
            return true;
        }
        // "iPod", "iTunes Music Store", "iRiver": Apple's way of naming products,
        // which others copied; no company's name is written so.
        if span.words.first().is_some_and(|w| {
            let mut chars = w.chars();
            chars.next() == Some('i') && chars.next().is_some_and(char::is_uppercase)
        }) {
            span.kind = EntityKind::Misc;
            return true;
        }
        if self.is_a_title_with_of(&span.words) {
            // "Strait of Hormuz", "Bay of Bengal": a water or land form's name.
            let natural = span
                .words
                .first()
                .is_some_and(|w| NATURAL_FEATURES_BEFORE_OF.contains(&w.to_lowercase().as_str()));
            span.kind = if natural {
                EntityKind::Place
            } else {
                EntityKind::Misc
            };
            return true;
        }
        false
    }

    /// The person an organization span names when it is a known first name and a known
    /// surname with a post-nominal honour in it or after it (`next`): "Guy Mansfield QC".
    fn person_shaped_organization(
        &self,
        words: &[String],
        next: Option<&str>,
    ) -> Option<Vec<String>> {
        let name: Vec<String> = match words {
            [first, last, honour] if super::people::POST_NOMINALS.contains(&honour.as_str()) => {
                vec![first.clone(), last.clone()]
            }
            [_, _] if next.is_some_and(|n| super::people::POST_NOMINALS.contains(&n)) => {
                words.to_vec()
            }
            // A first name and a surname alone name companies too often ("Merrill Lynch",
            // "Eli Lilly", "Robert Bosch", "Elizabeth Arden").
            _ => return None,
        };
        let joined = name.join_words();
        let lists = |w: &str| self.gazetteer.name_lists(w);
        let shaped = lists(&name[0]) & gazetteer::LIST_FIRST_NAME != 0
            && lists(&name[1]) & gazetteer::LIST_SURNAME != 0
            && name.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !super::organizations::is_generic_organization_word(w)
                    && !super::organizations::is_institution_word(w)
            })
            && !self.gazetteer.lists_organization(&joined)
            && !is_known_variant(&joined);
        shaped.then_some(name)
    }

    /// Whether an organization's name built on "of" is a title instead ("Medal Of Honor",
    /// "Sands of Time", "Color of Money", "Act of Parliament", "Mayor of London"): no word
    /// of it names a kind of body ("Bank of England", "Fraser of Allander Institute"), no
    /// legal form ends it ("General Motors of Canada Ltd"), no place follows "of"
    /// ("Renault of France", "Lloyd's of London"), it is no newspaper ("News of the
    /// World") and the lists do not know it.
    fn is_a_title_with_of(&self, words: &[String]) -> bool {
        let Some(of) = words.iter().position(|w| w.eq_ignore_ascii_case("of")) else {
            return false;
        };
        if of == 0 || of + 1 == words.len() {
            return false;
        }
        let body_word = |w: &String| {
            let lower = w.to_lowercase();
            // Plurals too: "Ministries", "Departments", "Chambers".
            let singular = match lower.strip_suffix("ies") {
                Some(stem) => format!("{stem}y"),
                None => lower.trim_end_matches('s').to_string(),
            };
            [lower.as_str(), singular.as_str()].iter().any(|w| {
                super::organizations::is_generic_organization_word(w)
                    || super::organizations::is_institution_word(w)
                    || is_legal_form(w)
                    || PUBLICATION_FIRST_WORDS.contains(w)
                    || BODY_WORDS_BEFORE_OF.contains(w)
            })
        };
        if words.iter().any(body_word) {
            return false;
        }
        let after: Vec<String> = words[of + 1..]
            .iter()
            .skip_while(|w| w.eq_ignore_ascii_case("the"))
            .cloned()
            .collect();
        let (name, after) = (words.join_words(), after.join_words());
        !after.is_empty()
            && self.gazetteer.resolve(&after, &HashSet::new()).is_none()
            && self.gazetteer.demonym_country(&after).is_none()
            && !is_known_variant(&name)
            && !self.gazetteer.lists_organization(&name)
    }

    fn split_at_party_member(&self, span: &Span) -> Option<Vec<Span>> {
        let label = span
            .words
            .iter()
            .position(|w| PARTY_MEMBERS.contains(&w.to_lowercase().as_str()))?;
        let place = &span.words[..label];
        // A state or a country: "Liberal" (Kansas) is no place in "Liberal Democrat".
        let place_named = !place.is_empty()
            && !super::organizations::is_known_variant(&span.words[..=label].join_words())
            && self
                .gazetteer
                .resolve(&place.join_words(), &HashSet::new())
                .is_some_and(|entry| matches!(entry.kind, PlaceKind::State | PlaceKind::Country));
        // "Democrat Donald Pease of Ohio": the name ends where a small word starts; roles
        // before it are none of it ("Republican Senators John Danforth").
        let is_role = |w: &str| {
            let lower = w.to_lowercase();
            is_title(&lower)
                || is_title(lower.trim_end_matches('s'))
                || matches!(lower.as_str(), "congressman" | "congresswoman" | "reps")
        };
        let person: Vec<String> = span.words[label + 1..]
            .iter()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .skip_while(|w| is_role(w))
            .cloned()
            .collect();
        if !(place_named || place.is_empty() && !person.is_empty()) {
            return None;
        }
        let mut parts = Vec::new();
        if place_named {
            parts.push(span.part(EntityKind::Place, place));
        }
        // "Tory" names one party, the Conservatives.
        if span.words[label].eq_ignore_ascii_case("tory") {
            parts.push(span.part(EntityKind::Organization, &span.words[label..=label]));
        }
        if !person.is_empty() {
            parts.push(span.part(EntityKind::Person, &person));
        }
        Some(parts)
    }
}

/// Last words of the names of streets, buildings, waters and regions, which are places
/// even where a list of organizations names them too ("Wall Street", "White House").
const PLACE_WORDS: &[&str] = &[
    "street",
    "square",
    "avenue",
    "road",
    "lane",
    "park",
    "river",
    "sea",
    "ocean",
    "lake",
    "mountain",
    "mountains",
    "valley",
    "island",
    "islands",
    "house",
    "hall",
    "palace",
    "bridge",
    "coast",
    "bay",
    "gulf",
    "america",
    "africa",
    "asia",
    "europe",
];

/// Whether a name ends in a word institutions' names end in ("Exchange", "Museum",
/// "Bank"): no place, whatever the tagger read from "on the" or "at the" before it.
fn ends_in_an_institution_word(words: &[String]) -> bool {
    words
        .last()
        .is_some_and(|w| super::organizations::is_institution_word(w))
}

/// Last words (lower case) of grounds, streets and waters that name nothing else: a name
/// ending in one is a place whatever the tagger said. Narrower than `PLACE_WORDS` ("House",
/// "Hall", "Bay" end companies' names too).
pub(super) const VENUE_AND_WATER_WORDS: &[&str] = &[
    "street", "square", "avenue", "road", "lane", "park", "stadium", "arena", "river",
];

/// Whether a name ends in a word of `PLACE_WORDS`.
fn ends_in_a_place_word(words: &[String]) -> bool {
    words
        .last()
        .is_some_and(|w| PLACE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether a word has a capital inside after three lower-case letters ("DaimlerChrysler",
/// "SonyEricsson"): a brand, never a personal name ("McDonald", "MacArthur", "DeLay").
fn is_camel_case(word: &str) -> bool {
    let mut lower_run = 0;
    for c in word.chars() {
        if c.is_uppercase() && lower_run >= 3 {
            return true;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    false
}

/// Whether a word is a score or a result ("6-3", "2-1").
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// Whether a word is a currency or quantity unit of wire copy ("Dlrs", "Mln", "Pct") or a
/// day and month ("7-APR").
fn is_amount_or_date(word: &str) -> bool {
    const UNITS: &[&str] = &["dlrs", "dlr", "cts", "pct", "mln", "bln", "stg"];
    let lower = word.to_lowercase();
    // "Adollars 584m", "HKdollars": a currency's country code glued to its unit, as the
    // BBC's text writes "A$" and "HK$".
    let currency_with_code = ["dollars", "pounds", "euros"].iter().any(|unit| {
        word.strip_suffix(unit).is_some_and(|code| {
            (1..=3).contains(&code.len()) && code.bytes().all(|c| c.is_ascii_uppercase())
        })
    });
    currency_with_code
        || UNITS.contains(&lower.as_str())
        || lower.split_once('-').is_some_and(|(day, month)| {
            !day.is_empty() && day.bytes().all(|c| c.is_ascii_digit()) && MONTHS.contains(&month)
        })
}

/// Whether a (lower-case) word is a numeral ordinal: "4th", "3rd", "21st" ("4TH QTR" heads
/// Reuters result tables).
fn is_ordinal(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// Newspapers named for their city: the tagger reads "San Francisco Chronicle" as a place
/// and a one-word organization.
pub(super) const NEWSPAPER_HEADS: &[&str] = &[
    "Chronicle",
    "Times",
    "Post",
    "Herald",
    "Tribune",
    "Journal",
    "Gazette",
    "Examiner",
    "Inquirer",
    "Globe",
    "Courier",
    "Bulletin",
    "Dispatch",
    "Enquirer",
    "Star-Ledger",
];

/// Each span without the punctuation the tagger took into it: cut before its first
/// bracket ("Ballet Rambert )", "Hoeft ( NZ )": a name holds none, and what follows one
/// is an aside; a span that opens with a bracket keeps the words up to the next), and
/// without the quotation marks and other punctuation at either end ("G-Unity Foundation
/// \"", "Marion Brown :", "Vodafone Live !").
fn without_loose_punctuation(spans: Vec<Span>) -> Vec<Span> {
    let is_bracket = |w: &String| matches!(w.as_str(), "(" | ")" | "[" | "]" | "{" | "}");
    let is_loose = |w: &String| {
        is_bracket(w)
            || matches!(
                w.as_str(),
                "," | ";" | ":" | "!" | "?" | "." | "-" | "—" | "\"" | "“" | "”"
            )
    };
    spans
        .into_iter()
        .filter_map(|mut span| {
            while span.words.first().is_some_and(is_loose) {
                span.words.remove(0);
                span.previous = None;
            }
            while span
                .words
                .last()
                .is_some_and(|w| is_loose(w) && !is_bracket(w))
            {
                span.next = span.words.pop();
            }
            if let Some(cut) = span.words.iter().position(is_bracket) {
                span.next = Some(span.words[cut].clone());
                span.words.truncate(cut);
            }
            (!span.words.is_empty()).then_some(span)
        })
        .collect()
}

/// Words that open a clause, capitalized at a sentence's start, and that no name opens
/// with: "But Dean Witter Reynolds Inc", "Although the Bank of Japan", "And Asia". Fewer
/// than `organizations::SENTENCE_OPENERS`, which also holds words that open titles of
/// works ("In Good Company", "His Dark Materials"): a span is cut only at these.
const CLAUSE_OPENERS: &[&str] = &[
    "But",
    "And",
    "Although",
    "Though",
    "Because",
    "Both",
    "Even",
    "If",
    "Since",
    "Now",
    "By",
    "Its",
    "Yet",
    "However",
    "Meanwhile",
    "Also",
    "Still",
    "While",
    "When",
    "Whether",
    "Unless",
    "Until",
    "Once",
    "Unlike",
];

/// Each span without the clause word the tagger ran into it at a sentence's start ("But
/// Dean Witter Reynolds Inc", "Because of Department of Transportation") nor a time
/// before the name ("On Friday Cyacq Corp", "Last July the Interstate Commerce
/// Commission"), with the "the" or "of" that followed.
fn without_opening_clause_words(spans: Vec<Span>) -> Vec<Span> {
    let is_time = |w: &str| crate::dates::is_weekday(w) || crate::dates::month_number(w).is_some();
    spans
        .into_iter()
        .map(|mut span| {
            let words = &span.words;
            let opener = if words.len() > 1 && CLAUSE_OPENERS.contains(&words[0].as_str()) {
                1
            } else if words.len() > 2
                && matches!(words[0].as_str(), "On" | "Last" | "Next" | "Early" | "Late")
                && is_time(&words[1])
            {
                2
            } else {
                0
            };
            if opener == 0 {
                return span;
            }
            let mut cut = opener;
            while cut + 1 < words.len() && matches!(words[cut].as_str(), "the" | "of" | ",") {
                cut += 1;
            }
            // Only before a name: "Even" alone, "Now and Then" stay as they are.
            if !words[cut].chars().next().is_some_and(char::is_uppercase) {
                return span;
            }
            span.previous = Some(words[cut - 1].clone());
            span.words.drain(..cut);
            span
        })
        .collect()
}

/// Head words of bodies that name none alone, capitalized.
const BODY_HEADS: &[&str] = &[
    "Foundation",
    "Trust",
    "Institute",
    "Association",
    "Society",
    "Fund",
    "Centre",
    "Center",
    "Council",
    "Union",
    "Group",
];

/// Joins an organization's name the tagger split before its last word: a place and the
/// newspaper head after it ("San Francisco" + "Chronicle"), a place or its people and a
/// two-letter word that names nothing alone ("Swiss" + "Re"), a name and a body's head
/// word ("G-Unity" + "Foundation").
fn join_names_split_before_their_head(
    spans: Vec<Span>,
    is_place_word: impl Fn(&str) -> bool,
) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for mut span in spans {
        // The organization's one word, if the span is one.
        let one_word = match span.words.as_slice() {
            [word] if span.kind == EntityKind::Organization => word.as_str(),
            _ => "",
        };
        let is_short_tail = one_word.chars().count() == 2
            && one_word.chars().next().is_some_and(char::is_uppercase)
            && one_word.chars().skip(1).all(char::is_lowercase);
        let is_newspaper_head = NEWSPAPER_HEADS.contains(&one_word);
        // "G-Unity" + "Foundation": a body's head word alone after a name.
        let is_body_head = BODY_HEADS.contains(&one_word);
        if let Some(last) = out.last_mut()
            && (is_short_tail || is_newspaper_head)
            && span.start == last.end + 1
            && span.previous.as_deref() == last.words.last().map(String::as_str)
            && (last.kind == EntityKind::Place || is_short_tail && last.kind == EntityKind::Misc)
        {
            last.words.extend(span.words.iter().cloned());
            last.end = span.end;
            last.kind = EntityKind::Organization;
            last.next = span.next;
            continue;
        }
        // "G-Unity Foundation" with "G-Unity" left untagged; "Swiss Re" with "Swiss".
        if let Some(previous) = span.previous.clone()
            && (is_body_head || is_short_tail && is_place_word(&previous))
            && previous.chars().next().is_some_and(char::is_uppercase)
            && previous.chars().all(|c| c.is_alphabetic() || c == '-')
            && !super::people::is_title(&previous)
            && span.start > previous.len()
        {
            span.words.insert(0, previous.clone());
            span.start -= previous.len() + 1;
            span.previous = None;
        }
        out.push(span);
    }
    out
}

/// Joins a span that opens with a lower-case particle to the name right before it: the
/// tagger split "Banque Nationale" + "de Paris", "Banco" + "do Brasil"; or to an
/// organization right before the particle that opens it ("Banco" do "Brasil"). The joined
/// name has the type of its first part.
fn join_names_split_at_a_particle(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        let opens_with_particle = span.words.first().is_some_and(|w| {
            NAME_PARTICLES.contains(&w.as_str()) || matches!(w.as_str(), "des" | "do")
        });
        if opens_with_particle
            && let Some(last) = out.last_mut()
            && span.start == last.end + 1
            && span.previous.as_deref() == last.words.last().map(String::as_str)
            && matches!(last.kind, EntityKind::Organization | EntityKind::Person)
        {
            absorb(last, &[], &span);
            continue;
        }
        // "American Association" [for the] "Advancement of Science": a body's purpose
        // after its head word is part of its name.
        if let Some(last) = out.last_mut()
            && last.kind == EntityKind::Organization
            && span.kind != EntityKind::Person
            && ends_in_an_institution_word(&last.words)
            && last.next.as_deref() == Some("for")
        {
            let gap: &[&str] = match span.previous.as_deref() {
                Some("the") => &["for", "the"],
                Some("for") => &["for"],
                _ => &[],
            };
            let gap_bytes: usize = gap.iter().map(|w| w.len() + 1).sum();
            if !gap.is_empty() && span.start == last.end + 1 + gap_bytes {
                absorb(last, gap, &span);
                continue;
            }
        }
        // "Marsh" [&] "McLennan", "Marks" [&] "Spencer": names joined by an ampersand are
        // one firm's name, never two people.
        if let Some(last) = out.last_mut()
            && matches!(last.kind, EntityKind::Organization | EntityKind::Person)
            && matches!(span.kind, EntityKind::Organization | EntityKind::Person)
            && last.next.as_deref() == Some("&")
            && span.previous.as_deref() == Some("&")
            && span.start == last.end + " & ".len()
        {
            absorb(last, &["&"], &span);
            last.kind = EntityKind::Organization;
            continue;
        }
        // "Banco" [do] "Brasil": the particle left out of both spans, after an organization.
        let particle_between = span.previous.as_deref().filter(|p| {
            matches!(
                *p,
                "do" | "da" | "dos" | "das" | "du" | "des" | "del" | "di" | "de" | "und"
            )
        });
        // "Kali" [und] "Salz": German names joined by "und" are a firm's, whatever the
        // tagger took the first part for.
        let firm_join = particle_between == Some("und") && span.kind != EntityKind::Place;
        if let Some(particle) = particle_between
            && let Some(last) = out.last_mut()
            && (last.kind == EntityKind::Organization
                || firm_join && last.kind == EntityKind::Person)
            && last.next.as_deref() == Some(particle)
            && span.start == last.end + 1 + particle.len() + 1
        {
            absorb(last, &[particle], &span);
            last.kind = EntityKind::Organization;
            continue;
        }
        out.push(span);
    }
    out
}

/// Makes `last` run on over the `gap` words to the end of `span`.
fn absorb(last: &mut Span, gap: &[&str], span: &Span) {
    last.words.extend(gap.iter().map(|w| w.to_string()));
    last.words.extend(span.words.iter().cloned());
    last.end = span.end;
    last.next.clone_from(&span.next);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans over `text` as the tagger hands them over: each (kind, words) found in order,
    /// with its offsets and neighbouring words.
    fn spans_in(text: &str, tagged: &[(EntityKind, &str)]) -> Vec<Span> {
        let words: Vec<(usize, &str)> = text
            .split(' ')
            .scan(0, |at, word| {
                let start = *at;
                *at += word.len() + 1;
                Some((start, word))
            })
            .collect();
        let mut from = 0;
        tagged
            .iter()
            .map(|&(kind, name)| {
                let count = name.split(' ').count();
                let first = (from..words.len())
                    .find(|&k| {
                        words[k..]
                            .iter()
                            .take(count)
                            .map(|(_, w)| *w)
                            .collect::<Vec<_>>()
                            == name.split(' ').collect::<Vec<_>>()
                    })
                    .expect("name in text");
                from = first + count;
                let (start, _) = words[first];
                let (last_start, last) = words[first + count - 1];
                Span {
                    kind,
                    words: name.split(' ').map(str::to_string).collect(),
                    start,
                    end: last_start + last.len(),
                    previous: first.checked_sub(1).map(|k| words[k].1.to_string()),
                    next: words.get(first + count).map(|(_, w)| w.to_string()),
                }
            })
            .collect()
    }

    fn names(spans: &[Span]) -> Vec<(EntityKind, String)> {
        spans.iter().map(|s| (s.kind, s.words.join(" "))).collect()
    }

    #[test]
    fn a_name_cut_before_its_head_is_joined() {
        let is_place_word = |word: &str| matches!(word, "Swiss" | "San" | "Francisco");
        let text =
            "White told the San Francisco Chronicle that Swiss Re and the G-Unity Foundation paid";
        let spans = spans_in(
            text,
            &[
                (EntityKind::Place, "San Francisco"),
                (EntityKind::Organization, "Chronicle"),
                (EntityKind::Organization, "Re"),
                (EntityKind::Organization, "Foundation"),
            ],
        );
        let joined = join_names_split_before_their_head(spans, is_place_word);
        assert_eq!(
            names(&joined),
            vec![
                (
                    EntityKind::Organization,
                    "San Francisco Chronicle".to_string()
                ),
                (EntityKind::Organization, "Swiss Re".to_string()),
                (EntityKind::Organization, "G-Unity Foundation".to_string()),
            ]
        );
        // A two-letter word after anything but a place stays as it was ("Prev Wk").
        let text = "Prev Wk 12";
        let spans = spans_in(text, &[(EntityKind::Organization, "Wk")]);
        let kept = join_names_split_before_their_head(spans, is_place_word);
        assert_eq!(
            names(&kept),
            vec![(EntityKind::Organization, "Wk".to_string())]
        );
    }

    #[test]
    fn quotation_marks_and_loose_punctuation_are_no_part_of_a_name() {
        let text = "the G-Unity Foundation \" to help";
        let spans = spans_in(text, &[(EntityKind::Organization, "Foundation \"")]);
        assert_eq!(
            names(&without_loose_punctuation(spans)),
            vec![(EntityKind::Organization, "Foundation".to_string())]
        );
        let text = "nurse Marion Brown : \" Would";
        let spans = spans_in(text, &[(EntityKind::Person, "Marion Brown : \"")]);
        assert_eq!(
            names(&without_loose_punctuation(spans)),
            vec![(EntityKind::Person, "Marion Brown".to_string())]
        );
    }
}
