//! Descriptive nouns that say what the name after them is: "record label Sony", "food
//! group Kraft", "companies such as Google and Microsoft" are organizations, "backing
//! singers Pepsi and Shirlie" people. News writes such a noun before a name a reader may
//! not know, which is exactly where the tagger has least to go on, so the noun settles
//! the type (and can find a name the tagger missed). A type set this way is then given
//! to the other mentions of the same name in the article (`Extractor::tag`).

use super::people::is_title;
use super::tokenize::is_possessive;

use super::span::tagger_type::{MISC, ORGANIZATION, PERSON, PLACE};

/// Nouns (singular, lower case) that, written just before a name, say it is an
/// organization. Only nouns that name a kind of company or body, never a place ("city",
/// "state") nor a team ("side": national sides carry a country's name).
const ORGANIZATION_NOUNS: &[&str] = &[
    "label",
    "firm",
    "company",
    "carmaker",
    "automaker",
    "retailer",
    "supermarket",
    "broadcaster",
    "airline",
    "carrier",
    "bank",
    "lender",
    "insurer",
    "newspaper",
    "tabloid",
    "magazine",
    "journal",
    "website",
    "chain",
    "manufacturer",
    "maker",
    "supplier",
    "publisher",
    "studio",
    "brewer",
    "conglomerate",
    "giant",
    "subsidiary",
    "group",
    "band",
    "charity",
    "agency",
    "watchdog",
    "regulator",
    "union",
    "party",
    "operator",
    "distributor",
    "bourse",
    "bookmaker",
    "refiner",
    "start-up",
];

/// Nouns of `ORGANIZATION_NOUNS` that are also a person's trade ("broadcaster Cyril
/// Fletcher", "publisher Kimberly Quinn").
const PERSON_OR_ORGANIZATION_NOUNS: &[&str] = &["broadcaster", "publisher", "brewer"];

/// Nouns (singular, lower case) that, written just before a name, say it is a person.
/// Roles that also head organization names ("minister", "president") are left to the
/// tagger and the title rules, which already read them.
const PERSON_NOUNS: &[&str] = &[
    "singer",
    "actor",
    "actress",
    "rapper",
    "guitarist",
    "drummer",
    "comedian",
    "presenter",
    "novelist",
    "author",
    "writer",
    "director",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "coach",
    "spokesman",
    "spokeswoman",
    "lawyer",
    "boyfriend",
    "girlfriend",
    "wife",
    "husband",
    "businessman",
    "businesswoman",
    "tycoon",
    "chef",
    "designer",
    "playwright",
    "photographer",
    "journalist",
    // Trades of 2020 news' people, rarer before a name in CoNLL-2003's text (there 14
    // times: 13 a person's name after, one a title): "musician-turned-politician Bobi
    // Wine". Not
    // those whose plural names firms ("bankers Merrill Lynch", "investors Silver Lake"),
    // nor those that also modify ("activist investor Engine No. 1", "the billionaire Bhs
    // owner", "dissident Kurds").
    "politician",
    "musician",
    "entrepreneur",
    "economist",
    "poet",
    "composer",
    "pianist",
    "footballer",
    "cricketer",
    "golfer",
    "cyclist",
    "sprinter",
    "jockey",
    "scientist",
    "professor",
    "doctor",
    "surgeon",
    "prosecutor",
    "attorney",
    "cleric",
    "historian",
    "filmmaker",
    "teenager",
];

/// Nouns (singular, lower case) that, written just before a name, say it is the title of
/// a work ("the comedy Sideways", "the biopic Kinsey", "the drama Vera Drake"): no person,
/// place or organization, though titles are capitalized like names and often are one.
/// Only nouns that are not also verbs or adjectives before names ("hit", "show", "single",
/// "game": "injuries hit England", "a single Labour candidate").
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "biopic",
    "comedy",
    "drama",
    "thriller",
    "sequel",
    "documentary",
    "sitcom",
    "soap",
    "cartoon",
    "musical",
    "album",
    "novel",
    "videogame",
];

/// Nouns (lower case) that, written just after a name, say it is an organization ("the
/// Guardian newspaper", "the Sun tabloid"): the nouns a title or brand is followed by.
/// Narrower than `ORGANIZATION_NOUNS`, since a place comes before many ("a London bank").
const ORGANIZATION_NOUNS_AFTER: &[&str] = &[
    "newspaper",
    "tabloid",
    "magazine",
    "website",
    "label",
    "airline",
    "broadcaster",
    "supermarket",
];

/// Nouns (lower case) that, written just after a name, say it is a company, whatever the
/// tagger took it for ("its Alfa Romeo division", "its John Carr unit"): no person has
/// them. Not "plant": plants are named after their places ("the Levallois plant").
const COMPANY_PART_NOUNS_AFTER: &[&str] = &[
    "division",
    "subsidiary",
    "unit",
    // A firm's analysts and economists ("an E.F. Hutton analyst", "Smith Barney
    // economist"): no person's name comes before them.
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
];

/// Drinks and tobacco: written just after a name, they say it is a brand, whatever the
/// tagger took it for ("Malibu rum, Courvoisier brandy, Stolichnaya vodka"); no person is
/// followed by them.
const BRAND_NOUNS_AFTER: &[&str] = &[
    "rum",
    "vodka",
    "whisky",
    "whiskey",
    "brandy",
    "gin",
    "beer",
    "lager",
    "wine",
    "wines",
    "champagne",
    "cognac",
    "liqueur",
    "cigarettes",
];

/// Nouns (lower case) that, written just after a name, say it is a product or a work
/// ("the Xbox console", "the Shrek 2 soundtrack"): no organization, though brands are
/// capitalized like one. A company's name comes before them too ("the Sony console"), so
/// they speak only for names no list knows as a company.
const WORK_NOUNS_AFTER: &[&str] = &[
    "console",
    "consoles",
    "handheld",
    "handhelds",
    "handset",
    "handsets",
    "browser",
    "software",
    "toolbar",
    "chip",
    "chips",
    "processor",
    "processors",
    "gadget",
    "soundtrack",
    "trailer",
    "sequel",
    "prequel",
    "remake",
    "film",
    "films",
    "movie",
    "movies",
    "trilogy",
    "franchise",
    "episode",
    "episodes",
];

/// Nouns a work noun describes ("film festival", "film studio"): then the name before
/// is the festival's or the studio's, no work.
const NOUNS_A_WORK_NOUN_DESCRIBES: &[&str] = &[
    "festival",
    "festivals",
    "studio",
    "studios",
    "industry",
    "company",
    "distributor",
    "awards",
    "critics",
    "fund",
    "council",
    "school",
    "market",
    "unit",
    "division",
    "rights",
    "firm",
];

/// Lower-case words between a name and the noun after it ("The Guardian news website").
const NOUN_MODIFIERS: &[&str] = &["news", "online", "record", "music", "budget"];

