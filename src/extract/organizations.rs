//! Organization names as a librarian files them: possessive names kept whole ("Moody's",
//! not "Moody"), and the variants of one body merged into one value ("Lib Dems",
//! "Liberal Democrat" → "Liberal Democrats"). The table lists well-known bodies whose
//! short forms news uses; it was written by hand from the shared corpora's facet values.

use std::collections::{HashMap, HashSet};

use super::NOT_ENTITIES;
use super::gazetteer::fold;
use super::span::tagger_type::{MISC, ORGANIZATION, PERSON, PLACE};
use super::span::{EntityKind, JoinWords, Span, capitalized_at, strip_possessive};

/// Last words that make a MISC span ("European Political Community") an organization.
pub(super) const ORG_HEADS: &[&str] = &[
    "community",
    "union",
    "council",
    "organization",
    "organisation",
    "committee",
    "bank",
    "party",
    "association",
    "agency",
    "ministry",
    "commission",
    "fund",
    "court",
    "parliament",
    "assembly",
    "forum",
    "alliance",
    "group",
    "corporation",
    "company",
    "institute",
    "university",
    "federation",
    "league",
    "department",
    "office",
    "service",
    "army",
    "navy",
    "police",
    "senate",
];

/// Last words that mark a run of capitalized words as a company ("Virginia Electric",
/// "Marine Midland Banks", "Jupiter Research"), lower-case.
pub(super) const COMPANY_WORDS: &[&str] = &[
    "banks",
    "bancorp",
    "brothers",
    "motors",
    "electric",
    "airlines",
    "airways",
    "petroleum",
    "oil",
    "chemical",
    "chemicals",
    "steel",
    "energy",
    "power",
    "resources",
    "foods",
    "stores",
    "pharmaceuticals",
    "communications",
    "technologies",
    "technology",
    "systems",
    "industries",
    "holdings",
    "securities",
    // "Merrill Lynch Capital Markets", a firm's investment bank.
    "markets",
    "investments",
    "insurance",
    "savings",
    "trust",
    "partners",
    "research",
    "labs",
    "laboratories",
    "records",
    "pictures",
    "studios",
    "television",
    "telecom",
    "networks",
    "entertainment",
    "airport",
    "healthcare",
    "software",
    "media",
    "mining",
    "electronics",
    "semiconductor",
    "pharma",
    "logistics",
    "shipping",
    "brewery",
    "breweries",
    "retail",
    "bancshares",
    "telecommunications",
    "petrochemicals",
    "minerals",
    "metals",
];

/// Words that name no company alone, though companies' names are made of them
/// ("International Ltd", "Holdings Ltd": what is left of a name cut short).
const GENERIC_NAME_WORDS: &[&str] = &[
    "international",
    "national",
    "general",
    "american",
    "first",
    "finance",
    "financial",
    "capital",
    "investment",
    "management",
    "services",
    "enterprises",
];

/// Whether a word is the head word of a body's name ("Commission", "Council", "Party").
pub(super) fn is_body_head(word: &str) -> bool {
    ORG_HEADS.contains(&word.to_lowercase().as_str())
}

/// Whether a word alone names no organization: a body's or company's head word, or a
/// word many company names share.
pub(super) fn is_generic_organization_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ORG_HEADS.contains(&lower.as_str())
        || COMPANY_WORDS.contains(&lower.as_str())
        || GENERIC_NAME_WORDS.contains(&lower.as_str())
}

/// Whether a word is a Roman numeral from II ("phase III", "Rocky IV").
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Plural nouns that end many companies' names and, alone, are the tail of one the
/// tagger cut ("Cable and" "Wireless", "Varian" "Associates").
const GENERIC_TAILS: &[&str] = &[
    "wireless",
    "associates",
    "ventures",
    "dynamics",
    "commodities",
    "fisheries",
    "mines",
    "workers",
    "centers",
    "centres",
    "gas",
];

/// Whether a one-word name is only a word many companies' names share ("Holdings",
/// "Savings", "Wireless"): no organization alone. Bodies' heads stay ("the Senate").
fn is_a_name_s_generic_tail(name: &str) -> bool {
    !name.contains(' ')
        && !is_known_variant(name)
        && [COMPANY_WORDS, GENERIC_NAME_WORDS, GENERIC_TAILS]
            .iter()
            .any(|words| words.contains(&name.to_lowercase().as_str()))
}

/// Whether the last word of a name marks an organization: a body ("Commission"), a
/// company word ("Motors") or a legal form ("Inc").
pub(super) fn has_organization_head<S: AsRef<str>>(words: &[S]) -> bool {
    words.last().is_some_and(|w| {
        let lower = w.as_ref().to_lowercase();
        ORG_HEADS.contains(&lower.as_str()) || ends_company_name(&lower)
    })
}

/// Whether a word ends a company's name: a company word ("Motors", "Communications") or a
/// legal form ("Inc").
pub(super) fn ends_company_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    COMPANY_WORDS.contains(&lower.as_str()) || is_legal_form(&lower)
}

/// Whether a capitalized word is a function word opening a sentence, no part of a name.
pub(super) fn is_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.contains(&word)
}

/// Capitalized function words that open sentences and are no part of a name.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "At",
    "On",
    "For",
    "But",
    "And",
    "If",
    "When",
    "While",
    "As",
    "Of",
    "By",
    "With",
    "From",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "After",
    "Before",
    "Under",
    "Shares",
    "Analysts",
    "Officials",
];

/// Runs of capitalized words (not opening the sentence) that end in an organization word
/// ("European Political Community", "Marine Midland Banks"), or that have one before "of"
/// ("Imperial Savings and Loan Association of San Diego") or before a role ("Medical
/// Research Council Professor Nancy Rothwell"), as (start, end) word ranges. `people` are
/// the tagger's person spans: an office holder's name joined by "and" is none of the run.
/// `splits_at(k)` says whether the "and" at word k joins two names each run is judged
/// alone of ([`and_joins_two_names`]).
pub(super) fn headed_runs(
    words: &[&str],
    people: &[(usize, usize)],
    splits_at: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    // "Democratic-controlled", "Texas-based": a capital, but no word of a name.
    let capitalized = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !w
                .split('-')
                .skip(1)
                .any(|part| part.chars().next().is_some_and(char::is_lowercase))
    };
    let head = |w: &str| {
        let lower = w.to_lowercase();
        ORG_HEADS.contains(&lower.as_str()) || COMPANY_WORDS.contains(&lower.as_str())
    };
    let mut runs = Vec::new();
    // A sentence's first word counts unless it is a function word ("The", "In").
    let mut i = usize::from(words.first().is_some_and(|w| SENTENCE_OPENERS.contains(w)));
    while i < words.len() {
        if !capitalized(words[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < words.len()
            && (capitalized(words[j + 1])
                || (ACRONYM_SKIP.contains(&words[j + 1])
                    && j + 2 < words.len()
                    && capitalized(words[j + 2])))
        {
            j += 1;
        }
        // "Prime Minister Boris Johnson and European Commission President": an "and" after
        // an office and its holder's full name joins two names; each is judged alone.
        let joins_holder = |k: usize| {
            matches!(words[k], "and" | "&")
                && people
                    .iter()
                    .any(|&(s, e)| e == k && s > i && super::people::is_title(words[s - 1]))
        };
        let mut parts = Vec::new();
        let mut from = i;
        for k in i + 1..j {
            if joins_holder(k) || splits_at(k) {
                parts.push((from, k - 1));
                from = k + 1;
            }
        }
        parts.push((from, j));
        for (start, end) in parts {
            // The part may open on a function word after the "and": "and the Senate".
            let Some(start) = (start..=end).find(|&s| capitalized(words[s])) else {
                continue;
            };
            let headed_before_of = (start..end).any(|h| {
                ORG_HEADS.contains(&words[h].to_lowercase().as_str()) && words[h + 1] == "of"
            });
            // "Medical Research Council Professor Nancy Rothwell": a role after the head
            // word ends the body's name, whatever the person after it.
            let head_before_role = (start + 1..end).find(|&h| {
                head(words[h])
                    && (super::people::is_title(words[h + 1])
                        || ROLES_BEFORE_A_NAME.contains(&words[h + 1].to_lowercase().as_str()))
            });
            if end > start && (head(words[end]) || headed_before_of) {
                runs.push((start, end + 1));
            } else if let Some(h) = head_before_role {
                runs.push((start, h + 1));
            }
        }
        i = j + 1;
    }
    runs
}

/// Whether the "and" (or "&") at word `k` joins two names the tagger found apart (`found`),
/// not the words of one: "Goldman Sachs and Qatalyst Partners", "AstraZeneca and Oxford
/// University", "Citibank and Chase Manhattan Bank", "Paul Volcker and International
/// Monetary Fund". The word after it may be a name (`may_be_a_name`); or a person, a
/// listed company (`listed_organization`) comes before it, or a body named "Bank of …"
/// after it. One name stays whole: "Savings and Loan Association", "LTV Missiles and
/// Electronics Group", a name between two places ("Bank of Bahrain and Kuwait",
/// `is_place`), after an adjective ("African and Malagasy Coffee Organization") or one the
/// lists know whole ("MacAndrews and Forbes").
pub(super) fn and_joins_two_names(
    words: &[&str],
    found: &[(usize, usize, usize)],
    k: usize,
    is_place: impl Fn(&str) -> bool,
    may_be_a_name: impl Fn(&str) -> bool,
    listed_organization: impl Fn(&str) -> bool,
) -> bool {
    use super::span::tagger_type;
    if k == 0 || k + 1 >= words.len() || !matches!(words[k], "and" | "&") {
        return false;
    }
    let (Some(&(left_start, _, left_type)), Some(&(_, right_end, _))) = (
        found.iter().find(|&&(_, e, _)| e == k),
        found.iter().find(|&&(s, _, _)| s == k + 1),
    ) else {
        return false;
    };
    if left_type == tagger_type::MISC || (is_place(words[k - 1]) && is_place(words[k + 1])) {
        return false;
    }
    let listed_whole = (k + 2..=right_end).any(|end| {
        let name = words[left_start..end].join(" ");
        listed_organization(&name) || listed_organization(&name.replace(" and ", " & "))
    });
    if listed_whole {
        return false;
    }
    let after = words[k + 1].to_lowercase();
    may_be_a_name(&after)
        || left_type == tagger_type::PERSON
        || listed_organization(&words[left_start..k].join(" "))
        || (ORG_HEADS.contains(&after.as_str()) && words.get(k + 2) == Some(&"of"))
}

/// Whether a word is a credit rating ("AAA", "BBB-plus", "Baa-1", "A-1"), never a name.
pub(super) fn is_rating(word: &str) -> bool {
    let (grade, modifier) = word.split_once('-').unwrap_or((word, ""));
    let grade_ok = matches!(
        grade,
        "AAA"
            | "AA"
            | "A"
            | "BBB"
            | "BB"
            | "B"
            | "CCC"
            | "CC"
            | "C"
            | "Aaa"
            | "Aa"
            | "Baa"
            | "Ba"
            | "Caa"
            | "Ca"
    ) || grade.strip_suffix('+').is_some_and(is_rating);
    let modifier_ok = matches!(modifier, "" | "plus" | "minus" | "1" | "2" | "3");
    grade_ok && modifier_ok && (grade.len() > 1 || !modifier.is_empty())
}

/// Legal forms that end company names ("Inc", "Corp", "Co Inc"), folded.
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "inc.",
    "incorporated",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "cos",
    "ltd",
    "ltd.",
    "limited",
    "plc",
    "llc",
    "sa",
    "ag",
    "nv",
    "n.v.",
    "bhd",
    "spa",
    "na",
    "n.a.",
    "cie",
    "gmbh",
    "ab",
    "pty",
    "bv",
    "b.v.",
    "lp",
    "l.p.",
    "s.a.",
];

/// Legal forms that are words of other languages in lower case ("se" in Spanish), so
/// count only as companies write them: "BioNTech SE", "Allianz SE" (the European company,
/// since 2004, in no name of CoNLL-2003's 1996 text), "Merck KGaA", "Nokia Oyj".
const LEGAL_FORMS_AS_WRITTEN: &[&str] = &["SE", "KGaA", "KGAA", "Oyj"];

