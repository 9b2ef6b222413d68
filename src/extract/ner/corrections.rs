//! The steps after the tagger: rules that correct the names it found where a cue it
//! weighs too little, or never saw in its 1996 training text, settles a name's span or
//! type ("fashion retailer Ted Baker", "Mohammed bin Salman", "Hampshire , England").
//! Each rule reads a sentence's names, not its labels, and says whether it changed them.

use std::collections::HashMap;

use super::features::TokenView;
use super::{TYPES, bilou, spans, type_index};
use crate::extract::clusters::Clusters;
use crate::extract::gazetteer::{
    Entry, Gazetteer, LIST_BRAND, LIST_FIRST_NAME, LIST_ORGANIZATION, LIST_PERSON, LIST_PLACE,
    LIST_SURNAME, PlaceKind,
};
use crate::extract::span::capitalized_at;
use crate::extract::tokenize::{is_possessive, is_quote_mark, is_share_code};
use crate::fasthash::{FastMap, FastSet};

/// A sentence's names: (start token, end token exclusive, type index 1..=4).
type Names = Vec<(usize, usize, usize)>;

/// Whether a name covers word `k`.
fn is_named(names: &[(usize, usize, usize)], k: usize) -> bool {
    names.iter().any(|&(s, e, _)| s <= k && k < e)
}

/// Whether a name runs over an end of words `start..end` into the words outside: a longer
/// name holding them does, one they hold does not.
fn crosses_a_name(names: &[(usize, usize, usize)], start: usize, end: usize) -> bool {
    names
        .iter()
        .any(|&(s, e, _)| (s < start && start < e) || (s < end && end < e))
}

/// Whether a word is a whole number written in digits: a score, a minute, a year.
fn is_whole_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the name after name `n` starts at word `k` (names are in order and apart, so
/// only the next one can).
fn next_name_starts_at(names: &[(usize, usize, usize)], n: usize, k: usize) -> bool {
    names.get(n + 1).is_some_and(|&(start, _, _)| start == k)
}

/// The steps after the tagger, over each sentence's names read once from its labels; the
/// labels of a sentence a step changed are written back. `sports` is whether the article
/// reports sport, as the tagger judged it.
pub(super) fn correct_names(
    sentences: &[Vec<&str>],
    views: &[Vec<TokenView>],
    sports: bool,
    labels_of_document: &mut [Vec<usize>],
    gazetteer: &Gazetteer,
    clusters: &Clusters,
) {
    let mut names: Vec<Names> = labels_of_document.iter().map(|l| spans(l)).collect();
    let mut changed: Vec<bool> = views
        .iter()
        .zip(&mut names)
        .zip(sentences)
        .map(|((views, names), words)| retype_after_nouns(words, views, names))
        .collect();
    split_joined_names(sentences, &mut names, &mut changed, gazetteer);
    let mut companies = Vec::new();
    for (((words, views), names), changed) in sentences
        .iter()
        .zip(views)
        .zip(&mut names)
        .zip(&mut changed)
    {
        *changed |= trim_lower_case_ends(words, names);
        *changed |= drop_full_stops_after_words(words, names);
        *changed |= join_patronymics(words, names);
        *changed |= split_people_of_places(words, names, gazetteer);
        *changed |= nationality_nouns_before_people(words, names, gazetteer);
        *changed |= no_person_of_a_person(words, names, gazetteer);
        *changed |= bodies_end_before_demonyms(words, names, gazetteer);
        *changed |= join_short_last_names(words, names);
        *changed |= names_joined_by_ampersand(words, names);
        *changed |= firms_of_partners(words, names);
        *changed |= organizations_opened_by_hyphened_words(words, names);
        *changed |= companies_opened_by_places_or_people(words, names);
        *changed |= double_given_names(words, views, names, gazetteer);
        *changed |= surnames_left_out(words, views, names, gazetteer);
        *changed |= people_with_hyphenated_given_names(words, names);
        *changed |= people_with_nicknames(words, names);
        *changed |= join_people_taken_for_places(words, names, gazetteer);
        *changed |= demonyms_opening_organizations(words, names, gazetteer);
        *changed |= european_bodies(words, names);
        *changed |= armed_forces_of_nations(words, names, gazetteer);
        *changed |= extend_to_legal_form(words, names);
        *changed |= companies_opening_sentences(words, views, names);
        *changed |= companies_after_descriptors(words, names, gazetteer);
        *changed |= companies_in_apposition(words, names, gazetteer);
        *changed |= organizations_described_after_a_comma(words, names, gazetteer);
        *changed |= unnamed_companies_by_their_form(words, names);
        *changed |= companies_back_over_and(words, names);
        *changed |= companies_by_their_form(words, names);
        *changed |= companies_by_their_last_word(words, names, gazetteer);
        *changed |= parties_named_first(words, names);
        *changed |= extend_possessive_names(words, names, gazetteer);
        *changed |= join_plural_possessive_bodies(words, names);
        *changed |= join_listed_companies(words, names, gazetteer);
        *changed |= listed_companies_across_and(words, names, &mut companies, gazetteer);
        *changed |= split_companies_at_and(words, names, gazetteer, clusters);
        *changed |= bodies_led_are_no_people(words, names, gazetteer);
        *changed |= companies_held(words, names, gazetteer);
        *changed |= split_companies_at_in(words, names, gazetteer);
        *changed |= split_organizations_before_countries_owning(words, names, gazetteer);
        *changed |= extend_to_listed_companies(words, names, gazetteer);
        *changed |= parties_across_and(words, names, gazetteer);
        *changed |= bodies_opening_before_for(words, names);
        *changed |= join_bodies_across_for(words, names);
        *changed |= bodies_of_listed_fields(words, names);
        *changed |= drop_months_before_numbers(words, names);
        *changed |= drop_leading_weekdays(words, names);
        *changed |= named_days_are_misc(words, names, gazetteer);
        *changed |= holidays_are_misc(words, names);
        *changed |= celsius_is_misc(words, names);
        *changed |= nationalities_are_misc(words, names, gazetteer);
        *changed |= drop_trailing_days(words, names, gazetteer);
        *changed |= drop_number_signs(words, names);
        *changed |= drop_common_noun_acronyms(words, names);
        *changed |= drop_counts_of_times(words, names);
        *changed |= drop_common_words_after_colons(words, names, clusters);
        *changed |= split_names_at_lone_dashes(words, names);
        *changed |= drop_sport_headings(words, names);
        *changed |= league_acronyms_are_organizations(words, names);
        *changed |= companies_by_their_codes(words, names, &mut companies);
        *changed |= companies_by_their_web_address(words, names);
        *changed |= drop_instrument_codes(words, names);
        *changed |= drop_term_sheet_fields(words, names);
        *changed |= drop_table_headers(words, names);
        *changed |= companies_in_results_diaries(words, names);
        *changed |= split_at_brackets(words, names, gazetteer);
        *changed |= drop_leading_titles(words, names, gazetteer);
        *changed |= people_after_honorifics(words, names);
        *changed |= people_after_military_ranks(words, names);
        *changed |= people_after_royal_titles(words, names, gazetteer);
        *changed |= split_offices_from_holders(words, names, gazetteer);
        *changed |= drop_offices_before_holders(words, names);
        *changed |= drop_portfolios_before_offices(words, names);
        // After the split: "Commission President Ursula" may have been one name.
        *changed |= join_surnames_with_particles(words, views, names, gazetteer);
        *changed |= countries_are_places(words, names, gazetteer);
        *changed |= regions_after_in(words, names, gazetteer);
        *changed |= us_bodies_whole(words, names);
        *changed |= places_before_place_nouns(words, names, gazetteer);
        *changed |= places_after_place_nouns(words, names);
        *changed |= places_in_apposition(words, names);
        *changed |= places_before_their_governors(words, names, gazetteer);
        *changed |= places_by_their_feature_word(words, names, gazetteer);
        *changed |= foreign_names_by_their_first_word(words, names);
        *changed |= companies_listed_after_company_nouns(words, names, gazetteer);
        *changed |= towns_of_based_companies(words, names, gazetteer);
        *changed |= given_names_before_arabic_surnames(words, names, gazetteer);
        // In sport a state names a team as often ("Georgia beat Missouri"): the team rules
        // below decide there.
        if !sports {
            *changed |= places_taken_for_misc(words, names, gazetteer);
            *changed |= towns_opening_rows_of_figures_are_places(words, names, gazetteer);
            *changed |= counties_are_places(words, names);
        }
        *changed |= coined_words_are_misc(words, names);
        *changed |= operations_are_misc(words, names);
        *changed |= quoted_titles(words, names);
        *changed |= movements_of_today(words, names);
        *changed |= lower_camel_names(words, names, gazetteer);
        *changed |= camel_case_companies(words, views, names);
        *changed |= market_indices_are_misc(words, names);
        *changed |= aircraft_models(words, names);
        // In sport "Galaxy 2" is a score.
        if !sports {
            *changed |= product_versions_are_misc(words, names);
        }
        *changed |= employers_of_market_analysts(words, names, gazetteer);
        *changed |= black_as_a_people(words, names);
        if !sports {
            *changed |= products_of_companies(words, names);
        }
        *changed |= companies_before_company_nouns(words, names, &mut companies, gazetteer);
        *changed |= bodies_taken_for_places(words, names, gazetteer);
        *changed |= bodies_named_after_their_country(words, names, gazetteer);
        *changed |= companies_owning_things(words, views, names, &mut companies, gazetteer);
        *changed |= companies_by_their_deeds(words, views, names, &mut companies, gazetteer);
        *changed |= brands_before_their_owners(words, names);
        *changed |= brands_owned(words, names, gazetteer);
        *changed |=
            listed_companies_left_out(words, views, names, &mut companies, gazetteer, clusters);
        *changed |= companies_before_their_people(words, names, gazetteer);
        *changed |=
            unnamed_companies_before_their_people(words, views, names, &mut companies, gazetteer);
        *changed |= teams_of_players(words, names, gazetteer);
        *changed |= unnamed_owners_of_people(words, names, &mut companies, gazetteer);
        *changed |=
            unnamed_companies_before_their_holdings(words, names, &mut companies, gazetteer);
        *changed |= people_owning_company_things(words, names, gazetteer);
        *changed |= leaders_of_administrations(words, names, gazetteer);
        *changed |= news_sources_reporting(words, names, gazetteer);
        *changed |= news_agencies_named(words, names, gazetteer);
        *changed |= listed_companies_before_their_things(words, names, gazetteer);
        *changed |= companies_no_person_list_knows(words, names, gazetteer);
        *changed |= companies_whose_price_moves(words, names, gazetteer);
        *changed |= places_only_organization_lists_know(words, views, names, gazetteer);
        *changed |= places_no_gazetteer_knows_that_speak(words, names, &mut companies, gazetteer);
        *changed |= makers_of_vaccines(words, names, &mut companies, gazetteer);
        *changed |= companies_bought(words, names, &mut companies, gazetteer);
        *changed |= companies_listed_with_companies(words, names, gazetteer);
        *changed |=
            listed_companies_beside_companies(words, views, names, &mut companies, gazetteer);
        *changed |= organizations_saying_it(words, views, names, &mut companies);
        *changed |= acronyms_before_their_heads(words, names);
        *changed |= listed_acronyms(words, names, gazetteer);
        *changed |= join_split_places(words, names, gazetteer);
        *changed |= features_of_places(words, names);
        *changed |= places_opening_bodies(words, names, gazetteer);
        *changed |= companies_arms_in_countries(words, names, gazetteer);
        *changed |= sport_bodies_of_countries(words, names, gazetteer);
        *changed |= names_ending_in_body_heads(words, names);
        // After the rules that make organizations of names, whose acronyms follow them.
        *changed |= acronyms_in_brackets_after_organizations(words, names);
        *changed |= newspapers_by_their_last_word(words, names);
        *changed |= newspapers_before_their_noun(words, names, gazetteer);
        *changed |= newspapers_open_with_the(words, names);
        *changed |= bodies_of_places(words, names);
        *changed |= join_adjacent_names(words, views, names, gazetteer);
        *changed |= split_columns_of_names(words, names);
        *changed |= given_names_read_as_places(words, names, gazetteer);
        *changed |= peoples_of_regions_are_misc(words, names, gazetteer);
        *changed |= names_ending_in_possessives(words, names, gazetteer);
        *changed |= teams_named_team(words, names);
        *changed |= clubs_by_their_last_word(words, names);
        *changed |= clubs_by_their_first_word(words, names, sports, gazetteer);
        *changed |= events_by_their_last_word(words, names);
        *changed |= events_named_after_places(words, names);
        *changed |= events_after_demonyms(words, names, gazetteer);
        *changed |= events_across_possessives(words, names);
        *changed |= tours_of_places(words, names);
        *changed |= people_named_as_mountains(words, names);
        *changed |= unions_of_peoples_are_bodies(words, names, gazetteer);
        *changed |= venue_headings_are_places(words, names);
        *changed |= datelines_are_places(words, names, gazetteer);
        *changed |= companies_after_holdings(words, names, &mut companies, gazetteer);
        *changed |= places_before_their_region(words, names, gazetteer);
        *changed |= places_owning_their_governors(words, names, gazetteer);
        *changed |= regions_left_out(words, views, names, gazetteer);
        *changed |= split_towns_from_state_codes(words, names, gazetteer);
        *changed |= split_people_at_and(words, names, gazetteer);
        *changed |= split_names_repeating_their_first_word(words, names);
    }
    companies_no_full_name_explains(
        sentences,
        &mut names,
        &mut changed,
        &mut companies,
        gazetteer,
    );
    organizations_throughout(sentences, &mut names, &mut changed, &companies, gazetteer);
    short_names_of_organizations(sentences, &mut names, &mut changed, gazetteer);
    organizations_cut_short(sentences, &mut names, &mut changed, gazetteer);
    surnames_throughout(sentences, &mut names, &mut changed, gazetteer);
    // Read before either rule: the given names' rule retypes only words already named
    // alone, so the second rule sees the same people.
    let people = PeopleWords::of(sentences, &names);
    given_names_throughout(sentences, &mut names, &mut changed, &people, gazetteer);
    people_named_in_full(sentences, &mut names, &mut changed, &people, gazetteer);
    companies_by_their_first_word(sentences, &mut names, &mut changed, gazetteer);
    towns_naming_companies(sentences, &mut names, &mut changed, gazetteer);
    teams_by_their_country(sentences, &mut names, &mut changed, gazetteer);
    formula_one_teams(sentences, &mut names, &mut changed);
    storms_throughout(sentences, &mut names, &mut changed);
    acronyms_of_common_words_throughout(sentences, &mut names, &mut changed);
    newspapers_heading_press_digests(sentences, &mut names, &mut changed, gazetteer);
    for (index, ((words, names), changed)) in sentences
        .iter()
        .zip(&mut names)
        .zip(&mut changed)
        .enumerate()
    {
        // A list of fixtures is sport whatever the article says around it.
        if sports || words.iter().filter(|w| **w == "v").count() >= 2 {
            let v_ends_previous = index > 0 && sentences[index - 1].last() == Some(&"v");
            let v_starts_next = sentences
                .get(index + 1)
                .is_some_and(|next| next.first() == Some(&"v"));
            let v_across_break = (v_ends_previous, v_starts_next);
            *changed |= fixtures_are_teams(words, names, v_across_break, gazetteer);
        }
        *changed |= players_before_set_scores(words, names, gazetteer);
        if sports {
            *changed |= towns_playing_are_teams(words, names, gazetteer);
            *changed |= towns_owning_players(words, names, gazetteer);
            *changed |= clubs_of_countries(words, names, gazetteer);
            *changed |= golfers_before_their_scores(words, names);
            *changed |= players_in_averages_rows(words, names);
            *changed |= clubs_with_town_initials(words, names);
            *changed |= clubs_named_with_numbers(words, names);
            *changed |= scorers_in_brackets(words, names);
            *changed |= towns_in_rows_of_figures_are_teams(words, names, gazetteer);
            *changed |= results_lines_are_teams(words, names, gazetteer);
            *changed |= opponents_of_teams_are_teams(words, names, gazetteer);
            *changed |= teams_beaten_or_beating(words, names, gazetteer);
            *changed |= towns_beside_teams(words, names, gazetteer);
            *changed |= split_team_and_country(words, names, gazetteer);
            *changed |= people_named_by_initials(words, names, gazetteer);
            *changed |= fielders_in_scorecards_are_people(words, names);
            *changed |= competitions_won_are_events(words, names);
            *changed |= leagues_are_misc(words, names);
            *changed |= teams_by_their_nickname(words, names);
        }
    }
    if sports {
        teams_throughout(sentences, &mut names, &mut changed, gazetteer);
    }
    names_in_capitals_as_the_text_has_them(sentences, views, &mut names, &mut changed);
    for ((labels, names), changed) in labels_of_document.iter_mut().zip(&names).zip(changed) {
        if changed {
            *labels = bilou(labels.len(), names);
        }
    }
}

/// Whether words `start..end` are a dateline's town, where the story was filed whatever
/// team bears its name: they open the sentence, and a date, a comma or nothing follows.
fn is_dateline_town(words: &[&str], start: usize, end: usize) -> bool {
    start == 0
        && words
            .get(end)
            .is_none_or(|after| after.starts_with(|c: char| c.is_ascii_digit()) || *after == ",")
}

/// Whether words `start..end` are a dateline's region, after its town in capitals and a
/// comma, before the agency's name in brackets, a dash or a date: "Alabama" of "TUSCALOOSA
/// , Alabama ( Reuters ) -".
fn is_dateline_region(words: &[&str], start: usize, end: usize) -> bool {
    (2..=4).contains(&start)
        && words[start - 1] == ","
        && words[..start - 1]
            .iter()
            .all(|w| w.len() > 1 && !w.bytes().any(|b| b.is_ascii_lowercase()))
        && words.get(end).is_some_and(|after| {
            matches!(*after, "(" | "-") || after.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// A name in a sentence written in capitals takes the one type the article's sentences in
/// normal case give the same words: "SOCCER - DALGLISH SAD OVER BLACKBURN PARTING", where
/// the text has "Blackburn" the club, and the tagger, seeing capitals, read a person.
/// The sentences written in capitals (headlines, tables' headers) are those whose views
/// say so.
fn names_in_capitals_as_the_text_has_them(
    sentences: &[Vec<&str>],
    views: &[Vec<TokenView>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
) {
    let capitals: Vec<bool> = views
        .iter()
        .map(|views| views.first().is_some_and(TokenView::in_capitals))
        .collect();
    if !capitals.contains(&true) {
        return;
    }
    // Each name of the text in normal case, in capitals, with its types as bits.
    let mut types_of: FastMap<String, u8> = FastMap::default();
    for ((words, names), _) in sentences
        .iter()
        .zip(names_of_document.iter())
        .zip(&capitals)
        .filter(|(_, caps)| !**caps)
    {
        for &(start, end, kind) in names {
            *types_of
                .entry(words[start..end].join(" ").to_uppercase())
                .or_default() |= 1 << kind;
        }
    }
    // Whether the text writes a word in lower case ("steelworks" under "BHP TO CLOSE
    // NEWCASTLE STEELWORKS"), which the word clusters may not know: read once, when asked.
    let lower_case_words = std::cell::OnceCell::new();
    let written_in_lower_case = |word: &str| {
        lower_case_words
            .get_or_init(|| {
                sentences
                    .iter()
                    .zip(&capitals)
                    .filter(|(_, caps)| !**caps)
                    .flat_map(|(words, _)| words.iter())
                    .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    .map(|w| w.to_ascii_uppercase())
                    .collect::<FastSet<String>>()
            })
            .contains(word)
    };
    // Each word of those names, with the types of the names it is in.
    let mut types_of_words: FastMap<&str, u8> = FastMap::default();
    for (text, bits) in &types_of {
        for word in text.split(' ') {
            *types_of_words.entry(word).or_default() |= bits;
        }
    }
    // The names of two words or more, split into their words, whose type is settled.
    // The longest first, where one holds another ("NEW YORK KNICKS", "NEW YORK"), and in
    // an order that does not depend on the map's.
    let mut long_names: Vec<(Vec<&str>, usize)> = types_of
        .iter()
        .filter(|(text, bits)| text.contains(' ') && bits.count_ones() == 1)
        .map(|(text, bits)| (text.split(' ').collect(), bits.trailing_zeros() as usize))
        .collect();
    long_names.sort_unstable_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
    // Each long name's first word, with the names it opens: a lookup per word of a sentence
    // finds them, where matching every name at every word cost a fortieth of tagging.
    let mut long_names_opened_by: FastMap<&str, Vec<usize>> = FastMap::default();
    for (n, (name_words, _)) in long_names.iter().enumerate() {
        long_names_opened_by
            .entry(name_words[0])
            .or_default()
            .push(n);
    }
    for ((((words, views), names), changed), _) in sentences
        .iter()
        .zip(views)
        .zip(names_of_document.iter_mut())
        .zip(changed.iter_mut())
        .zip(&capitals)
        .filter(|(_, caps)| **caps)
    {
        // A name run on into a common word ("BUHARI SACKS SERVICE CHIEFS", where the text
        // names "Muhammadu Buhari") ends before it: words news writes in lower case that no
        // name of the text has, after words of its names of one type.
        for name in names.iter_mut() {
            let (start, mut end, kind) = *name;
            // An organization's name ends in common nouns often: "JORDAN TIMES", "OHIO
            // BUILDING AUTHORITY".
            if kind == type_index("ORG") || types_of.contains_key(&words[start..end].join(" ")) {
                continue;
            }
            // An event's name ends in words the text writes in lower case ("EUROPEAN CUP",
            // "COUNTY CHAMPIONSHIP"), a place's or a person's does not.
            let common = |k: usize| {
                !types_of_words.contains_key(words[k])
                    && (views[k].mostly_lower_case()
                        || kind != type_index("MISC") && written_in_lower_case(words[k]))
            };
            while end > start + 1 && common(end - 1) {
                end -= 1;
            }
            let bits = words[start..end]
                .iter()
                .map(|w| types_of_words.get(w).copied().unwrap_or(0))
                .fold(u8::MAX, |all, bits| all & bits);
            if end < name.1 && bits.count_ones() == 1 {
                *name = (start, end, bits.trailing_zeros() as usize);
                *changed = true;
            }
        }
        // A longer name of the text, cut or left out in capitals ("SALAH HISSOU BREAKS").
        // Each long name the sentence holds, where it first stands, in the names' order.
        let mut held: Vec<(usize, usize)> = Vec::new();
        for (k, word) in words.iter().enumerate() {
            for &n in long_names_opened_by.get(word).into_iter().flatten() {
                if words[k..].starts_with(&long_names[n].0) && !held.iter().any(|&(m, _)| m == n) {
                    held.push((n, k));
                }
            }
        }
        held.sort_unstable();
        for (n, start) in held {
            let (name_words, kind) = &long_names[n];
            let end = start + name_words.len();
            if is_dateline_town(words, start, end) {
                continue;
            }
            if !crosses_a_name(names, start, end) && !names.contains(&(start, end, *kind)) {
                replace_names(names, (start, end), (start, end, *kind));
                *changed = true;
            }
        }
        *changed |= retype(names, |start, end, _| {
            if is_dateline_town(words, start, end) {
                return None;
            }
            let bits = *types_of.get(&words[start..end].join(" "))?;
            (bits.count_ones() == 1).then(|| bits.trailing_zeros() as usize)
        });
    }
}

/// In a wire press digest ("PRESS DIGEST - Jordan - Aug 25") each newspaper's stories
/// follow its name on a line of its own in capitals ("AD DUSTOUR", "THE NATION", "AN-NAHAR"):
/// that line is one organization, where the tagger read people, places or nothing. In
/// CoNLL-2003's training text and eng.testa 66 such lines of digests are newspapers, 25 of
/// them tagged wrong; the others are datelines (with their date) and a country's name
/// heading its section ("IRAQ"), which stay.
fn newspapers_heading_press_digests(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let digest = sentences
        .first()
        .is_some_and(|headline| headline.contains(&"DIGEST"));
    if !digest {
        return;
    }
    let organization = type_index("ORG");
    for ((words, names), changed) in sentences
        .iter()
        .zip(names_of_document.iter_mut())
        .zip(changed.iter_mut())
        .skip(1)
    {
        // The line's words, without a full stop after them.
        let line = words.strip_suffix(&["."]).unwrap_or(words);
        let newspaper = (1..=4).contains(&line.len())
            && line.iter().all(|w| {
                w.chars().any(char::is_alphabetic)
                    && !w.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
            })
            // A section's heading: "FRONT PAGE", "BUSINESS PAGES".
            && !line.iter().any(|w| {
                matches!(
                    *w,
                    "PAGE" | "PAGES" | "EDITORIAL" | "EDITORIALS" | "HEADLINES" | "COMMENTARY"
                )
            })
            && place_named(gazetteer, &line.join(" ")).is_none();
        if newspaper && names.as_slice() != [(0, line.len(), organization)] {
            *names = vec![(0, line.len(), organization)];
            *changed = true;
        }
    }
}

/// Words before a storm's name: "Hurricane Laura", "Typhoon Haiyan", "Tropical Storm
/// Fay", "Storm Dennis".
const STORM_WORDS: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Storm"];

/// A storm's name is MISC, the word before it none, as CoNLL-2003 marks "Hurricane
/// Edouard"; and so are the name's one-word mentions through the article ("Edouard is
/// getting stronger"), which the tagger read as a person's first name: in CoNLL-2003's
/// training text a storm is named so 3 times (Edouard twice, Dolly), and the 3 later
/// mentions are MISC. The storm's word opens the phrase ("Tropical" and "Super" aside):
/// "National Hurricane Center" names no storm.
fn storms_throughout(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
) {
    let misc = type_index("MISC");
    let mut storms: Vec<&str> = Vec::new();
    for words in sentences {
        for k in 1..words.len() {
            // The cheap test first: this runs over every word of the article.
            if !STORM_WORDS.contains(&words[k - 1]) {
                continue;
            }
            let name = words[k];
            let titled = name.starts_with(char::is_uppercase)
                && name.chars().skip(1).all(char::is_lowercase)
                && name.chars().count() >= 3;
            let opens = k == 1
                || !words[k - 2].starts_with(char::is_uppercase)
                || matches!(words[k - 2], "Tropical" | "Super");
            if titled && opens && !storms.contains(&name) {
                storms.push(name);
            }
        }
    }
    if storms.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        let is_storm = |k: usize| storms.contains(&words[k]);
        // The storm's word is no part of its name: "Hurricane Laura" read whole.
        for name in names.iter_mut() {
            let (start, end, _) = *name;
            if end == start + 2 && STORM_WORDS.contains(&words[start]) && is_storm(start + 1) {
                *name = (start + 1, end, misc);
                *changed = true;
            }
        }
        *changed |= words_of_type(words.len(), names, misc, |k| {
            is_storm(k) && k > 0 && STORM_WORDS.contains(&words[k - 1])
        });
        *changed |= retype(names, |start, end, kind| {
            (kind != misc && end == start + 1 && is_storm(start)).then_some(misc)
        });
    }
}

/// An acronym the article spells out in lower-case words is a thing's, not a body's:
/// "cash reserve ratio ( CRR )", "dark northern spring ( DNS )", "automated pit trading (
/// APT )", which the tagger, seeing capitals, took for organizations there and at every
/// later mention. In CoNLL-2003's training text and eng.testa such an acronym is no name 7
/// times, MISC 3 (a disease, "BSE"; left alone here) and an organization once.
fn acronyms_of_common_words_throughout(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
) {
    let mut acronyms: Vec<&str> = Vec::new();
    for words in sentences {
        for k in 2..words.len().saturating_sub(1) {
            // The cheap test first: this runs over every word of the article.
            if words[k - 1] != "(" || words[k + 1] != ")" {
                continue;
            }
            let acronym = words[k];
            if acronym.len() > 6 || !crate::extract::organizations::is_acronym(acronym) {
                continue;
            }
            // The initials of the lower-case words before the bracket, hyphened parts
            // each: "high-speed diesel" gives "hsd".
            let mut initials: Vec<u8> = Vec::new();
            for word in words[..k - 1].iter().rev() {
                if initials.len() >= acronym.len() || !word.starts_with(char::is_lowercase) {
                    break;
                }
                let parts = word.split('-').filter(|part| !part.is_empty()).rev();
                initials.extend(parts.map(|part| part.as_bytes()[0]));
            }
            initials.reverse();
            if initials.eq_ignore_ascii_case(acronym.as_bytes()) && !acronyms.contains(&acronym) {
                acronyms.push(acronym);
            }
        }
    }
    if acronyms.is_empty() {
        return;
    }
    let misc = type_index("MISC");
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        let before = names.len();
        names.retain(|&(start, end, kind)| {
            kind == misc || end != start + 1 || !acronyms.contains(&words[start])
        });
        *changed |= names.len() != before;
    }
}

/// In a sports story, a town the article names as a team is the team at its other mentions
/// too ("Liverpool were held 1-1" after "Liverpool beat Leeds 2-0"). Not where the town is
/// the venue or a destination ("in Boston", "at the Stade de France", "heading into
/// Boston"), a town ("the town of Taibe"), a club's home ("the Hamburg side St Pauli"), a
/// dateline's or a fixture list's in capitals ("SEATTLE AT BOSTON"); a country stays a
/// place. In CoNLL-2003's soccer, rugby, baseball, basketball, cricket and hockey stories,
/// a name marked a team somewhere is one at 4,001 of its other mentions and a place at
/// 178, those almost all in the places left out here. A team of two words or more is the
/// team too where the tagger took it for a person ("Brigham Young won").
fn teams_throughout(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let team = type_index("ORG");
    let mut teams: Vec<String> = Vec::new();
    // The towns of teams named in full: "Leipzig" of "RB Leipzig", "Bayern" of "Bayern
    // Munich".
    let mut towns_of_teams: Vec<&str> = Vec::new();
    for (words, names) in sentences.iter().zip(names_of_document.iter()) {
        for &(start, end, kind) in names {
            if kind == team {
                teams.push(words[start..end].join(" "));
                if end - start == 2 {
                    towns_of_teams.extend([words[start], words[start + 1]]);
                }
            }
        }
    }
    if teams.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        // "SEATTLE AT BOSTON": CoNLL-2003 marks a baseball fixture's towns as places.
        if words.contains(&"AT") {
            continue;
        }
        // Where a name may follow a place in a list: past its "," or "and".
        let after_places: Vec<usize> = names
            .iter()
            .filter(|&&(_, end, kind)| {
                kind == type_index("LOC") && matches!(words.get(end), Some(&"," | &"and"))
            })
            .map(|&(_, end, _)| end + 1)
            .collect();
        *changed |= retype(names, |start, end, kind| {
            // "Brigham Young" the team, named so by a result elsewhere: a name of two words
            // or more is hardly ever a person and a team in one article (3 times in
            // CoNLL-2003, all of them one word: "Williams").
            if kind == type_index("PER") && end - start >= 2 {
                return teams.contains(&words[start..end].join(" ")).then_some(team);
            }
            if kind != type_index("LOC") {
                return None;
            }
            // "in Boston", "at the Stade de France".
            let opening = if start >= 1 && words[start - 1] == "the" {
                start - 1
            } else {
                start
            };
            let venue = opening.checked_sub(1).is_some_and(|at| {
                ["in", "at", "into", "to", "from"]
                    .iter()
                    .any(|before| words[at].eq_ignore_ascii_case(before))
            });
            // "the town of Taibe".
            let town = after_place_noun(words, start);
            let home = words.get(end).is_some_and(|after| *after == "side");
            // A dateline: the town opens its line, a date or its region after it; or the
            // region itself ("TUSCALOOSA , Alabama ( Reuters )").
            if venue
                || town
                || home
                || is_dateline_town(words, start, end)
                || is_dateline_region(words, start, end)
            {
                return None;
            }
            let text = words[start..end].join(" ");
            // The name's text serves twice: looked up here, compared with the teams below.
            let country =
                place_named(gazetteer, &text).is_some_and(|place| place.kind == PlaceKind::Country);
            // Not where a town lies ("west of Bucharest"), nor one after a place in a list
            // of towns whose "in" stands before the first ("in Tel Aviv, Chicago and
            // Athens").
            let town_of_team = end - start == 1
                && towns_of_teams.contains(&words[start])
                && !(start > 0 && matches!(words[start - 1], "of" | "near" | "outside"))
                && !after_places.contains(&start);
            (!country && (teams.contains(&text) || town_of_team)).then_some(team)
        });
    }
}

/// The place the gazetteer files a name under, read alone (no countries of the article to
/// choose between namesakes).
fn place_named<'g>(gazetteer: &'g Gazetteer, name: &str) -> Option<&'g Entry> {
    gazetteer.resolve(name, &std::collections::HashSet::new())
}

/// Whether a place is a continent, a country or a state: never a town's namesake person,
/// club or company.
fn is_region(place: &Entry) -> bool {
    matches!(
        place.kind,
        PlaceKind::Continent | PlaceKind::Country | PlaceKind::State
    )
}

/// Whether the town whose name ends at word `end` is followed by its state or country, a
/// capitalized place after a comma ("Turner, Arkansas"): the town, where something is.
fn town_of_a_region(words: &[&str], end: usize, gazetteer: &Gazetteer) -> bool {
    words.get(end) == Some(&",")
        && words.get(end + 1).is_some_and(|next| {
            next.starts_with(char::is_uppercase) && place_named(gazetteer, next).is_some()
        })
}

/// Whether the gazetteer knows no place by the words: a "place" the tagger found there may
/// be a company, a club or a person.
fn names_no_place(gazetteer: &Gazetteer, words: &[&str]) -> bool {
    place_named(gazetteer, &words.join(" ")).is_none()
}

/// Whether the words name a country, as the gazetteer resolves them.
fn names_a_country(gazetteer: &Gazetteer, words: &[&str]) -> bool {
    place_named(gazetteer, &words.join(" ")).is_some_and(|place| place.kind == PlaceKind::Country)
}

/// Whether the words name a country, a nation of the United Kingdom, or cricket's West
/// Indies, each fielding national sides ("England beat Fiji 26-21", "West Indies captain
/// Jason Holder"): CoNLL-2003 files those as places ("West Indies" 3 times in 3).
fn names_a_nation(gazetteer: &Gazetteer, words: &[&str]) -> bool {
    matches!(
        words,
        ["England"] | ["Scotland"] | ["Wales"] | ["Northern", "Ireland"] | ["West", "Indies"]
    ) || names_a_country(gazetteer, words)
}

/// Whether the lists know a name whole as a company's or brand's, and in none of the lists
/// `excluded` picks (`LIST_PERSON`, `LIST_PLACE`, …).
fn listed_as_company_only(gazetteer: &Gazetteer, name: &str, excluded: u8) -> bool {
    let lists = gazetteer.name_lists(name);
    lists & (LIST_ORGANIZATION | LIST_BRAND) != 0 && lists & excluded == 0
}

/// Gives each name the type `new_type` picks for it (from its start, end and type), if
/// any; says whether a name changed.
fn retype(
    names: &mut Names,
    mut new_type: impl FnMut(usize, usize, usize) -> Option<usize>,
) -> bool {
    let mut changed = false;
    for (start, end, kind) in names.iter_mut() {
        if let Some(to) = new_type(*start, *end, *kind)
            && to != *kind
        {
            *kind = to;
            changed = true;
        }
    }
    changed
}

/// Puts `name` in place of every name over words `covered` (start, end exclusive): its own
/// words and any the tagger ran on past it. Names stay in order.
fn replace_names(names: &mut Names, covered: (usize, usize), name: (usize, usize, usize)) {
    names.retain(|&(s, e, _)| e <= covered.0 || covered.1 <= s);
    let at = names.partition_point(|&(s, _, _)| s < name.0);
    names.insert(at, name);
}

/// Makes each name `is_company` picks (from its start, end and type) an organization, and
/// remembers its text in `companies` for the article's other mentions of it.
fn retype_companies(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    mut is_company: impl FnMut(usize, usize, usize) -> bool,
) -> bool {
    retype(names, |start, end, kind| {
        let company = is_company(start, end, kind);
        if company {
            companies.push(words[start..end].join(" "));
        }
        company.then(|| type_index("ORG"))
    })
}

/// Names each word no name covers that `is_name` picks (by its index), as a one-word name
/// of type `kind`; says whether it named any.
fn name_unnamed_words(
    length: usize,
    names: &mut Names,
    kind: usize,
    is_name: impl Fn(usize) -> bool,
) -> bool {
    let mut found: Names = (0..length)
        .filter(|&k| is_name(k) && !is_named(names, k))
        .map(|k| (k, k + 1, kind))
        .collect();
    if found.is_empty() {
        return false;
    }
    names.append(&mut found);
    names.sort_unstable();
    true
}

/// Gives type `kind` to each one-word name that `is_word` picks (by its index), and names
/// each such word the tagger left out.
fn words_of_type(
    length: usize,
    names: &mut Names,
    kind: usize,
    is_word: impl Fn(usize) -> bool,
) -> bool {
    let retyped = retype(names, |start, end, _| {
        (end == start + 1 && is_word(start)).then_some(kind)
    });
    name_unnamed_words(length, names, kind, is_word) || retyped
}

/// The first run of capitalized words no name covers that `opens` picks the start of (by
/// its index), each word one `word_fits` accepts: (start, end exclusive).
fn first_unnamed_run(
    words: &[&str],
    names: &Names,
    word_fits: impl Fn(&str) -> bool,
    opens: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let capitalized = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    // The cheap tests first: this runs over every word of every sentence.
    let unnamed = |k: usize| capitalized(k) && !is_named(names, k) && word_fits(words[k]);
    let start = (0..words.len()).find(|&k| capitalized(k) && opens(k) && unnamed(k))?;
    let end = (start..=words.len()).find(|&k| !unnamed(k))?;
    Some((start, end))
}

/// Names words `start..end` a company, remembered in `companies` for the article's other
/// mentions.
fn add_company(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    (start, end): (usize, usize),
) {
    companies.push(words[start..end].join(" "));
    names.push((start, end, type_index("ORG")));
    names.sort_unstable();
}

/// The start of the run of up to three capitalized words no name covers that ends just
/// before word `end`, each one `word_fits` accepts; a sentence's opening function word
/// ("The") is never part of it.
fn unnamed_run_before(
    words: &[&str],
    names: &Names,
    end: usize,
    word_fits: impl Fn(&str) -> bool,
) -> Option<usize> {
    let unnamed = |k: usize| {
        capitalized_at(words, k)
            && !crate::extract::organizations::is_sentence_opener(words[k])
            && word_fits(words[k])
            && !is_named(names, k)
    };
    (end.saturating_sub(3)..end)
        .rev()
        .take_while(|&k| unnamed(k))
        .last()
}

/// Joins two neighbouring names into one of the type `joined_type` picks for them (from
/// the first's and the second's word ranges and types), if any; says whether any were
/// joined.
fn join_neighbours(
    names: &mut Names,
    mut joined_type: impl FnMut((usize, usize, usize), (usize, usize, usize)) -> Option<usize>,
) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n + 1 < names.len() {
        let ((start, _, _), (_, end, _)) = (names[n], names[n + 1]);
        match joined_type(names[n], names[n + 1]) {
            Some(kind) => {
                names[n] = (start, end, kind);
                names.remove(n + 1);
                changed = true;
            }
            None => n += 1,
        }
    }
    changed
}

/// First words of bodies a nationality stays outside of: "Brazilian Foreign Ministry" (23
/// of 24 in CoNLL-2003's training text), "French Interior Ministry", "Russian Central Bank".
const SEPARATE_AFTER_NATIONALITY: &[&str] = &["Foreign", "Interior", "Finance", "Central", "Duma"];

/// A nationality just before an organization's name of several words opens that name:
/// "Jordanian Arab Socialist Baath Party", "Polish Development Bank". In CoNLL-2003's
/// training text 107 of the 122 organizations a nationality stands before begin with it;
/// the tagger, which knows the word as MISC, splits them.
fn demonyms_opening_organizations(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let misc = type_index("MISC");
    let organization = type_index("ORG");
    let mut changed = false;
    let mut n = 0;
    while n + 1 < names.len() {
        let ((start, middle, first), (next, end, second)) = (names[n], names[n + 1]);
        if first == misc
            && second == organization
            && middle == next
            && middle - start == 1
            // A one-word body joins as often wrongly ("Brazilian Senate", "Swiss Franc").
            && end - next > 1
            && gazetteer.is_demonym(words[start])
            && !SEPARATE_AFTER_NATIONALITY.contains(&words[next])
        {
            names[n] = (start, end, organization);
            names.remove(n + 1);
            changed = true;
        }
        n += 1;
    }
    changed
}

/// "European" and the capitals after it that the tagger left out, ending in a body's head,
/// are one of the European Union's bodies: "European Commission President Ursula von der
/// Leyen", where the tagger had "European" alone as MISC. CoNLL-2003's training text and
/// eng.testa always join them (30 of 30: "European Commission", "European Union").
fn european_bodies(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for start in 0..words.len().saturating_sub(1) {
        if words[start] != "European" || is_named(names, start + 1) {
            continue;
        }
        // Up to three words left out: "European Central Bank", "European Investment Bank".
        let end = (start + 1..words.len().min(start + 4))
            .take_while(|&k| is_title_case(words[k]) && !is_named(names, k))
            .filter(|&k| super::super::organizations::is_body_head(words[k]))
            .last()
            .map(|k| k + 1);
        let Some(end) = end else {
            continue;
        };
        replace_names(names, (start, end), (start, end, type_index("ORG")));
        changed = true;
    }
    changed
}

/// The names of a nation's armed forces after its nationality ("Nigerian Army").
const ARMED_FORCES: &[&[&str]] = &[
    &["Army"],
    &["Navy"],
    &["Marines"],
    &["Air", "Force"],
    &["Coast", "Guard"],
    &["National", "Guard"],
    &["Armed", "Forces"],
    &["Marine", "Corps"],
];

/// A nationality before the capitalized name of an armed force is one organization with
/// it: "the Nigerian Army", "the Israeli Navy", which the tagger reads as MISC and a lone
/// word or nothing. CoNLL-2003's training text and eng.testa mark "Irish Navy" and
/// "Mexican Army" so, as they do "U.S. Navy".
fn armed_forces_of_nations(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        n += 1;
        if kind != type_index("MISC") || end != start + 1 || !gazetteer.is_demonym(words[start]) {
            continue;
        }
        let Some(force) = ARMED_FORCES
            .iter()
            .find(|force| words.get(end..end + force.len()) == Some(force))
        else {
            continue;
        };
        let force_end = end + force.len();
        // Not where the force's words open a longer name ("Army Corps of Engineers").
        if names
            .iter()
            .any(|&(s, e, _)| s < force_end && force_end < e)
        {
            continue;
        }
        // The joined name takes the place of the nationality and any name inside the force.
        names.retain(|&(s, e, _)| !(end <= s && e <= force_end));
        names[n - 1] = (start, force_end, type_index("ORG"));
        changed = true;
    }
    changed
}

/// A name just after a noun that says what it is takes that noun's type: "fashion retailer
/// Ted Baker", "private bank Bamerindus", "striker Ronaldo". In CoNLL-2003's training text
/// such a noun gives the name's type 224 times out of 226, yet the tagger weighs it little:
/// it rarely decides there, where the name itself is known. It decides where the name is new.
fn retype_after_nouns(words: &[&str], views: &[TokenView], names: &mut Names) -> bool {
    let mut changed = false;
    for (start, _, kind) in names.iter_mut() {
        // The tagger's nouns, then those only the rules read ("flanker Ben Earl").
        let cue = views[*start].noun_type_at_run_start(*start).or_else(|| {
            let rules_noun = *start > 0 && views[*start].starts_run(*start);
            rules_noun
                .then(|| crate::extract::cues::rules_only_noun_type(words[*start - 1]))
                .flatten()
        });
        if let Some(cue) = cue
            && matches!(TYPES[cue - 1], "PER" | "ORG")
            && cue != *kind
            && *start > 0
            && views[*start - 1].plain_noun()
            // A first name opening it may make it a person ("insurer Thierry Dehaan"),
            // not where the tagger read a place, as in a company named after one ("Rio
            // Tinto"), nor after a club's noun: no person is a club ("small southern club
            // Fidelis Andria").
            && !(TYPES[cue - 1] == "ORG"
                && *kind != type_index("LOC")
                && !matches!(words[*start - 1], "club" | "side" | "team" | "outfit")
                && views[*start].person_unless_listed_organization())
        {
            *kind = cue;
            changed = true;
        }
    }
    changed
}

/// A "person" someone heads, leads, chairs or is a member of is a body: "Abdurrahman Wahid,
/// head of Nahdlatul Ulama", where the tagger read the Indonesian body as a person. In
/// CoNLL-2003's training text and eng.testa the names after "head of", "leader of",
/// "chairman of", "chief of" and "member(s) of" are organizations 9 times, places 10, MISC
/// 4 and people twice, both before a possessive ("members of Suu Kyi 's party"), left
/// alone here with a name the lists open with a first name.
fn bodies_led_are_no_people(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let led = kind == type_index("PER")
            && start >= 2
            && end - start >= 2
            && words[start - 1] == "of"
            && matches!(
                words[start - 2],
                "head" | "leader" | "chairman" | "chief" | "member" | "members"
            )
            && words.get(end).is_none_or(|w| !is_possessive(w))
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0;
        led.then(|| type_index("ORG"))
    })
}

/// Whether the name ending at word `end` modifies a noun after it ("London underground
/// consortium", "Conneticut chartered Society"): a lower-case word follows that is no
/// preposition, conjunction, verb or time word.
fn modifies_a_noun(words: &[&str], end: usize) -> bool {
    words.get(end).is_some_and(|next| {
        next.starts_with(char::is_lowercase) && !WORDS_AFTER_A_NAME_ALONE.contains(next)
    })
}

/// Lower-case words that may follow a name standing alone, not modifying a noun: a
/// preposition, conjunction, relative pronoun, verb or time word.
const WORDS_AFTER_A_NAME_ALONE: &[&str] = &[
    "for", "from", "and", "or", "to", "at", "by", "in", "on", "with", "which", "that", "who",
    "worth", "last", "earlier", "since", "after", "before", "is", "was", "has", "had", "would",
    "will", "said",
];

/// A town or a "person" someone holds a stake in or shares of is a company: "won a
/// controlling stake in Norilsk", "shares of Jones". In CoNLL-2003's training text and
/// eng.testa the names after "stake in", "shares in" and "shares of" are companies 9
/// times, MISC 3 and places twice, a country and a market ("shares in Hungary"); "shares
/// in" a town is as often its market ("shares in Tokyo fell") and is left alone, as are
/// countries, states and continents, and a town before a noun it modifies.
fn companies_held(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        if !matches!(TYPES[kind - 1], "LOC" | "PER") || start < 2 {
            return None;
        }
        let held = matches!(
            [words[start - 2], words[start - 1]],
            ["stake" | "stakes" | "holding" | "shareholding", "in"] | ["shares", "of"]
        );
        let region = || {
            kind == type_index("LOC")
                && place_named(gazetteer, &words[start..end].join(" ")).is_some_and(is_region)
        };
        // A town modifying the holding's noun stays a town: "a stake in London underground
        // consortium Tube Lines".
        (held && !region() && !modifies_a_noun(words, end)).then(|| type_index("ORG"))
    })
}

/// Whether a word is a point of the compass, which opens places' names ("North
/// Rhine-Westphalia") and a few first names.
fn is_compass_word(word: &str) -> bool {
    matches!(word, "North" | "South" | "East" | "West")
}

/// Two places side by side, the first a first name and the second no place the gazetteer
/// knows, are one person: "Alexandria Ocasio-Cortez", read as the town and a new word.
/// CoNLL-2003's training text and eng.testa have no two places so placed. So is one place
/// of a first name and a double surname ("Alexandria Ocasio-Cortez" read whole), and a
/// place of a first name before a double surname left out.
fn join_people_taken_for_places(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let place = type_index("LOC");
    // Two surnames the lists know: not "Rhine-Westphalia" or "Tinto-Zinc", nor a saint's
    // name ("Paris Saint-Germain").
    // Or two capitalized parts, neither a place ("Gut-Behrami").
    let double_surname = |word: &str| {
        word.split_once('-').is_some_and(|(left, right)| {
            let parts = [left, right];
            left != "Saint"
                && parts
                    .iter()
                    .all(|part| part.starts_with(char::is_uppercase))
                && (parts
                    .iter()
                    .all(|part| gazetteer.name_lists(part) & LIST_SURNAME != 0)
                    || parts
                        .iter()
                        .all(|part| part.len() >= 3 && place_named(gazetteer, part).is_none()))
        })
    };
    // The place alone, the double surname left out.
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        let unname_starts = names.get(n + 1).is_none_or(|&(next, _, _)| next > end);
        let person = kind == place
            && end == start + 1
            && unname_starts
            && words.get(end).is_some_and(|word| double_surname(word))
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0
            && !is_compass_word(words[start])
            && place_named(gazetteer, words[end]).is_none();
        if person {
            names[n] = (start, end + 1, type_index("PER"));
            changed = true;
        }
    }
    // Read as one place: "Alexandria Ocasio-Cortez", a first name and a double surname.
    changed |= retype(names, |start, end, kind| {
        let person = kind == place
            && end == start + 2
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0
            && !is_compass_word(words[start])
            && double_surname(words[start + 1])
            && names_no_place(gazetteer, &words[start..end])
            && place_named(gazetteer, words[start + 1]).is_none();
        person.then(|| type_index("PER"))
    });
    changed |= join_neighbours(names, |(start, middle, first), (next, end, second)| {
        let person = first == place
            && second == place
            && middle == start + 1
            && next == middle
            && end == next + 1
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0
            // A town may be a first name; a country, state or continent is not ("ASIA
            // PACIFIC" heading a table).
            && place_named(gazetteer, words[start])
                .is_none_or(|entry| entry.kind == PlaceKind::City)
            && !words[start].chars().all(|c| c.is_uppercase())
            && place_named(gazetteer, words[next]).is_none();
        person.then(|| type_index("PER"))
    });
    changed
}

/// Whether a word is in title case: a capital, then lower case only ("Faf"; not "FIFA").
fn is_title_case(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase)
}

/// Whether word `k` is a word in title case the tagger left out and news does not write in
/// lower case: one a person's name may run back over ("Ole" of "Ole Gunnar Solskjaer").
fn unnamed_title_case_word(words: &[&str], views: &[TokenView], names: &Names, k: usize) -> bool {
    is_title_case(words[k]) && !is_named(names, k) && !views[k].mostly_lower_case()
}

/// A short word in title case right after a person's name ends that name: "Kim Jong Un",
/// whose "Un" the tagger read as the acronym "UN". In CoNLL-2003's training text no name
/// of any kind follows a person's that way, and 120 persons end in such a word ("Aung San
/// Suu Kyi", "Pol Pot").
fn join_short_last_names(words: &[&str], names: &mut Names) -> bool {
    join_neighbours(names, |(_, middle, kind), (next, end, _)| {
        let word = words[next];
        let short_title_case =
            end == next + 1 && (2..=3).contains(&word.chars().count()) && is_title_case(word);
        let person = kind == type_index("PER")
            && middle == next
            && short_title_case
            && !crate::extract::is_legal_form(word);
        person.then_some(kind)
    })
}

/// A place or person the tagger named just before a company's name that ends in a legal
/// form or a company word opens that name: "Santa Fe Pacific" / "Gold Corp", "Robert W." /
/// "Baird & Co". In CoNLL-2003's training text and eng.testa no place or person stands so
/// before a company's name.
fn companies_opened_by_places_or_people(words: &[&str], names: &mut Names) -> bool {
    join_neighbours(names, |(_, middle, kind), (next, end, next_kind)| {
        let opens = middle == next
            && matches!(TYPES[kind - 1], "LOC" | "PER")
            && next_kind == type_index("ORG")
            && crate::extract::organizations::ends_company_name(words[end - 1]);
        opens.then(|| type_index("ORG"))
    })
}

/// A firm named by partners' surnames listed with commas before "&" is one name, commas
/// and all: "Keefe, Bruyette & Woods", of which the tagger named "Keefe" and "Bruyette &
/// Woods". In CoNLL-2003's training text and eng.testa all 3 such names are one
/// organization ("Goldman , Sachs & Co", "Bodman , Longely & Dahling").
fn firms_of_partners(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        n += 1;
        let with_ampersand = kind == type_index("ORG") && words[start..end].contains(&"&");
        if !with_ampersand || start < 2 || words[start - 1] != "," {
            continue;
        }
        // Back over "Partner ," pairs: a capitalized word alone, not the end of a longer
        // name ("New York , Bruyette & Woods").
        let partner_at = |k: usize| {
            words[k].starts_with(char::is_uppercase)
                && words[k].chars().skip(1).all(char::is_lowercase)
                && (k == 0 || words[k - 1] == "," || !words[k - 1].starts_with(char::is_uppercase))
        };
        let mut first = start;
        while first >= 2 && words[first - 1] == "," && partner_at(first - 2) {
            first -= 2;
        }
        if first < start {
            replace_names(names, (first, end), (first, end, kind));
            changed = true;
        }
    }
    changed
}

/// Two names with "&" between them are one: "Brighton & Hove Albion", "Marks & Spencer",
/// "Trinidad & Tobago". In CoNLL-2003's training and development text every "&" between
/// capitals is inside a name, 23 of 24 an organization's; two places joined are a place.
fn names_joined_by_ampersand(words: &[&str], names: &mut Names) -> bool {
    join_neighbours(names, |(_, middle, kind), (next, _, next_kind)| {
        let joined = next == middle + 1 && words[middle] == "&";
        let place = type_index("LOC");
        joined.then(|| {
            if kind == place && next_kind == place {
                place
            } else {
                type_index("ORG")
            }
        })
    })
}

/// A word of two capitalized halves the tagger left out just before an organization's name
/// opens it: "Navalny's Anti-Corruption Foundation", of which it named "Foundation". In
/// CoNLL-2003's training text and eng.testa all 7 such words before an organization's
/// word are in its name ("Tokyo-Mitsubishi Bank", "Zirka-Nibas Kirovohrad"). Not an
/// office ("Secretary-General").
fn organizations_opened_by_hyphened_words(words: &[&str], names: &mut Names) -> bool {
    open_one_word_earlier(names, |start, _, kind| {
        kind == type_index("ORG")
            && words[start - 1]
                .split_once('-')
                .is_some_and(|(first, second)| {
                    let capitalized = |half: &str| {
                        half.starts_with(char::is_uppercase)
                            && half.len() > 1
                            && half.chars().skip(1).all(char::is_lowercase)
                    };
                    capitalized(first)
                        && capitalized(second)
                        && !matches!(second, "General" | "Chancellor" | "Premier" | "Premiers")
                })
    })
}

/// Opens each name `opens` picks (from its start, end and type, with a word before it)
/// one word earlier, when that word is in no other name.
fn open_one_word_earlier(
    names: &mut Names,
    mut opens: impl FnMut(usize, usize, usize) -> bool,
) -> bool {
    let mut changed = false;
    let mut previous_end = 0;
    for (start, end, kind) in names.iter_mut() {
        if *start > previous_end && opens(*start, *end, *kind) {
            *start -= 1;
            changed = true;
        }
        previous_end = *end;
    }
    changed
}

/// A first name the tagger left out before a person whose name opens with another is the
/// first of two given names: "Ole Gunnar Solskjaer", of which it named "Gunnar
/// Solskjaer". Not a word news writes in lower case, a title or a month.
fn double_given_names(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let person = type_index("PER");
    // A first name the lists know as nothing else.
    let first_name = |k: usize| {
        let lists = gazetteer.name_lists(words[k]);
        lists & LIST_FIRST_NAME != 0
            && lists & (LIST_ORGANIZATION | LIST_BRAND | LIST_PLACE | LIST_PERSON) == 0
    };
    let mut changed = false;
    for n in 0..names.len() {
        let (start, _, kind) = names[n];
        // Not at the sentence's start; the cheap tests first, the lists last.
        if kind != person || start < 2 {
            continue;
        }
        let before = start - 1;
        if !unnamed_title_case_word(words, views, names, before) {
            continue;
        }
        // "Sen Phil Gramm", "January Allan Paulson": a title, a date.
        let title = crate::extract::people::is_title(words[before])
            || crate::extract::people::is_title(&format!("{}.", words[before]));
        let date = crate::dates::month_number(words[before]).is_some()
            || crate::dates::is_weekday(words[before]);
        let joins = !title && !date && first_name(start) && first_name(before);
        if joins {
            names[n].0 = before;
            changed = true;
        }
    }
    changed
}

/// A person named by a given name alone runs on over the word in title case the tagger
/// left out after it, that news does not write in lower case and that is no date: the
/// surname: "European Commissioner Anita Gradin", "Socialist leader Fatos Nano". In the
/// fixed folds of CoNLL-2003's training text such a word ends the person's name 4 times
/// of 5 ("Fatos Nano"; not "Taylor Asset Managers", whose "Asset" news writes in lower case).
fn surnames_left_out(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        // The cheap tests first, the lists last.
        if kind != type_index("PER") || end != start + 1 || end >= words.len() {
            continue;
        }
        let date = crate::dates::month_number(words[end]).is_some()
            || crate::dates::is_weekday(words[end]);
        if date
            || !unnamed_title_case_word(words, views, names, end)
            || crate::extract::people::is_title(words[end])
            || gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0
        {
            continue;
        }
        names[n].1 = end + 1;
        changed = true;
    }
    changed
}

/// A person's name runs over no "and": "Colorado Attorney General Phil Weiser and
/// Nebraska's Doug Peterson", where "Phil Weiser and Nebraska" was one person. CoNLL-2003's
/// training text and eng.testa have no such person. The part after is a place when the
/// gazetteer knows it, a person otherwise.
fn split_people_at_and(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let person = type_index("PER");
    split_names_at_word(names, |start, end, kind| {
        if kind != person {
            return None;
        }
        let and = (start + 1..end.saturating_sub(1)).find(|&k| words[k] == "and")?;
        let right = words[and + 1..end].join(" ");
        let right_kind = if place_named(gazetteer, &right).is_some() {
            type_index("LOC")
        } else {
            person
        };
        Some((and, person, right_kind))
    })
}

/// Splits each name `split` picks (from its start, end and type) in two at the word it
/// gives, which goes to neither part, with the types it gives the parts before and after.
fn split_names_at_word(
    names: &mut Names,
    mut split: impl FnMut(usize, usize, usize) -> Option<(usize, usize, usize)>,
) -> bool {
    let mut parts = Vec::new();
    names.retain(|&(start, end, kind)| {
        let Some((at, before, after)) = split(start, end, kind) else {
            return true;
        };
        parts.push((start, at, before));
        parts.push((at + 1, end, after));
        false
    });
    if parts.is_empty() {
        return false;
    }
    names.extend(parts);
    names.sort_unstable();
    true
}

/// A name that runs over "and" into a name opening with its own first word is two names of
/// its type: "Hyundai Mobis and Hyundai Glovis", one company to the tagger. CoNLL-2003's
/// training text and eng.testa have 8 such pairs, all apart.
fn split_names_repeating_their_first_word(words: &[&str], names: &mut Names) -> bool {
    split_names_at_word(names, |start, end, kind| {
        let and = (start + 2..end.saturating_sub(1))
            .find(|&k| words[k] == "and" && words[k + 1] == words[start])?;
        Some((and, kind, kind))
    })
}

/// "Los Angeles County", "Orange County": outside sport a name ending in "County" is the
/// county, a place, where the tagger, which learned "Notts County" and "Ross County" as
/// clubs from CoNLL-2003's sport, read an organization. Bodies go on after it ("Marion
/// County Board of Education"); a body "for" a county stays one.
fn counties_are_places(words: &[&str], names: &mut Names) -> bool {
    let place = type_index("LOC");
    let mut changed = false;
    for (start, end, kind) in names.iter_mut() {
        // Not a body "for" or "of" a county ("State Court for Suffolk County").
        let county = *end - *start >= 2
            && words[*end - 1] == "County"
            && words[*start..*end]
                .iter()
                .all(|w| !w.starts_with(char::is_lowercase));
        if county && *kind != place {
            *kind = place;
            changed = true;
        }
    }
    changed
}

/// Common Korean surnames, and Chinese ones as Taiwan and Hong Kong romanize them, which
/// write the given name as two syllables joined by a hyphen ("Moon Jae-in", "Tsai
/// Ing-wen", "Tung Chee-hwa"). A rule table: the most frequent surnames of each, Korean
/// ones in their other romanizations too ("Im Sung-jae", "Sohn Kyung-shik").
const EAST_ASIAN_SURNAMES: &[&str] = &[
    "Ahn", "Bae", "Baek", "Ban", "Byun", "Cha", "Chan", "Chang", "Chao", "Chen", "Cheng", "Cheung",
    "Chiang", "Chiu", "Cho", "Choi", "Chou", "Chow", "Chu", "Chuang", "Chun", "Chung", "Fan",
    "Fung", "Ha", "Han", "Heo", "Ho", "Hong", "Hou", "Hsiao", "Hsieh", "Hsu", "Hu", "Huang", "Hui",
    "Hung", "Hwang", "Hyun", "Ip", "Jang", "Jeon", "Jeong", "Jin", "Joo", "Jung", "Kang", "Kao",
    "Kim", "Ko", "Kuo", "Kwak", "Kwok", "Kwon", "Lai", "Lam", "Lau", "Lee", "Leung", "Li", "Liao",
    "Lien", "Lim", "Lin", "Liu", "Lo", "Lu", "Ma", "Mak", "Min", "Moon", "Na", "Nam", "Ng", "Noh",
    "Oh", "Pak", "Pan", "Park", "Pyo", "Rhee", "Ri", "Roh", "Ryu", "Seo", "Sheu", "Shih", "Shim",
    "Shin", "Siu", "Son", "Song", "Soong", "Su", "Sung", "Tai", "Tam", "Tang", "Teng", "Ting",
    "Tsai", "Tsang", "Tse", "Tseng", "Tu", "Tung", "Wang", "Wei", "Won", "Wong", "Woo", "Wu",
    "Yang", "Yeh", "Yen", "Yip", "Yoo", "Yoon", "Yu", "Yuen", "Im", "Yim", "Koo", "Sohn", "Suh",
    "Yun", "Jo", "Um", "Eom", "Kong", "Paik", "Baik", "Hahn", "Chae", "Seong", "Bang", "Gil", "Ji",
    "Kil", "Maeng", "Myung", "Ok", "Seok", "Tak", "Yeo", "Yook", "Chau", "Choy", "Chui", "Fok",
    "Fong", "Kam", "Kan", "Kwan", "Kwong", "Law", "Lui", "Luk", "Mok", "Ngai", "Pang", "Poon",
    "Shum", "Sze", "Szeto", "Tong", "Tsao", "Tsoi", "Tsui", "Wan", "Wen", "Yau", "Yeung", "Yiu",
    "Yung", "Hau",
];

/// Second parts of hyphenated adjectives, no syllable of a given name: "Hong Kong-based",
/// "Wang Lee-style".
const ADJECTIVE_TAILS: &[&str] = &[
    "based", "born", "bound", "led", "listed", "owned", "run", "style", "type", "made", "backed",
    "era", "like",
];

/// Whether `word` is written like a Korean or Chinese given name of two syllables joined by
/// a hyphen, the second in lower case: "Jae-in", "Heung-min", "Ing-wen".
fn is_hyphenated_given_name(word: &str) -> bool {
    // The cheap test first: this runs over every word.
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let mut letters = first.chars();
    letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && (2..=6).contains(&first.len())
        && letters.all(|c| c.is_ascii_lowercase())
        && (2..=6).contains(&second.len())
        && second.chars().all(|c| c.is_ascii_lowercase())
        && !ADJECTIVE_TAILS.contains(&second)
}

/// An East Asian surname followed by a hyphenated given name is one person, as Korean
/// and Chinese names are written: "Son Heung-min", which the tagger read as a place, "Moon
/// Jae-in", "Tsai Ing-wen". A person's name just before it runs on into it ("Carrie Lam
/// Cheng Yuet-ngor"); a longer name the two words are part of is left alone.
fn people_with_hyphenated_given_names(words: &[&str], names: &mut Names) -> bool {
    let person = type_index("PER");
    let mut changed = false;
    for surname in 0..words.len().saturating_sub(1) {
        let end = surname + 2;
        if !is_hyphenated_given_name(words[surname + 1])
            || !EAST_ASIAN_SURNAMES.contains(&words[surname])
        {
            continue;
        }
        let overlapping = || names.iter().filter(|&&(s, e, _)| s < end && surname < e);
        // Part of a longer name, or a person's name already: left as it is.
        if overlapping().any(|&(s, e, kind)| e > end || (s < surname && kind != person)) {
            continue;
        }
        // A person's name just before, or one that the surname ends, runs on into it.
        let start = names
            .iter()
            .find(|&&(s, e, kind)| kind == person && s < surname && (surname..=end).contains(&e))
            .map_or(surname, |&(s, _, _)| s);
        if names.contains(&(start, end, person)) {
            continue;
        }
        names.retain(|&(s, e, _)| !(s >= start && e <= end));
        names.push((start, end, person));
        names.sort_unstable();
        changed = true;
    }
    changed
}

/// Lower-case particles that open a surname: "von der Leyen", "van Dijk", "de Bruyne".
const SURNAME_PARTICLES: &[&str] = &[
    "von", "van", "de", "der", "den", "da", "di", "du", "dos", "das", "del", "della", "le", "la",
    "ter", "ten",
];

/// First words of institutions' names in the languages that write particles before a
/// place or a founder: "Banca della Svizzera Italiana", "Caisse de Refinancement".
const INSTITUTION_OPENINGS: &[&str] = &[
    "Banca",
    "Banco",
    "Banque",
    "Caisse",
    "Cassa",
    "Credito",
    "Crédit",
    "Credit",
    "Sociedade",
    "Sociedad",
    "Societe",
    "Société",
    "Compagnie",
    "Companhia",
    "Compania",
    "Estado",
    "Instituto",
    "Istituto",
    "Institut",
    "Universidad",
    "Universidade",
    "Grupo",
    "Groupe",
    "Gruppo",
    "Casa",
    "Museo",
    "Musee",
    "Teatro",
    "Estadio",
    "Stade",
    "Club",
    "Real",
    "Union",
    "Parti",
    "Partido",
    "Partito",
    "Conseil",
    "Consejo",
    "Ministerio",
    "Ministere",
    "Ministero",
    "Hotel",
    "Maison",
];

/// A person's name and a name right after it that opens with a surname's particle are one
/// person: "Ursula von der Leyen", which the tagger cut into a person and an organization;
/// so are a first name of any type and a person so opening ("Quinton de Kock", an
/// organization and a person). A particle and one name are a person's ("du Plessis"), who
/// runs back over a title-case word the tagger left out, no word news writes in lower
/// case: "Faf du Plessis".
fn join_surnames_with_particles(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let person = type_index("PER");
    let particle = |k: usize| SURNAME_PARTICLES.contains(&words[k]);
    let first_name = |k: usize| gazetteer.name_lists(words[k]) & LIST_FIRST_NAME != 0;
    let joined = join_neighbours(names, |(start, middle, kind), (next, _, next_kind)| {
        let one_person = middle == next
            && particle(next)
            && (kind == person
                || (next_kind == person && middle == start + 1 && first_name(start)));
        one_person.then_some(person)
    });
    let mut extended = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        // A person opening with a particle, or a particle and one name (CoNLL-2003's names
        // opening with a particle are all people's, 7): "du Plessis" was an organization.
        let particle_and_name = end == start + 2;
        let opens_with_particle = start > 0 && particle(start) && end >= start + 2;
        if !opens_with_particle || !(kind == person || particle_and_name) {
            continue;
        }
        let before = start - 1;
        if !unnamed_title_case_word(words, views, names, before)
            || crate::extract::organizations::is_sentence_opener(words[before])
        {
            continue;
        }
        // Not a company the lists know ("Barclays de Zoete Wedd") or an institution's
        // first word ("Banca della Svizzera Italiana").
        let institution = INSTITUTION_OPENINGS.contains(&words[before])
            || gazetteer.name_lists(words[before]) & (LIST_ORGANIZATION | LIST_BRAND | LIST_PLACE)
                != 0;
        if !institution {
            names[n] = (before, end, person);
            extended = true;
        }
    }
    // A listed first name, even one news writes in lower case, before a name of two words
    // opening with a capitalized particle: "Marine Le Pen", where the tagger read "Le Pen"
    // as the party.
    for n in 0..names.len() {
        let (start, end, _) = names[n];
        let capitalized_particle = end == start + 2
            && start > 0
            && words[start].len() <= "della".len()
            && words[start].starts_with(char::is_uppercase)
            && SURNAME_PARTICLES.contains(&words[start].to_lowercase().as_str());
        if capitalized_particle
            && is_title_case(words[start - 1])
            && !is_named(names, start - 1)
            && first_name(start - 1)
            && !crate::extract::organizations::is_sentence_opener(words[start - 1])
        {
            names[n] = (start - 1, end, person);
            extended = true;
        }
    }
    joined | extended
}

/// Joins an Arabic name across "bin", "ibn" or "bint" ("son of", "daughter of") into one
/// person: "Mohammed bin Salman", "Faisal bin Farhan". The tagger learned from 1996 news
/// that never wrote the particle, and cut such a name in two at the lower-case word. A
/// family name in "al-" after a person is the person's too ("Abdel Fattah al-Sisi").
fn join_patronymics(words: &[&str], names: &mut Names) -> bool {
    let capitalized = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && !matches!(
                    *w,
                    "The" | "A" | "An" | "This" | "That" | "In" | "On" | "At"
                )
        })
    };
    let name_at = |names: &Names, k: usize| names.iter().position(|&(s, e, _)| s <= k && k < e);
    let mut changed = false;
    for k in 1..words.len().saturating_sub(1) {
        if !matches!(words[k], "bin" | "ibn" | "bint") || !capitalized(k - 1) || !capitalized(k + 1)
        {
            continue;
        }
        let (left, right) = (name_at(names, k - 1), name_at(names, k + 1));
        if left.is_none() && right.is_none() {
            continue;
        }
        let start = left.map_or(k - 1, |n| names[n].0);
        let end = match right {
            Some(n) => names[n].1,
            None => (k + 1..words.len())
                .take_while(|&j| capitalized(j))
                .last()
                .map_or(k + 2, |j| j + 1),
        };
        replace_names(names, (start, end), (start, end, type_index("PER")));
        changed = true;
    }
    // A family name in "al-" or "el-" goes on the person before it: "Abdel Fattah al-Sisi",
    // "Abu Bakr al-Baghdadi", which the tagger ended at the given names.
    for n in 0..names.len() {
        let Some(&(_, mut end, kind)) = names.get(n) else {
            break;
        };
        if kind != type_index("PER") {
            continue;
        }
        while words.get(end).is_some_and(|w| is_arabic_family_name(w)) {
            end += 1;
        }
        if end > names[n].1 {
            // The family name may have been a name of its own: it joins this one.
            while names.get(n + 1).is_some_and(|&(s, _, _)| s < end) {
                end = end.max(names[n + 1].1);
                names.remove(n + 1);
            }
            names[n].1 = end;
            changed = true;
        }
    }
    changed
}

/// Whether a word is an Arabic family name in "al-" or "el-" ("al-Sisi", "El-Erian").
fn is_arabic_family_name(word: &str) -> bool {
    ["al-", "el-", "Al-", "El-"].iter().any(|prefix| {
        word.strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// What a person is "of" is no person: a place the gazetteer knows or else an
/// organization ("Yair Lapid of Yesh Atid", which the tagger read as two people; "Michael
/// Pachter of Wedbush", a place to it). In CoNLL-2003's training text and eng.testa a name
/// after a person and "of" is a place 68 times, each one the gazetteer knows, an
/// organization 9 times, none of them a place it knows, and a MISC once, never a person.
fn no_person_of_a_person(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let person = type_index("PER");
    let mut changed = false;
    for n in 1..names.len() {
        let (_, previous_end, previous_kind) = names[n - 1];
        let (start, end, kind) = names[n];
        let after_a_person =
            previous_kind == person && start == previous_end + 1 && words[previous_end] == "of";
        if !after_a_person || !matches!(TYPES[kind - 1], "PER" | "LOC") {
            continue;
        }
        // A title's first name ("Maria Full of Grace", "My Summer of Love").
        if kind == person
            && end == start + 1
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0
        {
            continue;
        }
        let place = place_named(gazetteer, &words[start..end].join(" ")).is_some();
        let to = type_index(if place { "LOC" } else { "ORG" });
        if to != kind {
            names[n].2 = to;
            changed = true;
        }
    }
    changed
}

/// An organization's name the tagger ran on over "of" and a people's adjective before a
/// common noun ends before the "of": "the Lima Group of Latin American countries" is the
/// group, then the MISC "Latin American". A body named after a people keeps it
/// ("Organization of American States", "Union of Arab Banks").
fn bodies_end_before_demonyms(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    split_at_last_of(names, words, |_, _, end, kind| {
        let common_noun_after = words
            .get(end)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        (kind == type_index("ORG") && common_noun_after && gazetteer.is_demonym(words[end - 1]))
            .then(|| type_index("MISC"))
    })
}

/// A person's name the tagger ran on over "of" and a country or state ends before it:
/// "Sheikh Tamim bin Hamad al-Thani of Qatar" is the emir and Qatar. In CoNLL-2003's
/// training text and eng.testa no person's name ends in "of" and a place.
fn split_people_of_places(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    split_at_last_of(names, words, |start, of, end, kind| {
        if kind != type_index("PER") || end - start < 3 {
            return None;
        }
        let place = place_named(gazetteer, &words[of + 1..end].join(" "))
            .is_some_and(|place| matches!(place.kind, PlaceKind::Country | PlaceKind::State));
        place.then(|| type_index("LOC"))
    })
}

/// The adjectives of Britain's nations, which the gazetteer's countries do not give.
const BRITISH_NATIONS: &[&str] = &["English", "Scots", "Welsh", "Cornish", "Manx"];

/// A person's name opened by a noun of nationality is that people's word and the person:
/// "Welshman Gerwyn Price", as CoNLL-2003 marks "Frenchman" and "Dutchman" before a name (9
/// times of 9); the tagger knows only the nouns it saw there.
fn nationality_nouns_before_people(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let is_nationality_noun = |word: &str| {
        ["man", "woman"].iter().any(|suffix| {
            word.strip_suffix(suffix)
                .is_some_and(|stem| BRITISH_NATIONS.contains(&stem) || gazetteer.is_demonym(stem))
        })
    };
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        n += 1;
        if kind != type_index("PER") || !is_nationality_noun(words[start]) {
            continue;
        }
        names[n - 1] = (start, start + 1, type_index("MISC"));
        if end - start >= 2 {
            names.insert(n, (start + 1, end, kind));
            n += 1;
        }
        changed = true;
    }
    changed
}

/// Splits each name that `after_of` picks (from its start, last inner "of", end and type,
/// giving the type of what follows) at that "of": the name before keeps its type.
fn split_at_last_of(
    names: &mut Names,
    words: &[&str],
    mut after_of: impl FnMut(usize, usize, usize, usize) -> Option<usize>,
) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        n += 1;
        let Some(of) = (start + 1..end.saturating_sub(1))
            .rev()
            .find(|&k| words[k] == "of")
        else {
            continue;
        };
        let Some(kind_after) = after_of(start, of, end, kind) else {
            continue;
        };
        names[n - 1] = (start, of, kind);
        names.insert(n, (of + 1, end, kind_after));
        n += 1;
        changed = true;
    }
    changed
}

/// Lower-case body nouns that CoNLL-2003's annotators took into names ("Liberal Democratic
/// party", "Star magazine", "Catholic Information office").
const LOWER_CASE_BODY_ENDS: &[&str] = &[
    "party",
    "ministry",
    "office",
    "magazine",
    "radio",
    "affairs",
    "bureau",
    "division",
    "championship",
    "alliance",
    "convention",
    "program",
    "hospital",
];

/// A name ends in a capitalized word: the common nouns the tagger ran a name on into are
/// none of it ("the CGT union", "the Pacific coast", "the Sierra plant", "a Cy Young
/// winner"). A legal form stays ("Krpaco a.s.", "Co ltd"), as do a word with a capital in
/// it ("Droits de l'Homme"), a function word ending the line (a name broken off there:
/// "Queen of the") and the body nouns CoNLL-2003 writes into names
/// (`LOWER_CASE_BODY_ENDS`: "his Liberal Democratic party", "Interior ministry"), 45 of
/// its names of two words or more.
fn trim_lower_case_ends(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for (start, end, _) in names.iter_mut() {
        while *end > *start + 1 && {
            let last = words[*end - 1];
            // "a.s.", "ltd": a legal form, often abbreviated.
            !last.contains(char::is_uppercase)
                && last.starts_with(char::is_alphabetic)
                && !last.contains('.')
                && !crate::extract::is_legal_form(last)
                && !LOWER_CASE_BODY_ENDS.contains(&last)
                && !crate::extract::is_name_particle(last)
                && !(*end == words.len() && matches!(last, "the" | "of" | "and" | "for"))
        } {
            *end -= 1;
            changed = true;
        }
    }
    changed
}

/// A name ends before a full stop that follows a whole word: "according to Thai Lawyers
/// for Human Rights." In CoNLL-2003 all 12 names that take in a stop end in an
/// abbreviation of at most five letters ("Baird & Co .", "Boulder , Colo .").
fn drop_full_stops_after_words(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for (start, end, _) in names.iter_mut() {
        if *end > *start + 1 && words[*end - 1] == "." {
            let before = words[*end - 2];
            if before.chars().count() > 5 || !before.starts_with(char::is_uppercase) {
                *end -= 1;
                changed = true;
            }
        }
    }
    changed
}

/// A company's name the tagger began at a sentence's second word begins at its first, when
/// that is capitalized, unnamed and no function word: "Zoom Video Communications beat
/// estimates", where "Zoom" opening a sentence looked like the common word. In CoNLL-2003
/// a company's name ending in a legal form or company word begins so 38 times, and 9 leave
/// the first word out, all function words ("And", "A", "The", "Both") but one. Not in a
/// headline or table in capitals, nor after a plural common noun ("Rivals General Motors
/// and Ford").
fn companies_opening_sentences(words: &[&str], views: &[TokenView], names: &mut Names) -> bool {
    let Some(first) = names.first_mut() else {
        return false;
    };
    let (start, end, kind) = *first;
    let plural_noun = words[0].ends_with('s') && views[0].mostly_lower_case();
    let opens = start == 1
        && kind == type_index("ORG")
        && words[0].starts_with(char::is_uppercase)
        && !crate::extract::organizations::is_sentence_opener(words[0])
        && !matches!(words[0], "Both" | "Either" | "Neither")
        && !plural_noun
        // Not a label in capitals or a table's ("BORROWER VENANTIUS AB").
        && in_normal_case(words)
        && crate::extract::is_company_name(&words[start..end].join(" "));
    if opens {
        first.0 = 0;
    }
    opens
}

/// Nouns for a kind of company that news of today sets before a company's name opening a
/// sentence ("Insurer Aviva sold"), besides any "-maker" ("Drugmaker", "Planemaker").
const COMPANY_DESCRIPTORS: &[&str] = &[
    "Insurer",
    "Reinsurer",
    "Retailer",
    "Brewer",
    "Miner",
    "Lender",
    "Conglomerate",
    "Broadcaster",
    "Carrier",
    "Refiner",
    "Publisher",
    "Distiller",
    "Grocer",
    "Supermarket",
];

/// Whether a word is a lower-case noun for one company ("firm", "drugmaker"; cues.rs).
fn is_singular_company_noun(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && (crate::extract::cues::noun_type(word)
            .is_some_and(|(kind, plural)| kind == type_index("ORG") && !plural)
            || crate::extract::cues::rules_only_noun_type(word) == Some(type_index("ORG")))
}

/// A name set off by commas after a noun for a kind of company is that company: "the
/// country's largest broadcaster , ABS-CBN ,", a person to the tagger. In CoNLL-2003's
/// training text and eng.testa a name so placed is an organization 4 times of 5 ("firm ,
/// Kingston Technology Co ."), the other after "rival", no company noun. A person whose
/// first name the lists know stays one.
fn companies_in_apposition(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let company = kind != type_index("ORG")
            && start >= 2
            && words[start - 1] == ","
            && words.get(end).is_some_and(|w| matches!(*w, "," | "."))
            && is_singular_company_noun(words[start - 2])
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0
            && names_no_place(gazetteer, &words[start..end])
            // Not the one who heads it: "the head of the food logistics agency , Bustanil
            // Arifin ,".
            && !words[start.saturating_sub(6)..start - 2].contains(&"of");
        company.then(|| type_index("ORG"))
    })
}

/// Nouns of bodies other than companies, and of trades also a person's, that end a
/// description of an organization: "FIFA, soccer's world governing body,", "Norilsk,
/// Russia's largest nickel producer,". Verbs or people too ("lobby Congress", "producer
/// Harvey Weinstein"), so not nouns before a name.
const BODIES_DESCRIBED: &[&str] = &[
    "lobby",
    "body",
    "federation",
    "association",
    "alliance",
    "coalition",
    "movement",
    "organisation",
    "organization",
    "institute",
    "producer",
    "exporter",
    "miner",
];

/// A name a comma and a description ending in a noun for a kind of company or body follow
/// is that organization: "Keidanren, Japan's biggest business lobby," (a place to the
/// tagger), "Bamerindus, Brazil's fourth-largest private bank". In CoNLL-2003's training
/// text and eng.testa 8 of 9 names so described are organizations, the other a person
/// described by the group he leads. Not "leader of the Freedom Front party": the description must not
/// hold "of". A place the gazetteer knows and a person whose first name the lists know stay.
fn organizations_described_after_a_comma(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    retype(names, |start, end, kind| {
        if kind == type_index("ORG") || words.get(end) != Some(&",") {
            return None;
        }
        let description_ends = |k: usize| {
            (is_singular_company_noun(words[k]) || BODIES_DESCRIBED.contains(&words[k]))
                && words
                    .get(k + 1)
                    .is_none_or(|w| matches!(*w, "," | "." | ";"))
        };
        // A noun phrase: an article or a possessive opens it ("a Sudanese umbrella
        // opposition group", "Japan's biggest business lobby"), not a verb ("Kobena
        // Erbynn, represented a compromise between producer,").
        let phrase = matches!(words.get(end + 1), Some(&("the" | "a" | "an" | "its")))
            || words.iter().skip(end + 2).take(2).any(|w| is_possessive(w));
        let described = phrase
            && words
                .iter()
                .enumerate()
                .skip(end + 1)
                .take(7)
                .take_while(|(_, w)| !matches!(**w, "," | "." | ";" | "of" | "-"))
                .any(|(k, _)| description_ends(k));
        // A town may name its company ("Norilsk, Russia's largest nickel producer"), not a
        // city of millions, which ends a longer name more often ("Continental Illinois
        // National Bank and Trust Co of Chicago, Continental's largest subsidiary"); a
        // country is described as one ("Saudi Arabia, the world's largest oil exporter").
        let not_a_region = || {
            place_named(gazetteer, &words[start..end].join(" "))
                .is_none_or(|place| place.kind == PlaceKind::City && place.population < 1_000_000)
        };
        let ends_a_name = start > 0 && words[start - 1] == "of";
        let company = described
            && !ends_a_name
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0
            && not_a_region();
        company.then(|| type_index("ORG"))
    })
}

/// A noun for a kind of company opening a sentence ("Chipmaker Nvidia agreed", "Miner Rio
/// Tinto named") is no part of the name after it, which is the company's: the tagger read
/// "Chipmaker Nvidia" as a person and "Rio Tinto" as a place. Reuters writes so since
/// about 2000; CoNLL-2003's 1996 text has two ("Conglomerate", "Publisher"), both before
/// organizations and outside them. A common word the tagger named before a company noun
/// opening the sentence names nothing ("Cybersecurity firm FireEye"; in CoNLL such a word
/// is no name 3 times of 4, the other a people's adjective, which stays).
fn companies_after_descriptors(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let descriptor_at = |k: usize| {
        let word = words[k];
        let opens = k == 0 || matches!(words[k - 1], "-" | "--" | "\"" | "\u{201c}");
        opens
            && is_title_case(word)
            && (COMPANY_DESCRIPTORS.contains(&word)
                || (word.len() > "maker".len() + 2 && word.ends_with("maker")))
    };
    let mut changed = false;
    // A common word opening the sentence before a company noun and a name describes it:
    // "Cybersecurity firm FireEye", "Dredging group Koninklijke Boskalis". Not a people's
    // adjective or a place ("German retailer Promodes", "Swiss bank UBS").
    let company_noun = |k: usize| words.get(k).is_some_and(|w| is_singular_company_noun(w));
    let opening_description = names.first().is_some_and(|&(start, end, _)| {
        start == 0
            && end == 1
            && company_noun(1)
            && words
                .get(2)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && !gazetteer.is_demonym(words[0])
            && place_named(gazetteer, words[0]).is_none()
    });
    if opening_description {
        names.remove(0);
        changed = true;
    }
    for (start, end, kind) in names.iter_mut() {
        let company = if *end - *start >= 2 && descriptor_at(*start) {
            *start += 1;
            changed = true;
            true
        } else {
            *start > 0 && descriptor_at(*start - 1)
        };
        // A person keeps their name: "Broadcaster Chris Evans", "Filmmaker Spike Lee".
        let person = *kind == type_index("PER")
            && *end - *start >= 2
            && gazetteer.name_lists(words[*start]) & LIST_FIRST_NAME != 0;
        if company && !person && *kind != type_index("ORG") {
            *kind = type_index("ORG");
            changed = true;
        }
    }
    changed
}

/// A name followed by capitalized words that end in a company's legal form is that
/// company's: "Santa Fe Pacific Gold Corp", not the place "Santa Fe Pacific"; "Hwa Kay
/// Thai Holdings Ltd", not the person "Hwa Kay Thai Holdings".
fn extend_to_legal_form(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, _) = names[n];
        n += 1;
        let run_end = (end..words.len())
            .take_while(|&k| words[k].starts_with(char::is_uppercase) || words[k] == "&")
            .last();
        let Some(last) = run_end.filter(|&k| crate::extract::is_legal_form(words[k])) else {
            continue;
        };
        // A legal form the tagger named on its own ("Cofinec S.A." as a person and a MISC)
        // joins; any other name in the way stops the extension.
        let legal_form_only =
            |s: usize, e: usize| words[s..e].iter().all(|w| crate::extract::is_legal_form(w));
        if names
            .iter()
            .any(|&(s, e, _)| end <= s && s <= last && !legal_form_only(s, e))
        {
            continue;
        }
        // Names are in order: those joined all come after this one.
        names.retain(|&(s, _, _)| !(end <= s && s <= last));
        names[n - 1] = (start, last + 1, type_index("ORG"));
        changed = true;
    }
    changed
}

/// A company in legal form that the tagger started after an "and" runs back over the
/// capitalized words it left out before it: "Apartment Investment and Management Co",
/// "Virginia Electric and Power Co". In CoNLL-2003's training text and eng.testa every
/// capitalized word before "and" and a company in legal form is part of a name, six times
/// this one's.
fn companies_back_over_and(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        let legal = kind == type_index("ORG") && crate::extract::is_legal_form(words[end - 1]);
        if !legal || start < 2 || words[start - 1] != "and" {
            continue;
        }
        let unnamed_capital = |k: usize| {
            words[k].starts_with(char::is_uppercase)
                && !is_named(names, k)
                && !crate::extract::organizations::is_sentence_opener(words[k])
        };
        let run_start = (0..start - 1)
            .rev()
            .take(4)
            .take_while(|&k| unnamed_capital(k))
            .last();
        let Some(run_start) = run_start else {
            continue;
        };
        // Not the tail of a longer run: four capitals and more are another thing.
        if run_start > 0 && unnamed_capital(run_start - 1) {
            continue;
        }
        names[n].0 = run_start;
        changed = true;
    }
    changed
}

/// Capitalized words the tagger left unnamed that end in a company's legal form, in a
/// sentence in normal case, are that company: "Best Products Co Chairman and Chief
/// Executive Daniel Levy", where the title after the name hid it.
fn unnamed_companies_by_their_form(words: &[&str], names: &mut Names) -> bool {
    if !in_normal_case(words) {
        return false;
    }
    let named = |k: usize| is_named(names, k);
    let mut found = Names::new();
    for last in 1..words.len() {
        // The capital first: `is_legal_form` folds the word's case.
        if !words[last].starts_with(char::is_uppercase)
            || !crate::extract::is_legal_form(words[last])
            || named(last)
        {
            continue;
        }
        let mut start = last;
        while start > 0
            && (words[start - 1].starts_with(char::is_uppercase) || words[start - 1] == "&")
            && !named(start - 1)
        {
            start -= 1;
        }
        while start < last && matches!(words[start], "The" | "A" | "An" | "&") {
            start += 1;
        }
        if start < last {
            found.push((start, last + 1, type_index("ORG")));
        }
    }
    if found.is_empty() {
        return false;
    }
    names.append(&mut found);
    names.sort_unstable();
    true
}

/// Miners' and makers' last words: "Kinross Gold", "Hindustan Copper". A person may bear
/// one ("Dore Gold"), so they make companies of places only.
const PRODUCE_WORDS: &[&str] = &["gold", "mines", "nickel", "copper", "cement"];

/// A "place" or "person" whose last word is a company's (`COMPANY_WORDS`, "Capital",
/// "Platforms", "Ventures", "Brands", "Global", "Aereas", and for places `PRODUCE_WORDS`) is
/// a company: "sold to Bain Capital", "Jio Platforms", "Gol Linhas Aereas", "Virginia
/// Electric", "Battle Mountain Gold", "Melvin Capital"; so is one with "Brothers" inside
/// ("Brown Brothers Harriman", a place to the tagger). A place runs on over such a word the
/// tagger left out, when no capital follows: "Santa Fe Pacific Gold said". In CoNLL-2003's
/// training text and eng.testa 58 of the 62 names of two words or more so ending are
/// organizations; a first name before a surname keeps a person ("Jonathon Power"), and an
/// airport stays a place. Not in headlines.
fn companies_by_their_last_word(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    // A headline's capitals name markets so: "HONG KONG GOLD 1230", "LONDON GOLD FIXED".
    if !in_normal_case(words) {
        return false;
    }
    let place = type_index("LOC");
    let company_word = |word: &str, kind: usize| {
        let lower = word.to_lowercase();
        matches!(
            lower.as_str(),
            "capital"
                | "platforms"
                | "ventures"
                | "brands"
                | "global"
                | "aereas"
                | "aéreas"
                // Newer trades' words, in no name of CoNLL-2003's 1996 text: "Aurora
                // Innovation", "Boston Dynamics", "Vertex Pharmaceuticals".
                | "innovation"
                | "innovations"
                | "therapeutics"
                | "biosciences"
                | "biotech"
                | "robotics"
                | "aerospace"
                | "semiconductors"
                | "dynamics"
                | "solutions"
        ) || (kind == place && PRODUCE_WORDS.contains(&lower.as_str()))
            || (lower != "airport"
                && crate::extract::organizations::COMPANY_WORDS.contains(&lower.as_str()))
    };
    // "Brown Brothers Harriman": a firm's partners after "Brothers".
    let brothers_inside = |start: usize, end: usize| {
        end - start >= 3 && words[start + 1..end - 1].contains(&"Brothers")
    };
    places_run_on_into_organizations(words, names, |word| company_word(word, place))
        | retype(names, |start, end, kind| {
            (kind != type_index("ORG") && kind != type_index("MISC") && brothers_inside(start, end))
                .then(|| type_index("ORG"))
        })
        | retype(names, |start, end, kind| {
            // "Melvin Capital" is no one's name, "Jonathon Power" is.
            let retypable = kind == place
                || (kind == type_index("PER")
                    && (gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0
                        || gazetteer.name_lists(words[end - 1]) & LIST_SURNAME == 0));
            (end - start >= 2 && retypable && company_word(words[end - 1], kind))
                .then(|| type_index("ORG"))
        })
}

/// A country's name with "First" after it is a party or a movement: "New Zealand First",
/// "Britain First", where the tagger had the country and left "First" out ("Earth
/// First" is an organization in CoNLL-2003). Not before another capital ("England First
/// XI").
fn parties_named_first(words: &[&str], names: &mut Names) -> bool {
    places_run_on_into_organizations(words, names, |word| word == "First")
}

/// Runs each place on over the capitalized word after it that the tagger left out, when
/// `makes_organization` picks that word and no capital follows, into an organization:
/// "Santa Fe Pacific Gold said", "New Zealand First ,".
fn places_run_on_into_organizations(
    words: &[&str],
    names: &mut Names,
    makes_organization: impl Fn(&str) -> bool,
) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        let left_out = kind == type_index("LOC")
            && capitalized_at(words, end)
            && !capitalized_at(words, end + 1)
            && names.get(n + 1).is_none_or(|&(next, _, _)| next > end)
            && makes_organization(words[end]);
        if left_out {
            names[n] = (start, end + 1, type_index("ORG"));
            changed = true;
        }
    }
    changed
}

/// A name ending in a legal form or joining names with "&" is a company's, whoever it is
/// named after: "Eli Lilly & Co", "Robert W. Baird & Co".
fn companies_by_their_form(words: &[&str], names: &mut Names) -> bool {
    retype(names, |start, end, kind| {
        let company = end - start > 1
            && (crate::extract::is_legal_form(words[end - 1])
                || words[start + 1..end - 1].contains(&"&"));
        (company && kind != type_index("MISC")).then(|| type_index("ORG"))
    })
}

/// In a sports story or a list of fixtures, a name beside the "v" of a fixture is a team
/// ("Notts County v York"):
/// 138 of 143 such names in CoNLL-2003's training text are organizations, the rest
/// countries, which stay places (a town the tagger called a place becomes a team), and so
/// is a name just across a line break from the "v" (the 13 such names there are all teams:
/// "Hartlepool v" / "Cardiff , Colchester v").
/// ("vs." also pairs tennis players; elsewhere "Marvin Gaye v Tuff Jam" pairs styles of
/// music.)
fn fixtures_are_teams(
    words: &[&str],
    names: &mut Names,
    v_across_break: (bool, bool),
    gazetteer: &Gazetteer,
) -> bool {
    let (v_before, v_after) = v_across_break;
    retype(names, |start, end, kind| {
        let beside_v = words.get(end) == Some(&"v")
            || (start > 0 && words[start - 1] == "v")
            || (start == 0 && v_before)
            || (end == words.len() && v_after);
        let team = kind == type_index("PER")
            || kind == type_index("MISC")
            || (kind == type_index("LOC")
                && is_town_or_state(&words[start..end].join(" "), gazetteer));
        (beside_v && team).then(|| type_index("ORG"))
    })
}

/// A name the lists know with its "'s" as an organization is one, the "'s" included:
/// "McDonald 's", "Moody 's", "Sainsbury 's", as CoNLL-2003 marks them; the tagger took the
/// "'s" for a possessive. So are two names across an "'s" that the lists know whole.
fn extend_possessive_names(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for (start, end, kind) in names.iter_mut() {
        // A person's possessive stays one: "Smith 's death", though a grocer is "Smith's".
        if *kind == type_index("PER")
            || !words
                .get(*end)
                .is_some_and(|w| matches!(*w, "'s" | "\u{2019}s" | "'S" | "\u{2019}S"))
        {
            continue;
        }
        let with_possessive = format!("{}'s", words[*start..*end].join(" "));
        if gazetteer.name_lists(&with_possessive) & (LIST_ORGANIZATION | LIST_BRAND) != 0 {
            *end += 1;
            *kind = type_index("ORG");
            changed = true;
        }
    }
    // Two names across an "'s" that the lists know whole, with or without its legal form:
    // "Dick 's Sporting Goods Inc", which the tagger read as a person and his shop.
    changed |= join_neighbours(names, |(start, middle, _), (next, end, _)| {
        let listed_up_to = |last: usize| {
            // Written as the lists have it, the "'s" on its word, for the tokenizer to split.
            gazetteer.name_lists(&format!(
                "{}{} {}",
                words[start..middle].join(" "),
                words[middle],
                words[next..last].join(" ")
            )) & (LIST_ORGANIZATION | LIST_BRAND)
                != 0
        };
        let listed = next == middle + 1
            && is_possessive(words[middle])
            && (listed_up_to(end)
                || (end > next + 1
                    && crate::extract::is_legal_form(words[end - 1])
                    && listed_up_to(end - 1)));
        listed.then(|| type_index("ORG"))
    });
    changed
}

/// Whether a word heads a body's name that runs on across "for" ("Organisation for
/// Economic Cooperation", "Movement for Socialism", "Alliance of Democratic Forces for the
/// Liberation of Congo-Zaire"): a body's head word, not a company's ("Arkla Energy
/// Resources for Arkla").
fn is_body_head_before_for(word: &str) -> bool {
    matches!(
        word,
        "Administration"
            | "Centre"
            | "Center"
            | "Foundation"
            | "Bureau"
            | "Authority"
            | "Board"
            | "Society"
            | "Movement"
            | "Coalition"
            | "Commissioner"
            | "Campaign"
            | "Front"
            | "Forces"
            // "National Congress for New Politics", "Congress for Democratic Change".
            | "Congress"
    ) || super::super::organizations::is_body_head(word)
}

/// A body's head word the tagger left out before "for" and a name opens that name, one
/// organization: "Evo Morales' Movement for Socialism party", where it read "Socialism"
/// alone as a place. In CoNLL-2003's training text and eng.testa such a head word, "for"
/// and a capitalized word open an organization 10 times in 10 ("the Organisation for
/// Security and Cooperation in Europe").
fn bodies_opening_before_for(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        if start < 2 || words[start - 1] != "for" || kind == type_index("PER") {
            continue;
        }
        let head = start - 2;
        let head_unnamed = n == 0 || names[n - 1].1 <= head;
        // Capitalized, opening the name: not "fund for Africa" nor "Member of Parliament
        // for Sheffield".
        let opens = head == 0
            || !(words[head - 1].starts_with(char::is_uppercase) || words[head - 1] == "of");
        // A legislature's seat is one "for" a constituency: "entered Parliament for
        // Sheffield Brightside".
        let legislature = matches!(
            words[head],
            "Parliament" | "Senate" | "Assembly" | "Congress"
        );
        if head_unnamed
            && opens
            && !legislature
            && words[head].starts_with(char::is_uppercase)
            && is_body_head_before_for(words[head])
        {
            names[n] = (head, end, type_index("ORG"));
            changed = true;
        }
    }
    changed
}

/// Two names across a plural's bare apostrophe, the second a body's or a cup's head word,
/// are one: "Workers ' Party", which the tagger cut at the apostrophe. In CoNLL-2003's
/// training text and eng.testa a plural's apostrophe before a capitalized word is inside
/// one name 13 times of 17 ("National Farmers ' Union", "Cup Winners ' Cup"), and the
/// four others end in no such word ("The Netherlands ' ING Group").
fn join_plural_possessive_bodies(words: &[&str], names: &mut Names) -> bool {
    // The type of the whole, from the head word after the apostrophe at `apostrophe`.
    let joined_type = |apostrophe: usize| {
        let after_plural =
            matches!(words[apostrophe], "'" | "\u{2019}") && words[apostrophe - 1].ends_with('s');
        match words.get(apostrophe + 1).filter(|_| after_plural) {
            Some(&("Cup" | "Trophy" | "League")) => Some(type_index("MISC")),
            Some(
                &("Party" | "Union" | "Association" | "Federation" | "Council" | "Congress"
                | "Front" | "Alliance" | "Bank"),
            ) => Some(type_index("ORG")),
            _ => None,
        }
    };
    let mut changed = join_neighbours(names, |(_, middle, _), (next, end, _)| {
        (next == middle + 1 && end == next + 1)
            .then(|| joined_type(middle))
            .flatten()
    });
    // The head word left out: "the ruling Workers ' Party ."
    for n in 0..names.len() {
        let end = names[n].1;
        let head_unnamed = names.get(n + 1).is_none_or(|&(next, _, _)| next > end + 1);
        if head_unnamed
            && end + 1 < words.len()
            && let Some(kind) = joined_type(end)
        {
            names[n] = (names[n].0, end + 2, kind);
            changed = true;
        }
    }
    changed
}

/// Joins a body's name across "for" ("State Administration" for "Market Regulation", as
/// "Organisation for Economic Cooperation and Development": in CoNLL-2003's training text
/// and eng.testa an organization, "for" and a name are one organization 15 times in 15)
/// and across "of" to another body ("International Committee of the Red Cross"),
/// and "People 's" to the name after it ("People 's Bank of China", "People 's Republic of
/// China"), which the tagger cut in two at the lower-case word.
fn join_bodies_across_for(words: &[&str], names: &mut Names) -> bool {
    join_neighbours(
        names,
        |(start, middle, kind), (next, next_end, next_kind)| {
            let across = |word: &str| next == middle + 1 && words[middle] == word;
            let across_the = |word: &str| {
                next == middle + 2 && words[middle] == word && words[middle + 1] == "the"
            };
            // A place after "for" is what the body serves ("Commission for Asia and the
            // Pacific").
            let body = || is_body_head_before_for(words[middle - 1]);
            // Once joined, on across "and" to one word: "International Bank for Reconstruction
            // and Development". "for the" joins too ("Rally for the Return of Refugees",
            // inside one name both times in CoNLL-2003 after a body's head word).
            let across_for = || {
                (across("for") || across_the("for")) && body()
                    || across("and")
                        && next_end == next + 1
                        && words[start..middle].contains(&"for")
            };
            // "International Committee" of the "Red Cross": a body's head word, "of" and
            // another body are one name (CoNLL-2003's training text and eng.testa never
            // have them apart).
            let across_of = || {
                (across("of") || across_the("of"))
                    && next_kind == type_index("ORG")
                    && (body() || BODY_HEADS.contains(&words[middle - 1]))
            };
            if kind == type_index("ORG")
                && matches!(TYPES[next_kind - 1], "ORG" | "MISC")
                && across_for()
                || kind == type_index("ORG") && across_of()
            {
                Some(kind)
            } else if words[start..middle] == ["People"]
                && (across("'s") || across("\u{2019}s"))
                && matches!(TYPES[next_kind - 1], "ORG" | "LOC")
            {
                Some(next_kind)
            } else {
                None
            }
        },
    )
}

/// A body "of" one field, then commas and names up to one joined by "and", is one body of
/// all those fields: "Ministry of Economy, Trade and Industry", "Bureau of Alcohol, Tobacco
/// and Firearms", which the tagger cut at the commas. CoNLL-2003 marks such names whole.
fn bodies_of_listed_fields(words: &[&str], names: &mut Names) -> bool {
    let organization = type_index("ORG");
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        if kind != organization || !words[start + 1..end].contains(&"of") {
            n += 1;
            continue;
        }
        // The fields after it, each after a comma: the last one joined by "and".
        let mut last = n;
        let mut joined_by_and = None;
        while last + 1 < names.len() && last - n < 5 {
            let (next, next_end, _) = names[last + 1];
            if next != names[last].1 + 1 || words[names[last].1] != "," {
                break;
            }
            last += 1;
            if words[next + 1..next_end].contains(&"and") {
                joined_by_and = Some(last);
                break;
            }
        }
        if let Some(last) = joined_by_and {
            names[n] = (start, names[last].1, organization);
            names.drain(n + 1..=last);
            changed = true;
        }
        n += 1;
    }
    changed
}

/// Two names side by side that the lists know together as a company are that company:
/// "Saudi" and "Aramco", "Swiss" and "Bank Corp", which the tagger cut after the
/// nationality. So with one word between them: "Pret" and "Manger" of "Pret A Manger".
fn join_listed_companies(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    join_neighbours(names, |(start, middle, _), (next, end, _)| {
        let one_word_between = next == middle + 1 && words[middle].starts_with(char::is_alphabetic);
        let listed = (middle == next || one_word_between)
            && gazetteer.name_lists(&words[start..end].join(" "))
                & (LIST_ORGANIZATION | LIST_BRAND)
                != 0;
        listed.then(|| type_index("ORG"))
    })
}

/// A name the tagger ended before capitals it left out, which with them is a company the
/// lists know, runs on over them: "Saudi Aramco", of which it tagged only the nationality.
fn extend_to_listed_companies(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, _) = names[n];
        let next_start = names.get(n + 1).map_or(words.len(), |&(next, _, _)| next);
        // Capitals, and a lower-case "the" or "of" between them ("Save the Children").
        let unnamed_capitals = (end..next_start.min(end + 3))
            .take_while(|&k| {
                words[k].starts_with(char::is_uppercase)
                    || matches!(words[k], "the" | "of")
                        && words
                            .get(k + 1)
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
            })
            .count();
        let listed = (end + 1..=end + unnamed_capitals).rev().find(|&longer| {
            words[longer - 1].starts_with(char::is_uppercase)
                && gazetteer.name_lists(&words[start..longer].join(" "))
                    & (LIST_ORGANIZATION | LIST_BRAND)
                    != 0
        });
        if let Some(longer) = listed {
            names[n] = (start, longer, type_index("ORG"));
            changed = true;
        }
    }
    changed
}

/// Capitals either side of "and" before "party" name one party: "Poland's Law and Justice
/// party", "Benny Gantz's Blue and White party", which the tagger cut in two at "and". With
/// "Party" capitalized it mostly takes the name whole, but not always ("Union Solidarity
/// and Development Party"). A place or person the tagger saw before "party" is the party
/// ("the Chadema party", "Uribe's Democratic Centre party"): CoNLL-2003's training text and
/// eng.testa have 13 organizations there and 9 MISC words ("Democratic party"), no place
/// or person.
fn parties_across_and(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let capitalized = |k: usize| {
        words[k].starts_with(char::is_uppercase)
            && !crate::extract::organizations::is_sentence_opener(words[k])
    };
    let mut changed = false;
    for party in 3..words.len() {
        if !matches!(words[party], "party" | "Party") || !capitalized(party - 1) {
            continue;
        }
        // The end of the party's name: "Party" is its last word.
        let end = if words[party] == "Party" {
            party + 1
        } else {
            party
        };
        // Back over capitals and an "and" between capitals: "Law and Justice".
        let mut start = party - 1;
        let mut joined = false;
        while start > 0 && party - start < 6 {
            if capitalized(start - 1) {
                start -= 1;
            } else if start >= 2
                && words[start - 1] == "and"
                && capitalized(start - 2)
                // Two parties, not one: "the Labour Party and Plaid Cymru party", "the
                // Republican and Conservative Party candidate".
                && !super::super::organizations::is_body_head(words[start - 2])
                && !names
                    .iter()
                    .any(|&(_, end, kind)| end == start - 1 && kind == type_index("MISC"))
            {
                start -= 2;
                joined = true;
            } else {
                break;
            }
        }
        if !joined {
            if end == party {
                // A place the gazetteer knows is the party's branch there ("Michigan party
                // chairman").
                changed |= retype(names, |s, e, kind| {
                    let party_name = e == party
                        && (kind == type_index("PER")
                            || kind == type_index("LOC")
                                && names_no_place(gazetteer, &words[s..e]));
                    party_name.then(|| type_index("ORG"))
                });
            }
            continue;
        }
        replace_names(names, (start, end), (start, end, type_index("ORG")));
        changed = true;
    }
    changed
}

/// Capitals either side of "and" that the lists know as one company, written with "&" or
/// "and", are that company: "Marks and Spencer", "Procter and Gamble", which the tagger cut
/// into a surname or two.
fn listed_companies_across_and(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    let capitalized = |k: usize| capitalized_at(words, k);
    let mut changed = false;
    for and in 1..words.len().saturating_sub(1) {
        if words[and] != "and" || !capitalized(and - 1) || !capitalized(and + 1) {
            continue;
        }
        let first = (and.saturating_sub(3)..and)
            .rev()
            .take_while(|&k| capitalized(k))
            .last()
            .unwrap_or(and);
        let last = (and + 1..(and + 4).min(words.len()))
            .take_while(|&k| capitalized(k))
            .last()
            .unwrap_or(and);
        let listed = |start: usize, end: usize| {
            let (left, right) = (words[start..and].join(" "), words[and + 1..end].join(" "));
            [format!("{left} & {right}"), format!("{left} and {right}")]
                .iter()
                .any(|name| gazetteer.name_lists(name) & (LIST_ORGANIZATION | LIST_BRAND) != 0)
        };
        // The shortest listed name: "Marks and Spencer" of "Marks and Spencer Group".
        let found = (first..and)
            .rev()
            .flat_map(|start| (and + 2..=last + 1).map(move |end| (start, end)))
            .find(|&(start, end)| listed(start, end));
        let Some((start, end)) = found else {
            continue;
        };
        // A body's longer name stays whole: "U.S. Food and Drug Administration".
        let organization = type_index("ORG");
        if names
            .iter()
            .any(|&(s, e, kind)| kind == organization && s <= start && end <= e)
        {
            continue;
        }
        names.retain(|&(s, e, _)| e <= start || s >= end);
        add_company(words, names, companies, (start, end));
        changed = true;
    }
    changed
}

/// Last words of a firm's name that close it before "and": "Bluebell Capital and Artisan
/// Partners" are two firms. Not words that pair with another in one name ("Oil and Natural
/// Gas", "Electric and Gas").
const FIRM_ENDINGS: &[&str] = &[
    "Capital",
    "Partners",
    "Holdings",
    "Investments",
    "Management",
    "Research",
    "Technologies",
    "Pharmaceuticals",
    "Enterprises",
    "Group",
    "Associates",
    // A bank's holding company: "PacWest Bancorp and Western Alliance Bancorp".
    "Bancorp",
    "Bancshares",
];

/// An organization the tagger ran across "and" from one company to the next ends at the
/// first one's legal form or firm's word: "Eli Lilly and Co" / "Regeneron Pharmaceuticals
/// Inc", "Bluebell Capital" / "Artisan Partners". In CoNLL-2003's training text and
/// eng.testa such an "and" stands between two companies 13 times ("Chevron Corp and Texaco
/// Inc") and inside one name only before a body's head word ("Securities and Exchange
/// Commission") or after an "of" ("Ministry of Petroleum and Minerals"), left alone here
/// with "for" and an institution's last word ("Natural Hazards Research and Applications
/// Information Center"), and once in "First Alliance Corporation and Subsidiaries". It ends
/// too where a side is a company the lists know, and no other list does ("Tapestry and
/// PVH Corp", "AMC Entertainment and Cineworld"), unless the lists know the whole.
fn split_companies_at_and(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
    clusters: &Clusters,
) -> bool {
    let organization = type_index("ORG");
    let mut split: Names = Vec::with_capacity(names.len());
    let mut changed = false;
    for &(start, end, kind) in names.iter() {
        if kind != organization {
            split.push((start, end, kind));
            continue;
        }
        let joins_two = |k: usize| {
            words[k] == "and"
                && words[k + 1].starts_with(char::is_uppercase)
                // "Research and Development", "Disney Corporation and Saudi Arabian prince".
                && !crate::extract::is_generic_organization_word(words[k + 1])
                && words[k + 1] != "Development"
                // "Morgan Stanley and Co Inc": the firm's own company.
                && !crate::extract::is_legal_form(words[k + 1])
                && !gazetteer.is_demonym(&words[k + 1..end].join(" "))
                && !gazetteer.is_demonym(words[k + 1])
        };
        let of_or_for = || words[start..end].iter().any(|w| matches!(*w, "of" | "for"));
        let listed_whole =
            || gazetteer.name_lists(&words[start..end].join(" ")) & LIST_ORGANIZATION != 0;
        let after_a_firm = (start + 2..end.saturating_sub(1)).find(|&k| {
            (crate::extract::is_legal_form(words[k - 1]) || FIRM_ENDINGS.contains(&words[k - 1]))
                && joins_two(k)
        });
        let whole = || {
            of_or_for()
                || super::super::organizations::is_institution_word(words[end - 1])
                || listed_whole()
        };
        // "Tapestry and PVH Corp", "AMC Entertainment and Cineworld": a side the lists know
        // as a company's name only, which no other list has.
        // A word the lists file as a company's that news writes in lower case too
        // ("Energy", "Telegraph", "Commerce") counts only beside a legal form ("American
        // Telephone and Telegraph", "Energy and Mines Ministry" stay whole).
        let not_company = LIST_PLACE | LIST_FIRST_NAME | LIST_SURNAME | LIST_PERSON;
        let company = |side: &[&str], other: &[&str]| {
            listed_as_company_only(gazetteer, &side.join(" "), not_company)
                && (side.len() >= 2
                    || !clusters.has_lower_case_form(side[0])
                    || other
                        .last()
                        .is_some_and(|w| crate::extract::is_legal_form(w)))
        };
        let listed_side = || {
            (start + 1..end.saturating_sub(1)).find(|&k| {
                let (left, right) = (&words[start..k], &words[k + 1..end]);
                joins_two(k) && (company(left, right) || company(right, left))
            })
        };
        let and = match after_a_firm {
            Some(and) if !whole() => Some(and),
            _ if !of_or_for() && !listed_whole() => listed_side(),
            _ => None,
        };
        match and {
            Some(and) => {
                split.push((start, and, organization));
                split.push((and + 1, end, organization));
                changed = true;
            }
            _ => split.push((start, end, kind)),
        }
    }
    *names = split;
    changed
}

/// Splits each organization at the word `split_at` finds (from its start, end and type)
/// into the organization before the word and the place after it.
fn split_organizations_before_places(
    names: &mut Names,
    mut split_at: impl FnMut(usize, usize, usize) -> Option<usize>,
) -> bool {
    let mut split: Names = Vec::with_capacity(names.len());
    let mut changed = false;
    for &(start, end, kind) in names.iter() {
        match split_at(start, end, kind) {
            Some(k) => {
                split.push((start, k, type_index("ORG")));
                split.push((k + 1, end, type_index("LOC")));
                changed = true;
            }
            None => split.push((start, end, kind)),
        }
    }
    *names = split;
    changed
}

/// An organization the tagger ran on over "and" to a country's possessive ends before
/// "and": "British Gas and Italy 's Agip" is the company, then Italy. A country owning
/// something ends no organization's name.
fn split_organizations_before_countries_owning(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    split_organizations_before_places(names, |start, end, kind| {
        let owning = kind == type_index("ORG") && words.get(end).is_some_and(|w| is_possessive(w));
        (start + 1..end.saturating_sub(1))
            .filter(|_| owning)
            .find(|&k| words[k] == "and")
            .filter(|&and| {
                place_named(gazetteer, &words[and + 1..end].join(" "))
                    .is_some_and(|place| place.kind == PlaceKind::Country)
            })
    })
}

/// A company's name the tagger ran on over "in" and a place ends before "in": "A.G.
/// Edwards & Sons in St. Louis" is the firm, then the town. In CoNLL-2003's training text
/// and eng.testa "in" is inside 17 names, none after a legal form or a company's word
/// ("Organisation for Security and Cooperation in Europe", "Human Rights in China").
fn split_companies_at_in(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    split_organizations_before_places(names, |start, end, kind| {
        (start + 1..end.saturating_sub(1))
            .filter(|_| kind == type_index("ORG"))
            .find(|&k| {
                words[k] == "in"
                    && (crate::extract::organizations::ends_company_name(words[k - 1])
                        || FIRM_ENDINGS.contains(&words[k - 1])
                        || words[k - 1] == "Sons")
            })
            .filter(|&k| place_named(gazetteer, &words[k + 1..end].join(" ")).is_some())
    })
}

/// Two "persons" each followed by a country in brackets and a goal count are the two sides
/// of a result, so teams: "Brann ( Norway ) 2 Shelbourne ( Ireland ) 1" (CoNLL-2003's
/// training text has 10 such sides, all clubs, beside 2 towns). A "person" whose last word
/// is a town of the country named in brackets after it is a team of that town: "Nyva Vinnytsya ( Ukraine )", "Kareda Siauliai ( Lithuania )", as
/// results tables write clubs; the tagger had read the unknown first word as a first name.
/// Its other mentions in the article follow ("Nyva Vinnytsya win 2-1 on aggregate").
fn teams_by_their_country(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let person = type_index("PER");
    let mut teams: Vec<String> = Vec::new();
    for (names, words) in names_of_document.iter().zip(sentences) {
        // "Brann ( Norway ) 2 Shelbourne ( Ireland ) 1": two sides of a result, each with
        // its country and a goal count, are teams whatever their names look like.
        let score_after = |end: usize| -> Option<usize> {
            let close = bracket_after(words, end)?;
            let goals = words.get(close + 1)?;
            (goals.len() == 1 && goals.bytes().all(|b| b.is_ascii_digit())).then_some(close + 1)
        };
        // A line may break before the second side's country: "... 0 Varteks Varazdin".
        let scored_or_cut = |end: usize| score_after(end).is_some() || end == words.len();
        for &(start, end, kind) in names.iter() {
            let opponent_after = score_after(end).is_some_and(|goals| {
                names
                    .iter()
                    .any(|&(next, next_end, _)| next == goals + 1 && scored_or_cut(next_end))
            });
            let opponent_before = scored_or_cut(end)
                && names.iter().any(|&(_, previous_end, _)| {
                    score_after(previous_end) == Some(start.wrapping_sub(1))
                });
            if kind == person && (opponent_after || opponent_before) {
                teams.push(words[start..end].join(" "));
            }
        }
        for &(start, end, kind) in names.iter() {
            if kind != person || end - start < 2 {
                continue;
            }
            let Some(close) = bracket_after(words, end) else {
                continue;
            };
            let Some(country) = country_or_state(&words[end + 1..close], gazetteer) else {
                continue;
            };
            let town = gazetteer
                .resolve_within(words[end - 1], &country.country)
                .filter(|place| place.kind == PlaceKind::City);
            // "Eddie Irvine ( Britain )" is a driver, though Irvine is a Scottish town, and
            // "Liu Lufung ( China )" a player, named surname first.
            let personal = LIST_FIRST_NAME | LIST_SURNAME;
            let person_like = gazetteer.name_lists(words[start]) & personal != 0
                || gazetteer.name_lists(words[end - 1]) & LIST_SURNAME != 0;
            if town.is_some() && !person_like {
                teams.push(words[start..end].join(" "));
            }
        }
    }
    organizations_throughout(sentences, names_of_document, changed, &teams, gazetteer);
}

/// The field labels of a bond issue's term sheet, as wire services print them ("AMT C$ 100
/// MLN COUPON 6.625", "MGT / UND 0.275 SELL CONC 1.60"): never a name in CoNLL-2003.
const TERM_SHEET_FIELDS: &[&str] = &[
    "AMT",
    "COUPON",
    "MATURITY",
    "TYPE",
    "BASE",
    "PAY",
    "DATE",
    "LAST",
    "MOODY",
    "ISS",
    "PRICE",
    "FULL",
    "FEES",
    "REOFFER",
    "SPREAD",
    "LISTING",
    "FREQ",
    "DENOMS",
    "SALE",
    "LIMITS",
    "NEG",
    "PLG",
    "CRS",
    "DEFLT",
    "FORCE",
    "MAJ",
    "GOV",
    "LAW",
    "HOME",
    "CTRY",
    "TAX",
    "PROVS",
    "MGT",
    "UND",
    "SELL",
    "CONC",
    "PRAECIP",
    "BORROWER",
    "ISSUER",
    "GUARANTOR",
    "BP",
    "FRN",
    "LIBOR",
    "/",
    "=",
];

/// A row of a wire diary of company results, "TUE Iscor YR EPS 29.7 26.0-32.0 38.0": the
/// words between the day and the period ("YR", "HY") before "EPS" or "DIV" are the
/// company, which the tagger took for a person ("Iscor", "McCarthy") or ran on over the
/// figures. In CoNLL-2003's training text all 16 such rows name a company there, 9 of them
/// tagged wrong.
fn companies_in_results_diaries(words: &[&str], names: &mut Names) -> bool {
    if !matches!(
        words.first(),
        Some(&("MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN"))
    ) {
        return false;
    }
    let Some(period) = (2..words.len().min(7)).find(|&k| {
        matches!(words[k], "YR" | "HY") && matches!(words.get(k + 1), Some(&("EPS" | "DIV")))
    }) else {
        return false;
    };
    let company = (1, period, type_index("ORG"));
    if names.as_slice() == [company] {
        return false;
    }
    *names = vec![company];
    true
}

/// A table's header row, columns of one to three capitals with two single letters among
/// them ("W L T PCT PF PA", "P W D L F A PTS"), names nothing: "PA" is no state there. In
/// CoNLL-2003's training text and eng.testa no such row holds a name.
fn drop_table_headers(words: &[&str], names: &mut Names) -> bool {
    let column = |w: &&str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let header = !names.is_empty()
        && words.len() >= 4
        && words.iter().all(column)
        && words.iter().filter(|w| w.len() == 1).count() >= 2;
    if header {
        names.clear();
    }
    header
}

/// In a table's header row of names, with no word in lower case and no figure among the
/// names, a "name" of three columns or more, two of them acronyms and the rest words in
/// title case, is one name per column: "CDU / CSU SPD FDP Greens PDS", a poll's parties,
/// which the tagger and `join_adjacent_names` ran together. Two acronyms joined by a slash
/// are one column ("CDU / CSU"). CoNLL-2003 marks each party an organization of its own (6
/// such rows in its training text). The row holds another name, or the run is of four
/// columns or more: a company's name alone in a line ("ABN AMRO Holding") is no table.
/// A company's name in such a row ends in its legal form or a body's word ("ABN AMRO Bank")
/// and stays whole. A word of the row read as MISC is one more column.
fn split_columns_of_names(words: &[&str], names: &mut Names) -> bool {
    let acronym = |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    // No figure after the names start: a row of results ("NEC Nijmegen 0 AZ Alkmaar 0")
    // names its clubs whole.
    let row_of_names = || {
        let first = names.first().map_or(0, |name| name.0);
        !words.iter().any(|w| w.starts_with(char::is_lowercase))
            && words.iter().any(|w| is_title_case(w))
            && !words[first..]
                .iter()
                .any(|w| w.bytes().any(|b| b.is_ascii_digit()))
    };
    // The columns of words `start..end`, a slash joining the acronyms on either side.
    let columns_of = |start: usize, end: usize| {
        let mut columns = Vec::new();
        let mut k = start;
        while k < end {
            let mut column_end = k + 1;
            while column_end + 1 < end
                && words[column_end] == "/"
                && acronym(words[column_end - 1])
                && acronym(words[column_end + 1])
            {
                column_end += 2;
            }
            columns.push((k, column_end));
            k = column_end;
        }
        columns
    };
    let is_column = |w: &str| acronym(w) || is_title_case(w) || w == "/";
    let columns = |&(start, end, kind): &(usize, usize, usize)| {
        let name = &words[start..end];
        kind == type_index("ORG")
            && name.iter().filter(|w| acronym(w)).count() >= 2
            && name.iter().all(|w| is_column(w))
            && !name.iter().any(|w| {
                crate::extract::is_legal_form(w)
                    || crate::extract::organizations::is_generic_organization_word(w)
            })
            && {
                let columns = columns_of(start, end);
                columns.iter().all(|&(column, _)| words[column] != "/")
                    && columns.len() >= if names.len() >= 2 { 3 } else { 4 }
            }
    };
    if !names.iter().any(columns) || !row_of_names() {
        return false;
    }
    let mut split: Names = Vec::with_capacity(names.len() + 4);
    for name in names.iter() {
        let (start, end, kind) = *name;
        if columns(name) {
            split.extend(
                columns_of(start, end)
                    .into_iter()
                    .map(|(s, e)| (s, e, kind)),
            );
        } else if kind == type_index("MISC") && end == start + 1 {
            // Another column of the same header: "Greens", which the tagger read as a
            // people.
            split.push((start, end, type_index("ORG")));
        } else {
            split.push(*name);
        }
    }
    *names = split;
    true
}

/// In a line of a term sheet (three field labels or more), a "name" made of field labels
/// and a rating ("MOODY AA1", "MGT / UND", "LIBOR PAY DATE") is none: the tagger took the
/// capitals for an organization's.
fn drop_term_sheet_fields(words: &[&str], names: &mut Names) -> bool {
    // Distinct labels; most sentences have none, and an empty Vec allocates nothing.
    let mut labels: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            // Every field is in capitals: the cheap test first, over every word.
            w.len() > 1
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && !w.bytes().any(|b| b.is_ascii_lowercase())
                && TERM_SHEET_FIELDS.contains(w)
        })
        .collect();
    labels.sort_unstable();
    labels.dedup();
    if labels.len() < 3 {
        return false;
    }
    // "AA1", "BBB": a credit rating beside "MOODY".
    let rating = |word: &str| {
        word.len() <= 4
            && word.starts_with(['A', 'B', 'C'])
            && word.chars().all(|c| c.is_ascii_alphanumeric())
            && word.chars().any(|c| c.is_ascii_digit())
    };
    let before = names.len();
    names.retain(|&(start, end, _)| {
        !words[start..end]
            .iter()
            .all(|w| TERM_SHEET_FIELDS.contains(w) || rating(w))
    });
    names.len() != before
}

/// A month before a number is a date, not a name or part of one: "Jan 10", "Jul 31" in
/// tables, where the tagger took "Jan" for a first name, and "Emnid Aug 25", where it ran
/// the pollster's name on into the date.
fn drop_months_before_numbers(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    names.retain_mut(|(start, end, _)| {
        let date_at_end = crate::dates::month_number(words[*end - 1]).is_some()
            && words
                .get(*end)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if date_at_end {
            *end -= 1;
            changed = true;
        }
        end > start
    });
    changed
}

/// Words that count a series' parts before their number: "Game 6", "Stage 20", "Tier 3",
/// "Level 4", "Phase 3". None is in CoNLL-2003; the tagger took some for a body.
const COUNTED_PARTS: &[&str] = &[
    "Game", "Stage", "Level", "Tier", "Phase", "Round", "Week", "Leg", "Heat", "Hole", "Day",
    "Lap", "Match", "Race", "Category", "Step",
];

/// "No." before a number is a rank or an ordinal, no name ("No. 2 Alabama", "No. 10
/// Downing Street"): the tagger, seeing a capital and a period, took some for a company. So
/// is a counted part alone before its number (`COUNTED_PARTS`: "won Game 6").
fn drop_number_signs(words: &[&str], names: &mut Names) -> bool {
    let before = names.len();
    names.retain(|&(start, end, _)| {
        let sign = end - start == 1
            && (matches!(words[start], "No." | "No") || COUNTED_PARTS.contains(&words[start]));
        let number_follows = words
            .get(end)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        !(sign && number_follows)
    });
    names.len() != before
}

/// Acronyms of common nouns that news writes in capitals, no name of anything: "the
/// company's IPO", "an ETF", "GDP grew", "an MP". CoNLL-2003's 1996 text leaves GDP, CEO, CFO and EPS
/// out all 29 times; the tagger, meeting the newer ones, reads a capitalized run as a body.
const COMMON_NOUN_ACRONYMS: &[&str] = &[
    "IPO", "IPOs", "ETF", "ETFs", "NFT", "NFTs", "SPAC", "SPACs", "GDP", "GNP", "CEO", "CEOs",
    "CFO", "COO", "CTO", "EPS", "EV", "EVs", "SUV", "SUVs", "ATM", "ATMs", "PPE", "ICU", "VAT",
    "LBO", "GPS", "DVD", "DVDs", "ADR", "ADRs", "MVP", "MVPs", "VAR",
    // Members of parliaments: "Labour MP Diane Abbott" (CoNLL-2003 leaves "MPs" out 5 times
    // of 5).
    "MP", "MPs", "MEP", "MEPs",
];

/// A name that is only an acronym of a common noun (`COMMON_NOUN_ACRONYMS`) is none, and
/// one that ends in it ends before it ("named Jochen Zeitz CEO").
fn drop_common_noun_acronyms(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for (start, end, _) in names.iter_mut() {
        while *end > *start && COMMON_NOUN_ACRONYMS.contains(&words[*end - 1]) {
            *end -= 1;
            changed = true;
        }
    }
    names.retain(|&(start, end, _)| start < end);
    changed
}

/// A wire headline's sport before its dash names nothing: "ALPINE SKIING-World Cup
/// results", which the tagger took for an organization (CoNLL-2003 leaves "GOLF",
/// "ATHLETICS", "MOTOR RACING" out 40 times of 47). Only a sport heading followed by the
/// dash or the sentence's end (the tokenizer cuts a 2020 heading off as a sentence). The
/// headings that are names stay: "RUGBY UNION" (an organization 12 times of 12), "RUGBY
/// LEAGUE", "FORMULA ONE", "NBA".
fn drop_sport_headings(words: &[&str], names: &mut Names) -> bool {
    const NAMED_SPORTS: &[&str] = &[
        "RUGBY UNION",
        "RUGBY LEAGUE",
        "FORMULA ONE",
        "OLYMPICS",
        "NFL",
        "NBA",
        "NHL",
        "MLB",
    ];
    let before = names.len();
    names.retain(|&(start, end, _)| {
        if !matches!(words.get(end), None | Some(&"-")) {
            return true;
        }
        let name = words[start..end].join(" ");
        let heading = super::features::is_sport_heading(&name)
            && !NAMED_SPORTS
                .iter()
                .any(|named| named.eq_ignore_ascii_case(&name));
        !heading
    });
    names.len() != before
}

/// North America's leagues by their letters are organizations, as CoNLL-2003 marks "NFL"
/// and "NBA" (5 of 5): the tagger read MISC beside a heading in capitals ("AMERICAN
/// FOOTBALL - NFL STANDINGS").
fn league_acronyms_are_organizations(words: &[&str], names: &mut Names) -> bool {
    retype(names, |start, end, _| {
        let league = end == start + 1
            && matches!(
                words[start],
                "NFL" | "NBA" | "NHL" | "MLB" | "NCAA" | "WNBA" | "MLS"
            );
        league.then(|| type_index("ORG"))
    })
}

/// A name ends before a dash standing alone, a headline's heading's ("AMERICAN FOOTBALL -
/// NFL STANDINGS"), where the tagger ran one across it. In CoNLL-2003's training text and
/// eng.testa no name holds one.
fn split_names_at_lone_dashes(words: &[&str], names: &mut Names) -> bool {
    let dash_in = |&(start, end, _): &(usize, usize, usize)| {
        (start + 1..end.saturating_sub(1)).find(|&k| words[k] == "-")
    };
    if !names.iter().any(|name| dash_in(name).is_some()) {
        return false;
    }
    let mut split: Names = Vec::with_capacity(names.len() + 1);
    for name in names.iter() {
        let (start, end, kind) = *name;
        match dash_in(name) {
            Some(dash) => split.extend([(start, dash, kind), (dash + 1, end, kind)]),
            None => split.push(*name),
        }
    }
    *names = split;
    true
}

/// "Seven-times Formula One world champion", "Four-time winner": a count opening a
/// sentence, which the tagger took for a name (MISC), is none.
fn drop_counts_of_times(words: &[&str], names: &mut Names) -> bool {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "multiple",
    ];
    let count_of_times = |word: &str| {
        if !word.contains('-') {
            return false;
        }
        let lower = word.to_lowercase();
        lower
            .strip_suffix("-times")
            .or_else(|| lower.strip_suffix("-time"))
            .is_some_and(|count| {
                COUNTS.contains(&count) || count.chars().all(|c| c.is_ascii_digit())
            })
    };
    let before = names.len();
    names.retain(|&(start, end, _)| !(end == start + 1 && count_of_times(words[start])));
    names.len() != before
}

/// A weekday written short in capitals opens no name: it heads a row of a diary of results
/// ("TUE Iscor YR EPS 29.7"); CoNLL-2003 leaves all 16 of them out. Not "SAT" or "SUN",
/// which are names too.
fn drop_leading_weekdays(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    names.retain_mut(|(start, end, _)| {
        if matches!(words[*start], "MON" | "TUE" | "WED" | "THU" | "FRI") {
            *start += 1;
            changed = true;
        }
        end > start
    });
    changed
}

/// First words of days with a name of their own: "Black Friday", "Super Tuesday".
const NAMED_DAY_OPENERS: &[&str] = &[
    "Bloody", "Black", "Super", "Good", "Ash", "Easter", "Palm", "Cyber", "Holy", "Giving",
];

/// A day with a name of its own is MISC, as CoNLL-2003 marks holidays ("Independence
/// Day", and every other name ending in "Day" but a person's): "Black Friday", which the
/// tagger took for a place, "Cyber Monday", of which it named only "Cyber", "Super
/// Tuesday", an organization.
fn named_days_are_misc(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let named_day = |k: usize| {
        NAMED_DAY_OPENERS.contains(&words[k])
            && words
                .get(k + 1)
                .is_some_and(|day| crate::dates::is_weekday(day))
    };
    let mut changed = false;
    let misc = type_index("MISC");
    for (start, end, kind) in names.iter_mut() {
        // The opener alone or with its day: "Cyber" was named without "Monday".
        if *end - *start <= 2 && named_day(*start) && (*end, *kind) != (*start + 2, misc) {
            (*end, *kind) = (*start + 2, misc);
            changed = true;
        }
        // A holiday called a "Day" ("Boxing Day", an organization to the tagger; "New Year"
        // a place without its "'s Day"). A person keeps the surname ("Doris Day").
        if *kind == type_index("PER") || *kind == misc {
            continue;
        }
        if words.get(*end..*end + 2) == Some(&["'s", "Day"]) {
            *end += 2;
        }
        // Not a band named after a person ("Green Day").
        let personal = || {
            *end - *start == 2
                && gazetteer.name_lists(words[*start]) & (LIST_FIRST_NAME | LIST_SURNAME) != 0
        };
        if *end - *start >= 2 && words[*end - 1] == "Day" && !personal() {
            *kind = misc;
            changed = true;
        }
    }
    // One the tagger left out.
    for k in 0..words.len() {
        if named_day(k) && !is_named(names, k) && !is_named(names, k + 1) {
            names.push((k, k + 2, misc));
            names.sort_unstable();
            changed = true;
        }
    }
    changed
}

/// Holidays and feasts named by a word of their own: MISC, as CoNLL-2003 marks "New Year"
/// and "Independence Day". Its 1996 training text has none of these; December news has
/// "Christmas" in every other story, a place to the tagger (the gazetteer's Christmas
/// Island).
const HOLIDAYS: &[&str] = &[
    "Christmas",
    "Easter",
    "Ramadan",
    "Thanksgiving",
    "Hanukkah",
    "Chanukah",
    "Diwali",
    "Passover",
    "Halloween",
    "Kwanzaa",
    "Hogmanay",
    "Eid",
];

/// A holiday's name, with "Eve" or "Day" after it, is MISC whatever the tagger read: "before
/// Christmas", "Christmas Eve services" (a place and an organization to it), "Eid al-Fitr".
/// One it left out is named. A place named after one stays: "Christmas Island".
fn holidays_are_misc(words: &[&str], names: &mut Names) -> bool {
    let misc = type_index("MISC");
    // Where the holiday's name ends, from its first word, or None where `k` opens none.
    let holiday_end = |k: usize| {
        if !words[k].starts_with(char::is_uppercase) || !HOLIDAYS.contains(&words[k]) {
            return None;
        }
        match words.get(k + 1) {
            Some(&("Eve" | "Day")) => Some(k + 2),
            Some(next) if words[k] == "Eid" && next.starts_with("al-") => Some(k + 2),
            Some(next) if next.starts_with(char::is_uppercase) => None,
            _ => Some(k + 1),
        }
    };
    let mut changed = retype(names, |start, end, kind| {
        (kind != misc && holiday_end(start) == Some(end)).then_some(misc)
    });
    changed |= name_unnamed_words(words.len(), names, misc, |k| holiday_end(k) == Some(k + 1));
    changed
}

/// A nationality alone is MISC, whatever the tagger read before its noun ("West German
/// banks", an organization to it): CoNLL-2003's training text and eng.testa mark 1,572
/// of the 1,584 names that are a demonym whole MISC, one organization and one person.
/// One the lists know as a company's stays ("American" for American Airlines).
fn nationalities_are_misc(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        // A demonym is a word or two ("West German"), written with a capital.
        let nationality = matches!(TYPES[kind - 1], "ORG" | "PER") && end - start <= 2 && {
            let name: std::borrow::Cow<str> = if end - start == 1 {
                words[start].into()
            } else {
                words[start..end].join(" ").into()
            };
            gazetteer.is_demonym(&name) && !gazetteer.lists_organization(&name)
        };
        nationality.then(|| type_index("MISC"))
    })
}

/// "Celsius" after a number or "degrees" is MISC, as CoNLL-2003 marks it 8 times of 8: "at
/// minus 70 degrees Celsius", a person or nothing to a tagger that had not seen it.
fn celsius_is_misc(words: &[&str], names: &mut Names) -> bool {
    let scale_at = |k: usize| {
        words[k] == "Celsius"
            && k > 0
            && (words[k - 1].starts_with(|c: char| c.is_ascii_digit())
                || matches!(words[k - 1], "degrees" | "degree"))
    };
    words_of_type(words.len(), names, type_index("MISC"), scale_at)
}

/// A weekday or month the tagger ran a name on into is no part of it: "USDA Thursday
/// forecast", "CBI August industrial trends", "Parkway Middle School Monday". In CoNLL-2003's
/// training text and eng.testa the one name ending in a weekday is "Sheffield Wednesday",
/// and those ending in a month are persons ("Fiona May") and events ("Million Man March").
fn drop_trailing_days(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for (start, end, kind) in names.iter_mut() {
        if *end - *start < 2 || *kind == type_index("MISC") {
            continue;
        }
        let last = words[*end - 1];
        // Not a day with a name of its own ("Bloody Sunday", "Super Tuesday"), a club
        // ("Sheffield Wednesday"), nor a person's surname ("Mike Friday"): a person's name
        // of two words keeps it unless its first word is no first name ("Reagan Friday").
        let before = words[*end - 2];
        let weekday = crate::dates::is_weekday(last)
            && before != "Sheffield"
            && !NAMED_DAY_OPENERS.contains(&before)
            && !(*kind == type_index("PER")
                && *end - *start == 2
                && gazetteer.name_lists(before) & LIST_FIRST_NAME != 0);
        let month = *kind != type_index("PER")
            && !matches!(last, "May" | "March")
            && crate::dates::month_number(last).is_some()
            && last.len() > 3;
        if weekday || month {
            *end -= 1;
            changed = true;
        }
    }
    changed
}

/// A capitalized web address the tagger left out or took for a person (or the first word
/// of one) is the company that trades under it: "US-based Amazon.com holds a patent",
/// "Overstock.com said".
fn companies_by_their_web_address(words: &[&str], names: &mut Names) -> bool {
    let company = |k: usize| {
        words[k].starts_with(char::is_uppercase)
            && crate::extract::tokenize::is_web_address(words[k])
    };
    let mut changed = retype(names, |start, _, kind| {
        (kind == type_index("PER") && company(start)).then(|| type_index("ORG"))
    });
    changed |= name_unnamed_words(words.len(), names, type_index("ORG"), company);
    changed
}

/// A person or other name followed by its share's code in brackets is a company: "Airbus (
/// AIR.PA )", "NV Philips Gloeilampenfabrieken < PGLO.AS >". Only companies have one.
fn companies_by_their_codes(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
) -> bool {
    retype_companies(words, names, companies, |_, end, kind| {
        let coded = matches!(words.get(end), Some(&("(" | "<")))
            && words.get(end + 1).is_some_and(|w| is_share_code(w))
            && matches!(words.get(end + 2), Some(&(")" | ">")));
        // Not a place: one before a code ends a longer company name the tagger cut short
        // ("Banque Nationale de Paris < BNPP.PA >").
        coded && matches!(TYPES[kind - 1], "PER" | "MISC")
    })
}

/// A share's or an index's code is no name ("Boeing Co ( BA.N )", "The S&P 500 .SPX"):
/// CoNLL-2003 leaves them out ("RABOBANK ( RABN.CN )"), and a reader filing companies wants
/// the company, not its code. Split by a tokenizer, the code is the name before "." and the
/// exchange in brackets ("( BA . N )").
fn drop_instrument_codes(words: &[&str], names: &mut Names) -> bool {
    let before = names.len();
    names.retain(|&(start, end, _)| {
        let whole = end == start + 1 && is_share_code(words[start]);
        let split = words.get(end) == Some(&".")
            && words
                .get(end + 1)
                .is_some_and(|w| is_share_code(&format!("{}.{w}", words[end - 1])))
            && start > 0
            && words[start - 1] == "("
            && words.get(end + 2) == Some(&")");
        !whole && !split
    });
    names.len() != before
}

/// Titles CoNLL-2003 leaves out of a person's name ("Mrs. Brady", "King Hussein", "General
/// Lebed"): in its training text these stand before a person's name about 240 times and
/// open one 3 times. Not "Prince" (5 in, 4 out), "Pope", "Saint" or "Mother" ("Mother
/// Teresa" is a name).
const TITLES_BEFORE_NAMES: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Sir",
    "Lord",
    "King",
    "Queen",
    "Princess",
    "Sheikh",
    "Lt",
    "Lt.",
    "Col",
    "Col.",
    "General",
    "Gen.",
    "Major",
    "Colonel",
    "Lieutenant",
    "Sergeant",
    "Brigadier",
    "Admiral",
    "Captain",
    "Capt.",
    "Rev.",
    "Father",
    "Cardinal",
    "Ayatollah",
    "Archbishop",
    "Bishop",
    "Judge",
    "Justice",
    "Senator",
    "Senators",
    "Sen.",
    // US and local lawmakers ("Assemblywoman Lorena Gonzalez"); CoNLL-2003 leaves
    // "Congressman" out of the names after it both times.
    "Congressman",
    "Congresswoman",
    "Assemblyman",
    "Assemblywoman",
    "Councilman",
    "Councilwoman",
    "Alderman",
    "President",
    "Chancellor",
    "Premier",
    "Governor",
    "Gov.",
    "Commissioner",
    "Ambassador",
    "Coach",
    "Chairman",
    "Professor",
    "Prof.",
];

/// Whether a capitalized word is an occupation that opens a sentence before a person's
/// full name ("Neurosurgeon Leopoldo Luque", "Actor Sylvester Stallone"): a person noun
/// the cues know, or a word ending as the names of professions do. In CoNLL-2003's
/// training text and eng.testa the 26 capitalized person nouns before a person's name are
/// all outside it.
fn is_occupation(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_title_case(word)
        && (crate::extract::cues::noun_type_of_lower(&lower)
            .is_some_and(|(kind, _)| kind == type_index("PER"))
            || ["surgeon", "ologist", "iatrist", "ician", "ographer"]
                .iter()
                .any(|ending| lower.ends_with(ending) && lower.len() > ending.len() + 2))
}

/// A person's name starts after a title the tagger took into it, and a title alone, its
/// name on the next line ("trained by Sir", "Democratic incumbent Sen ."), is no name.
fn drop_leading_titles(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    names.retain_mut(|(start, end, kind)| {
        let title = TITLES_BEFORE_NAMES.contains(&words[*start])
            || (words[*start] == "Sen" && words.get(*start + 1) == Some(&"."))
            || (words[*start] == "Grand" && words.get(*start + 1) == Some(&"Ayatollah"))
            || (*kind == type_index("PER") && *end - *start >= 3 && is_occupation(words[*start]));
        if !title {
            return true;
        }
        // "Col ." alone is Colorado, "Lord 's" a cricket ground: only a personal title
        // alone is dropped.
        let personal = matches!(
            words[*start],
            "Sir" | "Sen" | "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr."
        );
        if *end - *start == 1 {
            changed |= personal;
            return !personal;
        }
        // A royal title and a given name are a person, whatever the tagger said ("Queen
        // Elizabeth said", an organization to it).
        let royal = matches!(words[*start], "King" | "Queen" | "Prince" | "Princess")
            && *end - *start == 2
            && gazetteer.name_lists(words[*start + 1]) & LIST_FIRST_NAME != 0;
        // "Grand Ayatollah Ali al-Sistani", MISC to the tagger.
        let grand_ayatollah = words[*start] == "Grand";
        // "Grand Ayatollah" alone keeps its words: no name would be left.
        if grand_ayatollah && *end - *start <= 2 {
            return true;
        }
        if *kind == type_index("PER") || royal || grand_ayatollah {
            if grand_ayatollah {
                *start += 1;
            }
            *start += 1;
            *kind = type_index("PER");
            changed = true;
        }
        true
    });
    changed
}

/// Portfolios and kinds of office that name a minister's or envoy's post before the office:
/// "Health Secretary Alex Azar", "Special Counsel Robert Mueller". Not "Treasury", a
/// department's own name, which the extractor files ("U.S. Treasury Secretary James Baker").
const PORTFOLIOS: &[&str] = &[
    "Health",
    "Finance",
    "Trade",
    "Defence",
    "Defense",
    "Foreign",
    "Interior",
    "Education",
    "Labour",
    "Labor",
    "Justice",
    "Energy",
    "Environment",
    "Agriculture",
    "Transport",
    "Transportation",
    "Commerce",
    "Home",
    "Culture",
    "Economy",
    "Housing",
    "Industry",
    "Special",
];

/// A portfolio's word before an office is no name: "Health Secretary Alex Azar", where the
/// tagger named "Health" an organization, "Special Counsel Robert Mueller" (MISC). CoNLL-2003
/// marks "Finance Minister", "Defence Minister", "Health Minister" before a person as no name
/// each time (10 of 10).
fn drop_portfolios_before_offices(words: &[&str], names: &mut Names) -> bool {
    let before = names.len();
    names.retain(|&(start, end, kind)| {
        let portfolio = end == start + 1
            && kind != type_index("PER")
            && PORTFOLIOS.contains(&words[start])
            && words.get(end).is_some_and(|office| {
                matches!(
                    *office,
                    "Minister"
                        | "Secretary"
                        | "Counsel"
                        | "Envoy"
                        | "Commissioner"
                        | "Adviser"
                        | "Advisor"
                        | "Representative"
                        | "Prosecutor"
                        | "Spokesman"
                )
            });
        !portfolio
    });
    names.len() != before
}

/// Honorifics and the titles of lawmakers and governors that news writes before a name
/// ("Sen. Elizabeth Warren", "Rep. Alexandria Ocasio-Cortez", "Mrs. Thatcher").
const HONORIFICS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Rev.", "Mr", "Mrs", "Ms", "Dr",
];

/// The capitalized words right after an honorific (`HONORIFICS`) are a person's name,
/// whatever the tagger made of them: "Rep. Alexandria Ocasio-Cortez", which it read as a
/// town. In CoNLL-2003's training text and eng.testa all 15 names after "Mr", "Mrs" or "Dr"
/// are persons; an office after one ("Mr. President") is left alone, and a name the
/// honorific is a word of ("Dr Pepper") stays what the tagger made it.
fn people_after_honorifics(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for i in 0..words.len().saturating_sub(1) {
        if !HONORIFICS.contains(&words[i]) || OFFICES_BEFORE_NAMES.contains(&words[i + 1]) {
            continue;
        }
        let end = name_run_end(words, i + 1);
        if end == i + 1 || names.iter().any(|&(s, e, _)| s <= i && i < e) {
            continue;
        }
        let overlapping = |&(s, e, _): &(usize, usize, usize)| s < end && i + 1 < e;
        if names
            .iter()
            .any(|name| overlapping(name) && name.2 == type_index("PER"))
        {
            continue;
        }
        names.retain(|name| !overlapping(name));
        names.push((i + 1, end, type_index("PER")));
        names.sort_unstable();
        changed = true;
    }
    changed
}

/// Where the capitalized words of a name from word `start` end (at most four, no figures):
/// the name after a title.
fn name_run_end(words: &[&str], start: usize) -> usize {
    (start..words.len().min(start + 4))
        .take_while(|&k| {
            words[k].starts_with(char::is_uppercase)
                && !words[k].chars().any(|c| c.is_ascii_digit())
        })
        .last()
        .map_or(start, |last| last + 1)
}

/// Military ranks of two words, or one hyphenated, that news writes before a name.
const MILITARY_RANKS: &[&[&str]] = &[
    &["Major", "General"],
    &["Lieutenant", "General"],
    &["Brigadier", "General"],
    &["Lieutenant", "Colonel"],
    &["Rear", "Admiral"],
    &["Vice", "Admiral"],
    &["Air", "Marshal"],
    &["Field", "Marshal"],
    &["Major-General"],
    &["Lieutenant-General"],
    &["Brigadier-General"],
    &["Lieutenant-Colonel"],
    &["Rear-Admiral"],
    &["Vice-Admiral"],
];

/// The capitalized words after a military rank are a person's name, the rank no part of
/// any: "Major General Qassem Soleimani", which the tagger read as MISC ("Major" opens
/// "Major League" in its training text) with the surname left out. In CoNLL-2003's
/// training text and eng.testa each of the 5 such ranks is followed by a person.
fn people_after_military_ranks(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for rank_start in 0..words.len() {
        // The cheap test first: every rank opens with one of these capitals.
        if !words[rank_start].starts_with(['M', 'L', 'B', 'R', 'V', 'A', 'F']) {
            continue;
        }
        let Some(rank) = MILITARY_RANKS
            .iter()
            .find(|rank| words[rank_start..].starts_with(rank))
        else {
            continue;
        };
        let start = rank_start + rank.len();
        let end = name_run_end(words, start);
        changed |= person_after_title(names, rank_start, start, end);
    }
    changed
}

/// Makes the words `start..end` after a title at `title_start` one person, unless a name
/// runs on past them (some other thing's) or the tagger already named that person alone.
/// Every name over the title or the words goes.
fn person_after_title(names: &mut Names, title_start: usize, start: usize, end: usize) -> bool {
    let person = type_index("PER");
    let runs_past = names.iter().any(|&(s, e, _)| s < end && e > end);
    let title_named = names.iter().any(|&(s, e, _)| s < start && e > title_start);
    if end == start || runs_past || (!title_named && names.contains(&(start, end, person))) {
        return false;
    }
    replace_names(names, (title_start, end), (start, end, person));
    true
}

/// Royal titles that news writes before a name, outside it in CoNLL-2003 ("King Hussein",
/// "Queen Beatrix", "Princess Diana"; of 42 such names in its training text and eng.testa
/// 36 leave the title out).
const ROYAL_TITLES: &[&[&str]] = &[
    &["Crown", "Prince"],
    &["Crown", "Princess"],
    &["King"],
    &["Queen"],
    &["Prince"],
    &["Princess"],
    &["Emir"],
    &["Grand", "Duke"],
    // Peers, named by a surname or a place rather than a given name ("Lord Hanson").
    &["Lord"],
    &["Baroness"],
];

/// Last words, besides features', bodies' heads and legal forms, that make the words after a
/// royal title a place's or a body's name ("King Fahd Causeway", "Prince Sultan Air Base",
/// "Prince Edward Theatre"), not a royal's.
const NAMED_AFTER_ROYALS: &[&str] = &[
    "College",
    "School",
    "Airport",
    "Air",
    "Base",
    "Causeway",
    "Cup",
    "Trophy",
    "Prize",
    "Award",
    "Centre",
    "Center",
    "Hall",
    "Palace",
    "Hotel",
    "City",
    "Port",
    "Power",
    "Cruises",
    "Foundation",
    "Trust",
    "Medical",
    "Hospitals",
    "Theatre",
    "Theater",
    "Cinema",
    "Estate",
    "Cross",
    "Mother",
    "Productions",
];

/// Whether the words after a royal title end as a place's, a body's or a company's name
/// does: a feature's word ("Prince Edward Island"), a body's head ("Queen Mary University"),
/// a legal form, or one of `NAMED_AFTER_ROYALS`.
fn named_after_a_royal(name: &[&str]) -> bool {
    let last = name[name.len() - 1];
    ends_in_feature_word(name)
        || super::super::organizations::is_body_head(last)
        || crate::extract::is_legal_form(last)
        || NAMED_AFTER_ROYALS.contains(&last)
}

/// The capitalized words after a royal title (`ROYAL_TITLES`) are a royal, the title no part
/// of the name, whatever the tagger made of them: "Crown Prince Abdullah" and "Queen
/// Beatrix" (organizations to it), "Prince Claus" (a place), "Princess Anne" (nothing).
/// "Queen Beatrix of The Netherlands", one name to the tagger, is the queen and her
/// country, and "Defence and Aviation Prince Sultan" the ministry and the prince. A place
/// the title opens ("Prince Edward Island", or "in Prince Rupert" a place to the tagger) or
/// a body or building named after a royal (`named_after_a_royal`) keeps what the tagger
/// made of it.
fn people_after_royal_titles(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for title_start in 0..words.len() {
        // The cheap test first: every title opens with one of these capitals.
        if !words[title_start].starts_with(['C', 'K', 'Q', 'P', 'E', 'G', 'L', 'B']) {
            continue;
        }
        let Some(title) = ROYAL_TITLES
            .iter()
            .find(|title| words[title_start..].starts_with(title))
        else {
            continue;
        };
        let start = title_start + title.len();
        let end = name_run_end(words, start);
        // A title that ends the sentence ("God save the Queen") names no one.
        if end == start {
            continue;
        }
        // "Stephen King said": a surname, inside a person's name the tagger found. A royal
        // it found, with the title or without ("Prince Charles": CoNLL-2003 has both), is
        // left as it is.
        let inside_a_person = names.iter().any(|&(s, e, kind)| {
            kind == type_index("PER")
                && (s < title_start && title_start < e
                    || s >= title_start && s <= start && e == end)
        });
        // "in Prince Rupert", a place to the tagger title and all, after a word of place.
        let town = title_start > 0
            && ["in", "at", "near", "from"].contains(&words[title_start - 1])
            && names.contains(&(title_start, end, type_index("LOC")));
        // A royal is named by a given name: not "King County Superior Court", "King World
        // Productions" or "King Soopers". A peer by a surname ("Lord Hanson"), not before
        // "'s" ("Lord 's", the cricket ground).
        // Nor an office ("Lord Chancellor", "Lord Chief Justice", "Lord Mayor").
        let peer = matches!(words[title_start], "Lord" | "Baroness")
            && !words.get(end).is_some_and(|w| is_possessive(w))
            && !crate::extract::people::is_title(words[start])
            && !OFFICES_BEFORE_NAMES.contains(&words[start])
            && !HOLDERS_TITLES.contains(&words[start])
            && !matches!(
                words[start],
                "Chief" | "Justice" | "Speaker" | "Provost" | "Privy" | "Lieutenant"
            );
        let royal_name = peer || gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0;
        if !royal_name
            || inside_a_person
            || town
            || !words[start..end].iter().all(|word| is_title_case(word))
            || named_after_a_royal(&words[start..end])
            || !names_no_place(gazetteer, &words[title_start..end])
        {
            continue;
        }
        // "Queen Beatrix of The Netherlands", one name to the tagger: her country after it.
        let country = names
            .iter()
            // A peer's "of Birkenhead" is his title's.
            .find(|&&(s, e, _)| !peer && s < end && e > end + 1 && words[end] == "of")
            .map(|&(_, e, _)| e)
            .filter(|&e| {
                // "The Netherlands", article and all, as CoNLL-2003 marks it.
                let own = if words[end + 1] == "The" {
                    end + 2
                } else {
                    end + 1
                };
                own < e && !names_no_place(gazetteer, &words[own..e])
            })
            .map(|e| (end + 1, e));
        if let Some((of_start, country_end)) = country {
            replace_names(
                names,
                (title_start, country_end),
                (of_start, country_end, type_index("LOC")),
            );
        }
        // "Tory Lord Campbell": the party too; not "his Majesty King Hassan".
        let front = names
            .iter()
            .find(|&&(s, e, _)| s < title_start && title_start < e)
            .filter(|&&(s, _, _)| {
                s + 2 <= title_start || !matches!(words[s], "Majesty" | "Highness" | "Excellency")
            })
            .map(|&(s, _, kind)| (s, title_start, kind));
        if person_after_title(names, title_start, start, end) {
            names.extend(front);
            names.sort_unstable();
            changed = true;
        }
    }
    changed
}

/// Offices news writes before a holder's name ("FBI Director Louis Freeh", "Public
/// Prosecutor Michel Bourlet").
const OFFICES_BEFORE_NAMES: &[&str] = &[
    "Director",
    "Prosecutor",
    "Secretary",
    "Minister",
    "President",
    "General",
    "Chairman",
    "Governor",
    "Spokesman",
    "Spokeswoman",
    "Chief",
    "Leader",
    "Commissioner",
    "Ambassador",
    "Judge",
    "Senator",
    "Coach",
    "Manager",
    "Captain",
    "Premier",
    "Chancellor",
    "Mayor",
    "Adviser",
    "Envoy",
    "Deputy",
    "Attorney",
    "Counsel",
    "Executive",
    "Officer",
    "Analyst",
    "Economist",
    "Editor",
    "Correspondent",
    "Chair",
    "Chairwoman",
    "Speaker",
    "Commander",
    "CEO",
    "Sheriff",
    "Superintendent",
    "Administrator",
    "Treasurer",
];

/// A name that ends in an office just before a person's ends before the office: "Hennepin
/// County Attorney Mike Freeman" is the county, then Mike Freeman. In CoNLL-2003's
/// training text and eng.testa the office before a person is outside the name before it
/// all 66 times ("Iraqi President Saddam Hussein").
fn drop_offices_before_holders(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for n in 0..names.len().saturating_sub(1) {
        let (start, end, kind) = names[n];
        let (next_start, _, next_kind) = names[n + 1];
        if kind == type_index("PER") || next_start != end || next_kind != type_index("PER") {
            continue;
        }
        let body_end = (start + 1..end)
            .rev()
            .find(|&k| !OFFICES_BEFORE_NAMES.contains(&words[k]))
            .map_or(start + 1, |k| k + 1);
        if body_end < end && OFFICES_BEFORE_NAMES.contains(&words[end - 1]) {
            names[n].1 = body_end;
            changed = true;
        }
    }
    changed
}

/// Offices that name no body of their own, unlike "General" ("General Assembly") or
/// "Commander" ("Supreme Allied Commander Europe").
const HOLDERS_TITLES: &[&str] = &[
    "Minister",
    "Secretary",
    "President",
    "Chairman",
    "Governor",
    "Spokesman",
    "Spokeswoman",
    "Ambassador",
    "Premier",
    "Chancellor",
    "Mayor",
    "Envoy",
];

/// The length of a company officer's title of capitals from word `k`: "Chief Executive", or
/// "Chief", up to three words in title case, "Officer" ("Chief Medical Officer", "Chief
/// Human Resources Officer").
fn chief_officer_title_length(words: &[&str], k: usize) -> Option<usize> {
    if words[k] != "Chief" {
        return None;
    }
    // The first word that is not in title case, or "Officer", ends the title.
    let officer = (k + 1..words.len().min(k + 5))
        .find(|&j| words[j] == "Officer" || !is_title_case(words[j]))
        .filter(|&j| j > k + 1 && words[j] == "Officer");
    match officer {
        Some(officer) => Some(officer + 1 - k),
        None if words.get(k + 1) == Some(&"Executive") => Some(2),
        None => None,
    }
}

/// Whether the word at `k` closes the title of a company's head: "CEO", "Chief Executive".
fn heads_a_company(words: &[&str], k: usize) -> bool {
    words[k] == "CEO" || (words[k] == "Executive" && k > 0 && words[k - 1] == "Chief")
}

/// A name the tagger ran over an office and the name of its holder ends at the office, and
/// the holder is a person: "FBI Director Louis Freeh" is the FBI, then Louis Freeh. In
/// CoNLL-2003's training text a capitalized office followed by a first name the lists know
/// is outside any name 222 times in 226, and the name after it a person's.
fn split_offices_from_holders(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    let mut split: Names = Vec::with_capacity(names.len());
    let mut holder_end = None;
    for &(start, end, kind) in names.iter() {
        // The rest of the holder's name, which the tagger began anew ("European
        // Commissioner Anita" / "Gradin").
        if holder_end == Some(start)
            && kind == type_index("PER")
            && let Some(holder) = split.last_mut()
        {
            holder.1 = end;
            holder_end = None;
            continue;
        }
        holder_end = None;
        // Not an office opening a company's name ("General Mills"), nor one before another
        // ("Attorney General").
        // Inside an organization's or a MISC name any capitalized word after a holder's
        // title opens the holder's name ("Bahraini Foreign Minister Abdullatif"):
        // CoNLL-2003's training text and eng.testa have one of `HOLDERS_TITLES` inside a
        // name, before its last word, twice, and both times it is a person's title ("Mayor
        // Antonio Gonzalez").
        // "CEO" may open the name the tagger took ("whose CEO Bob Swan").
        let first_office = if words[start] == "CEO" {
            start
        } else {
            start + 1
        };
        // A "person" that opens with a country, state or region holds its office
        // ("Punjab Chief Minister Amarinder Singh"), whatever the holder's given name.
        let place_before = |k: usize| {
            (start + 1..k).any(|body_end| {
                place_named(gazetteer, &words[start..body_end].join(" "))
                    .is_some_and(|p| p.kind != PlaceKind::City)
                    && words[body_end..k]
                        .iter()
                        .all(|w| OFFICES_BEFORE_NAMES.contains(w))
            })
        };
        let office = (first_office..end.saturating_sub(1)).find(|&k| {
            OFFICES_BEFORE_NAMES.contains(&words[k])
                && !OFFICES_BEFORE_NAMES.contains(&words[k + 1])
                && (gazetteer.name_lists(words[k + 1]) & LIST_FIRST_NAME != 0
                    || ((kind != type_index("PER") || place_before(k))
                        && (HOLDERS_TITLES.contains(&words[k]) || heads_a_company(words, k))
                        && words[k + 1].starts_with(char::is_uppercase)
                        // "Indian Premier League", "President Hotel Group".
                        && !super::super::organizations::is_generic_organization_word(
                            words[k + 1],
                        )))
        });
        let Some(office) = office else {
            split.push((start, end, kind));
            continue;
        };
        // What stands before the office, less its rank ("Federal Reserve Board Vice
        // Chairman"), is the office's country or body, of the name's type unless that was
        // a person's ("U.S. President Bill Clinton").
        let mut body_end = office;
        while body_end > start
            && (OFFICES_BEFORE_NAMES.contains(&words[body_end - 1])
                || matches!(
                    words[body_end - 1],
                    "Vice" | "Acting" | "Assistant" | "Associate"
                ))
        {
            body_end -= 1;
        }
        // A portfolio is no part of the body: "Bahraini Foreign Minister" is Bahrain's.
        let before_portfolio = body_end;
        while body_end > start && PORTFOLIOS.contains(&words[body_end - 1]) {
            body_end -= 1;
        }
        // A company's legal form the tagger ran into the holder's name ends the company's
        // name before it: "Nissan Motor" / "Co Chairman Carlos Ghosn".
        let company_before = split
            .last_mut()
            .filter(|&&mut (_, previous_end, _)| previous_end == start);
        if body_end == start + 1
            && crate::extract::is_legal_form(words[start])
            && let Some(company) = company_before
        {
            *company = (company.0, body_end, type_index("ORG"));
        } else if body_end > start {
            // A country's or state's office is held for the place ("Texas Attorney
            // General Ken Paxton").
            let body = words[start..body_end].join(" ");
            // So is a town's mayor's ("Warsaw Mayor Rafal Trzaskowski").
            let local_office = matches!(words[office], "Mayor" | "Governor" | "Premier");
            // A state named by its town, which the gazetteer has without "State": "Lagos
            // State Governor".
            let state_of_town = words[body_end - 1] == "State"
                && body_end - start >= 2
                && place_named(gazetteer, &words[start..body_end - 1].join(" ")).is_some();
            let place = state_of_town
                || place_named(gazetteer, &body).is_some_and(|p| {
                    matches!(p.kind, PlaceKind::Country | PlaceKind::State) || local_office
                });
            let demonym = gazetteer.is_demonym(&body);
            // Run into a person's name, the body is one only when the lists know it as a
            // place or an organization ("Fed Chair Janet Yellen"); so too what stands
            // before a portfolio ("National Economy Minister").
            let body_kind = if place {
                Some(type_index("LOC"))
            } else if demonym {
                Some(type_index("MISC"))
            } else if heads_a_company(words, office) {
                Some(type_index("ORG"))
            } else if kind != type_index("PER") && body_end == before_portfolio {
                Some(kind)
            } else {
                (gazetteer.name_lists(&body) & LIST_ORGANIZATION != 0).then(|| type_index("ORG"))
            };
            if let Some(body_kind) = body_kind {
                split.push((start, body_end, body_kind));
            }
        }
        // Without a rank before the holder's name ("Brigade Commander Major Fallah Sewa").
        let mut holder = office + 1;
        while holder + 1 < end && TITLES_BEFORE_NAMES.contains(&words[holder]) {
            holder += 1;
        }
        // The family name the tagger left outside ("Abdullatif" / "al-Zayani",
        // "Jean-Sebastien" / "Jacques").
        let mut holder_last = end;
        while words.get(holder_last).is_some_and(|w| {
            is_arabic_family_name(w)
                || (holder_last == end
                    && end - holder == 1
                    && gazetteer.name_lists(w) & LIST_SURNAME != 0
                    && w.starts_with(char::is_uppercase))
        }) && !names.iter().any(|&(s, _, _)| s == holder_last)
        {
            holder_last += 1;
        }
        split.push((holder, holder_last, type_index("PER")));
        holder_end = Some(holder_last);
        changed = true;
    }
    *names = split;
    changed
}

/// A country's name is a place, whatever sport it plays: CoNLL-2003 marks a national team
/// by its country as a place ("Seychelles 1 Mauritius 1", "Honduras beat Cuba 4-0"), 4,529
/// times in 4,559 in its training text; the tagger, seeing a sports story, took some for
/// clubs. A name that is also a town's of like size ("Monaco", "Luxembourg") or a
/// person's ("Jordan") keeps its type: those are clubs, teams and people too. A town far
/// smaller abroad does not count ("Mali", a town in China too; "Vatican").
fn countries_are_places(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        if kind != type_index("ORG") {
            return None;
        }
        let text = words[start..end].join(" ");
        let country = place_named(gazetteer, &text).filter(|place| {
            place.kind == PlaceKind::Country && gazetteer.is_own_name(place, &text)
        });
        let personal = LIST_FIRST_NAME | LIST_SURNAME | LIST_PERSON;
        // A country whose office follows is the country, whatever else its name is
        // ("Mali's President", "Chad's Prime Minister"): CoNLL-2003's training text and
        // eng.testa have a country there 10 times in 10.
        let office_follows = words.get(end) == Some(&"'s")
            && words.get(end + 1).is_some_and(|office| {
                HOLDERS_TITLES.contains(office) || matches!(*office, "Prime" | "Foreign")
            });
        country
            .is_some_and(|country| {
                office_follows
                    || (gazetteer.outweighs_namesakes(country, &text)
                        && gazetteer.name_lists(&text) & personal == 0)
            })
            .then(|| type_index("LOC"))
    })
}

/// Words before "in" that make the name after it a company's ("a stake in Repsol",
/// "shares in Slough", "trading in MFS", "interested in Gillette").
const HOLDINGS_BEFORE_IN: &[&str] = &[
    "stake",
    "stakes",
    "share",
    "shares",
    "trading",
    "interest",
    "interests",
    "interested",
    "invest",
    "invested",
    "investing",
    "holding",
    "holdings",
    "investment",
    "investments",
];

/// A place the gazetteer knows that the tagger took for an organization, just after "in"
/// or "into" or in a list opened by them, is the place ("troops into Tigray", "towns in
/// New South Wales and Victoria", in
/// an article its sports words made the tagger read as sport, where Victoria is also a
/// cricket side). In CoNLL-2003's training text 592 names after "in" are places and 25
/// organizations, each of those a company after "stake" or "shares", or a team or place
/// before "'s" ("in Essex 's history"); after "into", 17 places and one organization
/// ("a probe into Taylor Asset Managers", no place's name).
fn regions_after_in(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        if kind != type_index("ORG")
            || words.get(end).is_some_and(|next| is_possessive(next))
            || !list_opened_by_in(words, names, n)
            || names_no_place(gazetteer, &words[start..end])
        {
            continue;
        }
        names[n].2 = type_index("LOC");
        changed = true;
    }
    changed
}

/// Whether name `n` follows "in" (or "into"), itself or through the names before it joined
/// by "and", "or" or commas ("in Lagos, Abuja and Kano"); not "a stake in".
fn list_opened_by_in(words: &[&str], names: &[(usize, usize, usize)], n: usize) -> bool {
    let mut first = n;
    loop {
        let start = names[first].0;
        match start.checked_sub(1).map(|k| words[k]) {
            Some("in" | "into") => {
                return !(start >= 2 && HOLDINGS_BEFORE_IN.contains(&words[start - 2]));
            }
            Some("and" | "or" | ",") if first > 0 && names[first - 1].1 == start - 1 => {
                first -= 1;
            }
            _ => return false,
        }
    }
}

/// Lower-case nouns that, just after a name, say it is a place's: in CoNLL-2003's training
/// text no person or organization stands before them ("Ben Gurion airport", "Ravi river",
/// "Kanie Karzhala camp", "Sao Paulo state", "Sao Paulo newsroom").
const PLACE_NOUNS_AFTER: &[&str] = &[
    "airport",
    "province",
    "river",
    "rivers",
    "port",
    "hospital",
    "stadium",
    "prison",
    "area",
    "valley",
    "mountains",
    "camp",
    "state",
    "city",
    "region",
    "newsroom",
    // A sports ground: "the Brisbane ground", "the Oval ground" (CoNLL-2003: 3 names
    // before "ground" or "venue", all places).
    "ground",
    "venue",
    "racecourse",
];

/// Lower-case words that, just after a name, say it is no person's: a company's shares,
/// stake, unit or shops, a newspaper, a firm's analyst, a club's defender or striker ("Ted
/// Baker shares", "a Gencor unit", "Lehman analyst", "Santos defender"); and
/// `BODY_NOUNS_AFTER`. In CoNLL-2003's training text no person stands before them, nor before
/// "chairman" and a name ("Pompey chairman Milan Mandaric"; "John Kerr chairman of the
/// company" in 1987 Reuters copy is a person). Not "spokesman": a person has one too ("A Seguin spokeswoman"); nor "officials"
/// ("Reagan Administration officials") or "reported" ("Subhy Haddad reported").
const COMPANY_NOUNS_AFTER: &[&str] = &[
    "shares",
    "shareholders",
    "stake",
    "subsidiary",
    "unit",
    "executives",
    "executive",
    "newspaper",
    "stores",
    "analyst",
    "defender",
    "striker",
];

/// Lower-case nouns of a body of people after its name: "the Pakatan Harapan coalition",
/// "Democracy Wall movement". In CoNLL-2003's training text and eng.testa 20 organizations
/// and 73 MISC words stand before these, no person.
const BODY_NOUNS_AFTER: &[&str] = &["coalition", "movement", "militia", "alliance"];

/// A "person" just before a noun of `COMPANY_NOUNS_AFTER` is an organization; its name goes
/// into `companies`, for the article's other mentions of it. So is a MISC word there that
/// is no people's adjective, no index and no compound ("by an Alibaba executive"): in
/// CoNLL-2003's training text and eng.testa the MISC names before these nouns are all
/// adjectives ("Turkish shares", "Budapest-based analyst") or an index ("CAC-40 shares").
fn companies_before_company_nouns(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    retype_companies(words, names, companies, |start, end, kind| {
        // "the Basque newspaper Gara": a noun with its own name after it is described by
        // the word before.
        let misc_company = kind == type_index("MISC")
            && end == start + 1
            && words
                .get(end)
                .is_some_and(|w| COMPANY_NOUNS_AFTER.contains(w))
            && !words
                .get(end + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && !words[start].contains('-')
            && !MARKET_INDICES.contains(&words[start])
            && !gazetteer.is_demonym(words[start])
            // A people's or a faith's adjective the gazetteer lacks ("Bengali", "Kurdish").
            && !["an", "sh", "ese", "ic", "i"]
                .iter()
                .any(|ending| words[start].ends_with(ending));
        if misc_company {
            return true;
        }
        // "Pompey chairman Milan Mandaric", not "John Kerr chairman of the company".
        let chairman_named = words.get(end) == Some(&"chairman")
            && words
                .get(end + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        kind == type_index("PER")
            && (chairman_named
                || words.get(end).is_some_and(|w| {
                    COMPANY_NOUNS_AFTER.contains(w) || BODY_NOUNS_AFTER.contains(w)
                }))
    })
}

/// A "place" that opens with a country's name and runs on over two capitalized words or
/// more that name no place is a body of that country: "Sri Lanka Podujana Peramuna",
/// "Japan Credit Rating Agency". In CoNLL-2003's training text and eng.testa 42 such names
/// are organizations, 11 MISC and one a place ("U.S. Middle East", whose rest is one).
/// The tagger may cut such a name into the country and a "person" right after it ("Sri
/// Lanka" / "Podujana Peramuna"): CoNLL-2003 has no person right after a country's name,
/// so the two are one body, unless the lists know the person's first name. So are the
/// country and a party after it.
fn bodies_named_after_their_country(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let joined = join_neighbours(names, |(start, middle, kind), (next, end, next_kind)| {
        let cut = kind == type_index("LOC")
            && next_kind == type_index("PER")
            && middle == next
            && end - next >= 2
            && gazetteer.name_lists(words[next]) & LIST_FIRST_NAME == 0
            // "Israel G. Grossman": the country's name is his first name.
            && gazetteer.name_lists(&words[start..middle].join(" ")) & LIST_FIRST_NAME == 0
            && !words[next].ends_with('.')
            && names_a_country(gazetteer, &words[start..middle]);
        // A party cut after its country: "Pakistan" / "People 's Party", "his Pakistan" /
        // "Tehreek-e-Insaf party". Of the 9 organizations CoNLL-2003's training text and
        // eng.testa put right after a country's name, none is a party ("India RBI", "U.S.
        // Senate").
        let party = kind == type_index("LOC")
            && next_kind == type_index("ORG")
            && middle == next
            && (matches!(
                words[end - 1],
                "Party" | "League" | "Congress" | "Front" | "Movement" | "Alliance"
            ) || words.get(end) == Some(&"party"))
            && names_a_country(gazetteer, &words[start..middle]);
        (cut || party).then(|| type_index("ORG"))
    });
    joined
        | retype(names, |start, end, kind| {
            if kind != type_index("LOC") || end - start < 3 {
                return None;
            }
            let country_end = (start + 1..=(start + 3).min(end - 2))
                .find(|&k| names_a_country(gazetteer, &words[start..k]))?;
            let rest = &words[country_end..end];
            // The rest names no place, nor a region by its quarter or feature ("Middle
            // East").
            let region = ends_in_feature_word(rest)
                || matches!(
                    rest.last(),
                    Some(&("East" | "West" | "North" | "South" | "Plains"))
                );
            let body = rest.iter().all(|w| w.starts_with(char::is_uppercase))
                && !region
                && place_named(gazetteer, &rest.join(" ")).is_none()
                && names_no_place(gazetteer, &words[start..end]);
            body.then(|| type_index("ORG"))
        })
}

/// A "place" no gazetteer knows (nor a nationality: "the West German coalition
/// government") before "coalition", "movement", "militia", "alliance" or "bloc" is that
/// body: "the Great Patriotic Pole alliance". In CoNLL-2003's training text
/// and eng.testa one place stands there, one the gazetteer knows ("Japan coalition").
fn bodies_taken_for_places(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let body = kind == type_index("LOC")
            && words
                .get(end)
                .is_some_and(|w| BODY_NOUNS_AFTER.contains(w) || *w == "bloc")
            && names_no_place(gazetteer, &words[start..end])
            && !gazetteer.is_demonym(&words[start..end].join(" "));
        body.then(|| type_index("ORG"))
    })
}

/// Words a subject may stand after: the start of a clause.
const BEFORE_SUBJECT: [&str; 13] = [
    ",", "said", "says", "that", "while", "but", "when", "because", "after", "\"", "``", "--",
    // A dateline's dash: "LONDON (Reuters) - Ted Baker said its".
    "-",
];

/// Pronouns that take a person's name back, so its verb's "its" is another thing's.
const PERSONAL_PRONOUNS: [&str; 9] = [
    "he", "his", "him", "she", "her", "who", "whose", "it", "they",
];

/// Verbs that say what a subject is, not what it does: "Paul Rhys was its best performer".
const COPULAS: [&str; 6] = ["is", "was", "are", "were", "became", "remains"];

/// A "person" that is the subject of a verb followed by "its" is an organization: "Ted
/// Baker said its sales fell", "Gencor had pruned its portfolio". No person in CoNLL-2003's
/// training text stands so; 16 organizations and 7 places do. A name opening with a first
/// name stays a person unless the lists know it as a company's ("Laura Ashley", "Ted
/// Baker"). A name of two words or more the lists know whole as a company's or a brand is
/// that company before "said it" too: "John Lewis said it would not reopen eight of its
/// stores". In CoNLL-2003 no name of two words or more says "it" so, 34 organizations do.
/// So is a subject the tagger left out, of words news capitalizes ("Hershey raised its
/// forecast").
fn companies_owning_things(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    let mut changed = retype_companies(words, names, companies, |start, end, kind| {
        let subject = start == 0 || BEFORE_SUBJECT.contains(&words[start - 1]);
        let verb_follows = || {
            words
                .get(end)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && !COPULAS.contains(w))
        };
        let listed_company_says_it = || {
            end - start > 1
                && says_it(words, end)
                && gazetteer.name_lists(&words[start..end].join(" "))
                    & (LIST_ORGANIZATION | LIST_BRAND)
                    != 0
        };
        // Before "said it" a name is the subject, whatever is before it ("and John Lewis
        // said it").
        kind == type_index("PER")
            && !views[start].person_unless_listed_organization()
            && verb_follows()
            && ((subject && its_follows(words, end)) || listed_company_says_it())
    });
    // A company the tagger left out at the sentence's start, capitalized there as any word
    // is: "Hershey raised its annual forecast". Its words are ones news writes capitalized
    // mid-sentence too (not "Officials said its"), no date's ("March saw its") and no "I".
    let run = first_unnamed_run(
        words,
        names,
        |w| w.len() > 1,
        |k| k == 0 || BEFORE_SUBJECT.contains(&words[k - 1]),
    );
    // The dates' and the gazetteer's lookups last: this runs over every sentence.
    let date = |w: &&str| crate::dates::month_number(w).is_some() || crate::dates::is_weekday(w);
    if let Some(run @ (start, end)) = run
        && end - start <= 3
        && (start..end).all(|k| !views[k].mostly_lower_case())
        && words
            .get(end)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !COPULAS.contains(w))
        && its_follows(words, end)
        && !words[start..end].iter().any(date)
        && place_named(gazetteer, &words[start..end].join(" ")).is_none()
    {
        add_company(words, names, companies, run);
        changed = true;
    }
    changed
}

/// Whether the verb at `verb` says "it" or "its" of its subject: "said it would", "says
/// its", "said on Tuesday it".
fn says_it(words: &[&str], verb: usize) -> bool {
    matches!(words[verb], "said" | "says")
        && matches!(
            words.get(after_day_of_saying(words, verb)),
            Some(&("it" | "its"))
        )
}

/// Where the clause a verb of saying at `verb` introduces begins: after the day of saying
/// if one follows ("said on Tuesday it would"), else just after the verb.
fn after_day_of_saying(words: &[&str], verb: usize) -> usize {
    let day = words.get(verb + 1) == Some(&"on")
        && words
            .get(verb + 2)
            .is_some_and(|day| crate::dates::is_weekday(day));
    if day { verb + 3 } else { verb + 1 }
}

/// Who runs or founded a company, after its name: "Amazon CEO", "Biarritz chairman". Not
/// its executives or employees, whom a place has too ("Wall Street executives").
const COMPANY_PEOPLE_AFTER: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
];

/// A "place" before the people who run or founded a company is that company: "as
/// Amazon CEO", which the tagger knew as the river. In CoNLL-2003's training text and
/// eng.testa the names before such words are organizations 11 times and a place once. A
/// country or state stays a place. So with an "'s" between ("Amazon 's founder").
fn companies_before_their_people(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let people_at = if words.get(end).is_some_and(|w| is_possessive(w)) {
            end + 1
        } else {
            end
        };
        let company = kind == type_index("LOC")
            && words
                .get(people_at)
                .is_some_and(|after| COMPANY_PEOPLE_AFTER.contains(after))
            && place_named(gazetteer, &words[start..end].join(" "))
                .is_none_or(|place| !is_region(place));
        company.then(|| type_index("ORG"))
    })
}

/// "U.S." just before a body's name opens it: "U.S. Navy", "U.S. District Court", "U.S.
/// Treasury securities". In CoNLL-2003's training text and eng.testa "U.S." is part of the
/// organization after it 30 times out of 33; the tagger had a place and a body.
fn us_bodies_whole(words: &[&str], names: &mut Names) -> bool {
    join_neighbours(names, |(start, middle, kind), (next, _, next_kind)| {
        let joined = middle == next
            && middle == start + 1
            && words[start] == "U.S."
            && kind == type_index("LOC")
            && next_kind == type_index("ORG");
        joined.then(|| type_index("ORG"))
    })
}

/// A nickname in quotes between a first name and a person's surname is part of that
/// person's name: `Joaquin "El Chapo" Guzman`, `Hector " Macho " Camacho` (CoNLL-2003 marks
/// the whole, quotes and all, as one person). The tagger read the first name and the
/// nickname as places, and the surname as one or as nothing.
fn people_with_nicknames(words: &[&str], names: &mut Names) -> bool {
    let person = type_index("PER");
    let is_quote = |k: usize| words.get(k).is_some_and(|w| is_quote_mark(w));
    let capitalized = |k: usize| capitalized_at(words, k);
    let mut changed = false;
    for open in 1..words.len() {
        if !is_quote(open)
            || !capitalized(open - 1)
            || crate::extract::organizations::is_sentence_opener(words[open - 1])
        {
            continue;
        }
        let close = (open + 1..(open + 5).min(words.len())).find(|&k| !capitalized(k));
        let Some(close) = close.filter(|&k| k > open + 1 && is_quote(k)) else {
            continue;
        };
        // The surname is a name the tagger found, of any type but MISC, or capitalized
        // words it left out ("Guzman"; "Chiwarak" a place).
        let misc = type_index("MISC");
        let surname_end = match names.iter().find(|&&(s, _, _)| s == close + 1) {
            Some(&(_, end, kind)) => (kind != misc).then_some(end),
            None => (close + 1..words.len().min(close + 4))
                .take_while(|&k| capitalized(k) && !is_quote(k) && !is_named(names, k))
                .last()
                .map(|k| k + 1),
        };
        let Some(end) = surname_end else {
            continue;
        };
        // The first name is one the tagger found, of any type but MISC (its span may run
        // into the quotes): not "an Americanised "Jimmy" Bond".
        let Some(&(start, _, _)) = names
            .iter()
            .find(|&&(s, e, kind)| s < open && open <= e && kind != misc)
        else {
            continue;
        };
        replace_names(names, (start, end), (start, end, person));
        changed = true;
    }
    changed
}

/// Who leads or speaks for a body, after its name: "Hezbollah leader Hassan Nasrallah".
/// Bodies have generic names ("Opposition leader", "Police spokesman"), so only a name the
/// lists know as an organization's counts before these.
const BODY_PEOPLE_AFTER: &[&str] = &[
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "chief",
];

/// Capitals the tagger left out before the people who run or founded a company, and their
/// name, are that company: "Alibaba founder Jack Ma", "Airbus Chief Executive Guillaume
/// Faury". So are those before a body's leader
/// or spokesman when the lists know them as an organization's name: "Hezbollah leader
/// Sayyed Hassan Nasrallah". Not a body's generic word ("Group chairman"), a word of the
/// role's own ("Former CEO"), a sentence's opening function word, or words news mostly
/// writes in lower case.
fn unnamed_companies_before_their_people(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    let person = type_index("PER");
    let mut changed = false;
    for role in 1..words.len() {
        // "Airbus Chief Executive Guillaume Faury", the title in capitals.
        let title_length = chief_officer_title_length(words, role).unwrap_or(1);
        let company_role = title_length > 1 || COMPANY_PEOPLE_AFTER.contains(&words[role]);
        if !(company_role || BODY_PEOPLE_AFTER.contains(&words[role]))
            || !names
                .iter()
                .any(|&(s, _, kind)| s == role + title_length && kind == person)
        {
            continue;
        }
        // "Novartis Chief Medical" / "Officer" / "Vas Narasimhan": the tagger ran the
        // company's name into the title; it ends before it.
        if title_length > 1
            && let Some(cut) = names.iter_mut().find(|&&mut (s, e, kind)| {
                kind != person && s < role && role < e && e <= role + title_length
            })
        {
            cut.1 = role;
            changed = true;
        }
        // "Former CEO Markus Braun": a word of the role's own, no company's.
        const ROLE_QUALIFIERS: &[&str] = &[
            "Former", "Interim", "Acting", "Outgoing", "Incoming", "New", "Then", "Ex", "Deputy",
            "Joint", "Current", "Longtime", "Its", "Their", "His", "Her",
        ];
        let start = unnamed_run_before(words, names, role, |word| {
            !crate::extract::organizations::is_generic_organization_word(word)
                && !ROLE_QUALIFIERS.contains(&word)
        });
        let Some(start) = start else {
            continue;
        };
        let listed = || {
            let lists = gazetteer.name_lists(&words[start..role].join(" "));
            lists & LIST_ORGANIZATION != 0
                && lists & (LIST_PLACE | LIST_PERSON | LIST_FIRST_NAME | LIST_SURNAME) == 0
                && !(start..role).all(|k| views[k].mostly_lower_case())
        };
        if company_role || listed() {
            add_company(words, names, companies, (start, role));
            changed = true;
        }
    }
    changed
}

/// Nouns for a company's customers, staff, shares and results, after its name: "Robinhood
/// users", "Tesla owners", "Peloton sales".
const COMPANY_THINGS_AFTER: &[&str] = &[
    "users",
    "customers",
    "subscribers",
    "drivers",
    "hosts",
    "owners",
    "employees",
    "executives",
    "workers",
    "shares",
    "stock",
    "sales",
    "profit",
    "profits",
    "earnings",
    "revenue",
];

/// A word the lists know only as a company or brand, before its customers, staff, shares
/// or results (`COMPANY_THINGS_AFTER`), is that company where the tagger left it out or
/// took it for MISC: "Robinhood users piled into GameStop", "Tesla owners complained",
/// which open their sentences. In CoNLL-2003's training text and eng.testa all 8 such
/// words are organizations.
fn listed_companies_before_their_things(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let not_company = LIST_PLACE | LIST_FIRST_NAME | LIST_SURNAME | LIST_PERSON;
    let company = |k: usize| {
        let word = words[k];
        let title_case =
            word.starts_with(char::is_uppercase) && !word.chars().skip(1).all(|c| c.is_uppercase());
        title_case
            && (k == 0 || !words[k - 1].starts_with(char::is_uppercase))
            && words
                .get(k + 1)
                .is_some_and(|after| COMPANY_THINGS_AFTER.contains(after))
            && listed_as_company_only(gazetteer, word, not_company)
            && place_named(gazetteer, word).is_none()
    };
    let mut changed = retype(names, |start, end, kind| {
        (end == start + 1 && kind == type_index("MISC") && company(start))
            .then(|| type_index("ORG"))
    });
    changed |= name_unnamed_words(words.len(), names, type_index("ORG"), company);
    changed
}

/// A "person" whose owner or parent is a company is a brand of it: "Michael Kors owner
/// Capri Holdings", "Calvin Klein owner PVH".
fn brands_before_their_owners(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for n in 0..names.len().saturating_sub(1) {
        let ((_, end, kind), (next, _, next_kind)) = (names[n], names[n + 1]);
        if kind == type_index("PER")
            && next_kind == type_index("ORG")
            && next == end + 1
            && matches!(words[end], "owner" | "parent")
        {
            names[n].2 = type_index("ORG");
            changed = true;
        }
    }
    changed
}

/// The names a company owns, which the tagger took for people or MISC, are its brands:
/// "Tapestry, which owns Kate Spade and Coach", "the owner of Michael Kors and Versace",
/// "the parent of Jimmy Choo".
/// The list runs on over "," and "and". People are not owned: CoNLL-2003's training text
/// and eng.testa have no name after "owns" or "owner of" (after "owned by", its owners:
/// people and places, left alone). So a "person" that is owned, or a unit of another, is
/// a company too.
fn brands_owned(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let owner_before = |k: usize| {
        k >= 1
            && (matches!(words[k - 1], "owns" | "owning")
                || (words[k - 1] == "of"
                    && k >= 2
                    && matches!(words[k - 2], "owner" | "owners" | "parent")))
    };
    // A brand the tagger left out may open the list: "the owner of Coach and Kate Spade".
    let after_owner = |k: usize| {
        owner_before(k)
            || (k >= 3
                && matches!(words[k - 1], "and" | ",")
                && is_title_case(words[k - 2])
                && owner_before(k - 2))
    };
    // "Tim Hortons, owned by Restaurant Brands International", "RSA Data Security, a unit
    // of Security Dynamics": CoNLL-2003's training text and eng.testa have 5 organizations
    // before such words, a MISC name and a place, no person.
    let owned_after = |end: usize| {
        let after = words.get(end..).unwrap_or_default();
        let after = after.strip_prefix(&[","][..]).unwrap_or(after);
        matches!(
            after,
            ["owned" | "co-owned" | "controlled", "by", ..]
                | ["a" | "the", "unit" | "subsidiary", "of", ..]
        )
    };
    let mut changed = false;
    let mut next_in_list = None;
    for (start, end, kind) in names.iter_mut() {
        // "Disney, which also owns Hulu", "Flipkart, owned by Walmart": a "place" no
        // gazetteer knows is owned too.
        let unknown_place = |start: usize, end: usize, kind: usize| {
            kind == type_index("LOC") && names_no_place(gazetteer, &words[start..end])
        };
        if next_in_list != Some(*start) && !after_owner(*start) {
            if owned_after(*end)
                && (*kind == type_index("PER") || unknown_place(*start, *end, *kind))
            {
                *kind = type_index("ORG");
                changed = true;
            }
            continue;
        }
        // Not a place modifying a noun: "the parent of Conneticut chartered Society".
        if matches!(TYPES[*kind - 1], "PER" | "MISC")
            || (unknown_place(*start, *end, *kind) && !modifies_a_noun(words, *end))
        {
            *kind = type_index("ORG");
            changed = true;
        }
        // The next in the list: "Kate Spade , Coach and Stuart Weitzman".
        next_in_list = match words.get(*end..*end + 2) {
            Some([",", "and"]) => Some(*end + 2),
            Some(["," | "and", _]) => Some(*end + 1),
            _ => None,
        };
    }
    changed
}

/// What only a business does, as (verbs, objects): "reported a loss", "will close eight
/// stores", "cut 9,000 jobs", "filed for bankruptcy".
const BUSINESS_DEEDS: &[(&[&str], &[&str])] = &[
    (
        &["reported", "reports", "posted", "posts", "swung"],
        &[
            "loss", "losses", "profit", "profits", "sales", "revenue", "revenues", "earnings",
        ],
    ),
    (
        &["close", "closes", "closed", "closing", "shut"],
        &["stores", "shops", "branches", "plants"],
    ),
    (
        &[
            "cut", "cuts", "cutting", "shed", "sheds", "slash", "slashed",
        ],
        &["jobs"],
    ),
    (&["filed"], &["bankruptcy", "insolvency"]),
    // "Baker Hughes beat profit estimates", "Ferrari raised its profit outlook": analysts'
    // estimates and a company's own guidance; not "expectations" or "forecast", which
    // politicians and governments beat and raise too.
    (
        &["beat", "beats", "missed", "misses", "topped", "tops"],
        &["estimates"],
    ),
    (
        &[
            "raised", "raises", "lifted", "lifts", "lowered", "lowers", "cut", "cuts", "trimmed",
        ],
        &["guidance", "outlook"],
    ),
];

/// A "person" that is the subject of what only a business does (`BUSINESS_DEEDS`) is a
/// company: "John Lewis will close eight stores", "Hugo Boss reported a loss". The object
/// is at most four words on, with nothing capitalized between ("cut 9,000 jobs", "reported
/// a first-quarter loss"). In CoNLL-2003's training text and eng.testa all 7 names so
/// placed are organizations.
fn companies_by_their_deeds(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    // "Marks & Spencer cut 7,000 jobs , and John Lewis closed eight stores".
    let subject = |start: usize| {
        start == 0 || BEFORE_SUBJECT.contains(&words[start - 1]) || words[start - 1] == "and"
    };
    // A name opening with a first name stays a person unless the lists know it as a
    // company ("John Lewis" the stores).
    let listed = |start: usize, end: usize| {
        gazetteer.name_lists(&words[start..end].join(" ")) & (LIST_ORGANIZATION | LIST_BRAND) != 0
    };
    // "John Lewis , which owns Waitrose": "which" is no person's, and owning or running
    // brands and shops a business's deed.
    let which_owns = |end: usize| {
        words.get(end..end + 3).is_some_and(|after| {
            after[..2] == [",", "which"]
                && matches!(after[2], "owns" | "operates" | "runs" | "makes" | "sells")
        }) || (words.get(end..end + 2) == Some(&[",", "which"][..])
            && business_deed_after(words, end + 2))
    };
    // "Novo Nordisk , maker of Wegovy": people own and produce, only companies make and
    // manufacture (CoNLL-2003's training text and eng.testa have no name so placed).
    let maker = |end: usize| {
        let after = words.get(end..).unwrap_or_default();
        matches!(
            after,
            [",", "maker" | "makers" | "manufacturer", "of", ..]
                | [
                    ",",
                    "the" | "a",
                    "maker" | "makers" | "manufacturer",
                    "of",
                    ..
                ]
        )
    };
    let mut changed = retype_companies(words, names, companies, |start, end, kind| {
        let deed = kind == type_index("PER")
            && (subject(start) && business_deed_after(words, end) || which_owns(end))
            && (!views[start].person_unless_listed_organization() || listed(start, end));
        // The gazetteer's lookup last: this runs over every name.
        let unknown_place =
            || kind == type_index("LOC") && names_no_place(gazetteer, &words[start..end]);
        deed || (maker(end) && (kind == type_index("PER") || unknown_place()))
    });
    // A company the lists know that the tagger left out: "Debenhams will close its stores".
    let run = first_unnamed_run(words, names, |_| true, subject);
    if let Some(run @ (start, end)) = run
        && business_deed_after(words, end)
        && listed(start, end)
    {
        add_company(words, names, companies, run);
        changed = true;
    }
    changed
}

/// A run of capitalized words the tagger left out that the lists know whole as a company's
/// or brand's, and as no place's or person's, is that company: "Robinhood restricted
/// trading in GameStop", where the tagger, trained on 1996 news, sees two new words. Each
/// word is one the unlabelled news never has, so a common word the lists also know as a
/// brand ("Next", "Match", "Interior": 35 such runs are no name in CoNLL-2003's training
/// text) stays out, and one opening a sentence is no word modern text writes in lower case
/// ("Backstage , he said"); so do headlines and tables in capitals. Over CoNLL-2003's folds
/// it names "LUKoil"; over BBC and Reuters-21578, Kirin, ShopKo and MedFirst, and
/// "Tinseltown" and "Qlty" (quarterly) wrongly.
fn listed_companies_left_out(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
    clusters: &Clusters,
) -> bool {
    // Most sentences have no capitalized word the unlabelled news never has.
    let unseen_capitals = words
        .iter()
        .zip(views)
        .any(|(word, view)| view.unseen() && word.starts_with(char::is_uppercase));
    if !unseen_capitals || !in_normal_case(words) {
        return false;
    }
    // Where any word is capitalized, a common word may be: "Backstage, he said".
    let opens_sentence = |k: usize| k == 0 || is_quote_mark(words[k - 1]);
    // Acronyms are `listed_acronyms`' to decide: "JV" is a joint venture far more often; a
    // word with digits is a code or a rating ("from B2").
    let plain_word = |word: &str| !is_acronym(word) && !word.contains(|c: char| c.is_ascii_digit());
    let not_people_nor_places = LIST_PLACE | LIST_PERSON | LIST_FIRST_NAME | LIST_SURNAME;
    let mut changed = false;
    let mut start = 0;
    while let Some(run @ (run_start, end)) =
        first_unnamed_run(words, names, |_| true, |k| k >= start)
    {
        start = end.max(run_start + 1);
        let capitalized = (run_start..end).all(|k| views[k].unseen() && plain_word(words[k]))
            && !(opens_sentence(run_start) && clusters.has_lower_case_form(words[run_start]));
        if capitalized
            && listed_as_company_only(
                gazetteer,
                &words[run_start..end].join(" "),
                not_people_nor_places,
            )
        {
            add_company(words, names, companies, run);
            changed = true;
        }
    }
    changed
}

/// Whether a deed only a business does (`BUSINESS_DEEDS`) follows a name ending at `end`:
/// its verb up to three words on ("will close", "plans to cut", "said it would cut"), its
/// object within four lower-case words after the verb.
fn business_deed_after(words: &[&str], end: usize) -> bool {
    let verb = (end..(end + 4).min(words.len())).find(|&k| {
        BUSINESS_DEEDS
            .iter()
            .any(|(verbs, _)| verbs.contains(&words[k]))
    });
    let Some(verb) = verb.filter(|&k| {
        words[end..k].iter().all(|w| {
            matches!(
                *w,
                "will" | "would" | "to" | "plans" | "is" | "has" | "said" | "it"
            )
        })
    }) else {
        return false;
    };
    let mut objects = BUSINESS_DEEDS
        .iter()
        .filter(|(verbs, _)| verbs.contains(&words[verb]))
        .flat_map(|(_, objects)| objects.iter());
    objects.any(|object| {
        words
            .iter()
            .skip(verb + 1)
            .take(5)
            .take_while(|w| !w.starts_with(char::is_uppercase))
            .any(|w| w == object)
    })
}

/// Whether "its" follows the verb at `verb` within three lower-case words, none a pronoun
/// that takes a person back. After a verb of saying only at once or after an adverb: "said
/// its sales", "said earlier its profit", not "said Chase opened its", another subject's.
fn its_follows(words: &[&str], verb: usize) -> bool {
    // "Aston Martin named Tobias Moers as its chief executive": the one appointed is a
    // person, and "its" the appointer's.
    if matches!(
        words[verb],
        "named" | "appointed" | "hired" | "picked" | "tapped" | "promoted"
    ) {
        let person_words = words
            .iter()
            .skip(verb + 1)
            .take(3)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        if person_words > 0
            && words.get(verb + 1 + person_words..verb + 3 + person_words) == Some(&["as", "its"])
        {
            return true;
        }
    }
    let said = matches!(words[verb], "said" | "says" | "told" | "added");
    // "said on Tuesday its": the day of saying, before the clause said.
    let clause = after_day_of_saying(words, verb);
    if said && clause > verb + 1 {
        return words.get(clause) == Some(&"its");
    }
    let mut between = words
        .iter()
        .skip(verb + 1)
        .take(3)
        .take_while(|w| w.starts_with(char::is_lowercase) && !PERSONAL_PRONOUNS.contains(w));
    if said {
        between.position(|w| *w == "its").is_some_and(|at| {
            at == 0
                || (at == 1 && {
                    let adverb = words[verb + 1];
                    adverb.ends_with("ly") || matches!(adverb, "earlier" | "today" | "yesterday")
                })
        })
    } else {
        between.any(|w| *w == "its")
    }
}

/// Verbs of a market report that move a share price or an index by a percentage.
const PRICE_MOVES: &[&str] = &[
    "rose", "fell", "gained", "lost", "dropped", "slid", "jumped", "tumbled", "climbed", "added",
    "slumped", "edged", "eased", "shed", "surged", "advanced", "declined", "plunged", "rallied",
    "slipped", "soared", "sank",
];

/// A "person" whose price a market report moves by a percentage is a company: "Meituan
/// Dianping fell 3.6%", "Tencent dropped 2.4 percent". In CoNLL-2003's training text and
/// eng.testa the names before such a verb and percentage are 7 organizations and an index;
/// no person. A name the lists know as a person's keeps its type.
fn companies_whose_price_moves(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let moved = kind == type_index("PER")
            && words
                .get(end)
                .is_some_and(|verb| PRICE_MOVES.contains(verb))
            && words.get(end + 1).is_some_and(|amount| {
                let amount = amount.strip_suffix('%').unwrap_or(amount);
                !amount.is_empty() && amount.chars().all(|c| c.is_ascii_digit() || c == '.')
            })
            && (words[end + 1].ends_with('%')
                || words
                    .get(end + 2)
                    .is_some_and(|unit| matches!(*unit, "%" | "percent" | "pct")));
        (moved && gazetteer.name_lists(&words[start..end].join(" ")) & LIST_PERSON == 0)
            .then(|| type_index("ORG"))
    })
}

/// A "person" the lists know whole as a company or brand, none of whose words any list
/// of people knows, is that company: "Huawei denied", "Wirecard filed". The tagger reads a
/// new capitalized word before a verb as a surname, as 1996 news mostly had it; a name
/// with a first name or surname in it stays a person ("Ann Taylor", "Ted Baker"). So is
/// one whose last word the lists know as an organization ("Kataib Hezbollah").
fn companies_no_person_list_knows(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let personal = LIST_FIRST_NAME | LIST_SURNAME | LIST_PERSON;
    retype(names, |start, end, kind| {
        // The words first: most people's open with a listed first name, and need no copy.
        let company = kind == type_index("PER")
            && words[start..end]
                .iter()
                .all(|w| gazetteer.name_lists(w) & personal == 0)
            && (gazetteer.name_lists(&words[start..end].join(" "))
                & (LIST_ORGANIZATION | LIST_BRAND)
                != 0
                // An organization the lists know ends it: "Kataib Hezbollah".
                || (end - start >= 2
                    && gazetteer.name_lists(words[end - 1]) & (LIST_ORGANIZATION | LIST_PLACE)
                        == LIST_ORGANIZATION
                    && place_named(gazetteer, words[end - 1]).is_none()));
        company.then(|| type_index("ORG"))
    })
}

/// A "place" the gazetteer does not know, which the organization lists know whole and no
/// list of places or people does, is that organization: "days after Twitter tagged his
/// tweets", where the tagger reads a new word after "after" as a place; not where
/// something happens ("in Benelux"). A brand list's name counts only when the unlabelled
/// news never has its words ("owner of Topshop"): that list also holds common place words
/// ("Gulf", "Aegean", "Piccadilly").
fn places_only_organization_lists_know(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let not_organization = LIST_PLACE | LIST_FIRST_NAME | LIST_SURNAME | LIST_PERSON;
    retype(names, |start, end, kind| {
        if kind != type_index("LOC") {
            return None;
        }
        // Where something happens is a place whatever else the name is: "markets in
        // Benelux", "airports in the Commonwealth of Independent States".
        let article = usize::from(start > 0 && words[start - 1] == "the");
        let located = start > article
            && matches!(
                words[start - article - 1],
                "in" | "at" | "across" | "throughout" | "near" | "within"
            );
        if located {
            return None;
        }
        let text = words[start..end].join(" ");
        let lists = gazetteer.name_lists(&text);
        let unseen_brand = || lists & LIST_BRAND != 0 && (start..end).all(|k| views[k].unseen());
        if !(lists & LIST_ORGANIZATION != 0 || unseen_brand()) || lists & not_organization != 0 {
            return None;
        }
        // "Central America", which a list has among its organizations.
        let names_a_country = words[start..end].iter().any(|word| {
            place_named(gazetteer, word).is_some_and(|place| {
                matches!(place.kind, PlaceKind::Country | PlaceKind::Continent)
            })
        });
        let organization = !names_a_country && place_named(gazetteer, &text).is_none();
        organization.then(|| type_index("ORG"))
    })
}

/// Capitalized words the tagger left out beside a company, across "and" or a comma, that
/// the lists know whole as a company or brand are one: "Spotify and Netflix added
/// subscribers", "Novavax and CureVac began trials" (the tagger leaves out a sentence's
/// first word it does not know). Not a word news mostly writes in lower case ("Casino",
/// "State"), a weekday or month, a place, or a name the person lists know.
fn listed_companies_beside_companies(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    let organization = type_index("ORG");
    let fits = |k: usize| {
        !views[k].mostly_lower_case()
            && !crate::dates::is_weekday(words[k])
            && crate::dates::month_number(words[k]).is_none()
    };
    let mut found = Vec::new();
    for &(start, end, kind) in names.iter() {
        if kind != organization {
            continue;
        }
        // The run after: "Netflix and Spotify"; the run before: "Spotify and Netflix".
        let after = words.get(end).is_some_and(|w| matches!(*w, "and" | ","))
            && end + 1 < words.len()
            && capitalized_at(words, end + 1);
        let runs = [
            after.then(|| {
                let run_end = (end + 1..words.len().min(end + 4))
                    .take_while(|&k| capitalized_at(words, k))
                    .last()
                    .map_or(end + 1, |k| k + 1);
                (end + 1, run_end)
            }),
            (start >= 2 && matches!(words[start - 1], "and" | ","))
                .then(|| unnamed_run_before(words, names, start - 1, |_| true))
                .flatten()
                .map(|run_start| (run_start, start - 1)),
        ];
        for (run_start, run_end) in runs.into_iter().flatten() {
            // The whole run of capitals, not the tail or the head of a longer one.
            let whole = (run_start == 0 || !capitalized_at(words, run_start - 1))
                && !capitalized_at(words, run_end);
            let unnamed = whole && !names.iter().any(|&(s, e, _)| s < run_end && run_start < e);
            if !unnamed || !(run_start..run_end).all(fits) {
                continue;
            }
            let text = words[run_start..run_end].join(" ");
            let not_company = LIST_PERSON | LIST_FIRST_NAME | LIST_PLACE;
            if listed_as_company_only(gazetteer, &text, not_company)
                && place_named(gazetteer, &text).is_none()
            {
                found.push((run_start, run_end, organization));
                companies.push(text);
            }
        }
    }
    if found.is_empty() {
        return false;
    }
    names.extend(found);
    names.sort_unstable();
    names.dedup();
    true
}

/// In a list of names ("Amazon , Apple and Alphabet 's Google"), a "place" or "person" the
/// lists know whole as a company or brand, and the gazetteer as no place, is a company when
/// an organization stands in the same list, or when the lists know every name of it only
/// as a company's: the tagger knew the Amazon of 1996 news, the river, and gave the next
/// name the same type.
fn companies_listed_with_companies(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let organization = type_index("ORG");
    // Runs of names joined by "," or "and" (one word between neighbours).
    let mut changed = false;
    let mut first = 0;
    while first < names.len() {
        let mut last = first;
        while last + 1 < names.len()
            && names[last + 1].0 == names[last].1 + 1
            && matches!(words[names[last].1], "," | "and")
        {
            last += 1;
        }
        let has_organization = (first..=last).any(|n| names[n].2 == organization);
        // A list with a place the gazetteer knows lists places ("Taunton , Orpington ,
        // Haltemprice and Howden").
        let known_place = |&(start, end, kind): &(usize, usize, usize)| {
            TYPES[kind - 1] == "LOC"
                && place_named(gazetteer, &words[start..end].join(" ")).is_some()
        };
        let has_organization = has_organization && !names[first..=last].iter().any(known_place);
        // Two names the lists know only as companies are two companies whatever the
        // tagger made of them ("J.C. Penney and Neiman Marcus"); in CoNLL-2003 such pairs
        // are 10 of organizations and none of people.
        let only_companies = |&(start, end, _): &(usize, usize, usize)| {
            let text = words[start..end].join(" ");
            listed_as_company_only(gazetteer, &text, LIST_PERSON | LIST_PLACE)
                && place_named(gazetteer, &text).is_none()
        };
        let all_companies = last > first && names[first..=last].iter().all(only_companies);
        // Two names, one an organization and the other one of two words or more the lists
        // know only as a company: "Ralph Lauren and PVH rose" (not "midfielder Andre and
        // Santos", a word the lists also hold as a brand).
        let pair_of_companies = last == first + 1
            && has_organization
            && names[first..=last].iter().all(|name| {
                name.2 == organization || (name.1 - name.0 >= 2 && only_companies(name))
            });
        // Three names at least: "midfielder Andre and Santos defender Narciso" is no list.
        if (last >= first + 2 && has_organization) || all_companies || pair_of_companies {
            for name in &mut names[first..=last] {
                let (start, end, kind) = *name;
                let text = words[start..end].join(" ");
                let company = matches!(TYPES[kind - 1], "LOC" | "PER")
                    && gazetteer.name_lists(&text) & (LIST_ORGANIZATION | LIST_BRAND) != 0
                    && place_named(gazetteer, &text).is_none();
                if company {
                    name.2 = organization;
                    changed = true;
                }
            }
        }
        first = last + 1;
    }
    changed
}

/// A "place" the gazetteer does not know that says something is an organization: "Amazon
/// said it would hire", where the tagger knew the Amazon of 1996 news, the river. In
/// CoNLL-2003's training text, of the names before "said", "says", "told", "announced" or
/// "reported" that no gazetteer entry names, 270 are organizations and 4 places (a
/// hospital, a nursing home); places that speak are countries and towns, which it knows.
/// Only a name opening its clause counts, and not one opening with a first name. So is one
/// a story cites, "according to Genscape": no place follows "according to" in CoNLL-2003.
/// The organization's other mentions follow.
fn places_no_gazetteer_knows_that_speak(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    retype_companies(words, names, companies, |start, end, kind| {
        let speaks = words.get(end).is_some_and(|verb| {
            matches!(*verb, "said" | "says" | "told" | "announced" | "reported")
        });
        let cited = words[..start].ends_with(&["according", "to"]);
        if kind != type_index("LOC") || !(speaks || cited) {
            return false;
        }
        // The subject opens the clause; "an officer in East Berlin said" is the speaker's
        // place, "minister Monte Kwinter said" a person the tagger misread.
        let opens_clause = cited
            || start == 0
            || (start == 1 && words[0] == "The")
            || matches!(
                words[start - 1],
                "," | ";" | ":" | "\"" | "``" | "''" | "(" | "-" | "--"
            );
        opens_clause
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0
            && names_no_place(gazetteer, &words[start..end])
    })
}

/// Words just before the company a deal buys or merges: "agreed to buy TD Ameritrade",
/// "a stake in Zenith", "the takeover of Lonrho".
const BOUGHT_AFTER: &[&[&str]] = &[
    &["to", "buy"],
    &["to", "acquire"],
    &["acquired"],
    &["bought"],
    &["takeover", "of"],
    &["stake", "in"],
    &["merger", "with"],
    &["acquisition", "of"],
    &["purchase", "of"],
];

/// A MISC name a deal buys or merges with is a company: "agreed to buy TD Ameritrade",
/// which the tagger took for MISC. In CoNLL-2003's training text and eng.testa the names
/// after these words (`BOUGHT_AFTER`) are organizations 19 times and MISC 3, all
/// adjectives ("acquisition of Austrian food retail chain"), which stay, as do products
/// before their noun ("bought Silkworm missiles"). So is a "place" no gazetteer knows
/// ("its purchase of Celgene"); the 2 places there are "U.S.", an adjective.
fn companies_bought(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    retype_companies(words, names, companies, |start, end, kind| {
        // The cheap tests first: this runs over every name.
        let bought = (kind == type_index("MISC") || kind == type_index("LOC"))
            && BOUGHT_AFTER
                .iter()
                .any(|before| words[..start].ends_with(before));
        if !bought {
            return false;
        }
        let name = words[start..end].join(" ");
        // "Chinese-made", "New York-based": an adjective.
        let compound_adjective = name
            .split('-')
            .skip(1)
            .any(|part| part.starts_with(char::is_lowercase));
        // "bought Silkworm missiles": the thing a name makes, which follows it.
        let product = words.get(end).is_some_and(|next| {
            next.starts_with(char::is_lowercase)
                && !matches!(
                    *next,
                    "for"
                        | "from"
                        | "in"
                        | "at"
                        | "on"
                        | "and"
                        | "or"
                        | "to"
                        | "by"
                        | "with"
                        | "which"
                        | "that"
                        | "last"
                        | "this"
                        | "earlier"
                )
        });
        !compound_adjective
            && !product
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || " &.'-".contains(c))
            && !gazetteer.is_demonym(&name)
            && !name.ends_with("ic")
            && !name.ends_with("an")
            && (kind == type_index("MISC") || place_named(gazetteer, &name).is_none())
    })
}

/// A name the tagger took for a place, a person or MISC just before "vaccine" or "jab" is
/// the drug maker's, when no gazetteer entry names it and it is no nationality and opens
/// with no first name: "the Sinovac vaccine", "a Novavax jab"; not "the Russian vaccine",
/// "the Oxford vaccine" (the place the gazetteer knows, as the tagger may have it). The
/// maker's other mentions follow.
fn makers_of_vaccines(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    retype_companies(words, names, companies, |start, end, kind| {
        let before_vaccine = words
            .get(end)
            .is_some_and(|noun| matches!(*noun, "vaccine" | "vaccines" | "jab" | "jabs"));
        if kind == type_index("ORG") || !before_vaccine || end - start > 2 {
            return false;
        }
        let name = words[start..end].join(" ");
        // A disease's name: "Hepatitis-B", "Covid-19", "Ebola".
        let disease = name.contains(|c: char| c == '-' || c.is_ascii_digit())
            || DISEASES_NAMED_AFTER_PLACES.contains(&name.as_str());
        !disease
            && !gazetteer.is_demonym(&name)
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0
            && place_named(gazetteer, &name).is_none()
    })
}

/// Diseases named after the river, forest or town where they were found, which news
/// capitalizes as a name: "the Ebola vaccine".
const DISEASES_NAMED_AFTER_PLACES: &[&str] = &["Ebola", "Zika", "Lassa", "Marburg", "Lyme"];

/// Capitalized words the tagger left out that are the subject of "said it" or "says its"
/// are an organization's name, one new to it or a common word: "Natural Law Party says it
/// can", ", Best said it did". Of the capitalized runs before "said it", "said its", "says
/// it" or "says its" in CoNLL-2003's training text, 36 are organizations, 5 persons and 5
/// places (which the tagger finds), 10 no name ("It said", "Wednesday said"; "The Fed in
/// February said it"), and 4 an organization after "The". One word opening the sentence
/// that news mostly writes in lower case is no name ("Analysts said it").
fn organizations_saying_it(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    companies: &mut Vec<String>,
) -> bool {
    const NOT_NAMES: &[&str] = &[
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "There",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Today",
        "Yesterday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    if !in_normal_case(words) {
        return false;
    }
    let mut found = Vec::new();
    for verb in 1..words.len().saturating_sub(1) {
        if !matches!(words[verb], "said" | "says") || !matches!(words[verb + 1], "it" | "its") {
            continue;
        }
        let mut start = verb;
        while start > 0 && words[start - 1].starts_with(char::is_uppercase) {
            start -= 1;
        }
        while start < verb && matches!(words[start], "The" | "But" | "And" | "So" | "Yet") {
            start += 1;
        }
        let tagged = names.iter().any(|&(s, e, _)| s < verb && start < e);
        let pronoun_or_day = verb - start == 1 && NOT_NAMES.contains(&words[start]);
        // A word opening the sentence has its capital from there: "Analysts said it".
        let common_word = start == 0 && verb == 1 && views[0].mostly_lower_case();
        if start < verb && !tagged && !pronoun_or_day && !common_word {
            found.push((start, verb, type_index("ORG")));
            companies.push(words[start..verb].join(" "));
        }
    }
    if found.is_empty() {
        return false;
    }
    names.extend(found);
    names.sort_unstable();
    true
}

/// Whether a sentence is written in normal case, not a headline or a table in capitals: an
/// acronym stands out there.
fn in_normal_case(words: &[&str]) -> bool {
    lower_case_words(words) >= 4
}

/// How many words of a sentence open in lower case: none in a headline in capitals or
/// title case.
fn lower_case_words(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count()
}

/// Whether a word is a short acronym: two to six capital letters.
fn is_acronym(word: &str) -> bool {
    word.len() <= 6 && crate::extract::organizations::is_acronym(word)
}

/// Nouns for the people who head or speak for a body, after its acronym.
const HEADS_AFTER_ACRONYM: [&str; 14] = [
    "director",
    "director-general",
    "president",
    "chief",
    "leader",
    "chairman",
    "secretary-general",
    "spokesman",
    "spokeswoman",
    "official",
    "officials",
    "head",
    "governor",
    "commissioner",
];

/// An acronym in a sentence of normal case before the title of one who heads or speaks for
/// it is an organization: "FBI Director Louis Freeh", "ECB President Christine Lagarde", "an
/// OSCE spokeswoman". In CoNLL-2003's training text 34 of 36 such acronyms are.
fn acronyms_before_their_heads(words: &[&str], names: &mut Names) -> bool {
    if !in_normal_case(words) {
        return false;
    }
    let mut changed = false;
    for i in 0..words.len().saturating_sub(1) {
        if !is_acronym(words[i])
            || !HEADS_AFTER_ACRONYM.contains(&words[i + 1].to_lowercase().as_str())
        {
            continue;
        }
        match names
            .iter_mut()
            .find(|(start, end, _)| *start <= i && i < *end)
        {
            Some((start, end, kind)) => {
                if (*start, *end) == (i, i + 1) && *kind != type_index("ORG") {
                    *kind = type_index("ORG");
                    changed = true;
                }
            }
            None => {
                names.push((i, i + 1, type_index("ORG")));
                names.sort_unstable();
                changed = true;
            }
        }
    }
    changed
}

/// An acronym in a sentence of normal case that the lists know as an organization's is
/// that organization, where the tagger found no name: "The WHO said", "the World Health
/// Organization ( WHO )", which it read as the pronoun the lower-cased word is.
fn listed_acronyms(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    // Not in a headline in capitals or title case ("WHO WILL PAY?"), where no word opens in
    // lower case; a short sentence will do ("WHO Director-General Tedros said cases rose").
    if lower_case_words(words) < 2 {
        return false;
    }
    // Alone: not in a run of capitals ("MING PAO DAILY NEWS") nor among figures ("13 AMT
    // 10 bln yen").
    let alone = |k: Option<&&str>| {
        k.is_none_or(|w| {
            let figure = w.chars().any(|c| c.is_ascii_digit());
            let capitals = w.len() > 1 && w.chars().all(char::is_uppercase);
            !figure && !capitals
        })
    };
    let mut added = false;
    for i in 0..words.len() {
        if is_acronym(words[i])
            && alone(i.checked_sub(1).and_then(|k| words.get(k)))
            && alone(words.get(i + 1))
            && !names.iter().any(|&(start, end, _)| start <= i && i < end)
            && gazetteer.is_organization_acronym(words[i])
            // A company the lists name so is rarer than the noun ("ICU beds").
            && !COMMON_NOUN_ACRONYMS.contains(&words[i])
        {
            names.push((i, i + 1, type_index("ORG")));
            added = true;
        }
    }
    if added {
        names.sort_unstable();
    }
    added
}

/// A one-word "person" the lists know as a company or brand, and as no first name or
/// surname, is the company when the article names no person whose name ends in it: "Elon
/// Musk said Tesla would", where the lists know Tesla the inventor too. In CoNLL-2003's
/// training text and eng.testa one name so placed is a person ("Clintons") and 275 are
/// organizations.
fn companies_no_full_name_explains(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) {
    let person = type_index("PER");
    let surnames: Vec<&str> = sentences
        .iter()
        .zip(names_of_document.iter())
        .flat_map(|(words, names)| {
            names
                .iter()
                .filter(|&&(start, end, kind)| kind == person && end - start >= 2)
                .map(|&(_, end, _)| words[end - 1])
        })
        .collect();
    let personal = LIST_FIRST_NAME | LIST_SURNAME;
    for ((words, names), changed) in sentences.iter().zip(names_of_document).zip(changed) {
        for (start, end, kind) in names.iter_mut() {
            let word = words[*start];
            let company = *kind == person
                && *end - *start == 1
                && word.chars().any(char::is_lowercase)
                && !surnames.contains(&word)
                && listed_as_company_only(gazetteer, word, personal);
            if company {
                *kind = type_index("ORG");
                *changed = true;
                companies.push(word.to_string());
            }
        }
    }
}

/// The article's other mentions of an organization a cue named, which the tagger took for
/// a person's or a place's: "Ted Baker shares rose" makes "Ted Baker named a new chief" the
/// company too, and "Amazon said it would hire" makes "Amazon shares" the company's (a
/// place the gazetteer knows stays a place).
fn organizations_throughout(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    companies: &[String],
    gazetteer: &Gazetteer,
) {
    if companies.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        *changed |= retype(names, |start, end, kind| {
            let text = words[start..end].join(" ");
            // A place the gazetteer knows stays one ("at Hatfield , Hertfordshire").
            let unknown_place =
                || kind == type_index("LOC") && place_named(gazetteer, &text).is_none();
            let named = (kind == type_index("PER") || unknown_place()) && companies.contains(&text);
            named.then(|| type_index("ORG"))
        });
    }
}

/// An organization's name of two words or more is that organization wherever else its
/// article writes it, where the tagger cut it or named its words apart: "Newmont bids for
/// Santa Fe Pacific Gold" beside "Santa Fe Pacific Gold Corp" (its legal form may be left
/// off), "New Zealand First" cut to the country in one sentence of several. Not a name a
/// place goes by ("Kansas City" the team beside the town), nor inside a longer name.
fn organizations_cut_short(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let organization = type_index("ORG");
    let mut full_names: Vec<&[&str]> = Vec::new();
    for (words, names) in sentences.iter().zip(names_of_document.iter()) {
        for &(start, end, kind) in names {
            if kind != organization || end - start < 2 {
                continue;
            }
            let mut short = end;
            while short > start + 2 && crate::extract::is_legal_form(words[short - 1]) {
                short -= 1;
            }
            for name in [&words[start..end], &words[start..short]] {
                if !full_names.contains(&name) {
                    full_names.push(name);
                }
            }
        }
    }
    full_names.retain(|name| place_named(gazetteer, &name.join(" ")).is_none());
    if full_names.is_empty() {
        return;
    }
    // The longest first, where one holds another.
    full_names.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        for name in &full_names {
            let mut at = 0;
            while let Some(found) = words[at..]
                .windows(name.len())
                .position(|window| window == *name)
            {
                let (start, end) = (at + found, at + found + name.len());
                at = end;
                // A person named in full inside it says the tagger ran an office into a
                // name where it found the "organization" ("State Comptroller Bob Bullock");
                // one named so whole, with a first name, was the tagger's "organization"
                // ("Johnny Cash manager Holiff dies").
                let holds_a_person = names.iter().any(|&(s, e, kind)| {
                    kind == type_index("PER")
                        && e - s >= 2
                        && start <= s
                        && e <= end
                        && ((start, end) != (s, e)
                            || gazetteer.name_lists(words[s]) & LIST_FIRST_NAME != 0)
                });
                if !crosses_a_name(names, start, end)
                    && !holds_a_person
                    && !names.contains(&(start, end, organization))
                {
                    replace_names(names, (start, end), (start, end, organization));
                    *changed = true;
                }
            }
        }
    }
}

/// A "place" of two words, not the gazetteer's, whose first word the article names alone as
/// a person and whose second the lists know as a name is that person in full: "the
/// resignation of Mahathir Mohamad" beside "Mahathir said"; not "the Bush Presidency" nor
/// "Tate Britain", whose second word is a place's.
/// Malay, Arab and other names go by their first word. In CoNLL-2003's training
/// text and eng.testa a two-word name so opening is a person 118 times, never a place.
fn people_named_in_full(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    people: &PeopleWords,
    gazetteer: &Gazetteer,
) {
    let person = type_index("PER");
    if people.alone.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        *changed |= retype(names, |start, end, kind| {
            (kind == type_index("LOC")
                && end == start + 2
                && people.alone.contains(&words[start])
                && gazetteer.name_lists(words[start + 1]) & (LIST_FIRST_NAME | LIST_SURNAME) != 0
                && place_named(gazetteer, words[start + 1]).is_none()
                && names_no_place(gazetteer, &words[start..end]))
            .then_some(person)
        });
    }
}

/// The words of the people an article names: alone ("Abiy", "Mahathir"), and the first
/// and last words of its full names ("Abiy Ahmed"), read once for the rules that need them.
struct PeopleWords<'w> {
    alone: Vec<&'w str>,
    first: Vec<&'w str>,
    last: Vec<&'w str>,
}

impl<'w> PeopleWords<'w> {
    /// The people words of the names found in `sentences`.
    fn of(sentences: &[Vec<&'w str>], names_of_document: &[Names]) -> Self {
        let mut people = PeopleWords {
            alone: Vec::new(),
            first: Vec::new(),
            last: Vec::new(),
        };
        for (words, names) in sentences.iter().zip(names_of_document) {
            for &(start, end, _) in names.iter().filter(|name| name.2 == type_index("PER")) {
                if end == start + 1 {
                    people.alone.push(words[start]);
                } else {
                    people.first.push(words[start]);
                    people.last.push(words[end - 1]);
                }
            }
        }
        people
    }
}

/// A word that opens a person's full name in the article and is that person alone
/// elsewhere in it is the person wherever it stands alone: "Abiy" beside "Abiy Ahmed" and
/// "Abiy, who won", where a headline's "Ethiopia's Abiy" was read as a place (news names
/// Ethiopians, Indonesians and Icelanders by their given name). In CoNLL-2003's training
/// text and eng.testa all 151 one-word mentions of such words are the person. Not a
/// country or a state, nor a word that also ends a person's name there.
fn given_names_throughout(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    people: &PeopleWords,
    gazetteer: &Gazetteer,
) {
    let person = type_index("PER");
    let given: Vec<&str> = people
        .first
        .iter()
        .copied()
        .filter(|w| people.alone.contains(w) && !people.last.contains(w))
        .collect();
    if given.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        *changed |= retype(names, |start, end, kind| {
            let given_name = kind != person
                && end == start + 1
                && given.contains(&words[start])
                && !place_named(gazetteer, words[start]).is_some_and(is_region);
            given_name.then_some(person)
        });
    }
}

/// A word alone that is the surname of a person the article names in full is that person:
/// "Austin, who led Central Command" after "Lloyd Austin", "Mickelson" after "Phil
/// Mickelson", where the tagger read a town or a club. In CoNLL-2003's training text such a
/// word is the person 1,677 times and anything else 9.
fn surnames_throughout(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let mut surnames: Vec<&str> = Vec::new();
    for (words, names) in sentences.iter().zip(names_of_document.iter()) {
        for &(start, end, kind) in names {
            // A first name opens it, or an office stands before it ("Chief Executive
            // Tidjane Thiam": in CoNLL-2003's training text and eng.testa the surname of a
            // person so named is the person at all 371 of its one-word mentions): not a
            // club the tagger took for a person ("Gloria Bistrita").
            if kind == type_index("PER")
                && end - start >= 2
                && is_title_case(words[start])
                && (gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0
                    || (start > 0 && OFFICES_BEFORE_NAMES.contains(&words[start - 1])))
                // Not a party run into a leader's name ("Blair Labour").
                && gazetteer.name_lists(words[end - 1]) & LIST_ORGANIZATION == 0
            {
                surnames.push(words[end - 1]);
            }
            // A Korean or Chinese name opens with the surname: "Tung" after "Tung Chee-hwa".
            if kind == type_index("PER")
                && end - start == 2
                && is_hyphenated_given_name(words[start + 1])
                && EAST_ASIAN_SURNAMES.contains(&words[start])
            {
                surnames.push(words[start]);
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        // A surname the tagger ran on into a number is the person: "gave Tung 320 votes".
        for name in names.iter_mut() {
            let (start, end, kind) = *name;
            if kind != type_index("PER")
                && end > start + 1
                && words[start + 1..end].iter().all(|w| is_whole_number(w))
                && surnames.contains(&words[start])
            {
                *name = (start, start + 1, type_index("PER"));
                *changed = true;
            }
        }
        *changed |= retype(names, |start, end, kind| {
            if kind == type_index("PER") || end != start + 1 || !surnames.contains(&words[start]) {
                return None;
            }
            // A town where something is or happens stays a place: "In Bistrita", "near
            // Turner, Arkansas"; so do a country and a state ("western Poland", "Tudor
            // England", which the tagger took for a person).
            let where_ = start > 0
                && ["in", "at", "near", "from", "to", "of"]
                    .iter()
                    .any(|p| words[start - 1].eq_ignore_ascii_case(p));
            // A capital: the lists know lower-case words as towns too ("of", a Turkish
            // town's name, after "Trzaskowski ,").
            let town_of_state = town_of_a_region(words, end, gazetteer);
            let country = place_named(gazetteer, words[start]).is_some_and(is_region);
            (!where_ && !town_of_state && !country).then(|| type_index("PER"))
        });
    }
}

/// A "person" of one word that ends an organization's longer name in the article is that
/// organization, named short: "Aramco" after "Saudi Aramco", "Espinho" after "SC Espinho".
/// In CoNLL-2003's training text such a word is the organization 135 times, a place 110
/// (mostly countries and towns, which the tagger gets right), a person once. A word the
/// lists know as a first name or surname stays a person ("Baker" beside "Ted Baker").
/// So is a plural word the tagger took for MISC that follows a place in the longer name, as
/// a team's does ("the Lakers" after "Los Angeles Lakers"; not "Democrats" after
/// "Australian Democrats"): in CoNLL-2003's training text and eng.testa a plural word
/// ending a longer organization's name in its article is that organization 62 times in 63.
fn short_names_of_organizations(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let mut last_words: Vec<&str> = Vec::new();
    let mut teams_last_words: Vec<&str> = Vec::new();
    for (words, names) in sentences.iter().zip(names_of_document.iter()) {
        for &(start, end, kind) in names {
            // Not a person's name the tagger ran into an organization's ("Latin America and
            // the Caribbean Rainer Steckhan"): a first name before the last word.
            if kind != type_index("ORG") || end - start < 2 {
                continue;
            }
            if gazetteer.name_lists(words[end - 2]) & LIST_FIRST_NAME == 0 {
                last_words.push(words[end - 1]);
            }
            // The place settles it: "Angeles" is a first name too.
            if words[end - 1].ends_with('s')
                && place_named(gazetteer, &words[start..end - 1].join(" ")).is_some()
            {
                teams_last_words.push(words[end - 1]);
            }
        }
    }
    if last_words.is_empty() && teams_last_words.is_empty() {
        return;
    }
    let personal = LIST_FIRST_NAME | LIST_SURNAME;
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        *changed |= retype(names, |start, end, kind| {
            let word = words[start];
            let short = end == start + 1
                && match kind {
                    k if k == type_index("PER") => {
                        last_words.contains(&word) && gazetteer.name_lists(word) & personal == 0
                    }
                    k if k == type_index("MISC") => teams_last_words.contains(&word),
                    _ => false,
                };
            short.then(|| type_index("ORG"))
        });
    }
}

/// Whether a name is a company's full name: an organization of two words or more ending
/// in a legal form or a company word ("Best Products Co", "Arch Petroleum").
fn is_company_full_name(words: &[&str], (start, end, kind): (usize, usize, usize)) -> bool {
    kind == type_index("ORG")
        && end - start >= 2
        && crate::extract::organizations::ends_company_name(words[end - 1])
}

/// A town that opens the full name of a company in the article ("Santa Fe Pacific Gold
/// Corp", "Royal Oak Mines Inc", "Kinross Gold Corp"), standing alone elsewhere in it, is
/// that company named short: "Santa Fe shareholders will receive", "Santa Fe rose 1-1/4",
/// which the tagger read as the town. In CoNLL-2003's training text and eng.testa such a
/// lone town of under a million people is the company 21 times of 21 (and Wuxi, a city of
/// millions, is the city beside "Wuxi Tong Ling Company Ltd").
/// Not where something is or happens ("in", "at", "near", "from"), nor a town of a state
/// ("Santa Fe, New Mexico").
fn towns_naming_companies(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let mut short_names: Vec<String> = Vec::new();
    for (words, names) in sentences.iter().zip(names_of_document.iter()) {
        for &(start, end, kind) in names {
            if !is_company_full_name(words, (start, end, kind)) {
                continue;
            }
            for cut in start + 1..end - 1 {
                let opening = words[start..cut].join(" ");
                // A city of millions names companies and stays itself ("Tokyo" beside
                // "Tokyo Electric Power Co", "Wuxi" beside "Wuxi Tong Ling Company Ltd").
                let town = place_named(gazetteer, &opening).is_some_and(|place| {
                    place.kind == PlaceKind::City && place.population < 1_000_000
                });
                if town {
                    short_names.push(opening);
                }
            }
        }
    }
    if short_names.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        *changed |= retype(names, |start, end, kind| {
            if kind != type_index("LOC") || !short_names.contains(&words[start..end].join(" ")) {
                return None;
            }
            let where_ = start > 0
                && ["in", "at", "near", "from", "to"]
                    .iter()
                    .any(|p| words[start - 1].eq_ignore_ascii_case(p));
            (!where_ && !town_of_a_region(words, end, gazetteer)).then(|| type_index("ORG"))
        });
    }
}

/// The first word of a company's full name ("Best Products Co", "Arch Petroleum Inc", "Zoom
/// Video Communications"), standing alone elsewhere in the article, is that company: "Best
/// sees Q2 loss", "Arch said", "Zoom reported". The tagger misses it most where the word is
/// also a common one and opens a sentence, which hides its capital. In CoNLL-2003's
/// training text and eng.testa such a lone word is the company 242 times of 262; the rest
/// are places and nationality words ("China", "British"), which the rule leaves alone.
fn companies_by_their_first_word(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    // A place a company is named after keeps its own name ("China Securities", "Wuxi Tong
    // Ling Company Ltd"); a small town does not ("Best", Netherlands).
    let known_place = |word: &str| {
        place_named(gazetteer, word)
            .is_some_and(|entry| entry.kind != PlaceKind::City || entry.population >= 100_000)
    };
    let continues_a_name = |before: &str| before.starts_with(char::is_uppercase) || before == "'s";
    let mut first_words: Vec<&str> = Vec::new();
    for (words, names) in sentences.iter().zip(names_of_document.iter()) {
        for &(start, end, kind) in names {
            let first = words[start];
            let company = is_company_full_name(words, (start, end, kind));
            // "Heinl 's Nursery Inc" is not named "Nursery".
            let whole = start == 0 || !continues_a_name(words[start - 1]);
            if company
                && whole
                && first.starts_with(char::is_uppercase)
                && !matches!(first, "The" | "A" | "An")
                && !crate::extract::organizations::is_generic_organization_word(first)
                && !gazetteer.is_demonym(first)
                && !known_place(first)
            {
                first_words.push(first);
                // "Amazon.com Inc" is "Amazon" alone.
                if let Some(stem) = first.strip_suffix(".com").filter(|stem| !stem.is_empty()) {
                    first_words.push(stem);
                }
            }
        }
    }
    if first_words.is_empty() {
        return;
    }
    for ((names, words), changed) in names_of_document.iter_mut().zip(sentences).zip(changed) {
        // Alone: not part of a longer name ("Douglas & Lomason", "Best Products", "In Home
        // Health").
        let alone = |k: usize| {
            first_words.contains(&words[k])
                && (k == 0 || !continues_a_name(words[k - 1]))
                && words
                    .get(k + 1)
                    .is_none_or(|next| !next.starts_with(char::is_uppercase) && *next != "&")
        };
        let retyped = retype(names, |start, end, kind| {
            let text = words[start];
            let unknown_place = kind == type_index("LOC") && place_named(gazetteer, text).is_none();
            let company =
                end == start + 1 && alone(start) && (kind == type_index("PER") || unknown_place);
            company.then(|| type_index("ORG"))
        });
        let named = name_unnamed_words(words.len(), names, type_index("ORG"), alone);
        *changed |= retyped || named;
    }
}

/// A person or organization just before a noun of `PLACE_NOUNS_AFTER` is a place. So is a
/// MISC name the gazetteer knows as a country, state or region (no demonym) before a
/// region's noun: "Tigray capital Mekelle". CoNLL-2003's training text and eng.testa have
/// 63 MISC names before "capital", "region", "province", "state", "border", "coast" or
/// "district", each a demonym or an adjective ("Chechen capital", "Himalayan region").
fn places_before_place_nouns(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let next = words.get(end);
        let place = matches!(TYPES[kind - 1], "PER" | "ORG")
            && next.is_some_and(|w| PLACE_NOUNS_AFTER.contains(w));
        let region = kind == type_index("MISC")
            && next.is_some_and(|w| {
                matches!(
                    *w,
                    "capital" | "region" | "province" | "state" | "border" | "coast" | "district"
                )
            })
            && {
                let name = words[start..end].join(" ");
                !gazetteer.is_demonym(&name)
                    && place_named(gazetteer, &name).is_some_and(|p| p.kind != PlaceKind::City)
            };
        // "its Newcastle steelworks", "Boddington mines": a town the gazetteer knows, and no
        // list as a company's, before a plant's noun is where the plant is. In CoNLL-2003's
        // training text and eng.testa 36 names before these nouns are places, 4 companies.
        let town_of_a_plant = matches!(TYPES[kind - 1], "ORG" | "PER")
            && next.is_some_and(|w| FACILITY_NOUNS.contains(w))
            && {
                let name = words[start..end].join(" ");
                place_named(gazetteer, &name).is_some()
                    && gazetteer.name_lists(&name) & (LIST_ORGANIZATION | LIST_BRAND) == 0
            };
        (place || region || town_of_a_plant).then(|| type_index("LOC"))
    })
}

/// Lower-case nouns of a plant, a mine or a port, after the town it stands in.
const FACILITY_NOUNS: &[&str] = &[
    "steelworks",
    "plant",
    "plants",
    "refinery",
    "smelter",
    "mine",
    "mines",
    "factory",
    "mill",
    "works",
    "terminal",
];

/// Lower-case nouns of a place that, with "of", name the place next: "the town of Mai
/// Kadra", "the port of Antwerp". In CoNLL-2003's training text and eng.testa all 160
/// capitalized words after one are places.
const PLACE_NOUNS_BEFORE_OF: &[&str] = &[
    "town", "city", "village", "province", "region", "district", "state", "island", "port",
    "county", "republic", "suburb", "capital", "area",
];

/// Whether word `start` follows a place's noun and "of" ("the town of Mai Kadra").
fn after_place_noun(words: &[&str], start: usize) -> bool {
    start >= 2 && words[start - 1] == "of" && PLACE_NOUNS_BEFORE_OF.contains(&words[start - 2])
}

/// A name just after a place's noun and "of" is that place, whatever the tagger made of
/// it: "the town of Mai Kadra", which it read as a person.
fn places_after_place_nouns(words: &[&str], names: &mut Names) -> bool {
    retype(names, |start, _, kind| {
        (kind != type_index("LOC") && after_place_noun(words, start)).then(|| type_index("LOC"))
    })
}

/// Nouns of a place that, after a comma and an article, say what the name before was:
/// "Stepanakert, the region's main city," "Worthing, a town".
const PLACE_NOUNS_IN_APPOSITION: &[&str] = &[
    "city",
    "town",
    "village",
    "capital",
    "port",
    "region",
    "province",
    "district",
    "suburb",
    "island",
    "enclave",
    "stronghold",
    "state",
    "country",
];

/// A "person" the gazetteer knows as a place, and no list as a person, right before a
/// governor's, mayor's or premier's title and its holder is the place governed: "Sao Paulo
/// Governor Joao Doria", "Sao Paulo state governor Mario Covas", where the tagger read the
/// town's name as a given name and a surname. Those titles take a place before them ("New York Governor Andrew Cuomo").
fn places_before_their_governors(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    // The cheap test first: most sentences name no such office.
    let office = |w: &&str| {
        matches!(
            *w,
            "Governor" | "Mayor" | "Premier" | "Minister" | "governor" | "mayor" | "premier"
        )
    };
    if !words.iter().any(office) {
        return false;
    }
    let person = type_index("PER");
    let holders: Vec<usize> = names
        .iter()
        .filter(|&&(_, _, kind)| kind == person)
        .map(|&(start, _, _)| start)
        .collect();
    retype(names, |start, end, kind| {
        let title_length = match words.get(end..end + 2) {
            Some(
                [
                    "Governor" | "Mayor" | "Premier" | "governor" | "mayor" | "premier",
                    _,
                ],
            ) => 1,
            Some(["Chief", "Minister"] | ["state" | "State", "governor" | "Governor"]) => 2,
            _ => return None,
        };
        let place = kind == person
            && holders.contains(&(end + title_length))
            && !names_no_place(gazetteer, &words[start..end])
            && gazetteer.name_lists(&words[start..end].join(" ")) & LIST_PERSON == 0;
        place.then(|| type_index("LOC"))
    })
}

/// A name followed by ", the (words) city" (or another `PLACE_NOUNS_IN_APPOSITION`) that
/// ends the clause is a place: the tagger read "Stepanakert" as a person. In CoNLL-2003's
/// training text and eng.testa all 8 names so described are places ("Taibe, an Arab
/// town", "Grozny, the capital").
fn places_in_apposition(words: &[&str], names: &mut Names) -> bool {
    retype(names, |_, end, kind| {
        if kind == type_index("LOC")
            || words.get(end) != Some(&",")
            || !matches!(words.get(end + 1), Some(&("the" | "a" | "an")))
        {
            return None;
        }
        let described = words
            .iter()
            .enumerate()
            .skip(end + 2)
            .take(6)
            .take_while(|(_, w)| !matches!(**w, "," | "." | ";"))
            .any(|(k, w)| {
                PLACE_NOUNS_IN_APPOSITION.contains(w)
                    && words
                        .get(k + 1)
                        .is_none_or(|w| matches!(*w, "," | "." | ";" | "of" | "in" | "near" | "on"))
            });
        described.then(|| type_index("LOC"))
    })
}

/// Last words of a name that make it a place: a strait, sea, bridge, street ("Taiwan
/// Strait", "Allenby Bridge", "Red Sea"). In CoNLL-2003's training text 105 of the 108
/// names of two words or more ending in one are places.
const PLACE_FEATURE_WORDS: &[&str] = &[
    "Strait",
    "Sea",
    "Bridge",
    "Valley",
    "River",
    "Gulf",
    "Bay",
    "Ocean",
    "Island",
    "Islands",
    "Mountains",
    "Heights",
    "Square",
    "Street",
    "Strip",
    "Falls",
    "Beach",
    "Peninsula",
    "Canal",
    "Desert",
    "Sound",
    "Lake",
    "Basin",
    // Grounds and parks: "Fratton Park", "Ellis Park", "Elland Road", "Raymond James
    // Stadium", "Crypto.com Arena".
    "Park",
    "Road",
    "Stadium",
    "Arena",
    // "Sydney Cricket Ground", an organization to the tagger.
    "Ground",
    // "Globe Life Field", "Johns Hopkins Hospital": CoNLL-2003's training text and
    // eng.testa have 13 places so named, and 4 persons whose first name the lists know
    // ("Stephen Field").
    "Field",
    "Hospital",
    // Landmarks and works: "Frogmore Cottage", "Jezero Crater", "Juukan Gorge", "Hagia
    // Sophia Mosque", "Grand Ethiopian Renaissance Dam". CoNLL-2003's training text and
    // eng.testa end 8 names so, all places ("Great Barrier Reef", "Pentonville Prison").
    // Not "Church", which names the body ("Armenian Apostolic Church") as often as the
    // building.
    "Reef",
    "Prison",
    "Canyon",
    "Gorge",
    "Cottage",
    "Crater",
    "Castle",
    "Mosque",
    "Temple",
    "Cathedral",
    "Tower",
    "Gardens",
    "Avenue",
    "Boulevard",
    "Highway",
    "Glacier",
    "Volcano",
    "Hills",
    "Dam",
    // "Hamid Karzai International Airport", a person to the tagger, which CoNLL-2003's
    // training text never shows an airport.
    "Airport",
    "Airfield",
    "Airbase",
];

/// Whether a name ends in a geographical feature's word (`PLACE_FEATURE_WORDS`) or in a
/// military base ("Travis Air Force Base", "Guantanamo Naval Base"; not "MTV Base").
fn ends_in_feature_word(name: &[&str]) -> bool {
    match name {
        [.., armed, "Base"] => matches!(*armed, "Air" | "Force" | "Naval" | "Army" | "Military"),
        [.., last] => PLACE_FEATURE_WORDS.contains(last),
        [] => false,
    }
}

/// In a sports story, two capitals ending or opening with J used as a first name before a
/// surname the lists know ("JT Daniels", "AJ Brown", "CJ McCollum", as US sports news writes
/// them) name a player, not an organization's acronym. Elsewhere they name companies as
/// often ("RJ Reynolds announced the sale"); a name the lists know as a company stays one.
fn people_named_by_initials(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let initials = words[start];
        let by_initials = initials.len() == 2
            && initials.chars().all(|c| c.is_ascii_uppercase())
            && (initials.ends_with('J') || initials == "JT");
        let person = kind != type_index("PER")
            && end - start == 2
            && by_initials
            && gazetteer.name_lists(words[start + 1]) & LIST_SURNAME != 0
            && gazetteer.name_lists(&words[start..end].join(" "))
                & (LIST_ORGANIZATION | LIST_BRAND)
                == 0;
        person.then(|| type_index("PER"))
    })
}

/// A word coined for a country or person leaving ("Brexit", "Grexit", "Megxit") names an
/// event, and its partisans ("Brexiteers") a group; "Covid-19" names a disease and "Delta"
/// before "variant" a virus's variant: MISC in CoNLL-2003's scheme, as its 1996 text marks
/// "AIDS" and "Republicans"; so are digital currencies ("Bitcoin"). The tagger, which
/// never saw them, took "Brexit" for an organization in every article and left a
/// sentence's first "Covid-19" out.
fn coined_words_are_misc(words: &[&str], names: &mut Names) -> bool {
    let coined = |k: usize| {
        let word = words[k];
        // Each opens with a capital: the cheap test first, over every word.
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        // And its partisans: "Brexiteers", as CoNLL-2003 marks "Republicans"; "Remainers".
        let stem = ["eers", "eer", "ers", "er"]
            .iter()
            .find_map(|suffix| word.strip_suffix(suffix))
            .filter(|stem| stem.ends_with("exit"))
            .unwrap_or(word);
        let exit = stem.len() > "exit".len() + 1
            && word.starts_with(char::is_uppercase)
            && stem.ends_with("exit")
            || matches!(word, "Remainer" | "Remainers");
        let disease = matches!(
            word,
            "Covid" | "COVID" | "Covid-19" | "COVID-19" | "SARS-CoV-2" | "Sars-CoV-2"
        );
        // A virus's variant named by a Greek letter: "the Delta variant", not the airline.
        let variant = matches!(
            word,
            "Alpha" | "Beta" | "Gamma" | "Delta" | "Lambda" | "Mu" | "Omicron"
        ) && words
            .get(k + 1)
            .is_some_and(|w| matches!(*w, "variant" | "variants" | "strain"));
        // A digital currency, MISC as CoNLL-2003 marks currencies' names ("Dfl", "C$").
        let currency = matches!(
            word,
            "Bitcoin" | "Ethereum" | "Ether" | "Dogecoin" | "Litecoin"
        );
        exit || disease || variant || currency
    };
    words_of_type(words.len(), names, type_index("MISC"), coined)
}

/// A named operation is MISC, "Operation" included, as CoNLL-2003 marks "Operation
/// Desert Storm": "Operation Warp Speed", where the tagger left "Operation" out and took
/// "Warp Speed" for a person.
fn operations_are_misc(words: &[&str], names: &mut Names) -> bool {
    let misc = type_index("MISC");
    let mut changed = false;
    for (start, end, kind) in names.iter_mut() {
        let opening = if words[*start] == "Operation" && *end - *start >= 2 {
            *start
        } else if *start > 0 && words[*start - 1] == "Operation" {
            *start - 1
        } else {
            continue;
        };
        if (opening, *kind) != (*start, misc) {
            (*start, *kind) = (opening, misc);
            changed = true;
        }
    }
    changed
}

/// Movements and groups of this century that news names with common words or words it
/// does not know, which the tagger, trained on 1996 text, leaves out or cuts: "Black Lives Matter protests" (it
/// found nothing), "Extinction Rebellion". Written down by hand; each is an organization.
const MOVEMENTS: &[&[&str]] = &[
    &["Black", "Lives", "Matter"],
    &["Extinction", "Rebellion"],
    &["Fridays", "for", "Future"],
    &["Proud", "Boys"],
    &["Oath", "Keepers"],
    &["Sunrise", "Movement"],
    &["Just", "Stop", "Oil"],
    &["Insulate", "Britain"],
    &["Last", "Generation"],
    // Armed groups: "Boko Haram claimed responsibility" (a person to the tagger), "al
    // Shabaab militants" (MISC and a place).
    &["Boko", "Haram"],
    &["al", "Shabaab"],
    &["Al", "Shabaab"],
    &["al-Shabaab"],
    &["Al-Shabaab"],
    // "Islamic State claimed the attack": a place to the tagger, by its last word.
    &["Islamic", "State", "of", "Iraq", "and", "the", "Levant"],
    &["Islamic", "State", "of", "Iraq", "and", "Syria"],
    &["Islamic", "State"],
    &["al", "Qaeda"],
    &["Al", "Qaeda"],
    &["al-Qaeda"],
    &["Al-Qaeda"],
];

/// A movement of this century (`MOVEMENTS`) is one organization, whatever the tagger made
/// of its words.
fn movements_of_today(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for start in 0..words.len() {
        // The cheap test first: this runs over every word ("al Shabaab" opens in lower case).
        if !words[start].starts_with(char::is_uppercase) && !words[start].starts_with("al") {
            continue;
        }
        // Then one lookup: matching every movement at every such word made this a costly rule.
        static FIRST_WORDS: std::sync::LazyLock<FastSet<&str>> =
            std::sync::LazyLock::new(|| MOVEMENTS.iter().map(|movement| movement[0]).collect());
        if !FIRST_WORDS.contains(words[start]) {
            continue;
        }
        let Some(movement) = MOVEMENTS
            .iter()
            .find(|movement| words[start..].starts_with(movement))
        else {
            continue;
        };
        let end = start + movement.len();
        let organization = type_index("ORG");
        if names.contains(&(start, end, organization)) {
            continue;
        }
        replace_names(names, (start, end), (start, end, organization));
        changed = true;
    }
    changed
}

/// Names of stock market indices that name nothing else: CoNLL-2003 marks an index MISC
/// ("DAX", "FTSE", "CAC-40", "Nikkei": 22 of 22 in its training text and eng.testa).
const MARKET_INDICES: &[&str] = &[
    "DAX", "FTSE", "CAC", "CAC-40", "Nikkei", "STOXX", "Stoxx", "KOSPI", "Kospi", "TOPIX", "Topix",
    "Sensex", "SENSEX", "Nifty", "NIFTY", "Bovespa", "IBEX", "Ibex", "Merval", "AEX", "BUX",
    "TAIEX", "KLCI", "CSI300",
];

/// An acronym in brackets right after an organization's name is that organization's:
/// "the Tigray People's Liberation Front ( TPLF )", "the London Metal Exchange ( LME )". In
/// CoNLL-2003's training text and eng.testa 117 of 119 such acronyms are organizations.
fn acronyms_in_brackets_after_organizations(words: &[&str], names: &mut Names) -> bool {
    let organization = type_index("ORG");
    let mut changed = false;
    for k in 2..words.len().saturating_sub(1) {
        // The cheap test first: this runs over every word.
        if words[k - 1] != "(" || words[k + 1] != ")" {
            continue;
        }
        let acronym =
            (2..=6).contains(&words[k].len()) && words[k].chars().all(|c| c.is_ascii_uppercase());
        let after_organization = names
            .iter()
            .any(|&(_, e, kind)| e == k - 1 && kind == organization);
        if !(acronym && after_organization) {
            continue;
        }
        match names.iter_mut().find(|(s, _, _)| *s == k) {
            Some(name) if name.1 == k + 1 && name.2 != organization => name.2 = organization,
            Some(_) => continue,
            None => names.push((k, k + 1, organization)),
        }
        changed = true;
    }
    if changed {
        names.sort_unstable();
    }
    changed
}

/// The name after a market job and "at" is the firm the holder works for, and so is one
/// joined to it by "and": "analysts at JPMorgan and Cowen", where Cowen was a place. In
/// CoNLL-2003's training text and eng.testa 9 of the 11 names so placed are
/// organizations. Not a country ("an economist at Japan's…" names the country).
fn employers_of_market_analysts(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let organization = type_index("ORG");
    let mut changed = false;
    for n in 0..names.len() {
        let (start, _, _) = names[n];
        let employer = start >= 2
            && words[start - 1] == "at"
            && crate::extract::cues::MARKET_JOBS
                .contains(&words[start - 2].to_lowercase().as_str());
        if !employer {
            continue;
        }
        let mut at = n;
        loop {
            let (s, e, kind) = names[at];
            let country = names_a_country(gazetteer, &words[s..e]);
            // "brokers at Manila's two stock exchanges": the town owns what follows.
            let owner = words.get(e).is_some_and(|w| is_possessive(w));
            if kind != organization && !country && !owner {
                names[at].2 = organization;
                changed = true;
            }
            // The next name joined by "and" or a comma.
            match names.get(at + 1) {
                Some(&(next, _, _)) if next == e + 1 && matches!(words[e], "and" | ",") => at += 1,
                _ => break,
            }
        }
    }
    changed
}

/// A stock market index is MISC, as CoNLL-2003 marks "Dow Jones", "Nasdaq", "Nikkei" and
/// "the S&P Index": a name with an index's own word ("Germany 's DAX", which the tagger
/// took for a place, "the pan-European STOXX 600", an organization), "S&P" before a number
/// ("the S&P 500"; "BB-plus by S&P" is the agency), or a name ending in "Composite" or
/// "Industrial Average" ("Shanghai Composite", "Dow Jones Industrial Average",
/// organizations to the tagger).
fn market_indices_are_misc(words: &[&str], names: &mut Names) -> bool {
    let misc = type_index("MISC");
    let mut changed = false;
    for n in 0..names.len() {
        // "the Nasdaq Composite", of which the tagger named "Nasdaq".
        let composite_after = words.get(names[n].1) == Some(&"Composite")
            && !next_name_starts_at(names, n, names[n].1);
        let (start, end, kind) = &mut names[n];
        if *kind == misc {
            if composite_after {
                *end += 1;
                changed = true;
            }
            continue;
        }
        let name = &words[*start..*end];
        let number_after = words
            .get(*end)
            .is_some_and(|w| w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit()));
        // "the S&P 500": the agency's index, not the agency ("BB-plus by S&P").
        let agency_s_index = name == ["S&P"] && number_after;
        let index = name.iter().any(|w| MARKET_INDICES.contains(w))
            || agency_s_index
            || (name.len() >= 2 && name.last() == Some(&"Composite"))
            || name.ends_with(&["Industrial", "Average"]);
        if !index {
            continue;
        }
        *kind = misc;
        if composite_after {
            *end += 1;
        }
        // Its number is part of its name: "FTSE 100", "Nikkei 225", "STOXX 600".
        if number_after && (agency_s_index || MARKET_INDICES.contains(&words[*end - 1])) {
            *end += 1;
        }
        changed = true;
    }
    changed
}

/// "MAX" after a model number is the model, MISC as CoNLL-2003 marks products: "the Boeing
/// 737 MAX", where the tagger read an organization in capitals or nothing, with the number.
fn aircraft_models(words: &[&str], names: &mut Names) -> bool {
    let misc = type_index("MISC");
    let mut changed = false;
    for (start, end, kind) in names.iter_mut() {
        let model = *end == *start + 1
            && words[*start] == "MAX"
            && *start > 0
            && words[*start - 1].chars().all(|c| c.is_ascii_digit());
        if model && *kind != misc {
            (*start, *kind) = (*start - 1, misc);
            changed = true;
        }
    }
    // One the tagger left out: "as the 737 MAX returns".
    for k in 1..words.len() {
        let model = words[k] == "MAX" && words[k - 1].chars().all(|c| c.is_ascii_digit());
        if model && !is_named(names, k) && !is_named(names, k - 1) {
            names.push((k - 1, k + 1, misc));
            names.sort_unstable();
            changed = true;
        }
    }
    changed
}

/// Whether a word is written in upper camel case the way companies are: "FireEye",
/// "SolarWinds", "DoorDash": a capital, lower-case letters, a capital, more letters. Not a
/// name with a prefix ("McDonald", "MacLeod", "DeWitt", "LeBron") nor two months run
/// together in a table ("JulAug").
fn is_upper_camel_name(word: &str) -> bool {
    // ASCII letters only, so bytes are characters; most words fail at the first tests.
    let bytes = word.as_bytes();
    if bytes.len() < 4 || !bytes[0].is_ascii_uppercase() || !bytes[1].is_ascii_lowercase() {
        return false;
    }
    let Some(inner) = (2..bytes.len()).find(|&k| !bytes[k].is_ascii_lowercase()) else {
        return false;
    };
    if !bytes[inner].is_ascii_uppercase()
        || bytes.len() <= inner + 1
        || !bytes[inner + 1..].iter().all(u8::is_ascii_alphabetic)
    {
        return false;
    }
    let prefixed = [
        "Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Du", "Da",
    ]
    .iter()
    .any(|prefix| prefix.len() == inner && word.starts_with(prefix));
    // "JulAug" in a table; "FinMin" (finance minister) in a headline.
    let abbreviation =
        crate::dates::month_number(&word[..inner]).is_some() || word.ends_with("Min");
    !prefixed && !abbreviation
}

/// A word in upper camel case that the tagger left out opening a sentence is an
/// organization: "FireEye, the cybersecurity firm", which it read as any sentence's first
/// word. Of such words in CoNLL-2003's training text and eng.testa, 55 are organizations, 7
/// MISC and 8 one person's first name ("MaliVai"), which the tagger names. Before an
/// organization it opens that organization's name ("MainStay International Funds").
/// Elsewhere the tagger saw the capitals and left out a product ("the RealPlayer
/// software"); a common word mistyped ("AlThough") is none. Named alone as a person or a
/// place, it is an organization too: CoNLL-2003 has 24 such names, all organizations or
/// MISC ("JavaSoft", "EgyptAir", "CeBIT"), none a person or a place.
fn camel_case_companies(words: &[&str], views: &[TokenView], names: &mut Names) -> bool {
    let organization = type_index("ORG");
    let mut changed = false;
    for k in 0..words.len() {
        if !is_upper_camel_name(words[k]) {
            continue;
        }
        // Named alone as a person or a place: "BleepingComputer, a technology news site".
        if let Some(name) = names.iter_mut().find(|&&mut (s, e, t)| {
            (s, e) == (k, k + 1) && (t == type_index("PER") || t == type_index("LOC"))
        }) {
            name.2 = organization;
            changed = true;
            continue;
        }
        if is_named(names, k) {
            continue;
        }
        match names.iter_mut().find(|(s, _, _)| *s == k + 1) {
            Some(next) if next.2 == organization => next.0 = k,
            _ if k == 0 && !views[k].mostly_lower_case() => {
                names.push((k, k + 1, organization));
            }
            _ => continue,
        }
        changed = true;
    }
    if changed {
        names.sort_unstable();
    }
    changed
}

/// Nouns of people after which "Black" is a people's name, no place or person: "Black
/// voters", as 2020 news capitalizes it.
const PEOPLE_NOUNS: &[&str] = &[
    "Americans",
    "people",
    "voters",
    "men",
    "women",
    "communities",
    "community",
    "residents",
    "students",
    "workers",
    "families",
    "neighborhoods",
    "neighbourhoods",
    "lawmakers",
    "candidates",
    "businesses",
    "owners",
    "patients",
    "children",
    "youth",
    "leaders",
    "churches",
    "colleges",
    "history",
    "culture",
    "Britons",
    "Africans",
    "victims",
    "lives",
    "athletes",
    "players",
    "employees",
    "officers",
    "artists",
    "writers",
    // Offices and roles: "the first Black defense secretary".
    "secretary",
    "president",
    "mayor",
    "senator",
    "judge",
    "officer",
    "woman",
    "man",
    "coach",
    "quarterback",
];

/// "Black" before a noun of people is a people's name, MISC as CoNLL-2003 marks peoples
/// ("Hispanic"): "turnout among Black voters", "the first Black defense secretary", a place
/// to the tagger (a town is named Black). So before "and" and another people's name: "the
/// first Black and Asian American vice president".
fn black_as_a_people(words: &[&str], names: &mut Names) -> bool {
    let misc = type_index("MISC");
    let mut changed = false;
    let peoples_after_and: Vec<usize> = names
        .iter()
        .filter(|&&(start, _, kind)| kind == misc && start > 0 && words[start - 1] == "and")
        .map(|&(start, _, _)| start)
        .collect();
    for (start, end, kind) in names.iter_mut() {
        // The noun may follow one lower-case word: "the first Black defense secretary".
        let people_noun_at =
            |k: usize| words.get(k).is_some_and(|noun| PEOPLE_NOUNS.contains(noun));
        let people = *end == *start + 1
            && words[*start] == "Black"
            && (people_noun_at(*end)
                || (words
                    .get(*end)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    && people_noun_at(*end + 1))
                || peoples_after_and.contains(&(*end + 1)));
        if people && *kind != misc {
            *kind = misc;
            changed = true;
        }
    }
    changed
}

/// Whether a word is written in lower camel case the way brands are: "iPhone", "eBay",
/// "iShares": one lower-case letter, a capital, then lower-case letters. Not a unit or a
/// molecule ("kWh", "mRNA").
fn is_lower_camel_name(word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    // The cheap tests first, and no copy of the rest: this runs over every word.
    first.is_ascii_lowercase()
        && second.is_ascii_uppercase()
        && chars.clone().count() >= 2
        && chars.all(|c| c.is_ascii_lowercase())
}

/// Words of a model's name after a product's: "iPhone 12 Pro Max", "iPad Air 2".
const MODEL_WORDS: &[&str] = &["Pro", "Max", "Mini", "Air", "Plus", "Ultra", "SE", "Touch"];

/// Product lines that news names with a version after them: "Windows 95", "PlayStation 5",
/// "Xbox Series X", "Galaxy S21", "Falcon 9". Alone, "Windows" and "Galaxy" name other
/// things too.
const PRODUCT_LINES: &[&str] = &[
    "Windows",
    "PlayStation",
    "Xbox",
    "Office",
    "Galaxy",
    "Pixel",
    "Surface",
    "Kindle",
    "Android",
    "Switch",
    // Rockets: "a Falcon 9 rocket", an organization to the tagger.
    "Falcon",
];

/// A product line with its version is one MISC name, as CoNLL-2003 marks "Windows 95" (13
/// times of 13): the tagger, where it had not seen the product, read the company's
/// "Windows" and left the number out. Its model words go with it ("Galaxy S21 Ultra").
fn product_versions_are_misc(words: &[&str], names: &mut Names) -> bool {
    let version_at = |k: usize| {
        words.get(k).is_some_and(|w| {
            matches!(*w, "XP" | "NT" | "Vista" | "One")
                || (1..=4).contains(&w.len())
                    && w.chars().all(|c| c.is_ascii_alphanumeric())
                    && w.chars().any(|c| c.is_ascii_digit())
                    && !w.starts_with(|c: char| c.is_ascii_lowercase())
        })
    };
    // Lines no company or body is named after are the product alone too: "the PlayStation".
    let mut changed = retype(names, |start, end, _| {
        (end == start + 1 && matches!(words[start], "PlayStation" | "Xbox" | "Kindle"))
            .then(|| type_index("MISC"))
    });
    for k in 0..words.len() {
        // Not the last word of a longer name: "LA Galaxy 2 Dallas 1" is a score.
        let line = words[k].starts_with(char::is_uppercase) && PRODUCT_LINES.contains(&words[k]);
        if !line || names.iter().any(|&(s, e, _)| s < k && k < e) {
            continue;
        }
        let mut end = if version_at(k + 1) {
            k + 2
        } else if words.get(k + 1) == Some(&"Series")
            && matches!(words.get(k + 2), Some(&("X" | "S")))
        {
            k + 3
        } else {
            continue;
        };
        while words.get(end).is_some_and(|w| MODEL_WORDS.contains(w)) {
            end += 1;
        }
        // The company's name before it stays its own ("Microsoft's Windows 10").
        if names.contains(&(k, end, type_index("MISC"))) {
            continue;
        }
        replace_names(names, (k, end), (k, end, type_index("MISC")));
        changed = true;
    }
    changed
}

/// A brand written in lower camel case ("iPhone 12", "eBay") is a name, which the tagger,
/// reading a lower-case word, left out: the company when the lists know it as one, a
/// product (MISC) otherwise, with its model's number and words.
fn lower_camel_names(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let model_part = |w: &str| {
        MODEL_WORDS.contains(&w)
            || (w.len() <= 4
                && w.starts_with(|c: char| c.is_ascii_digit())
                && w.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    let mut found = Vec::new();
    for start in 0..words.len() {
        if !is_lower_camel_name(words[start])
            || names.iter().any(|&(s, e, _)| s <= start && start < e)
        {
            continue;
        }
        let company = gazetteer.lists_organization(words[start]);
        let mut end = start + 1;
        while !company
            && end < words.len()
            && model_part(words[end])
            && !names.iter().any(|&(s, _, _)| s == end)
        {
            end += 1;
        }
        let kind = if company { "ORG" } else { "MISC" };
        found.push((start, end, type_index(kind)));
    }
    if found.is_empty() {
        return false;
    }
    names.extend(found);
    names.sort_unstable();
    true
}

/// A name after a company's possessive with a model number beside it is the company's
/// product, MISC in CoNLL-2003's scheme ("Microsoft Corp.'s Windows 95"), number and all:
/// "Sony's PlayStation 5", "Tesla's Model 3", "Boeing's 737 MAX". The tagger took the
/// capitals for a second company. Not in sport, where "Queen 's Park 2" is a club and
/// its score.
fn products_of_companies(words: &[&str], names: &mut Names) -> bool {
    let organization = type_index("ORG");
    // A model's number, not a quantity: "5", "737", "95", not "1,200" or "17-man".
    let is_number = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.len() <= 4
                && w.starts_with(|c: char| c.is_ascii_digit())
                && w.chars().all(|c| c.is_ascii_alphanumeric())
        })
    };
    let after_owner = |k: usize| {
        k >= 2
            && is_possessive(words[k - 1])
            && names
                .iter()
                .any(|&(_, end, kind)| end == k - 1 && kind == organization)
    };
    let products: Vec<(usize, (usize, usize))> = names
        .iter()
        .enumerate()
        .filter_map(|(n, &(start, end, _))| {
            if after_owner(start) && is_number(end) {
                Some((n, (start, end + 1)))
            } else if start >= 1 && is_number(start - 1) && after_owner(start - 1) {
                Some((n, (start - 1, end)))
            } else {
                None
            }
        })
        .collect();
    for &(n, (start, end)) in &products {
        names[n] = (start, end, type_index("MISC"));
    }
    !products.is_empty()
}

/// A MISC name that is a country, state or continent the gazetteer knows, by its own name
/// and not as a nationality, is that place: "a 40-year-old Missouri woman", "Wis .". Towns
/// are left alone: too many share their names with events and parties ("Wimbledon", "the
/// Brits", "Liberal").
fn places_taken_for_misc(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let text = words[start..end].join(" ");
        let place = TYPES[kind - 1] == "MISC"
            && !gazetteer.is_demonym(&text)
            && text.chars().any(char::is_lowercase)
            && place_named(gazetteer, &text)
                .is_some_and(|place| gazetteer.is_own_name(place, &text) && is_region(place));
        place.then(|| type_index("LOC"))
    })
}

/// Words of Romance and German languages that open the name of a stadium, a street, a
/// square or a palace: "Estadio da Luz", "Avenida de Mayo", "Piazza Venezia". ("Stade"
/// opens clubs' names too: "Stade Francais"; "Plaza" an accord's.)
const FOREIGN_PLACE_OPENERS: &[&str] = &[
    "Estadio", "Stadio", "Stadion", "Avenida", "Piazza", "Rue", "Calle", "Rua", "Palacio",
    "Palais", "Parque", "Parc",
];

/// Words of Romance languages that open the name of a party, an institute or a ministry,
/// besides the bank's, company's or group's words the extractor knows
/// (`organizations::is_institution_head_abroad`): "Banque du Liban", "Banco do Brasil",
/// "Grupo Televisa", "Partido dos Trabalhadores". CoNLL-2003's training text and eng.testa
/// name three ("Banco de Mexico", "Banco Santander"), all organizations.
const FOREIGN_BODY_OPENERS: &[&str] = &[
    "Partido",
    "Partito",
    "Parti",
    "Frente",
    "Instituto",
    "Institut",
    "Ministerio",
];

/// Arabic words that open the names of armed groups and movements: front, free men,
/// movement, army, brigades, league, party ("Jabhat al-Nusra", "Ahrar al-Sham", "Jaish
/// al-Adl", "Kataib Hezbollah"); and, where an Arabic article follows in the name, the
/// words for committee and supporters, which are also given names ("Hayat Tahrir al-Sham",
/// "Ansar al-Sharia"; not "Hayat Sindi"). None is in CoNLL-2003.
const ARABIC_BODY_OPENERS: &[&str] = &[
    "Jabhat", "Ahrar", "Harakat", "Jaish", "Kataib", "Asaib", "Hizb", "Liwa",
];
const ARABIC_BODY_OPENERS_BEFORE_ARTICLE: &[&str] = &["Hayat", "Ansar"];

/// Whether a word is the Arabic article joined to a capitalized word ("al-Sham",
/// "ul-Islam"), which carries on the name it stands in.
fn is_arabic_article_word(word: &str) -> bool {
    is_arabic_family_name(word)
        || ["ul-", "ut-"].iter().any(|article| {
            word.strip_prefix(article)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
}

/// A name opened by one of `FOREIGN_PLACE_OPENERS`, `CUPS_IN_THEIR_LANGUAGE`,
/// `FOREIGN_BODY_OPENERS` or `ARABIC_BODY_OPENERS`, over the particles and capitalized
/// words after it, is one place, competition or organization, whatever the tagger made of
/// its parts: "Estadio" / "Luz" were two people, "Copa" / "del" / "Rey" two places and a
/// person, "Banque" / "du Liban" a MISC word and a body, "Hayat Tahrir al-Sham" a person.
/// Not a company named after a cup ("Copa Airlines").
/// CoNLL-2003's training text and eng.testa name two such places ("Parc des Princes",
/// "Place Beauvau"), both places.
fn foreign_names_by_their_first_word(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    let mut k = 0;
    while k < words.len() {
        // The cheap test first: this runs over every word of every sentence.
        if !words[k].starts_with(char::is_uppercase) {
            k += 1;
            continue;
        }
        let arabic = ARABIC_BODY_OPENERS.contains(&words[k])
            || ARABIC_BODY_OPENERS_BEFORE_ARTICLE.contains(&words[k]);
        let kind = if FOREIGN_PLACE_OPENERS.contains(&words[k]) {
            type_index("LOC")
        } else if CUPS_IN_THEIR_LANGUAGE.contains(&words[k]) {
            type_index("MISC")
        } else if arabic
            || FOREIGN_BODY_OPENERS.contains(&words[k])
            || super::super::organizations::is_institution_head_abroad(words[k])
        {
            type_index("ORG")
        } else {
            k += 1;
            continue;
        };
        let mut end = k + 1;
        let mut last_capital = None;
        let mut article = false;
        while let Some(word) = words.get(end) {
            // "Ansar Allah" has God's name where others have the article.
            if arabic && (is_arabic_article_word(word) || *word == "Allah") {
                article = true;
                last_capital = Some(end);
            } else if word.starts_with(char::is_uppercase) && !is_quote_mark(word) {
                last_capital = Some(end);
            } else if arabic || !super::super::organizations::ROMANCE_PARTICLES.contains(word) {
                break;
            }
            end += 1;
        }
        let needs_article = ARABIC_BODY_OPENERS_BEFORE_ARTICLE.contains(&words[k]);
        // A company named after a cup is no cup ("Copa Airlines").
        let company_named_so = |last: usize| {
            kind == type_index("MISC")
                && super::super::organizations::is_generic_organization_word(words[last])
        };
        let Some(last) =
            last_capital.filter(|&last| (article || !needs_article) && !company_named_so(last))
        else {
            k += 1;
            continue;
        };
        let end = last + 1;
        // The tagger's names inside the run give way; one running past it keeps its own.
        let crossing = names
            .iter()
            .any(|&(s, e, _)| (s < k && e > k) || (s < end && e > end));
        if !crossing && !names.contains(&(k, end, kind)) {
            replace_names(names, (k, end), (k, end, kind));
            changed = true;
        }
        k = end;
    }
    changed
}

/// A name of two words or more that ends in a geographical feature's word is a place,
/// wherever the tagger put it: "Taiwan Strait" and "Silicon Valley" were organizations.
/// A person's first name just before the word, or a hyphenated given name before an East
/// Asian surname that is the word, keeps a person ("Wayne Bridge", "Mike Lake", "Sung-Hee
/// Park"; not "Raymond James Stadium"), and a name with "of" or "and" is named after the
/// place or lists titles ("HealthCare Network of Rhode Island", "Law of the Sea", "Dream
/// Lover and Beyond the Sea"); one with a possessive is a club's ("Queen 's Park"). A name
/// run from such a place over "for" is split first (`split_places_before_for`).
fn places_by_their_feature_word(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = split_places_before_for(words, names, gazetteer);
    // A feature's word the tagger left out after a place: "Wembley Arena"; and a ground's
    // after a club's name: "at Western Sydney Stadium", of which it named the club.
    for n in 0..names.len() {
        let (_, end, kind) = names[n];
        let feature_after = words.get(end).is_some_and(|w| {
            (kind == type_index("LOC") && PLACE_FEATURE_WORDS.contains(w))
                || (kind == type_index("ORG") && matches!(*w, "Stadium" | "Arena" | "Ground"))
        }) && !next_name_starts_at(names, n, end);
        if feature_after {
            names[n].1 += 1;
            changed = true;
        }
    }
    // "Investment firms Silver Lake and Thoma Bravo": a company noun says what it is.
    let after_company_noun = |start: usize| {
        start > 0
            && words[start - 1].starts_with(char::is_lowercase)
            && crate::extract::cues::noun_type(words[start - 1])
                .is_some_and(|(kind, _)| kind == type_index("ORG"))
    };
    retype(names, |start, end, kind| {
        let first_name = || gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0;
        let place = matches!(TYPES[kind - 1], "PER" | "ORG" | "MISC")
            && end - start >= 2
            && ends_in_feature_word(&words[start..end])
            && !words[start..end]
                .iter()
                .any(|w| matches!(*w, "of" | "and" | "'s" | "&"))
            && !(TYPES[kind - 1] == "PER"
                && (end - start == 2 && first_name()
                    || words[start].contains('-')
                        && EAST_ASIAN_SURNAMES.contains(&words[end - 1])))
            && !(kind == type_index("ORG") && after_company_noun(start));
        place.then(|| type_index("LOC"))
    }) || changed
}

/// The names listed after a plural company noun are companies: "investment firms Silver
/// Lake and Thoma Bravo", a place and a person to the tagger; "banks Goldman Sachs, UBS and
/// Citi". In CoNLL-2003's training text and eng.testa 19 of 21 names so listed are
/// organizations, the other two after "carriers" (aircraft carriers), left out here. A
/// person by a first name the lists know stays one ("groups Amnesty and John Smith").
fn companies_listed_after_company_nouns(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let mut changed = false;
    let mut listed = false;
    for n in 0..names.len() {
        let (start, _, kind) = names[n];
        let after_noun = start > 0 && {
            let noun = words[start - 1];
            noun.starts_with(char::is_lowercase)
                && noun.ends_with('s')
                && noun != "carriers"
                && crate::extract::cues::noun_type_of_lower(noun)
                    .is_some_and(|(kind, plural)| kind == type_index("ORG") && plural)
        };
        let after_listed = listed
            && n > 0
            && names[n - 1].1 + 1 == start
            && matches!(words[start - 1], "," | "and" | "or");
        listed = after_noun || after_listed;
        let person =
            kind == type_index("PER") && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0;
        if listed && !person && kind != type_index("ORG") {
            names[n].2 = type_index("ORG");
            changed = true;
        }
    }
    changed
}

/// A name the tagger ran from a place ending in a feature's word over "for" is two names:
/// "left Fratton Park for Southampton" is the ground, then where one left it for (a place
/// when the gazetteer knows it).
fn split_places_before_for(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        let split = (start + 2..end.saturating_sub(1))
            .find(|&k| words[k] == "for" && PLACE_FEATURE_WORDS.contains(&words[k - 1]));
        if let Some(at) = split {
            let after = words[at + 1..end].join(" ");
            let after_kind = if place_named(gazetteer, &after).is_some() {
                type_index("LOC")
            } else {
                kind
            };
            names[n] = (start, at, kind);
            names.insert(n + 1, (at + 1, end, after_kind));
            changed = true;
        }
        n += 1;
    }
    changed
}

/// Capitalized head words of a body's name that a place's name opens: "Oxford
/// University", "Tokyo Stock Exchange" ends in one. Not "Bank" (the West Bank), "Union"
/// (the Soviet Union), "Federation", "Court", "Hospital" or "Airport", which CoNLL-2003
/// marks as places as often as not.
const BODY_HEADS_AFTER_A_PLACE: &[&str] = &[
    "University",
    "College",
    "Institute",
    "Council",
    "Party",
    "Club",
    "Commission",
    "Ministry",
    "Association",
    "Exchange",
    "Committee",
    "Airlines",
    "Airways",
    "Corporation",
    "Company",
    "Group",
    "Army",
    "Police",
];

/// Sports whose national bodies are named by the sport and the country: "Tennis Australia",
/// "Cricket Australia", "Sport England", "Athletics Kenya".
const SPORT_BODY_OPENINGS: &[&str] = &[
    "Athletics",
    "Badminton",
    "Basketball",
    "Boxing",
    "Cricket",
    "Cycling",
    "Football",
    "Golf",
    "Gymnastics",
    "Hockey",
    "Netball",
    "Rowing",
    "Rugby",
    "Sailing",
    "Sport",
    "Swimming",
    "Tennis",
    "Triathlon",
    "Volleyball",
];

/// A sport's name before a country names the sport's body there, one organization:
/// "Tennis Australia chief executive Craig Tiley", where the tagger found the place alone.
/// CoNLL-2003's 1996 text names no body so (its sports bodies were "boards" and
/// "unions"); 2020 news does all the time.
fn sport_bodies_of_countries(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, _) = names[n];
        let after_sport = start >= 1
            && SPORT_BODY_OPENINGS.contains(&words[start - 1])
            && (n == 0 || names[n - 1].1 < start);
        let country = || names_a_country(gazetteer, &words[start..end]);
        if after_sport && country() {
            names[n] = (start - 1, end, type_index("ORG"));
            changed = true;
        }
    }
    changed
}

/// A company the lists know and a country after it, as one name, are the company's arm in
/// that country: "Toyota Australia", "AOL Germany", "Virgin Australia", which the tagger
/// took for places. In CoNLL-2003's training text and eng.testa a company's word and a
/// country are an organization 5 times of 5 (Toyota, Ford, AOL); the 156 places of that
/// shape open with a place's own word, which stays ("South Africa", "New Zealand").
fn companies_arms_in_countries(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        // The tagger reads an arm as a place (or MISC), not a person: and people's names,
        // many, need no lookup here.
        if !matches!(TYPES[kind - 1], "LOC" | "MISC") || end - start < 2 {
            return None;
        }
        // The cheap test first: the name ends in a country.
        let country_from = (start + 1..end).find(|&k| {
            words[k].starts_with(char::is_uppercase) && names_a_country(gazetteer, &words[k..end])
        })?;
        // The company's name may be a town's ("Toyota") or a surname ("Ford"); "Southern
        // China" is a region.
        let company = &words[start..country_from].join(" ");
        let arm = !["Northern", "Southern", "Eastern", "Western", "Central"]
            .contains(&words[start])
            && !is_compass_word(words[start])
            && gazetteer.name_lists(company) & (LIST_ORGANIZATION | LIST_BRAND) != 0
            && place_named(gazetteer, company).is_none_or(|place| place.kind == PlaceKind::City)
            && names_no_place(gazetteer, &words[start..end]);
        arm.then(|| type_index("ORG"))
    })
}

/// A place the tagger ended before the head word of a body's name is that body's name:
/// "AstraZeneca and Oxford University began trials", where it read "Oxford" alone.
fn places_opening_bodies(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        let next_named = names.get(n + 1).is_some_and(|&(next, _, _)| next == end);
        // A country's army or party the tagger finds itself ("U.S. Army"); "U.S. Group of
        // Seven" is no American group.
        let country = || names_a_country(gazetteer, &words[start..end]);
        if kind == type_index("LOC")
            && !next_named
            && words
                .get(end)
                .is_some_and(|head| BODY_HEADS_AFTER_A_PLACE.contains(head))
            && words.get(end + 1) != Some(&"of")
            && !country()
        {
            names[n] = (start, end + 1, type_index("ORG"));
            changed = true;
        }
    }
    changed
}

/// Head words of a body's name that end no person's: with `BODY_HEADS_AFTER_A_PLACE`, in
/// CoNLL-2003's training text and eng.testa about 590 names end in one; 461 are
/// organizations, the rest places ("West Bank"), MISC or no name, and none a person.
const BODY_HEADS: &[&str] = &[
    "Foundation",
    "Society",
    "Union",
    "Federation",
    "Bank",
    "Agency",
    "Authority",
    "Front",
    "Movement",
    "Alliance",
    "Congress",
    "Trust",
    "Fund",
    "Assoc",
    "Organisation",
    "Organization",
    "Institution",
    "Service",
    "Board",
    // Each name ending in one of these in CoNLL-2003's training text and eng.testa is an
    // organization (47 of 47): "State Department", "Foreign Office", "Iraqi News Agency";
    // "the Pensions Regulator" was MISC to the tagger.
    "Department",
    "Office",
    "Bureau",
    "Regulator",
    "Tribunal",
    "Directorate",
    "Secretariat",
    // Armed and police units: "Special Anti-Robbery Squad", "Islamic Revolutionary Guard
    // Corps", "Central Command". Each of the 12 names ending in one in CoNLL-2003's
    // training text and eng.testa is an organization.
    "Squad",
    "Brigade",
    "Battalion",
    "Regiment",
    "Corps",
    "Guard",
    "Command",
    "Force",
];

/// Whether a word is a body's head word, of either list ("Council", "Party", "Squad").
fn is_body_head_word(word: &str) -> bool {
    BODY_HEADS.contains(&word) || BODY_HEADS_AFTER_A_PLACE.contains(&word)
}

/// A "person" or MISC name of two words or more ending in a body's head word is that body:
/// "Germany's Robert Koch Institute", named after a man; "the Karen National Union"; "the
/// World Anti-Doping Agency", MISC to the tagger as a "World Cup" is. Not an index named
/// after its exchange ("Financial Times-Stock Exchange", MISC in CoNLL-2003).
/// A "place" ending in the head of an administration or an association is that body too
/// ("United States Tennis Association"), unlike one ending in "Union", "Federation" or
/// "Bank" ("Soviet Union", "Russian Federation", "West Bank": the 57 places of CoNLL-2003's
/// training text and eng.testa that end in a body's head word).
fn names_ending_in_body_heads(words: &[&str], names: &mut Names) -> bool {
    retype(names, |start, end, kind| {
        let head = words[end - 1];
        let body = (kind == type_index("PER") || kind == type_index("MISC") && head != "Exchange")
            && end - start >= 2
            && is_body_head_word(head);
        let administration = kind == type_index("LOC")
            && end - start >= 2
            && matches!(
                head,
                "Association"
                    | "Council"
                    | "Committee"
                    | "Commission"
                    | "Agency"
                    | "Authority"
                    | "Institute"
                    | "Organization"
                    | "Organisation"
                    | "Ministry"
                    | "Department"
                    | "Bureau"
                    | "Party"
                    | "Tribunal"
                    | "Secretariat"
            );
        (body || administration).then(|| type_index("ORG"))
    })
}

/// A "place" or MISC name of two words or more ending in a newspaper's head word is the
/// newspaper: "the Wall Street Journal", which the tagger read as the street, and "the
/// Global Times", a title to it. In CoNLL-2003's training text and eng.testa each such name
/// is an organization.
fn newspapers_by_their_last_word(words: &[&str], names: &mut Names) -> bool {
    retype(names, |start, end, kind| {
        let newspaper = (kind == type_index("LOC") || kind == type_index("MISC"))
            && end - start >= 2
            && crate::extract::refine::NEWSPAPER_HEADS.contains(&words[end - 1]);
        newspaper.then(|| type_index("ORG"))
    })
}

/// Two organizations, or two persons, side by side with nothing between them are one:
/// "Mumbai Indians captain Rohit Sharma", which the tagger cut after the town, "LeBron
/// James scored", cut after the name a headline had alone. In CoNLL-2003's training text
/// and eng.testa such a pair is never two organizations' or persons' names; of the pairs
/// the tagger made, joining fixes 5 and breaks none. Not in a line of capitals (a table's
/// header); a row of parties joined here is split again (`split_columns_of_names`).
fn join_adjacent_names(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    if views.first().is_some_and(TokenView::in_capitals) {
        return false;
    }
    join_neighbours(names, |(start, middle, kind), (next, _, next_kind)| {
        // A company whole before its product's name ("IBM Blue Gene", "Microsoft Corp
        // Teams") or a desk's ("Reuters Finance") stays itself.
        let whole_company = || {
            kind == type_index("ORG")
                && (crate::extract::is_legal_form(words[middle - 1])
                    || gazetteer.name_lists(&words[start..middle].join(" "))
                        & (LIST_ORGANIZATION | LIST_BRAND)
                        != 0)
        };
        let joined = middle == next
            && (kind == type_index("ORG") || kind == type_index("PER"))
            && next_kind == kind
            && words[next].starts_with(char::is_uppercase)
            && !whole_company();
        joined.then_some(kind)
    })
}

/// A given name that is also a town's ("Alexandria", "Florence", "Paris"), read as a place,
/// right before a surname of two capitalized halves, both surnames the lists know, that no
/// list files whole as a place or company, is the person's first name: "Rep. Alexandria Ocasio-Cortez" was a town and an
/// organization to the tagger, which never saw the name. CoNLL-2003's training text has no
/// one-word place that the tagger put right before a hyphenated name.
fn given_names_read_as_places(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    join_neighbours(names, |(start, middle, kind), (next, end, _)| {
        let double_surname = |word: &str| {
            let mut halves = word.split('-');
            matches!(
                (halves.next(), halves.next(), halves.next()),
                (Some(first), Some(second), None)
                    if is_title_case(first) && is_title_case(second)
                        && [first, second].iter().all(|half| gazetteer.name_lists(half) & LIST_SURNAME != 0)
                        && gazetteer.name_lists(word) & (LIST_PLACE | LIST_ORGANIZATION | LIST_BRAND) == 0
                        && place_named(gazetteer, word).is_none()
            )
        };
        let joined = kind == type_index("LOC")
            && middle == start + 1
            && next == middle
            // One word, or three when the tokenizer split at the hyphen.
            && (end == next + 1 || (end == next + 3 && words[next + 1] == "-"))
            && is_title_case(words[start])
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME != 0
            && double_surname(&words[next..end].concat());
        joined.then(|| type_index("PER"))
    })
}

/// A "place" of one word that is a region's name with a people's ending, and no place
/// itself, is that region's people's adjective, MISC: "Tigrayan forces" beside "Tigray".
/// In CoNLL-2003 the tagger never reads such a word as a place; so the gazetteer's
/// demonyms go ("Russian"), and this takes the ones it lacks.
fn peoples_of_regions_are_misc(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        if kind != type_index("LOC") || end != start + 1 {
            return None;
        }
        let word = words[start];
        let of_region = ["ian", "an", "i", "ese"].iter().any(|ending| {
            word.strip_suffix(ending)
                .filter(|stem| stem.chars().count() >= 3)
                .and_then(|stem| place_named(gazetteer, stem))
                .is_some_and(|place| is_region(place) || place.kind == PlaceKind::Area)
        });
        (of_region && place_named(gazetteer, word).is_none()).then(|| type_index("MISC"))
    })
}

/// Head words of bodies named "of" a place: "Bank of Spain", "Council of Europe".
const BODY_HEADS_BEFORE_OF: &[&str] = &[
    "Bank",
    "Union",
    "Department",
    "Association",
    "University",
    "Party",
    "Board",
    "Ministry",
    "Agency",
    "Court",
    "Organisation",
    "Organization",
    "Council",
    "Bureau",
    "Commission",
    "Committee",
    "Institute",
    "Federation",
    "Authority",
];

/// A body's head word the tagger named alone before "of" and a place opens one name with
/// them: "the Council of Europe", "Bank of Spain announces". In CoNLL-2003's training text
/// and eng.testa names ending in these words run on over "of" 80 times; the one place
/// after such an "of" outside the name is "State ( central ) Bank of Pakistan".
fn bodies_of_places(words: &[&str], names: &mut Names) -> bool {
    // "the Republic of Turkey": one place (so CoNLL-2003 marks all 5 of its republics).
    let republics = join_neighbours(names, |(start, middle, _), (next, _, next_kind)| {
        let joined = middle == start + 1
            && words[start] == "Republic"
            && next_kind == type_index("LOC")
            && next == middle + 1
            && words[middle] == "of";
        joined.then(|| type_index("LOC"))
    });
    // "Bank of Spain", "Central Bank of the Republic of Turkey".
    republics
        | join_neighbours(names, |(_, middle, kind), (next, _, next_kind)| {
            let of_at = if next >= 2 && words[next - 1] == "the" {
                next - 2
            } else {
                next - 1
            };
            let joined = kind == type_index("ORG")
                && next_kind == type_index("LOC")
                && of_at == middle
                && words[middle] == "of"
                && BODY_HEADS_BEFORE_OF.contains(&words[middle - 1]);
            joined.then(|| type_index("ORG"))
        })
        // "Kansas City Board of Trade", "Association for Relations Across the Taiwan
        // Strait", "Party of Social Democracy": a place's or MISC name that holds a body's
        // head before "of" or "for" is the body (a union or federation of states aside). In
        // CoNLL-2003's training text and eng.testa no place's or MISC name holds one.
        | retype(names, |start, end, kind| {
            let body = matches!(TYPES[kind - 1], "LOC" | "MISC")
                && (start..end.saturating_sub(1)).any(|k| {
                    matches!(words[k + 1], "of" | "for")
                        && BODY_HEADS_BEFORE_OF.contains(&words[k])
                        && !matches!(words[k], "Union" | "Federation")
                });
            body.then(|| type_index("ORG"))
        })
}

/// Last words of newspapers' names beside `NEWSPAPER_HEADS` that an organization's name
/// ends in: "The Sunday Telegraph", "The Statesman", "The Sun".
const MORE_NEWSPAPER_HEADS: &[&str] = &[
    "Telegraph",
    "Statesman",
    "Guardian",
    "Independent",
    "Observer",
    "Mirror",
    "Express",
    "Sun",
    "Mail",
    "Standard",
    "Economist",
];

/// A newspaper's name opens with the capitalized "The" before it: "The New York Times
/// said", "told The Statesman", of which the tagger named the rest. In CoNLL-2003's
/// training text and eng.testa all 10 newspapers after "The" take it in.
fn newspapers_open_with_the(words: &[&str], names: &mut Names) -> bool {
    open_one_word_earlier(names, |start, end, kind| {
        let last = words[end - 1];
        kind == type_index("ORG")
            && (crate::extract::refine::NEWSPAPER_HEADS.contains(&last)
                || MORE_NEWSPAPER_HEADS.contains(&last))
            && words[start - 1] == "The"
    })
}

/// A name with the word "Team" in it is a team, not the person or country it is named
/// after: "Ineos Team UK", "Emirates Team New Zealand", "Team Sky" (CoNLL-2003: the "Dream
/// Team", an organization each time).
fn teams_named_team(words: &[&str], names: &mut Names) -> bool {
    // The sponsor's name the tagger cut off before "Team": "UAE" / "Team Emirates".
    let joined = join_neighbours(names, |(start, middle, kind), (next, end, _)| {
        let sponsor_before_team = middle == next
            && words[next] == "Team"
            && end - next >= 2
            && kind != type_index("PER")
            // Not a rider and his team the tagger ran together ("Tadej Pogacar of UAE").
            && !words[start..middle].contains(&"of");
        sponsor_before_team.then(|| type_index("ORG"))
    });
    retype(names, |start, end, kind| {
        let team = (kind == type_index("PER") || kind == type_index("LOC"))
            && end - start >= 2
            && words[start..end].contains(&"Team");
        team.then(|| type_index("ORG"))
    }) || joined
}

/// A "place" named a union of a people is a body: "the African Union", which the tagger
/// read like the "Soviet Union", the one union of CoNLL-2003's text that is a country (21
/// "European Union" there are organizations).
fn unions_of_peoples_are_bodies(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let body = kind == type_index("LOC")
            && end - start >= 2
            && words[end - 1] == "Union"
            && words[start] != "Soviet"
            && (gazetteer.is_demonym(words[start])
                || matches!(
                    words[start],
                    "African" | "European" | "Eurasian" | "Asian" | "Arab"
                ));
        body.then(|| type_index("ORG"))
    })
}

/// Last words of the names of competitions, prizes, festivals, accords and laws: "Gippsland
/// Trophy", "Australian Open", "Sakhir Grand Prix", "Rose Bowl", "Academy Awards", "Cannes
/// Film Festival". In CoNLL-2003's training text and eng.testa every name of two words or
/// more ending in one is MISC.
const EVENT_ENDINGS: &[&str] = &[
    "Trophy",
    "Cup",
    "Open",
    "Championship",
    "Championships",
    "Prix",
    "Classic",
    "Masters",
    "Series",
    "Rally",
    "Prize",
    "Bowl",
    "Award",
    "Awards",
    "Festival",
    // Agreements between states: "the Abraham Accords", "the Paris Accord".
    "Accord",
    "Accords",
    // Laws and protocols: "Affordable Care Act", "Kyoto Protocol"; in CoNLL-2003's
    // training text and eng.testa all are MISC. Not "Treaty": "Penn Treaty" is a company
    // there as often as a treaty.
    "Act",
    "Protocol",
];

/// A name ending in a competition's or prize's last word is that event, whatever the
/// tagger read in its first words: "the Gippsland Trophy", which it took for a place.
fn events_by_their_last_word(words: &[&str], names: &mut Names) -> bool {
    retype(names, |start, end, _| {
        // "National Rally" is a party: a rally of a body's generic word is no race.
        let party = words[end - 1] == "Rally"
            && crate::extract::organizations::is_generic_organization_word(words[start]);
        let event = end - start >= 2 && EVENT_ENDINGS.contains(&words[end - 1]) && !party;
        event.then(|| type_index("MISC"))
    })
}

/// A word after a colon that news all but never capitalizes, before a word in lower case,
/// opens a clause and names nothing: "At Cardiff : Match drawn .", a cricket result the
/// tagger read as an organization. In CoNLL-2003's training text and eng.testa 16 of 17
/// such words are no name.
fn drop_common_words_after_colons(words: &[&str], names: &mut Names, clusters: &Clusters) -> bool {
    let before = names.len();
    names.retain(|&(start, end, _)| {
        let common = end == start + 1
            && start > 0
            && words[start - 1] == ":"
            && words
                .get(end)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && clusters.is_always_lower_case(&words[start].to_lowercase());
        !common
    });
    names.len() != before
}

/// A place just before an event's last word names the event, one MISC name with it: "the
/// Hong Kong Open", "HONG KONG OPEN SECOND ROUND", where the tagger had the town and
/// left the event's word out or began another name with it. In CoNLL-2003's training text
/// and eng.testa no place stands before such a word outside the event's name.
fn events_named_after_places(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        let event_word = words.get(end).is_some_and(|w| {
            EVENT_ENDINGS
                .iter()
                .any(|ending| ending.eq_ignore_ascii_case(w) && w.starts_with(char::is_uppercase))
        });
        let next = names.get(n + 1).map(|&(next_start, _, _)| next_start);
        if kind == type_index("LOC") && event_word && next.is_none_or(|s| s >= end) {
            // A name the tagger began at the event's word ("OPEN SECOND") goes with it.
            replace_names(
                names,
                (start, end + 1),
                (start, end + 1, type_index("MISC")),
            );
            changed = true;
        }
        n += 1;
    }
    changed
}

/// The word for a cup in Italian, Spanish, French and Portuguese ("Coppa Italia", "Copa
/// del Rey", "Coupe de France", "Taca de Portugal"); none is in CoNLL-2003.
const CUPS_IN_THEIR_LANGUAGE: &[&str] = &["Coppa", "Copa", "Coupe", "Taca", "Taça"];

/// A tour of a place is a race, one MISC name with the place: "the Tour de France", which
/// the tagger read as the event "Tour" and the place "France"; "the Tour of Flanders". So
/// CoNLL-2003 marks all 8 of its tours of places.
fn tours_of_places(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for k in 0..words.len().saturating_sub(2) {
        if words[k] != "Tour" || !matches!(words[k + 1], "de" | "of" | "du") {
            continue;
        }
        let place_at = if words[k + 2] == "the" { k + 3 } else { k + 2 };
        let Some(place) = names
            .iter()
            .position(|&(s, _, kind)| s == place_at && kind == type_index("LOC"))
        else {
            continue;
        };
        let end = names[place].1;
        replace_names(names, (k, end), (k, end, type_index("MISC")));
        changed = true;
    }
    changed
}

/// A "person" named by a mountain's, lake's or square's word and a name is that place:
/// "Mont Ventoux", "Mount Kenya", "Lake Tahoe", "Plaza Dignidad". In CoNLL-2003's training
/// text and eng.testa all 9 names so opening are places (none opens with a square's).
fn people_named_as_mountains(words: &[&str], names: &mut Names) -> bool {
    retype(names, |start, end, kind| {
        let mountain = kind == type_index("PER")
            && end - start >= 2
            && matches!(
                words[start],
                "Mount" | "Mont" | "Monte" | "Mt" | "Lake" | "Cape" | "Plaza" | "Piazza"
            );
        mountain.then(|| type_index("LOC"))
    })
}

/// A given name the tagger named on its own before an Arabic surname in "al-" is one
/// person with it: "Secretary-General Nayef al-Hajraf", two organizations to the tagger. In
/// CoNLL-2003's training text and eng.testa a name in "al-" after another name is a person
/// with it 8 times of 11, the others places; a name the tagger took for a place before it
/// stays apart, and so does a surname the gazetteer knows as a place.
fn given_names_before_arabic_surnames(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let place = type_index("LOC");
    let joined = join_neighbours(names, |(start, middle, kind), (next, end, next_kind)| {
        let surname = words[next];
        // A place with an Arabic article stays one ("Ain el-Hilweh refugee camp"); a
        // surname the gazetteer knows no place by may be one the tagger took for a place
        // ("Abdel-Aziz al-Rantissi").
        if kind == place || next_kind == place && place_named(gazetteer, surname).is_some() {
            return None;
        }
        let arabic_surname = end == next + 1 && is_arabic_surname(surname);
        let given_name = || {
            middle == start + 1
                && middle == next
                && words[start].split('-').all(is_title_case)
                // A person's given name that is a town's too: "Ali" after "Ayatollah".
                && (kind == type_index("PER") || place_named(gazetteer, words[start]).is_none())
        };
        (arabic_surname && given_name()).then(|| type_index("PER"))
    });
    // A given name the tagger left out before the surname opens the person: "Hamas leader
    // Abdel-Aziz al-Rantissi", where the surname alone was MISC. A compound given name or
    // one the lists know, as a common word before a surname ("Chairman") is neither.
    let mut opened = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        let given = start.checked_sub(1);
        let opens = end == start + 1
            && kind != place
            && is_arabic_surname(words[start])
            && given.is_some_and(|g| {
                (n == 0 || names[n - 1].1 <= g)
                    && words[g].split('-').all(is_title_case)
                    && (words[g].contains('-')
                        || gazetteer.name_lists(words[g]) & LIST_FIRST_NAME != 0)
                    && place_named(gazetteer, words[g]).is_none()
            });
        if let (true, Some(g)) = (opens, given) {
            names[n] = (g, end, type_index("PER"));
            opened = true;
        }
    }
    joined || opened
}

/// Whether a word is an Arabic surname with its article: "al-Rantissi", "el-Sisi".
fn is_arabic_surname(word: &str) -> bool {
    ["al-", "el-"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// The town of "the Irving, Texas-based company" is a place: the tagger read a person. In
/// CoNLL-2003's training text and eng.testa both such towns after "the" are places
/// ("the Glenview, Ill.-based company").
fn towns_of_based_companies(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let after_the = start > 0 && words[start - 1].eq_ignore_ascii_case("the");
        let based_in_region = words.get(end) == Some(&",")
            && words.get(end + 1).is_some_and(|w| {
                w.strip_suffix("-based").is_some_and(|region| {
                    crate::extract::abbreviations::us_state(region).is_some()
                        || place_named(gazetteer, region).is_some_and(|place| {
                            matches!(place.kind, PlaceKind::State | PlaceKind::Country)
                        })
                })
            })
            && words
                .get(end + 2)
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        (kind != type_index("LOC") && after_the && based_in_region).then(|| type_index("LOC"))
    })
}

/// A people's adjective just before an event opens the event's name: "Australian PGA
/// Championship", "South African Open", which the tagger cut after the adjective or ended
/// there. CoNLL-2003 marks "Australian Open", "French Open" and "German Open" whole (22
/// times, never apart).
fn events_after_demonyms(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let misc = type_index("MISC");
    let demonym = |(start, end, kind): (usize, usize, usize)| {
        kind == misc
            && end - start <= 2
            && (gazetteer.is_demonym(words[end - 1])
                || gazetteer.is_demonym(&words[start..end].join(" ")))
    };
    let mut changed = join_neighbours(names, |first, (next, end, kind)| {
        // A country's team in a cup stays apart: "Australian Davis Cup captain".
        let event =
            kind == misc && EVENT_ENDINGS.contains(&words[end - 1]) && words[end - 1] != "Cup";
        (next == first.1 && event && demonym(first)).then_some(misc)
    });
    // An event's word the tagger left out after the adjective: "the South African Open".
    for n in 0..names.len() {
        let end = names[n].1;
        let event_after = words.get(end).is_some_and(|w| EVENT_ENDINGS.contains(w))
            && !next_name_starts_at(names, n, end);
        if event_after && demonym(names[n]) {
            names[n].1 += 1;
            changed = true;
        }
    }
    changed
}

/// Possessors in an event's name before "'s": "the U.S. Women's Open" (after a name), "the
/// King's Cup", "the America's Cup" (named after a yacht, not the continent).
const EVENT_POSSESSORS: &[&str] = &[
    "Women",
    "Men",
    "Ladies",
    "Girls",
    "Boys",
    "King",
    "Queen",
    "President",
    "Prince",
    "America",
];

/// An event named with a possessive is one MISC name: "the U.S. Women's Open" was the place
/// "U.S." and the event "Open", "the America's Cup" a place and "Cup". The event's part ends
/// at its first lower-case word ("Cup in March", one name to the tagger).
fn events_across_possessives(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for k in 1..words.len().saturating_sub(1) {
        let possessor = words[k - 1];
        if !is_possessive(words[k]) || !EVENT_POSSESSORS.contains(&possessor) {
            continue;
        }
        // "the U.S. Women's Open" opens with the name before "Women"; "America" opens its own.
        let start = match names.iter().find(|&&(_, e, _)| e == k || e == k - 1) {
            Some(&(s, e, _)) if e == k || possessor != "America" => s,
            _ => k - 1,
        };
        let event_start = k + 1;
        let tagged_end = names
            .iter()
            .find(|&&(s, _, _)| s == event_start)
            .map_or(event_start + 1, |&(_, e, _)| e);
        let end = (event_start..tagged_end)
            .find(|&j| !capitalized_at(words, j))
            .unwrap_or(tagged_end);
        // "Men's Australian Open champion": the people's word alone qualifies an event.
        let qualifier_alone =
            start == k - 1 && matches!(possessor, "Women" | "Men" | "Ladies" | "Girls" | "Boys");
        if end == event_start || !EVENT_ENDINGS.contains(&words[end - 1]) || qualifier_alone {
            continue;
        }
        replace_names(
            names,
            (start, tagged_end.max(end)),
            (start, end, type_index("MISC")),
        );
        changed = true;
    }
    changed
}

/// A feature's word, "of" and a name are one place: "the Gulf of Mexico", "the Strait of
/// Hormuz", "the Cape of Good Hope", "the Horn of Africa", which the tagger cut in two or
/// took for an organization: CoNLL-2003's training text has no such name to learn from,
/// and marks a place's whole name as one (“Bay of Bengal” in its guidelines' MUC style).
/// Not where the name runs on into a longer one ("Gulf of Mexico Fishery Management
/// Council") or the feature's word ends one ("Persian Gulf").
fn features_of_places(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for of in 1..words.len().saturating_sub(1) {
        // The cheap test first: this runs over every word.
        if words[of] != "of"
            || !matches!(
                words[of - 1],
                "Gulf" | "Bay" | "Strait" | "Straits" | "Sea" | "Cape" | "Horn" | "Isle" | "Isles"
            )
            || !is_title_case(words[of + 1])
        {
            continue;
        }
        let (start, mut end) = (of - 1, of + 2);
        while end < words.len() && end < of + 4 && is_title_case(words[end]) {
            end += 1;
        }
        let inside = |&(s, e, _): &(usize, usize, usize)| s >= start && e <= end;
        let overlapping = |&(s, e, _): &(usize, usize, usize)| s < end && e > start;
        if names.iter().filter(|n| overlapping(n)).any(|n| !inside(n))
            || names.contains(&(start, end, type_index("LOC")))
        {
            continue;
        }
        replace_names(names, (start, end), (start, end, type_index("LOC")));
        changed = true;
    }
    changed
}

/// Two names side by side that together are a place the gazetteer knows are that place:
/// "Rio" and "de Janeiro", which the tagger cut at the lower-case particle; so are two
/// joined by "and" that name one country ("Serbia and Montenegro").
fn join_split_places(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    join_neighbours(names, |(start, middle, _), (next, end, _)| {
        // Side by side, or across "and" for a country ("Serbia and Montenegro").
        let joined = middle == next || (next == middle + 1 && words[middle] == "and");
        let place = joined && {
            let text = words[start..end].join(" ");
            place_named(gazetteer, &text).is_some_and(|place| {
                gazetteer.is_own_name(place, &text)
                    && (middle == next || place.kind == PlaceKind::Country)
            })
        };
        place.then(|| type_index("LOC"))
    })
}

/// In a cricket scorecard's line, the names after "c" (caught by), "b" (bowled by) and "st"
/// (stumped by) are players: "Pujara c Labuschagne b Lyon 43", where the tagger took the
/// bowler for a city's club. In CoNLL-2003's training text and eng.testa all 155 are.
fn fielders_in_scorecards_are_people(words: &[&str], names: &mut Names) -> bool {
    if !words.contains(&"b") {
        return false;
    }
    retype(names, |start, _, _| {
        let fielder = start > 0 && matches!(words[start - 1], "b" | "c" | "st");
        fielder.then(|| type_index("PER"))
    })
}

/// What only a company has, after a possessive: "Evergrande's shares", "Zenith's stock".
const COMPANY_HOLDINGS_AFTER_POSSESSIVE: &[&str] = &[
    "shares",
    "stock",
    "shareholders",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
];

/// The start of the whole run of capitals the tagger left out before the possessive at
/// word `possessive`, the owner of what follows. Not a day's or month's ("Monday's
/// shares"), a pronoun and "is" ("Who's", "It's"), the tail of a longer run ("King World
/// 's stock"), or one opening with a title, which a later rule takes off ("King World").
fn unnamed_owner_before(words: &[&str], names: &Names, possessive: usize) -> Option<usize> {
    let start = unnamed_run_before(words, names, possessive, |word| {
        !crate::dates::is_weekday(word)
            && crate::dates::month_number(word).is_none()
            && !matches!(
                word,
                "Who" | "What" | "It" | "Here" | "There" | "Let" | "That"
            )
    })?;
    let tail_of_run = start > 0 && capitalized_at(words, start - 1);
    (!tail_of_run && !TITLES_BEFORE_NAMES.contains(&words[start])).then_some(start)
}

/// A name before "news agency" is the agency, not a nationality, when the gazetteer knows
/// no people by it: "the state-run Anatolian news agency", which the tagger read as MISC
/// for its ending. In CoNLL-2003's training text and eng.testa the names there are 31
/// agencies, 10 nationalities ("the Yugoslav news agency") and one place.
fn news_agencies_named(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let agency = matches!(words.get(end..end + 2), Some(["news", "agency"]))
            && matches!(TYPES[kind - 1], "MISC" | "PER")
            && !(end - start == 1 && gazetteer.is_demonym(words[start]));
        agency.then(|| type_index("ORG"))
    })
}

/// A "person" that reports, or quotes someone "as saying", is a newspaper or an agency:
/// "Yedioth reported", "Jomhuri Eslami quoted the province's security chief as saying". In
/// CoNLL-2003's training text and eng.testa the names before "reported" are organizations
/// 33 times and never persons; before "quoted", 15 organizations and 3 persons, all three
/// after a quotation (", " Arafat quoted"). A name opening with a first name stays a person,
/// and so does one after a noun other than a paper's ("correspondent Subhy Haddad
/// reported"). A MISC name opening with another language's article that says or reports
/// is a paper ("O Globo also said").
fn news_sources_reporting(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let person = type_index("PER");
    retype(names, |start, end, kind| {
        let after_quotation = start > 0 && matches!(words[start - 1], "," | "\"" | "``" | "''");
        let reports = match words.get(end) {
            Some(&"reported") => true,
            Some(&"quoted") => {
                !after_quotation && words[end..].windows(2).any(|pair| pair == ["as", "saying"])
            }
            _ => false,
        };
        // After a noun, only a paper's or station's: "the daily Koha Jone reported", not
        // "correspondent Subhy Haddad reported" or "minister Des Browne quoted".
        let noun_before = start > 0
            && words[start - 1].starts_with(char::is_lowercase)
            && !BEFORE_SUBJECT.contains(&words[start - 1])
            && words[start - 1] != "and";
        let person_noun_before = noun_before
            && !matches!(
                words[start - 1],
                "daily"
                    | "weekly"
                    | "newspaper"
                    | "paper"
                    | "agency"
                    | "magazine"
                    | "radio"
                    | "television"
                    | "station"
                    | "tabloid"
                    | "the"
            );
        let source = kind == person
            && reports
            && !person_noun_before
            && gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0;
        // "O Globo also said", "Le Monde reported": a MISC name opening with an article of
        // another language that speaks is a paper (4 times of 4 in CoNLL-2003's folds).
        let foreign_paper = kind == type_index("MISC")
            && end - start >= 2
            && matches!(
                words[start],
                "O" | "El" | "La" | "Le" | "Il" | "Die" | "Der" | "De" | "Het" | "Al"
            )
            && (reports
                || words[end..]
                    .iter()
                    .take(2)
                    .any(|w| matches!(*w, "said" | "says" | "wrote")));
        (source || foreign_paper).then(|| type_index("ORG"))
    })
}

/// Nouns after a leader's surname that make it the leader's: "the Obama administration",
/// "the Biden campaign", "Trump supporters".
const LEADERS_FOLLOWINGS: &[&str] = &[
    "administration",
    "campaign",
    "supporter",
    "supporters",
    "presidency",
    "loyalists",
];

/// A surname alone before a leader's following (`LEADERS_FOLLOWINGS`) is the leader: "the
/// Obama administration", which the tagger read as MISC. In CoNLL-2003's training text and
/// eng.testa a one-word name before "administration" or "campaign" is a person 13 times in
/// 14 (the other "Republican administration", whose word no surname list has). A party,
/// a country or its adjective stays ("KNU supporters", "Taibe supporter"), and so does a
/// name the lists know as an organization's.
fn leaders_of_administrations(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let surname_only = || {
            let lists = gazetteer.name_lists(words[start]);
            lists & LIST_SURNAME != 0 && lists & LIST_ORGANIZATION == 0
        };
        let leader = kind != type_index("PER")
            && end == start + 1
            && words.get(end).is_some_and(|w| LEADERS_FOLLOWINGS.contains(w))
            // Not a word the lists hold among surnames ("the No campaign").
            && words[start].len() > 2
            && is_title_case(words[start])
            && surname_only()
            && !gazetteer.is_demonym(words[start])
            // Towns are often surnames ("Obama", "Clinton"), but countries and states are
            // not, and a town's supporters are its club's ("Liverpool supporters").
            && !place_named(gazetteer, words[start])
                .is_some_and(|place| is_region(place) || words[end].starts_with("supporter"));
        leader.then(|| type_index("PER"))
    })
}

/// What a possessive gives a company only, beyond `COMPANY_HOLDINGS_AFTER_POSSESSIVE`: its
/// officers, board and shops.
const COMPANY_PEOPLE_AFTER_POSSESSIVE: &[&str] = &["chief", "board", "chairman", "stores", "sales"];

/// A "person" before a possessive and what only a company has is that company: "Ted
/// Baker's shares fell", "Levi Strauss's chief executive". In CoNLL-2003's training text
/// and eng.testa all 11 names so placed are organizations; a name opening with a first
/// name must be one the lists know as a company's or brand's, or have a company named as
/// its parent or owner ("Kate Spade's parent Tapestry").
fn people_owning_company_things(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    // Where the organizations start, read only in a sentence that names a parent or owner.
    let organizations_start: Vec<usize> = if words.iter().any(|w| matches!(*w, "parent" | "owner"))
    {
        names
            .iter()
            .filter(|&&(_, _, kind)| kind == type_index("ORG"))
            .map(|&(start, _, _)| start)
            .collect()
    } else {
        Vec::new()
    };
    retype(names, |start, end, kind| {
        if !words.get(end).is_some_and(|w| is_possessive(w)) {
            return None;
        }
        let owned = words.get(end + 1).is_some_and(|thing| {
            COMPANY_HOLDINGS_AFTER_POSSESSIVE.contains(thing)
                || COMPANY_PEOPLE_AFTER_POSSESSIVE.contains(thing)
        });
        // "Kate Spade's parent Tapestry": a parent or owner named as a company is one
        // whatever the owned name opens with.
        let owned_by_company = words
            .get(end + 1)
            .is_some_and(|thing| matches!(*thing, "parent" | "owner"))
            && organizations_start.contains(&(end + 2));
        let company = kind == type_index("PER")
            && (owned_by_company
                || owned
                    && (gazetteer.name_lists(words[start]) & LIST_FIRST_NAME == 0
                        || gazetteer.name_lists(&words[start..end].join(" "))
                            & (LIST_ORGANIZATION | LIST_BRAND)
                            != 0));
        company.then(|| type_index("ORG"))
    })
}

/// Capitals the tagger left out before a possessive and what only a company has are that
/// company: "Evergrande 's shares fell", where the name, new to it, opened the sentence. In
/// CoNLL-2003's training text and eng.testa the names so placed are organizations 11 times
/// in 13 (a person's bid and a city's debt are not counted: neither noun is here). A place
/// the gazetteer knows is left alone.
fn unnamed_companies_before_their_holdings(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    let mut changed = false;
    for possessive in 1..words.len().saturating_sub(1) {
        if !is_possessive(words[possessive])
            || !COMPANY_HOLDINGS_AFTER_POSSESSIVE.contains(&words[possessive + 1])
        {
            continue;
        }
        let Some(start) = unnamed_owner_before(words, names, possessive) else {
            continue;
        };
        if place_named(gazetteer, &words[start..possessive].join(" ")).is_some() {
            continue;
        }
        add_company(words, names, companies, (start, possessive));
        changed = true;
    }
    changed
}

/// Capitals the tagger left out before a possessive and a person's name are the place or
/// the team or company the person is of: "Racing Point's Sergio Perez". In CoNLL-2003's
/// training text and eng.testa every capitalized word so placed is a name, a place 60
/// times and an organization 24; the gazetteer tells a place. Not a weekday or month
/// ("Sunday's Grand Prix"), the tail of a run of capitals, or a run opening with a title.
fn unnamed_owners_of_people(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    let person = type_index("PER");
    let mut changed = false;
    for possessive in 1..words.len().saturating_sub(1) {
        if !is_possessive(words[possessive])
            || !names
                .iter()
                .any(|&(s, _, kind)| s == possessive + 1 && kind == person)
        {
            continue;
        }
        let Some(start) = unnamed_owner_before(words, names, possessive) else {
            continue;
        };
        if place_named(gazetteer, &words[start..possessive].join(" ")).is_some() {
            names.push((start, possessive, type_index("LOC")));
            names.sort_unstable();
        } else {
            add_company(words, names, companies, (start, possessive));
        }
        changed = true;
    }
    changed
}

/// The roles a team's player or staff holds, between the team's name and the holder's:
/// "Mercedes driver George Russell", "Brigham Young quarterback Zach Wilson".
const TEAM_ROLES: &[&str] = &[
    "driver",
    "drivers",
    "quarterback",
    "striker",
    "midfielder",
    "goalkeeper",
    "keeper",
    "defender",
    "winger",
    "forward",
    "skipper",
    "captain",
    "manager",
    "coach",
    "pitcher",
    "batsman",
    "bowler",
    "playmaker",
    "guard",
    "center",
    "centre",
    "linebacker",
    "receiver",
    "shortstop",
    "starter",
    "reliever",
    "slugger",
    "left-hander",
    "right-hander",
    "outfielder",
    "infielder",
    "catcher",
    "goaltender",
    "defenceman",
    "defenseman",
    "fullback",
    "full-back",
    "wicketkeeper",
    "opener",
    "spinner",
    "scrum-half",
    "fly-half",
    "hooker",
    "flanker",
    "boss",
    "owner",
];

/// A name followed by "'s" that owns nothing (a verb, a conjunction, an article or a stop
/// follows) ends in that "'s", a company's or a place's: "gave Lloyd 's a reprieve", "for
/// Boatmen 's .", "at Lord 's ,". In CoNLL-2003's training text and eng.testa 17 of the
/// 19 such names take the "'s" in ("Maakinen 's and Kankkunen 's" do not); a person so
/// named is the company. A place the gazetteer knows keeps its name ("better than Mexico
/// 's .", the country's deal).
fn names_ending_in_possessives(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        let owns_nothing = words.get(end).is_some_and(|w| is_possessive(w))
            && matches!(
                words.get(end + 1),
                Some(
                    &("."
                        | ","
                        | "and"
                        | "a"
                        | "an"
                        | "to"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "said"
                        | "will"
                        | "would")
                )
            )
            && names.get(n + 1).is_none_or(|&(next, _, _)| next > end + 1);
        let known_place = || {
            kind == type_index("LOC")
                && place_named(gazetteer, &words[start..end].join(" ")).is_some()
        };
        // "Parkinson 's and Alzheimer 's diseases", "Maakinen 's and Mitsubishi 's
        // positions": possessives paired over "and" own the noun after the second.
        let paired = matches!(words.get(end + 1), Some(&("and" | ",")))
            && words.get(end + 3).is_some_and(|w| is_possessive(w));
        let paired_after = start >= 3
            && matches!(words[start - 1], "and" | ",")
            && is_possessive(words[start - 2]);
        if paired || paired_after {
            continue;
        }
        if owns_nothing && kind != type_index("MISC") && !known_place() {
            let kind = if kind == type_index("PER") {
                type_index("ORG")
            } else {
                kind
            };
            names[n] = (start, end + 1, kind);
            changed = true;
        }
    }
    changed
}

/// Nouns for a newspaper or a journal after its name.
const NEWSPAPER_NOUNS: &[&str] = &[
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "journal",
    "tabloid",
];

/// A "place" no gazetteer knows just before a newspaper's noun, or one word before it, is
/// that newspaper: "Liberte newspaper said", "the Lancet medical journal". In CoNLL-2003's
/// training text and eng.testa the places before these nouns are all places the gazetteer
/// knows ("Maputo daily Noticias"), beside 28 organizations.
fn newspapers_before_their_noun(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        let noun_at = |k: usize| words.get(k).is_some_and(|w| NEWSPAPER_NOUNS.contains(w));
        let before_noun = noun_at(end)
            || (words.get(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase) && !matches!(*w, "and" | "or" | "the" | "a")
            }) && noun_at(end + 1));
        // "the Basque newspaper Gara": the paper's name follows, and the word before the
        // noun describes it.
        let named_after = |k: usize| {
            words.get(k).is_some_and(|w| NEWSPAPER_NOUNS.contains(w))
                && words
                    .get(k + 1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        let newspaper = kind == type_index("LOC")
            && before_noun
            && !named_after(end)
            && !named_after(end + 1)
            && names_no_place(gazetteer, &words[start..end]);
        newspaper.then(|| type_index("ORG"))
    })
}

/// In sport a "person" of one word "of" a country that no list knows as a person's name is
/// a club: "Ferencvaros of Hungary", "Nijmeh of Lebanon beat Nasr of Saudi Arabia". In
/// CoNLL-2003's training text and eng.testa 15 of the 21 one-word names so placed are
/// clubs; the others are royals ("Stephanie of Monaco") and players named in full before
/// ("Huber of Germany"), whose names the lists know.
fn clubs_of_countries(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let personal = LIST_FIRST_NAME | LIST_SURNAME | LIST_PERSON;
    let countries_after_of: Vec<usize> = names
        .iter()
        .filter(|&&(start, end, kind)| {
            kind == type_index("LOC")
                && start >= 1
                && names_a_country(gazetteer, &words[start..end])
        })
        .map(|&(start, _, _)| {
            if words[start - 1] == "the" {
                start - 1
            } else {
                start
            }
        })
        .collect();
    retype(names, |start, end, kind| {
        // "12th seed Maleeva of Bulgaria": a noun of people says a person.
        let person_noun_before = start > 0
            && (crate::extract::cues::introduces_a_person(words[start - 1])
                || matches!(words[start - 1], "seed" | "champion" | "holder"));
        let club = kind == type_index("PER")
            && end == start + 1
            && words.get(end) == Some(&"of")
            && countries_after_of.contains(&(end + 1))
            && gazetteer.name_lists(words[start]) & personal == 0
            && !person_noun_before;
        club.then(|| type_index("ORG"))
    })
}

/// In sport a name in brackets before a number and a comma or the bracket's end is a
/// scorer with his minute, or a batsman with his runs: "Chelsea 2 ( Zola 12 , Vialli 67 )",
/// "( M. Lathwell 85 , R. Harden 65 )". In CoNLL-2003's training text and eng.testa all 54
/// names so placed in sports stories are people; the tagger took one for a club.
fn scorers_in_brackets(words: &[&str], names: &mut Names) -> bool {
    let in_brackets = |k: usize| {
        words[..k]
            .iter()
            .rev()
            .find(|w| matches!(**w, "(" | ")"))
            .is_some_and(|w| *w == "(")
    };
    retype(names, |start, end, kind| {
        let scorer = kind != type_index("PER")
            && start > 0
            && matches!(words[start - 1], "(" | ",")
            && words.get(end).is_some_and(|w| is_whole_number(w))
            && matches!(words.get(end + 1), Some(&("," | ")")))
            && in_brackets(start);
        scorer.then(|| type_index("PER"))
    })
}

/// A name before two tennis sets' scores is a player's: "beat Novak Djokovic 1-6 7-6 6-1",
/// where the tagger, seeing a row of figures, took him for a team. In CoNLL-2003's
/// training text and eng.testa 9 names so placed are people, 7 the country after a
/// player's "of" ("Tim Henman of Britain 6-4 6-4"), 1 "the Chilean"; no team or firm.
fn players_before_set_scores(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let set_score =
        |word: &str| score_points(word).is_some_and(|(a, b)| a != b && matches!(a.max(b), 6 | 7));
    // A tiebreak's points follow its set in brackets: "7-6 ( 7-4 )".
    let sets_after = |end: usize| {
        let mut sets = 0;
        let mut at = end;
        while let Some(word) = words.get(at) {
            if set_score(word) {
                sets += 1;
                at += 1;
            } else if *word == "(" && words.get(at + 2) == Some(&")") && sets > 0 {
                at += 3;
            } else {
                break;
            }
        }
        sets
    };
    retype(names, |start, end, kind| {
        // The gazetteer's lookup last: this runs over every name.
        let player = matches!(TYPES[kind - 1], "ORG" | "LOC")
            && (start == 0 || words[start - 1] != "of")
            && sets_after(end) >= 2
            && !names_a_nation(gazetteer, &words[start..end]);
        player.then(|| type_index("PER"))
    })
}

/// In sport a name before two golf scores (60 to 89) is a golfer's: "Woosnam 70 76 ,",
/// "Davis 71 73", which the tagger, seeing a row of figures, took for teams. In
/// CoNLL-2003's training text and eng.testa all 80 names so placed in a line with no
/// percentage are people; baseball's standings, whose wins fall in that range, carry a
/// percentage (".496").
fn golfers_before_their_scores(words: &[&str], names: &mut Names) -> bool {
    let score = |k: usize| {
        words
            .get(k)
            .and_then(|w| w.parse::<u32>().ok())
            .is_some_and(|n| (60..=89).contains(&n))
    };
    let percentage = || {
        words
            .iter()
            .any(|w| w.strip_prefix('.').is_some_and(is_whole_number))
    };
    let golfers = names
        .iter()
        .any(|&(_, end, kind)| kind != type_index("PER") && score(end) && score(end + 1));
    if !golfers || percentage() {
        return false;
    }
    retype(names, |_, end, kind| {
        (kind != type_index("PER") && score(end) && score(end + 1)).then(|| type_index("PER"))
    })
}

/// Clubs whose name carries a number, most often their founding year: "1860 Munich" and
/// "Munich 1860" (TSV 1860 Munich), "Schalke 04", "Hannover 96", "Mainz 05". Written down
/// by hand from the German leagues' club names.
const CLUBS_NAMED_WITH_NUMBERS: &[[&str; 2]] = &[
    ["1860", "Munich"],
    ["Munich", "1860"],
    ["Schalke", "04"],
    ["Hannover", "96"],
    ["Mainz", "05"],
    ["Darmstadt", "98"],
];

/// In sport a club whose name carries a number (`CLUBS_NAMED_WITH_NUMBERS`) is one
/// organization, number and all, in title case or in a headline's capitals: the tagger
/// had "Munich" alone ("1860 Munich" 8 times in CoNLL-2003's training text and eng.testa).
fn clubs_named_with_numbers(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for start in 0..words.len().saturating_sub(1) {
        let listed = CLUBS_NAMED_WITH_NUMBERS.iter().any(|club| {
            club[0].eq_ignore_ascii_case(words[start])
                && club[1].eq_ignore_ascii_case(words[start + 1])
        });
        let club = (start, start + 2, type_index("ORG"));
        if listed && !names.contains(&club) {
            replace_names(names, (start, start + 2), club);
            changed = true;
        }
    }
    changed
}

/// In sport a name followed by its town's initials in brackets and then a figure is a
/// club, the initials part of its name as CoNLL-2003 marks Yugoslav results: "Mladost ( L )
/// 3 1 1 1 6 4 4", "Rad ( B ) 0" (22 of 22 in its training text and eng.testa). The tagger
/// read the club alone, most often as a person.
fn clubs_with_town_initials(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for name in names.iter_mut() {
        let (start, end, _) = *name;
        let initials = words.get(end..end + 4).is_some_and(|after| {
            after[0] == "("
                && (1..=2).contains(&after[1].len())
                && after[1].chars().all(|c| c.is_ascii_uppercase())
                && after[2] == ")"
                && is_whole_number(after[3])
        });
        if initials && words[start].starts_with(char::is_uppercase) {
            *name = (start, end + 3, type_index("ORG"));
            changed = true;
        }
    }
    // The initials the tagger named alone ("BJ") are now inside their club's name.
    names.dedup_by(|next, club| next.0 < club.1);
    changed
}

/// In sport a line that is a name in title case and then only figures, one of them an
/// average with two decimals, is a player's row of a batting or bowling table: "Andy
/// Caddick 1 1 0 4 4 4.00", "Ata-ur-Rehman 48.4 6 173 5 34.60", which the tagger took for
/// clubs. In CoNLL-2003's training text and eng.testa all 43 names that open such a line
/// are people; tables of clubs carry no such average, and share prices come in capitals
/// ("BARUM HOLDING 171.00 171.00 14432").
fn players_in_averages_rows(words: &[&str], names: &mut Names) -> bool {
    let figure = |word: &str| {
        word == "-"
            || word
                .trim_end_matches("no")
                .trim_end_matches('*')
                .split(['.', ','])
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
    };
    let average = |word: &str| {
        word.split_once('.').is_some_and(|(whole, decimals)| {
            is_whole_number(whole) && decimals.len() == 2 && is_whole_number(decimals)
        })
    };
    let Some(&(0, end, kind)) = names.first() else {
        return false;
    };
    let row = words.len() >= end + 4
        && words[end..].iter().all(|w| figure(w))
        && words[end..].iter().any(|w| average(w))
        && words[..end]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase));
    if !row || kind == type_index("PER") {
        return false;
    }
    names[0].2 = type_index("PER");
    true
}

/// In sport a town that owns a player is the town's team: "Boston 's Roger Clemens",
/// "Heerenveen 's Romeo Wouden". In CoNLL-2003's sports stories 9 of the 10 towns so
/// placed are teams; countries stay places ("Sweden 's Stefan Schwarz"), as CoNLL files
/// national sides.
fn towns_owning_players(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let person = type_index("PER");
    let players_from: Vec<usize> = names
        .iter()
        .filter(|&&(start, _, kind)| {
            kind == person && start >= 2 && is_possessive(words[start - 1])
        })
        .map(|&(start, _, _)| start - 1)
        .collect();
    retype(names, |start, end, kind| {
        let town = kind == type_index("LOC")
            && players_from.contains(&end)
            && place_named(gazetteer, &words[start..end].join(" "))
                .is_some_and(|place| place.kind == PlaceKind::City)
            && !names_a_nation(gazetteer, &words[start..end]);
        town.then(|| type_index("ORG"))
    })
}

/// A name before a player's role and the player is the team or company the player works
/// for: "Mercedes driver George Russell" (the tagger read a town), "Brigham Young quarterback
/// Zach Wilson" (a person), "Mitsubishi driver Makinen", "Schalke striker Martin Max"
/// (CoNLL-2003), "Uber driver John Smith". A country's, state's or nationality's name stays
/// as it is ("England striker Alan Shearer", "a Brazilian driver"): CoNLL-2003 files
/// national sides as places. Not only in sport: a motor race's report has few of the sports
/// words. In CoNLL-2003's training text and eng.testa, 52 of the 102 names so placed are
/// organizations, and all but 4 of the others countries, states or nationalities.
fn teams_of_players(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    // The player is named after: "a Brooklyn driver was hurt" speaks of a town's.
    let person = type_index("PER");
    let drivers_named: Vec<usize> = names
        .iter()
        .filter(|&&(start, _, kind)| kind == person && start >= 1)
        .map(|&(start, _, _)| start - 1)
        .collect();
    // "Mercedes team boss Toto Wolff", "Newcastle team mate Les Ferdinand": a role in the
    // team, after its word.
    const ROLES_AFTER_TEAM: &[&str] = &["boss", "principal", "chief", "owner", "mate"];
    retype(names, |start, end, kind| {
        // Where the role's word is.
        let role = match words.get(end..end + 2) {
            Some(["team", role])
                if TEAM_ROLES.contains(role) || ROLES_AFTER_TEAM.contains(role) =>
            {
                Some(end + 1)
            }
            // "Colorado fired coach Bud Black", "Chelsea sacked manager Frank Lampard".
            Some([verb, role])
                if TEAM_ROLES.contains(role)
                    && matches!(*verb, "fired" | "sacked" | "hired" | "appointed" | "signed") =>
            {
                Some(end + 1)
            }
            _ => words
                .get(end)
                .is_some_and(|w| TEAM_ROLES.contains(w))
                .then_some(end),
        };
        // A US state's name is its college's or its league team's ("Colorado fired coach
        // Bud Black"), where other states and countries name national sides.
        let team_place = || {
            let text = words[start..end].join(" ");
            (place_named(gazetteer, &text).is_none_or(|place| place.kind == PlaceKind::City)
                || crate::extract::abbreviations::is_us_state_name(&text))
                && !names_a_nation(gazetteer, &words[start..end])
        };
        let team = role.is_some_and(|role| drivers_named.contains(&role))
            && kind != type_index("MISC")
            && team_place();
        team.then(|| type_index("ORG"))
    })
}

/// Lower-case words a title in quotes may have: "Raya and the Last Dragon".
const TITLE_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "a", "an", "in", "on", "to", "for", "at", "with", "'s", ":",
];

/// A title in quotation marks, of two words or more in title case, is one name: the
/// tagger cut "Raya and the Last Dragon" into a place and an organization and named
/// "Matrix" in "The Matrix 4". In CoNLL-2003's training text and eng.testa such a quoted
/// title is one name 43 times of 46, a MISC 31 times; one the tagger named whole keeps its
/// type ("Dream Team"), any other is made one MISC, or one organization when a newspaper's
/// word names a publication ("New England Journal of Medicine").
fn quoted_titles(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    let mut k = 0;
    while k < words.len() {
        if !crate::extract::tokenize::is_quote_mark(words[k]) {
            k += 1;
            continue;
        }
        let start = k + 1;
        let Some(end) = (start..words.len().min(start + 9))
            .find(|&j| crate::extract::tokenize::is_quote_mark(words[j]))
        else {
            k += 1;
            continue;
        };
        k = end + 1;
        let title = &words[start..end];
        let in_title_case = title.len() >= 2
            && title[0].starts_with(char::is_uppercase)
            && title.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || TITLE_FUNCTION_WORDS.contains(w)
            })
            // Not a shout in capitals.
            && !title.iter().all(|w| !w.chars().any(char::is_lowercase));
        let inside = |&(s, e, _): &(usize, usize, usize)| start <= s && e <= end;
        let crossing =
            |&(s, e, _): &(usize, usize, usize)| s < end && start < e && !(start <= s && e <= end);
        if !in_title_case
            || names.iter().any(crossing)
            || !names.iter().any(inside)
            || names.iter().any(|&(s, e, _)| (s, e) == (start, end))
        {
            continue;
        }
        names.retain(|name| !inside(name));
        // A newspaper's or journal's is the publication's: "New England Journal of Medicine".
        let publication = title
            .iter()
            .any(|w| crate::extract::refine::NEWSPAPER_HEADS.contains(w));
        names.push((
            start,
            end,
            type_index(if publication { "ORG" } else { "MISC" }),
        ));
        names.sort_unstable();
        changed = true;
    }
    changed
}

/// Last words of the names of sports leagues, which are competitions.
const LEAGUE_WORDS: &[&str] = &["League", "Liga", "Ligue", "Premiership", "Championship"];

/// In sport, a league is a competition, MISC as CoNLL-2003 marks "American League",
/// "Major League Baseball", "Super League", "Bundesliga" and "serie A" (60 names ending
/// in "League" in its sports stories, one organization: "National Football League"): "the
/// Premier League", "La Liga", which the tagger took for organizations, with the number or
/// letter of its division ("Ligue 1"), and a league after a people's adjective the tagger
/// named alone ("Scottish Premiership").
fn leagues_are_misc(words: &[&str], names: &mut Names) -> bool {
    let misc = type_index("MISC");
    let mut changed = false;
    // Italy's divisions by their letter: "the Serie A champions", which the tagger read as
    // the organization "A".
    for k in 0..words.len().saturating_sub(1) {
        if words[k] == "Serie"
            && matches!(words[k + 1], "A" | "B" | "C")
            && !names.contains(&(k, k + 2, misc))
        {
            replace_names(names, (k, k + 2), (k, k + 2, misc));
            changed = true;
        }
    }
    for n in 0..names.len() {
        let league_after = names[n].2 == misc
            && names[n].1 - names[n].0 == 1
            && !next_name_starts_at(names, n, names[n].1)
            && words
                .get(names[n].1)
                .is_some_and(|w| LEAGUE_WORDS.contains(w));
        let next_start = names.get(n + 1).map(|&(start, _, _)| start);
        let (start, end, kind) = &mut names[n];
        if league_after {
            *end += 1;
            changed = true;
            continue;
        }
        let last = words[*end - 1];
        // The US leagues that are bodies: "National Football League", "National Hockey
        // League".
        let body = last == "League"
            && *end - *start >= 2
            && matches!(words[*end - 2], "Football" | "Hockey" | "Basketball");
        // A league's division or conference: "EASTERN DIVISION", "Western Conference" (63
        // names of 66 so ending in CoNLL-2003's training text and eng.testa are MISC, the
        // others an "Organisation of the Islamic Conference" and a company's division).
        let division = matches!(last, "Division" | "DIVISION" | "Conference" | "CONFERENCE")
            && !words[*start..*end].contains(&"of");
        if *kind == misc || !(LEAGUE_WORDS.contains(&last) || division) || body {
            continue;
        }
        *kind = misc;
        // Its division: "Ligue 1", "Liga 2".
        let division = words
            .get(*end)
            .is_some_and(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_digit()));
        if division && next_start != Some(*end) {
            *end += 1;
        }
        changed = true;
    }
    changed
}

/// In sport, what one wins is a competition: "won the Masters", "win the Tour de France"
/// (MISC), though the tagger read a club or a place, or left it out. In CoNLL-2003's
/// training text and eng.testa all 15 names after "won the" are MISC, and one capitalized
/// word there is none, a month.
fn competitions_won_are_events(words: &[&str], names: &mut Names) -> bool {
    let won = |start: usize| {
        start >= 2
            && words[start - 1] == "the"
            && matches!(words[start - 2], "won" | "win" | "wins" | "winning")
    };
    // A body's title is no competition: "win the World Boxing Council heavyweight title".
    let mut changed = retype(names, |start, end, kind| {
        let body = is_body_head_word(words[end - 1]);
        (won(start) && kind != type_index("PER") && !body).then(|| type_index("MISC"))
    });
    let left_out = first_unnamed_run(
        words,
        names,
        |_| true,
        |start| {
            won(start)
                && !crate::dates::is_weekday(words[start])
                && crate::dates::month_number(words[start]).is_none()
        },
    );
    if let Some((start, end)) = left_out {
        names.push((start, end, type_index("MISC")));
        names.sort_unstable();
        changed = true;
    }
    changed
}

/// News agencies whose name follows a dateline in brackets: "PARIS (Reuters) -".
const AGENCIES: &[&str] = &["Reuters", "AP", "AFP", "Bloomberg", "UPI"];

/// The towns and countries of a dateline before an agency's name in brackets are places:
/// "PARIS (Reuters) - Paris St Germain beat …", where the club's name had made the town's a
/// club too; so is a town the gazetteer knows in a dateline on a line of its own before
/// the date ("BRISBANE 1996-11-24", in CoNLL-2003 a place every time but for 5 slips of
/// its annotators). The line opens in capitals; its other words are the town's region or country
/// ("WILMINGTON, Del.", "SAKHIR, Bahrain", "BRUSSELS/LONDON"), and the date in 2020 style
/// ("BARCELONA, Dec 19 (Reuters)").
fn datelines_are_places(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    // A line of its own in 1996 style: "BRISBANE 1996-11-24", in a sports story too; not
    // "UNITED NATIONS 1996-08-28", the body, which CoNLL-2003 marks so.
    if let [town @ .., date] = words
        && !town.is_empty()
        && town.len() <= 3
        && is_iso_date(date)
        && town.iter().all(|w| !w.chars().any(char::is_lowercase))
    {
        return retype(names, |start, end, kind| {
            let place = place_named(gazetteer, &words[start..end].join(" ")).is_some();
            (kind != type_index("LOC") && place).then(|| type_index("LOC"))
        });
    }
    // With its region or country after a comma: "VAL D'ISERE , France 1996-12-21" (in
    // CoNLL-2003's training text and eng.testa all the words before the comma are one
    // place 188 times in 193: "SALANG TUNNEL"), whether or not the gazetteer knows it.
    if let [.., date] = words
        && is_iso_date(date)
        && let Some(comma) = words.iter().position(|w| *w == ",")
        && (1..=3).contains(&comma)
        && words.len() - comma <= 5
        && words[..comma]
            .iter()
            .all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
        && words[comma + 1..words.len() - 1]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        if names.first() == Some(&(0, comma, type_index("LOC"))) {
            return false;
        }
        replace_names(names, (0, comma), (0, comma, type_index("LOC")));
        return true;
    }
    let Some(open) = words.iter().take(8).position(|w| *w == "(") else {
        return false;
    };
    let dateline = open > 0
        && words[0].chars().any(char::is_alphabetic)
        && !words[0].chars().any(char::is_lowercase)
        && words.get(open + 1).is_some_and(|w| AGENCIES.contains(w))
        && words.get(open + 2) == Some(&")")
        && words[..open].iter().all(|w| {
            // "KENOSHA, Wis.": an abbreviation's full stop may stand apart.
            matches!(*w, "," | "/" | ".")
                || w.starts_with(char::is_uppercase)
                || w.chars().all(|c| c.is_ascii_digit())
        });
    // Not the date: "BARCELONA, Dec 19 (Reuters)".
    let date =
        |start: usize| crate::dates::month_number(words[start].trim_end_matches('.')).is_some();
    dateline
        && retype(names, |start, end, kind| {
            (end <= open && !date(start) && kind != type_index("LOC")).then(|| type_index("LOC"))
        })
}

/// Whether a word is a date written year-month-day: "1996-11-24".
fn is_iso_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    matches!(parts.as_slice(), [year, month, day]
        if year.len() == 4 && month.len() == 2 && day.len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())))
}

/// A results table's heading "In Bistrita :" names the town the match was played in (15
/// of 16 such headings in CoNLL-2003's training text mark a place).
fn venue_headings_are_places(words: &[&str], names: &mut Names) -> bool {
    match names.first_mut() {
        Some((1, end, kind))
            if words[0] == "In" && words.get(*end) == Some(&":") && *kind != type_index("LOC") =>
        {
            *kind = type_index("LOC");
            true
        }
        _ => false,
    }
}

/// Words before a name that say a company comes next: one holds shares or a stake in it,
/// or works for it as an analyst ("a stake in Ingwe", "shares of Zoom", "a unit of
/// Gencor", "an economist at Nomura"). In CoNLL-2003's training text 26 of the 30 names
/// after them are organizations; the others are countries ("shares in Hungary").
const COMPANY_OPENERS: &[&[&str]] = &[
    &["stake", "in"],
    &["stakes", "in"],
    &["shares", "of"],
    &["shares", "in"],
    &["stock", "of"],
    &["unit", "of"],
    &["subsidiary", "of"],
    &["economist", "at"],
    &["analyst", "at"],
    &["analysts", "at"],
];

/// A name after `COMPANY_OPENERS` is a company's, unless it is a country, a region or a
/// large city ("shares in Hungary", "analysts in Tokyo"); its name goes into `companies`,
/// for the article's other mentions of it ("Shares in Ted Baker slumped" makes "Ted Baker
/// reported a loss" the company's).
fn companies_after_holdings(
    words: &[&str],
    names: &mut Names,
    companies: &mut Vec<String>,
    gazetteer: &Gazetteer,
) -> bool {
    // Each opener ends in a word of two letters ("in", "of", "at"): a cheap test first.
    let after_opener = |start: usize| {
        start >= 2
            && words[start - 1].len() == 2
            && COMPANY_OPENERS.iter().any(|opener| {
                opener[0].eq_ignore_ascii_case(words[start - 2])
                    && opener[1].eq_ignore_ascii_case(words[start - 1])
            })
    };
    let is_company = |start: usize, end: usize| {
        let place = place_named(gazetteer, &words[start..end].join(" "))
            .is_some_and(|p| p.kind != PlaceKind::City || p.population >= 100_000);
        // "a subsidiary of Singapore-listed Hwa Kay": an adjective, not the company.
        let adjective = words[end - 1]
            .rsplit_once('-')
            .is_some_and(|(_, tail)| tail.chars().all(char::is_lowercase));
        // "Shares in Anglo-Swedish drug firm AstraZeneca": a nationality, not the company.
        let nationality = words[start]
            .split('-')
            .any(|part| gazetteer.is_demonym(part));
        !place && !adjective && !nationality
    };
    let mut changed = retype(names, |start, end, kind| {
        // "shares of Elon Musk's electric-car maker": the person owns what follows.
        let owner = kind == type_index("PER") && words.get(end) == Some(&"'s");
        let company = after_opener(start) && !owner && is_company(start, end);
        if company {
            companies.push(words[start..end].join(" "));
        }
        company.then(|| type_index("ORG"))
    });
    // A company new to the tagger, which it left out: "Shares in BioNTech rose". Not a
    // month ("bought shares in January"), a class of shares or a common noun's acronym.
    let word_fits = |w: &str| {
        crate::dates::month_number(w).is_none()
            && w != "Class"
            && !COMMON_NOUN_ACRONYMS.contains(&w)
    };
    // Not in a headline in capitals or title case, where every word is capitalized; not
    // after "stock of", which is as often a store of goods ("a stock of PSPs").
    let opens = |start: usize| {
        start >= 2
            && words[start - 1].starts_with(char::is_lowercase)
            && !words[start - 2].eq_ignore_ascii_case("stock")
            && after_opener(start)
    };
    if let Some((start, mut end)) = first_unnamed_run(words, names, word_fits, opens) {
        // A name the tagger found in the company's name ends it: "Skis Rossignol".
        let next = names.iter().position(|&(s, _, _)| s == end);
        if let Some(next) = next {
            end = names[next].1;
        }
        if is_company(start, end) {
            if let Some(next) = next {
                names.remove(next);
            }
            add_company(words, names, companies, (start, end));
            changed = true;
        }
    }
    changed
}

/// Verbs of a result in sport, after the side that won, lost or drew.
const RESULT_VERBS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "edged",
    "routed",
    "drew",
    "lost",
    "won",
    "rallied",
    "blanked",
    "downed",
    "crushed",
    "thrashed",
    "outlasted",
    "overcame",
    "trounced",
    "swept",
    "upset",
    "trailed",
    // A headline's present tense: "Alabama routs Georgia".
    "routs",
    "edges",
    "downs",
    "crushes",
    "thrashes",
    "trounces",
    "stuns",
    "tops",
    "sweeps",
    "blanks",
    "outlasts",
];

/// Whether a sentence of the document tells a game's result: a result verb, a name (one to
/// five capitalized words) and a score, up to 170 points for the winner ("Brigham Young
/// beat Utah State 34-20", "Inter Milan beat AC Milan 5-1"), or a draw's or a defeat's
/// score before its side ("drew 1-1 with Sevilla", "lost 3-1 to Elche"). Such a story is
/// sport for the rules however few sports words it has; a vote's count goes with no
/// result verb ("the Senate voted 52-48"), an election's with votes or percent after it
/// or beyond 170 ("beat Trump 306-232").
pub(crate) fn tells_a_team_result(sentences: &[Vec<&str>]) -> bool {
    // "49ers", "76ers" are words of a team's name.
    let name_word = |word: &str| {
        word.starts_with(char::is_uppercase)
            || (word.starts_with(|c: char| c.is_ascii_digit())
                && word.ends_with(char::is_lowercase))
    };
    sentences.iter().any(|words| {
        (1..words.len()).any(|at| {
            // The cheap test first: this runs over every word of the article, and scores
            // are rare.
            if !words[at].starts_with(|c: char| c.is_ascii_digit())
                || score_points(words[at]).is_none_or(|(a, b)| a.max(b) > 170)
            {
                return false;
            }
            let after = words.get(at + 1).copied();
            if matches!(words[at - 1], "drew" | "lost") && matches!(after, Some("with" | "to")) {
                return true;
            }
            if matches!(after, Some("votes" | "percent" | "%" | "pct")) {
                return false;
            }
            // The name before the score, then the verb ("beat the Chiefs 31-20").
            let name_start = (at.saturating_sub(5)..at)
                .rev()
                .find(|&k| !name_word(words[k]))
                .map_or(at.saturating_sub(5), |k| k + 1);
            if name_start == at || name_start == 0 {
                return false;
            }
            let verb = if words[name_start - 1] == "the" && name_start >= 2 {
                name_start - 2
            } else {
                name_start - 1
            };
            RESULT_VERBS.contains(&words[verb])
        })
    })
}

/// In a sports story, a "place" no gazetteer knows after "win over", "defeat to" and the
/// like is a team: "a 2-0 win over Sampdoria". In CoNLL-2003's training text and
/// eng.testa the names there are teams 13 times, players 5 and places 7, all of them
/// countries and towns the gazetteer knows ("victory over Seattle"). A US state there that
/// names no other place is its university's team ("a 52-12 win over Nebraska"), where "New
/// York", also a city, stays the place CoNLL-2003 marks.
fn teams_beaten_or_beating(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    retype(names, |start, end, kind| {
        if kind != type_index("LOC") || start < 2 {
            return None;
        }
        let before = (words[start - 2], words[start - 1]);
        let result = matches!(
            before,
            ("win" | "wins" | "victory" | "victories", "over")
                | ("defeat" | "loss", "to" | "by")
                | ("draw", "with")
        );
        // "Tucker, who played for Kansas City": a town or state a player played for is its
        // club (CoNLL-2003 marks the 3 clubs after "played for" and the like organizations).
        let played_for = matches!(before, ("played" | "plays" | "playing", "for"));
        if !result && !played_for {
            return None;
        }
        let name = words[start..end].join(" ");
        let team = result
            && (place_named(gazetteer, &name).is_none()
                || crate::extract::abbreviations::is_us_state_name(&name)
                    && gazetteer.places_named(&name) == 1)
            || played_for
                && (place_named(gazetteer, &name).is_none() || is_town_or_state(&name, gazetteer));
        team.then(|| type_index("ORG"))
    })
}

/// In a sports story, a "person" that beats, loses to or draws with a team is a team too
/// ("Brigham Young beat Utah State"): in CoNLL-2003's training text the two sides of such a
/// result are of one kind, teams, countries or players, 160 times out of 168, and never a
/// person and a team. So is a place other than a country ("Alabama beat Georgia", "Clemson
/// lost to Ohio State", "drew 2-2 with Valencia"), and a side of a fixture ("Real Madrid
/// face Eibar").
fn opponents_of_teams_are_teams(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for n in 1..names.len() {
        let ((_, end, first), (start, _, second)) = (names[n - 1], names[n]);
        let between = &words[end..start];
        // "drew 2-2 with Valencia", "lost 3-1 to Elche"; a fixture: "Real Madrid face
        // Eibar", "host Elche".
        let score = |word: &str| score_points(word).is_some();
        // "Kansas City had trailed Houston 24-0", "Texas will face Washington".
        let between = match between {
            ["had" | "have" | "has" | "will" | "would", rest @ ..] => rest,
            _ => between,
        };
        let result = matches!(between, [verb] if RESULT_VERBS.contains(verb) && *verb != "won")
            || matches!(between, ["lost", "to"] | ["drew", "with"])
            || matches!(between, ["lost", s, "to"] | ["drew", s, "with"] if score(s))
            || matches!(
                between,
                ["face"
                    | "faces"
                    | "host"
                    | "hosts"
                    | "visit"
                    | "visits"
                    | "meet"
                    | "meets"
                    | "play"
                    | "plays"]
            );
        if !result {
            continue;
        }
        let (person, team) = (type_index("PER"), type_index("ORG"));
        // "Alabama beat Georgia 41-24": the US state's team, not the country, when a team
        // is the other side (a country's side would face a country); "lost to Ohio State",
        // a state's university.
        let place_of_a_team = |at: usize| {
            let (start, end, kind) = names[at];
            kind == type_index("LOC") && {
                let name = words[start..end].join(" ");
                crate::extract::abbreviations::is_us_state_name(&name)
                    || !names_a_nation(gazetteer, &words[start..end])
            }
        };
        if (first == person || place_of_a_team(n - 1)) && second == team {
            names[n - 1].2 = team;
            changed = true;
        } else if first == team && (second == person || place_of_a_team(n)) {
            names[n].2 = team;
            changed = true;
        } else if team_sport_score(words.get(names[n].1..).unwrap_or_default()) {
            // "Wake Forest beat North Carolina 75-70", "James Madison defeated Robert
            // Morris 81-66", "Tampa Bay beat Kansas City 31-9": no player, and no
            // country's side, wins by such a score.
            for at in [n - 1, n] {
                let (start, end, _) = names[at];
                let nation = names_a_nation(gazetteer, &words[start..end]);
                if !nation && names[at].2 != team {
                    names[at].2 = team;
                    changed = true;
                }
            }
        }
    }
    changed
}

/// Whether `after` opens with one score of a team game, its winner's points beyond any
/// set or frame of tennis, badminton or snooker ("75-70", "34-24"; not "6-3 7-6" nor
/// "18-10").
fn team_sport_score(after: &[&str]) -> bool {
    let one_score = after.get(1).is_none_or(|next| score_points(next).is_none());
    after
        .first()
        .and_then(|score| score_points(score))
        .is_some_and(|(a, b)| a.max(b) >= 22 && one_score)
}

/// The two sides' points of a score written "75-70".
fn score_points(word: &str) -> Option<(u64, u64)> {
    let (a, b) = word.split_once('-')?;
    let points = |side: &str| {
        (!side.is_empty() && side.bytes().all(|c| c.is_ascii_digit()))
            .then(|| side.parse().ok())
            .flatten()
    };
    Some((points(a)?, points(b)?))
}

/// Whether a place's name is a town's or a state's, which a club may be named after; not a
/// country's, nor England's, Scotland's or Wales's, whose sides CoNLL-2003 marks as places.
fn is_town_or_state(text: &str, gazetteer: &Gazetteer) -> bool {
    place_named(gazetteer, text).is_some_and(|place| {
        place.kind == PlaceKind::City || (place.kind == PlaceKind::State && place.country != "GB")
    })
}

/// Last words of British clubs' names: "West Ham United", "Wolverhampton Wanderers",
/// "Blackburn Rovers". In CoNLL-2003's training text and eng.testa every name ending in one
/// is an organization.
const CLUB_NAME_ENDINGS: &[&str] = &[
    "United",
    "Wanderers",
    "Rovers",
    "Athletic",
    "Albion",
    "Hotspur",
    "Rangers",
    "Argyle",
];

/// First words of clubs' names before their town: "Maccabi Tel Aviv", "Olympique
/// Marseille", "Borussia Dortmund". In CoNLL-2003's training text and eng.testa every name
/// so opening is an organization.
const CLUB_NAME_OPENINGS: &[&str] = &[
    "Maccabi",
    "Hapoel",
    "Beitar",
    "Bnei",
    "Dinamo",
    "Dynamo",
    "Spartak",
    "Lokomotiv",
    "CSKA",
    "Torpedo",
    "Zenit",
    "Shakhtar",
    "Steaua",
    "Slavia",
    "Sparta",
    "Legia",
    "Wisla",
    "Borussia",
    "Fortuna",
    "Eintracht",
    "Werder",
    "Hertha",
    "VfB",
    "VfL",
    "PSV",
    "Atletico",
    "Deportivo",
    "Olympique",
    "Cercle",
    "Rapid",
    "Real",
    "Sporting",
    "Inter",
    "Hajduk",
    "Partizan",
];

/// Formula One's teams, named after their makers and founders: "his Mercedes team",
/// "Williams reserve Jack Aitken", a place and a person to the tagger.
const FORMULA_ONE_TEAMS: &[&[&str]] = &[
    &["Mercedes"],
    &["Williams"],
    &["Ferrari"],
    &["McLaren"],
    &["Renault"],
    &["Haas"],
    &["AlphaTauri"],
    &["Alpine"],
    &["Sauber"],
    &["Benetton"],
    &["Jordan"],
    &["Minardi"],
    &["Ligier"],
    &["Tyrrell"],
    &["Arrows"],
    &["Lotus"],
    &["Red", "Bull"],
    &["Racing", "Point"],
    &["Alfa", "Romeo"],
    &["Aston", "Martin"],
    &["Toro", "Rosso"],
    &["Force", "India"],
];

/// In a story of Formula One (it names "Formula One", "F1" or a "Grand Prix", or its
/// headline opens "MOTOR RACING -"), a team's name alone is the team, an organization, as
/// CoNLL-2003 marks "Benetton" (15 of 15) and "Williams" in motor racing.
fn formula_one_teams(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
) {
    let motor_racing_heading = super::features::headline_heading(sentences).is_some_and(|sport| {
        ["MOTOR RACING", "FORMULA ONE", "F1"]
            .iter()
            .any(|name| name.eq_ignore_ascii_case(&sport))
    });
    let motor_racing = motor_racing_heading
        || sentences.iter().any(|words| {
            words
                .windows(2)
                .any(|pair| matches!(pair, ["Formula", "One" | "1"] | ["Grand", "Prix"]))
                || words.contains(&"F1")
        });
    if !motor_racing {
        return;
    }
    let organization = type_index("ORG");
    for ((words, names), changed) in sentences.iter().zip(names_of_document).zip(changed) {
        for (start, end, kind) in names.iter_mut() {
            let team = FORMULA_ONE_TEAMS.contains(&&words[*start..*end]);
            if team && *kind != organization {
                *kind = organization;
                *changed = true;
            }
        }
    }
}

/// First words of clubs' names before their town in a sports story only: "Union Berlin",
/// "Racing Santander", "Athletic Bilbao", "Celta Vigo", "RB Leipzig", "Standard Liege";
/// elsewhere "Union Square", "Union County", "Royal Ascot" are not clubs. In CoNLL-2003's
/// training text and eng.testa 46 of 48 names so opening are organizations.
const SPORTS_CLUB_NAME_OPENINGS: &[&str] = &[
    "Union", "Racing", "Athletic", "Celta", "Hellas", "Rayo", "Stade", "Standard", "Royal", "Club",
    "RB", "Bayer", "AC", "AS", "FC", "SC", "SS", "TSG",
];

/// A club's first word (`CLUB_NAME_OPENINGS`, and `SPORTS_CLUB_NAME_OPENINGS` in a sports
/// story) and the town's name after it are the club: "Maccabi Tel Aviv", where the tagger
/// had the town only, "Olympique Marseille", which it read as a person, "held at Union
/// Berlin", a place.
fn clubs_by_their_first_word(
    words: &[&str],
    names: &mut Names,
    sports: bool,
    gazetteer: &Gazetteer,
) -> bool {
    let organization = type_index("ORG");
    let mut changed = false;
    for (opening, word) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
        // A sports club's opening before a town the gazetteer knows: not "Union Square".
        let sports_club = || {
            // In a headline's capitals "AS" is a word: "... AS SEATTLE ROUTS ORIOLES".
            sports
                && word.starts_with(char::is_uppercase)
                && SPORTS_CLUB_NAME_OPENINGS.contains(word)
                && words[opening + 1].chars().any(char::is_lowercase)
                && place_named(gazetteer, words[opening + 1])
                    .is_some_and(|place| place.kind == PlaceKind::City)
        };
        // Every opening is capitalized, and every change below needs a name over the word
        // after it: the cheap tests first, over every word.
        if !word.starts_with(char::is_uppercase)
            || !is_named(names, opening + 1)
            || (!CLUB_NAME_OPENINGS.contains(word) && !sports_club())
        {
            continue;
        }
        let own = names
            .iter()
            .position(|&(s, e, _)| s <= opening && opening < e);
        let town = names.iter().position(|&(s, _, _)| s == opening + 1);
        match (own, town) {
            // One name already: the club's, whatever the tagger called it.
            (Some(n), _) if names[n].1 > opening + 1 && names[n].2 != organization => {
                names[n].2 = organization;
                changed = true;
            }
            (Some(n), _) if names[n].1 > opening + 1 => {}
            // The opening named alone before the town.
            (Some(n), Some(m)) => {
                names[n] = (names[n].0, names[m].1, organization);
                names.remove(m);
                changed = true;
            }
            // The opening left out.
            (None, Some(m)) => {
                names[m] = (opening, names[m].1, organization);
                changed = true;
            }
            _ => {}
        }
    }
    changed
}

/// Whether a word is one of `CLUB_NAME_ENDINGS`, in title case or in a headline's capitals.
fn is_club_name_ending(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && CLUB_NAME_ENDINGS
            .iter()
            .any(|ending| ending.eq_ignore_ascii_case(word))
}

/// A name ending in a club's last word is the club: "West Ham United", which the tagger
/// read as a place; a town with such a word left after it runs on into it ("Wolverhampton
/// Wanderers").
fn clubs_by_their_last_word(words: &[&str], names: &mut Names) -> bool {
    let mut changed = false;
    for n in 0..names.len() {
        let (start, end, kind) = names[n];
        // Left out, or taken for a name of its own; not the first word of a longer one
        // ("in Britain United Nations").
        let ending_after = words.get(end).is_some_and(|w| is_club_name_ending(w))
            && names
                .get(n + 1)
                .is_none_or(|&(s, e, _)| s > end || e == end + 1);
        let extended = ending_after && kind != type_index("PER");
        let end = if extended { end + 1 } else { end };
        let club = end - start >= 2 && is_club_name_ending(words[end - 1]);
        if club && (extended || kind != type_index("ORG")) {
            names[n] = (start, end, type_index("ORG"));
            changed = true;
        }
    }
    // An ending the tagger had taken for a name of its own is now its club's.
    names.dedup_by(|next, club| next.0 < club.1);
    changed
}

/// The nicknames of North American league teams (NFL, NBA, MLB, NHL, MLS) and of a few
/// national rugby sides, which news uses alone: "the Packers", "the Red Sox". Written down
/// from the leagues' public team lists. Plural ones only: "the Heat" or "the Magic" is as
/// often the weather or a trick. Nicknames that are also a people's name ("Indians",
/// "Texans") or a sport's ("Athletics") are left out.
const TEAM_NICKNAMES: &[&str] = &[
    // NFL
    "Cardinals",
    "Falcons",
    "Ravens",
    "Bills",
    "Panthers",
    "Bears",
    "Bengals",
    "Browns",
    "Cowboys",
    "Broncos",
    "Lions",
    "Packers",
    "Colts",
    "Jaguars",
    "Chiefs",
    "Raiders",
    "Chargers",
    "Rams",
    "Dolphins",
    "Vikings",
    "Patriots",
    "Saints",
    "Giants",
    "Jets",
    "Eagles",
    "Steelers",
    "49ers",
    "Seahawks",
    "Buccaneers",
    "Titans",
    "Commanders",
    "Redskins",
    // NBA
    "Hawks",
    "Celtics",
    "Nets",
    "Hornets",
    "Bulls",
    "Cavaliers",
    "Mavericks",
    "Nuggets",
    "Pistons",
    "Warriors",
    "Rockets",
    "Pacers",
    "Clippers",
    "Lakers",
    "Grizzlies",
    "Bucks",
    "Timberwolves",
    "Pelicans",
    "Knicks",
    "76ers",
    "Sixers",
    "Suns",
    "Trail Blazers",
    "Spurs",
    "Raptors",
    "Wizards",
    // MLB
    "Diamondbacks",
    "Braves",
    "Orioles",
    "Red Sox",
    "Cubs",
    "White Sox",
    "Reds",
    "Guardians",
    "Rockies",
    "Tigers",
    "Astros",
    "Royals",
    "Dodgers",
    "Marlins",
    "Brewers",
    "Twins",
    "Mets",
    "Yankees",
    "Angels",
    "Phillies",
    "Pirates",
    "Padres",
    "Mariners",
    "Rays",
    "Rangers",
    "Blue Jays",
    "Nationals",
    "Expos",
    // NHL
    "Bruins",
    "Sabres",
    "Flames",
    "Hurricanes",
    "Blackhawks",
    "Blue Jackets",
    "Red Wings",
    "Oilers",
    "Predators",
    "Flyers",
    "Penguins",
    "Sharks",
    "Maple Leafs",
    "Canucks",
    "Golden Knights",
    "Capitals",
    // MLS
    "Sounders",
    "Timbers",
    "Whitecaps",
    "Earthquakes",
    "Red Bulls",
    // Football clubs' short names in English headlines
    "Man Utd",
    "Man United",
    "Man City",
    // Rugby
    "All Blacks",
    "Wallabies",
    "Springboks",
    "Pumas",
];

/// The number of words (one or two) of the team nickname that opens at word `start`, if
/// one does, as written or in a headline's capitals ("ORIOLES SNEAK PAST ANGELS").
fn nickname_length_at(words: &[&str], start: usize) -> Option<usize> {
    let in_capitals = |word: &str, part: &str| {
        word.len() == part.len()
            && word.eq_ignore_ascii_case(part)
            && !word.chars().any(char::is_lowercase)
    };
    let first = words[start];
    // The cheap tests first: this runs over every word of a sports story. Every nickname
    // is plural, or opens with a colour or another of a few words.
    let plural = first.ends_with(['s', 'S']);
    if !first.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
        || !(plural
            || [
                "Red", "White", "Blue", "Trail", "Maple", "Golden", "All", "Man",
            ]
            .iter()
            .any(|head| head.eq_ignore_ascii_case(first)))
    {
        return None;
    }
    let first_byte = *first.as_bytes().first()?;
    TEAM_NICKNAMES.iter().find_map(|nickname| {
        // The first letter first: most of the 111 nicknames differ there.
        if !nickname
            .as_bytes()
            .first()
            .is_some_and(|b| b.eq_ignore_ascii_case(&first_byte))
        {
            return None;
        }
        // The head is as long as the word, a token, which holds no space: no split needed.
        let head = nickname.get(..first.len())?;
        if !(first == head || in_capitals(first, head)) {
            return None;
        }
        let rest = &nickname[first.len()..];
        if rest.is_empty() {
            return Some(1);
        }
        let tail = rest.strip_prefix(' ')?;
        let second = words.get(start + 1)?;
        (*second == tail || in_capitals(second, tail)).then_some(2)
    })
}

/// In a sports story a team's nickname names the team, alone ("the Packers beat the
/// Buccaneers") or after its town ("Tampa Bay Buccaneers", which the tagger read as the
/// town and left the nickname out). In CoNLL-2003's training text and eng.testa these
/// nicknames are organizations 267 times out of 269.
fn teams_by_their_nickname(words: &[&str], names: &mut Names) -> bool {
    let organization = type_index("ORG");
    let mut changed = false;
    let mut start = 0;
    while start < words.len() {
        let Some(length) = nickname_length_at(words, start) else {
            start += 1;
            continue;
        };
        let end = start + length;
        let covering = names.iter().position(|&(s, e, _)| s < end && start < e);
        match covering {
            // Named alone or after its town: the team. A longer name stays as it is
            // ("Lions Gate Entertainment").
            Some(n) if names[n].1 == end && names[n].0 >= start.saturating_sub(3) => {
                if names[n].2 != organization {
                    names[n].2 = organization;
                    changed = true;
                }
            }
            Some(_) => {}
            // The head of a longer name the tagger left out ("Lions Gate Entertainment"),
            // where capitals mark names.
            None if capitalized_at(words, end) && in_normal_case(words) => {}
            None => {
                // Its town, named just before, is part of its name.
                match names.iter_mut().find(|(_, e, kind)| {
                    *e == start && *kind != type_index("PER") && *kind != type_index("MISC")
                }) {
                    Some(town) => *town = (town.0, end, organization),
                    None => {
                        names.push((start, end, organization));
                        names.sort_unstable();
                    }
                }
                changed = true;
            }
        }
        start = end;
    }
    changed
}

/// In a sports story, a town or a state joined by "and" or "or" to a team is a team too
/// ("Alabama and Ohio State will meet"): two names so joined in CoNLL-2003's training text
/// are of one type 392 times out of 448. A country stays a place, and so does a town ending
/// a list of places.
fn towns_beside_teams(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let town_or_state =
        |start: usize, end: usize| is_town_or_state(&words[start..end].join(" "), gazetteer);
    let (place, team) = (type_index("LOC"), type_index("ORG"));
    let mut changed = false;
    for n in 1..names.len() {
        let ((first_start, first_end, first), (second_start, second_end, second)) =
            (names[n - 1], names[n]);
        // Two names alone, not the end of a list ("tests in Tel Aviv , Chicago and Athens").
        let listed = first_start > 0 && words[first_start - 1] == ",";
        if listed || !matches!(&words[first_end..second_start], ["and" | "or"]) {
            continue;
        }
        if first == place && second == team && town_or_state(first_start, first_end) {
            names[n - 1].2 = team;
            changed = true;
        } else if first == team && second == place && town_or_state(second_start, second_end) {
            names[n].2 = team;
            changed = true;
        }
    }
    changed
}

/// In a sports story, a town or a state that wins, loses or has a score is its team, as
/// CoNLL-2003 marks clubs named after their towns ("Tennessee beat Missouri 35-12",
/// "lost to Seattle", "fell to Indiana", "a game against Maryland", "Tennessee coach Jeremy Pruitt": no place stands before "coach"
/// there), that has a coach or deals in players ("Napoli , coached by", "Barcelona sold
/// Ousmane Dembele"), and so is one a poll ranks ("No. 2 Alabama", "top-ranked Kansas", "No. 12
/// Georgia", a US state's name before the country's). A country stays a place: CoNLL marks national teams so (and the English, Scottish and Welsh
/// sides); so does a name the gazetteer cannot place ("Congo"), and the venue of "in
/// Windhoek 6-0".
fn towns_playing_are_teams(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    const BEATEN_AFTER: &[&str] = &[
        "beat", "defeated", "edged", "routed", "blanked", "downed", "crushed", "thrashed",
    ];
    retype(names, |start, end, kind| {
        if kind != type_index("LOC") {
            return None;
        }
        let after = words.get(end).copied().unwrap_or("");
        let score = score_points(after).is_some();
        // "lost to Seattle", "a defeat by Leeds"; not "a 9-5 victory over Seattle", which
        // CoNLL-2003 marks as a place both times it has one.
        let beaten_by = start > 1
            && match words[start - 1] {
                "to" => matches!(words[start - 2], "lost" | "loss" | "defeat" | "fell"),
                // "held 1-1 by Brighton", "beaten 3-0 by Lecce".
                "by" => words[start - 2] == "defeat" || score_points(words[start - 2]).is_some(),
                // "its game against Maryland", "won against Leeds".
                "against" => true,
                // "Coastal Carolina held off Georgia State".
                "off" => words[start - 2] == "held",
                _ => false,
            };
        // "Tennessee coach Jeremy Pruitt": a town's coach is its team's; so is a coach
        // after it ("Napoli , coached by Luciano Spalletti").
        let coached = matches!(after, "coach" | "quarterback" | "goalkeeper")
            || matches!(
                words.get(end..end + 3),
                Some([",", "coached" | "managed", "by"])
            );
        // "Barcelona sold Ousmane Dembele": a club deals in players, named after the verb.
        let dealt = matches!(after, "signed" | "sold" | "bought" | "sacked")
            && words
                .get(end + 1)
                .is_some_and(|player| player.starts_with(char::is_uppercase));
        // "No. 2 Alabama", "top-ranked Kansas": a poll ranks teams, and players, whom the
        // tagger does not take for places.
        let ranked = (start >= 2
            && matches!(words[start - 2], "No." | "no.")
            && words[start - 1].parse::<u32>().is_ok_and(|rank| rank <= 25))
            || (start >= 1 && words[start - 1].ends_with("-ranked"));
        // "Liverpool were held 1-1 by Brighton", "Leeds were beaten".
        let beaten = matches!(
            words.get(end..end + 2),
            Some([
                "were" | "was",
                "held" | "beaten" | "defeated" | "thrashed" | "edged" | "routed"
            ])
        );
        let played = RESULT_VERBS.contains(&after)
            || beaten
            || score
            || beaten_by
            || coached
            || dealt
            || ranked
            || (start > 0 && BEATEN_AFTER.contains(&words[start - 1]));
        // "won the second leg in Windhoek 6-0": the venue.
        let venue = start > 0 && matches!(words[start - 1], "in" | "at");
        if !played || venue {
            return None;
        }
        let text = words[start..end].join(" ");
        // A poll ranks the Georgia of US college sport, not the country.
        let ranked_state = ranked && crate::extract::abbreviations::is_us_state_name(&text);
        // "Georgia State": a state's university, which no gazetteer places.
        let state_university = text
            .strip_suffix(" State")
            .is_some_and(crate::extract::abbreviations::is_us_state_name);
        (ranked_state || state_university || is_town_or_state(&text, gazetteer))
            .then(|| type_index("ORG"))
    })
}

/// In a sports story, a town or a state that opens a row of figures, at the start of a
/// line or after a bracket or a figure, is a team: a line of a results table or of the
/// standings ("Richmond 28.19 ( 187 ) Melbourne 11.12 ( 78 )", "Richmond 21 11 0"). Of
/// the names so placed in CoNLL-2003's training text, 1,718 are organizations and 24
/// places, those countries (national sides, which stay places) or the markets of price
/// tables.
fn towns_in_rows_of_figures_are_teams(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let is_figure = |word: &str| {
        let (whole, fraction) = word.split_once('.').unwrap_or((word, "0"));
        !whole.is_empty()
            && !fraction.is_empty()
            && whole.chars().all(|c| c.is_ascii_digit())
            && fraction.chars().all(|c| c.is_ascii_digit())
    };
    retype(names, |start, end, kind| {
        let opens_row = start == 0 || words[start - 1] == ")" || is_figure(words[start - 1]);
        let figure_follows = words.get(end).is_some_and(|w| is_figure(w));
        let town = kind == type_index("LOC")
            && opens_row
            && figure_follows
            && is_town_or_state(&words[start..end].join(" "), gazetteer);
        town.then(|| type_index("ORG"))
    })
}

/// Outside sport, a town the gazetteer knows that opens a line of figures is a place: a
/// market in a table of prices ("Indore 25 Yellow 12,750-12,950", "Havre MT 4.54 dn .10",
/// "Hamburg 21,240 down 3.5"), which the tagger, trained on many more standings, took for
/// a team. A company listed as one keeps its type.
fn towns_opening_rows_of_figures_are_places(
    words: &[&str],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let is_figure = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    };
    let [(0, end, kind), ..] = names[..] else {
        return false;
    };
    // The figures may follow a US state's code: "Havre MT 4.54".
    let state_code = words
        .get(end)
        .is_some_and(|w| w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase()));
    let figure_at = end + usize::from(state_code);
    // A price's row says which way it moved or has thousands ("down 3.5", "dn .10",
    // "2,292.9", "+18.3", "12,700-12,950"), and names nothing more; a result ("Empoli 1 Milan 1") names
    // its other side, and standings are figures only ("Brisbane 21 15 1 5 2123").
    let priced = words[figure_at.min(words.len())..].iter().any(|w| {
        w.starts_with(char::is_lowercase)
            || w.starts_with('+')
            || (w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(','))
    });
    let names_nothing_more = names[1..]
        .iter()
        .all(|&(_, _, kind)| kind == type_index("MISC"));
    let text = words[..end].join(" ");
    let market = kind == type_index("ORG")
        && priced
        && names_nothing_more
        && words.get(figure_at).is_some_and(|w| is_figure(w))
        && is_town_or_state(&text, gazetteer)
        && gazetteer.name_lists(&text) & (LIST_ORGANIZATION | LIST_BRAND) == 0;
    if !market {
        return false;
    }
    names[0].2 = type_index("LOC");
    true
}

/// In a sports story, a line that is one result, "Home 2 Away 1" (then at most the
/// scorers in brackets), names two teams: of the names so placed in CoNLL-2003's training
/// text, 610 pairs are clubs and 4 countries (which stay places); the tagger took some
/// clubs for people ("Otelul Galati 1 F.C. Arges 0"). Polls have the same shape with
/// people ("Clinton 49 Dole 41"), so only a sports story counts.
fn results_lines_are_teams(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let is_score = |word: &&str| is_whole_number(word);
    let [(0, home_end, _), (away_start, away_end, _), ..] = names[..] else {
        return false;
    };
    let result_line = away_start == home_end + 1
        && words.get(home_end).is_some_and(is_score)
        && words.get(away_end).is_some_and(is_score)
        && matches!(words.get(away_end + 1), None | Some(&"(") | Some(&"."));
    if !result_line {
        return false;
    }
    let mut changed = false;
    for (start, end, kind) in names.iter_mut().take(2) {
        // A "place" no gazetteer knows is a club too: "PITTSBURGH 5 Tampa Bay 2".
        let team = *kind == type_index("PER")
            || *kind == type_index("MISC")
            || (*kind == type_index("LOC") && {
                let name = words[*start..*end].join(" ");
                is_town_or_state(&name, gazetteer) || place_named(gazetteer, &name).is_none()
            });
        if team {
            *kind = type_index("ORG");
            changed = true;
        }
    }
    changed
}

/// A US town and its state's postal code, run into one name ("Portland OR", "Billings
/// MT" in a table of grain prices), are two places, as CoNLL-2003 marks them.
fn split_towns_from_state_codes(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let place = type_index("LOC");
    let mut changed = false;
    let mut split: Names = Vec::with_capacity(names.len());
    for &(start, end, kind) in names.iter() {
        let code = words[end - 1];
        let state = (end - start >= 2)
            .then(|| gazetteer.us_state_by_code(code))
            .flatten();
        let town = state.and_then(|_| {
            gazetteer
                .resolve_within(&words[start..end - 1].join(" "), "US")
                .filter(|town| town.kind == PlaceKind::City)
        });
        if town.is_some() {
            split.push((start, end - 1, place));
            split.push((end - 1, end, place));
            changed = true;
        } else {
            split.push((start, end, kind));
        }
    }
    *names = split;
    changed
}

/// A "person" or "organization" the gazetteer knows as a place, before a possessive and
/// the head of a place's government, is that place: "Lombardy 's governor Attilio
/// Fontana", "Victoria 's premier Daniel Andrews" (a cricket side to the tagger where the
/// article names a sport). In CoNLL-2003's training text and eng.testa no person or
/// organization stands before a possessive and these words.
/// So is a country or state the tagger took for a body or a team right before the title,
/// in sport too ("Wisconsin Governor Tony Evers", "Colorado governor"): CoNLL-2003 marks
/// the 3 such names in its training text and eng.testa places.
fn places_owning_their_governors(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let head_of_government = |w: Option<&&str>| {
        matches!(
            w,
            Some(&("governor" | "mayor" | "premier" | "Governor" | "Mayor" | "Premier"))
        )
    };
    retype(names, |start, end, kind| {
        let possessive = words.get(end).is_some_and(|w| is_possessive(w));
        let owned =
            possessive && head_of_government(words.get(end + 1)) && kind != type_index("LOC");
        let titled = !possessive && head_of_government(words.get(end)) && kind != type_index("LOC");
        if !owned && !titled {
            return None;
        }
        let name = words[start..end].join(" ");
        let place = if owned {
            place_named(gazetteer, &name).is_some()
        } else {
            !gazetteer.is_demonym(&name)
                && place_named(gazetteer, &name)
                    .is_some_and(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::State))
        };
        place.then(|| type_index("LOC"))
    })
}

/// Words the tagger left out that the gazetteer knows as a country, a state or a region,
/// and no list as anything else, are that place: "Crimea was annexed", "Punjab Chief
/// Minister Amarinder Singh", "fighting in North Kivu". Towns are left to the tagger: many
/// are surnames or common words elsewhere ("Bush", "Split"). The words stand alone, or
/// before an office; a capital either side would make them part of a longer name. In
/// CoNLL-2003's training text and eng.testa the tagger leaves out 15 such names and no
/// word of another type.
fn regions_left_out(
    words: &[&str],
    views: &[TokenView],
    names: &mut Names,
    gazetteer: &Gazetteer,
) -> bool {
    let title_case = |k: usize| {
        words[k].starts_with(char::is_uppercase)
            && words[k].split('-').all(is_title_case)
            && !views[k].mostly_lower_case()
            && !is_named(names, k)
    };
    let mut found: Names = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let open_before = k > 0
            && words[k - 1].starts_with(char::is_uppercase)
            && (k > 1 || !views[k - 1].mostly_lower_case());
        if !title_case(k) || open_before {
            k += 1;
            continue;
        }
        let longest = (k..words.len().min(k + 3))
            .take_while(|&j| title_case(j))
            .count();
        let region = (1..=longest).rev().find(|&length| {
            let end = k + length;
            let alone = words.get(end).is_none_or(|w| {
                !w.starts_with(char::is_uppercase) || OFFICES_BEFORE_NAMES.contains(w)
            });
            // The cheap test first: most title-case words the tagger left out open sentences.
            if !alone {
                return false;
            }
            let name = words[k..end].join(" ");
            gazetteer.name_lists(&name) & !LIST_PLACE == 0
                && place_named(gazetteer, &name).is_some_and(|place| place.kind != PlaceKind::City)
        });
        match region {
            Some(length) => {
                found.push((k, k + length, type_index("LOC")));
                k += length;
            }
            None => k += 1,
        }
    }
    if found.is_empty() {
        return false;
    }
    names.append(&mut found);
    names.sort_unstable();
    true
}

/// A name followed by a comma and its country or state, then a pause, is a place: the town
/// of an address or a dateline ("Hampshire , England ;", "ST HELENS , England", "Eau
/// Claire , Wisc ."). All 53 such names in CoNLL-2003's training text are places.
fn places_before_their_region(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    for n in 0..names.len().saturating_sub(1) {
        let (start, end, kind) = names[n];
        let (next, next_end, _) = names[n + 1];
        if kind == type_index("LOC") || next != end + 1 || words[end] != "," {
            continue;
        }
        let pause = words
            .get(next_end)
            .is_none_or(|w| matches!(*w, "," | ";" | "." | ")"));
        let region = place_named(gazetteer, &words[next..next_end].join(" "))
            .is_some_and(|place| matches!(place.kind, PlaceKind::Country | PlaceKind::State));
        if pause && region {
            names[n] = (start, end, type_index("LOC"));
            changed = true;
        }
    }
    changed
}

/// The index of the ")" closing a "(" at `open`, at most four words on ("( Faroe Islands )").
fn bracket_after(words: &[&str], open: usize) -> Option<usize> {
    if words.get(open) != Some(&"(") {
        return None;
    }
    (open + 1..words.len().min(open + 5)).find(|&k| words[k] == ")")
}

/// The country or state (a US state, a nation of the UK…) `words` name, if any.
fn country_or_state<'g>(words: &[&str], gazetteer: &'g Gazetteer) -> Option<&'g Entry> {
    place_named(gazetteer, &words.join(" "))
        .filter(|place| matches!(place.kind, PlaceKind::Country | PlaceKind::State))
}

/// A name never runs over a bracket around a country: "Olimpija ( Slovenia" is the club,
/// then its country.
fn split_at_brackets(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        let Some(open) = (start..end).find(|&k| matches!(words[k], "(" | ")")) else {
            n += 1;
            continue;
        };
        let inside = (open + 1..end)
            .take_while(|&k| !matches!(words[k], "(" | ")"))
            .last()
            .map(|last| (open + 1, last + 1))
            .filter(|&(from, to)| country_or_state(&words[from..to], gazetteer).is_some());
        // Only a country or state in the bracket says where the name ends; other runs over
        // brackets ("S.P.A. > ( Giuliani Group") are left to the steps after.
        let Some((from, to)) = inside else {
            n += 1;
            continue;
        };
        changed = true;
        names[n] = (from, to, type_index("LOC"));
        if open > start {
            names.insert(n, (start, open, kind));
            n += 1;
        }
        n += 1;
    }
    changed
}

/// In a sports story, "Ferencvaros of Hungary" is a club and its country, two names; a
/// body named for its country stays one ("Football Association of Ireland", "Bank of
/// Finland", "United News of India"): the word before "of" is then a body's head word or
/// a news service's.
fn split_team_and_country(words: &[&str], names: &mut Names, gazetteer: &Gazetteer) -> bool {
    const NEWS_HEADS: &[&str] = &["News", "Press", "Agency", "Radio", "Television"];
    let mut changed = false;
    let mut n = 0;
    while n < names.len() {
        let (start, end, kind) = names[n];
        let of = (start + 1..end.saturating_sub(1))
            .rev()
            .find(|&k| words[k] == "of");
        let split = of.filter(|&at| {
            kind == type_index("ORG")
                && !crate::extract::is_generic_organization_word(words[at - 1])
                && !NEWS_HEADS.contains(&words[at - 1])
                && names_a_country(gazetteer, &words[at + 1..end])
        });
        if let Some(at) = split {
            names[n] = (start, at, kind);
            names.insert(n + 1, (at + 1, end, type_index("LOC")));
            changed = true;
            n += 1;
        }
        n += 1;
    }
    changed
}

/// Splits a name the tagger ran over "and" into the two names it joins, when each side is a
/// name of its own: one the article names alone elsewhere ("Noranda Forest and Mead" beside
/// "Noranda Forest" and "Mead Corp"), or a place or organization the lists know ("New York
/// and Bogota"). A name the lists know whole stays whole ("Trinidad and Tobago"), and so
/// does one whose sides are no names ("Securities and Exchange Commission"). A side takes
/// the type the article or the lists give it. A slash is left alone: "CDU / CSU" and "Bodo
/// / Glimt" are one name each.
fn split_joined_names(
    sentences: &[Vec<&str>],
    names_of_document: &mut [Names],
    changed: &mut [bool],
    gazetteer: &Gazetteer,
) {
    let joined = |words: &[&str], (start, end): (usize, usize)| {
        (start + 1..end.saturating_sub(1)).find(|&k| words[k] == "and")
    };
    if !names_of_document
        .iter()
        .zip(sentences)
        .any(|(spans, words)| {
            spans
                .iter()
                .any(|&(s, e, _)| joined(words, (s, e)).is_some())
        })
    {
        return;
    }
    // The names the article gives alone, by their words: whole, and by their first words
    // ("Mead" of "Mead Corp").
    let mut alone: HashMap<String, usize> = HashMap::new();
    for (spans, words) in names_of_document.iter().zip(sentences) {
        for &(start, end, kind) in spans {
            if joined(words, (start, end)).is_some() {
                continue;
            }
            for stop in start + 1..=end {
                alone.entry(words[start..stop].join(" ")).or_insert(kind);
            }
        }
    }
    let side_type = |side: &[&str]| -> Option<usize> {
        let text = side.join(" ");
        if let Some(&kind) = alone.get(&text) {
            return Some(kind);
        }
        // "Ohio State and Notre Dame": a US state's university, as news names it.
        let state_university = matches!(side, [state @ .., "State"]
            if crate::extract::abbreviations::is_us_state_name(&state.join(" ")));
        let lists = gazetteer.name_lists(&text);
        // A place by its feature's word: "the Rocky Mountains and Argentina".
        let feature =
            side.len() >= 2 && side.last().is_some_and(|w| PLACE_FEATURE_WORDS.contains(w));
        if lists & LIST_PLACE != 0 || feature {
            Some(type_index("LOC"))
        } else if state_university || lists & (LIST_ORGANIZATION | LIST_BRAND) != 0 {
            Some(type_index("ORG"))
        } else {
            None
        }
    };
    for ((names, words), changed) in names_of_document
        .iter_mut()
        .zip(sentences)
        .zip(changed.iter_mut())
    {
        let mut split = Vec::with_capacity(names.len());
        let mut split_any = false;
        for &(start, end, kind) in names.iter() {
            let halves = joined(words, (start, end)).and_then(|at| {
                let whole = words[start..end].join(" ");
                // "Trinidad and Tobago", "Serbia and Montenegro": a name the lists or the
                // gazetteer know whole.
                if gazetteer.name_lists(&whole) != 0 || place_named(gazetteer, &whole).is_some() {
                    return None;
                }
                // Two names each ending in a legal form are two companies ("Microsoft Corp.
                // and International Business Machines Corp."); "Co Inc" alone is none
                // ("Morgan Stanley and Co Inc").
                let is_legal_form = |w: &&str| crate::extract::is_legal_form(w);
                let company = |side: &[&str]| {
                    side.len() >= 2
                        && side.last().is_some_and(is_legal_form)
                        && !side.first().is_some_and(is_legal_form)
                };
                let (left, right) = (&words[start..at], &words[at + 1..end]);
                if company(left) && company(right) {
                    let organization = type_index("ORG");
                    return Some(((start, at, organization), (at + 1, end, organization)));
                }
                Some((
                    (start, at, side_type(left)?),
                    (at + 1, end, side_type(right)?),
                ))
            });
            match halves {
                Some((left, right)) => {
                    split.extend([left, right]);
                    split_any = true;
                }
                None => split.push((start, end, kind)),
            }
        }
        if split_any {
            *names = split;
            *changed = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The types of a sentence's names, by name ("PER", "ORG"…).
    fn kinds(names: &Names) -> Vec<&'static str> {
        names.iter().map(|&(_, _, t)| TYPES[t - 1]).collect()
    }

    #[test]
    fn a_name_run_over_and_splits_where_each_side_is_a_name_of_its_own() {
        let gazetteer = Gazetteer::load();
        let sentences: Vec<Vec<&str>> = vec![
            "Noranda Forest Inc will buy Northwood from Mead Corp ."
                .split(' ')
                .collect(),
            "Noranda Forest and Mead each own half ."
                .split(' ')
                .collect(),
            "The cities of New York and Bogota .".split(' ').collect(),
            "The Securities and Exchange Commission agreed ."
                .split(' ')
                .collect(),
            "Trinidad and Tobago won .".split(' ').collect(),
            "Microsoft Corp and Apple Computer Inc , Morgan Stanley and Co Inc"
                .split(' ')
                .collect(),
            "Ohio State and Notre Dame won".split(' ').collect(),
            "in the Rocky Mountains and Argentina".split(' ').collect(),
        ];
        // As the tagger might have it: each "and" inside one name.
        let mut labels = [
            bilou(10, &[(0, 3, 3), (7, 9, 3)]),
            bilou(8, &[(0, 4, 3)]),
            bilou(7, &[(3, 7, 3)]),
            bilou(6, &[(1, 5, 3)]),
            bilou(5, &[(0, 3, 2)]),
            bilou(12, &[(0, 6, 3), (7, 12, 3)]),
            bilou(6, &[(0, 5, 3)]),
            bilou(6, &[(2, 6, 3)]),
        ];
        let mut names: Vec<Names> = labels.iter().map(|l| spans(l)).collect();
        let mut changed = vec![false; names.len()];
        split_joined_names(&sentences, &mut names, &mut changed, &gazetteer);
        for (labels, names) in labels.iter_mut().zip(&names) {
            *labels = bilou(labels.len(), names);
        }
        assert_eq!(spans(&labels[1]), [(0, 2, 3), (3, 4, 3)]);
        assert_eq!(spans(&labels[2]), [(3, 5, 2), (6, 7, 2)]);
        // Two companies' names in legal form split; "and Co Inc" is no company of its own.
        assert_eq!(spans(&labels[5]), [(0, 2, 3), (3, 6, 3), (7, 12, 3)]);
        assert_eq!(spans(&labels[3]), [(1, 5, 3)]);
        assert_eq!(spans(&labels[4]), [(0, 3, 2)]);
        // A US state's university, and a listed one.
        assert_eq!(spans(&labels[6]), [(0, 2, 3), (3, 5, 3)]);
        // A place by its feature's word, and a country.
        assert_eq!(spans(&labels[7]), [(2, 4, 2), (5, 6, 2)]);
    }

    #[test]
    fn a_stadium_street_or_bank_named_in_its_own_language_is_one_name() {
        let words: Vec<&str> = "Bayern won at the Estadio da Luz on Avenida de Mayo ."
            .split(' ')
            .collect();
        // As the tagger had it: two people, and a MISC word before a person.
        let mut names: Names = vec![(0, 1, 3), (4, 5, 1), (6, 7, 1), (8, 9, 4), (9, 11, 1)];
        assert!(foreign_names_by_their_first_word(&words, &mut names));
        assert_eq!(names, [(0, 1, 3), (4, 7, 2), (8, 11, 2)]);
        assert!(!foreign_names_by_their_first_word(&words, &mut names));
        // A bank: a MISC word and an organization to the tagger.
        let words: Vec<&str> = "Salameh has led Banque du Liban since 1993"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 1), (3, 4, 4), (4, 6, 3)];
        assert!(foreign_names_by_their_first_word(&words, &mut names));
        assert_eq!(names, [(0, 1, 1), (3, 6, 3)]);
        // Armed groups named in Arabic, over the article; a given name needs the article.
        let words: Vec<&str> = "Hayat Tahrir al-Sham , Jaish al-Adl and Hayat Sindi"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 1), (4, 5, 2), (7, 9, 1)];
        assert!(foreign_names_by_their_first_word(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (4, 6, 3), (7, 9, 1)]);
    }

    #[test]
    fn bodies_the_tagger_took_for_places_or_events_are_organizations() {
        let gazetteer = Gazetteer::load();
        let (place, org) = (type_index("LOC"), type_index("ORG"));
        let words: Vec<&str> =
            "the United States Tennis Association and the Soviet Union and the Great Patriotic Pole alliance and the Japan coalition"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (1, 5, place),
            (7, 9, place),
            (11, 14, place),
            (17, 18, place),
        ];
        assert!(names_ending_in_body_heads(&words, &mut names));
        assert!(bodies_taken_for_places(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [(1, 5, org), (7, 9, place), (11, 14, org), (17, 18, place)]
        );
        // The title of a body is won, not the body: "the Masters" is a competition.
        let words: Vec<&str> = "to win the World Boxing Council title and won the Masters"
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 6, org), (10, 11, org)];
        assert!(competitions_won_are_events(&words, &mut names));
        assert_eq!(names, [(3, 6, org), (10, 11, type_index("MISC"))]);
    }

    #[test]
    fn a_company_in_legal_form_runs_back_over_the_words_before_its_and() {
        let org = type_index("ORG");
        let words: Vec<&str> =
            "Apartment Investment and Management Co , known as Aimco , and Apple and Microsoft Corp"
                .split(' ')
                .collect();
        // "Apple" is a name of its own: the company after it stays as it is.
        let mut names: Names = vec![(3, 5, org), (8, 9, org), (11, 12, org), (13, 15, org)];
        assert!(companies_back_over_and(&words, &mut names));
        assert_eq!(
            names,
            [(0, 5, org), (8, 9, org), (11, 12, org), (13, 15, org)]
        );
        assert!(!companies_back_over_and(&words, &mut names));
    }

    #[test]
    fn a_body_named_after_its_country_is_one_organization() {
        let gazetteer = Gazetteer::load();
        let (place, org, person) = (type_index("LOC"), type_index("ORG"), type_index("PER"));
        let words: Vec<&str> =
            "The Sri Lanka Podujana Peramuna and the Japan Credit Rating Agency met in U.S. Middle East"
                .split(' ')
                .collect();
        // As the tagger had them: a country and a "person"; a place run over a body.
        let mut names: Names = vec![
            (1, 3, place),
            (3, 5, person),
            (7, 11, place),
            (13, 16, place),
        ];
        assert!(bodies_named_after_their_country(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(names, [(1, 5, org), (7, 11, org), (13, 16, place)]);
        // A party cut after its country; not another body ("U.S. Senate").
        let words: Vec<&str> =
            "his Pakistan Tehreek-e-Insaf party , the Pakistan People 's Party and the U.S. Senate"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (1, 2, place),
            (2, 3, org),
            (6, 7, place),
            (7, 10, org),
            (12, 13, place),
            (13, 14, org),
        ];
        assert!(bodies_named_after_their_country(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(
            names,
            [(1, 3, org), (6, 10, org), (12, 13, place), (13, 14, org)]
        );
    }

    #[test]
    fn a_nationality_alone_is_misc_unless_a_company_of_that_name() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "West German banks and Swiss Re and Nigerian officials"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (4, 6, 3), (7, 8, 1)];
        assert!(nationalities_are_misc(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 4), (4, 6, 3), (7, 8, 4)]);
    }

    #[test]
    fn a_name_before_a_legal_form_is_the_companys() {
        // As the tagger might have it: a place, then the rest of the company's name.
        let words: Vec<&str> = "Santa Fe Pacific Gold Corp said Newmont Mining Corp bid ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 2), (6, 8, 3)];
        assert!(extend_to_legal_form(&words, &mut names));
        assert_eq!(names, [(0, 5, 3), (6, 9, 3)]);
        // A name whose next capitalized word is no legal form stays as it is.
        let words: Vec<&str> = "Hong Kong Financial Secretary Donald Tsang said ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 2), (4, 6, 1)];
        assert!(!extend_to_legal_form(&words, &mut names));
        // A legal form the tagger named apart joins the name.
        let words: Vec<&str> = "Expectations that Cofinec S.A. , the bourse 's first listing"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 1), (3, 4, 4), (7, 8, 4)];
        assert!(extend_to_legal_form(&words, &mut names));
        assert_eq!(names, [(2, 4, 3), (7, 8, 4)]);
    }

    #[test]
    fn capitals_the_tagger_left_that_end_in_a_legal_form_are_a_company() {
        let words: Vec<&str> =
            "Best Products Co Chairman and Chief Executive Daniel Levy said Thursday he expected"
                .split(' ')
                .collect();
        let mut names: Names = vec![(7, 9, 1)];
        assert!(unnamed_companies_by_their_form(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (7, 9, 1)]);
        // Not in a headline in capitals, where every word has a capital.
        let words: Vec<&str> = "BEST PRODUCTS CO SEES Q2 LOSS".split(' ').collect();
        assert!(!unnamed_companies_by_their_form(&words, &mut vec![]));
    }

    #[test]
    fn the_first_word_of_a_companys_name_alone_is_the_company() {
        let gazetteer = Gazetteer::load();
        let sentences: Vec<Vec<&str>> = vec![
            "Shares of Target Corp and China Securities Co rose ."
                .split(' ')
                .collect(),
            "Target said sales grew and China said exports fell ."
                .split(' ')
                .collect(),
            "Analysts said Target planned cuts ; Target Stores is its unit ."
                .split(' ')
                .collect(),
        ];
        let mut names: Vec<Names> = vec![
            vec![(2, 4, 3), (5, 8, 3)],
            vec![(6, 7, 2)],
            vec![(2, 3, 1), (6, 8, 3)],
        ];
        let mut changed = vec![false; 3];
        companies_by_their_first_word(&sentences, &mut names, &mut changed, &gazetteer);
        // "Target" alone is the company; the country China stays a place, and "Target" at the
        // head of a longer name is left to that name.
        assert_eq!(names[1], [(0, 1, 3), (6, 7, 2)]);
        assert_eq!(names[2], [(2, 3, 3), (6, 8, 3)]);
        assert_eq!(changed, [false, true, true]);
        // A web company's name without its ".com".
        let sentences: Vec<Vec<&str>> = vec![
            "Amazon 's Bezos to testify".split(' ').collect(),
            "Amazon.com Inc founder Jeff Bezos".split(' ').collect(),
        ];
        let mut names: Vec<Names> = vec![vec![(0, 1, 2), (2, 3, 1)], vec![(0, 2, 3), (3, 5, 1)]];
        let mut changed = vec![false; 2];
        companies_by_their_first_word(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[0], [(0, 1, 3), (2, 3, 1)]);
    }

    #[test]
    fn a_company_named_with_its_possessive_keeps_it() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "McDonald 's said Smith 's death was sad ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (3, 4, 1)];
        assert!(extend_possessive_names(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 3), (3, 4, 1)]);
        // A person and a shop the lists know whole; not a person and his company.
        let words: Vec<&str> = "Dick 's Sporting Goods and Smith 's Acme Corp"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 1), (2, 4, 3), (5, 6, 1), (7, 9, 3)];
        assert!(extend_possessive_names(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 4, 3), (5, 6, 1), (7, 9, 3)]);
        // With its legal form, which the lists leave out.
        let words: Vec<&str> = "Dick 's Sporting Goods Inc raised".split(' ').collect();
        let mut names: Names = vec![(0, 1, 1), (2, 5, 3)];
        assert!(extend_possessive_names(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 5, 3)]);
    }

    #[test]
    fn an_organization_across_and_ends_at_the_first_companys_legal_form() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Eli Lilly and Co and Regeneron Pharmaceuticals Inc and investors Bluebell Capital and Artisan Partners"
                .split(' ')
                .collect();
        let clusters = crate::extract::clusters::Clusters::load();
        let mut names: Names = vec![(0, 8, 3), (10, 15, 3)];
        assert!(split_companies_at_and(
            &words, &mut names, &gazetteer, &clusters
        ));
        assert_eq!(names, [(0, 4, 3), (5, 8, 3), (10, 12, 3), (13, 15, 3)]);
        // A bank's holding company.
        let words: Vec<&str> = "PacWest Bancorp and Western Alliance Bancorp fell"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 6, 3)];
        assert!(split_companies_at_and(
            &words, &mut names, &gazetteer, &clusters
        ));
        assert_eq!(names, [(0, 2, 3), (3, 6, 3)]);
        // A body's name and a ministry's stay whole.
        let words: Vec<&str> =
            "the Securities and Exchange Commission and the Ministry of Petroleum and Minerals"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 5, 3), (7, 12, 3)];
        assert!(!split_companies_at_and(
            &words, &mut names, &gazetteer, &clusters
        ));
        // A company the lists know on either side ends it ("Goldman Sachs", "PVH Corp"
        // beside "Tapestry"), not a common word they list ("Telegraph").
        let words: Vec<&str> =
            "Goldman Sachs and Merrill Lynch , Tapestry and PVH Corp , American Telephone and Telegraph"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 5, 3), (6, 10, 3), (11, 15, 3)];
        assert!(split_companies_at_and(
            &words, &mut names, &gazetteer, &clusters
        ));
        assert_eq!(
            names,
            [(0, 2, 3), (3, 5, 3), (6, 7, 3), (8, 10, 3), (11, 15, 3)]
        );
    }

    #[test]
    fn a_person_name_starts_a_town_of_the_country_in_brackets_is_a_team() {
        let gazetteer = Gazetteer::load();
        let sentences: Vec<Vec<&str>> = vec![
            "Nyva Vinnytsya ( Ukraine ) 1 Olimpija ( Slovenia ) 0"
                .split(' ')
                .collect(),
            "Nyva Vinnytsya win on aggregate .".split(' ').collect(),
            "9. Eddie Irvine ( Britain ) Ferrari 1:53.043"
                .split(' ')
                .collect(),
            "Brann ( Norway ) 2 Shelbourne ( Ireland ) 1"
                .split(' ')
                .collect(),
            "Brann win 5-2 on aggregate".split(' ').collect(),
            "3. Regina Jacobs ( U.S. ) 4".split(' ').collect(),
            "US Luxembourg ( Luxembourg ) 0 Varteks Varazdin"
                .split(' ')
                .collect(),
        ];
        // As the tagger might have it: each name a person's.
        let mut names: Vec<Names> = vec![
            vec![(0, 2, 1), (6, 7, 1)],
            vec![(0, 2, 1)],
            vec![(1, 3, 1)],
            vec![(0, 1, 1), (2, 3, 2), (5, 6, 3), (7, 8, 2)],
            vec![(0, 1, 1)],
            vec![(1, 3, 1)],
            vec![(0, 2, 3), (3, 4, 2), (6, 8, 1)],
        ];
        let mut changed = vec![false; 7];
        teams_by_their_country(&sentences, &mut names, &mut changed, &gazetteer);
        // Both sides of a result with their countries and goals are teams.
        assert_eq!(names[0], [(0, 2, 3), (6, 7, 3)]);
        assert_eq!(names[1], [(0, 2, 3)]);
        // A driver whose surname is also a Scottish town stays a person.
        assert_eq!(names[2], [(1, 3, 1)]);
        assert_eq!(names[3], [(0, 1, 3), (2, 3, 2), (5, 6, 3), (7, 8, 2)]);
        assert_eq!(names[4], [(0, 1, 3)]);
        // A runner with her country and a place has no opponent.
        assert_eq!(names[5], [(1, 3, 1)]);
        // The line may break before the second side's country.
        assert_eq!(names[6], [(0, 2, 3), (3, 4, 2), (6, 8, 3)]);
        assert_eq!(changed, [true, true, false, true, true, false, true]);
    }

    #[test]
    fn a_month_before_a_number_is_no_name() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "( Jan 10 ) Jan Kowalski said in May . Emnid Aug 25"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 1), (4, 6, 1), (8, 9, 1), (10, 12, 3)];
        assert!(drop_months_before_numbers(&words, &mut names));
        assert_eq!(names, [(4, 6, 1), (8, 9, 1), (10, 11, 3)]);
        let words: Vec<&str> = "Mrs. Brady and Dr Pepper met King Hussein and Mother Teresa"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 3), (6, 8, 1), (9, 11, 1)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 1), (3, 5, 3), (7, 8, 1), (9, 11, 1)]);
        // A personal title alone goes; "Col ." alone is Colorado.
        let words: Vec<&str> = "trained by Sir ; Col .".split(' ').collect();
        let mut names: Names = vec![(2, 3, 1), (4, 5, 2)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(4, 5, 2)]);
        // A military rank, not John Major named alone.
        let words: Vec<&str> = "Major Fallah Sewa and Major".split(' ').collect();
        let mut names: Names = vec![(0, 3, 1), (4, 5, 1)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 3, 1), (4, 5, 1)]);
        // A judge of a supreme court: "Chief Justice John Roberts".
        let words: Vec<&str> = "Chief Justice John Roberts".split(' ').collect();
        let mut names: Names = vec![(1, 4, 1)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 4, 1)]);
        // A grand ayatollah, MISC to the tagger.
        let words: Vec<&str> = "Grand Ayatollah Ali met".split(' ').collect();
        let mut names: Names = vec![(0, 3, 4)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 3, 1)]);
        // The title alone keeps its words.
        let mut names: Names = vec![(0, 2, 1)];
        assert!(!drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 1)]);
        // A queen the tagger took for an organization; a queen's hospital stays one.
        let words: Vec<&str> = "Queen Elizabeth and Queen Elizabeth Hospital"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (3, 6, 3)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 1), (3, 6, 3)]);
        // An occupation opening a sentence; "Doctor Who" is no occupation and a name.
        let words: Vec<&str> = "Neurosurgeon Leopoldo Luque and Winger Lee Sharpe saw Doctor Who"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 1), (4, 7, 1), (8, 10, 4)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 3, 1), (5, 7, 1), (8, 10, 4)]);
        let words: Vec<&str> = "Assemblywoman Lorena Gonzalez wrote it"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 1)];
        assert!(drop_leading_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 3, 1)]);
    }

    #[test]
    fn a_country_playing_sport_is_a_place_unless_also_a_town_or_person() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Seychelles 1 Mauritius 1 , Monaco 2 Jordan 0"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 3), (5, 6, 3), (7, 8, 3)];
        assert!(countries_are_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 2), (2, 3, 2), (5, 6, 3), (7, 8, 3)]);
        // Before its office a country is the place, though its name is a person's too.
        let words: Vec<&str> = "detained Mali 's President Ibrahim Boubacar Keita"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 3), (4, 7, 1)];
        assert!(countries_are_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 2), (4, 7, 1)]);
        // A town of the name far smaller abroad (Mali, China) leaves the country the place.
        let words: Vec<&str> = "ECOWAS closed its borders with Mali".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (5, 6, 3)];
        assert!(countries_are_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 3), (5, 6, 2)]);
    }

    #[test]
    fn a_nationality_before_an_armed_force_opens_its_name() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "the Nigerian Army and the Irish Air Force ; Russian Army Corps"
            .split(' ')
            .collect();
        // As the tagger had them: MISC, nothing after "Nigerian"; MISC and ORG "Air Force";
        // MISC and ORG "Army Corps" (a longer name, left alone).
        let mut names: Names = vec![(1, 2, 4), (5, 6, 4), (6, 8, 3), (9, 10, 4), (10, 12, 3)];
        assert!(armed_forces_of_nations(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 3, 3), (5, 8, 3), (9, 10, 4), (10, 12, 3)]);
    }

    #[test]
    fn places_in_a_list_after_in_are_places_but_not_a_stake_in_one() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "towns in New South Wales and Victoria ; a stake in Victoria ; in Essex 's history ; interested in Gillette ; troops into Tigray"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (2, 5, 3),
            (6, 7, 3),
            (11, 12, 3),
            (14, 15, 3),
            (20, 21, 3),
            (24, 25, 3),
        ];
        assert!(regions_after_in(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [
                (2, 5, 2),
                (6, 7, 2),
                (11, 12, 3),
                (14, 15, 3),
                (20, 21, 3),
                (24, 25, 2)
            ]
        );
    }

    #[test]
    fn a_place_no_gazetteer_knows_that_speaks_is_an_organization() {
        let gazetteer = Gazetteer::load();
        let mut companies = Vec::new();
        let words: Vec<&str> = "Amazon said it would hire ; the officer in East Berlin said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (8, 10, 2)];
        assert!(places_no_gazetteer_knows_that_speak(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "LOC"]);
        // One a story cites.
        let words: Vec<&str> = "stocks rose , according to Genscape .".split(' ').collect();
        let mut names: Names = vec![(5, 6, 2)];
        assert!(places_no_gazetteer_knows_that_speak(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG"]);
        // A town that speaks is its council or its people: it stays a place.
        let words: Vec<&str> = "Hatfield said no".split(' ').collect();
        let mut names: Names = vec![(0, 1, 2)];
        assert!(!places_no_gazetteer_knows_that_speak(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        // The company's other mentions follow; a town of its name elsewhere does not.
        let sentences = vec![
            "Amazon shares rose".split(' ').collect::<Vec<&str>>(),
            "at Hatfield , Hertfordshire".split(' ').collect(),
        ];
        companies.push("Hatfield".to_string());
        let mut names = vec![vec![(0, 1, 2)], vec![(1, 2, 2), (3, 4, 2)]];
        let mut changed = vec![false, false];
        organizations_throughout(&sentences, &mut names, &mut changed, &companies, &gazetteer);
        assert_eq!(names, [vec![(0, 1, 3)], vec![(1, 2, 2), (3, 4, 2)]]);
    }

    #[test]
    fn an_office_and_its_holder_run_together_split_into_body_and_person() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "FBI Director Louis Freeh met Federal Reserve Board Vice Chairman Manuel Johnson"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 4, 3), (5, 12, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 3), (2, 4, 1), (5, 8, 3), (10, 12, 1)]);
        let words: Vec<&str> = "Butte County Sheriff Kory Honea said".split(' ').collect();
        let mut names: Names = vec![(0, 5, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names[names.len() - 1], (3, 5, 1));
        // A company opening with an office, and an office before another, stay whole.
        let words: Vec<&str> = "General Mills and the Attorney General Janet Reno"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (4, 6, 3)];
        assert!(!split_offices_from_holders(&words, &mut names, &gazetteer));
        // A state's office is the state's, a place.
        let words: Vec<&str> = "Texas Attorney General Ken Paxton sued"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 5, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 2), (3, 5, 1)]);
        // A body's chair, taken for one person with her.
        let words: Vec<&str> = "Fed Chair Janet Yellen said".split(' ').collect();
        let mut names: Names = vec![(0, 4, 1)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 3), (2, 4, 1)]);
        // A rank between the office and the holder is neither's.
        let words: Vec<&str> = "Brigade Commander Major Fallah Sewa said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 5, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 3), (3, 5, 1)]);
        // A given name no list knows, inside an organization: the country's adjective is
        // MISC, the portfolio no name, and the family name left outside is the holder's.
        let words: Vec<&str> = "and Bahraini Foreign Minister Abdullatif al-Zayani ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 5, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 4), (4, 6, 1)]);
        // A town's mayor is the town's; so is a state's governor where the state is named
        // by its town.
        let words: Vec<&str> = "Warsaw Mayor Rafal Trzaskowski said".split(' ').collect();
        let mut names: Names = vec![(0, 4, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 2), (2, 4, 1)]);
        let words: Vec<&str> = "Lagos State Governor Babajide Sanwo-Olu said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 5, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 2), (3, 5, 1)]);
        // What stands before a portfolio is a body only when the lists know it.
        let words: Vec<&str> = "National Economy Minister Yannos Papandoniou said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 5, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(3, 5, 1)]);
        // A legal form run into the holder's name ends the company's.
        let words: Vec<&str> = "Nissan Motor Co Chairman Carlos Ghosn fled"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 4), (2, 6, 1)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 3, 3), (4, 6, 1)]);
        // A title before a body's head word stays in the body's name.
        let words: Vec<&str> = "Indian Premier League".split(' ').collect();
        let mut names: Names = vec![(0, 3, 4)];
        assert!(!split_offices_from_holders(&words, &mut names, &gazetteer));
        // Offices that open a body's own name stay in it.
        let words: Vec<&str> =
            "the United Nations General Assembly and Massachusetts General Hospital"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 5, 3), (6, 9, 3)];
        assert!(!split_offices_from_holders(&words, &mut names, &gazetteer));
        // A company's head: the company is an organization whatever the tagger saw, and a
        // listed surname after a given name no list knows is the holder's.
        let words: Vec<&str> = "Rio Tinto Chief Executive Jean-Sebastien Jacques will go"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 5, 2)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 3), (4, 6, 1)]);
        let words: Vec<&str> = "Intel Corp , whose CEO Bob Swan has".split(' ').collect();
        let mut names: Names = vec![(0, 2, 3), (4, 7, 3)];
        assert!(split_offices_from_holders(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 3), (5, 7, 1)]);
    }

    #[test]
    fn a_surname_opening_with_a_particle_ends_the_person_before_it() {
        let words: Vec<&str> = "President Ursula von der Leyen and Cairo de la Salle"
            .split(' ')
            .collect();
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(1, 2, 1), (2, 5, 3), (6, 7, 2), (7, 10, 3)];
        assert!(join_surnames_with_particles(
            &words, &views, &mut names, &gazetteer
        ));
        assert_eq!(names, [(1, 5, 1), (6, 7, 2), (7, 10, 3)]);
        // A first name the tagger took for an organization, or left out.
        let words: Vec<&str> = "captain Quinton de Kock won the toss and Faf du Plessis scored"
            .split(' ')
            .collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(1, 2, 3), (2, 4, 1), (9, 11, 3)];
        assert!(join_surnames_with_particles(
            &words, &views, &mut names, &gazetteer
        ));
        assert_eq!(names, [(1, 4, 1), (8, 11, 1)]);
        // A first name that is also a word, before a capitalized particle; not a
        // sentence's first word.
        let words: Vec<&str> = "Marine Le Pen 's party . In Da Bungalow"
            .split(' ')
            .collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(1, 3, 3), (7, 9, 1)];
        assert!(join_surnames_with_particles(
            &words, &views, &mut names, &gazetteer
        ));
        assert_eq!(names, [(0, 3, 1), (7, 9, 1)]);
    }

    #[test]
    fn a_bodys_name_runs_on_across_for_of_and_peoples() {
        let words: Vec<&str> =
            "the State Administration for Market Regulation and Pricing , the People 's Bank of China and Smith for Jones"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (1, 3, 3),
            (4, 6, 4),
            (7, 8, 3),
            (10, 11, 3),
            (12, 15, 3),
            (16, 17, 1),
            (18, 19, 1),
        ];
        assert!(join_bodies_across_for(&words, &mut names));
        assert_eq!(names, [(1, 8, 3), (10, 15, 3), (16, 17, 1), (18, 19, 1)]);
        // Across "of the" to another body; not a company's word, nor a body's place.
        let words: Vec<&str> =
            "the International Committee of the Red Cross , Acme Energy of Shell , Bank of Japan"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (1, 3, 3),
            (5, 7, 3),
            (8, 10, 3),
            (11, 12, 3),
            (13, 14, 3),
            (15, 16, 2),
        ];
        assert!(join_bodies_across_for(&words, &mut names));
        assert_eq!(
            names,
            [(1, 7, 3), (8, 10, 3), (11, 12, 3), (13, 14, 3), (15, 16, 2)]
        );
        // Across "for the" after a body's head word.
        let words: Vec<&str> =
            "the National Committee for the Salvation of the People and time for the Rangers"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 3, 3), (5, 9, 3), (13, 14, 3)];
        assert!(join_bodies_across_for(&words, &mut names));
        assert_eq!(names, [(1, 9, 3), (13, 14, 3)]);
    }

    #[test]
    fn capitals_left_out_before_a_possessive_and_shares_are_the_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Evergrande 's shares fell".split(' ').collect();
        let mut names = vec![];
        let mut companies = vec![];
        assert!(unnamed_companies_before_their_holdings(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(names, [(0, 1, type_index("ORG"))]);
        assert_eq!(companies, ["Evergrande"]);
        // A day's trading, a place and a title's run are none.
        for text in [
            "Monday 's shares rose",
            "Paris 's shares rose",
            "of King World 's stock",
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            assert!(
                !unnamed_companies_before_their_holdings(
                    &words,
                    &mut vec![],
                    &mut vec![],
                    &gazetteer
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn the_name_before_a_named_player_is_the_team() {
        let gazetteer = Gazetteer::load();
        let (organization, person, place) =
            (type_index("ORG"), type_index("PER"), type_index("LOC"));
        let words: Vec<&str> = "Mercedes driver George Russell and Brazil driver Felipe Massa"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, place), (2, 4, person), (5, 6, place), (7, 9, person)];
        assert!(teams_of_players(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [
                (0, 1, organization),
                (2, 4, person),
                (5, 6, place),
                (7, 9, person)
            ]
        );
        // A college the tagger took for a person; a national side stays a place.
        let words: Vec<&str> =
            "Brigham Young quarterback Zach Wilson and England striker Harry Kane"
                .split(' ')
                .collect();
        let mut names = vec![
            (0, 2, person),
            (3, 5, person),
            (6, 7, place),
            (8, 10, person),
        ];
        assert!(teams_of_players(&words, &mut names, &gazetteer));
        assert_eq!(names[0], (0, 2, organization));
        assert_eq!(names[2], (6, 7, place));
        // A role in the team, after its word, or after a word of hiring or firing.
        let words: Vec<&str> = "Colorado fired coach Bud Black".split(' ').collect();
        let mut names = vec![(0, 1, place), (3, 5, person)];
        assert!(teams_of_players(&words, &mut names, &gazetteer));
        assert_eq!(names[0], (0, 1, organization));
        let words: Vec<&str> = "Mercedes team boss Toto Wolff".split(' ').collect();
        let mut names = vec![(0, 1, place), (3, 5, person)];
        assert!(teams_of_players(&words, &mut names, &gazetteer));
        assert_eq!(names[0], (0, 1, organization));
        // A town's driver, unnamed, is no team's; cricket's West Indies is a national side.
        let words: Vec<&str> = "A Brooklyn driver was hurt".split(' ').collect();
        let mut names = vec![(1, 2, place)];
        assert!(!teams_of_players(&words, &mut names, &gazetteer));
        let words: Vec<&str> = "West Indies captain Jason Holder".split(' ').collect();
        let mut names = vec![(0, 2, place), (3, 5, person)];
        assert!(!teams_of_players(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_team_is_named_by_its_nickname() {
        let (organization, place, misc) =
            (type_index("ORG"), type_index("LOC"), type_index("MISC"));
        let words: Vec<&str> =
            "the Packers lost to Tampa Bay Buccaneers and the Titans beat the Red Sox fans"
                .split(' ')
                .collect();
        let mut names = vec![(4, 6, place), (9, 10, misc)];
        assert!(teams_by_their_nickname(&words, &mut names));
        assert_eq!(
            names,
            [
                (1, 2, organization),
                (4, 7, organization),
                (9, 10, organization),
                (12, 14, organization)
            ]
        );
        // In a headline's capitals.
        let words: Vec<&str> = "BASEBALL - ORIOLES SNEAK PAST ANGELS ."
            .split(' ')
            .collect();
        let mut names = vec![(2, 3, place)];
        assert!(teams_by_their_nickname(&words, &mut names));
        assert_eq!(names, [(2, 3, organization), (5, 6, organization)]);
        // A club's short name in an English headline.
        let words: Vec<&str> = "Man Utd sack Mourinho".split(' ').collect();
        let mut names = vec![(0, 2, type_index("PER")), (3, 4, type_index("PER"))];
        assert!(teams_by_their_nickname(&words, &mut names));
        assert_eq!(names, [(0, 2, organization), (3, 4, type_index("PER"))]);
        // The head of a longer name is left to it.
        let words: Vec<&str> = "they bought shares of Lions Gate Entertainment in May"
            .split(' ')
            .collect();
        let mut names = vec![];
        assert!(!teams_by_their_nickname(&words, &mut names));
        assert!(names.is_empty());
    }

    #[test]
    fn a_club_is_named_by_its_first_word_and_its_town() {
        let (organization, person, place) =
            (type_index("ORG"), type_index("PER"), type_index("LOC"));
        let words: Vec<&str> =
            "Maccabi Tel Aviv beat Olympique Marseille and SK Slavia Praha in Paris"
                .split(' ')
                .collect();
        let mut names = vec![
            (1, 3, place),
            (4, 6, person),
            (7, 9, organization),
            (9, 10, organization),
            (11, 12, place),
        ];
        let gazetteer = Gazetteer::load();
        assert!(clubs_by_their_first_word(
            &words, &mut names, false, &gazetteer
        ));
        assert_eq!(
            names,
            [
                (0, 3, organization),
                (4, 6, organization),
                (7, 10, organization),
                (11, 12, place)
            ]
        );
        // "Union" opens a club's name in a sports story only.
        let words: Vec<&str> = "held at Union Berlin , near Union Square"
            .split(' ')
            .collect();
        for (sports, first) in [(true, (2, 4, organization)), (false, (2, 4, place))] {
            let mut names = vec![(2, 4, place), (6, 8, place)];
            clubs_by_their_first_word(&words, &mut names, sports, &gazetteer);
            assert_eq!(names, [first, (6, 8, place)], "sports: {sports}");
        }
        // Nor is "AS" before a town in a headline's capitals.
        let words: Vec<&str> = "Celta Vigo beat Athletic Bilbao AS SEATTLE ROUTS ORIOLES"
            .split(' ')
            .collect();
        let mut names = vec![(0, 2, person), (4, 5, organization), (6, 7, place)];
        assert!(clubs_by_their_first_word(
            &words, &mut names, true, &gazetteer
        ));
        assert_eq!(
            names,
            [(0, 2, organization), (3, 5, organization), (6, 7, place)]
        );
    }

    #[test]
    fn capitals_left_out_before_a_possessive_and_a_person_are_the_persons_team() {
        let gazetteer = Gazetteer::load();
        let (organization, person, place) =
            (type_index("ORG"), type_index("PER"), type_index("LOC"));
        let words: Vec<&str> = "Racing Point 's Sergio Perez and Kenya 's Eliud Kipchoge"
            .split(' ')
            .collect();
        let mut names = vec![(3, 5, person), (8, 10, person)];
        let mut companies = vec![];
        assert!(unnamed_owners_of_people(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(
            names,
            [
                (0, 2, organization),
                (3, 5, person),
                (6, 7, place),
                (8, 10, person)
            ]
        );
        // A pronoun and "is"; a weekday's.
        let words: Vec<&str> = "Who 's John Smith ? Sunday 's Lewis Hamilton"
            .split(' ')
            .collect();
        let mut names = vec![(2, 4, person), (7, 9, person)];
        assert!(!unnamed_owners_of_people(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
    }

    #[test]
    fn a_person_owning_shares_or_a_chief_executive_is_a_company() {
        let gazetteer = Gazetteer::load();
        let (organization, person) = (type_index("ORG"), type_index("PER"));
        let words: Vec<&str> = "Ted Baker 's shares fell ; Levi Strauss 's chief quit"
            .split(' ')
            .collect();
        let mut names = vec![(0, 2, person), (6, 8, person)];
        assert!(people_owning_company_things(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, organization), (6, 8, organization)]);
        // A person's own: a first name the lists know as no company's.
        let words: Vec<&str> = "John Smith 's shares rose".split(' ').collect();
        let mut names = vec![(0, 2, person)];
        assert!(!people_owning_company_things(
            &words, &mut names, &gazetteer
        ));
        // A brand whose parent company is named; not a person's parents.
        let words: Vec<&str> = "Kate Spade 's parent Tapestry ; John Smith 's parent Mary"
            .split(' ')
            .collect();
        let mut names = vec![
            (0, 2, person),
            (4, 5, organization),
            (6, 8, person),
            (10, 11, person),
        ];
        assert!(people_owning_company_things(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "PER", "PER"]);
    }

    #[test]
    fn a_person_that_reports_or_quotes_is_a_news_source() {
        let gazetteer = Gazetteer::load();
        let (organization, person) = (type_index("ORG"), type_index("PER"));
        let check = |text: &str, names: Names| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = names;
            news_sources_reporting(&words, &mut names, &gazetteer);
            names
        };
        assert_eq!(
            check(
                "Yedioth reported it , and Jomhuri Eslami quoted him as saying so",
                vec![(0, 1, person), (5, 7, person)]
            ),
            [(0, 1, organization), (5, 7, organization)]
        );
        // A MISC name opening with another language's article, that says: a paper.
        let misc = type_index("MISC");
        assert_eq!(
            check(
                "O Globo also said so , and Le Monde reported it",
                vec![(0, 2, misc), (7, 9, misc)]
            ),
            [(0, 2, organization), (7, 9, organization)]
        );
        // After a quotation, with a first name, after a person's noun: a person.
        let names = vec![(5, 6, person), (12, 14, person)];
        assert_eq!(
            check(
                "\" We will , \" Arafat quoted him as saying ; John Smith reported",
                names.clone()
            ),
            names
        );
        let names = vec![(1, 3, person)];
        assert_eq!(
            check(
                "correspondent Subhy Haddad reported from Mosul",
                names.clone()
            ),
            names
        );
    }

    #[test]
    fn what_a_player_won_is_a_competition() {
        let (organization, person, misc) =
            (type_index("ORG"), type_index("PER"), type_index("MISC"));
        let words: Vec<&str> = "Hideki Matsuyama won the Masters and beat the Bucks"
            .split(' ')
            .collect();
        let mut names = vec![(0, 2, person), (4, 5, organization), (8, 9, organization)];
        assert!(competitions_won_are_events(&words, &mut names));
        assert_eq!(names, [(0, 2, person), (4, 5, misc), (8, 9, organization)]);
        // One the tagger left out; not a month.
        let words: Vec<&str> = "Dustin Johnson won the Masters Tournament in November"
            .split(' ')
            .collect();
        let mut names = vec![(0, 2, person)];
        assert!(competitions_won_are_events(&words, &mut names));
        assert_eq!(names, [(0, 2, person), (4, 6, misc)]);
        let words: Vec<&str> = "he won the August race".split(' ').collect();
        assert!(!competitions_won_are_events(&words, &mut vec![]));
    }

    #[test]
    fn a_bowler_and_a_catcher_in_a_scorecard_are_people() {
        let words: Vec<&str> = "C. Pujara c Labuschagne b Lyon 43".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 1), (5, 6, 3)];
        assert!(fielders_in_scorecards_are_people(&words, &mut names));
        assert_eq!(kinds(&names), ["PER", "PER", "PER"]);
        // No "b", no scorecard: Group c of the draw.
        let words: Vec<&str> = "Group c Lyon".split(' ').collect();
        let mut names: Names = vec![(2, 3, 3)];
        assert!(!fielders_in_scorecards_are_people(&words, &mut names));
    }

    #[test]
    fn a_weekday_or_month_ends_no_name() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "USDA Thursday forecast , CBI August trends , Sheffield Wednesday won , Fiona May ran , Mike Friday said"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 2, 3), (4, 6, 3), (8, 10, 3), (12, 14, 1), (16, 18, 1)];
        assert!(drop_trailing_days(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [(0, 1, 3), (4, 5, 3), (8, 10, 3), (12, 14, 1), (16, 18, 1)]
        );
    }

    #[test]
    fn who_in_capitals_is_the_health_organization_outside_headlines() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "WHO Director-General Tedros said cases rose in the region"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 1)];
        assert!(listed_acronyms(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 3), (2, 3, 1)]);
        let words: Vec<&str> = "WHO WILL PAY FOR IT".split(' ').collect();
        let mut names = Names::new();
        assert!(!listed_acronyms(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_datelines_towns_are_places() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "PARIS ( Reuters ) - Paris St Germain won"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 3), (5, 8, 3)];
        assert!(datelines_are_places(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["LOC", "ORG", "ORG"]);
        // Brackets after a name in a sentence are no dateline.
        let words: Vec<&str> = "Sony ( Reuters ) said".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 3)];
        assert!(!datelines_are_places(&words, &mut names, &gazetteer));
        // A 2020 dateline has the date before the agency.
        let words: Vec<&str> = "BARCELONA , Dec 19 ( Reuters ) - Messi scored"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (6, 7, 3), (9, 10, 1)];
        assert!(datelines_are_places(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["LOC", "ORG", "PER"]);
        // A 1996 dateline on a line of its own; not a team's result line.
        let words: Vec<&str> = "BRISBANE 1996-11-24".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3)];
        assert!(datelines_are_places(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["LOC"]);
        let words: Vec<&str> = "UNITED NATIONS 1996-08-28".split(' ').collect();
        let mut names: Names = vec![(0, 2, 3)];
        assert!(!datelines_are_places(&words, &mut names, &gazetteer));
        let words: Vec<&str> = "Brisbane 24 Sydney 12".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 3)];
        assert!(!datelines_are_places(&words, &mut names, &gazetteer));
        // With its country after a comma, a town no gazetteer knows.
        let words: Vec<&str> = "VAL D'ISERE , France 1996-12-21".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 2)];
        assert!(datelines_are_places(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["LOC", "LOC"]);
        // All its words before the comma.
        let words: Vec<&str> = "SALANG TUNNEL , Afghanistan 1996-08-29"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (3, 4, 2)];
        assert!(datelines_are_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 2), (3, 4, 2)]);
    }

    #[test]
    fn listed_companies_the_tagger_left_beside_a_company_are_companies() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let organization = type_index("ORG");
        let mut companies = Vec::new();
        let mut check = |text: &str, names: Names| {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            let mut names = names;
            listed_companies_beside_companies(
                &words,
                &views,
                &mut names,
                &mut companies,
                &gazetteer,
            );
            names
        };
        assert_eq!(
            check(
                "Spotify and Netflix added subscribers",
                vec![(2, 3, organization)]
            ),
            [(0, 1, organization), (2, 3, organization)]
        );
        assert_eq!(
            check(
                "sales at Tesco , Morrisons and Sainsbury",
                vec![(2, 3, organization), (6, 7, organization)]
            ),
            [
                (2, 3, organization),
                (4, 5, organization),
                (6, 7, organization)
            ]
        );
        // A common word or a month beside a company is none.
        assert_eq!(
            check("Casino and Netflix", vec![(2, 3, organization)]),
            [(2, 3, organization)]
        );
        assert_eq!(
            check("in April and Netflix", vec![(3, 4, organization)]),
            [(3, 4, organization)]
        );
    }

    #[test]
    fn capitals_the_tagger_left_before_said_it_are_an_organization() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let mut companies = Vec::new();
        let mut check = |text: &str, names: Names| {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            let mut names = names;
            organizations_saying_it(&words, &views, &mut names, &mut companies);
            names
        };
        assert_eq!(
            check(
                "Natural Law Party says it can meditate the problem away",
                vec![]
            ),
            [(0, 3, 3)]
        );
        assert_eq!(
            check("At the time , Best said it did not expect a loss", vec![]),
            [(4, 5, 3)]
        );
        // A common word opening the sentence, a month, a name the tagger found: no new name.
        assert!(check("Analysts said it was a weak quarter for the group", vec![]).is_empty());
        assert!(
            check(
                "The Fed in February said it would no longer target it",
                vec![]
            )
            .is_empty()
        );
        assert_eq!(
            check(
                "France says it welcomes the plan for the region",
                vec![(0, 1, 2)]
            ),
            [(0, 1, 2)]
        );
        assert_eq!(companies, ["Natural Law Party", "Best"]);
    }

    #[test]
    fn a_us_town_and_its_state_code_are_two_places() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Portland OR 5.60 up .02 ; Great Falls MT 4.62 ; MANILA PH"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (6, 9, 3), (11, 13, 3)];
        assert!(split_towns_from_state_codes(&words, &mut names, &gazetteer));
        // Manila is no US town, nor "PH" a state's code.
        assert_eq!(
            names,
            [(0, 1, 2), (1, 2, 2), (6, 8, 2), (8, 9, 2), (11, 13, 3)]
        );
    }

    #[test]
    fn a_line_that_is_one_result_names_two_teams() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Otelul Galati 1 F.C. Arges 0".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 3)];
        assert!(results_lines_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG"]);
        let words: Vec<&str> = "Togo 1 Congo 0".split(' ').collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 2)];
        assert!(!results_lines_are_teams(&words, &mut names, &gazetteer));
        // Three figures after a name are a golfer's rounds, no result.
        let words: Vec<&str> = "Greg Norman 68 Nick Price 71 70".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 1)];
        assert!(!results_lines_are_teams(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_name_ending_in_a_company_word_is_a_company() {
        let gazetteer = Gazetteer::load();
        let (organization, person, place) =
            (type_index("ORG"), type_index("PER"), type_index("LOC"));
        let words: Vec<&str> =
            "sold to Bain Capital by Graan Electric , Jonathon Power and Heathrow Airport"
                .split(' ')
                .collect();
        let mut names = vec![
            (2, 4, place),
            (5, 7, person),
            (8, 10, person),
            (11, 13, place),
        ];
        assert!(companies_by_their_last_word(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [
                (2, 4, organization),
                (5, 7, organization),
                (8, 10, person),
                (11, 13, place)
            ]
        );
        // A first name before no surname: a company.
        let words: Vec<&str> =
            "hedge funds such as Melvin Capital and Brown Brothers Harriman lost money"
                .split(' ')
                .collect();
        let mut names = vec![(4, 6, person), (7, 10, place)];
        assert!(companies_by_their_last_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(4, 6, organization), (7, 10, organization)]);
        // A company word of another language.
        let words: Vec<&str> = "Brazil 's Gol Linhas Aereas resumed its flights earlier this month"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, place), (2, 5, person)];
        assert!(companies_by_their_last_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, place), (2, 5, organization)]);
        // A place runs on over a company word left out; a person keeps a metal's name.
        let words: Vec<&str> = "Santa Fe Pacific Gold said aide Dore Gold met them"
            .split(' ')
            .collect();
        let mut names = vec![(0, 3, place), (6, 8, person)];
        assert!(companies_by_their_last_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 4, organization), (6, 8, person)]);
        // Not in a headline's capitals.
        let words: Vec<&str> = "HONG KONG GOLD 1230 - APR 7".split(' ').collect();
        let mut names = vec![(0, 2, place)];
        assert!(!companies_by_their_last_word(
            &words, &mut names, &gazetteer
        ));
    }

    #[test]
    fn a_country_and_first_name_a_party() {
        let (organization, place) = (type_index("ORG"), type_index("LOC"));
        let words: Vec<&str> = "leader of New Zealand First , not England First XI"
            .split(' ')
            .collect();
        let mut names = vec![(2, 4, place), (7, 8, place)];
        assert!(parties_named_first(&words, &mut names));
        assert_eq!(names, [(2, 5, organization), (7, 8, place)]);
    }

    #[test]
    fn lower_camel_case_brands_are_names() {
        let gazetteer = Gazetteer::load();
        let (organization, misc) = (type_index("ORG"), type_index("MISC"));
        let words: Vec<&str> = "the iPhone 12 Pro sold well on eBay , said the mRNA maker"
            .split(' ')
            .collect();
        let mut names = vec![];
        assert!(lower_camel_names(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 4, misc), (7, 8, organization)]);
        assert!(!is_lower_camel_name("kWh"));
    }

    #[test]
    fn a_listed_company_no_full_name_explains_is_the_company() {
        let gazetteer = Gazetteer::load();
        let person = type_index("PER");
        let sentences: Vec<Vec<&str>> = ["Elon Musk said Tesla would stop", "Tesla fell"]
            .iter()
            .map(|s| s.split(' ').collect())
            .collect();
        let mut names = vec![vec![(0, 2, person), (3, 4, person)], vec![(0, 1, person)]];
        let mut changed = vec![false, false];
        let mut companies = Vec::new();
        companies_no_full_name_explains(
            &sentences,
            &mut names,
            &mut changed,
            &mut companies,
            &gazetteer,
        );
        assert_eq!(names[0], [(0, 2, person), (3, 4, type_index("ORG"))]);
        assert_eq!(changed, [true, true]);
        // Named in full in the article, the inventor stays a person.
        let sentences: Vec<Vec<&str>> = ["Nikola Tesla was born in 1856", "Tesla died"]
            .iter()
            .map(|s| s.split(' ').collect())
            .collect();
        let mut names = vec![vec![(0, 2, person)], vec![(0, 1, person)]];
        let mut changed = vec![false, false];
        companies_no_full_name_explains(
            &sentences,
            &mut names,
            &mut changed,
            &mut companies,
            &gazetteer,
        );
        assert_eq!(names[1], [(0, 1, person)]);
        assert_eq!(changed, [false, false]);
    }

    #[test]
    fn a_town_named_as_a_team_is_the_team_throughout_but_not_where_it_is_the_venue() {
        let gazetteer = Gazetteer::load();
        let (organization, place) = (type_index("ORG"), type_index("LOC"));
        let sentences: Vec<Vec<&str>> = [
            "Liverpool beat Leeds 2-0",
            "Liverpool were held at the weekend in Liverpool by Spain",
            "Liverpool AT Leeds",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let mut names = vec![
            vec![(0, 1, organization), (2, 3, organization)],
            vec![(0, 1, place), (7, 8, place), (9, 10, place)],
            vec![(0, 1, place), (2, 3, place)],
        ];
        let mut changed = vec![false; 3];
        teams_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        // The venue and the country stay places, as do a fixture list's towns.
        assert_eq!(
            names[1],
            [(0, 1, organization), (7, 8, place), (9, 10, place)]
        );
        assert_eq!(names[2], [(0, 1, place), (2, 3, place)]);
        assert_eq!(changed, [false, true, false]);
        // A team of two words taken for a person elsewhere is the team there; a one-word
        // "person" may be a player named as a team is ("Williams").
        let person = type_index("PER");
        let sentences: Vec<Vec<&str>> = [
            "Brigham Young beat Williams 22-17",
            "Wilson threw as Brigham Young won ; Williams scored",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let mut names = vec![
            vec![(0, 2, organization), (3, 4, organization)],
            vec![(0, 1, person), (3, 5, person), (7, 8, person)],
        ];
        let mut changed = vec![false; 2];
        teams_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(
            names[1],
            [(0, 1, person), (3, 5, organization), (7, 8, person)]
        );
        // A town of a team named in full is the team, not where a town lies.
        let place = type_index("LOC");
        let sentences: Vec<Vec<&str>> = [
            "Bayern held , Leipzig go top",
            "RB Leipzig won , 300 km west of Leipzig , in Bonn and Leipzig",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let mut names = vec![
            vec![(0, 1, organization), (3, 4, place)],
            vec![
                (0, 2, organization),
                (8, 9, place),
                (11, 12, place),
                (13, 14, place),
            ],
        ];
        let mut changed = vec![false; 2];
        teams_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[0], [(0, 1, organization), (3, 4, organization)]);
        // Where a town lies, and a town after a place in a list, stay places.
        assert_eq!(
            names[1],
            [
                (0, 2, organization),
                (8, 9, place),
                (11, 12, place),
                (13, 14, place)
            ]
        );
    }

    #[test]
    fn a_person_ending_in_a_bodys_head_word_is_the_body() {
        let words: Vec<&str> = "Robert Koch Institute and Karen National Union and Robert Group"
            .split(' ')
            .collect();
        // "Group" alone: too short a name to be a body's.
        let mut names: Names = vec![(0, 3, 1), (4, 7, 1), (8, 9, 1)];
        assert!(names_ending_in_body_heads(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (4, 7, 3), (8, 9, 1)]);
    }

    #[test]
    fn a_misc_name_ending_in_a_bodys_head_word_is_the_body_but_not_an_index() {
        let words: Vec<&str> = "World Anti-Doping Agency and Financial Times-Stock Exchange"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 4), (4, 6, 4)];
        assert!(names_ending_in_body_heads(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (4, 6, 4)]);
        // A police unit.
        let words: Vec<&str> = "the Special Anti-Robbery Squad".split(' ').collect();
        let mut names: Names = vec![(1, 4, 4)];
        assert!(names_ending_in_body_heads(&words, &mut names));
        assert_eq!(names, [(1, 4, 3)]);
    }

    #[test]
    fn a_place_ending_in_a_newspapers_head_word_is_the_newspaper() {
        let words: Vec<&str> =
            "the Wall Street Journal and the Jakarta Post in Post ; the Global Times said"
                .split(' ')
                .collect();
        // "Post" alone may be a town.
        let mut names: Names = vec![(1, 4, 2), (6, 8, 2), (9, 10, 2), (12, 14, 4)];
        assert!(newspapers_by_their_last_word(&words, &mut names));
        assert_eq!(names, [(1, 4, 3), (6, 8, 3), (9, 10, 2), (12, 14, 3)]);
    }

    #[test]
    fn a_name_with_the_word_team_is_a_team() {
        let words: Vec<&str> = "Ineos Team UK beat Emirates Team New Zealand and Sky"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 1), (4, 8, 2), (9, 10, 2)];
        assert!(teams_named_team(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (4, 8, 3), (9, 10, 2)]);
        // A sponsor's name cut off before "Team"; not a person's.
        let words: Vec<&str> = "Tadej Pogacar of UAE Team Emirates and Chris Team Sky"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 2), (4, 6, 3), (7, 8, 1), (8, 10, 3)];
        assert!(teams_named_team(&words, &mut names));
        assert_eq!(names, [(0, 2, 1), (3, 6, 3), (7, 8, 1), (8, 10, 3)]);
    }

    #[test]
    fn a_noun_of_nationality_opening_a_persons_name_is_misc() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Welshman Gerwyn Price beat Frenchman Dupont and Milkman Jones"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 1), (4, 6, 1), (7, 9, 1)];
        assert!(nationality_nouns_before_people(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(
            names,
            [(0, 1, 4), (1, 3, 1), (4, 5, 4), (5, 6, 1), (7, 9, 1)]
        );
    }

    #[test]
    fn an_event_named_with_a_possessive_is_one_name() {
        let words: Vec<&str> =
            "the U.S. Women 's Open and the America 's Cup in March but Men 's Australian Open"
                .split(' ')
                .collect();
        let (place, misc) = (2, 4);
        let mut names: Names = vec![
            (1, 2, place),
            (4, 5, misc),
            (7, 8, place),
            (9, 12, misc),
            (15, 17, misc),
        ];
        assert!(events_across_possessives(&words, &mut names));
        assert_eq!(names, [(1, 5, misc), (7, 10, misc), (15, 17, misc)]);
    }

    #[test]
    fn names_listed_after_a_plural_company_noun_are_companies() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "investment firms Silver Lake and Thoma Bravo , carriers Vinson and groups John Smith"
                .split(' ')
                .collect();
        let (person, place, organization, misc) = (1, 2, 3, 4);
        let mut names: Names = vec![
            (2, 4, place),
            (5, 7, person),
            (9, 10, misc),
            (12, 14, person),
        ];
        assert!(companies_listed_after_company_nouns(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(
            names,
            [
                (2, 4, organization),
                (5, 7, organization),
                (9, 10, misc),
                (12, 14, person)
            ]
        );
        // Nor does the feature's word make the company a place.
        let mut names: Names = vec![(2, 4, organization)];
        places_by_their_feature_word(&words, &mut names, &gazetteer);
        assert_eq!(names, [(2, 4, organization)]);
    }

    #[test]
    fn a_holiday_is_misc_but_an_island_named_after_one_is_not() {
        let words: Vec<&str> =
            "before Christmas , on Christmas Eve and at Eid al-Fitr ; Christmas Island and Easter"
                .split(' ')
                .collect();
        let (place, organization, misc) = (2, 3, 4);
        let mut names: Names = vec![
            (1, 2, place),
            (4, 6, organization),
            (8, 10, organization),
            (11, 13, place),
        ];
        assert!(holidays_are_misc(&words, &mut names));
        assert_eq!(
            names,
            [
                (1, 2, misc),
                (4, 6, misc),
                (8, 10, misc),
                (11, 13, place),
                (14, 15, misc)
            ]
        );
    }

    #[test]
    fn a_name_running_into_one_with_its_first_word_is_two() {
        let words: Vec<&str> = "Hyundai Mobis and Hyundai Glovis , Procter and Gamble"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 5, 3), (6, 9, 3)];
        assert!(split_names_repeating_their_first_word(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (3, 5, 3), (6, 9, 3)]);
    }

    #[test]
    fn a_tour_of_a_place_is_a_race_and_a_person_named_as_a_mountain_is_the_mountain() {
        let words: Vec<&str> = "the Tour de France , the Tour of the Netherlands and Mont Ventoux"
            .split(' ')
            .collect();
        let (person, place, misc) = (1, 2, 4);
        let mut names: Names = vec![
            (1, 2, misc),
            (3, 4, place),
            (9, 10, place),
            (11, 13, person),
        ];
        assert!(tours_of_places(&words, &mut names));
        assert!(people_named_as_mountains(&words, &mut names));
        assert_eq!(names, [(1, 4, misc), (6, 10, misc), (11, 13, place)]);
        // A square.
        let words: Vec<&str> = "in Plaza Dignidad".split(' ').collect();
        let mut names: Names = vec![(1, 3, person)];
        assert!(people_named_as_mountains(&words, &mut names));
        assert_eq!(names, [(1, 3, place)]);
    }

    #[test]
    fn a_product_line_with_its_version_is_misc() {
        let words: Vec<&str> =
            "Windows 95 , the Xbox Series X , Galaxy S21 Ultra and LA Galaxy 2 Dallas 1 , Xbox"
                .split(' ')
                .collect();
        let (place, organization, misc) = (2, 3, 4);
        let mut names: Names = vec![
            (0, 1, organization),
            (4, 5, misc),
            (8, 11, misc),
            (12, 14, organization),
            (15, 16, place),
            (18, 19, organization),
        ];
        assert!(product_versions_are_misc(&words, &mut names));
        assert_eq!(
            names,
            [
                (0, 2, misc),
                (4, 7, misc),
                (8, 11, misc),
                (12, 14, organization),
                (15, 16, place),
                (18, 19, misc)
            ]
        );
    }

    #[test]
    fn a_portfolio_before_an_office_is_no_name() {
        let words: Vec<&str> =
            "Health Secretary Alex Azar , Special Counsel Robert Mueller and Israeli Minister Dan Meridor"
                .split(' ')
                .collect();
        let (person, organization, misc) = (1, 3, 4);
        let mut names: Names = vec![
            (0, 1, organization),
            (2, 4, person),
            (5, 6, misc),
            (7, 9, person),
            (10, 11, misc),
            (12, 14, person),
        ];
        assert!(drop_portfolios_before_offices(&words, &mut names));
        assert_eq!(
            names,
            [
                (2, 4, person),
                (7, 9, person),
                (10, 11, misc),
                (12, 14, person)
            ]
        );
    }

    #[test]
    fn celsius_after_a_number_is_misc() {
        let words: Vec<&str> =
            "62 decrees Celsius , 4.0 Celsius and minus 70 degrees Celsius said Celsius"
                .split(' ')
                .collect();
        let mut names: Names = vec![(2, 3, 1), (12, 13, 3)];
        assert!(celsius_is_misc(&words, &mut names));
        assert_eq!(names, [(2, 3, 1), (5, 6, 4), (10, 11, 4), (12, 13, 3)]);
    }

    #[test]
    fn a_place_before_its_governor_is_the_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Lombardy 's governor Attilio Fontana met Yeltsin 's governor ; Victoria 's premier"
                .split(' ')
                .collect();
        // Victoria as the tagger read it in an article that names a sport: a team.
        let mut names: Names = vec![(0, 1, 1), (3, 5, 1), (6, 7, 1), (10, 11, 3)];
        assert!(places_owning_their_governors(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(names, [(0, 1, 2), (3, 5, 1), (6, 7, 1), (10, 11, 2)]);
    }

    #[test]
    fn a_movement_of_today_is_one_organization() {
        let words: Vec<&str> =
            "Black Lives Matter and Extinction Rebellion protests ; black lives matter"
                .split(' ')
                .collect();
        // As the tagger had it: "Black" MISC, "Extinction Rebellion" nothing.
        let mut names: Names = vec![(0, 1, 4)];
        assert!(movements_of_today(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (4, 6, 3)]);
        assert!(!movements_of_today(&words, &mut names));
        let words: Vec<&str> = "Boko Haram and al Shabaab militants".split(' ').collect();
        // A person; MISC and a place.
        let mut names: Names = vec![(0, 2, 1), (3, 4, 4), (4, 5, 2)];
        assert!(movements_of_today(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (3, 5, 3)]);
        let words: Vec<&str> = "Islamic State and al-Qaeda".split(' ').collect();
        // A place; nothing.
        let mut names: Names = vec![(0, 2, 2)];
        assert!(movements_of_today(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (3, 4, 3)]);
    }

    #[test]
    fn a_name_before_news_agency_is_the_agency_unless_a_nationality() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "the Anatolian news agency and the Iranian news agency said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 4), (6, 7, 4)];
        assert!(news_agencies_named(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 3), (6, 7, 4)]);
    }

    #[test]
    fn a_number_sign_is_no_name() {
        let words: Vec<&str> = "No. 2 Alabama ; No Surrender".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 3), (4, 6, 4)];
        assert!(drop_number_signs(&words, &mut names));
        assert_eq!(names, [(2, 3, 3), (4, 6, 4)]);
        // A counted part before its number; a name it opens stays.
        let words: Vec<&str> = "the Lakers won Game 6 ; Stage Coach 4".split(' ').collect();
        let mut names: Names = vec![(1, 2, 3), (3, 4, 3), (6, 8, 3)];
        assert!(drop_number_signs(&words, &mut names));
        assert_eq!(names, [(1, 2, 3), (6, 8, 3)]);
    }

    #[test]
    fn a_person_before_shares_or_a_unit_is_a_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Ted Baker shares rose and Smith sold them ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (5, 6, 1)];
        let mut companies = Vec::new();
        assert!(companies_before_company_nouns(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(names, [(0, 2, 3), (5, 6, 1)]);
        assert_eq!(companies, ["Ted Baker"]);
        // A MISC word that is no adjective or index.
        let words: Vec<&str> = "an Alibaba executive , Bengali newspaper , CAC-40 shares"
            .split(' ')
            .collect();
        let misc = type_index("MISC");
        let mut names: Names = vec![(1, 2, misc), (4, 5, misc), (7, 8, misc)];
        let mut other_companies = Vec::new();
        assert!(companies_before_company_nouns(
            &words,
            &mut names,
            &mut other_companies,
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "MISC", "MISC"]);
        // Its other mentions follow; Smith's do not.
        let sentences = vec![
            "Ted Baker named Smith chief"
                .split(' ')
                .collect::<Vec<&str>>(),
        ];
        let mut names = vec![vec![(0, 2, 1), (3, 4, 1)]];
        let mut changed = vec![false];
        organizations_throughout(&sentences, &mut names, &mut changed, &companies, &gazetteer);
        assert_eq!(names[0], [(0, 2, 3), (3, 4, 1)]);
        // A club's player, a bank's analyst; a person's spokeswoman stays a person's.
        let words: Vec<&str> =
            "Lehman analyst Bath and Santos defender Narciso met a Seguin spokeswoman ; Wada chairman Pound and Kerr chairman of Acme"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 1, 1),
            (2, 3, 1),
            (4, 5, 1),
            (6, 7, 1),
            (9, 10, 1),
            (12, 13, 1),
            (14, 15, 1),
            (16, 17, 1),
            (19, 20, 3),
        ];
        assert!(companies_before_company_nouns(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(
            names,
            [
                (0, 1, 3),
                (2, 3, 1),
                (4, 5, 3),
                (6, 7, 1),
                (9, 10, 1),
                (12, 13, 3),
                (14, 15, 1),
                (16, 17, 1),
                (19, 20, 3)
            ]
        );
        // A coalition is no person's.
        let words: Vec<&str> = "Anwar Ibrahim leads the Pakatan Harapan coalition"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (4, 6, 1)];
        assert!(companies_before_company_nouns(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(names, [(0, 2, 1), (4, 6, 3)]);
    }

    #[test]
    fn a_name_ends_in_a_capitalized_word_or_a_legal_form() {
        let words: Vec<&str> = "the CGT union , Krpaco a.s. and Droits de l'Homme"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 3, 3), (4, 6, 3), (7, 10, 3)];
        assert!(trim_lower_case_ends(&words, &mut names));
        assert_eq!(names, [(1, 2, 3), (4, 6, 3), (7, 10, 3)]);
        // A function word goes too, but not one a line broke a name off at, nor a body
        // noun CoNLL-2003 writes into the name.
        let words: Vec<&str> =
            "the Ministry of Mines for comment ; his Liberal party ; Queen of the"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 5, 3), (8, 10, 3), (11, 14, 3)];
        assert!(trim_lower_case_ends(&words, &mut names));
        assert_eq!(names, [(1, 4, 3), (8, 10, 3), (11, 14, 3)]);
    }

    #[test]
    fn a_firm_of_partners_listed_before_an_ampersand_is_one_name() {
        let words: Vec<&str> = "analysts at Keefe , Bruyette & Woods said ; Acme , Marks & Spencer"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 3), (4, 7, 3), (9, 10, 3), (11, 14, 3)];
        assert!(firms_of_partners(&words, &mut names));
        assert_eq!(names[0], (2, 7, 3));
    }

    #[test]
    fn a_word_of_two_capitalized_halves_opens_the_organization_after_it() {
        let words: Vec<&str> =
            "Navalny 's Anti-Corruption Foundation and Secretary-General Office ; Tel Aviv-Yafo Council"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 1), (3, 4, 3), (6, 7, 3), (8, 11, 2), (11, 12, 3)];
        assert!(organizations_opened_by_hyphened_words(&words, &mut names));
        assert_eq!(
            names,
            [(0, 1, 1), (2, 4, 3), (6, 7, 3), (8, 11, 2), (11, 12, 3)]
        );
    }

    #[test]
    fn an_office_before_its_holder_is_no_part_of_the_name_before_it() {
        let words: Vec<&str> =
            "Hennepin County Attorney Mike Freeman and Acme Chief Executive John Smith"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 3, 3), (3, 5, 1), (6, 9, 3), (9, 11, 1)];
        assert!(drop_offices_before_holders(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (3, 5, 1), (6, 7, 3), (9, 11, 1)]);
        // Not before a place.
        let words: Vec<&str> = "Attorney General Texas".split(' ').collect();
        let mut names: Names = vec![(0, 2, 3), (2, 3, 2)];
        assert!(!drop_offices_before_holders(&words, &mut names));
    }

    #[test]
    fn an_organization_ends_before_and_a_country_owning_something() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "British Gas and Italy 's Agip ; Trinidad and Tobago 's"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 4, 3), (5, 6, 3), (7, 10, 3)];
        assert!(split_organizations_before_countries_owning(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(names, [(0, 2, 3), (3, 4, 2), (5, 6, 3), (7, 10, 3)]);
    }

    #[test]
    fn a_common_word_after_a_colon_names_nothing() {
        let clusters = Clusters::load();
        let words: Vec<&str> = "At Cardiff : Match drawn . Winner : Smith won"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 2), (3, 4, 3), (8, 9, 1)];
        assert!(drop_common_words_after_colons(
            &words, &mut names, &clusters
        ));
        assert_eq!(names, [(1, 2, 2), (8, 9, 1)]);
    }

    #[test]
    fn a_place_no_gazetteer_knows_before_newspaper_is_the_newspaper() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Liberte newspaper said ; the Lancet medical journal ; Maputo daily ; Basque newspaper Gara"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 2), (5, 6, 2), (10, 11, 2), (13, 14, 2)];
        assert!(newspapers_before_their_noun(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC", "LOC"]);
    }

    #[test]
    fn two_organizations_side_by_side_are_one_and_a_club_s_ground_a_place() {
        let gazetteer = Gazetteer::load();
        let clusters = Clusters::load();
        let words: Vec<&str> =
            "Mumbai Indians captain Rohit Sharma played at Western Sydney Stadium"
                .split(' ')
                .collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(0, 1, 3), (1, 2, 3), (3, 5, 1), (7, 9, 3)];
        assert!(join_adjacent_names(&words, &views, &mut names, &gazetteer));
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 3), (3, 5, 1), (7, 10, 2)]);
        // Not in a line of capitals.
        let words: Vec<&str> = "CDU CSU SPD FDP".split(' ').collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(0, 1, 3), (1, 2, 3)];
        assert!(!join_adjacent_names(&words, &views, &mut names, &gazetteer));
        // Nor a company the lists know before its product's name.
        let words: Vec<&str> = "IBM Blue Gene is fast".split(' ').collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(0, 1, 3), (1, 3, 3)];
        assert!(!join_adjacent_names(&words, &views, &mut names, &gazetteer));
    }

    #[test]
    fn a_region_s_name_with_a_people_s_ending_is_misc() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Tigrayan forces left Tigray for Milan".split(' ').collect();
        let mut names: Names = vec![(0, 1, 2), (3, 4, 2), (5, 6, 2)];
        assert!(peoples_of_regions_are_misc(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["MISC", "LOC", "LOC"]);
    }

    #[test]
    fn a_body_s_head_word_before_of_and_a_place_opens_one_name() {
        let words: Vec<&str> = "the Council of Europe and Benfica of Portugal"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 3), (3, 4, 2), (5, 6, 3), (7, 8, 2)];
        assert!(bodies_of_places(&words, &mut names));
        assert_eq!(names, [(1, 4, 3), (5, 6, 3), (7, 8, 2)]);
        // Over "the", and a republic of a country.
        let words: Vec<&str> = "the Central Bank of the Republic of Turkey"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 3, 3), (5, 6, 2), (7, 8, 2)];
        assert!(bodies_of_places(&words, &mut names));
        assert_eq!(names, [(1, 8, 3)]);
        // A "place" holding a body's head before "of" or "for" is the body; a union of
        // states stays.
        let words: Vec<&str> =
            "the Kansas City Board of Trade and the Union of Soviet States and the Association for Relations"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 6, 2), (8, 12, 2), (14, 17, 2)];
        assert!(bodies_of_places(&words, &mut names));
        assert_eq!(kinds(&names), ["ORG", "LOC", "ORG"]);
    }

    #[test]
    fn a_newspaper_opens_with_the_capitalized_the_before_it() {
        let words: Vec<&str> =
            "The New York Times said ; told The Statesman ; the Times ; The Sun rose"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 4, 3), (8, 9, 3), (11, 12, 3), (14, 15, 2)];
        assert!(newspapers_open_with_the(&words, &mut names));
        assert_eq!(names, [(0, 4, 3), (7, 9, 3), (11, 12, 3), (14, 15, 2)]);
    }

    #[test]
    fn a_name_whose_s_owns_nothing_ends_in_it() {
        let words: Vec<&str> = "the court gave Lloyd 's a reprieve , at Lord 's , and Smith 's car"
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 4, 1), (9, 10, 2), (13, 14, 1)];
        let gazetteer = Gazetteer::load();
        assert!(names_ending_in_possessives(&words, &mut names, &gazetteer));
        assert_eq!(names, [(3, 5, 3), (9, 11, 2), (13, 14, 1)]);
        // Possessives paired over "and".
        let words: Vec<&str> = "Alzheimer 's , Parkinson 's and Motor Neurone disease"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 1), (3, 4, 1)];
        assert!(!names_ending_in_possessives(&words, &mut names, &gazetteer));
        // A place the gazetteer knows keeps its name.
        let words: Vec<&str> = "better than Mexico 's .".split(' ').collect();
        let mut names: Names = vec![(2, 3, 2)];
        assert!(!names_ending_in_possessives(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_one_word_person_of_a_country_no_list_knows_is_a_club() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Nijmeh of Lebanon beat Stephanie of Monaco and seed Maleeva of Bulgaria"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 1, 1),
            (2, 3, 2),
            (4, 5, 1),
            (6, 7, 2),
            (9, 10, 1),
            (11, 12, 2),
        ];
        assert!(clubs_of_countries(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "LOC", "PER", "LOC", "PER", "LOC"]);
    }

    #[test]
    fn a_name_before_two_golf_scores_is_a_golfer() {
        let words: Vec<&str> = "Woosnam 70 76 , Coltart 72 75".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (4, 5, 3)];
        assert!(golfers_before_their_scores(&words, &mut names));
        assert_eq!(kinds(&names), ["PER", "PER"]);
        // Baseball's standings carry a percentage.
        let words: Vec<&str> = "BOSTON 63 64 .496".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3)];
        assert!(!golfers_before_their_scores(&words, &mut names));
    }

    #[test]
    fn a_town_someone_holds_a_stake_in_is_a_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "a stake in Norilsk , shares of Jones , a stake in Hungary and shares in Tokyo and stake in London underground consortium Tube Lines"
                .split(' ')
                .collect();
        let mut names: Names = vec![(3, 4, 2), (7, 8, 1), (12, 13, 2), (16, 17, 2), (20, 21, 2)];
        assert!(companies_held(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC", "LOC", "LOC"]);
    }

    #[test]
    fn an_airport_named_after_a_person_is_a_place() {
        let words: Vec<&str> =
            "at Hamid Karzai International Airport and John F. Kennedy International Airport , Air India"
                .split(' ')
                .collect();
        let gazetteer = Gazetteer::load();
        let mut names: Names = vec![(1, 5, 1), (6, 11, 3), (12, 14, 3)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["LOC", "LOC", "ORG"]);
    }

    #[test]
    fn a_features_word_of_a_name_is_one_place() {
        let words: Vec<&str> =
            "the Gulf of Mexico , the Strait of Hormuz , the Cape of Good Hope , the Persian Gulf of Oman and the Gulf of Mexico Fishery Management Council"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (1, 2, 2),
            (3, 4, 2),
            (6, 9, 3),
            (11, 12, 2),
            (13, 15, 2),
            (17, 19, 2),
            (23, 29, 3),
        ];
        assert!(features_of_places(&words, &mut names));
        assert_eq!(
            names,
            [(1, 4, 2), (6, 9, 2), (11, 15, 2), (17, 19, 2), (23, 29, 3)]
        );
    }

    #[test]
    fn a_name_someone_heads_is_a_body() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Wahid , head of Nahdlatul Ulama , met members of Suu Kyi 's party and the leader of John Major"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 1), (4, 6, 1), (9, 11, 1), (17, 19, 1)];
        assert!(bodies_led_are_no_people(&words, &mut names, &gazetteer));
        // Not before a possessive, nor a name opening with a first name.
        assert_eq!(kinds(&names), ["PER", "ORG", "PER", "PER"]);
    }

    #[test]
    fn a_team_games_result_makes_a_sports_story() {
        let sentence = |text: &'static str| vec![text.split(' ').collect::<Vec<&str>>()];
        assert!(tells_a_team_result(&sentence(
            "Brigham Young beat Utah State 34-20 on Saturday ."
        )));
        assert!(tells_a_team_result(&sentence(
            "Kansas City beat the San Francisco 49ers 25-22 ."
        )));
        // A vote, an election's counts and a sentence with no name.
        assert!(!tells_a_team_result(&sentence(
            "The Senate defeated the amendment 52-48 ."
        )));
        assert!(!tells_a_team_result(&sentence(
            "Biden beat Trump 51-47 percent in Michigan ."
        )));
        assert!(tells_a_team_result(&sentence(
            "Inter Milan beat AC Milan 5-1 ."
        )));
        assert!(tells_a_team_result(&sentence(
            "Atletico Madrid drew 1-1 with Sevilla ."
        )));
        assert!(!tells_a_team_result(&sentence(
            "Biden beat Trump 306-232 in the Electoral College ."
        )));
        assert!(!tells_a_team_result(&sentence("Profits beat forecasts .")));
    }

    #[test]
    fn a_name_before_tennis_sets_is_a_player() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Carlos Alcaraz beat Novak Djokovic 1-6 7-6 ( 8-6 ) 6-1 in the final"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 3)];
        assert!(players_before_set_scores(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["PER", "PER"]);
        // The player's country after "of", and a country's side, stay places.
        let words: Vec<&str> = "Tim Henman of Britain 6-4 6-4".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 2)];
        assert!(!players_before_set_scores(&words, &mut names, &gazetteer));
        let words: Vec<&str> = "Spain beat France 6-4 6-4".split(' ').collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 2)];
        assert!(!players_before_set_scores(&words, &mut names, &gazetteer));
        // One score is a match's, not a player's sets: "Ajax 2-1".
        let words: Vec<&str> = "beat Ajax 6-1 .".split(' ').collect();
        let mut names: Names = vec![(1, 2, 3)];
        assert!(!players_before_set_scores(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_name_ends_before_a_dash_standing_alone() {
        let words: Vec<&str> = "AMERICAN FOOTBALL - NFL STANDINGS".split(' ').collect();
        let mut names: Names = vec![(0, 4, 4)];
        assert!(split_names_at_lone_dashes(&words, &mut names));
        assert_eq!(names, [(0, 2, 4), (3, 4, 4)]);
        assert!(drop_sport_headings(&words, &mut names));
        assert_eq!(names, [(3, 4, 4)]);
        assert!(league_acronyms_are_organizations(&words, &mut names));
        assert_eq!(names, [(3, 4, 3)]);
        // A hyphen inside a word is no dash.
        let words: Vec<&str> = "Coca-Cola Amatil rose".split(' ').collect();
        let mut names: Names = vec![(0, 2, 3)];
        assert!(!split_names_at_lone_dashes(&words, &mut names));
    }

    #[test]
    fn a_line_in_capitals_of_a_press_digest_is_a_newspaper() {
        let gazetteer = Gazetteer::load();
        let sentences: Vec<Vec<&str>> = vec![
            "PRESS DIGEST - Lebanon - Aug 27 .".split(' ').collect(),
            "BEIRUT 1996-08-27".split(' ').collect(),
            "AN-NAHAR".split(' ').collect(),
            "AL RAI".split(' ').collect(),
            "FRONT PAGE".split(' ').collect(),
            "IRAQ".split(' ').collect(),
            "Hariri to form new government .".split(' ').collect(),
        ];
        let (person, place, organization) = (1, 2, 3);
        let mut names: Vec<Names> = vec![
            vec![(3, 4, place)],
            vec![(0, 1, place)],
            vec![(0, 1, place)],
            vec![(0, 2, person)],
            vec![],
            vec![(0, 1, place)],
            vec![(0, 1, person)],
        ];
        let mut changed = vec![false; 7];
        newspapers_heading_press_digests(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[2], [(0, 1, organization)]);
        assert_eq!(names[3], [(0, 2, organization)]);
        // The dateline, a section's heading, a country's and the stories stay.
        assert_eq!(changed, [false, false, true, true, false, false, false]);
        // No digest, no newspapers.
        let sentences: Vec<Vec<&str>> = vec![
            "SOCCER - RESULTS".split(' ').collect(),
            "AL RAI".split(' ').collect(),
        ];
        let mut names: Vec<Names> = vec![vec![], vec![(0, 2, person)]];
        let mut changed = vec![false; 2];
        newspapers_heading_press_digests(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(changed, [false, false]);
    }

    #[test]
    fn a_row_of_a_results_diary_names_its_company() {
        let words: Vec<&str> = "TUE Iscor YR EPS 29.7 26.0-32.0 38.0".split(' ').collect();
        let mut names: Names = vec![(1, 2, 1)];
        assert!(companies_in_results_diaries(&words, &mut names));
        assert_eq!(names, [(1, 2, 3)]);
        let words: Vec<&str> = "THU JD Group YR DIV 41.8 41.0-42.5 33.0"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 1)];
        assert!(companies_in_results_diaries(&words, &mut names));
        assert_eq!(names, [(1, 3, 3)]);
        // A day and no period before the figures' label is no diary's row.
        let words: Vec<&str> = "MON Smith said".split(' ').collect();
        let mut names: Names = vec![(1, 2, 1)];
        assert!(!companies_in_results_diaries(&words, &mut names));
    }

    #[test]
    fn a_table_header_row_names_nothing() {
        let words: Vec<&str> = "W L T PCT PF PA".split(' ').collect();
        let mut names: Names = vec![(5, 6, 2)];
        assert!(drop_table_headers(&words, &mut names));
        assert!(names.is_empty());
        // A headline in capitals of short words is no table.
        let words: Vec<&str> = "UN SAYS IRAQ OK".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 2)];
        assert!(!drop_table_headers(&words, &mut names));
        assert_eq!(names.len(), 2);
    }

    #[test]
    fn a_name_in_brackets_before_a_number_is_a_scorer() {
        let words: Vec<&str> = "Chelsea 2 ( Zola 12 , Vialli 67 ) Everton 2 ( Branch 18 )"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (3, 4, 1), (6, 7, 3), (9, 10, 3), (12, 13, 3)];
        assert!(scorers_in_brackets(&words, &mut names));
        assert_eq!(kinds(&names), ["ORG", "PER", "PER", "ORG", "PER"]);
        // A number after a comma outside brackets is no minute: "Leeds 2 , Derby 1".
        let words: Vec<&str> = "Leeds 2 , Derby 1".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (3, 4, 3)];
        assert!(!scorers_in_brackets(&words, &mut names));
    }

    #[test]
    fn a_town_owning_a_player_is_its_team() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Boston 's Roger Clemens beat Sweden 's Stefan Schwarz"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (2, 4, 1), (5, 6, 2), (7, 9, 1)];
        assert!(towns_owning_players(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "PER", "LOC", "PER"]);
    }

    #[test]
    fn a_place_before_an_event_s_word_names_the_event() {
        let words: Vec<&str> = "HONG KONG OPEN SECOND ROUND ; the Hong Kong Open ; Federal Open"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 2), (2, 4, 4), (7, 9, 2), (11, 12, 3)];
        assert!(events_named_after_places(&words, &mut names));
        assert_eq!(names, [(0, 3, 4), (7, 10, 4), (11, 12, 3)]);
    }

    #[test]
    fn a_company_ends_before_in_and_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "strategist at A.G. Edwards & Sons in St. Louis and Human Rights in China"
                .split(' ')
                .collect();
        let mut names: Names = vec![(2, 9, 3), (10, 14, 3)];
        assert!(split_companies_at_in(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 6, 3), (7, 9, 2), (10, 14, 3)]);
    }

    #[test]
    fn a_name_ends_before_a_full_stop_after_a_whole_word() {
        let words: Vec<&str> = "according to Lawyers for Human Rights . Baird & Co ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 7, 3), (7, 11, 3)];
        assert!(drop_full_stops_after_words(&words, &mut names));
        assert_eq!(names, [(2, 6, 3), (7, 11, 3)]);
    }

    #[test]
    fn a_company_begun_at_the_second_word_begins_at_the_first() {
        // (sentence, the company as the tagger had it, as it should be)
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        for (text, tagged, whole) in [
            (
                "Zoom Video Communications beat estimates in the quarter",
                (1, 3),
                (0, 3),
            ),
            ("Both WorldCom Inc and MCI were trading", (1, 3), (1, 3)),
            ("The Dow Chemical Co said it would cut jobs", (1, 4), (1, 4)),
            ("BORROWER VENANTIUS AB", (1, 3), (1, 3)),
            ("Rivals General Motors and Ford Motor Co", (1, 3), (1, 3)),
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            let mut names: Names = vec![(tagged.0, tagged.1, type_index("ORG"))];
            companies_opening_sentences(&words, &views, &mut names);
            assert_eq!(names, [(whole.0, whole.1, type_index("ORG"))], "{text}");
        }
    }

    #[test]
    fn a_first_name_before_a_person_opening_with_another_is_a_second_given_name() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let words: Vec<&str> =
            "out of Ole Gunnar Solskjaer 's team , said Sen John Smith on June Paul Pogba"
                .split(' ')
                .collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let person = type_index("PER");
        let mut names: Names = vec![(3, 5, person), (10, 12, person), (14, 16, person)];
        assert!(double_given_names(&words, &views, &mut names, &gazetteer));
        assert_eq!(names, [(2, 5, person), (10, 12, person), (14, 16, person)]);
    }

    #[test]
    fn a_person_s_name_runs_over_no_and_and_a_county_is_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "led by Phil Weiser and Nebraska 's Doug Peterson in Los Angeles County and Ross County"
                .split(' ')
                .collect();
        let (person, place, organization) =
            (type_index("PER"), type_index("LOC"), type_index("ORG"));
        let mut names: Names = vec![(2, 6, person), (7, 9, person), (10, 13, organization)];
        assert!(split_people_at_and(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [
                (2, 4, person),
                (5, 6, place),
                (7, 9, person),
                (10, 13, organization)
            ]
        );
        assert!(counties_are_places(&words, &mut names));
        assert_eq!(names[3], (10, 13, place));
    }

    #[test]
    fn a_formula_one_team_alone_is_the_team_in_a_motor_racing_story() {
        let sentences: Vec<Vec<&str>> = [
            "Seven-times Formula One world champion Lewis Hamilton will miss the race",
            "his Mercedes team said , and Williams reserve Jack Aitken takes his seat",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let (person, place, misc) = (type_index("PER"), type_index("LOC"), type_index("MISC"));
        let mut names: Vec<Names> = vec![
            vec![(0, 1, misc), (1, 3, misc), (5, 7, person)],
            vec![(1, 2, place), (6, 7, person), (9, 11, person)],
        ];
        assert!(drop_counts_of_times(&sentences[0], &mut names[0]));
        assert_eq!(names[0], [(1, 3, misc), (5, 7, person)]);
        let mut changed = vec![false, false];
        formula_one_teams(&sentences, &mut names, &mut changed);
        let organization = type_index("ORG");
        assert_eq!(
            names[1],
            [(1, 2, organization), (6, 7, organization), (9, 11, person)]
        );
        // Elsewhere "Williams" is a person's name.
        let mut names: Vec<Names> = vec![vec![], vec![(6, 7, person)]];
        let sentences = vec![vec!["Tennis"], sentences[1].clone()];
        formula_one_teams(&sentences, &mut names, &mut changed);
        assert_eq!(names[1], [(6, 7, person)]);
        // A motor racing headline says so without "Formula One".
        let mut names: Vec<Names> = vec![vec![], vec![(6, 7, person)]];
        let sentences = vec![
            "MOTOR RACING - HILL SIGNS FOR ARROWS".split(' ').collect(),
            sentences[1].clone(),
        ];
        formula_one_teams(&sentences, &mut names, &mut changed);
        assert_eq!(names[1], [(6, 7, organization)]);
    }

    #[test]
    fn an_acronym_in_brackets_after_an_organization_is_the_organization() {
        let words: Vec<&str> =
            "the Committee on Foreign Investment ( CFIUS ) and the London Metal Exchange ( LME ) , in New York ( NY )"
                .split(' ')
                .collect();
        let (organization, place, misc) =
            (type_index("ORG"), type_index("LOC"), type_index("MISC"));
        let mut names: Names = vec![
            (1, 5, organization),
            (6, 7, misc),
            (10, 13, organization),
            (18, 20, place),
        ];
        assert!(acronyms_in_brackets_after_organizations(&words, &mut names));
        assert_eq!(
            names,
            [
                (1, 5, organization),
                (6, 7, organization),
                (10, 13, organization),
                (14, 15, organization),
                (18, 20, place)
            ]
        );
    }

    #[test]
    fn a_town_a_team_draws_with_or_faces_is_a_team() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Barcelona drew 2-2 with Valencia ; Real Madrid face Eibar ; Texas will face Washington"
                .split(' ')
                .collect();
        let (organization, place) = (type_index("ORG"), type_index("LOC"));
        let mut names: Names = vec![
            (0, 1, organization),
            (4, 5, place),
            (6, 8, organization),
            (9, 10, place),
            (11, 12, organization),
            (14, 15, place),
        ];
        assert!(opponents_of_teams_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG"; 6]);
    }

    #[test]
    fn a_datelines_region_stays_a_place_where_its_team_plays() {
        let gazetteer = Gazetteer::load();
        let (organization, place) = (type_index("ORG"), type_index("LOC"));
        let sentences: Vec<Vec<&str>> = [
            "TUSCALOOSA , Alabama ( Reuters ) - Georgia beat Alabama 27-24",
            "Alabama lost",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let mut names = vec![
            vec![
                (0, 1, place),
                (2, 3, place),
                (4, 5, organization),
                (7, 8, organization),
                (9, 10, organization),
            ],
            vec![(0, 1, place)],
        ];
        let mut changed = vec![false; 2];
        teams_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[0][1], (2, 3, place));
        assert_eq!(names[1], [(0, 1, organization)]);
    }

    #[test]
    fn the_firms_market_analysts_work_at_are_organizations() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Analysts at JPMorgan and Cowen raised targets , said an economist at Japan 's Daiwa"
                .split(' ')
                .collect();
        let (organization, place) = (type_index("ORG"), type_index("LOC"));
        let mut names: Names = vec![
            (2, 3, organization),
            (4, 5, place),
            (12, 13, place),
            (14, 15, organization),
        ];
        assert!(employers_of_market_analysts(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC", "ORG"]);
    }

    #[test]
    fn a_stock_market_index_is_misc_with_its_number() {
        let words: Vec<&str> =
            "Germany 's DAX rose , the STOXX 600 fell , the Dow Jones Industrial Average and the Shanghai Composite were flat ; Composite Technology said"
                .split(' ')
                .collect();
        // A place, a place, an organization, two more, and a company opening with "Composite".
        let mut names: Names = vec![
            (0, 1, 2),
            (2, 3, 2),
            (6, 7, 3),
            (11, 15, 3),
            (17, 19, 3),
            (22, 24, 3),
        ];
        assert!(market_indices_are_misc(&words, &mut names));
        assert_eq!(
            names,
            [
                (0, 1, 2),
                (2, 3, 4),
                (6, 8, 4),
                (11, 15, 4),
                (17, 19, 4),
                (22, 24, 3)
            ]
        );
        // The agency's index, and the agency.
        let words: Vec<&str> = "the S&P 500 gained , rated BB-plus by S&P"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 3), (8, 9, 3)];
        assert!(market_indices_are_misc(&words, &mut names));
        assert_eq!(names, [(1, 3, 4), (8, 9, 3)]);
    }

    #[test]
    fn max_after_a_model_number_is_the_model() {
        let words: Vec<&str> = "the first Boeing 737 MAX flight ; MAX Petroleum"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 3), (4, 5, 3), (7, 9, 3)];
        assert!(aircraft_models(&words, &mut names));
        assert_eq!(names, [(2, 3, 3), (3, 5, 4), (7, 9, 3)]);
        // One the tagger left out.
        let words: Vec<&str> = "as the 737 MAX returns".split(' ').collect();
        let mut names: Names = vec![];
        assert!(aircraft_models(&words, &mut names));
        assert_eq!(names, [(2, 4, 4)]);
    }

    #[test]
    fn what_a_person_is_of_is_no_person() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Yair Lapid of Yesh Atid and Lisa Smith of Smith Barney ; Maria Full of Grace"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 2, 1),
            (3, 5, 1),
            (6, 8, 1),
            (9, 11, 1),
            (12, 14, 1),
            (15, 16, 1),
        ];
        assert!(no_person_of_a_person(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["PER", "ORG", "PER", "ORG", "PER", "PER"]);
        // A "place" no gazetteer knows is the person's firm; one it knows stays.
        let words: Vec<&str> = "Michael Pachter of Wedbush and Ivan Ivanov of Belarus"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 2), (5, 7, 1), (8, 9, 2)];
        assert!(no_person_of_a_person(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["PER", "ORG", "PER", "LOC"]);
    }

    #[test]
    fn a_body_ends_before_a_peoples_adjective_and_its_noun() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "the Lima Group of Latin American countries and the Organization of American States"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 6, 3), (9, 13, 3)];
        assert!(bodies_end_before_demonyms(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 3, 3), (4, 6, 4), (9, 13, 3)]);
    }

    #[test]
    fn a_word_in_camel_case_is_a_company() {
        let words: Vec<&str> =
            "FireEye , the cybersecurity firm , and MainStay International Funds ; McDonald , LeBron , JulAug , FinMin"
                .split(' ')
                .collect();
        let organization = type_index("ORG");
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(8, 10, organization), (11, 12, 1)];
        assert!(camel_case_companies(&words, &views, &mut names));
        assert_eq!(
            names,
            [(0, 1, organization), (7, 10, organization), (11, 12, 1)]
        );
        // Named alone as a person or a place, it is an organization too.
        let words: Vec<&str> = "according to BleepingComputer and EgyptAir"
            .split(' ')
            .collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(2, 3, 1), (4, 5, 2)];
        assert!(camel_case_companies(&words, &views, &mut names));
        assert_eq!(names, [(2, 3, organization), (4, 5, organization)]);
    }

    #[test]
    fn black_before_people_is_a_people_s_name() {
        let words: Vec<&str> = "turnout among Black voters ; Jack Black said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 2), (5, 7, 1)];
        assert!(black_as_a_people(&words, &mut names));
        assert_eq!(names, [(2, 3, 4), (5, 7, 1)]);
        // The noun of people after one word: "the first Black defense secretary".
        let words: Vec<&str> = "the first Black defense secretary".split(' ').collect();
        let mut names: Names = vec![(2, 3, 2)];
        assert!(black_as_a_people(&words, &mut names));
        assert_eq!(names, [(2, 3, 4)]);
        let words: Vec<&str> = "the names of Black victims of violence"
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 4, 2)];
        assert!(black_as_a_people(&words, &mut names));
        assert_eq!(names, [(3, 4, 4)]);
        // Before "and" and another people's name.
        let words: Vec<&str> = "the first Black and Asian American vice president"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 2), (4, 5, 4), (5, 6, 4)];
        assert!(black_as_a_people(&words, &mut names));
        assert_eq!(names, [(2, 3, 4), (4, 5, 4), (5, 6, 4)]);
    }

    #[test]
    fn a_day_with_a_name_of_its_own_is_misc() {
        let words: Vec<&str> =
            "on Black Friday and Cyber Monday , as Super Tuesday neared ; Smith Friday said"
                .split(' ')
                .collect();
        // A place, "Cyber" alone, an organization, nothing; a person.
        let mut names: Names = vec![(1, 3, 2), (4, 5, 4), (8, 10, 3), (12, 13, 1)];
        assert!(named_days_are_misc(&words, &mut names, &Gazetteer::load()));
        assert_eq!(names, [(1, 3, 4), (4, 6, 4), (8, 10, 4), (12, 13, 1)]);
        let words: Vec<&str> = "sales on Black Friday rose".split(' ').collect();
        let mut names: Names = vec![];
        assert!(named_days_are_misc(&words, &mut names, &Gazetteer::load()));
        assert_eq!(names, [(2, 4, 4)]);
    }

    #[test]
    fn a_misc_name_a_deal_buys_is_a_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Schwab agreed to buy TD Ameritrade , after the acquisition of Austrian chains and a bid for the Democratic nomination ; Iran bought Silkworm missiles"
                .split(' ')
                .collect();
        let misc = type_index("MISC");
        let mut names: Names = vec![
            (0, 1, 1),
            (4, 6, misc),
            (10, 11, misc),
            (17, 18, misc),
            (22, 23, misc),
        ];
        let mut companies = Vec::new();
        assert!(companies_bought(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["PER", "ORG", "MISC", "MISC", "MISC"]);
        assert_eq!(companies, ["TD Ameritrade"]);
        // A "place" no gazetteer knows; a known place stays.
        let words: Vec<&str> = "the purchase of Celgene and the takeover of Brazil"
            .split(' ')
            .collect();
        let place = type_index("LOC");
        let mut names: Names = vec![(3, 4, place), (8, 9, place)];
        assert!(companies_bought(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "LOC"]);
    }

    #[test]
    fn a_name_before_vaccine_is_its_maker_unless_a_place_nation_or_disease() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "the Sinovac vaccine , the Russian vaccine , the Oxford vaccine , the Ebola vaccine , a Hepatitis-B vaccine"
                .split(' ')
                .collect();
        // The tagger's place, MISC, place, MISC, MISC.
        let mut names: Names = vec![(1, 2, 2), (5, 6, 4), (9, 10, 2), (13, 14, 4), (17, 18, 4)];
        let mut companies = Vec::new();
        assert!(makers_of_vaccines(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "MISC", "LOC", "MISC", "MISC"]);
        assert_eq!(companies, ["Sinovac"]);
    }

    #[test]
    fn a_person_whose_price_moves_by_a_percentage_is_a_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Meituan Dianping fell 3.6 % , Xiaomi slid 2.9% and Tiger Woods shed 3 strokes"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 2, 1), (6, 7, 1), (10, 12, 1)];
        assert!(companies_whose_price_moves(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 3), (6, 7, 3), (10, 12, 1)]);
    }

    #[test]
    fn a_person_only_the_company_lists_know_is_that_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Huawei denied it , Ann Taylor said , and Smith agreed ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 1), (4, 6, 1), (9, 10, 1)];
        assert!(companies_no_person_list_knows(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(names, [(0, 1, 3), (4, 6, 1), (9, 10, 1)]);
        // A militia whose last word names an organization the lists know.
        let words: Vec<&str> = "Kataib Hezbollah accused him".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1)];
        assert!(companies_no_person_list_knows(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(names, [(0, 2, 3)]);
    }

    #[test]
    fn a_company_the_lists_know_that_the_tagger_left_out_is_named() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        // (sentence, the companies named in it)
        for (text, named) in [
            (
                "Robinhood restricted trading in GameStop on Thursday .",
                vec!["Robinhood", "GameStop"],
            ),
            ("Primark will reopen its stores in April .", vec!["Primark"]),
            // Common words the lists also know as brands: "Next", "Match", "Backstage".
            ("Next , the match was played at home .", vec![]),
            ("Backstage , he said the win was his first .", vec![]),
            // An acronym and a rating are not brands there.
            ("Ford China JV posts a 77 percent drop in profit .", vec![]),
            ("Moody 's cut the rating to B2 from B1 on Monday .", vec![]),
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            let mut names = Names::new();
            listed_companies_left_out(
                &words,
                &views,
                &mut names,
                &mut vec![],
                &gazetteer,
                &clusters,
            );
            let found: Vec<String> = names
                .iter()
                .map(|&(s, e, _)| words[s..e].join(" "))
                .collect();
            assert_eq!(found, named, "{text}");
            assert!(kinds(&names).iter().all(|k| *k == "ORG"), "{text}");
        }
    }

    #[test]
    fn a_person_that_is_the_subject_of_its_is_a_company() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let mut companies = Vec::new();
        // (sentence, the person's span as the tagger might have it, whether a company)
        for (text, (start, end), company) in [
            ("Ted Baker said its sales fell .", (0, 2), true),
            (
                "Analysts said Ted Baker had cut its forecast .",
                (2, 4),
                true,
            ),
            // The "its" of another subject, or of a person's object.
            ("Smith said it had changed its stance .", (0, 1), false),
            ("Sosa said chase opened its books .", (0, 1), false),
            ("Gencor said earlier its profit rose .", (0, 1), true),
            ("Smith told Acme its bid failed .", (0, 1), false),
            ("The army under Goering began its bombing .", (3, 4), false),
            ("Smith , who ran its unit , left .", (0, 1), false),
            // What a person is; a name opening with a first name.
            ("Smith was its best performer .", (0, 1), false),
            ("John Smith said its sales fell .", (0, 2), false),
            // The day of saying; "it" said by a name the lists know as a company's.
            ("Ted Baker said on Tuesday its loss widened .", (0, 2), true),
            (
                "Aston Martin named Tobias Moers as its chief executive .",
                (0, 2),
                true,
            ),
            (
                "Acme and John Lewis said it would close stores .",
                (2, 4),
                true,
            ),
            ("John Smith said it would close stores .", (0, 2), false),
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            let mut names: Names = vec![(start, end, 1)];
            assert_eq!(
                companies_owning_things(&words, &views, &mut names, &mut companies, &gazetteer),
                company,
                "{text}"
            );
        }
        assert_eq!(
            companies,
            [
                "Ted Baker",
                "Ted Baker",
                "Gencor",
                "Ted Baker",
                "Aston Martin",
                "John Lewis"
            ]
        );
        // A subject the tagger left out; not a common word, a month or "I".
        for (text, company) in [
            ("Hershey raised its annual forecast .", true),
            ("Officials said its forecast was wrong .", false),
            ("March saw its prices fall .", false),
            ("I do not visualise its straining relations .", false),
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            let mut names: Names = Vec::new();
            assert_eq!(
                companies_owning_things(&words, &views, &mut names, &mut companies, &gazetteer),
                company,
                "{text}"
            );
            assert_eq!(names.len(), usize::from(company), "{text}");
        }
    }

    #[test]
    fn a_name_before_airport_or_province_is_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Ben Gurion airport and Smith said at the Brisbane ground ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (4, 5, 1), (8, 9, 3)];
        assert!(places_before_place_nouns(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 2), (4, 5, 1), (8, 9, 2)]);
        // A region the tagger took for MISC; a nationality stays MISC.
        let words: Vec<&str> = "army captures Tigray capital from Chechen capital"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 4), (5, 6, 4)];
        assert!(places_before_place_nouns(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 3, 2), (5, 6, 4)]);
        // A town before a plant's noun; a company before it stays.
        let words: Vec<&str> = "its Newcastle steelworks and the Nissan plant"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 3), (5, 6, 3)];
        assert!(places_before_place_nouns(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["LOC", "ORG"]);
    }

    #[test]
    fn two_names_that_together_are_a_known_place_are_that_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "He will visit Rio de Janeiro and Sao Paulo Smith ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 4, 2), (4, 6, 1), (7, 9, 2), (9, 10, 1)];
        assert!(join_split_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(3, 6, 2), (7, 9, 2), (9, 10, 1)]);
        let words: Vec<&str> = "Serbia and Montenegro , Serbia and Croatia"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 2), (4, 5, 2), (6, 7, 2)];
        assert!(join_split_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 3, 2), (4, 5, 2), (6, 7, 2)]);
    }

    #[test]
    fn a_results_heading_names_the_venue() {
        let words: Vec<&str> = "In Chorzow : Ruch Chorzow ( Poland ) 5"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 1), (3, 5, 3)];
        assert!(venue_headings_are_places(&words, &mut names));
        assert_eq!(names, [(1, 2, 2), (3, 5, 3)]);
        let words: Vec<&str> = "In Smith 's view : no".split(' ').collect();
        let mut names: Names = vec![(1, 2, 1)];
        assert!(!venue_headings_are_places(&words, &mut names));
    }

    #[test]
    fn a_name_one_holds_shares_in_is_a_company_unless_a_country() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Gencor raised its stake in Ingwe and bought shares in Hungary and a unit of Singapore-listed Hwa Kay and shares in Anglo-Swedish Astra ."
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 3), (5, 6, 2), (10, 11, 2), (15, 16, 4), (16, 18, 1)];
        let mut companies = Vec::new();
        assert!(companies_after_holdings(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(
            names,
            [(0, 1, 3), (5, 6, 3), (10, 11, 2), (15, 16, 4), (16, 18, 1)]
        );
        // Remembered for the article's other mentions.
        assert_eq!(companies, ["Ingwe"]);
        // A company the tagger left out is named; not in a headline's capitals.
        let words: Vec<&str> = "Shares in BioNTech rose , shares in Ted Baker fell"
            .split(' ')
            .collect();
        let mut names: Names = vec![(6, 7, 1)];
        let mut companies = Vec::new();
        assert!(companies_after_holdings(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(names, [(2, 3, 3), (6, 7, 1)]);
        assert_eq!(companies, ["BioNTech"]);
        // The person whose company the shares are of stays a person.
        let words: Vec<&str> = "shares of Elon Musk 's carmaker rose".split(' ').collect();
        let mut names: Names = vec![(2, 4, 1)];
        assert!(!companies_after_holdings(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["PER"]);
        let words: Vec<&str> = "SHARES IN BIONTECH RISE".split(' ').collect();
        let mut names = Names::new();
        assert!(!companies_after_holdings(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
    }

    #[test]
    fn a_given_name_the_article_names_a_person_alone_is_that_person_throughout() {
        let gazetteer = Gazetteer::load();
        let sentences: Vec<Vec<&str>> = [
            "Ethiopia 's Abiy orders offensive",
            "Prime Minister Abiy Ahmed ordered",
            "Abiy , who won the prize , said",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let mut names: Vec<Names> =
            vec![vec![(0, 1, 2), (2, 3, 2)], vec![(2, 4, 1)], vec![(0, 1, 1)]];
        let mut changed = vec![false; 3];
        let people = PeopleWords::of(&sentences, &names);
        given_names_throughout(&sentences, &mut names, &mut changed, &people, &gazetteer);
        assert_eq!(names[0], [(0, 1, 2), (2, 3, 1)]);
        assert_eq!(changed, [true, false, false]);
        // Named in full only, the word says nothing of the place.
        let mut names: Vec<Names> = vec![vec![(0, 1, 2), (2, 3, 2)], vec![(2, 4, 1)], vec![]];
        let mut changed = vec![false; 3];
        let people = PeopleWords::of(&sentences, &names);
        given_names_throughout(&sentences, &mut names, &mut changed, &people, &gazetteer);
        assert_eq!(names[0], [(0, 1, 2), (2, 3, 2)]);
    }

    #[test]
    fn a_name_described_as_a_company_after_a_comma_is_that_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Keidanren , Japan 's biggest business lobby , welcomed it ; Viljoen , leader of the Freedom Front party ,"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 2), (12, 13, 1), (17, 19, 3)];
        assert!(organizations_described_after_a_comma(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "LOC", "PER", "ORG"]);
        // A town may be its company's name; a country stays a country.
        let words: Vec<&str> =
            "Norilsk , Russia 's largest nickel producer , and Saudi Arabia , the largest oil exporter ,"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 2), (9, 11, 2)];
        assert!(organizations_described_after_a_comma(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "LOC", "LOC"]);
        // A clause after the comma describes nothing; nor does a dateline's date.
        let words: Vec<&str> =
            "Director Kobena Erbynn , represented a compromise between producer , and BONN , March 17 - The West German airline ,"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 3, 1), (13, 14, 2)];
        assert!(!organizations_described_after_a_comma(
            &words, &mut names, &gazetteer
        ));
    }

    #[test]
    fn a_body_of_fields_listed_with_commas_is_one_name() {
        let words: Vec<&str> =
            "the Ministry of Economy , Trade and Industry and the Bureau of Alcohol , Tobacco and Firearms ; Bank of Japan , Sony and Toyota"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (1, 4, 3),
            (5, 8, 3),
            (10, 13, 3),
            (14, 17, 3),
            (18, 21, 3),
            (22, 23, 3),
            (24, 25, 3),
        ];
        assert!(bodies_of_listed_fields(&words, &mut names));
        assert_eq!(
            names,
            [
                (1, 8, 3),
                (10, 17, 3),
                (18, 21, 3),
                (22, 23, 3),
                (24, 25, 3)
            ]
        );
    }

    #[test]
    fn a_name_described_as_a_town_after_a_comma_is_a_place() {
        let words: Vec<&str> =
            "troops shelled Stepanakert , the region 's main city , and Taibe , an Arab town ."
                .split(' ')
                .collect();
        let mut names: Names = vec![(2, 3, 1), (11, 12, 3)];
        assert!(places_in_apposition(&words, &mut names));
        assert_eq!(kinds(&names), ["LOC", "LOC"]);
        // A noun that goes on into another ("the city council") describes something else.
        let words: Vec<&str> = "said Smith , the city council 's leader ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 1)];
        assert!(!places_in_apposition(&words, &mut names));
    }

    #[test]
    fn a_place_or_person_before_a_company_s_name_opens_it() {
        let words: Vec<&str> = "Santa Fe Pacific Gold Corp and Robert W. Baird & Co ; Ohio Edison"
            .split(' ')
            .collect();
        let mut names: Names = vec![
            (0, 3, 2),
            (3, 5, 3),
            (6, 8, 1),
            (8, 11, 3),
            (12, 13, 2),
            (13, 14, 3),
        ];
        assert!(companies_opened_by_places_or_people(&words, &mut names));
        // "Edison" ends no company's name by its form.
        assert_eq!(names, [(0, 5, 3), (6, 11, 3), (12, 13, 2), (13, 14, 3)]);
    }

    #[test]
    fn a_town_opening_a_company_s_name_is_that_company_alone() {
        let gazetteer = Gazetteer::load();
        let (place, organization) = (type_index("LOC"), type_index("ORG"));
        let sentences: Vec<Vec<&str>> = [
            "Newmont and Santa Fe Pacific Gold Corp agreed to merge .",
            "Santa Fe shareholders will receive shares ; a mine near Santa Fe .",
            "Tokyo Electric Power Co said ; Tokyo shares fell .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let mut names: Vec<Names> = vec![
            vec![(0, 1, organization), (2, 7, organization)],
            vec![(0, 2, place), (10, 12, place)],
            vec![(0, 4, organization), (6, 7, place)],
        ];
        let mut changed = vec![false; 3];
        towns_naming_companies(&sentences, &mut names, &mut changed, &gazetteer);
        // Not where something is; not a city of millions.
        assert_eq!(names[1], [(0, 2, organization), (10, 12, place)]);
        assert_eq!(names[2], [(0, 4, organization), (6, 7, place)]);
        assert_eq!(changed, [false, true, false]);
    }

    #[test]
    fn names_either_side_of_an_ampersand_are_one() {
        let words: Vec<&str> = "Brighton & Hove Albion drew ; Trinidad & Tobago won"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (2, 4, 3), (6, 7, 2), (8, 9, 2)];
        assert!(names_joined_by_ampersand(&words, &mut names));
        assert_eq!(names, [(0, 4, 3), (6, 9, 2)]);
        // "and" is no part of a name.
        let words: Vec<&str> = "Brighton and Chelsea".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 3)];
        assert!(!names_joined_by_ampersand(&words, &mut names));
    }

    #[test]
    fn a_name_after_the_town_of_is_a_place() {
        let words: Vec<&str> = "a massacre in the town of Mai Kadra and the county of Hampshire"
            .split(' ')
            .collect();
        let mut names: Names = vec![(6, 8, 1), (12, 13, 3)];
        assert!(places_after_place_nouns(&words, &mut names));
        assert_eq!(kinds(&names), ["LOC", "LOC"]);
        // "of" after another noun says nothing.
        let words: Vec<&str> = "the president of Mai Kadra".split(' ').collect();
        let mut names: Names = vec![(3, 5, 1)];
        assert!(!places_after_place_nouns(&words, &mut names));
    }

    #[test]
    fn a_surname_and_a_hyphenated_given_name_are_one_person() {
        let words: Vec<&str> =
            "goals from Son Heung-min , President Moon Jae-in and Carrie Lam Cheng Yuet-ngor"
                .split(' ')
                .collect();
        // As the tagger had them: a place, a person's surname alone, a person cut short.
        let mut names: Names = vec![(2, 4, 2), (6, 7, 1), (9, 11, 1)];
        assert!(people_with_hyphenated_given_names(&words, &mut names));
        assert_eq!(names, [(2, 4, 1), (6, 8, 1), (9, 13, 1)]);
        // Other surnames are no such names ("New York-based"); a longer name is left whole.
        let words: Vec<&str> = "New York-based , Kim Jae-in League".split(' ').collect();
        let mut names: Names = vec![(3, 6, 3)];
        assert!(!people_with_hyphenated_given_names(&words, &mut names));
        assert_eq!(names, [(3, 6, 3)]);
        // A Korean surname in another romanization.
        let words: Vec<&str> = "Cameron Smith and Im Sung-jae tied".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 1)];
        assert!(people_with_hyphenated_given_names(&words, &mut names));
        assert_eq!(names, [(0, 2, 1), (3, 5, 1)]);
        // Less common surnames: "Bang Si-hyuk", "Tsui Ka-yu".
        let words: Vec<&str> = "founder Bang Si-hyuk and Tsui Ka-yu".split(' ').collect();
        let mut names: Names = vec![(1, 2, 1)];
        assert!(people_with_hyphenated_given_names(&words, &mut names));
        assert_eq!(names, [(1, 3, 1), (4, 6, 1)]);
    }

    #[test]
    fn a_name_ending_in_a_clubs_last_word_is_the_club() {
        let words: Vec<&str> =
            "West Ham United drew with Wolverhampton Wanderers as Britain United Nations said"
                .split(' ')
                .collect();
        // As the tagger had them: a place, a town with "Wanderers" a name of its own.
        let mut names: Names = vec![(0, 3, 2), (5, 6, 2), (6, 7, 1), (8, 9, 2), (9, 11, 3)];
        assert!(clubs_by_their_last_word(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (5, 7, 3), (8, 9, 2), (9, 11, 3)]);
    }

    #[test]
    fn a_name_ending_in_a_competitions_last_word_is_the_event() {
        let words: Vec<&str> = "the Gippsland Trophy semi-final and the Open"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 3, 2), (6, 7, 2)];
        assert!(events_by_their_last_word(&words, &mut names));
        assert_eq!(kinds(&names), ["MISC", "LOC"]);
        // The French party is no race.
        let words: Vec<&str> = "the Acropolis Rally and the National Rally"
            .split(' ')
            .collect();
        let organization = type_index("ORG");
        let mut names: Names = vec![(1, 3, organization), (5, 7, organization)];
        assert!(events_by_their_last_word(&words, &mut names));
        assert_eq!(kinds(&names), ["MISC", "ORG"]);
        let words: Vec<&str> = "won the Rose Bowl".split(' ').collect();
        let mut names: Names = vec![(2, 4, type_index("PER"))];
        assert!(events_by_their_last_word(&words, &mut names));
        assert_eq!(kinds(&names), ["MISC"]);
        let words: Vec<&str> = "at the Brit Awards and the Abraham Accords"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 4, type_index("PER")), (6, 8, type_index("PER"))];
        assert!(events_by_their_last_word(&words, &mut names));
        assert_eq!(kinds(&names), ["MISC", "MISC"]);
        // Laws.
        let words: Vec<&str> = "the Affordable Care Act and the Kyoto Protocol"
            .split(' ')
            .collect();
        let organization = type_index("ORG");
        let mut names: Names = vec![(1, 4, organization), (6, 8, organization)];
        assert!(events_by_their_last_word(&words, &mut names));
        assert_eq!(kinds(&names), ["MISC", "MISC"]);
    }

    #[test]
    fn a_union_of_a_people_is_a_body_the_soviet_union_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "the African Union and the Soviet Union"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 3, 2), (5, 7, 2)];
        assert!(unions_of_peoples_are_bodies(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "LOC"]);
    }

    #[test]
    fn a_town_or_state_with_a_result_is_its_team_a_country_stays_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Tennessee beat Missouri 35-12 , Honduras beat Cuba and Iowa lost to Seattle in Denver"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 1, 2),
            (2, 3, 2),
            (5, 6, 2),
            (7, 8, 2),
            (9, 10, 2),
            (12, 13, 2),
            (14, 15, 2),
        ];
        assert!(towns_playing_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(
            kinds(&names),
            ["ORG", "ORG", "LOC", "LOC", "ORG", "ORG", "LOC"]
        );
        let words: Vec<&str> = "Tennessee coach Pruitt regretted the defeat by Denver in Nashville"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 1), (7, 8, 2), (9, 10, 2)];
        assert!(towns_playing_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "PER", "ORG", "LOC"]);
        // A club has a coach and deals in players.
        let words: Vec<&str> = "Napoli , coached by Spalletti , and Barcelona sold Dembele"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (4, 5, 1), (7, 8, 2), (9, 10, 1)];
        assert!(towns_playing_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "PER", "ORG", "PER"]);
        let words: Vec<&str> = "Liverpool were held 1-1 by Brighton , 12 miles by Brighton"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (5, 6, 2), (10, 11, 2)];
        assert!(towns_playing_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC"]);
        // A poll ranks teams; a country stays a place.
        let words: Vec<&str> =
            "No. 2 Alabama and top-ranked Kansas ; No. 1 Belgium ; No. 12 Georgia"
                .split(' ')
                .collect();
        let mut names: Names = vec![(2, 3, 2), (5, 6, 2), (9, 10, 2), (13, 14, 2)];
        assert!(towns_playing_are_teams(&words, &mut names, &gazetteer));
        // The Georgia a poll ranks is the US state's team, though a country shares the name.
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC", "ORG"]);
        // A state's university, held off.
        let words: Vec<&str> = "Coastal Carolina held off Georgia State"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (4, 6, 2)];
        assert!(towns_playing_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG"]);
    }

    #[test]
    fn an_acronym_before_its_heads_title_is_an_organization() {
        let words: Vec<&str> =
            "WHO Director-General Tedros said an OSCE spokeswoman and the ECB chief agreed"
                .split(' ')
                .collect();
        let mut names: Names = vec![(2, 3, 1), (5, 6, 4)];
        assert!(acronyms_before_their_heads(&words, &mut names));
        assert_eq!(names, [(0, 1, 3), (2, 3, 1), (5, 6, 3), (9, 10, 3)]);
        // A headline in capitals is no sentence of normal case.
        let words: Vec<&str> = "WHO CHIEF SAYS VIRUS SPREADS".split(' ').collect();
        let mut names: Names = vec![];
        assert!(!acronyms_before_their_heads(&words, &mut names));
    }

    #[test]
    fn an_acronym_the_lists_know_is_the_organization() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "The WHO said the IMF and the World Bank would help"
            .split(' ')
            .collect();
        let mut names: Names = vec![(7, 9, 3)];
        assert!(listed_acronyms(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 3), (4, 5, 3), (7, 9, 3)]);
        // The pronoun, a run of capitals, a table row.
        for text in [
            "Who said the plan would help the poor ?",
            "WEN WEI PO said the plan would help the poor .",
            "ISSUE NO 13 IMF 10 bln yen in the bond issue",
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            assert!(!listed_acronyms(&words, &mut vec![], &gazetteer), "{text}");
        }
    }

    #[test]
    fn a_weekday_in_capitals_opens_no_name() {
        let words: Vec<&str> = "TUE Iscor YR EPS ; THU results ; Sun Microsystems"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (5, 6, 1), (8, 10, 3)];
        assert!(drop_leading_weekdays(&words, &mut names));
        assert_eq!(names, [(1, 2, 3), (8, 10, 3)]);
    }

    #[test]
    fn a_name_with_a_share_code_is_a_company() {
        let words: Vec<&str> = "Airbus ( AIR.PA ) shares fell , Smith ( Britain ) said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 4), (7, 8, 1), (9, 10, 2)];
        let mut companies = Vec::new();
        assert!(companies_by_their_codes(&words, &mut names, &mut companies));
        assert_eq!(names, [(0, 1, 3), (7, 8, 1), (9, 10, 2)]);
        assert_eq!(companies, ["Airbus"]);
    }

    #[test]
    fn a_share_or_index_code_is_no_name() {
        let words: Vec<&str> =
            "Boeing Co ( BA.N ) and the S&P 500 .SPX rose ; Airbus ( AIR . PA ) fell in the U.S"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 2, 3),
            (3, 4, 3),
            (7, 8, 3),
            (9, 10, 3),
            (12, 13, 3),
            (14, 15, 3),
            (21, 22, 2),
        ];
        assert!(drop_instrument_codes(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (7, 8, 3), (12, 13, 3), (21, 22, 2)]);
    }

    #[test]
    fn a_word_ending_an_organizations_name_is_it_named_short() {
        let gazetteer = Gazetteer::load();
        let sentences: Vec<Vec<&str>> = vec![
            "Saudi Aramco and Ted Baker reported .".split(' ').collect(),
            "Aramco paid and Baker said .".split(' ').collect(),
        ];
        let mut names: Vec<Names> = vec![vec![(0, 2, 3), (3, 5, 3)], vec![(0, 1, 1), (3, 4, 1)]];
        let mut changed = vec![false; 2];
        short_names_of_organizations(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[1], [(0, 1, 3), (3, 4, 1)]);
        assert_eq!(changed, [false, true]);
        // A team's plural after its town, which the tagger took for MISC; not a party's
        // members after a nationality.
        let sentences: Vec<Vec<&str>> = vec![
            "the Los Angeles Lakers and the Australian Democrats"
                .split(' ')
                .collect(),
            "the Lakers and the Democrats".split(' ').collect(),
        ];
        let mut names: Vec<Names> = vec![vec![(1, 4, 3), (6, 8, 3)], vec![(1, 2, 4), (4, 5, 4)]];
        let mut changed = vec![false; 2];
        short_names_of_organizations(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[1], [(1, 2, 3), (4, 5, 4)]);
    }

    #[test]
    fn an_organization_cut_short_elsewhere_in_its_article_is_whole_there() {
        let gazetteer = Gazetteer::load();
        let (person, place, organization) = (1, 2, 3);
        let sentences: Vec<Vec<&str>> = vec![
            "Newmont bids for Santa Fe Pacific Gold".split(' ').collect(),
            "Newmont will buy Santa Fe Pacific Gold Corp , and New Zealand First joins"
                .split(' ')
                .collect(),
            "New Zealand First leader Winston Peters met Kansas City officials"
                .split(' ')
                .collect(),
            "Kansas City beat Denver ; Johnny Cash manager Holiff dies ; State Comptroller Bob Bullock"
                .split(' ')
                .collect(),
            "fans of Johnny Cash met State Comptroller Bob Bullock".split(' ').collect(),
        ];
        let mut names: Vec<Names> = vec![
            vec![(0, 1, organization), (3, 6, place)],
            vec![
                (0, 1, organization),
                (3, 8, organization),
                (10, 13, organization),
            ],
            vec![(0, 2, place), (4, 6, person), (7, 9, place)],
            vec![
                (0, 2, organization),
                (3, 4, place),
                (5, 7, organization),
                (8, 9, person),
                (11, 15, organization),
            ],
            vec![(2, 4, person), (6, 8, person)],
        ];
        let mut changed = vec![false; 5];
        organizations_cut_short(&sentences, &mut names, &mut changed, &gazetteer);
        // Without its legal form, and cut to a country; not a town's name (the team's), a
        // person with a first name, nor a name that holds a person in full.
        assert_eq!(names[0], [(0, 1, organization), (3, 7, organization)]);
        assert_eq!(
            names[2],
            [(0, 3, organization), (4, 6, person), (7, 9, place)]
        );
        assert_eq!(names[4], [(2, 4, person), (6, 8, person)]);
        assert_eq!(changed, [true, false, true, false, false]);
    }

    #[test]
    fn a_surname_alone_is_the_person_the_article_names_in_full() {
        let gazetteer = Gazetteer::load();
        let sentences: Vec<Vec<&str>> = vec![
            "Biden chose Lloyd Austin and Blair Labour aides ."
                .split(' ')
                .collect(),
            "Austin , who led Central Command , met Labour in Austin ."
                .split(' ')
                .collect(),
            "Edith Masai , Tudor England and Gloria Bistrita"
                .split(' ')
                .collect(),
            "Masai missed England 's trials near Bistrita , Romania"
                .split(' ')
                .collect(),
        ];
        let (person, place, organization) = (1, 2, 3);
        let mut names: Vec<Names> = vec![
            vec![(0, 1, person), (2, 4, person), (5, 7, person)],
            vec![
                (0, 1, place),
                (4, 6, organization),
                (8, 9, organization),
                (10, 11, place),
            ],
            vec![(0, 2, person), (3, 5, person), (6, 8, person)],
            vec![(0, 1, place), (2, 3, place), (6, 7, place), (8, 9, place)],
        ];
        let mut changed = vec![false; 4];
        surnames_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        // "Austin" and "Masai" are the people; "in Austin", "Labour" (a party run into a
        // name), "England" (a nation) and a town before its country stay.
        assert_eq!(
            names[1],
            [
                (0, 1, person),
                (4, 6, organization),
                (8, 9, organization),
                (10, 11, place)
            ]
        );
        assert_eq!(
            names[3],
            [(0, 1, person), (2, 3, place), (6, 7, place), (8, 9, place)]
        );
        assert_eq!(changed, [false, true, false, true]);
        // "of" after the comma is no town, whatever town the lists call so.
        let sentences: Vec<Vec<&str>> = vec![
            "Warsaw Mayor Rafal Trzaskowski".split(' ').collect(),
            "Trzaskowski , of the Civic Platform , conceded"
                .split(' ')
                .collect(),
        ];
        let mut names: Vec<Names> = vec![
            vec![(0, 1, place), (2, 4, person)],
            vec![(0, 1, organization), (4, 6, organization)],
        ];
        let mut changed = vec![false; 2];
        surnames_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[1], [(0, 1, person), (4, 6, organization)]);
        // An office before the full name vouches for a given name no list knows.
        let sentences: Vec<Vec<&str>> = vec![
            "Chief Executive Tidjane Thiam quit".split(' ').collect(),
            "a report found Thiam had not known".split(' ').collect(),
        ];
        let mut names: Vec<Names> = vec![vec![(2, 4, person)], vec![(3, 4, organization)]];
        let mut changed = vec![false; 2];
        surnames_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[1], [(3, 4, person)]);
        // A Korean or Chinese name opens with its surname, which a number may have run on
        // into.
        let sentences: Vec<Vec<&str>> = vec![
            "Shipping magnate Tung Chee-hwa was chosen"
                .split(' ')
                .collect(),
            "The committee gave Tung 320 votes".split(' ').collect(),
            "Patten said Britain would work with Tung"
                .split(' ')
                .collect(),
        ];
        let misc = type_index("MISC");
        let mut names: Vec<Names> = vec![
            vec![(2, 4, person)],
            vec![(3, 5, misc)],
            vec![(0, 1, person), (2, 3, place), (6, 7, misc)],
        ];
        let mut changed = vec![false; 3];
        surnames_throughout(&sentences, &mut names, &mut changed, &gazetteer);
        assert_eq!(names[1], [(3, 4, person)]);
        assert_eq!(names[2], [(0, 1, person), (2, 3, place), (6, 7, person)]);
        assert_eq!(changed, [false, true, true]);
    }

    #[test]
    fn a_name_in_capitals_takes_the_type_the_text_gives_it_but_not_in_a_dateline() {
        let (person, place, organization) =
            (type_index("PER"), type_index("LOC"), type_index("ORG"));
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let sentences: Vec<Vec<&str>> = vec![
            "SOCCER - DALGLISH SAD OVER BLACKBURN PARTING ."
                .split(' ')
                .collect(),
            "BLACKBURN 1996-08-22".split(' ').collect(),
            "Kenny Dalglish left Blackburn on Thursday ."
                .split(' ')
                .collect(),
        ];
        let mut names: Vec<Names> = vec![
            vec![(2, 3, person), (5, 6, person)],
            vec![(0, 1, place)],
            vec![(0, 2, person), (3, 4, organization)],
        ];
        let mut changed = vec![false; 3];
        let views = views_of(&sentences, &gazetteer, &clusters);
        names_in_capitals_as_the_text_has_them(&sentences, &views, &mut names, &mut changed);
        // "DALGLISH" is no name in the text alone: it keeps the tagger's type.
        assert_eq!(names[0], [(2, 3, person), (5, 6, organization)]);
        assert_eq!(names[1], [(0, 1, place)]);
        assert_eq!(changed, [true, false, false]);
        // A longer name of the text the tagger cut in capitals.
        let sentences: Vec<Vec<&str>> = vec![
            "ATHLETICS - SALAH HISSOU BREAKS WORLD RECORD ."
                .split(' ')
                .collect(),
            "Salah Hissou of Morocco broke it .".split(' ').collect(),
        ];
        let mut names: Vec<Names> = vec![vec![(2, 3, person)], vec![(0, 2, person), (3, 4, place)]];
        let mut changed = vec![false; 2];
        let views = views_of(&sentences, &gazetteer, &clusters);
        names_in_capitals_as_the_text_has_them(&sentences, &views, &mut names, &mut changed);
        assert_eq!(names[0], [(2, 4, person)]);
        // A name run on into common words ends before them.
        let sentences: Vec<Vec<&str>> = vec![
            "NIGERIA 'S BUHARI SACKS SERVICE CHIEFS"
                .split(' ')
                .collect(),
            "President Muhammadu Buhari replaced them ."
                .split(' ')
                .collect(),
        ];
        let mut names: Vec<Names> = vec![vec![(0, 1, place), (2, 4, person)], vec![(1, 3, person)]];
        let mut changed = vec![false; 2];
        let views = views_of(&sentences, &gazetteer, &clusters);
        names_in_capitals_as_the_text_has_them(&sentences, &views, &mut names, &mut changed);
        assert_eq!(names[0], [(0, 1, place), (2, 3, person)]);
    }

    /// The tagger's views of each sentence's words.
    fn views_of<'c>(
        sentences: &[Vec<&str>],
        gazetteer: &Gazetteer,
        clusters: &'c crate::extract::clusters::Clusters,
    ) -> Vec<Vec<TokenView<'c>>> {
        sentences
            .iter()
            .map(|words| super::super::features::views(words, gazetteer, clusters))
            .collect()
    }

    #[test]
    fn a_place_opening_with_a_person_named_alone_is_that_person() {
        let gazetteer = Gazetteer::load();
        let (person, place) = (type_index("PER"), type_index("LOC"));
        let sentences: Vec<Vec<&str>> = vec![
            "the resignation of Mahathir Mohamad and a trip to Kuala Lumpur"
                .split(' ')
                .collect(),
            "Mahathir said Kuala had no say".split(' ').collect(),
            "Bush ended the Bush Presidency".split(' ').collect(),
        ];
        // "Kuala" named alone as a person does not undo the capital, which the gazetteer
        // knows; "Presidency" is no name.
        let mut names: Vec<Names> = vec![
            vec![(3, 5, place), (9, 11, place)],
            vec![(0, 1, person), (2, 3, person)],
            vec![(0, 1, person), (3, 5, place)],
        ];
        let mut changed = vec![false; 3];
        let people = PeopleWords::of(&sentences, &names);
        people_named_in_full(&sentences, &mut names, &mut changed, &people, &gazetteer);
        assert_eq!(names[0], [(3, 5, person), (9, 11, place)]);
        assert_eq!(changed, [true, false, false]);
    }

    #[test]
    fn a_name_in_apposition_to_a_company_noun_is_the_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "the largest broadcaster , ABS-CBN , was shut"
            .split(' ')
            .collect();
        let mut names: Names = vec![(4, 5, 1)];
        assert!(companies_in_apposition(&words, &mut names, &gazetteer));
        assert_eq!(names, [(4, 5, 3)]);
        // The head of a body, a person by a listed first name.
        let words: Vec<&str> = "the head of the food agency , Bustanil Arifin , said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(7, 9, 1)];
        assert!(!companies_in_apposition(&words, &mut names, &gazetteer));
        let words: Vec<&str> = "a firm , John Smith , said".split(' ').collect();
        let mut names: Names = vec![(3, 5, 1)];
        assert!(!companies_in_apposition(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_place_no_gazetteer_knows_beaten_in_sport_is_a_team() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "a 2-0 win over Sampdoria and a victory over Seattle"
            .split(' ')
            .collect();
        let mut names: Names = vec![(4, 5, 2), (9, 10, 2)];
        assert!(teams_beaten_or_beating(&words, &mut names, &gazetteer));
        assert_eq!(names, [(4, 5, 3), (9, 10, 2)]);
        // A US state is its university's team, unless its name is a city's too.
        let words: Vec<&str> = "a 52-12 win over Nebraska and a victory over New York"
            .split(' ')
            .collect();
        let mut names: Names = vec![(4, 5, 2), (9, 11, 2)];
        assert!(teams_beaten_or_beating(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "LOC"]);
        // A town a player played for; a country's side stays a place.
        let words: Vec<&str> = "who played for Kansas City and has played for Brazil"
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 5, 2), (9, 10, 2)];
        assert!(teams_beaten_or_beating(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "LOC"]);
    }

    #[test]
    fn a_surname_before_an_administration_is_the_leader() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "the Obama administration , the Republican administration and Taibe supporters"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 2, 4), (5, 6, 4), (8, 9, 3)];
        assert!(leaders_of_administrations(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 1), (5, 6, 4), (8, 9, 3)]);
        // A country's government is the country's.
        let words: Vec<&str> = "the Jordan administration".split(' ').collect();
        let mut names: Names = vec![(1, 2, 2)];
        assert!(!leaders_of_administrations(&words, &mut names, &gazetteer));
        // A town's supporters are its club's.
        let words: Vec<&str> = "Liverpool supporters".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3)];
        assert!(!leaders_of_administrations(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_holiday_called_a_day_is_misc_a_band_named_after_a_person_is_not() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "on Boxing Day and New Year 's Day , Green Day played"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 3, 3), (4, 6, 2), (9, 11, 3)];
        assert!(named_days_are_misc(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 3, 4), (4, 8, 4), (9, 11, 3)]);
    }

    #[test]
    fn a_named_operation_is_misc_with_its_word_operation() {
        let words: Vec<&str> = "Operation Warp Speed adviser ; Operation said"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 3, 1), (5, 6, 3)];
        assert!(operations_are_misc(&words, &mut names));
        assert_eq!(names, [(0, 3, 4), (5, 6, 3)]);
    }

    #[test]
    fn an_index_named_short_takes_its_composite() {
        let words: Vec<&str> = "the Nasdaq Composite gained and the Shanghai Composite fell"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 4), (6, 8, 3)];
        assert!(market_indices_are_misc(&words, &mut names));
        assert_eq!(names, [(1, 3, 4), (6, 8, 4)]);
    }

    #[test]
    fn a_common_word_before_a_company_noun_opening_a_sentence_names_nothing() {
        let gazetteer = Gazetteer::load();
        let (place, organization, misc) = (2, 3, 4);
        let words: Vec<&str> = "Cybersecurity firm FireEye said".split(' ').collect();
        let mut names: Names = vec![(0, 1, organization), (2, 3, organization)];
        assert!(companies_after_descriptors(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 3, organization)]);
        // A people's adjective or a place stays.
        for (sentence, kind) in [
            ("German retailer Promodes is", misc),
            ("Texas bank Cullen said", place),
        ] {
            let words: Vec<&str> = sentence.split(' ').collect();
            let mut names: Names = vec![(0, 1, kind), (2, 3, organization)];
            companies_after_descriptors(&words, &mut names, &gazetteer);
            assert_eq!(names, [(0, 1, kind), (2, 3, organization)], "{sentence}");
        }
    }

    #[test]
    fn a_kind_of_company_opening_a_sentence_is_no_part_of_its_name() {
        let gazetteer = Gazetteer::load();
        let (person, place, organization) = (1, 2, 3);
        for (sentence, tagged, expected) in [
            (
                "Chipmaker Nvidia agreed",
                (0, 2, person),
                (1, 2, organization),
            ),
            ("Miner Rio Tinto named", (1, 3, place), (1, 3, organization)),
            (
                "LONDON - Insurer Aviva Plc sold",
                (2, 5, organization),
                (3, 5, organization),
            ),
            // A person stays one, and so does a name after a descriptor in mid-sentence.
            (
                "Broadcaster Chris Evans has",
                (0, 3, person),
                (1, 3, person),
            ),
            (
                "Filmmaker Steve McQueen said",
                (1, 3, person),
                (1, 3, person),
            ),
            ("said Drugmaker Pfizer", (2, 3, person), (2, 3, person)),
        ] {
            let words: Vec<&str> = sentence.split(' ').collect();
            let mut names: Names = vec![tagged];
            companies_after_descriptors(&words, &mut names, &gazetteer);
            assert_eq!(names, [expected], "{sentence}");
        }
    }

    #[test]
    fn a_title_in_quotes_is_one_name() {
        let words: Vec<&str> =
            "put \" Raya and the Last Dragon \" and \" The Matrix 4 \" online , said \" We Won \" ; the \" Dream Team \""
                .split(' ')
                .collect();
        // A place and an organization; "Matrix"; nothing in a quote without a name; an
        // organization named whole.
        let mut names: Names = vec![(2, 3, 2), (5, 7, 3), (11, 12, 3), (24, 26, 3)];
        assert!(quoted_titles(&words, &mut names));
        assert_eq!(names, [(2, 7, 4), (10, 13, 4), (24, 26, 3)]);
        // A publication's title is the publication's.
        let words: Vec<&str> = "in the \" New England Journal of Medicine \""
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 5, 2), (7, 8, 4)];
        assert!(quoted_titles(&words, &mut names));
        assert_eq!(names, [(3, 8, 3)]);
        // Speech is no title.
        let words: Vec<&str> = "\" We should have won , \" Klopp said".split(' ').collect();
        let mut names: Names = vec![(7, 8, 1)];
        assert!(!quoted_titles(&words, &mut names));
    }

    #[test]
    fn a_league_in_sport_is_a_competition() {
        let words: Vec<&str> =
            "top of the Premier League , second in Ligue 1 , the Scottish Premiership and the National Football League"
                .split(' ')
                .collect();
        let mut names: Names = vec![(3, 5, 3), (8, 9, 3), (12, 13, 4), (16, 19, 3)];
        assert!(leagues_are_misc(&words, &mut names));
        assert_eq!(names, [(3, 5, 4), (8, 10, 4), (12, 14, 4), (16, 19, 3)]);
        // Italy's first division by its letter, which the tagger read as the body "A".
        let words: Vec<&str> = "the Serie A champions".split(' ').collect();
        let mut names: Names = vec![(2, 3, 3)];
        assert!(leagues_are_misc(&words, &mut names));
        assert_eq!(names, [(1, 3, 4)]);
        // A league's division or conference; not a body "of" one.
        let words: Vec<&str> = "NORTHEAST DIVISION ; Organisation of the Islamic Conference"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (3, 8, 3)];
        assert!(leagues_are_misc(&words, &mut names));
        assert_eq!(names, [(0, 2, 4), (3, 8, 3)]);
    }

    #[test]
    fn a_cup_in_its_own_language_is_one_event_but_not_a_company_so_named() {
        let words: Vec<&str> =
            "lost the Coppa Italia final and the Copa del Rey ; Copa Airlines flew"
                .split(' ')
                .collect();
        // As the tagger had them: a club; a place, a place and a person; a company.
        let mut names: Names = vec![(2, 4, 3), (7, 8, 2), (8, 9, 2), (9, 10, 1), (11, 13, 3)];
        assert!(foreign_names_by_their_first_word(&words, &mut names));
        assert_eq!(names, [(2, 4, 4), (7, 10, 4), (11, 13, 3)]);
    }

    #[test]
    fn a_town_beside_a_team_is_a_team_a_country_stays_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Porto and Lisbon meet ; Celtic and Portugal too ; Rome , Chicago and Athens"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 1, 3),
            (2, 3, 2),
            (5, 6, 3),
            (7, 8, 2),
            (10, 11, 2),
            (12, 13, 2),
            (14, 15, 3),
        ];
        assert!(towns_beside_teams(&words, &mut names, &gazetteer));
        assert_eq!(
            kinds(&names),
            ["ORG", "ORG", "ORG", "LOC", "LOC", "LOC", "ORG"]
        );
    }

    #[test]
    fn a_name_with_a_model_number_after_a_company_s_possessive_is_its_product() {
        let (organization, misc) = (type_index("ORG"), type_index("MISC"));
        let words: Vec<&str> = "Sony 's PlayStation 5 and Boeing 's 737 MAX sold"
            .split(' ')
            .collect();
        let mut names = vec![
            (0, 1, organization),
            (2, 3, organization),
            (5, 6, organization),
            (8, 9, organization),
        ];
        assert!(products_of_companies(&words, &mut names));
        assert_eq!(
            names,
            [
                (0, 1, organization),
                (2, 4, misc),
                (5, 6, organization),
                (7, 9, misc)
            ]
        );
        // A quantity is no model number: "the EC 's 17-man Commission".
        let words: Vec<&str> = "the EC 's 17-man Commission met".split(' ').collect();
        let mut names = vec![(1, 2, organization), (4, 5, organization)];
        assert!(!products_of_companies(&words, &mut names));
    }

    #[test]
    fn a_name_runs_on_over_capitals_that_make_it_a_listed_company() {
        let gazetteer = Gazetteer::load();
        let (organization, misc) = (type_index("ORG"), type_index("MISC"));
        let words: Vec<&str> = "Saudi Aramco cut its dividend".split(' ').collect();
        let mut names = vec![(0, 1, misc)];
        assert!(extend_to_listed_companies(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, organization)]);
        let words: Vec<&str> = "Saudi King Salman spoke".split(' ').collect();
        let mut names = vec![(0, 1, misc)];
        assert!(!extend_to_listed_companies(&words, &mut names, &gazetteer));
        // Over a lower-case "the" between capitals.
        let words: Vec<&str> = "aid group Save the Children said".split(' ').collect();
        let mut names = vec![(2, 3, organization)];
        assert!(extend_to_listed_companies(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 5, organization)]);
    }

    #[test]
    fn capitals_across_and_before_party_are_one_party() {
        let gazetteer = Gazetteer::load();
        let (organization, person, place) =
            (type_index("ORG"), type_index("PER"), type_index("LOC"));
        let words: Vec<&str> = "The Law and Justice party and Gantz 's Blue and White party"
            .split(' ')
            .collect();
        let mut names = vec![
            (1, 2, organization),
            (3, 4, organization),
            (6, 7, person),
            (8, 9, place),
            (10, 11, place),
        ];
        assert!(parties_across_and(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [(1, 4, organization), (6, 7, person), (8, 11, organization)]
        );
        // Without "and" a party's name is the tagger's to read, unless it read a place or
        // a person.
        let words: Vec<&str> = "He joined the Labour party".split(' ').collect();
        assert!(!parties_across_and(
            &words,
            &mut vec![(3, 4, organization)],
            &gazetteer
        ));
        let words: Vec<&str> = "Lissu of the Chadema party and the Michigan party chairman"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, person), (3, 4, place), (8, 9, place)];
        assert!(parties_across_and(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, person), (3, 4, organization), (8, 9, place)]);
        // "Party" capitalized, which the tagger cut at "and"; not two parties.
        let words: Vec<&str> = "the Republican and Conservative Party candidate"
            .split(' ')
            .collect();
        let mut names = vec![(1, 2, type_index("MISC")), (3, 5, organization)];
        assert!(!parties_across_and(&words, &mut names, &gazetteer));
        let words: Vec<&str> =
            "the Union Solidarity and Development Party and the Labour Party and Green Party"
                .split(' ')
                .collect();
        let mut names = vec![
            (1, 3, organization),
            (4, 6, organization),
            (8, 10, organization),
            (11, 13, organization),
        ];
        assert!(parties_across_and(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [
                (1, 6, organization),
                (8, 10, organization),
                (11, 13, organization)
            ]
        );
    }

    #[test]
    fn us_before_a_body_opens_its_name() {
        let (organization, place) = (type_index("ORG"), type_index("LOC"));
        let words: Vec<&str> = "worked for the U.S. Navy in the U.S. and Japan Airlines"
            .split(' ')
            .collect();
        let mut names = vec![
            (3, 4, place),
            (4, 5, organization),
            (7, 8, place),
            (9, 10, place),
            (10, 11, organization),
        ];
        assert!(us_bodies_whole(&words, &mut names));
        assert_eq!(
            names,
            [
                (3, 5, organization),
                (7, 8, place),
                (9, 10, place),
                (10, 11, organization)
            ]
        );
    }

    #[test]
    fn outside_sport_a_town_opening_a_row_of_prices_is_a_place() {
        let gazetteer = Gazetteer::load();
        let (organization, place) = (type_index("ORG"), type_index("LOC"));
        for row in [
            "Hamburg 21,240 down 3.5",
            "Minneapolis 5.06 up .02 5.75 unc",
            "Indore 25 Yellow 12,750-12,950 12,900-13,100",
        ] {
            let words: Vec<&str> = row.split(' ').collect();
            let mut names = vec![(0, 1, organization)];
            assert!(
                towns_opening_rows_of_figures_are_places(&words, &mut names, &gazetteer),
                "{row}"
            );
            assert_eq!(names, [(0, 1, place)], "{row}");
        }
        // A result names its other side; standings are figures only.
        for (row, names) in [
            (
                "Empoli 1 Milan 1",
                vec![(0, 1, organization), (2, 3, organization)],
            ),
            (
                "Brisbane 21 15 1 5 2123 1631 130.2 62",
                vec![(0, 1, organization)],
            ),
        ] {
            let words: Vec<&str> = row.split(' ').collect();
            let mut names = names;
            assert!(
                !towns_opening_rows_of_figures_are_places(&words, &mut names, &gazetteer),
                "{row}"
            );
        }
    }

    #[test]
    fn a_nickname_in_quotes_joins_the_first_name_and_the_surname() {
        let (person, place, misc) = (type_index("PER"), type_index("LOC"), type_index("MISC"));
        let words: Vec<&str> = "drug lord Joaquin \" El Chapo \" Guzman was held"
            .split(' ')
            .collect();
        let mut names = vec![(2, 3, place), (4, 6, place), (7, 8, person)];
        assert!(people_with_nicknames(&words, &mut names));
        assert_eq!(names, [(2, 8, person)]);
        // Not after an adjective the tagger called MISC.
        let words: Vec<&str> = "an Americanised \" Jimmy \" Bond".split(' ').collect();
        let mut names = vec![(1, 2, misc), (5, 6, person)];
        assert!(!people_with_nicknames(&words, &mut names));
        // A surname the tagger left out, or took for a place.
        let words: Vec<&str> = "of Joaquin \" El Chapo \" Guzman and Parit \" Penguin \" Chiwarak"
            .split(' ')
            .collect();
        let mut names = vec![
            (1, 2, place),
            (3, 5, place),
            (8, 9, place),
            (10, 11, place),
            (12, 13, place),
        ];
        assert!(people_with_nicknames(&words, &mut names));
        assert_eq!(names, [(1, 7, person), (8, 13, person)]);
    }

    #[test]
    fn capitals_left_out_before_a_founder_and_his_name_are_the_company() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let person = type_index("PER");
        let check = |text: &str, person_at: (usize, usize)| {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            let mut names = vec![(person_at.0, person_at.1, person)];
            let mut companies = vec![];
            unnamed_companies_before_their_people(
                &words,
                &views,
                &mut names,
                &mut companies,
                &gazetteer,
            );
            (names, companies)
        };
        let (names, companies) = check("Alibaba founder Jack Ma disappeared", (2, 4));
        assert_eq!(names, [(0, 1, type_index("ORG")), (2, 4, person)]);
        assert_eq!(companies, ["Alibaba"]);
        // A body's generic word is no company's name.
        let (names, _) = check("The Group chairman John Smith left", (3, 5));
        assert_eq!(names, [(3, 5, person)]);
        // Before a leader, a body the lists know; not a generic word.
        let (names, _) = check("Hezbollah leader Hassan Nasrallah spoke", (2, 4));
        assert_eq!(names, [(0, 1, type_index("ORG")), (2, 4, person)]);
        let (names, _) = check("Opposition leader Nawaz Sharif spoke", (2, 4));
        assert_eq!(names, [(2, 4, person)]);
        let (names, _) = check("Airbus Chief Executive Guillaume Faury said", (3, 5));
        assert_eq!(names, [(0, 1, type_index("ORG")), (3, 5, person)]);
        // A word of the role's own.
        let (names, _) = check("Former CEO Markus Braun was arrested", (2, 4));
        assert_eq!(names, [(2, 4, person)]);
    }

    #[test]
    fn companies_the_lists_know_with_an_ampersand_are_one_across_and() {
        let gazetteer = Gazetteer::load();
        let (person, organization) = (type_index("PER"), type_index("ORG"));
        let words: Vec<&str> = "Marks and Spencer will cut 7,000 jobs".split(' ').collect();
        let mut names = vec![(2, 3, person)];
        let mut companies = vec![];
        assert!(listed_companies_across_and(
            &words,
            &mut names,
            &mut companies,
            &gazetteer
        ));
        assert_eq!(names, [(0, 3, organization)]);
        assert_eq!(companies, ["Marks and Spencer"]);
        // Two countries stay two; a body's longer name stays whole.
        let words: Vec<&str> = "Britain and France agreed".split(' ').collect();
        let place = type_index("LOC");
        let mut names = vec![(0, 1, place), (2, 3, place)];
        assert!(!listed_companies_across_and(
            &words,
            &mut names,
            &mut vec![],
            &gazetteer
        ));
        let words: Vec<&str> = "the U.S. Johnson and Johnson Foundation said"
            .split(' ')
            .collect();
        let mut names = vec![(1, 6, organization)];
        assert!(!listed_companies_across_and(
            &words,
            &mut names,
            &mut vec![],
            &gazetteer
        ));
    }

    #[test]
    fn a_person_doing_what_only_a_business_does_is_a_company() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let sentences = [
            (
                "Hugo Boss reported a first-quarter loss",
                vec![(0, 2, 1)],
                "ORG",
            ),
            (
                "Rolls-Royce said it would cut 9,000 jobs",
                vec![(0, 1, 1)],
                "ORG",
            ),
            ("Hugo Boss reported that Smith lost", vec![(0, 2, 1)], "PER"),
            ("Jane Smith reported a loss", vec![(0, 2, 1)], "PER"),
            // A company the lists know, which the tagger left out.
            ("Debenhams will close its stores", vec![], "ORG"),
            // A subject after "and".
            (
                "Sales fell and John Lewis closed eight stores",
                vec![(3, 5, 1)],
                "ORG",
            ),
            (
                "Sales fell and John Smith closed eight stores",
                vec![(3, 5, 1)],
                "PER",
            ),
            (
                "Levi Strauss reported a jump in quarterly sales",
                vec![(0, 2, 1)],
                "ORG",
            ),
            // A relative clause says what the subject does.
            (
                "John Lewis , which owns Waitrose , said",
                vec![(0, 2, 1)],
                "ORG",
            ),
            ("Jane Smith , which owns it", vec![(0, 2, 1)], "PER"),
            // Analysts' estimates and a company's guidance; not a politician's expectations.
            ("Baker Hughes beat profit estimates", vec![(0, 2, 1)], "ORG"),
            ("Ferrari raised its profit outlook", vec![(0, 1, 1)], "ORG"),
            (
                "Bernie Sanders beat expectations in Iowa",
                vec![(0, 2, 1)],
                "PER",
            ),
            // Only a company makes things.
            ("Novo Nordisk , maker of Wegovy", vec![(0, 2, 2)], "ORG"),
            ("Jane Smith , the owner of a shop", vec![(0, 2, 1)], "PER"),
        ];
        for (text, mut names, kind) in sentences {
            let words: Vec<&str> = text.split(' ').collect();
            let views = super::super::features::views(&words, &gazetteer, &clusters);
            companies_by_their_deeds(&words, &views, &mut names, &mut vec![], &gazetteer);
            assert_eq!(kinds(&names), [kind], "{text}");
        }
        let words: Vec<&str> = "Bezos quit as Amazon CEO ; Texas employees"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 1), (3, 4, 2), (6, 7, 2)];
        assert!(companies_before_their_people(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(kinds(&names), ["PER", "ORG", "LOC"]);
        let words: Vec<&str> = "Jeff Bezos , Amazon 's founder ; Texas 's chairman"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 2), (7, 8, 2)];
        assert!(companies_before_their_people(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(kinds(&names), ["PER", "ORG", "LOC"]);
        let words: Vec<&str> = "Robinhood users and Peloton sales ; The users"
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 4, 4)];
        assert!(listed_companies_before_their_things(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(names, [(0, 1, 3), (3, 4, 3)]);
        let words: Vec<&str> =
            "Tapestry , which owns Kate Spade and Coach , met Jane Smith , the owner of Versace"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 3), (4, 6, 1), (7, 8, 1), (10, 12, 1), (16, 17, 4)];
        let gazetteer = Gazetteer::load();
        assert!(brands_owned(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "ORG", "PER", "ORG"]);
        // A brand left out opens the list; a parent owns too.
        let words: Vec<&str> =
            "the owner of Coach and Kate Spade and the parent of Michael Kors and Jimmy Choo"
                .split(' ')
                .collect();
        let mut names: Names = vec![(5, 7, 1), (11, 13, 1), (14, 16, 1)];
        assert!(brands_owned(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "ORG"]);
        // A "place" no gazetteer knows is owned; a known place is not.
        let words: Vec<&str> = "Disney , which also owns Hulu , and Acme , which owns Texas"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (5, 6, 2), (9, 10, 3), (13, 14, 2)];
        assert!(brands_owned(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "ORG", "LOC"]);
        // What is owned is no person either.
        let words: Vec<&str> =
            "Tim Hortons , owned by Restaurant Brands , and Jane Smith , who owns"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 2, 1), (5, 7, 3), (9, 11, 1)];
        assert!(brands_owned(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "PER"]);
        // Nor a "place" no gazetteer knows; a known town stays.
        let words: Vec<&str> = "Flipkart , owned by Walmart , and Leeds , owned by nobody"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (4, 5, 3), (7, 8, 2)];
        assert!(brands_owned(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC"]);
        let words: Vec<&str> = "Michael Kors owner Capri Holdings".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 3)];
        assert!(brands_before_their_owners(&words, &mut names));
        assert_eq!(kinds(&names), ["ORG", "ORG"]);
    }

    #[test]
    fn an_acronym_of_a_common_noun_is_no_name() {
        let words: Vec<&str> = "Ant Group 's IPO was halted and the WHO said so"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (3, 4, 3), (8, 9, 3)];
        assert!(drop_common_noun_acronyms(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (8, 9, 3)]);
        let words: Vec<&str> = "named Jochen Zeitz CEO".split(' ').collect();
        let mut names: Names = vec![(1, 4, 1)];
        assert!(drop_common_noun_acronyms(&words, &mut names));
        assert_eq!(names, [(1, 3, 1)]);
    }

    #[test]
    fn a_first_name_and_an_unknown_word_taken_for_places_are_a_person() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Alexandria Ocasio-Cortez met voters in Sydney Melbourne"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (1, 2, 2), (5, 6, 2), (6, 7, 2)];
        assert!(join_people_taken_for_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 1), (5, 6, 2), (6, 7, 2)]);
        // Read as one place; "Sydney Melbourne" is no person.
        let mut names: Names = vec![(0, 2, 2), (5, 7, 2)];
        assert!(join_people_taken_for_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 1), (5, 7, 2)]);
        // The first name read as a place, the double surname left out.
        let mut names: Names = vec![(0, 1, 2), (5, 6, 2)];
        assert!(join_people_taken_for_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 1), (5, 6, 2)]);
        let words: Vec<&str> = "Paris Saint-Germain won".split(' ').collect();
        let mut names: Names = vec![(0, 1, 2)];
        assert!(!join_people_taken_for_places(
            &words, &mut names, &gazetteer
        ));
        // A double surname no list knows, neither part a place; not a place's double name.
        let words: Vec<&str> = "Lara Gut-Behrami and North Rhine-Westphalia"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 2), (3, 5, 2)];
        assert!(join_people_taken_for_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 1), (3, 5, 2)]);
        let mut names: Names = vec![(3, 4, 2)];
        assert!(!join_people_taken_for_places(
            &words, &mut names, &gazetteer
        ));
    }

    #[test]
    fn the_name_after_an_honorific_is_a_person() {
        let words: Vec<&str> =
            "Rep. Alexandria Ocasio-Cortez , D-N.Y. , thanked Mr. President and Dr Pepper Inc"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 2, 2), (2, 3, 2), (10, 13, 3)];
        assert!(people_after_honorifics(&words, &mut names));
        assert_eq!(names, [(1, 3, 1), (10, 13, 3)]);
    }

    #[test]
    fn european_and_a_body_left_out_are_one_body() {
        let words: Vec<&str> =
            "European Commission President Ursula von der Leyen met European farmers"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 1, 4), (3, 7, 1), (8, 9, 4)];
        assert!(european_bodies(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (3, 7, 1), (8, 9, 4)]);
    }

    #[test]
    fn a_given_name_alone_runs_on_over_its_surname() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let sentences: Vec<Vec<&str>> = vec![
            "Commissioner Anita Gradin said and met Anita on Sunday"
                .split(' ')
                .collect(),
        ];
        let views = views_of(&sentences, &gazetteer, &clusters);
        let mut names: Names = vec![(1, 2, 1), (6, 7, 1)];
        assert!(surnames_left_out(
            &sentences[0],
            &views[0],
            &mut names,
            &gazetteer
        ));
        assert_eq!(names, [(1, 3, 1), (6, 7, 1)]);
    }

    #[test]
    fn a_header_row_of_parties_names_one_party_per_column() {
        let words: Vec<&str> = "CDU / CSU SPD FDP Greens PDS".split(' ').collect();
        let mut names: Names = vec![(0, 3, 3), (4, 7, 3)];
        assert!(split_columns_of_names(&words, &mut names));
        assert_eq!(names, [(0, 3, 3), (4, 5, 3), (5, 6, 3), (6, 7, 3)]);
        // A bank's name stays whole, and so does a sentence's.
        let words: Vec<&str> = "ABN AMRO Bank NV 12.5".split(' ').collect();
        let mut names: Names = vec![(0, 4, 3)];
        assert!(!split_columns_of_names(&words, &mut names));
        let words: Vec<&str> = "SPD FDP Greens PDS said".split(' ').collect();
        let mut names: Names = vec![(0, 4, 3)];
        assert!(!split_columns_of_names(&words, &mut names));
        // The row's only name, slash and all: four columns are a table.
        let words: Vec<&str> = "AUGUST 1996 CDU / CSU SPD FDP Greens PDS"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 9, 3)];
        assert!(split_columns_of_names(&words, &mut names));
        assert_eq!(
            names,
            [(2, 5, 3), (5, 6, 3), (6, 7, 3), (7, 8, 3), (8, 9, 3)]
        );
        // A party the tagger read as a people is one more column.
        let mut names: Names = vec![(2, 7, 3), (7, 8, 4), (8, 9, 3)];
        assert!(split_columns_of_names(&words, &mut names));
        assert_eq!(kinds(&names), ["ORG"; 5]);
        // Three columns alone are not: a company's name in a line of its own.
        let words: Vec<&str> = "ABN AMRO Holding".split(' ').collect();
        let mut names: Names = vec![(0, 3, 3)];
        assert!(!split_columns_of_names(&words, &mut names));
    }

    #[test]
    fn a_club_named_with_a_number_is_one_name() {
        let words: Vec<&str> = "1860 Munich 2 SCHALKE 04 1 in Munich".split(' ').collect();
        let mut names: Names = vec![(1, 2, 2), (3, 4, 1), (7, 8, 2)];
        assert!(clubs_named_with_numbers(&words, &mut names));
        assert_eq!(names, [(0, 2, 3), (3, 5, 3), (7, 8, 2)]);
    }

    #[test]
    fn a_club_s_town_initials_in_brackets_are_part_of_its_name() {
        let words: Vec<&str> = "Mladost ( BJ ) 3 0 1 Rad ( B ) 0 Popular Party ( PP ) came"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 1), (7, 8, 3), (12, 14, 3)];
        assert!(clubs_with_town_initials(&words, &mut names));
        assert_eq!(names, [(0, 4, 3), (7, 11, 3), (12, 14, 3)]);
    }

    #[test]
    fn the_name_opening_a_row_of_averages_is_a_player() {
        let row = |line: &str, kind: usize| {
            let words: Vec<&str> = line.split(' ').collect();
            let end = words
                .iter()
                .position(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            let mut names: Names = vec![(0, end.unwrap_or(1), kind)];
            players_in_averages_rows(&words, &mut names);
            names[0].2
        };
        assert_eq!(row("Andy Caddick 1 1 0 4 4 4.00", 3), 1);
        assert_eq!(row("Ata-ur-Rehman 48.4 6 173 5 34.60", 3), 1);
        assert_eq!(row("Saqlain Mushtaq 2 2 1 10 10no 10.00", 3), 1);
        // A club's row has no average, and share prices come in capitals.
        assert_eq!(row("Manchester United 10 6 2 2 18 9 20", 3), 3);
        assert_eq!(row("BARUM HOLDING 171.00 171.00 14432 2467.872", 3), 3);
    }

    #[test]
    fn a_place_read_as_a_person_before_its_governor_is_the_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Sao Paulo Governor Joao Doria met Clinton spokesman Mike McCurry and Paulo Governor"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 1), (6, 7, 1), (8, 10, 1), (11, 12, 1)];
        assert!(places_before_their_governors(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(
            names,
            [(0, 2, 2), (3, 5, 1), (6, 7, 1), (8, 10, 1), (11, 12, 1)]
        );
    }

    #[test]
    fn a_company_officer_s_title_runs_from_chief_to_officer() {
        let words: Vec<&str> =
            "Novartis Chief Medical Officer Vas , Chief Human Resources Officer , Chief Executive Ed , Chief of Staff , Chief Officer"
                .split(' ')
                .collect();
        assert_eq!(chief_officer_title_length(&words, 1), Some(3));
        assert_eq!(chief_officer_title_length(&words, 6), Some(4));
        assert_eq!(chief_officer_title_length(&words, 11), Some(2));
        assert_eq!(chief_officer_title_length(&words, 15), None);
        assert_eq!(chief_officer_title_length(&words, 19), None);
    }

    #[test]
    fn a_given_name_read_as_a_town_before_a_double_surname_is_the_person_s() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Alexandria Ocasio-Cortez and Maryland Wal-Marts"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (1, 2, 3), (3, 4, 2), (4, 5, 3)];
        assert!(given_names_read_as_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 1), (3, 4, 2), (4, 5, 3)]);
    }

    #[test]
    fn the_name_after_a_royal_title_is_a_royal() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Crown Prince Abdullah met Queen Beatrix of The Netherlands , Princess Anne and Stephen King at Prince Rupert and King Fahd Causeway"
            .split(' ')
            .collect();
        // The tagger: "Crown Prince Abdullah" and "Queen Beatrix of The Netherlands"
        // organizations, "Princess Anne" nothing, "Stephen King" a person, "Prince Rupert"
        // a place, "King Fahd Causeway" a place.
        let mut names: Names = vec![(0, 3, 3), (4, 9, 3), (13, 15, 1), (16, 18, 2), (19, 22, 2)];
        assert!(people_after_royal_titles(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [
                (2, 3, 1),
                (5, 6, 1),
                (7, 9, 2),
                (11, 12, 1),
                (13, 15, 1),
                (16, 18, 2),
                (19, 22, 2)
            ]
        );
        // A peer by his surname; an office and a cricket ground stay as they were.
        let words: Vec<&str> = "Lord Hanson met the Lord Chancellor at Lord 's"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 2), (4, 6, 2), (7, 9, 2)];
        assert!(people_after_royal_titles(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 1), (4, 6, 2), (7, 9, 2)]);
        // A title ending the sentence names no one.
        let words: Vec<&str> = "God save the Queen".split(' ').collect();
        let mut names: Names = vec![(0, 1, 1)];
        assert!(!people_after_royal_titles(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_person_s_name_ends_before_of_and_a_country() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Sheikh Tamim bin Hamad al-Thani of Qatar met Saint of the Gutters"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 7, 1), (8, 12, 1)];
        assert!(split_people_of_places(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 5, 1), (6, 7, 2), (8, 12, 1)]);
    }

    #[test]
    fn a_short_word_in_title_case_ends_the_person_s_name() {
        let words: Vec<&str> = "Kim Jong Un met Smith Co and Annan UN".split(' ').collect();
        let mut names: Names = vec![
            (0, 2, 1),
            (2, 3, 3),
            (4, 5, 1),
            (5, 6, 3),
            (7, 8, 1),
            (8, 9, 3),
        ];
        assert!(join_short_last_names(&words, &mut names));
        assert_eq!(
            names,
            [(0, 3, 1), (4, 5, 1), (5, 6, 3), (7, 8, 1), (8, 9, 3)]
        );
    }

    #[test]
    fn a_web_address_is_the_company_trading_under_it() {
        let words: Vec<&str> =
            "US-based Amazon.com holds a patent ; Overstock.com said ; see www.bbc.co.uk"
                .split(' ')
                .collect();
        let mut names: Names = vec![(6, 7, 1)];
        assert!(companies_by_their_web_address(&words, &mut names));
        assert_eq!(names, [(1, 2, 3), (6, 7, 3)]);
    }

    #[test]
    fn a_place_only_organization_lists_know_is_the_organization() {
        let gazetteer = Gazetteer::load();
        let clusters = crate::extract::clusters::Clusters::load();
        let words: Vec<&str> =
            "days after Twitter tagged tweets , markets in Benelux and Paris , owner of Topshop , ships from the Gulf"
                .split(' ')
                .collect();
        let views = super::super::features::views(&words, &gazetteer, &clusters);
        let mut names: Names = vec![(2, 3, 2), (8, 9, 2), (10, 11, 2), (14, 15, 2), (19, 20, 2)];
        assert!(places_only_organization_lists_know(
            &words, &views, &mut names, &gazetteer
        ));
        // A brand news has never seen is the brand; "Gulf", also a brand's name, a place.
        assert_eq!(kinds(&names), ["ORG", "LOC", "LOC", "ORG", "LOC"]);
    }

    #[test]
    fn a_place_before_a_body_s_head_word_opens_the_body_s_name() {
        let words: Vec<&str> = "AstraZeneca and Oxford University began ; the West Bank town"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 2), (8, 10, 2)];
        assert!(places_opening_bodies(
            &words,
            &mut names,
            &Gazetteer::load()
        ));
        assert_eq!(names, [(0, 1, 3), (2, 4, 3), (8, 10, 2)]);
    }

    #[test]
    fn a_person_beating_a_team_is_a_team() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Brigham Young beat Utah State and Celtic lost to Smith ; Sampras beat Agassi"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 2, 1),
            (3, 5, 3),
            (6, 7, 3),
            (9, 10, 1),
            (11, 12, 1),
            (13, 14, 1),
        ];
        assert!(opponents_of_teams_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "ORG", "ORG", "PER", "PER"]);
        // A US state beaten by a team is its team; a country facing a country stays a place.
        let words: Vec<&str> =
            "Alabama beat Georgia 41-24 ; Georgia beat Moldova 2-0 ; Clemson lost to Ohio State"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 1, 3),
            (2, 3, 2),
            (5, 6, 2),
            (7, 8, 2),
            (10, 11, 3),
            (13, 15, 2),
        ];
        assert!(opponents_of_teams_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC", "LOC", "ORG", "ORG"]);
        // A headline's present tense is a result too.
        let words: Vec<&str> = "Alabama routs Georgia".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 2)];
        assert!(opponents_of_teams_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG"]);
        // Two "persons" or towns with a team game's score are teams; players win sets, and
        // countries stay places.
        let words: Vec<&str> =
            "James Madison beat Robert Morris 81-66 ; Wake Forest beat Ohio 75-70 ; Sampras beat Agassi 6-3 7-6 ; New Zealand beat South Africa 33-26 ; England beat Fiji 26-21"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (0, 2, 1),
            (3, 5, 1),
            (7, 9, 2),
            (10, 11, 2),
            (13, 14, 1),
            (15, 16, 1),
            (19, 21, 2),
            (22, 24, 2),
            (26, 27, 2),
            (28, 29, 2),
        ];
        assert!(opponents_of_teams_are_teams(&words, &mut names, &gazetteer));
        // A nation of the United Kingdom fields a national side, as a country does.
        assert_eq!(
            kinds(&names),
            [
                "ORG", "ORG", "ORG", "ORG", "PER", "PER", "LOC", "LOC", "LOC", "LOC"
            ]
        );
        // A place beside a team the tagger already found.
        let words: Vec<&str> = "Tampa Bay beat Kansas City 31-9".split(' ').collect();
        let mut names: Names = vec![(0, 2, 2), (3, 5, 3)];
        assert!(opponents_of_teams_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG"]);
        let words: Vec<&str> = "Kansas City had trailed Houston 24-0".split(' ').collect();
        let mut names: Names = vec![(0, 2, 2), (4, 5, 3)];
        assert!(opponents_of_teams_are_teams(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG"]);
    }

    #[test]
    fn a_company_by_its_form_and_a_team_by_its_fixture() {
        let words: Vec<&str> =
            "Eli Lilly & Co sold it ; Notts County v York ; Pete Sampras vs. Agassi"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 4, 1), (7, 9, 1), (10, 11, 3), (12, 14, 1), (15, 16, 1)];
        let gazetteer = Gazetteer::load();
        assert!(companies_by_their_form(&words, &mut names));
        assert!(fixtures_are_teams(
            &words,
            &mut names,
            (false, false),
            &gazetteer
        ));
        assert_eq!(
            names,
            [(0, 4, 3), (7, 9, 3), (10, 11, 3), (12, 14, 1), (15, 16, 1)]
        );
    }

    #[test]
    fn towns_and_names_beside_a_fixture_are_teams_across_a_line_break_too() {
        let gazetteer = Gazetteer::load();
        // "Hartlepool v" ended the line before: Cardiff is its opponent.
        let words: Vec<&str> = "Cardiff , Colchester v Airdrieonians , Mauritania v Benin"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 3), (4, 5, 4), (6, 7, 2), (8, 9, 2)];
        assert!(fixtures_are_teams(
            &words,
            &mut names,
            (true, false),
            &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "ORG", "ORG", "LOC", "LOC"]);
        // Without the "v" before the break, Cardiff is beside none.
        let mut names: Names = vec![(0, 1, 2)];
        assert!(!fixtures_are_teams(
            &words,
            &mut names,
            (false, false),
            &gazetteer
        ));
    }

    #[test]
    fn towns_opening_a_row_of_figures_are_teams() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Richmond 28.19 ( 187 ) Melbourne 11.12 ( 78 ) Namibia 6"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (5, 6, 2), (10, 11, 2)];
        assert!(towns_in_rows_of_figures_are_teams(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC"]);
        // A dateline's town is followed by a date, a venue's by no figure.
        let words: Vec<&str> = "MELBOURNE 1996-08-25 ; in Sydney 12".split(' ').collect();
        let mut names: Names = vec![(0, 1, 2), (4, 5, 2)];
        assert!(!towns_in_rows_of_figures_are_teams(
            &words, &mut names, &gazetteer
        ));
    }

    #[test]
    fn a_name_before_a_comma_and_its_region_is_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "plants in Hampshire , England ; and Siemens , Germany 's biggest"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 3, 3), (4, 5, 2), (8, 9, 3), (10, 11, 2)];
        assert!(places_before_their_region(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 3, 2), (4, 5, 2), (8, 9, 3), (10, 11, 2)]);
    }

    #[test]
    fn a_club_of_its_country_is_two_names_a_body_of_it_one() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Ferencvaros of Hungary met the Football Association of Ireland , United News of India said"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 3, 3), (5, 9, 3), (10, 14, 3)];
        assert!(split_team_and_country(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 1, 3), (2, 3, 2), (5, 9, 3), (10, 14, 3)]);
    }

    #[test]
    fn a_nationality_and_a_name_the_lists_know_together_are_one_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Saudi Aramco and Saudi Arabia".split(' ').collect();
        let mut names: Names = vec![(0, 1, 4), (1, 2, 3), (3, 5, 2)];
        assert!(join_listed_companies(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 3), (3, 5, 2)]);
        // Over one word between them, not over a comma.
        let words: Vec<&str> = "Pret A Manger and Pret , Manger".split(' ').collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 2), (4, 5, 3), (6, 7, 2)];
        assert!(join_listed_companies(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 3, 3), (4, 5, 3), (6, 7, 2)]);
    }

    #[test]
    fn an_arabic_name_is_one_person_across_bin() {
        // As the tagger might have it: the name cut at "bin", one side a place.
        let words: Vec<&str> = "Abdulaziz bin Salman met Prince Faisal bin Farhan in the bin ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 2), (2, 3, 1), (4, 6, 1)];
        assert!(join_patronymics(&words, &mut names));
        assert_eq!(names, [(0, 3, 1), (4, 8, 1)]);
        // A family name in "al-" after a person is the person's.
        let words: Vec<&str> = "Abdel Fattah al-Sisi met al-Assad in Cairo"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 1), (2, 3, 2), (4, 5, 1), (6, 7, 2)];
        assert!(join_patronymics(&words, &mut names));
        assert_eq!(names, [(0, 3, 1), (4, 5, 1), (6, 7, 2)]);
        // A plain "bin" joins nothing.
        let words: Vec<&str> = "Put it in the bin Smith said .".split(' ').collect();
        let mut names: Names = vec![(5, 6, 1)];
        assert!(!join_patronymics(&words, &mut names));
    }

    #[test]
    fn a_nationality_opens_the_organization_name_of_several_words_after_it() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "The Jordanian Arab Socialist Baath Party and the Brazilian Foreign Ministry met Swiss Xstrata ."
            .split(' ')
            .collect();
        // MISC "Jordanian", ORG "Arab Socialist Baath Party", MISC "Brazilian", ORG
        // "Foreign Ministry", MISC "Swiss", ORG "Xstrata".
        let mut names: Names = vec![
            (1, 2, 4),
            (2, 6, 3),
            (8, 9, 4),
            (9, 11, 3),
            (12, 13, 4),
            (13, 14, 3),
        ];
        assert!(demonyms_opening_organizations(
            &words, &mut names, &gazetteer
        ));
        // A foreign ministry and a one-word company keep the nationality apart.
        assert_eq!(
            names,
            [(1, 6, 3), (8, 9, 4), (9, 11, 3), (12, 13, 4), (13, 14, 3)]
        );
    }

    #[test]
    fn field_labels_of_a_term_sheet_are_no_names() {
        let words: Vec<&str> = "MOODY AA1 LISTING LUX PAY FREQ = S&P AA"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (7, 8, 3)];
        assert!(drop_term_sheet_fields(&words, &mut names));
        assert_eq!(names, [(7, 8, 3)]);
        // A company named like a label in running text stays.
        let words: Vec<&str> = "ISS said ISS Inc would sell its unit ."
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (2, 4, 3)];
        assert!(!drop_term_sheet_fields(&words, &mut names));
    }

    #[test]
    fn a_name_ending_in_a_strait_sea_or_bridge_is_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Talks across the Taiwan Strait , Wayne Bridge and the Law of the Sea"
                .split(' ')
                .collect();
        // ORG "Taiwan Strait", PER "Wayne Bridge", MISC "Law of the Sea".
        let mut names: Names = vec![(3, 5, 3), (6, 8, 1), (10, 14, 4)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        // A first name keeps a person; a name with "of" is no place.
        assert_eq!(names, [(3, 5, 2), (6, 8, 1), (10, 14, 4)]);
        // A ground; a Korean surname.
        let words: Vec<&str> = "Fratton Park and Sung-Hee Park".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 1)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 2), (3, 5, 1)]);
        // A stadium named after a person is the stadium.
        let words: Vec<&str> = "at Raymond James Stadium".split(' ').collect();
        let mut names: Names = vec![(1, 4, 1)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 4, 2)]);
        // A ground and where one left it for, read as one name.
        let words: Vec<&str> = "left Fratton Park for Southampton".split(' ').collect();
        let mut names: Names = vec![(1, 5, 3)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 3, 2), (4, 5, 2)]);
        // A cricket ground; a feature's word left out after a place.
        let words: Vec<&str> = "at the Sydney Cricket Ground and Wembley Arena"
            .split(' ')
            .collect();
        let mut names: Names = vec![(2, 5, 3), (6, 7, 2)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(names, [(2, 5, 2), (6, 8, 2)]);
        // A ballpark, an air base and a hospital; not a TV channel or a sports body.
        let words: Vec<&str> =
            "Globe Life Field , Travis Air Force Base , Johns Hopkins Hospital , MTV Base , USA Track & Field"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 3, 3), (4, 8, 4), (9, 12, 4), (13, 15, 3), (16, 20, 3)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [(0, 3, 2), (4, 8, 2), (9, 12, 2), (13, 15, 3), (16, 20, 3)]
        );
        // Landmarks the tagger took for people or a company; a church's body stays one.
        let words: Vec<&str> =
            "Frogmore Cottage , Jezero Crater , Leduc Reef , Armenian Apostolic Church , Hoover Dam"
                .split(' ')
                .collect();
        let mut names: Names = vec![(0, 2, 1), (3, 5, 1), (6, 8, 3), (9, 12, 3), (13, 15, 4)];
        assert!(places_by_their_feature_word(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [(0, 2, 2), (3, 5, 2), (6, 8, 2), (9, 12, 3), (13, 15, 2)]
        );
    }

    #[test]
    fn a_given_name_before_an_arabic_surname_is_one_person() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Secretary-General Nayef al-Hajraf said ; in Cairo al-Ahram said ; Abdel-Aziz al-Rantissi said"
                .split(' ')
                .collect();
        let mut names: Names = vec![
            (1, 2, 3),
            (2, 3, 3),
            (6, 7, 2),
            (7, 8, 3),
            (10, 11, 4),
            (11, 12, 2),
        ];
        assert!(given_names_before_arabic_surnames(
            &words, &mut names, &gazetteer
        ));
        // A place the gazetteer knows stays apart; a surname it does not know as one, read
        // as a place, is the person's.
        assert_eq!(names, [(1, 3, 1), (6, 7, 2), (7, 8, 3), (10, 12, 1)]);
        // A person's given name that is a town's too.
        let words: Vec<&str> = "Ayatollah Ali al-Sistani met".split(' ').collect();
        let mut names: Names = vec![(1, 2, 1), (2, 3, 1)];
        assert!(given_names_before_arabic_surnames(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(names, [(1, 3, 1)]);
    }

    #[test]
    fn the_town_of_a_company_based_in_a_state_is_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "The Irving , Texas-based company and the Redmond , Wash.-based firm ; Smith , Ohio-based"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 2, 1), (7, 8, 3), (12, 13, 1)];
        assert!(towns_of_based_companies(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["LOC", "LOC", "PER"]);
    }

    #[test]
    fn a_peoples_adjective_before_an_event_opens_its_name() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "won the Australian PGA Championship and the South African Open ; Australian Davis Cup captain"
                .split(' ')
                .collect();
        let misc = type_index("MISC");
        let mut names: Names = vec![
            (2, 3, misc),
            (3, 5, misc),
            (7, 9, misc),
            (11, 12, misc),
            (12, 14, misc),
        ];
        assert!(events_after_demonyms(&words, &mut names, &gazetteer));
        assert_eq!(
            names,
            [(2, 5, misc), (7, 10, misc), (11, 12, misc), (12, 14, misc)]
        );
    }

    #[test]
    fn a_name_run_over_a_bracket_is_cut_there_and_a_country_inside_is_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Levski Sofia 1 Olimpija ( Slovenia ) 0 Videoton ( Giuliani Group"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (3, 6, 3), (8, 12, 3)];
        assert!(split_at_brackets(&words, &mut names, &gazetteer));
        // No country in the last bracket: the name is left as it was.
        assert_eq!(names, [(0, 2, 3), (3, 4, 3), (5, 6, 2), (8, 12, 3)]);
    }

    #[test]
    fn a_state_or_country_taken_for_misc_is_a_place_but_a_town_is_left() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "A Missouri woman , an American and the Brits"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 4), (5, 6, 4), (8, 9, 4)];
        assert!(places_taken_for_misc(&words, &mut names, &gazetteer));
        assert_eq!(names, [(1, 2, 2), (5, 6, 4), (8, 9, 4)]);
    }

    #[test]
    fn a_coined_exit_or_disease_is_misc_not_an_organization() {
        let words: Vec<&str> = "Brexit hit Exit Realty and Grexit loomed as Covid-19 spread"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (2, 4, 3), (5, 6, 3)];
        assert!(coined_words_are_misc(&words, &mut names));
        assert_eq!(names, [(0, 1, 4), (2, 4, 3), (5, 6, 4), (8, 9, 4)]);
        // Its partisans; not a name ending in "er" of no exit.
        let words: Vec<&str> = "Brexiteers and Remainers met Peter Exiter"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 3), (2, 3, 3), (4, 6, 1)];
        assert!(coined_words_are_misc(&words, &mut names));
        assert_eq!(kinds(&names), ["MISC", "MISC", "PER"]);
        // One the tagger left out.
        let words: Vec<&str> = "Brexit talks stalled".split(' ').collect();
        let mut names: Names = vec![];
        assert!(coined_words_are_misc(&words, &mut names));
        assert_eq!(names, [(0, 1, 4)]);
        // A variant by its Greek letter; the airline stays.
        let words: Vec<&str> = "the Delta variant grounded Delta flights"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 2, 2), (4, 5, 3)];
        assert!(coined_words_are_misc(&words, &mut names));
        assert_eq!(names, [(1, 2, 4), (4, 5, 3)]);
    }

    #[test]
    fn a_brand_listed_with_companies_is_a_company() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Amazon , Apple and Alphabet face suits ; Andre and Santos won"
            .split(' ')
            .collect();
        // As the tagger had it after a place-heavy paragraph.
        let mut names: Names = vec![(0, 1, 2), (2, 3, 2), (4, 5, 3), (8, 9, 1), (10, 11, 3)];
        assert!(companies_listed_with_companies(
            &words, &mut names, &gazetteer
        ));
        // Two names joined by "and" are no list.
        assert_eq!(
            names,
            [(0, 1, 3), (2, 3, 3), (4, 5, 3), (8, 9, 1), (10, 11, 3)]
        );
        // Unless the lists know both names only as companies.
        let words: Vec<&str> = "including Neiman Marcus and Ted Baker ; Ted Baker and Ann Smith"
            .split(' ')
            .collect();
        let mut names: Names = vec![(1, 3, 1), (4, 6, 1), (7, 9, 1), (10, 12, 1)];
        assert!(companies_listed_with_companies(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "ORG", "PER", "PER"]);
        // Two names: a company's and one the lists know only as a company's.
        let words: Vec<&str> = "Ralph Lauren and PVH rose".split(' ').collect();
        let mut names: Names = vec![(0, 2, 1), (3, 4, 3)];
        assert!(companies_listed_with_companies(
            &words, &mut names, &gazetteer
        ));
        assert_eq!(kinds(&names), ["ORG", "ORG"]);
    }

    #[test]
    fn a_listed_company_before_a_country_is_its_arm_there_but_a_region_stays_a_place() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "Toyota Australia , AOL Germany , South Africa and Southern China"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 2), (3, 5, 2), (6, 8, 2), (9, 11, 2)];
        assert!(companies_arms_in_countries(&words, &mut names, &gazetteer));
        assert_eq!(kinds(&names), ["ORG", "ORG", "LOC", "LOC"]);
        // A company named alone, or a person, is left as the tagger had it.
        let words: Vec<&str> = "Toyota and James Poland".split(' ').collect();
        let mut names: Names = vec![(0, 1, 2), (2, 4, 1)];
        assert!(!companies_arms_in_countries(&words, &mut names, &gazetteer));
    }

    #[test]
    fn a_sport_before_a_country_is_the_sport_s_body_there() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> =
            "Tennis Australia chief Craig Tiley , Athletics Kenya and Tennis Canberra"
                .split(' ')
                .collect();
        let mut names: Names = vec![(1, 2, 2), (3, 5, 1), (7, 8, 2), (10, 11, 2)];
        assert!(sport_bodies_of_countries(&words, &mut names, &gazetteer));
        // A town is no country: "Tennis Canberra" is left.
        assert_eq!(names, [(0, 2, 3), (3, 5, 1), (6, 8, 3), (10, 11, 2)]);
    }

    #[test]
    fn the_names_after_a_military_rank_are_a_person_s() {
        let words: Vec<&str> = "killed Major General Qassem Soleimani , head of the force"
            .split(' ')
            .collect();
        // As the tagger had it: the rank and first name MISC, the surname left out.
        let mut names: Names = vec![(1, 4, 4)];
        assert!(people_after_military_ranks(&words, &mut names));
        assert_eq!(names, [(3, 5, 1)]);
        let words: Vec<&str> = "Lieutenant-Colonel Ali Khan and Major Motors"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 3, 3), (4, 6, 3)];
        assert!(people_after_military_ranks(&words, &mut names));
        assert_eq!(names, [(1, 3, 1), (4, 6, 3)]);
    }

    #[test]
    fn an_acronym_spelled_out_in_lower_case_words_names_nothing_in_the_article() {
        let sentences: Vec<Vec<&str>> = vec![
            "It bought dark northern spring ( DNS ) wheat from Cargill Inc"
                .split(' ')
                .collect(),
            "The high-speed diesel ( HSD ) tender of the Indian Oil Corp ( IOC ) closed"
                .split(' ')
                .collect(),
            "19,500 of DNS and 4,500 of HSD , IOC said"
                .split(' ')
                .collect(),
        ];
        let mut names: Vec<Names> = vec![
            vec![(6, 7, 3), (10, 12, 3)],
            vec![(4, 5, 3), (9, 12, 3), (13, 14, 3)],
            vec![(2, 3, 3), (6, 7, 2), (8, 9, 3)],
        ];
        let mut changed = vec![false; 3];
        acronyms_of_common_words_throughout(&sentences, &mut names, &mut changed);
        // Cargill and the Indian Oil Corp, capitalized before their acronym, stay.
        assert_eq!(names[0], [(10, 12, 3)]);
        assert_eq!(names[1], [(9, 12, 3), (13, 14, 3)]);
        assert_eq!(names[2], [(8, 9, 3)]);
        assert_eq!(changed, [true, true, true]);
    }

    #[test]
    fn a_storm_s_name_is_misc_through_the_article() {
        let sentences: Vec<Vec<&str>> = vec![
            "Hurricane Laura hit Louisiana , the National Hurricane Center said"
                .split(' ')
                .collect(),
            "Laura weakened , Center officials said"
                .split(' ')
                .collect(),
        ];
        // As the tagger had it: the storm a person, and once with its word.
        let mut names: Vec<Names> = vec![vec![(0, 2, 1), (3, 4, 2), (6, 9, 3)], vec![(0, 1, 1)]];
        let mut changed = vec![false, false];
        storms_throughout(&sentences, &mut names, &mut changed);
        assert_eq!(
            names,
            [vec![(1, 2, 4), (3, 4, 2), (6, 9, 3)], vec![(0, 1, 4)]]
        );
        assert_eq!(changed, [true, true]);
    }

    #[test]
    fn a_plural_s_apostrophe_before_a_body_s_head_is_inside_one_name() {
        let words: Vec<&str> = "the ruling Workers ' Party , the Farmers ' Union , the Cup Winners ' Cup and the Netherlands ' ING"
            .split(' ')
            .collect();
        let mut names: Names = vec![
            (2, 3, 3),
            (7, 8, 3),
            (9, 10, 3),
            (12, 14, 4),
            (15, 16, 4),
            (18, 19, 2),
            (20, 21, 3),
        ];
        assert!(join_plural_possessive_bodies(&words, &mut names));
        assert_eq!(
            names,
            [(2, 5, 3), (7, 10, 3), (12, 16, 4), (18, 19, 2), (20, 21, 3)]
        );
    }

    #[test]
    fn a_body_s_head_left_out_before_for_opens_the_name_after() {
        let words: Vec<&str> = "Morales ' Movement for Socialism party , a Campaign for Tony Blair and the Centre for Studies"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 1, 1), (4, 5, 2), (10, 12, 1), (14, 15, 3), (16, 17, 3)];
        assert!(bodies_opening_before_for(&words, &mut names));
        // Not before a person; not a head inside a longer run ("the Centre" is named).
        assert_eq!(
            names,
            [(0, 1, 1), (2, 5, 3), (10, 12, 1), (14, 15, 3), (16, 17, 3)]
        );
        // Not a lower-case noun, a seat in a legislature, nor a head after "of".
        let words: Vec<&str> = "a fund for Africa ; entered Parliament for Sheffield Brightside ; Member of Parliament for Bury"
            .split(' ')
            .collect();
        let mut names: Names = vec![(3, 4, 2), (8, 10, 2), (15, 16, 2)];
        assert!(!bodies_opening_before_for(&words, &mut names));
    }

    #[test]
    fn initials_with_j_before_a_surname_name_a_person() {
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = "JT Daniels threw to AJ Brown as IBM Watson watched"
            .split(' ')
            .collect();
        let mut names: Names = vec![(0, 2, 3), (4, 6, 3), (7, 9, 3)];
        assert!(people_named_by_initials(&words, &mut names, &gazetteer));
        assert_eq!(names, [(0, 2, 1), (4, 6, 1), (7, 9, 3)]);
    }
}