/// A name followed by an apposition that calls it a company or a body is one: "Marsh -
/// the world's biggest insurance broker", "Glenmorangie, one of Scotland's premier whisky
/// firms", "Websidestory, a web analytics firm". The noun must come within six words of
/// the article, with no clause word before it, and end the apposition.
pub(super) fn type_appositives(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    first_name: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for &(start, end, kind) in found.iter() {
        // What the tagger took for a person without a first name ("Glenmorangie",
        // "Hutchison Whampoa"): a first name says a person, whom an apposition describes by
        // the body they work for ("Vince Cable, the party's spokesman").
        if kind != PERSON || first_name(words[start]) {
            continue;
        }
        if !matches!(words.get(end), Some(&"," | &"-" | &"—")) {
            continue;
        }
        let (opener_end, plural) = match (words.get(end + 1), words.get(end + 2)) {
            (Some(&"a" | &"an" | &"the"), _) => (end + 2, false),
            (Some(&"one"), Some(&"of")) => (end + 3, true),
            _ => continue,
        };
        let noun = (opener_end..(opener_end + 6).min(words.len())).find(|&k| {
            noun_type(words[k])
                .is_some_and(|(t, is_plural)| t == ORGANIZATION && is_plural == plural)
        });
        // The noun heads the apposition: it ends it ("firms.", "broker,"), not "the firm's
        // chief" nor "the bank holiday".
        let Some(noun) =
            noun.filter(|&k| words.get(k + 1).is_none_or(|next| ends_an_apposition(next)))
        else {
            continue;
        };
        // Only describing words between: no verb or clause word ("a man who ran the firm").
        let describing = words[opener_end..noun].iter().all(|w| !links_a_clause(w));
        if describing {
            typed.push((start, end, ORGANIZATION));
        }
    }
    retype(found, &typed);
    typed
}

/// Roles (lower case, singular) that, heading an apposition after a name, say the name is a
/// person's: "Fathi Bin Shatwan, Libya's oil minister", "Mansoor Mohi-Uddin, chief currency
/// strategist at UBS".
const ROLES_IN_APPOSITION: &[&str] = &[
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "president",
    "executive",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "economist",
    "strategist",
    "director",
    "manager",
    "founder",
    "governor",
    "ambassador",
    "commissioner",
    "professor",
    "editor",
    "leader",
    "boss",
    "coach",
    "captain",
    "singer",
    "actor",
    "actress",
    "author",
    "writer",
];

/// Types as a person a name the tagger called an organization when an apposition after it
/// gives its role ("Fathi Bin Shatwan, Libya's oil minister,"): the role must head the
/// apposition (end it, or come before "of", "at", "for" or "with"), within six words, with
/// no clause word before it. A name `known_company` knows, or one with an acronym or a
/// body's word, is left alone. Returns the ranges it typed.
pub(super) fn type_people_in_appositions(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    known_company: impl Fn(&str) -> bool,
    has_organization_word: impl Fn(&[&str]) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for &(start, end, kind) in found.iter() {
        let name = &words[start..end];
        if kind != ORGANIZATION
            || !(2..=4).contains(&name.len())
            // Capitalized words, initials first at most ("KK Mittal"); no acronym.
            || !name.iter().enumerate().all(|(k, w)| {
                capitalized(w) && (w.chars().any(char::is_lowercase) || k == 0 && w.len() <= 2)
            })
            || has_organization_word(name)
            || known_company(&name.join(" "))
            || words.get(end) != Some(&",")
        {
            continue;
        }
        // "president of Shearson Lehman Bros, as vice chairman": an employer, whose role
        // the apposition gives.
        if start > 0
            && (is_possessive(words[start - 1])
                || matches!(
                    words[start - 1],
                    "of" | "at" | "for" | "with" | "from" | "in" | "on" | "to" | "by"
                ))
        {
            continue;
        }
        let mut at = end + 1;
        match (words.get(at), words.get(at + 1)) {
            (Some(&"the" | &"a" | &"an" | &"its" | &"their"), _) => at += 1,
            (Some(w), Some(&"'s" | &"’s")) if capitalized(w) => at += 2,
            _ => {}
        }
        let role = (at..(at + 6).min(words.len())).find(|&k| {
            ROLES_IN_APPOSITION.contains(&words[k])
                && words.get(k + 1).is_none_or(|next| {
                    ends_an_apposition(next) || matches!(*next, "of" | "at" | "for" | "with")
                })
        });
        let Some(role) = role else {
            continue;
        };
        // Only describing words between: "oil", "chief currency"; no clause.
        if words[at..role]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-') && !links_a_clause(w))
        {
            typed.push((start, end, PERSON));
        }
    }
    retype(found, &typed);
    typed
}

/// Whether a token ends an apposition ("Marsh - the world's biggest broker,").
fn ends_an_apposition(token: &str) -> bool {
    matches!(token, "," | "." | ";" | ":" | "-" | "—" | ")")
}

/// Whether a word links a clause or a phrase, so that what follows it no longer describes
/// the name an apposition is about ("a man who ran the firm", "head of the union").
fn links_a_clause(word: &str) -> bool {
    matches!(
        word,
        "who" | "which" | "that" | "of" | "for" | "at" | "with" | "to" | "and" | "or"
    )
}

/// Broadcasters whose possessive names a programme: "BBC One's Breakfast", "ITV1's Pop
/// Idol", "Channel 4's Shameless" (last words of the broadcaster's name).
const BROADCASTERS: &[&str] = &[
    "BBC", "One", "Two", "Three", "Four", "ITV", "ITV1", "ITV2", "4", "Five", "Sky", "MTV", "CBS",
    "NBC", "ABC", "HBO", "Fox", "CNN",
];

/// A name after a broadcaster's possessive is a programme, no organization ("BBC Two's
/// Newsnight", "the BBC's Go Digital"), unless it is a reporter (a first name, or a full
/// name the tagger read as a person: "the BBC's Sarah Rainsford") or names a body ("the
/// BBC's World Service").
pub(super) fn type_programmes(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    first_name: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    // The positions of a broadcaster's possessive (the "'s" of "BBC 's").
    let possessives: Vec<usize> = (1..words.len())
        .filter(|&i| is_possessive(words[i]) && BROADCASTERS.contains(&words[i - 1]))
        .collect();
    // "BBC 's World Business Report" read as one name is the broadcaster and its
    // programme.
    for &i in &possessives {
        if let Some(k) = found.iter().position(|&(s, e, _)| s < i && e > i + 1) {
            let (start, end, kind) = found[k];
            found[k] = (start, i, kind);
            found.push((i + 1, end, kind));
        }
    }
    for &i in &possessives {
        // The broadcaster is a name the tagger found, or written in capitals ("ITV1"):
        // "One" alone is no broadcaster.
        let named = found.iter().any(|&(_, e, t)| e == i && t != PERSON)
            || words[i - 1].chars().filter(|c| c.is_alphabetic()).count() > 1
                && !words[i - 1].chars().any(char::is_lowercase);
        if !named {
            continue;
        }
        let Some(end) = name_at(words, found, i + 1) else {
            continue;
        };
        let tagged_person = end - (i + 1) > 1 && typed_as(found, i + 1, end, PERSON);
        if tagged_person || first_name(words[i + 1]) || names_a_body(&words[i + 1..end]) {
            continue;
        }
        typed.push((i + 1, end, MISC));
    }
    retype(found, &typed);
    typed
}

/// Names listed beside a work are works too: "The Aviator, Million Dollar Baby and
/// Sideways", once a cue knew "The Aviator" for one (`works`: what the cues typed). The
/// list is names joined by commas and "and" only. Only the tagger's organizations change,
/// not a name a list knows as a company nor a body's name; people stay people (a cast is
/// listed beside its film).
pub(super) fn type_list_mates(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    works: &[(usize, usize, usize)],
    known_company: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    // Most sentences name no work: no runs to build.
    if !works.iter().any(|&(_, _, kind)| kind == MISC) {
        return typed;
    }
    let mut runs: Vec<Vec<(usize, usize, usize)>> = Vec::new();
    for &(start, end, kind) in found.iter() {
        let joined = runs
            .last()
            .and_then(|run| run.last())
            .is_some_and(|&(_, e, _)| {
                matches!(
                    words.get(e..start),
                    Some([","]) | Some(["and"]) | Some([",", "and"])
                )
            });
        match runs.last_mut() {
            Some(run) if joined => run.push((start, end, kind)),
            _ => runs.push(vec![(start, end, kind)]),
        }
    }
    for run in runs.iter().filter(|run| run.len() > 1) {
        // A work a cue typed, not the tagger's MISC (nationalities, ratings, events).
        let has_a_work = run
            .iter()
            .any(|&(start, end, _)| typed_as(works, start, end, MISC));
        if !has_a_work {
            continue;
        }
        for &(start, end, kind) in run {
            let name = &words[start..end];
            if kind == ORGANIZATION && !names_a_body(name) && !known_company(&name.join(" ")) {
                typed.push((start, end, MISC));
            }
        }
    }
    retype(found, &typed);
    typed
}