/// Whether a word is a legal form ("Inc", "Corp.").
pub(super) fn is_legal_form(word: &str) -> bool {
    // Without lower-casing a copy: the forms are ASCII, and this runs over every capital.
    LEGAL_FORMS
        .iter()
        .any(|form| form.eq_ignore_ascii_case(word))
        || LEGAL_FORMS_AS_WRITTEN.contains(&word)
}

/// Company names that end in a legal form, as (start, end) word ranges of a sentence,
/// whatever the tagger made of them: "Drexel Burnham Lambert Inc", "Virginia Electric and
/// Power Co", "Smith Barney, Harris Upham and Co Inc", "Bank of America Corp". `person`
/// marks the words the tagger put in a person's name: a name does not run back through
/// "of" into one ("Chairman John Smith of Acme Corp"). A company's arm in a country runs
/// back through "of" before a place (`is_place`): "General Motors of Canada Ltd", "Audi of
/// America Inc" (not "Shares of Acme Corp"), unless what comes before is one capitalized
/// word that news mostly writes in lower case (`is_common_word`: "CHICAGO - Auditors of
/// Brunswick Corp").
pub(super) fn corporate_names(
    words: &[&str],
    person: &[bool],
    is_place: impl Fn(&str) -> bool,
    is_common_word: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    // Titles count as name words here: "General Motors Corp".
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !is_rating(w);
    let mut names = Vec::new();
    let mut end = 0;
    while end < words.len() {
        // The end of a run of legal forms ("Co Inc") followed by no further one.
        if !is_legal_form(words[end]) || words.get(end + 1).is_some_and(|w| is_legal_form(w)) {
            end += 1;
            continue;
        }
        let mut core_end = end;
        while core_end > 0 && is_legal_form(words[core_end - 1]) {
            core_end -= 1;
        }
        // "Harris Upham and Co": the "and" belongs to the name, and so may a comma before.
        let and_co = core_end > 0
            && matches!(words[core_end - 1], "and" | "&" | "und")
            && ["co", "cie"]
                .iter()
                .any(|co| words[core_end].eq_ignore_ascii_case(co));
        let mut start = if and_co { core_end - 1 } else { core_end };
        while start > 0 {
            let word = words[start - 1];
            let joins_to_name = start >= 2 && capitalized(words[start - 2]);
            let crosses = match word {
                _ if capitalized(word) && !is_legal_form(word) => true,
                // "Public Service Co of Indiana Inc": a legal form before "of" inside.
                _ if is_legal_form(word) && words[start] == "of" => true,
                // "Moody's Investors Service Inc".
                "'s" | "’s" => start >= 2 && keeps_possessive(words[start - 2]),
                // "Virginia Electric and Power Co": one word between "and" and the suffix;
                // more when the first is a word news writes in lower case ("Federal
                // Savings and Loan Insurance Corp", not "Chrysler and General Motors Corp")
                // or both sides are places ("Hongkong and Shanghai Banking Corp"), and no
                // complete name ends before "and" ("Acme Inc and Loan Finance Corp").
                "and" | "&" => {
                    let (before, after) = (words[start - 2], words[start]);
                    let rest = words.get(start + 1..core_end).unwrap_or_default();
                    let common_word_after = is_common_word(after)
                        && !GENERIC_NAME_WORDS.contains(&after.to_lowercase().as_str())
                        && !person[start - 2];
                    // "Indiana and Michigan Electric Co", not "Florida and Virginia Kroger Co".
                    let places_and_common_words = is_place(before)
                        && is_place(after)
                        && !rest.is_empty()
                        && rest.iter().all(|w| {
                            is_common_word(w) || COMPANY_WORDS.contains(&w.to_lowercase().as_str())
                        });
                    joins_to_name
                        && (core_end - start == 1
                            || (core_end - start <= 3
                                && !is_legal_form(before)
                                && (common_word_after || places_and_common_words)))
                }
                // "Bank of America Corp", not "A-plus of Virginia Electric and Power Co".
                "of" => {
                    joins_to_name
                        && !person[start - 2]
                        && (ORG_HEADS.contains(&words[start - 2].to_lowercase().as_str())
                            || is_legal_form(words[start - 2])
                            || (is_place(&words[start..core_end].join(" "))
                                && !(is_common_word(words[start - 2])
                                    && (start == 2 || !capitalized(words[start - 3])))))
                }
                "," => joins_to_name && and_co,
                // "Banque Nationale de Paris SA": a particle inside a name that a bank's or
                // company's head word in its own language opens, a few words back.
                particle if ROMANCE_PARTICLES.contains(&particle) => {
                    joins_to_name
                        && (start.saturating_sub(5)..start - 1).rev().any(|k| {
                            is_institution_head_abroad(words[k])
                                && words[k..start - 1].iter().all(|w| capitalized(w))
                        })
                }
                _ => false,
            };
            if !crosses {
                break;
            }
            start -= 1;
        }
        while start < core_end && matches!(words[start], "The" | "the" | "," | "and" | "&" | "und")
        {
            start += 1;
        }
        if start < core_end && (capitalized(words[start]) || and_co) {
            names.push((start, end + 1));
        }
        end += 1;
    }
    names
}

/// Nouns that make a name before "of" an institution's, not a person's ("Royal Academy
/// of Arts", "Liberty House of California"), besides `ORG_HEADS` and `COMPANY_WORDS`.
const INSTITUTION_WORDS: &[&str] = &[
    "academy",
    "museum",
    "school",
    "college",
    "society",
    "foundation",
    "club",
    "chamber",
    "house",
    "hospital",
    "church",
    "theatre",
    "theater",
    "gallery",
    "library",
    "centre",
    "center",
    "board",
    "bureau",
    "exchange",
];

/// Whether a word is a body's or an institution's head word ("Commission", "Exchange",
/// "Museum"), in any case.
pub(super) fn is_institution_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ORG_HEADS.contains(&lower.as_str()) || INSTITUTION_WORDS.contains(&lower.as_str())
}

/// Splits organization spans (start, end, type) of the form "First Last of Organization"
/// into the person and what follows "of": wire copy names an analyst by their firm ("said
/// Jeffrey Leeds of Chemical Bank"), a player by their country ("Jelena Jankovic of
/// Serbia"), and the tagger reads the whole as one organization. Only when the name before
/// "of" is two or three words starting with a known first name, holding no organization
/// word, and each a word that can be a name (`is_name_word`: mostly capitalized in news,
/// no nationality; "Royal Bank of Canada", "Liberty House of California", "Milan Chamber
/// of Commerce" stay whole); what follows is a place when `is_place` knows it.
pub(super) fn split_person_of_organization(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    is_first_name: impl Fn(&str) -> bool,
    is_name_word: impl Fn(&str) -> bool,
    is_place: impl Fn(&str) -> bool,
) {
    let mut split = Vec::new();
    for &(start, end, kind) in found.iter() {
        if kind != ORGANIZATION {
            continue;
        }
        let Some(of) = (start..end).find(|&w| words[w] == "of") else {
            continue;
        };
        let person = &words[start..of];
        let rest = &words[of + 1..end];
        let looks_like_a_person = (2..=3).contains(&person.len())
            && is_first_name(person[0])
            && person.iter().all(|w| {
                w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
                    && is_person_name_word(w, &is_name_word)
            });
        if looks_like_a_person && !rest.is_empty() {
            let rest_kind = if is_place(&rest.join(" ")) {
                PLACE
            } else {
                ORGANIZATION
            };
            split.push((start, end, of, rest_kind));
        }
    }
    for (start, end, of, rest_kind) in split {
        found.retain(|&(s, e, _)| (s, e) != (start, end));
        found.push((start, of, PERSON));
        found.push((of + 1, end, rest_kind));
    }
}

/// Whether a word of a run the tagger took for an organization can be a word of a
/// person's name: capitalized, no body's, company's or institution's word nor a legal form,
/// and a word `is_name_word` says names are made of.
fn is_person_name_word(word: &str, is_name_word: impl Fn(&str) -> bool) -> bool {
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && ![ORG_HEADS, COMPANY_WORDS, INSTITUTION_WORDS]
            .iter()
            .any(|list| list.contains(&lower.as_str()))
        && !is_legal_form(word)
        && is_name_word(word)
}

/// Capitalized words that describe the person whose name follows them in a run the tagger
/// read as one organization ("BBC Political Correspondent James Hardy", "House Speaker
/// James Wright"), lower case.
const ROLES_BEFORE_A_NAME: &[&str] = &[
    "political",
    "economics",
    "business",
    "chief",
    "senior",
    "correspondent",
    "editor",
    "reporter",
    "presenter",
    "speaker",
    "chairman",
    "chairwoman",
    "president",
    "director",
    "spokesman",
    "spokeswoman",
    "secretary",
    "minister",
    "leader",
    "chancellor",
    "professor",
    "prof",
    "dr",
    "executive",
    "head",
];

/// Splits organization spans (start, end, type) that end in a person's name: the tagger
/// ran a body and the name after it into one ("told the BBC Michael Howard has...", "BBC
/// Political Correspondent James Hardy", "DJ Norman Cook", "Chancellor Helmut Kohl"). The
/// name is its last two or three words, starting with a known first name, each a word
/// that can be a name and none a body's or company's word nor a place (`is_place`); the
/// words before it stay an organization when `is_known_body` knows them, they are an
/// acronym, or, before a role, two words or more ending in a body's head word ("Medical
/// Research Council Professor Nancy Rothwell"); the roles between go. A first name that is
/// also a town's ("Nancy") counts after a role. A company's name ending in one ("... and Co", a legal
/// form after it) stays whole.
pub(super) fn split_organization_and_person(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    is_first_name: impl Fn(&str) -> bool,
    is_name_word: impl Fn(&str) -> bool,
    is_place: impl Fn(&str) -> bool,
    is_known_body: impl Fn(&str) -> bool,
) {
    let person_like = |w: &&str| {
        w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && is_person_name_word(w, &is_name_word)
    };
    let mut split = Vec::new();
    for &(start, end, kind) in found.iter() {
        if kind != ORGANIZATION || end - start < 3 {
            continue;
        }
        let span = &words[start..end];
        let continues_as_company = words.get(end).is_some_and(|w| is_legal_form(w));
        if continues_as_company
            || span
                .iter()
                .any(|w| matches!(*w, "and" | "&" | "of" | "for") || is_legal_form(w))
            || is_known_body(&span.join(" "))
        {
            continue;
        }
        let Some(first) = (start + 1..end - 1).find(|&p| {
            (2..=3).contains(&(end - p))
                && is_first_name(words[p])
                && words[p..end].iter().all(person_like)
                && !is_place(&words[p..end].join(" "))
                // A first name that is also a town ("Nancy") after a role is the name.
                && (!is_place(words[p])
                    || ROLES_BEFORE_A_NAME.contains(&words[p - 1].to_lowercase().as_str()))
        }) else {
            continue;
        };
        let mut head_end = first;
        while head_end > start
            && ROLES_BEFORE_A_NAME.contains(&words[head_end - 1].to_lowercase().as_str())
        {
            head_end -= 1;
        }
        // What comes before is only roles ("Chancellor Helmut Kohl"), or a body named in
        // full: an acronym of three letters or more ("JP Morgan Chase", "CB Richard Ellis"
        // open with initials) or one the lists know; not a word that may open a name
        // ("Bank Julius Baer", "Radio France Internationale").
        let head = &words[start..head_end];
        let acronym = head.len() == 1
            && head[0].chars().count() >= 3
            && head[0].chars().all(|c| c.is_ascii_uppercase());
        if head.is_empty() {
            split.push((start, end, first, None));
        } else if acronym
            || is_known_body(&head.join(" "))
            // "Medical Research Council Professor Nancy Rothwell": a body's name of two
            // words or more with its head ("Bank Julius Baer" is one).
            || (head_end < first
                && head.len() >= 2
                && head
                    .last()
                    .is_some_and(|w| ORG_HEADS.contains(&w.to_lowercase().as_str())))
        {
            split.push((start, end, first, Some(head_end)));
        }
    }
    for (start, end, first, head_end) in split {
        found.retain(|&(s, e, _)| (s, e) != (start, end));
        found.push((first, end, PERSON));
        if let Some(head_end) = head_end {
            found.push((start, head_end, ORGANIZATION));
        }
    }
}

/// Words that end a broadcaster's name before the number of one of its stations.
const NUMBERED_STATIONS: &[&str] = &["Radio", "Channel"];