/// Words before "in" that say the name after it is a film, show or play a performer was
/// in ("her role in Million Dollar Baby", "starred in Sideways").
const PERFORMED_IN: &[&str] = &[
    "role",
    "roles",
    "performance",
    "performances",
    "starring",
    "starred",
    "stars",
    "appearance",
    "appeared",
    "cameo",
];

/// Names right after a performance word and "in" are works ("her role in Million Dollar
/// Baby", "starred in The Aviator"), unless a list knows the name as a company or place.
pub(super) fn type_performed_works(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    known_company_or_place: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for i in 1..words.len() {
        if words[i] != "in" || !PERFORMED_IN.contains(&words[i - 1]) {
            continue;
        }
        // "starred in The Aviator": a title's own "The".
        let at = if words.get(i + 1) == Some(&"The") {
            i + 2
        } else {
            i + 1
        };
        let Some(end) = name_at(words, found, at) else {
            continue;
        };
        let start = if at == i + 2 { i + 1 } else { at };
        // "her role in Mike Nichols' Closer": the director, not the film.
        let possessive = words[at..=end.min(words.len() - 1)]
            .iter()
            .any(|w| matches!(*w, "'s" | "’s" | "'" | "’"));
        // "a bigger role in Gulf policy": the tagger's place is a place.
        let tagged_place = typed_as(found, at, end, PLACE);
        if !possessive && !tagged_place && !known_company_or_place(&words[at..end].join(" ")) {
            typed.push((start, end, MISC));
        }
    }
    retype(found, &typed);
    typed
}

/// An organization the tagger found right after a person's possessive is that person's
/// work when nothing else says it is a body ("Clint Eastwood's Million Dollar Baby", "Mike
/// Leigh's Vera Drake"): a person named in full owns no company or team a list does not
/// know or a head word does not show ("Tony Blair's Labour Party", "Roman Abramovich's
/// Chelsea", "Rupert Murdoch's News Corp" stay).
pub(super) fn type_works_of_people(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    known_body_or_place: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for &(start, end, kind) in found.iter() {
        // A person named in full ("Mr Brown's International Finance Facility" is a plan).
        let name_words = words[start..end].iter().filter(|w| !is_title(w)).count();
        if kind != PERSON || name_words < 2 {
            continue;
        }
        if !words
            .get(end)
            .is_some_and(|w| matches!(*w, "'s" | "’s" | "'" | "’"))
        {
            continue;
        }
        // "Martin Scorsese's The Aviator": a title's own "The".
        let at = if words.get(end + 1) == Some(&"The") {
            end + 2
        } else {
            end + 1
        };
        let Some(&(_, work_end, _)) = found
            .iter()
            .find(|&&(s, _, t)| s == at && t == ORGANIZATION)
        else {
            continue;
        };
        // "John Peel's BBC Radio 1 show", "Clive Woodward's Lions squad": the name says
        // whose show or squad, a body's.
        let describes_a_noun = words
            .get(work_end)
            .is_some_and(|w| NOUNS_A_BODY_NAME_DESCRIBES.contains(w));
        let body_word = words[work_end - 1].to_lowercase();
        if !describes_a_noun
            && !BODY_WORDS_AFTER_A_POSSESSIVE.contains(&body_word.as_str())
            && !known_body_or_place(&words[at..work_end].join(" "))
        {
            typed.push((end + 1, work_end, MISC));
        }
    }
    retype(found, &typed);
    typed
}

/// Nouns a body's name describes after a person's possessive ("Judy Finnigan's Channel 4
/// show", "Clive Woodward's Lions squad").
const NOUNS_A_BODY_NAME_DESCRIBES: &[&str] = &[
    "show",
    "shows",
    "programme",
    "programmes",
    "squad",
    "side",
    "team",
    "band",
    "party",
    "campaign",
    "plan",
    "scheme",
    "government",
    "administration",
    "company",
    "firm",
    "group",
    "label",
    "career",
    "debut",
    "days",
];

/// Last words of bodies a person is said to own or run that no head-word list has:
/// chambers, plans, and football clubs ("Tommy Docherty's Manchester United").
const BODY_WORDS_AFTER_A_POSSESSIVE: &[&str] = &[
    "chambers",
    "facility",
    "united",
    "city",
    "rovers",
    "athletic",
    "wanderers",
    "albion",
    "county",
    "town",
    "rangers",
    "hotspur",
    "villa",
    "enterprises",
];

/// What a person makes ("film maker"), where a maker is no company.
const WORKS: &[&str] = &[
    "film",
    "movie",
    "documentary",
    "programme",
    "program",
    "music",
];

/// Plural nouns of products and works that, before a list ("burgers like the Big Mac",
/// "games such as Halo"), say its names are no organizations. Only before a list: "the
/// game Arsenal won" names a team.
const PRODUCT_PLURALS: &[&str] = &[
    "burgers",
    "drinks",
    "snacks",
    "phones",
    "handsets",
    "games",
    "consoles",
    "gadgets",
    "cars",
    "models",
    "devices",
    "titles",
    "shows",
    "programmes",
    "songs",
    "singles",
    "albums",
    "books",
];

/// Words between a plural noun and its list of names ("companies such as Google").
const LIST_OPENERS: &[&[&str]] = &[&["such", "as"], &["including"], &["like"]];

/// Capitalized words that never start a name a noun introduces (besides dates).
const NOT_NAMES: &[&str] = &["the", "a", "an", "i"];

/// Whether a capitalized word cannot start the name a noun introduces: an article, a
/// weekday or a month ("the company Monday said", "airlines February load factor").
fn starts_no_name(word: &str) -> bool {
    NOT_NAMES.contains(&word.to_lowercase().as_str())
        || crate::dates::month_number(word).is_some()
        // Full weekday names only: "tabloid Sun" is a newspaper.
        || crate::dates::is_weekday(word)
}

/// Whether a noun introduces a person's name after it ("singers Pepsi and Shirlie").
pub(crate) fn introduces_a_person(word: &str) -> bool {
    noun_type(word).is_some_and(|(kind, _)| kind == PERSON)
}

/// Nouns of 2020 news that say what the name after them is, read by the rules after the
/// tagger only: added to the tagger's own lists, where its features read them, they cost
/// cross-validated F1 (CoNLL-2003's 1996 text has few of them, and its models learn
/// from the rest). Trades of companies ("contractor Webuild", "drugmaker Moderna") and
/// clubs...
const ORGANIZATION_NOUNS_OF_RULES: &[&str] = &[
    "contractor",
    "drugmaker",
    "chipmaker",
    "steelmaker",
    "planemaker",
    "shipbuilder",
    "homebuilder",
    "streamer",
    "brokerage",
    // "Qantas budget arm Jetstar".
    "arm",
    // Sport's clubs: "Norwegian club Molde", "first division side Nice" (CoNLL-2003's
    // training text and eng.testa: 18 organizations after "club", "side" or "team", and
    // no other name).
    "club",
    "side",
    "team",
    "outfit",
    // Bodies described before their names: "the Moslem organisation Nahdlatul Ulama"
    // (none is followed by a name in CoNLL-2003's training text and eng.testa).
    "organisation",
    "organization",
    "movement",
    "association",
    "federation",
    "foundation",
    "militia",
];

/// ...and players' positions in the sports news writes them for ("flanker Ben Earl",
/// "batsman Joe Root"): no verb or adjective before a name.
const PERSON_NOUNS_OF_RULES: &[&str] = &[
    "flanker",
    "fly-half",
    "scrum-half",
    "hooker",
    "batsman",
    "bowler",
    "spinner",
    "paceman",
    "all-rounder",
    "wicketkeeper",
    "quarterback",
    "pitcher",
    "outfielder",
    "shortstop",
    "left-back",
    "right-back",
    "centre-back",
    "playmaker",
];

/// The type a singular noun of 2020 news gives the name after it, for the rules after the
/// tagger: one of the nouns above, which the tagger's `noun_type` does not know.
pub(crate) fn rules_only_noun_type(word: &str) -> Option<usize> {
    if ORGANIZATION_NOUNS_OF_RULES.contains(&word) {
        Some(ORGANIZATION)
    } else if PERSON_NOUNS_OF_RULES.contains(&word) {
        Some(PERSON)
    } else {
        None
    }
}

/// The type a descriptive noun gives the name after it, and whether it is plural (so a
/// list of names may follow).
pub(crate) fn noun_type(word: &str) -> Option<(usize, bool)> {
    noun_type_of_lower(&word.to_lowercase())
}

/// `noun_type` of a word already in lower case (the tagger has it so: no allocation).
pub(crate) fn noun_type_of_lower(lower: &str) -> Option<(usize, bool)> {
    let lookup = |singular: &str| {
        if ORGANIZATION_NOUNS.contains(&singular) {
            Some(ORGANIZATION)
        } else if PERSON_NOUNS.contains(&singular) {
            Some(PERSON)
        } else if WORK_NOUNS.contains(&singular) {
            Some(MISC)
        } else {
            None
        }
    };
    if let Some(kind) = lookup(lower) {
        return Some((kind, false));
    }
    // "writer-director", "ex-wife": the compound's last part is the person noun ("film-maker"
    // is no company's).
    if let Some((_, last)) = lower.rsplit_once('-')
        && let Some(kind) = lookup(last).filter(|&kind| kind == PERSON)
    {
        return Some((kind, false));
    }
    let plural_in_ies = lower.strip_suffix("ies").map(|stem| format!("{stem}y"));
    plural_in_ies
        .as_deref()
        .into_iter()
        .chain(lower.strip_suffix("es"))
        .chain(lower.strip_suffix('s'))
        .find_map(lookup)
        .map(|kind| (kind, true))
}

/// Whether a word, just before or after a name, says the name is an organization's
/// ("firm Sharp", "the Nationwide building society", "its Alfa Romeo unit") or a
/// publication's ("The Times").
pub(super) fn says_organization(before: Option<&str>, after: Option<&str>, name: &str) -> bool {
    before.is_some_and(|word| noun_type(word).is_some_and(|(kind, _)| kind == ORGANIZATION))
        || after.is_some_and(|word| {
            let lower = word.to_lowercase();
            ORGANIZATION_NOUNS_AFTER.contains(&lower.as_str())
                || COMPANY_PART_NOUNS_AFTER.contains(&lower.as_str())
        })
        || PUBLICATION_WORDS.contains(&name.to_lowercase().as_str())
}

/// Whether a lower-case noun just after a name says the name is an organization's ("the
/// Globe newspaper", "its Alfa Romeo unit", "a Smith Barney analyst").
pub(crate) fn is_organization_noun_after(lower: &str) -> bool {
    ORGANIZATION_NOUNS_AFTER.contains(&lower) || COMPANY_PART_NOUNS_AFTER.contains(&lower)
}

/// Whether the tagger (or a cue before) typed exactly `start..end` as `kind`.
fn typed_as(found: &[(usize, usize, usize)], start: usize, end: usize, kind: usize) -> bool {
    found.contains(&(start, end, kind))
}