/// Extends organization spans (start, end, type) ending in "Radio" or "Channel" over the
/// station number after them: "BBC Radio 4" is one station, not "BBC Radio" and a 4.
pub(super) fn extend_numbered_stations(words: &[&str], found: &mut [(usize, usize, usize)]) {
    for (_, end, kind) in found.iter_mut() {
        let station_number = words
            .get(*end)
            .is_some_and(|w| (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()));
        if *kind == ORGANIZATION
            && station_number
            && words
                .get(*end - 1)
                .is_some_and(|w| NUMBERED_STATIONS.contains(w))
        {
            *end += 1;
        }
    }
}

/// Last words of bodies whose name goes on with "on" and what they deal with ("General
/// Agreement on Tariffs and Trade", "House Agriculture Subcommittee on Wheat").
const HEADS_BEFORE_ON: &[&str] = &[
    "agreement",
    "conference",
    "committee",
    "subcommittee",
    "commission",
    "council",
    "convention",
    "panel",
    "treaty",
    "group",
    "forum",
];

/// Whether a body's name goes on with "on" after this word ("Committee on Banking").
pub(super) fn goes_on_with_on(word: &str) -> bool {
    HEADS_BEFORE_ON.contains(&word.to_lowercase().as_str())
}

/// Extends organization spans (start, end, type) ending in a body's head over "on" and the
/// capitalized words after it (joined by "and"), and drops the spans they cover: the tagger
/// cuts "General Agreement on Tariffs and Trade" into "General Agreement" and "Tariffs and
/// Trade".
pub(super) fn extend_over_on(words: &[&str], found: &mut Vec<(usize, usize, usize)>) {
    extend_over_joiner(
        words,
        found,
        |head, joiner| goes_on_with_on(head) && joiner == "on",
        |word, named| named && matches!(word, "and" | "&"),
    );
}

/// Extends organization spans whose last word and the word after it `join` ("Committee"
/// and "on") over the capitalized words after that, with the small words `inner` allows
/// between them (given whether a capitalized word came yet), and drops the spans they
/// cover. Words of dates end a name rather than go on with it ("Committee on Monday").
fn extend_over_joiner(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    join: impl Fn(&str, &str) -> bool,
    inner: impl Fn(&str, bool) -> bool,
) {
    let capitalized = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !crate::dates::is_weekday(w)
            && crate::dates::month_number(w).is_none()
    };
    let mut extended = Vec::new();
    for (start, end, kind) in found.iter_mut() {
        if *kind != ORGANIZATION || !words.get(*end).is_some_and(|w| join(words[*end - 1], w)) {
            continue;
        }
        let mut last = None;
        let mut k = *end + 1;
        while let Some(&word) = words.get(k) {
            if capitalized(word) {
                last = Some(k);
            } else if !inner(word, last.is_some()) {
                break;
            }
            k += 1;
        }
        if let Some(last) = last {
            *end = last + 1;
            extended.push((*start, *end));
        }
    }
    drop_covered(found, &extended);
}

/// Drops the spans that the `extended` ones now cover.
fn drop_covered(found: &mut Vec<(usize, usize, usize)>, extended: &[(usize, usize)]) {
    for &(start, end) in extended {
        found.retain(|&(s, e, _)| (s, e) == (start, end) || e <= start || s >= end);
    }
}

/// Lower-case particles inside names in Romance languages: "Banque Nationale de Paris",
/// "Estadio da Luz", "Banca Monte dei Paschi".
pub(super) const ROMANCE_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "dei", "des", "du", "la",
];

/// Whether a word is one of `INSTITUTION_HEADS_ABROAD` in any case ("Banque", "CAISSE",
/// "Société"); no allocation for a word in ASCII, as the tagger's rules ask it of every
/// capitalized word.
pub(super) fn is_institution_head_abroad(word: &str) -> bool {
    if word.is_ascii() {
        INSTITUTION_HEADS_ABROAD
            .iter()
            .any(|head| head.eq_ignore_ascii_case(word))
    } else {
        INSTITUTION_HEADS_ABROAD.contains(&crate::names::fold(word).as_str())
    }
}

/// Words for a bank, company or group in the languages of Europe and Latin America (folded),
/// which no person's name holds.
pub(super) const INSTITUTION_HEADS_ABROAD: &[&str] = &[
    "banque",
    "banco",
    "banca",
    "bankhaus",
    "compagnie",
    "compania",
    "companhia",
    "societe",
    "sociedad",
    "sociedade",
    "societa",
    "groupe",
    "grupo",
    "gruppo",
    "caisse",
    "caja",
    "caixa",
    "aktiengesellschaft",
    "gesellschaft",
];

/// Words that join an institution's head to what it is of or for ("Bank of Japan",
/// "American Association for the Advancement of Science", "Banco do Brasil").
const JOINERS_AFTER_A_HEAD: &[&str] = &[
    "of", "for", "do", "da", "dos", "das", "de", "des", "du", "di", "del",
];

/// Small words that may stand between the capitalized words after a joiner.
const INNER_SMALL_WORDS: &[&str] = &["of", "the", "and", "for", "&", "de", "do", "da", "des"];

/// Extends organization spans (start, end, type) ending in an institution's head over a
/// joiner and the capitalized words after it, dropping the spans they cover: the tagger
/// cuts "American Association for the Advancement of Science" after "Association" and
/// "Banco do Brasil" into "Banco" and a place.
pub(super) fn extend_over_of(words: &[&str], found: &mut Vec<(usize, usize, usize)>) {
    let institution_head = |word: &str| {
        let head = crate::names::fold(word);
        ORG_HEADS.contains(&head.as_str())
            || INSTITUTION_WORDS.contains(&head.as_str())
            || INSTITUTION_HEADS_ABROAD.contains(&head.as_str())
    };
    extend_over_joiner(
        words,
        found,
        |head, joiner| institution_head(head) && JOINERS_AFTER_A_HEAD.contains(&joiner),
        |word, _| INNER_SMALL_WORDS.contains(&word),
    );
}

/// Extends organization spans over a German "und" and the capitalized word on its other
/// side, which no English sentence puts between two names: "Kali und Salz" tagged as "Salz".
/// Two names of other types joined so are one organization too ("Kali" and "Salz" read as
/// a nationality and a place), but two places stay places ("Bosnien und Herzegowina").
pub(super) fn extend_over_und(words: &[&str], found: &mut Vec<(usize, usize, usize)>) {
    let capitalized = |k: usize| capitalized_at(words, k);
    let span_at = super::span::covering;
    // Joined when this span is an organization, or the other side is a name too and not
    // both are places.
    let joins = |kind: usize, other: Option<(usize, usize, usize)>| {
        kind == ORGANIZATION || other.is_some_and(|(_, _, o)| !(o == PLACE && kind == PLACE))
    };
    let mut extended = Vec::new();
    for index in 0..found.len() {
        let (start, end, kind) = found[index];
        if extended.iter().any(|&(s, e)| s <= start && end <= e) {
            continue; // the other side of a join already made
        }
        let (mut new_start, mut new_end) = (start, end);
        if start >= 2 && words[start - 1] == "und" && capitalized(start - 2) {
            let other = span_at(found, start - 2);
            if joins(kind, other) {
                new_start = other.map_or(start - 2, |(s, _, _)| s);
            }
        }
        if words.get(end) == Some(&"und") && capitalized(end + 1) {
            let other = span_at(found, end + 1);
            if joins(kind, other) {
                new_end = other.map_or(end + 2, |(_, e, _)| e);
            }
        }
        if (new_start, new_end) != (start, end) {
            found[index] = (new_start, new_end, ORGANIZATION);
            extended.push((new_start, new_end));
        }
    }
    drop_covered(found, &extended);
}

/// Makes a place the tagger stopped at before an untagged "First" a party or movement:
/// "New Zealand First leader Winston Peters", "Britain First". Not before another
/// capitalized word, which a title-case headline puts there ("Iraq First Vote").
pub(super) fn extend_over_first(words: &[&str], found: &mut [(usize, usize, usize)]) {
    let capitalized = |k: usize| capitalized_at(words, k);
    for index in 0..found.len() {
        let (start, end, kind) = found[index];
        if kind == PLACE
            && words.get(end) == Some(&"First")
            && !capitalized(end + 1)
            && !super::span::covers(found, end)
        {
            found[index] = (start, end + 1, ORGANIZATION);
        }
    }
}

/// Makes an untagged acronym and the city after it one club: "CSKA Moscow", "PSV
/// Eindhoven", "AEK Athens", where the tagger takes the city alone. For sports reports
/// only: elsewhere such an acronym is as often a trade term ("FOB Vancouver"). An acronym
/// the lists know as a body or place of its own stays apart ("UN Geneva", "BBC London"),
/// and so do sentences in capitals, where every word looks like an acronym.
pub(super) fn tag_club_acronyms(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    is_city: impl Fn(&str) -> bool,
    known_acronym: impl Fn(&str) -> bool,
) {
    if !words.iter().any(|w| w.chars().any(char::is_lowercase)) {
        return;
    }
    for index in 0..found.len() {
        let (start, end, kind) = found[index];
        let Some(acronym) = start.checked_sub(1).map(|k| words[k]) else {
            continue;
        };
        if kind == PLACE
            && is_acronym(acronym)
            && !super::span::covers(found, start - 1)
            && !NOT_ORGANIZATIONS.contains(&fold(acronym).as_str())
            && !known_acronym(acronym)
            && is_city(&words[start..end].join(" "))
        {
            found[index] = (start - 1, end, ORGANIZATION);
        }
    }
}

/// Whether a word is a month written in full ("February", "May"; not "Feb.").
fn is_month_in_full(word: &str) -> bool {
    word.len() >= 3 && !word.ends_with('.') && crate::dates::month_number(word).is_some()
}

/// Cuts a month written in full off the end of a name span ("OPEC February output",
/// "Bundesbank May figures": no name ends in one, "Fourth of July" aside). A span read as
/// MISC is cut only when what is left is a body the lists know, which it then is. After a
/// title or a first name the month is a surname ("Lord Justice May", "Theresa May").
pub(super) fn cut_trailing_months(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    known_organization: impl Fn(&str) -> bool,
    first_name: impl Fn(&str) -> bool,
) {
    for span in found.iter_mut() {
        let (start, mut end, kind) = *span;
        if kind != MISC && kind != ORGANIZATION {
            continue;
        }
        // "1430 CDT May 4" is a time and a date, left to the rules that know them.
        let dated = words
            .get(end)
            .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
        while !dated
            && end - start > 1
            && words[end - 2] != "of"
            && !super::people::is_title(words[end - 2])
            && !first_name(words[end - 2])
            && is_month_in_full(words[end - 1])
        {
            end -= 1;
        }
        if end == span.1 {
            continue;
        }
        // A MISC span is cut only to a known body: "1430 CDT May" stays as it was.
        if kind == ORGANIZATION {
            *span = (start, end, kind);
        } else if known_organization(&words[start..end].join(" ")) {
            *span = (start, end, ORGANIZATION);
        }
    }
}

/// Words a name goes on over in lower case ("Bank of England", "Tour de France"), as the
/// annotated news has them inside names; any other lower-case word is no part of one.
const LOWER_CASE_NAME_WORDS: &[&str] = &[
    "of", "and", "'s", "de", "&", "the", "van", "for", "in", "der", "den", "et", "al", "da", "del",
    "della", "on", "du", "des", "la", "le", "les", "do", "dos", "das", "di", "y", "e", "von", "zu",
    "am", "an", "pour", "und",
];

/// Splits a span the tagger ran on over a word news writes in lower case
/// ("N.Z. Dlrs fell, West German officials" read as one body) into the named runs on
/// either side of it. A run ending in a nationality word (`is_demonym`: "West German") is
/// MISC.
pub(super) fn split_at_sentence_words(
    words: &[&str],
    found: &mut Vec<(usize, usize, usize)>,
    is_lower_case_word: impl Fn(&str) -> bool,
    is_demonym: impl Fn(&str) -> bool,
) {
    // Not at a comma alone: "Smith Barney, Harris Upham and Co Inc" is one firm.
    let breaks = |k: usize| {
        let word = words[k];
        word.chars().next().is_some_and(char::is_lowercase)
            && !LOWER_CASE_NAME_WORDS.contains(&word)
            && is_lower_case_word(word)
    };
    // No name starts or ends with a comma or a small word ("of BBC").
    let edge = |w: &str| w == "," || LOWER_CASE_NAME_WORDS.contains(&w);
    let mut pieces = Vec::new();
    found.retain(|&(start, end, kind)| {
        if end - start < 3 || !(start + 1..end).any(breaks) {
            return true;
        }
        let mut piece_start = start;
        for k in start..=end {
            if k == end || breaks(k) {
                let mut piece_end = k;
                while piece_start < piece_end && edge(words[piece_start]) {
                    piece_start += 1;
                }
                while piece_end > piece_start && edge(words[piece_end - 1]) {
                    piece_end -= 1;
                }
                let piece = &words[piece_start..piece_end];
                // A piece is a name when it starts with a capital ("1430 CDT May" is a
                // time) and is more than a short word ("EDT") or months ("April/May").
                let too_short = piece.len() == 1 && piece[0].chars().count() <= 3;
                let months = piece.iter().all(|w| {
                    w.split('/')
                        .all(|part| crate::dates::month_number(part).is_some())
                });
                if !too_short
                    && !months
                    && piece
                        .first()
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                {
                    let kind = if piece.last().is_some_and(|w| is_demonym(w)) {
                        MISC
                    } else {
                        kind
                    };
                    pieces.push((piece_start, piece_end, kind));
                }
                piece_start = k + 1;
            }
        }
        false
    });
    found.extend(pieces);
}

/// Whether a word is a match score: "31-37", "2-1".
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()))
    })
}

/// Makes the sides of a result clubs: "Wasps 31-37 Leicester", where the tagger reads a
/// club's name as a word or a city. Two names around a score are a result anywhere; in a
/// sports report (`sports`) one name beside a score is enough. A country stays a place
/// (its national team plays under its name), and so does a person ("Federer 6-4").
pub(super) fn tag_teams_beside_scores(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    sports: bool,
    is_city: impl Fn(&str) -> bool,
) {
    let snapshot = found.to_vec();
    let name_ends_at = |k: usize| snapshot.iter().any(|&(_, end, _)| end == k);
    let name_starts_at = |k: usize| snapshot.iter().any(|&(start, _, _)| start == k);
    for span in found.iter_mut() {
        let (start, end, kind) = *span;
        let score_after = words.get(end).is_some_and(|w| is_score(w));
        let score_before = start.checked_sub(1).is_some_and(|k| is_score(words[k]));
        let result = (score_after && (sports || name_starts_at(end + 1)))
            || (score_before && (sports || start >= 2 && name_ends_at(start - 1)));
        let club_like = kind == MISC || (kind == PLACE && is_city(&words[start..end].join(" ")));
        if result && club_like {
            span.2 = ORGANIZATION;
        }
    }
}

/// Extends an organization span over a body's word the tagger left after it ("United
/// Nations Development" + "Programme"); alone such a word is a plan or a fund, no body.
pub(super) fn extend_over_trailing_body_words(words: &[&str], found: &mut [(usize, usize, usize)]) {
    const TRAILING_BODY_WORDS: &[&str] = &[
        "Programme",
        "Program",
        "Fund",
        "Organisation",
        "Organization",
        "Agency",
        "Authority",
        "Foundation",
        "Institute",
    ];
    for index in 0..found.len() {
        let (start, end, kind) = found[index];
        if kind == ORGANIZATION
            && words
                .get(end)
                .is_some_and(|w| TRAILING_BODY_WORDS.contains(w))
            && !super::span::covers(found, end)
        {
            found[index] = (start, end + 1, kind);
        }
    }
}

/// Makes a person span a body when the text gives its initials after it in brackets:
/// "Hewlett Packard (HP)", "Marks and Spencer (M&S)". News gives a person's initials so
/// all but never.
pub(super) fn tag_bodies_by_initials(words: &[&str], found: &mut [(usize, usize, usize)]) {
    for span in found.iter_mut() {
        let (start, end, kind) = *span;
        if kind != PERSON || words.get(end) != Some(&"(") || words.get(end + 2) != Some(&")") {
            continue;
        }
        let Some(acronym) = words.get(end + 1) else {
            continue;
        };
        let initials: String = words[start..end]
            .iter()
            .filter(|w| !ACRONYM_SKIP.contains(w))
            .filter_map(|w| w.chars().next())
            .collect();
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        if initials.len() >= 2 && is_acronym(&letters) && initials == letters {
            span.2 = ORGANIZATION;
        }
    }
}

/// Whether a word is an acronym in capitals ("MP", "MEP").
pub(crate) fn is_acronym(word: &str) -> bool {
    // Bytes, not chars: an ASCII capital is one byte, and the first other one settles it.
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Lower-case words that, just after a party's short name opening a sentence, show it is
/// the party ("Labour election coordinator Alan Milburn", "Tory MPs"), not a common word
/// ("Labour costs rose").
const PARTY_CONTEXT: &[&str] = &[
    "mp",
    "mps",
    "peer",
    "peers",
    "leader",
    "leaders",
    "chairman",
    "candidate",
    "candidates",
    "spokesman",
    "spokeswoman",
    "coordinator",
    "minister",
    "ministers",
    "backbencher",
    "backbenchers",
    "activists",
    "election",
    "campaign",
    "manifesto",
    "conference",
    "government",
    "rebels",
    "figures",
    "sources",
    "officials",
];

/// Tags as organizations the capitalized runs of up to three words the tagger left out
/// that the table of canonical names knows ("Tory Liam Fox", "The Tories said", "Liberal
/// Democrat leader"). One word opening the sentence is left alone ("Labour costs rose")
/// unless the tagger read it as a name or a party's word follows ("Labour election
/// coordinator"), and so is a run an untagged capitalized word goes on from ("Labour Day",
/// "Labour Minister Wolfgang Clement"), but for an acronym ("Labour MPs").
pub(super) fn tag_known_variants(words: &[&str], found: &mut Vec<(usize, usize, usize)>) {
    // A MISC span the run covers whole gives way ("Tory" read as a nationality word).
    let tagged = |k: usize, found: &[(usize, usize, usize)]| {
        found
            .iter()
            .any(|&(start, end, kind)| start <= k && k < end && kind != MISC)
    };
    let mut k = 0;
    while k < words.len() {
        let matched = (1..=3).rev().find(|&n| {
            k + n <= words.len()
                // At a sentence's start, only a name the tagger found ("Labour peer Lord
                // Dubs", where it read a nationality-like word).
                && (n > 1
                    || k > 0
                    || found
                        .iter()
                        .any(|&(start, end, kind)| start == k && end == k + n && kind == MISC)
                    || words[k + n..]
                        .iter()
                        .take(3)
                        .take_while(|w| w.chars().all(char::is_lowercase))
                        .any(|w| PARTY_CONTEXT.contains(w)))
                && words[k..k + n].iter().enumerate().all(|(i, w)| {
                    w.chars().next().is_some_and(char::is_uppercase) && !tagged(k + i, found)
                })
                && is_known_variant(&words[k..k + n].join(" "))
                // "Labour Day", "Commons Select Committee": part of a longer name the
                // tagger left out too ("Tory Liam Fox" is a label before a name).
                && !words.get(k + n).is_some_and(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !tagged(k + n, found)
                        && !is_acronym(w.strip_suffix('s').unwrap_or(w))
                })
        });
        match matched {
            Some(n) => {
                found.retain(|&(start, end, _)| end <= k || start >= k + n);
                found.push((k, k + n, ORGANIZATION));
                k += n;
            }
            None => k += 1,
        }
    }
}

/// Tags "Ex-BBC" ("ex-BBC chat show host") as an organization where the tagger left it
/// out: a body's acronym after "ex-" (the "ex-" is cut from the name later).
pub(super) fn tag_former_bodies(words: &[&str], found: &mut Vec<(usize, usize, usize)>) {
    for (k, word) in words.iter().enumerate() {
        let Some(rest) = word
            .strip_prefix("Ex-")
            .or_else(|| word.strip_prefix("ex-"))
        else {
            continue;
        };
        if !is_acronym(rest) {
            continue;
        }
        // The tagger may read the whole word as a modifier (MISC): it is the body still.
        found.retain(|&(start, end, kind)| !((start, end) == (k, k + 1) && kind == MISC));
        if !super::span::covers(found, k) {
            found.push((k, k + 1, ORGANIZATION));
        }
    }
}

/// Small words inside organization names, skipped by acronyms ("Bank of England" → BE).
pub(super) const ACRONYM_SKIP: &[&str] = &[
    "of", "the", "and", "for", "de", "la", "&", "do", "da", "dos", "das", "du", "des", "del", "di",
    "der", "und",
];

/// Whether a span names an organization: tagged so, or a MISC run ending in an
/// organization word.
fn is_organization(span: &Span) -> bool {
    span.kind == EntityKind::Organization
        || (span.kind == EntityKind::Misc
            && span.words.len() > 1
            && span
                .words
                .last()
                .is_some_and(|w| ORG_HEADS.contains(&w.to_lowercase().as_str())))
}

/// The name an organization span is written as: the possessive dropped unless it is part
/// of the name, a name split at "and" made whole. `body` is the text the span is in.
fn written_name(span: &Span, body: &str) -> String {
    let stripped = strip_possessive(&span.words);
    let name = if stripped.len() < span.words.len() && keeps_possessive(&stripped.join_words()) {
        span.words.join_words()
    } else {
        stripped.join_words()
    };
    // "McDonald" tagged without the "'s" that follows it in the text.
    let after = body.get(span.end..).unwrap_or_default();
    let name = if stripped.len() == span.words.len()
        && (after.starts_with("'s") || after.starts_with("’s"))
        && keeps_possessive(&name)
    {
        format!("{name}'s")
    } else {
        name
    };
    let before = body.get(..span.start).unwrap_or_default();
    match completes_split_name(&name, before) {
        Some(whole) => whole.to_string(),
        None => without_loose_edges(&name),
    }
}

/// A name without the words a sentence put at its edges: an article or a description
/// before it ("A Weyerhauser Co", "Toronto-based McGuinness Distillers Ltd", "Wholly-owned
/// Mobil Corp"; not the initial of "A C Goode and Co"), a weekday after two words or more
/// ("Dayton Hudson Thursday"; not "Sheffield Wednesday", a club), a small word at the end
/// ("Vickers da").
fn without_loose_edges(name: &str) -> String {
    let mut words: Vec<&str> = name.split(' ').collect();
    while words.len() > 1 {
        let first = words[0].to_lowercase();
        let describes = ["-based", "-owned", "-controlled", "-run", "-led"]
            .iter()
            .any(|suffix| first.ends_with(suffix));
        let article = matches!(words[0], "A" | "An") && words[1].chars().count() > 1;
        if article || describes {
            words.remove(0);
        } else {
            break;
        }
    }
    while words.len() > 2 && words.last().is_some_and(|w| crate::dates::is_weekday(w)) {
        words.pop();
    }
    // "OPEC February output", "Bundesbank May figures": a month after the name, written
    // in full (no body's name ends in one).
    // Not "Fourth of July".
    while words.len() > 1
        && words[words.len() - 2] != "of"
        && words.last().is_some_and(|w| is_month_in_full(w))
    {
        words.pop();
    }
    // "Vickers da" of "Vickers da Costa" cut short: a small word ends no name.
    while words.len() > 1 && words.last().is_some_and(|w| ACRONYM_SKIP.contains(w)) {
        words.pop();
    }
    without_legal_form_periods(&words.join(" "))
}