/// Whether `word` is written with a capital and has a letter ("Sony", "3i"; not "15").
fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Retypes (or adds) the names a descriptive noun introduces in one sentence. `found`
/// holds the tagger's (start, end, type) word ranges, `first_name` says whether a word is
/// a known first name; returns the ranges the nouns typed.
pub(super) fn type_names_after_nouns(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    first_name: impl Fn(&str) -> bool,
    known_organization: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    // An all-caps sentence (a wire headline) has no lower-case nouns to go by.
    if !words
        .iter()
        .any(|w| w.chars().any(char::is_lowercase) && w.chars().all(char::is_alphabetic))
    {
        return typed;
    }
    for i in 0..words.len() {
        let word = words[i];
        // In lower case, or opening a sentence before "such as": "Band Aid" opening a
        // sentence is no band called "Aid", "Companies such as Google" is a list.
        let lower_case = word.chars().all(|c| c.is_lowercase() || c == '-');
        let opening = i == 0 && word.chars().skip(1).all(char::is_lowercase);
        if !(lower_case || opening) || found.iter().any(|&(s, e, _)| s <= i && i < e) {
            continue;
        }
        // "burgers like the Big Mac and Quarter Pounder", "games such as Halo": products.
        let product_list = PRODUCT_PLURALS.contains(&word)
            && LIST_OPENERS
                .iter()
                .any(|opener| words[i + 1..].starts_with(opener));
        // "the festival's top prize, the Golden Bear": an award, named in apposition.
        let award = matches!(word, "prize" | "award" | "trophy" | "accolade")
            && words.get(i + 1) == Some(&",")
            && words
                .get(i + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let typed_noun = if product_list {
            Some((MISC, true))
        } else if award {
            Some((MISC, false))
        } else {
            noun_type(word)
        };
        let Some((kind, plural)) = typed_noun else {
            continue;
        };
        // "film maker Theo van Gogh" is a person, "parts maker Robert Bosch" a company.
        if word == "maker" && i > 0 && WORKS.contains(&words[i - 1]) {
            continue;
        }
        let mut at = i + 1;
        // "Pyra Labs, makers of the Blogger tool": what a company makes is no entity; not
        // so after a noun ("policy makers of the Group of Seven" are its people).
        let company_makes = matches!(word, "maker" | "makers")
            && words.get(at) == Some(&"of")
            && (i == 0 || matches!(words[i - 1], "," | "the" | "The" | "("));
        if award {
            at += 2;
        }
        let (kind, plural) = if company_makes {
            at += 1;
            if words.get(at) == Some(&"the") {
                at += 1;
            }
            (MISC, false)
        } else {
            (kind, plural)
        };
        // A work's title often opens with "The" ("the film The Aviator"); its other
        // mentions drop it ("Aviator").
        if kind == MISC
            && words.get(at) == Some(&"The")
            && words.get(at + 1).is_some_and(|w| capitalized(w))
        {
            // The tagger's span may hold the "The": the name starts after it.
            for span in found.iter_mut() {
                if span.0 == at && span.1 > at + 1 {
                    span.0 = at + 1;
                }
            }
            at += 1;
        }
        let opener = LIST_OPENERS
            .iter()
            .find(|opener| words[at.min(words.len())..].starts_with(opener));
        match opener {
            Some(opener) if plural => at += opener.len(),
            _ if !lower_case => continue,
            _ => {}
        }
        if kind == MISC && words.get(at) == Some(&"the") {
            at += 1;
        }
        if product_list {
            // The tagger ran the list into one name ("Big Mac and Quarter Pounder").
            found.retain(|&(s, e, _)| !(s == at && words[s..e].contains(&"and")));
        }
        while let Some(mut end) = name_at(words, found, at) {
            // "the public services union Unison Dave Prentis": a person's name follows
            // the organization's, starting at a first name.
            if kind == ORGANIZATION
                && let Some(person) =
                    (at + 1..end.saturating_sub(1)).find(|&w| first_name(words[w]))
            {
                typed.push((person, end, PERSON));
                end = person;
            }
            if product_list {
                // "the Sony PSP", "the BBC's They Think It's All Over": the maker's name
                // opens the product's and keeps its own type elsewhere.
                if let Some(k) = (at..end).find(|&k| is_possessive(words[k])) {
                    at = k + 1;
                } else if words.get(end).is_some_and(|w| is_possessive(w)) {
                    at = end + 1;
                    continue;
                }
                while end < words.len() && end - at < 4 && capitalized(words[end]) {
                    end += 1;
                }
                if end <= at {
                    break;
                }
            }
            // "comedian and broadcaster Cyril Fletcher": after a noun a person can be too, a
            // person the tagger found, by a first name, stays one unless the lists know the
            // name as a company's ("publisher Ted Baker").
            let person_by_first_name = kind == ORGANIZATION
                && PERSON_OR_ORGANIZATION_NOUNS.contains(&word)
                && found.contains(&(at, end, PERSON))
                && first_name(words[at])
                && !known_organization(&words[at..end].join(" "));
            if person_by_first_name {
                break;
            }
            typed.push((at, end, kind));
            if !plural {
                break;
            }
            // A list: "Pepsi and Shirlie", "Google, Yahoo and Microsoft".
            at = match words.get(end..end + 2) {
                Some([",", "and"]) => end + 2,
                Some([",", _]) | Some(["and", _]) => end + 1,
                _ => break,
            };
            if product_list && words.get(at) == Some(&"the") {
                at += 1;
            }
        }
    }
    retype(found, &typed);
    typed
}

/// Retypes (or adds) the names a noun after them says are organizations ("the Guardian
/// newspaper") or products and works ("the Xbox console"), in one sentence; a name
/// `known_place` knows (a place or a demonym) is left alone ("a London newspaper", "the
/// Basque newspaper"), and so is a product noun's name that `known_company` knows ("the
/// Sony console"). An untagged name counts only after "the". Returns the ranges it typed.
pub(super) fn type_names_before_nouns(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    known_place: impl Fn(&str) -> bool,
    known_company: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for i in 1..words.len() {
        let part_of_company = COMPANY_PART_NOUNS_AFTER.contains(&words[i]);
        let brand = BRAND_NOUNS_AFTER.contains(&words[i]);
        // "the Sundance film festival", "the 20th Century Fox film studio": the noun
        // describes what comes after it, not the name.
        if WORK_NOUNS_AFTER.contains(&words[i])
            && words
                .get(i + 1)
                .is_some_and(|next| NOUNS_A_WORK_NOUN_DESCRIBES.contains(next))
        {
            continue;
        }
        let kind = if part_of_company || ORGANIZATION_NOUNS_AFTER.contains(&words[i]) {
            ORGANIZATION
        } else if brand || WORK_NOUNS_AFTER.contains(&words[i]) {
            MISC
        } else {
            continue;
        };
        let mut end = i;
        if NOUN_MODIFIERS.contains(&words[end - 1]) {
            end -= 1;
        }
        if end == 0 || !capitalized(words[end - 1]) {
            continue;
        }
        let start = match found.iter().find(|&&(_, e, _)| e == end) {
            // A person ("told Smith newspaper") is no title, nor a word read as MISC
            // ("Scottish magazine The List", "the best Scottish band"), but for a name of
            // more than one word ("Rolling Stone magazine") or a newspaper's ("the
            // Guardian newspaper").
            Some(&(s, _, t))
                if (part_of_company || brand || t != PERSON)
                    && (t != MISC
                        || end - s > 1
                        || PUBLICATION_WORDS.contains(&words[s].to_lowercase().as_str()))
                    && end - s <= 4 =>
            {
                s
            }
            Some(_) => continue,
            None => {
                let mut start = end;
                while start > 0
                    && end - start < 4
                    && capitalized(words[start - 1])
                    && !words[start - 1].eq_ignore_ascii_case("the")
                {
                    start -= 1;
                }
                let after_the = start > 0 && words[start - 1].eq_ignore_ascii_case("the");
                let untagged = !found.iter().any(|&(s, e, _)| s < end && e > start);
                if !after_the || !untagged {
                    continue;
                }
                start
            }
        };
        let name = words[start..end].join(" ");
        // "the Sony console", "Digital Equipment Corp software": the maker, not the product.
        let maker_of_product =
            kind == MISC && (known_company(&name) || names_a_body(&words[start..end]));
        if !known_place(&name) && !maker_of_product {
            typed.push((start, end, kind));
        }
    }
    retype(found, &typed);
    typed
}

/// Last words (lower case) of the newspapers and magazines news names with "The" ("The
/// Guardian", "The Sunday Times"): organizations, unlike most names after a capital "The".
const PUBLICATION_WORDS: &[&str] = &[
    "times",
    "sun",
    "guardian",
    "observer",
    "independent",
    "telegraph",
    "mirror",
    "herald",
    "post",
    "journal",
    "economist",
    "spectator",
    "scotsman",
    "express",
    "mail",
    "star",
    "standard",
    "tribune",
    "globe",
    "chronicle",
    "gazette",
    "register",
    "record",
    "daily",
    "review",
    "news",
    "world",
    "nation",
    "press",
    "courier",
    "examiner",
    "inquirer",
    "bulletin",
    "reporter",
    "monitor",
    "voice",
    "echo",
    "week",
    "people",
    "sunday",
    "bank",
    "network",
    "channel",
    "radio",
    "television",
];

/// Whether a name holds a word that says it is a body or a company ("The Broken Hill Pty
/// Co Ltd", "The American Red Cross", "ML Venture Partners II"): a legal form, or a
/// body's, company's or institution's word.
fn names_a_body(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let lower = w.to_lowercase();
        super::organizations::is_legal_form(w)
            || super::organizations::is_institution_word(w)
            || super::organizations::COMPANY_WORDS.contains(&lower.as_str())
            || matches!(
                lower.as_str(),
                "cross" | "theatre" | "theater" | "investors" | "associates" | "ventures"
            )
    })
}

/// Retypes as a title (no entity) an organization the tagger found right after a capital
/// "The" inside a sentence ("Scorsese's The Aviator", "which released The Passion of the
/// Christ"): news writes "the" before a body's name in lower case, and keeps the capital
/// for titles of films, books and shows. Publications ("The Guardian") and the companies
/// `known_company` knows ("The Hartford") stay. Returns the ranges it typed.
pub(super) fn type_titles_after_the(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    known_company: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for (span_start, end, kind) in found.iter_mut() {
        let (span_start, end) = (*span_start, *end);
        // "The" before the span, or opening it ("are The Aviator, Million Dollar Baby").
        let the = if words[span_start] == "The" && end - span_start > 1 {
            span_start
        } else if span_start >= 1 && words[span_start - 1] == "The" {
            span_start - 1
        } else {
            continue;
        };
        let start = the + 1;
        // After a word of the sentence: not after a dateline's dash, a quote or a colon,
        // where a sentence starts again ("NEW YORK, March 3 - The New York Stock Exchange").
        let inside_a_sentence = the >= 1 && {
            let before = words[the - 1];
            is_possessive(before)
                || (before.chars().all(char::is_alphabetic)
                    && before.chars().all(char::is_lowercase))
        };
        if *kind != ORGANIZATION || !inside_a_sentence {
            continue;
        }
        let name = words[start..end].join(" ");
        let publication = words[end - 1]
            .to_lowercase()
            .trim_end_matches("'s")
            .split('-')
            .any(|part| PUBLICATION_WORDS.contains(&part));
        if !publication
            && !names_a_body(&words[start..end])
            && !known_company(&name)
            && !known_company(&format!("The {name}"))
        {
            *kind = MISC;
            typed.push((start, end, MISC));
        }
    }
    typed
}