/// Files every organization span of the article under one canonical name: an acronym
/// under the long form the article gives, a variant under the table's value.
/// `is_common_word` says which words news mostly writes in lower case: after "U.S." wire
/// copy capitalizes them at times ("the U.S. Trade deficit"), and no name is made of them;
/// `known_name` whether the lists know a name (a company, a place), `known_company`
/// whether the company list does.
pub(super) fn resolve<'a>(
    spans: &'a [Span],
    body: &str,
    is_common_word: impl Fn(&str) -> bool,
    known_name: impl Fn(&str) -> bool,
    known_company: impl Fn(&str) -> bool,
) -> Vec<(String, &'a Span)> {
    // "Squad", "Tests", "Nature", "Who": one everyday word the tagger took for a body, with
    // nothing in the article or the lists to say it is one ("firm Sharp", "Nationwide
    // building society", "The Times" are; so is a place's name, which clubs take).
    let one_word_names = spans.iter().filter_map(|span| match span.words.as_slice() {
        [word] => Some((word, span)),
        _ => None,
    });
    let said_to_be_bodies: HashSet<&String> = one_word_names
        .clone()
        .filter(|(word, span)| {
            super::cues::says_organization(span.previous.as_deref(), span.next.as_deref(), word)
        })
        .map(|(word, _)| word)
        .collect();
    // "Slack" after "Slack Technologies Inc": the short form of a company's name the
    // article gives.
    let opening_longer_names: HashSet<&String> = spans
        .iter()
        .filter(|span| {
            is_organization(span) && span.words.len() > 1 && has_organization_head(&span.words)
        })
        .map(|span| &span.words[0])
        .collect();
    let lone_everyday_words: HashSet<&String> = one_word_names
        .filter(|(_, span)| is_organization(span))
        .map(|(word, _)| word)
        .filter(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().skip(1).all(char::is_lowercase)
                && is_common_word(&word.to_lowercase())
                && !is_known_variant(word)
                && !known_name(word)
                && !said_to_be_bodies.contains(word)
                && !opening_longer_names.contains(word)
        })
        .collect();
    let named: Vec<(&Span, String)> = spans
        .iter()
        .filter(|span| is_organization(span))
        .map(|span| (span, written_name(span, body)))
        .filter(|(span, name)| {
            let lower = name.to_lowercase();
            !NOT_ENTITIES.contains(&lower.as_str())
                && !NOT_ORGANIZATIONS.contains(&lower.as_str())
                && !is_country_and_common_words(&lower, &is_common_word)
                // "de Paris" is the tail of a name ("eBay" is a name).
                && !name.split(' ').next().is_some_and(|first| {
                    super::people::NAME_PARTICLES.contains(&first)
                })
                && !PORTFOLIOS.contains(&lower.trim_end_matches([',', '.', ';', ':']))
                && !ends_in_a_role(name)
                && !is_event(name)
                && !opens_an_event_name(span)
                && !is_a_name_s_generic_tail(name)
                && !spells_out_a_thing(span, body)
                // "a phase III study", "Sen.": a numeral or a title alone names nobody.
                && !is_roman_numeral(name)
                && (name.contains(' ') || !super::people::is_title(name))
                && !lone_everyday_words.contains(name)
                // "N.Y.", "No.", "Jan.", "S.A." alone: an abbreviation of a place, a word or
                // a legal form, in a table or after a comma, names no body ("U.N." does).
                && (name.contains(' ') || !name.ends_with('.') || is_known_variant(name))
        })
        .collect();
    // The initials of the places and other names the article spells out: an acronym of
    // one ("NSW" after "New South Wales", "IE" after "Internet Explorer", "AMA" after
    // "Assistive Mouse Adapter", typed a person) is no company.
    // A run of lower-case words spelled out before an acronym in parentheses names no
    // body either ("progressive multifocal leukoencephalopathy (PML)").
    let other_initials: HashSet<String> = spans
        .iter()
        .filter(|span| !is_organization(span) && span.words.len() > 1)
        .map(|span| initials(&span.words.join(" ")))
        .chain(
            spans
                .iter()
                .filter(|span| is_organization(span))
                .filter_map(|span| lower_case_words_spelled_out_before(body, span)),
        )
        .collect();
    // Initials → the organization names with them, in order, for acronym lookups.
    let mut long_forms: HashMap<String, Vec<&String>> = HashMap::new();
    for (_, candidate) in &named {
        // "IBM" is "International Business Machines Corp", "TWA" "Trans World Airlines
        // Inc": acronyms leave the legal form out.
        let mut words: Vec<&str> = candidate.split(' ').collect();
        while words.len() > 2
            && words
                .last()
                .is_some_and(|w| is_legal_form(w.trim_end_matches([',', '.'])))
        {
            words.pop();
        }
        let without_legal_form = initials(&words.join(" "));
        let with_legal_form = initials(candidate);
        if without_legal_form != with_legal_form {
            long_forms
                .entry(without_legal_form)
                .or_default()
                .push(candidate);
        }
        long_forms
            .entry(with_legal_form)
            .or_default()
            .push(candidate);
    }
    // Wire copy follows a company's first mention with its ticker: "Waste Management Inc
    // <WMX>", "American Can Co <AC.N>". The ticker, there or later, is that company.
    let mut tickers: HashMap<&str, &String> = HashMap::new();
    for (span, name) in &named {
        // An acronym the alias table knows keeps the table's value ("the US Securities
        // Exchange Commission (SEC)" is the Securities and Exchange Commission).
        if let Some(ticker) = ticker_after(body.get(span.end..).unwrap_or_default())
            && !is_known_variant(ticker)
        {
            tickers.entry(ticker).or_insert(name);
        }
    }
    let acronym_of_no_organization = |name: &str| {
        !is_known_variant(name)
            && acronym_letters(name).is_some_and(|letters| {
                other_initials.contains(&letters)
                    && !long_forms
                        .get(&letters)
                        .is_some_and(|forms| forms.iter().any(|form| *form != name))
            })
    };
    let mut resolved: Vec<(String, &Span)> = named
        .iter()
        .filter(|(_, name)| !acronym_of_no_organization(name))
        .map(|(span, name)| {
            if let Some(company) = tickers.get(name.as_str()).filter(|c| **c != name) {
                return (canonical(company), *span);
            }
            let long = acronym_letters(name).and_then(|letters| {
                long_forms
                    .get(&letters)?
                    .iter()
                    .find(|candidate| **candidate != name)
                    .map(|candidate| candidate.to_string())
            });
            (canonical(long.as_deref().unwrap_or(name)), *span)
        })
        .collect();
    merge_variants(&mut resolved, &known_company);
    // After acronyms and short forms have met their long form: "PSBR" and "Louvre" go with
    // "Public Sector Borrowing Requirement" and "Louvre Accord".
    resolved.retain(|(name, _)| !name.is_empty() && !is_instrument(name));
    resolved
}

/// What the variants of one organization share: folded words without a leading "the",
/// commas, legal forms and the "and" of "and Co"; "&" read as "and"; "Finance Ministry"
/// read as "Ministry of Finance".
fn variant_key(name: &str) -> Vec<String> {
    // "McDonalds" is "McDonald's".
    let folded = fold(name)
        .replace('&', " and ")
        .replace(',', " ")
        .replace(['\'', '’'], "");
    let mut words: Vec<String> = folded
        .split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        // "Salesforce.com Inc" is "Salesforce", "Amazon.com" "Amazon".
        .map(|w| {
            w.strip_suffix(".com")
                .filter(|rest| !rest.is_empty())
                .unwrap_or(w)
        })
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    // The words are folded: "SE" is "se" here, inside a name known to be an organization's.
    let legal_form = |w: &str| {
        is_legal_form(w)
            || LEGAL_FORMS_AS_WRITTEN
                .iter()
                .any(|form| form.eq_ignore_ascii_case(w))
    };
    while words.len() > 1 && words.last().is_some_and(|w| legal_form(w) || w == "and") {
        words.pop();
    }
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "ministry" | "department"))
        && !words.iter().any(|w| w == "of")
        && let Some(head) = words.pop()
    {
        words.insert(0, "of".to_string());
        words.insert(0, head);
    }
    words
}

/// The forms one organization is written in, each with its number of mentions.
type WrittenForms = Vec<(String, usize)>;

/// Files the variants of one organization in an article under one value: the same name
/// with or without its legal form ("Salomon Brothers Inc", "Salomon Brothers"), a short
/// form that begins the full one ("Salomon", "Merrill Lynch" beside "Merrill Lynch Capital
/// Markets") or ends a two-word one ("Bosch" beside "Robert Bosch"), a bare "Ministry" beside the one ministry named. A short form that is itself
/// a company ("Noranda Inc" beside "Noranda Forest Inc") or that begins two different
/// names stays apart. Each is filed under its fullest variant's most written form; a bare
/// organization word that names none ("Commission") is left empty, for the caller to drop.
fn merge_variants(resolved: &mut [(String, &Span)], known_company: impl Fn(&str) -> bool) {
    // Key → (written form → mentions), in order of first mention; each name's group.
    let mut groups: Vec<(Vec<String>, WrittenForms)> = Vec::new();
    let mut group_of_key: HashMap<Vec<String>, usize> = HashMap::new();
    let mut group_of_name: Vec<usize> = Vec::with_capacity(resolved.len());
    for (name, _) in resolved.iter() {
        let key = variant_key(name);
        let at = *group_of_key.entry(key.clone()).or_insert_with(|| {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        group_of_name.push(at);
        let forms = &mut groups[at].1;
        match forms.iter_mut().find(|(form, _)| form == name) {
            Some((_, count)) => *count += 1,
            None => forms.push((name.clone(), 1)),
        }
    }
    // Word → the groups of two or more words that contain it, to find fuller names fast.
    let mut containing: HashMap<&str, Vec<usize>> = HashMap::new();
    for (g, (key, _)) in groups.iter().enumerate().filter(|(_, (k, _))| k.len() > 1) {
        let mut words: Vec<&str> = key.iter().map(String::as_str).collect();
        words.sort_unstable();
        words.dedup();
        for word in words {
            containing.entry(word).or_default().push(g);
        }
    }
    let is_prefix = |short: &[String], long: &[String]| {
        short.len() < long.len() && long[..short.len()] == *short
    };
    // "Radio 1" of "BBC Radio 1", "Cyber Security Division" of "National Cyber Security
    // Division": two words or more that end a fuller name, not as its object ("Media" of
    // "Centre for Children and Media").
    let is_suffix = |short: &[String], long: &[String]| {
        short.len() >= 2
            && short.len() < long.len()
            && long[long.len() - short.len()..] == *short
            && !matches!(
                long[long.len() - short.len() - 1].as_str(),
                "of" | "for" | "and" | "on" | "de"
            )
    };
    let is_generic = |key: &[String]| key.len() == 1 && ORG_HEADS.contains(&key[0].as_str());
    // A body the table knows keeps its own value beside a longer name ending in it
    // ("Labour Party" beside "Scottish Labour Party")...
    let known: Vec<bool> = groups
        .iter()
        .map(|(_, forms)| forms.iter().any(|(form, _)| is_known_variant(form)))
        .collect();
    // ...and "US Department of Justice" is the "Department of Justice" the article names.
    let country_qualified: Vec<Option<usize>> = groups
        .iter()
        .map(|(key, _)| {
            let qualifier = matches!(key[0].as_str(), "us" | "u.s" | "uk" | "u.k");
            (qualifier && key.len() >= 3)
                .then(|| group_of_key.get(&key[1..]).copied())
                .flatten()
        })
        .collect();
    // Whether a group is written with a legal form ("Salomon Brothers Inc") somewhere.
    let written_as_company: Vec<bool> = groups
        .iter()
        .map(|(_, forms)| {
            forms
                .iter()
                .any(|(form, _)| form.split_whitespace().last().is_some_and(is_legal_form))
        })
        .collect();
    // Each group's target: itself, or the one fuller group it is a short form of.
    let targets: Vec<usize> = (0..groups.len())
        .map(|g| {
            let (key, forms) = &groups[g];
            let acronym = forms
                .iter()
                .all(|(form, _)| acronym_letters(form).is_some());
            if written_as_company[g] || acronym {
                return g;
            }
            if let Some(unqualified) = country_qualified[g] {
                return unqualified;
            }
            let generic = is_generic(key);
            let fuller: Vec<usize> = containing
                .get(key[0].as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|&other| {
                    let long = &groups[other].0;
                    // "Bosch" after "Robert Bosch", "Lanston" after "Aubrey G. Lanston and Co
                    // Inc": a company named for its founder, by the surname.
                    let mut named_end = long.len();
                    while named_end > 1
                        && (is_legal_form(&long[named_end - 1])
                            || matches!(long[named_end - 1].as_str(), "and" | "&"))
                    {
                        named_end -= 1;
                    }
                    let surname_of = key.len() == 1
                        && (2..=3).contains(&named_end)
                        && long[named_end - 1] == key[0];
                    let ends =
                        is_suffix(key, long) && !known[g] && country_qualified[other] != Some(g);
                    // "Microsoft" is no short form of "Microsoft Windows Client", nor
                    // "Vodafone" of "Vodafone Live": a company the lists know begins a longer
                    // name that is its product or part, unless a company's word says the
                    // longer one is a company too ("Salomon Brothers", "Sony Pictures").
                    let product_of_known_company = key.len() == 1
                        && forms.iter().any(|(form, _)| known_company(form))
                        && !written_as_company[other]
                        && !long[1..].iter().any(|w| {
                            has_organization_head(std::slice::from_ref(w))
                                || GENERIC_NAME_WORDS.contains(&w.as_str())
                                || matches!(w.as_str(), "motor" | "investors" | "service")
                        });
                    let prefix = is_prefix(key, long) && !product_of_known_company;
                    generic || prefix || ends || surname_of
                })
                .collect();
            // The fullest candidate, when every other candidate begins or ends it.
            let Some(&fullest) = fuller.iter().max_by_key(|&&other| groups[other].0.len()) else {
                return g;
            };
            let chain = fuller.iter().all(|&other| {
                let (part, whole) = (&groups[other].0, &groups[fullest].0);
                other == fullest || is_prefix(part, whole) || is_suffix(part, whole)
            });
            if chain { fullest } else { g }
        })
        .collect();
    // A country-qualified name goes where its unqualified form goes.
    let targets: Vec<usize> = targets.iter().map(|&t| targets[t]).collect();
    for ((name, _), &g) in resolved.iter_mut().zip(&group_of_name) {
        let key = &groups[g].0;
        // "the Commission", "Bank" alone: which one, the article does not say.
        *name = if targets[g] == g && is_generic(key) && !NAMED_BODIES.contains(&key[0].as_str()) {
            String::new()
        } else {
            groups[targets[g]]
                .1
                .iter()
                .max_by_key(|(form, count)| (*count, form.len()))
                .map(|(form, _)| form.clone())
                .unwrap_or_default()
        };
    }
}

/// Organization words that name one body in the article's country on their own.
const NAMED_BODIES: &[&str] = &["parliament", "police", "army", "navy", "senate"];

/// The ticker or acronym that opens `text` in angle brackets or parentheses, after a
/// possessive at times ("<WMX>", " <AC.N>" → "AC", "' (AXP)" → "AXP"), if any.
fn ticker_after(text: &str) -> Option<&str> {
    // "American Express' <AXP>", "American Express Co (AXP)".
    let text = text.trim_start();
    let text = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|possessive| text.strip_prefix(possessive))
        .unwrap_or(text)
        .trim_start();
    let (inner, close) = match text.strip_prefix('<') {
        Some(inner) => (inner, '>'),
        None => (text.strip_prefix('(')?, ')'),
    };
    let inner = &inner[..inner.find(close)?];
    let ticker = inner.split('.').next()?;
    ((1..=6).contains(&ticker.len()) && ticker.bytes().all(|b| b.is_ascii_uppercase()))
        .then_some(ticker)
}

/// The letters of a name that can be an acronym (2 to 8 capitals: "NATO", "U.N."), else None.
fn acronym_letters(short: &str) -> Option<String> {
    let letters: Vec<char> = short.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals: String = letters.iter().filter(|c| c.is_uppercase()).collect();
    // A lower-case letter stands for a small word the initials skip ("BoE", "DfES"), one
    // at a time: "Sony" is no acronym.
    let small_words_only = letters.first().is_some_and(|c| c.is_uppercase())
        && letters.last().is_some_and(|c| c.is_uppercase())
        && letters
            .windows(2)
            .all(|pair| pair[0].is_uppercase() || pair[1].is_uppercase());
    let is_acronym = (2..=8).contains(&capitals.chars().count()) && small_words_only;
    is_acronym.then_some(capitals)
}

/// The upper-cased initials of a long name, small words skipped ("Bank of England" → "BE",
/// "United Nations Conference on Trade and Development" → "UNCTAD").
pub(super) fn initials(long: &str) -> String {
    long.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            let lower = w.to_lowercase();
            !w.is_empty() && !ACRONYM_SKIP.contains(&lower.as_str()) && lower != "on"
        })
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

/// Names whose "'s" is part of the name (folded, without it).
const POSSESSIVE_NAMES: &[&str] = &[
    "moody",
    "mcdonald",
    "sainsbury",
    "lloyd",
    "christie",
    "sotheby",
    "macy",
    "kellogg",
    "wendy",
    "domino",
    "lowe",
    "kohl",
    "dillard",
    "denny",
    "hardee",
    "friendly",
    "applebee",
    "chili",
    "levi",
    "harrah",
    "toys r us",
    "standard & poor",
    "standard and poor",
];

/// Variants (folded) → the one value filed: the full name, as the librarians' guidelines
/// file organizations (an acronym alone is merged by the article's own long form).
const CANONICAL: &[(&str, &str)] = &[
    ("standard & poor's", "Standard & Poor's"),
    ("standard and poor's", "Standard & Poor's"),
    ("standard & poor's corp", "Standard & Poor's"),
    ("standard and poor's corp", "Standard & Poor's"),
    ("standard and poors", "Standard & Poor's"),
    ("s&p", "Standard & Poor's"),
    ("moody's", "Moody's"),
    ("moody's investors service", "Moody's"),
    ("moody's investors service inc", "Moody's"),
    ("lib dems", "Liberal Democrats"),
    ("lib dem", "Liberal Democrats"),
    ("liberal democrat", "Liberal Democrats"),
    ("liberal democrat party", "Liberal Democrats"),
    ("liberal democrats", "Liberal Democrats"),
    ("eu", "European Union"),
    ("european union", "European Union"),
    ("ec", "European Community"),
    ("eec", "European Community"),
    ("european community", "European Community"),
    ("european economic community", "European Community"),
    ("imf", "International Monetary Fund"),
    ("international monetary fund", "International Monetary Fund"),
    ("un", "United Nations"),
    ("u.n.", "United Nations"),
    ("united nations", "United Nations"),
    ("fed", "Federal Reserve"),
    ("federal reserve", "Federal Reserve"),
    ("federal reserve board", "Federal Reserve"),
    ("u.s. federal reserve", "Federal Reserve"),
    ("sec", "Securities and Exchange Commission"),
    (
        "securities and exchange commission",
        "Securities and Exchange Commission",
    ),
    (
        "u.s. securities and exchange commission",
        "Securities and Exchange Commission",
    ),
    ("lords", "House of Lords"),
    ("commons", "House of Commons"),
    ("labour", "Labour Party"),
    ("labour party", "Labour Party"),
    ("the labour party", "Labour Party"),
    ("conservatives", "Conservative Party"),
    ("conservative party", "Conservative Party"),
    ("tories", "Conservative Party"),
    ("tory party", "Conservative Party"),
    ("tory", "Conservative Party"),
    ("usda", "U.S. Agriculture Department"),
    ("u.s. agriculture department", "U.S. Agriculture Department"),
    ("agriculture department", "U.S. Agriculture Department"),
    // Brands named with an honorific, which the name lists have only inside their owner's
    // name ("Keurig Dr Pepper"): no person's.
    ("dr pepper", "Dr Pepper"),
    ("dr. pepper", "Dr Pepper"),
    ("dr martens", "Dr Martens"),
    ("dr. martens", "Dr Martens"),
    ("dr oetker", "Dr Oetker"),
    ("dr. oetker", "Dr Oetker"),
    ("mr kipling", "Mr Kipling"),
    ("mr muscle", "Mr Muscle"),
];

/// Whether the table files `name` under a value of its own ("Tories"): then the name is
/// an organization, whatever the tagger said.
pub fn is_known_variant(name: &str) -> bool {
    static VARIANTS: std::sync::LazyLock<HashSet<&'static str>> =
        std::sync::LazyLock::new(|| CANONICAL.iter().map(|(variant, _)| *variant).collect());
    VARIANTS.contains(fold(name.trim()).as_str())
}

/// Whether a span is the spelt-out name of an acronym of a thing, which the text gives
/// after it in brackets: "Really Simple Syndication (RSS)", "Gross Domestic Product (GDP)".
fn spells_out_a_thing(span: &Span, body: &str) -> bool {
    let Some(after) = body.get(span.end..) else {
        return false;
    };
    let Some((acronym, _)) = after
        .trim_start()
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
    else {
        return false;
    };
    span.words.len() > 1 && NOT_ORGANIZATIONS.contains(&fold(acronym.trim()).as_str())
}

/// Acronyms of things, not organizations ("MP", "PC", "DVD"), folded.
const NOT_ORGANIZATIONS: &[&str] = &[
    // Measures of the money supply.
    "m0",
    "m1",
    "m2",
    "m3",
    // Members of parliaments and assemblies: people, not the body.
    "mp",
    "mps",
    "mep",
    "meps",
    "msp",
    "msps",
    "mla",
    "mlas",
    "pc",
    "pcs",
    "dvd",
    "dvds",
    "cd",
    "cds",
    "tv",
    "rss",
    "gnp",
    "gdp",
    "ceo",
    "agm",
    "vat",
    "pr",
    "aids",
    "hiv",
    "dna",
    "sms",
    "mp3",
    "gps",
    "usb",
    "lcd",
    "hdtv",
    "pda",
    "wifi",
    "wi-fi",
    "3g",
    "drm",
    "adsl",
    "dvb-h",
    "hsdpa",
    "voip",
    "gsm",
    "gprs",
    "vhs",
    "pvr",
    "hd",
    "lng",
    "id",
    "diy",
    // Roles and honours after a name ("Guy Mansfield QC", "Bob Geldof KBE").
    "qc",
    "dj",
    "djs",
    "obe",
    "mbe",
    "cbe",
    "kbe",
    "nn",
    "nni",
    "aaa",
    "states",
    // The finance minister's yearly statement ("the Budget"), no body.
    "budget",
    // Adjectives a capital turns into a name ("Federal", "U.S. Economic" growth).
    "federal",
    "economic",
    "national",
    "international",
    "global",
    "central",
    "third world",
];

/// Plural common nouns a capital after a country's abbreviation turns into a name ("U.S.
/// Banks", "U.K. Stocks"), lower case.
const COMMON_PLURALS: &[&str] = &[
    "banks",
    "companies",
    "firms",
    "officials",
    "stocks",
    "shares",
    "bonds",
    "markets",
    "producers",
    "exporters",
    "importers",
    "traders",
    "dealers",
    "farmers",
    "investors",
    "analysts",
    "sources",
    "economists",
    "interests",
];

/// Whether a (lower-case) name is a country's abbreviation and words that name nothing:
/// "u.s. economic" growth, "u.s. banks", "u.k. stocks": a country and words that name no
/// organization. After "U.S." or "U.K.", one word news writes in lower case is no name
/// either: wire copy capitalizes it at times ("the U.S. Trade deficit", "the U.K.
/// Economy"), unless it is a body's head word ("U.S. Government", "U.S. Navy"). Longer
/// names are left alone ("British Retail Consortium", "U.K. Intervention Board").
fn is_country_and_common_words(lower: &str, is_common_word: impl Fn(&str) -> bool) -> bool {
    let Some((country, rest)) = lower.split_once(' ') else {
        return false;
    };
    let common = |word: &str| NOT_ORGANIZATIONS.contains(&word) || COMMON_PLURALS.contains(&word);
    let capitalized_by_the_wire = matches!(country, "u.s." | "us" | "u.k." | "uk" | "u.s")
        && !rest.contains(' ')
        && is_common_word(rest)
        && !ORG_HEADS.contains(&rest)
        && !BODIES_OF_STATE.contains(&rest);
    matches!(
        country,
        "u.s." | "us" | "u.k." | "uk" | "u.s" | "american" | "british"
    ) && (rest.split(' ').all(common) || capitalized_by_the_wire)
}

/// A minister's field, left alone when a role is cut from a name ("Trade Representative
/// Clayton Yeutter", "Culture Secretary Tessa Jowell"): no organization by itself.
const PORTFOLIOS: &[&str] = &[
    "trade",
    "finance",
    "industry",
    "health",
    "culture",
    "defence",
    "defense",
    "energy",
    "agriculture",
    "transport",
    "education",
    "environment",
    "interior",
    "justice",
    "home",
    "economy",
    "commerce",
    "foreign",
    "employment",
    "housing",
    "transportation",
];

/// Words news writes in lower case that name a country's body after its name ("U.S.
/// Government", "U.S. Navy", "U.K. Treasury").
const BODIES_OF_STATE: &[&str] = &[
    "government",
    "administration",
    "treasury",
    "military",
    "embassy",
    "consulate",
    "customs",
    "marines",
];