/// Retypes as a work or product (no entity) an organization the tagger found right before
/// a sequel's or model's number ("Halo 2", "Doom 3", "Spider-Man 2", "Xbox 2"): a single
/// digit from 2 or a Roman numeral, ending the phrase (not "BBC 6 Music", "6-3", "44%").
/// Companies the lists know keep their type ("Nintendo 64"). Returns the ranges it typed.
pub(super) fn type_sequels(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    known_company: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for (start, end, kind) in found.iter_mut() {
        let (start, end) = (*start, *end);
        // A model code alone ("UX50", "A380") is a product's; a channel ("BBC1", "TF1")
        // or a company ("3M") is not.
        let channel = |word: &str| {
            let digits = word.chars().filter(char::is_ascii_digit).count();
            digits == 1 && word.ends_with(|c: char| c.is_ascii_digit())
        };
        if *kind == ORGANIZATION
            && end == start + 1
            && is_model_code(words[start])
            && !channel(words[start])
            && !known_company(words[start])
        {
            *kind = MISC;
            typed.push((start, end, MISC));
            continue;
        }
        // "Clie PEG UX50": one more capitalized word may stand before the model code.
        let number_at = match words.get(end) {
            Some(next)
                if !is_model_code(next)
                    && words.get(end + 1).is_some_and(|w| is_model_code(w))
                    && next.chars().all(|c| c.is_ascii_uppercase()) =>
            {
                end + 1
            }
            _ => end,
        };
        let Some(number) = words.get(number_at) else {
            continue;
        };
        // A maker's name goes before its models too ("McDonnell Douglas DC-10", "CFM
        // International CFM56"): a model code follows a product's one-word name or one
        // after its maker's possessive ("Canon's EOS 300D").
        let product_name = end == start + 1
            || start
                .checked_sub(1)
                .is_some_and(|before| is_possessive(words[before]));
        let sequel = matches!(*number, "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9")
            || matches!(*number, "II" | "III" | "IV")
            || is_model_code(number) && product_name;
        // What follows the number: punctuation or a word in lower case, not a name
        // going on ("6 Music") nor a score or amount ("6-3", "4.5", "44%").
        let ends_the_phrase = words.get(number_at + 1).is_none_or(|next| {
            next.chars().next().is_some_and(|c| {
                c.is_lowercase() || matches!(c, ',' | '.' | ';' | ':' | ')' | '!' | '?' | '[')
            })
        });
        if *kind == ORGANIZATION
            && sequel
            && ends_the_phrase
            && !names_a_body(&words[start..end])
            && !known_company(&words[start..end].join(" "))
        {
            *kind = MISC;
            typed.push((start, end, MISC));
        }
    }
    typed
}

/// Whether a word is a product's model code: capitals and digits mixed ("300D", "UX50",
/// "W1"), not an ordinal ("20th") nor a group of countries ("G7", "G-8").
fn is_model_code(word: &str) -> bool {
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
    (2..=8).contains(&word.len())
        && digits > 0
        && capitals > 0
        && digits + capitals == word.chars().filter(|c| *c != '-').count()
        && !(word.starts_with('G')
            && word[1..]
                .trim_start_matches('-')
                .bytes()
                .all(|b| b.is_ascii_digit()))
}

/// Market jobs (lower case, singular or plural) whose holder works "at" a firm: "analysts
/// at JPMorgan", "strategist at Brown Brothers Harriman".
pub(super) const MARKET_JOBS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "dealer",
    "dealers",
    "trader",
    "traders",
    "broker",
    "brokers",
];

/// Other roles (lower case, singular or plural) a person holds at an organization, besides
/// `MARKET_JOBS`: the name after either and "at" or "with" is its ("analyst at Jupiter
/// research", "economists with Merrill Lynch", "a director at Chelsea").
const OTHER_ROLES_AT: &[&str] = &[
    "researcher",
    "researchers",
    "professor",
    "lecturer",
    "director",
    "executive",
    "executives",
    "broker",
    "brokers",
    "partner",
    "consultant",
    "engineer",
    "engineers",
];

/// Types as an organization the name after a role and "at" or "with" ("analyst at
/// Jupiter"), in one sentence, unless `known_place` knows it ("a professor at Oxford").
/// Returns the ranges it typed.
pub(super) fn type_employers(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    known_place: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut typed = Vec::new();
    for i in 0..words.len().saturating_sub(2) {
        let role = MARKET_JOBS.contains(&words[i]) || OTHER_ROLES_AT.contains(&words[i]);
        if !role || !matches!(words[i + 1], "at" | "with") {
            continue;
        }
        let mut at = i + 2;
        let Some(mut end) = name_at(words, found, at) else {
            continue;
        };
        // "analyst at New Orleans-based Howard Weil": the firm comes after.
        if let Some(based) = (at..end).rfind(|&w| words[w].ends_with("-based")) {
            at = based + 1;
            if at >= end {
                let Some(past) = name_at(words, found, at) else {
                    continue;
                };
                end = past;
            }
        }
        if !known_place(&words[at..end].join(" ")) {
            typed.push((at, end, ORGANIZATION));
        }
    }
    retype(found, &typed);
    typed
}

/// Puts the `typed` ranges into `found` in place of the ranges they overlap.
fn retype(found: &mut Vec<(usize, usize, usize)>, typed: &[(usize, usize, usize)]) {
    for &(start, end, kind) in typed {
        found.retain(|&(s, e, _)| e <= start || s >= end);
        found.push((start, end, kind));
    }
    found.sort();
}

/// The end of the name that starts at word `at`: the tagger's span starting there, or
/// else a run of up to four capitalized words the tagger left untyped.
fn name_at(words: &[&str], found: &[(usize, usize, usize)], at: usize) -> Option<usize> {
    let first = words.get(at)?;
    if !capitalized(first) || starts_no_name(first) || is_title(first) {
        return None;
    }
    if let Some(&(_, end, _)) = found.iter().find(|&&(s, _, _)| s == at) {
        // A long span is more than the name ("Sony Music Entertainment chief Andy Lack"):
        // the noun speaks for short names only.
        if end - at > 4 {
            return None;
        }
        return Some(possessive_continues(words, found, end).unwrap_or(end));
    }
    if found.iter().any(|&(s, e, _)| s < at && at < e) {
        return None;
    }
    let starts_no_span = |w: usize| !found.iter().any(|&(s, _, _)| s == w);
    let mut end = at;
    while end < words.len() && end - at < 4 {
        if capitalized(words[end])
            && words[end].chars().any(char::is_alphabetic)
            && starts_no_span(end)
            && (end == at || !is_title(words[end]))
        {
            end += 1;
        } else if let Some(past) = possessive_continues(words, found, end).filter(|_| end > at) {
            end = past;
        } else if end > at
            && let Some(&(_, span_end, _)) = found
                .iter()
                .find(|&&(s, e, t)| s == end && (t != PERSON || e == s + 1))
            && span_end - at <= 4
            && words[end..span_end].iter().all(|w| capitalized(w))
        {
            // "Million Dollar" + the tagger's "Baby": one name the tagger cut (not a title
            // before a person's full name: "Professor" + "Stephen Hawking").
            end = span_end;
        } else if end > at
            && words[end] == "&"
            && words.get(end + 1).is_some_and(|w| capitalized(w))
        {
            // "long-distance giant AT&T", "retailer Marks & Spencer".
            end += 2;
        } else {
            break;
        }
    }
    (end > at).then_some(end)
}