/// Whether a name ends in a role with no body named before it ("U.K. Chancellor", "U.S.
/// Trade Representative" is a body; "Chancellor" after a country is a person's title).
fn ends_in_a_role(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() > 1
        && words.last().is_some_and(|last| {
            matches!(
                last.to_lowercase().as_str(),
                "chancellor"
                    | "president"
                    | "premier"
                    | "secretary"
                    | "spokesman"
                    | "chairman"
                    | "minister"
            )
        })
        && words[..words.len() - 1].iter().all(|w| {
            let lower = w.to_lowercase();
            // "Foreign Secretary", "Shadow Home Secretary": a portfolio's role.
            let portfolio = PORTFOLIOS.contains(&lower.as_str())
                || matches!(
                    lower.as_str(),
                    "shadow" | "treasury" | "labor" | "labour" | "state"
                );
            portfolio
                || (w.chars().any(char::is_uppercase)
                    && !ORG_HEADS.contains(&lower.as_str())
                    && w.len() <= 5)
        })
}

/// Last words of events, awards, shows and competitions, which are no organizations
/// ("Bafta Interactive Awards", "Consumer Electronics Show", "World Cup", "Super Bowl",
/// "World Series"), lower case.
const EVENT_HEADS: &[&str] = &[
    "awards",
    "award",
    "festival",
    "show",
    "cup",
    "championship",
    "championships",
    "games",
    "olympics",
    "prize",
    "trophy",
    "tournament",
    "expo",
    "week",
    "marathon",
    "grand prix",
    "bowl",
    "series",
    "premiership",
    "grand slam",
    "regatta",
    "rally",
    "test",
];

/// Competitions named like bodies ("Champions League", "Six Nations"), lower case.
const COMPETITIONS: &[&str] = &[
    "champions league",
    "europa league",
    "six nations",
    "tri-nations",
    "tri nations",
    "four nations",
    "five nations",
];

/// Whether a name is the first part of an event's name the tagger cut short: "Rugby
/// World" of "Rugby World Cup", "Heineken" of "Heineken Cup". The head must be capitalized
/// ("the BBC awards" are the BBC's); awards and prizes are left out, since the body that
/// gives them is an organization ("Bafta Awards").
fn opens_an_event_name(span: &Span) -> bool {
    const EVENT_HEADS_AFTER_A_NAME: &[&str] = &[
        "cup",
        "championship",
        "championships",
        "games",
        "olympics",
        "trophy",
        "tournament",
        "open",
        "marathon",
        "regatta",
        "festival",
        "bowl",
    ];
    span.next.as_deref().is_some_and(|next| {
        next.chars().next().is_some_and(char::is_uppercase)
            && EVENT_HEADS_AFTER_A_NAME.contains(&next.to_lowercase().as_str())
    })
}

/// The initials of the lower-case words an acronym in parentheses spells out, when the
/// span is such an acronym and they do: "leukoencephalopathy (PML)" after "progressive
/// multifocal". Capitalized words are left to the tagger, which types them.
fn lower_case_words_spelled_out_before(body: &str, span: &Span) -> Option<String> {
    let letters = acronym_letters(&span.words.join(" "))?;
    let before = body.get(..span.start)?.trim_end().strip_suffix('(')?;
    let wanted = letters.chars().count();
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .filter(|w| !ACRONYM_SKIP.contains(&w.to_lowercase().as_str()))
        .take(wanted)
        .collect();
    let spelled: String = words
        .iter()
        .rev()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase();
    let lower_case = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_lowercase));
    (lower_case && words.len() == wanted && spelled == letters).then_some(letters)
}

/// Whether an organization-like name is an event ("Bafta Interactive Awards").
fn is_event(name: &str) -> bool {
    let name = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let ends_in = |head: &str| name == head || name.ends_with(&format!(" {head}"));
    // "Australian Open", "US Open": a tournament; "Open" alone says nothing.
    EVENT_HEADS.iter().any(|head| ends_in(head))
        || name.ends_with(" open")
        || COMPETITIONS.iter().any(|competition| ends_in(competition))
}

/// Last words of what bodies make or sign rather than of bodies: laws, treaties, plans,
/// programmes, indexes and rates ("Tax Reform Act", "Louvre Accord", "Export Enhancement
/// Program", "London Interbank Offered Rate"), lower case.
const INSTRUMENT_HEADS: &[&str] = &[
    "act",
    "bill",
    "agreement",
    "accord",
    "treaty",
    "convention",
    "protocol",
    "plan",
    "program",
    "programme",
    "policy",
    "index",
    "rate",
    "requirement",
    "round",
];

/// Whether an organization-like name is a law, treaty, plan or index (`INSTRUMENT_HEADS`)
/// or a currency unit. A name holding a body's head word or a legal form stays an
/// organization ("Office of Management and Budget", "National Commission on Dairy
/// Policy"), and so do the world bodies named "... Programme" ("United Nations
/// Development Programme", "World Food Programme").
fn is_instrument(name: &str) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    let body = words
        .iter()
        .any(|w| ORG_HEADS.contains(&w.as_str()) || is_legal_form(w));
    let world_body = matches!(
        words[0].as_str(),
        "united" | "un" | "u.n" | "world" | "international"
    ) && matches!(last.as_str(), "program" | "programme");
    let currency = words.len() >= 2
        && words[words.len() - 2] == "currency"
        && matches!(last.as_str(), "unit" | "units");
    // "Series NN" bonds.
    let bond_series = words.len() == 2 && words[0] == "series";
    // Technologies named like bodies: "Digital Rights Management", "Asymmetric Digital
    // Subscriber Line", "Digital Video Broadcasting Handheld".
    let joined = words.join(" ");
    let technology = [
        "rights management",
        "subscriber line",
        "broadcasting handheld",
    ]
    .iter()
    .any(|tail| joined.ends_with(tail));
    currency
        || bond_series
        || technology
        || (INSTRUMENT_HEADS.contains(&last.as_str()) && !body && !world_body)
}

/// Whether `name` (without its "'s") is a name that keeps it.
pub fn keeps_possessive(name: &str) -> bool {
    POSSESSIVE_NAMES.contains(&fold(name).as_str())
}

/// The value filed for an organization name: its canonical form when the table knows it,
/// a final legal form written without periods.
pub fn canonical(name: &str) -> String {
    let key = fold(name.trim());
    CANONICAL
        .iter()
        .find(|(variant, _)| *variant == key)
        .map_or_else(
            || without_legal_form_periods(name.trim()),
            |(_, value)| value.to_string(),
        )
}

/// "Hertz Corp." is "Hertz Corp", "Quantum Fund N.V." "Quantum Fund NV": one value (and
/// one filter) however the wire wrote the legal form.
fn without_legal_form_periods(name: &str) -> String {
    match name.rsplit_once(' ') {
        Some((rest, last)) if last.ends_with('.') && is_legal_form(last) => {
            format!("{rest} {}", last.replace('.', ""))
        }
        _ => name.to_string(),
    }
}