/// Past the capitalized word after a possessive at `at` ("singing group Destiny's Child":
/// the name goes on), when that word starts no span of its own.
fn possessive_continues(
    words: &[&str],
    found: &[(usize, usize, usize)],
    at: usize,
) -> Option<usize> {
    (words.get(at).is_some_and(|w| is_possessive(w))
        && words
            .get(at + 1)
            .is_some_and(|w| capitalized(w) && !is_title(w))
        && !found.iter().any(|&(s, _, _)| s == at + 1))
    .then_some(at + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (name, type) ranges of `sentence` (words split at spaces) after `rule`.
    fn typed_by(
        rule: impl Fn(&[&str], &mut Vec<(usize, usize, usize)>),
        sentence: &str,
        found: &[(usize, usize, usize)],
    ) -> Vec<(String, usize)> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut found = found.to_vec();
        rule(&words, &mut found);
        found
            .iter()
            .map(|&(s, e, t)| (words[s..e].join(" "), t))
            .collect()
    }

    fn typed(sentence: &str, found: &[(usize, usize, usize)]) -> Vec<(String, usize)> {
        let first_name = |w: &str| matches!(w, "Dave" | "Theo" | "Cyril" | "Ted");
        let known_organization = |name: &str| name == "Ted Baker";
        typed_by(
            |words, found| {
                type_names_after_nouns(words, found, first_name, known_organization);
            },
            sentence,
            found,
        )
    }

    #[test]
    fn a_broadcaster_s_programme_read_as_one_name_with_it_is_split_off() {
        let first_name = |w: &str| w == "Sarah";
        let rule = |words: &[&str], found: &mut Vec<_>| {
            type_programmes(words, found, first_name);
        };
        assert_eq!(
            typed_by(
                rule,
                "told the BBC 's World Business Report .",
                &[(2, 7, 3)]
            ),
            [
                ("BBC".to_string(), ORGANIZATION),
                ("World Business Report".to_string(), MISC)
            ]
        );
    }

    #[test]
    fn a_noun_before_a_name_settles_its_type() {
        // The tagger called Sony a place and Kraft nothing at all.
        assert_eq!(
            typed("his battles with record label Sony", &[(5, 6, 2)]),
            [("Sony".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed("In the US , food group Kraft is among firms", &[(2, 3, 2)]),
            [("US".to_string(), 2), ("Kraft".to_string(), ORGANIZATION)]
        );
        // Trades of 2020 news, a compound's last part among them.
        assert_eq!(
            typed(
                "musician-turned-politician Bobi Wine was held",
                &[(1, 3, ORGANIZATION)]
            ),
            [("Bobi Wine".to_string(), PERSON)]
        );
        // Not a noun whose plural names firms.
        assert_eq!(
            typed(
                "U.S. bankers Merrill Lynch moved",
                &[(0, 1, 2), (2, 4, ORGANIZATION)]
            ),
            [
                ("U.S.".to_string(), 2),
                ("Merrill Lynch".to_string(), ORGANIZATION)
            ]
        );
    }

    #[test]
    fn a_person_found_by_a_first_name_stays_one_after_a_trade_noun() {
        assert_eq!(
            typed(
                "comedian and broadcaster Cyril Fletcher has died",
                &[(3, 5, PERSON)]
            ),
            [("Cyril Fletcher".to_string(), PERSON)]
        );
        // Unless the lists know the name as a company's, or the noun is no trade.
        assert_eq!(
            typed("accountancy firm Dave Smith said", &[(2, 4, PERSON)]),
            [("Dave Smith".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed("fashion publisher Ted Baker said", &[(2, 4, PERSON)]),
            [("Ted Baker".to_string(), ORGANIZATION)]
        );
    }

    #[test]
    fn a_plural_noun_types_every_name_of_its_list() {
        assert_eq!(
            typed(
                "ex-Wham! backing singers Pepsi and Shirlie .",
                &[(3, 4, 3), (5, 6, 3)]
            ),
            [
                ("Pepsi".to_string(), PERSON),
                ("Shirlie".to_string(), PERSON)
            ]
        );
        assert_eq!(
            typed("all-woman singing group Destiny 's Child .", &[(3, 4, 3)]),
            [("Destiny 's Child".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed("former long-distance giant AT & T being bought", &[]),
            [("AT & T".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed(
                "Companies such as Google and Microsoft provide",
                &[(5, 6, 3)]
            ),
            [
                ("Google".to_string(), ORGANIZATION),
                ("Microsoft".to_string(), ORGANIZATION)
            ]
        );
    }

    #[test]
    fn a_work_noun_makes_the_title_after_it_no_entity() {
        assert_eq!(
            typed("the drama Vera Drake won", &[(2, 4, 1)]),
            [("Vera Drake".to_string(), MISC)]
        );
        assert_eq!(
            typed(
                "Scorsese 's film The Aviator leads",
                &[(0, 1, 1), (4, 5, 3)]
            ),
            [
                ("Scorsese".to_string(), PERSON),
                ("Aviator".to_string(), MISC)
            ]
        );
        assert_eq!(
            typed("comedies such as Sideways and Hitch", &[]),
            [("Sideways".to_string(), MISC), ("Hitch".to_string(), MISC)]
        );
        // A star of a film is a person.
        assert!(typed("film star Tom Cruise", &[]).is_empty());
        assert_eq!(
            typed(
                "burgers like the Big Mac and Quarter Pounder .",
                &[(3, 8, 3)]
            ),
            [
                ("Big Mac".to_string(), MISC),
                ("Quarter Pounder".to_string(), MISC)
            ]
        );
        assert_eq!(
            typed("games such as Halo and Doom", &[]),
            [("Halo".to_string(), MISC), ("Doom".to_string(), MISC)]
        );
        assert!(typed("the game Arsenal won", &[]).is_empty());
        assert_eq!(
            typed(
                "competing for the festival 's top prize , the Golden Bear .",
                &[(9, 11, 3)]
            ),
            [("Golden Bear".to_string(), MISC)]
        );
        assert_eq!(
            typed(
                "consoles like the Sony PSP and the Nintendo DS .",
                &[(3, 4, 3), (7, 8, 3)]
            ),
            [
                ("Sony PSP".to_string(), MISC),
                ("Nintendo DS".to_string(), MISC)
            ]
        );
        assert_eq!(
            typed("shows like the BBC 's Top Gear .", &[(3, 4, 3)]),
            [
                ("BBC".to_string(), ORGANIZATION),
                ("Top Gear".to_string(), MISC)
            ]
        );
    }

    #[test]
    fn a_noun_after_a_name_that_is_no_place_makes_it_an_organization() {
        let typed = |sentence: &str, found: &[(usize, usize, usize)]| {
            // Places and peoples, as the extractor's gazetteer knows them.
            let place = |name: &str| name == "London" || name == "Scottish";
            let rule = |words: &[&str], found: &mut Vec<_>| {
                type_names_before_nouns(words, found, place, |_| false);
            };
            typed_by(rule, sentence, found)
        };
        assert_eq!(
            typed("nominees include The Guardian news website", &[]),
            [("Guardian".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed("told the Sun newspaper", &[(2, 3, 1)]),
            [("Sun".to_string(), PERSON)]
        );
        assert_eq!(
            typed("told the Sun newspaper", &[(2, 3, 2)]),
            [("Sun".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed("a London newspaper said", &[(1, 2, 2)]),
            [("London".to_string(), 2)]
        );
        assert!(typed("said Jupiter newspaper", &[]).is_empty());
        assert_eq!(
            typed("Writing in the Guardian newspaper", &[(3, 4, 4)]),
            [("Guardian".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed("Scottish magazine The List", &[(0, 1, 4)]),
            [("Scottish".to_string(), MISC)]
        );
    }

    #[test]
    fn a_product_or_work_noun_after_a_name_makes_it_no_entity() {
        let typed = |sentence: &str, found: &[(usize, usize, usize)]| {
            let place = |name: &str| name == "Barcelona";
            let company = |name: &str| matches!(name, "Sony" | "Nintendo");
            let rule = |words: &[&str], found: &mut Vec<_>| {
                type_names_before_nouns(words, found, place, company);
            };
            typed_by(rule, sentence, found)
        };
        assert_eq!(
            typed("sales of the Xbox console rose", &[(3, 4, 3)]),
            [("Xbox".to_string(), MISC)]
        );
        assert_eq!(
            typed("the PSP handheld and the Shrek soundtrack", &[(1, 2, 3)]),
            [("PSP".to_string(), MISC), ("Shrek".to_string(), MISC)]
        );
        // A maker's name before its product noun stays the maker's.
        assert_eq!(
            typed(
                "the Sony console and a Barcelona browser",
                &[(1, 2, 3), (5, 6, 2)]
            ),
            [("Sony".to_string(), 3), ("Barcelona".to_string(), 2)]
        );
        assert_eq!(
            typed("told Smith console", &[(1, 2, 1)]),
            [("Smith".to_string(), 1)]
        );
    }

    #[test]
    fn a_role_at_a_name_makes_it_the_employer() {
        let typed = |sentence: &str, found: &[(usize, usize, usize)]| {
            let place = |name: &str| name == "Oxford";
            typed_by(
                |words, found| {
                    type_employers(words, found, place);
                },
                sentence,
                found,
            )
        };
        assert_eq!(
            typed(
                "said Thomas Husson , mobile analyst at Jupiter research .",
                &[(1, 3, 1), (7, 8, 1)]
            ),
            [
                ("Thomas Husson".to_string(), PERSON),
                ("Jupiter".to_string(), ORGANIZATION)
            ]
        );
        assert_eq!(
            typed("economists with Merrill Lynch said", &[]),
            [("Merrill Lynch".to_string(), ORGANIZATION)]
        );
        assert!(typed("a professor at Oxford", &[]).is_empty());
        assert_eq!(
            typed("analyst at New Orleans-based Howard Weil said", &[]),
            [("Howard Weil".to_string(), ORGANIZATION)]
        );
        assert!(typed("the analyst at the bank", &[]).is_empty());
    }

    #[test]
    fn a_name_after_a_capital_the_inside_a_sentence_is_a_title() {
        let typed = |sentence: &str, found: &[(usize, usize, usize)]| {
            let company = |name: &str| name == "Hartford";
            typed_by(
                |words, found| {
                    type_titles_after_the(words, found, company);
                },
                sentence,
                found,
            )
        };
        assert_eq!(
            typed("Scorsese 's The Aviator leads", &[(0, 1, 1), (3, 4, 3)]),
            [
                ("Scorsese".to_string(), PERSON),
                ("Aviator".to_string(), MISC)
            ]
        );
        for (kept, end) in [
            ("told The Guardian newspaper", 3),
            ("told The Sunday Times", 4),
            ("bought The Hartford", 3),
        ] {
            assert_eq!(
                typed(kept, &[(2, end, ORGANIZATION)])[0].1,
                ORGANIZATION,
                "{kept}"
            );
        }
        // Opening the sentence, "The" says nothing.
        assert_eq!(
            typed("The Aviator won", &[(1, 2, 3)]),
            [("Aviator".to_string(), ORGANIZATION)]
        );
        assert_eq!(
            typed("NEW YORK , March 3 - The Big Board said", &[(7, 9, 3)]),
            [("Big Board".to_string(), ORGANIZATION)]
        );
    }

    #[test]
    fn a_name_before_a_sequel_s_number_is_a_work() {
        let typed = |sentence: &str, found: &[(usize, usize, usize)]| {
            let company = |name: &str| matches!(name, "Nintendo" | "BBC");
            typed_by(
                |words, found| {
                    type_sequels(words, found, company);
                },
                sentence,
                found,
            )
        };
        assert_eq!(
            typed("sales of Halo 2 rose", &[(2, 3, 3)]),
            [("Halo".to_string(), MISC)]
        );
        assert_eq!(
            typed("Doom 3 , which", &[(0, 1, 3)]),
            [("Doom".to_string(), MISC)]
        );
        for kept in [
            "the Nintendo 64 console",
            "on BBC 6 Music",
            "Chelsea 2 Arsenal 1",
        ] {
            let words: Vec<&str> = kept.split(' ').collect();
            let at = words
                .iter()
                .position(|w| w.chars().next().is_some_and(char::is_uppercase))
                .unwrap();
            assert_eq!(
                typed(kept, &[(at, at + 1, ORGANIZATION)])[0].1,
                ORGANIZATION,
                "{kept}"
            );
        }
    }

    #[test]
    fn what_a_company_makes_is_no_entity() {
        assert_eq!(
            typed(
                "Pyra Labs , makers of the Blogger tool",
                &[(0, 2, 3), (6, 7, 3)]
            ),
            [
                ("Pyra Labs".to_string(), ORGANIZATION),
                ("Blogger".to_string(), MISC)
            ]
        );
        assert_eq!(
            typed(
                "Sony , maker of PlayStation , said",
                &[(0, 1, 3), (4, 5, 3)]
            ),
            [
                ("Sony".to_string(), ORGANIZATION),
                ("PlayStation".to_string(), MISC)
            ]
        );
        assert_eq!(
            typed("policy makers of the Group of Seven", &[(4, 7, 3)]),
            [("Group of Seven".to_string(), ORGANIZATION)]
        );
    }

    #[test]
    fn nouns_inside_names_titles_and_capitals_are_no_cue() {
        // "Group" inside a name, a title after the noun, a weekday, an all-caps headline.
        assert_eq!(
            typed("the Kraft Group Chairman said", &[(1, 3, 3)]),
            [("Kraft Group".to_string(), ORGANIZATION)]
        );
        assert!(typed("the bank Governor said", &[]).is_empty());
        assert!(typed("Band Aid 20 's remake", &[]).is_empty());
        assert!(typed("the Dutch film maker Theo van Gogh", &[]).is_empty());
        assert_eq!(
            typed(
                "the public services union Unison Dave Prentis said",
                &[(4, 7, 3)]
            ),
            [
                ("Unison".to_string(), ORGANIZATION),
                ("Dave Prentis".to_string(), PERSON)
            ]
        );
        assert!(typed("the company Monday said", &[]).is_empty());
        assert!(typed("United airlines February load factor", &[(0, 1, 3)]).len() == 1);
        assert_eq!(
            typed("RECORD LABEL SONY SUES", &[(2, 3, 2)]),
            [("SONY".to_string(), 2)]
        );
    }
}