/// "Poor's" whose text is preceded by "Standard and " or "Standard & ": the tagger split
/// the name at "and". `text_before` is all the text before the name.
pub fn completes_split_name(name: &str, text_before: &str) -> Option<&'static str> {
    let poor = matches!(fold(name).as_str(), "poor" | "poor's" | "poors");
    // Bytes, not characters: only the ASCII tail is compared, wherever characters start.
    let before = text_before.trim_end().as_bytes();
    let ends_with = |words: &[u8]| {
        before.len() >= words.len()
            && before[before.len() - words.len()..].eq_ignore_ascii_case(words)
    };
    (poor && (ends_with(b"standard and") || ends_with(b"standard &")))
        .then_some("Standard & Poor's")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_and_between_two_names_the_tagger_found_apart_parts_them_unless_one_name_is_whole() {
        // (sentence, the tagger's spans, the "and"'s position, whether it parts two names)
        type Case = (&'static str, &'static [(usize, usize, usize)], usize, bool);
        let cases: [Case; 6] = [
            (
                "Goldman Sachs and Qatalyst Partners advised",
                &[(0, 2, 3), (3, 5, 3)],
                2,
                true,
            ),
            (
                "said Paul Volcker and International Monetary Fund",
                &[(1, 3, 1), (4, 7, 3)],
                3,
                true,
            ),
            (
                "Bank of Bahrain and Kuwait",
                &[(0, 3, 3), (4, 5, 2)],
                3,
                false,
            ),
            (
                "African and Malagasy Coffee Organization",
                &[(0, 1, 4), (2, 5, 3)],
                1,
                false,
            ),
            (
                "LTV Missiles and Electronics Group",
                &[(0, 2, 3), (3, 5, 3)],
                2,
                false,
            ),
            (
                "MacAndrews and Forbes Holdings",
                &[(0, 1, 1), (2, 4, 3)],
                1,
                false,
            ),
        ];
        for (sentence, found, k, parts) in cases {
            let words: Vec<&str> = sentence.split(' ').collect();
            let joined = and_joins_two_names(
                &words,
                found,
                k,
                |name| matches!(name, "Bahrain" | "Kuwait"),
                |word| !matches!(word, "electronics" | "international"),
                |name| matches!(name, "Goldman Sachs" | "MacAndrews & Forbes"),
            );
            assert_eq!(joined, parts, "{sentence}");
        }
    }

    #[test]
    fn the_first_words_of_an_event_s_name_are_no_organization() {
        let before = |words: &[&str], next: &str| Span {
            kind: EntityKind::Organization,
            words: words.iter().map(|w| w.to_string()).collect(),
            start: 0,
            end: 0,
            previous: None,
            next: Some(next.to_string()),
        };
        let spans = [
            before(&["Rugby", "World"], "Cup"),
            before(&["BBC"], "awards"),
            before(&["Sony"], "Awards"),
            before(&["Arsenal"], "and"),
        ];
        let body = "";
        let kept: Vec<String> = resolve(&spans, body, |_| false, |_| false, |_| false)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(kept, ["BBC", "Sony", "Arsenal"]);
    }

    #[test]
    fn a_person_of_an_organization_is_a_person_and_an_organization() {
        let split = |sentence: &str, found: &[(usize, usize, usize)]| {
            let words: Vec<&str> = sentence.split(' ').collect();
            let mut found = found.to_vec();
            split_person_of_organization(
                &words,
                &mut found,
                |w| matches!(w, "Jeffrey" | "Jelena" | "Royal" | "Liberty"),
                |w| !matches!(w, "House" | "Dutch"),
                |name| name == "Serbia",
            );
            found.sort();
            found
                .iter()
                .map(|&(s, e, t)| (words[s..e].join(" "), t))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            split("said Jeffrey Leeds of Chemical Bank .", &[(1, 6, 3)]),
            [
                ("Jeffrey Leeds".to_string(), 1),
                ("Chemical Bank".to_string(), 3)
            ]
        );
        assert_eq!(
            split("beat Jelena Jankovic of Serbia", &[(1, 5, 3)]),
            [
                ("Jelena Jankovic".to_string(), 1),
                ("Serbia".to_string(), 2)
            ]
        );
        // An organization word before "of", or no first name: one organization.
        assert_eq!(
            split("the Royal Bank of Canada", &[(1, 5, 3)]),
            [("Royal Bank of Canada".to_string(), 3)]
        );
        assert_eq!(
            split("the Chicago Board of Trade", &[(1, 5, 3)]),
            [("Chicago Board of Trade".to_string(), 3)]
        );
        assert_eq!(
            split("Liberty House of California", &[(0, 4, 3)]),
            [("Liberty House of California".to_string(), 3)]
        );
        assert_eq!(
            split("the Royal Academy of Arts", &[(1, 5, 3)]),
            [("Royal Academy of Arts".to_string(), 3)]
        );
    }

    #[test]
    fn a_station_number_is_part_of_the_broadcaster_name() {
        let words = [
            "on", "BBC", "Radio", "4", "'s", "Today", "and", "Radio", "2010",
        ];
        let mut found = vec![(1, 3, 3), (5, 6, 3), (7, 8, 3)];
        extend_numbered_stations(&words, &mut found);
        // A year is no station number; "Today" is no broadcaster's name.
        assert_eq!(found, [(1, 4, 3), (5, 6, 3), (7, 8, 3)]);
        let mut person = vec![(1, 3, 1)];
        extend_numbered_stations(&words, &mut person);
        assert_eq!(person, [(1, 3, 1)]);
    }

    #[test]
    fn variants_are_one_value_and_possessive_names_stay_whole() {
        assert_eq!(canonical("Lib Dems"), "Liberal Democrats");
        assert_eq!(canonical("Liberal Democrat"), "Liberal Democrats");
        assert_eq!(canonical("Standard and Poor's Corp"), "Standard & Poor's");
        assert_eq!(canonical("Moody's Investors Service Inc"), "Moody's");
        assert_eq!(canonical("Acme Widgets"), "Acme Widgets");
        assert!(keeps_possessive("Moody"));
        assert!(!keeps_possessive("Putin"));
        assert_eq!(
            completes_split_name("Poor's", "said Standard and "),
            Some("Standard & Poor's")
        );
    }

    #[test]
    fn a_company_name_runs_back_over_and_between_its_own_words() {
        let names = |sentence: &str| -> Vec<String> {
            let words: Vec<&str> = sentence.split(' ').collect();
            let person = vec![false; words.len()];
            let place =
                |name: &str| matches!(name, "Hongkong" | "Shanghai" | "Florida" | "Virginia");
            let common =
                |word: &str| matches!(word, "Loan" | "Insurance" | "General" | "Banking" | "Wood");
            corporate_names(&words, &person, place, common)
                .into_iter()
                .map(|(s, e)| words[s..e].join(" "))
                .collect()
        };
        assert_eq!(
            names("the Federal Savings and Loan Insurance Corp said"),
            ["Federal Savings and Loan Insurance Corp"]
        );
        assert_eq!(
            names("The Hongkong and Shanghai Banking Corp said"),
            ["Hongkong and Shanghai Banking Corp"]
        );
        assert_eq!(
            names("Virginia Electric and Power Co said"),
            ["Virginia Electric and Power Co"]
        );
        assert_eq!(
            names("the Florida and Virginia Electric Co said"),
            ["Florida and Virginia Electric Co"]
        );
        // Two companies: a complete name, or a name word that opens many names, after "and".
        assert_eq!(
            names("Chrysler and General Motors Corp said"),
            ["General Motors Corp"]
        );
        assert_eq!(
            names("Salomon Brothers Inc and Daiwa Europe Ltd led"),
            ["Salomon Brothers Inc", "Daiwa Europe Ltd"]
        );
        assert_eq!(
            names("Royalty Trust and Agrico Chemical Co said"),
            ["Agrico Chemical Co"]
        );
        assert_eq!(
            names("in Florida and Virginia Kroger Co said"),
            ["Virginia Kroger Co"]
        );
        // Nothing between "and" and the legal form.
        assert_eq!(names("Johnson and Ltd said"), Vec::<String>::new());
        // A particle inside a name a bank's word in its own language opens; not elsewhere.
        assert_eq!(
            names("led by Banque Generale du Luxembourg SA said"),
            ["Banque Generale du Luxembourg SA"]
        );
        assert_eq!(names("Salomon de Paris SA said"), ["Paris SA"]);
    }

    #[test]
    fn newer_legal_forms_count_only_as_companies_write_them() {
        for form in ["SE", "KGaA", "Oyj", "Inc", "inc", "AG"] {
            assert!(is_legal_form(form), "{form}");
        }
        // Spanish "se", in "Wayne Rooney se volvió loco".
        for word in ["se", "Se", "kgaa", "oyj"] {
            assert!(!is_legal_form(word), "{word}");
        }
    }

    #[test]
    fn variants_share_a_key_and_ratings_are_no_names() {
        assert_eq!(
            variant_key("Goldman, Sachs and Co"),
            variant_key("Goldman Sachs")
        );
        assert_eq!(
            variant_key("Salomon Brothers Inc."),
            variant_key("Salomon Brothers")
        );
        assert_eq!(
            variant_key("Finance Ministry"),
            variant_key("Ministry of Finance")
        );
        assert_ne!(
            variant_key("Noranda Forest Inc"),
            variant_key("Noranda Inc")
        );
        assert_eq!(variant_key("BioNTech SE"), variant_key("BioNTech"));
        assert_eq!(variant_key("Merck KGaA"), variant_key("Merck"));
        for rating in ["AAA", "BBB-plus", "Baa-1", "A-1", "AA-minus"] {
            assert!(is_rating(rating), "{rating}");
        }
        for name in ["A", "Bank", "Aaron", "BBC"] {
            assert!(!is_rating(name), "{name}");
        }
    }

    #[test]
    fn names_joined_by_und_are_one_organization_however_the_tagger_typed_them() {
        let joined = |found: &[(usize, usize, usize)]| {
            let words = ["In", "chemicals", "Kali", "und", "Salz", "firmed"];
            let mut found = found.to_vec();
            extend_over_und(&words, &mut found);
            found
        };
        assert_eq!(joined(&[(4, 5, ORGANIZATION)]), [(2, 5, ORGANIZATION)]);
        assert_eq!(
            joined(&[(2, 3, MISC), (4, 5, PLACE)]),
            [(2, 5, ORGANIZATION)]
        );
        assert_eq!(joined(&[(2, 3, PERSON)]), [(2, 3, PERSON)]);
        assert_eq!(
            joined(&[(2, 3, PLACE), (4, 5, PLACE)]),
            [(2, 3, PLACE), (4, 5, PLACE)]
        );
    }

    #[test]
    fn a_former_body_is_the_body_even_when_read_as_a_modifier() {
        let words = ["Ex-BBC", "host", "Robert", "Kilroy-Silk"];
        let mut found = vec![(0, 1, MISC), (2, 4, PERSON)];
        tag_former_bodies(&words, &mut found);
        assert!(found.contains(&(0, 1, ORGANIZATION)), "{found:?}");
        assert!(!found.contains(&(0, 1, MISC)), "{found:?}");
    }

    #[test]
    fn a_thing_spelt_out_before_its_acronym_is_no_organization() {
        let body = "Blogs use Really Simple Syndication (RSS) feeds, he told MSPs. \
                    The World Health Organization (WHO) agreed.";
        let span = |name: &str| {
            let start = body.find(name).expect("in body");
            Span {
                start,
                end: start + name.len(),
                ..Span::of(EntityKind::Organization, name)
            }
        };
        let spans = [
            span("Really Simple Syndication"),
            span("MSPs"),
            span("World Health Organization"),
        ];
        let kept: Vec<String> = resolve(&spans, body, |_| false, |_| false, |_| false)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(kept, ["World Health Organization"]);
    }

    #[test]
    fn a_place_before_first_is_a_party_and_an_acronym_before_a_city_a_club() {
        let words = [
            "New", "Zealand", "First", "leader", "Winston", "Peters", "spoke",
        ];
        let mut found = vec![(0, 2, PLACE), (4, 6, PERSON)];
        extend_over_first(&words, &mut found);
        assert_eq!(found, [(0, 3, ORGANIZATION), (4, 6, PERSON)]);
        // A title-case headline goes on capitalized: the place stays a place.
        let words = ["Iraq", "First", "Vote", "Due"];
        let mut found = vec![(0, 1, PLACE)];
        extend_over_first(&words, &mut found);
        assert_eq!(found, [(0, 1, PLACE)]);

        let is_city = |name: &str| ["moscow", "geneva"].contains(&name.to_lowercase().as_str());
        let known = |acronym: &str| acronym == "UN";
        let clubs = |words: &[&str], found: &[(usize, usize, usize)]| {
            let mut found = found.to_vec();
            tag_club_acronyms(words, &mut found, is_city, known);
            found
        };
        assert_eq!(
            clubs(&["ahead", "of", "CSKA", "Moscow"], &[(3, 4, PLACE)]),
            [(2, 4, ORGANIZATION)]
        );
        assert_eq!(
            clubs(&["the", "UN", "Geneva", "office"], &[(2, 3, PLACE)]),
            [(2, 3, PLACE)]
        );
        assert_eq!(
            clubs(&["SOCCER", "-", "CSKA", "MOSCOW"], &[(3, 4, PLACE)]),
            [(3, 4, PLACE)]
        );
    }

    #[test]
    fn a_party_s_short_name_opening_a_sentence_is_the_party_when_its_context_says_so() {
        let tagged = |sentence: &str, found: &[(usize, usize, usize)]| {
            let words: Vec<&str> = sentence.split(' ').collect();
            let mut found = found.to_vec();
            tag_known_variants(&words, &mut found);
            found
        };
        assert_eq!(
            tagged(
                "Labour election coordinator Alan Milburn said",
                &[(3, 5, PERSON)]
            ),
            [(3, 5, PERSON), (0, 1, ORGANIZATION)]
        );
        assert_eq!(
            tagged("Labour peer Lord Dubs", &[(0, 1, MISC)]),
            [(0, 1, ORGANIZATION)]
        );
        assert_eq!(tagged("Labour costs rose", &[]), []);
    }

    #[test]
    fn a_month_is_cut_off_a_name_and_a_known_body_read_as_misc_is_one() {
        let words = [
            "The", "OPEC", "February", "output", "by", "Fourth", "of", "July",
        ];
        let mut found = vec![(1, 3, MISC), (5, 8, MISC)];
        cut_trailing_months(&words, &mut found, |name| name == "OPEC", |_| false);
        assert_eq!(found, [(1, 2, ORGANIZATION), (5, 8, MISC)]);
        let words = ["by", "1430", "CDT", "May", "4"];
        let mut found = vec![(2, 4, MISC)];
        cut_trailing_months(&words, &mut found, |_| false, |_| false);
        assert_eq!(found, [(2, 4, MISC)]);
        // After a title or a first name, the month is a surname.
        let words = ["Lord", "Justice", "May", "and", "Theresa", "May"];
        let mut found = vec![(0, 3, ORGANIZATION), (4, 6, ORGANIZATION)];
        cut_trailing_months(&words, &mut found, |_| false, |w| w == "Theresa");
        assert_eq!(found, [(0, 3, ORGANIZATION), (4, 6, ORGANIZATION)]);
    }

    #[test]
    fn a_span_run_on_over_a_sentence_s_words_is_split_into_its_names() {
        let words = [
            "the",
            "N.Z.",
            "Dlrs",
            "fell",
            ",",
            "West",
            "German",
            "officials",
            "said",
        ];
        let mut found = vec![(1, 8, ORGANIZATION)];
        split_at_sentence_words(
            &words,
            &mut found,
            |w| matches!(w, "fell" | "officials" | "said"),
            |w| w == "German",
        );
        found.sort_unstable();
        assert_eq!(found, [(1, 3, ORGANIZATION), (5, 7, MISC)]);
        let words = ["Bank", "of", "England", "officials"];
        let mut found = vec![(0, 3, ORGANIZATION)];
        split_at_sentence_words(&words, &mut found, |w| w == "officials", |_| false);
        assert_eq!(found, [(0, 3, ORGANIZATION)]);
    }

    #[test]
    fn the_sides_of_a_result_are_clubs_and_a_body_s_trailing_word_is_its_name() {
        let is_city = |name: &str| name == "Leicester";
        let words = [
            "Wasps",
            "31-37",
            "Leicester",
            "and",
            "England",
            "24-13",
            "Federer",
        ];
        let mut found = vec![(0, 1, MISC), (2, 3, PLACE), (4, 5, PLACE), (6, 7, PERSON)];
        tag_teams_beside_scores(&words, &mut found, false, is_city);
        assert_eq!(
            found,
            [
                (0, 1, ORGANIZATION),
                (2, 3, ORGANIZATION),
                (4, 5, PLACE),
                (6, 7, PERSON)
            ]
        );
        let words = [
            "the",
            "United",
            "Nations",
            "Development",
            "Programme",
            "agreed",
        ];
        let mut found = vec![(1, 4, ORGANIZATION)];
        extend_over_trailing_body_words(&words, &mut found);
        assert_eq!(found, [(1, 5, ORGANIZATION)]);
    }

    #[test]
    fn a_name_given_with_its_initials_in_brackets_is_a_body() {
        let words = [
            "suing", "Hewlett", "Packard", "(", "HP", ")", "and", "Tony", "Blair", "(", "PM", ")",
        ];
        let mut found = vec![(1, 3, PERSON), (4, 5, ORGANIZATION), (7, 9, PERSON)];
        tag_bodies_by_initials(&words, &mut found);
        assert_eq!(
            found,
            [(1, 3, ORGANIZATION), (4, 5, ORGANIZATION), (7, 9, PERSON)]
        );
    }
}
