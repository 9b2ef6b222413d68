//! Places resolved in the gazetteer: the countries and states an article names settle
//! which of several same-named places a mention is; nationality words count as their
//! country.

use std::collections::HashSet;

use super::gazetteer::{self, PlaceKind};
use super::span::{EntityKind, JoinWords, Span};
use super::{Extractor, Place};

/// The places of one article.
pub(super) struct Places<'a> {
    /// (place, span) for every place mention in the text.
    pub mentions: Vec<(Place, &'a Span)>,
    /// The file's own place tags, resolved.
    pub provided: Vec<Place>,
}

impl Extractor {
    /// Resolves every place and nationality span of the article, and the file's tags.
    /// `lower_case_words` are the words the article also writes in lower case.
    pub(super) fn places<'a>(
        &self,
        spans: &'a [Span],
        provided: &[String],
        lower_case_words: &HashSet<&str>,
    ) -> Places<'a> {
        // The countries the article is in, from names that can be only one place: they
        // settle the names that can be several ("Georgia" beside "Atlanta").
        let mut context: HashSet<String> = HashSet::new();
        for span in spans {
            let name = span.words.join_words();
            let country = match span.kind {
                // "Man" (a common word) is no city, and says nothing of the country.
                EntityKind::Place if !self.is_common_word(&name, lower_case_words) => {
                    self.gazetteer.unambiguous_country(&name)
                }
                EntityKind::Misc => self
                    .gazetteer
                    .demonym_country(&name)
                    .map(|e| e.country.as_str()),
                _ => None,
            };
            if let Some(country) = country {
                context.insert(country.to_string());
            }
        }
        for name in provided {
            if let Some(entry) = self.gazetteer.resolve(name, &HashSet::new()) {
                context.insert(entry.country.clone());
            }
        }
        let mut mentions = Vec::new();
        for (position, span) in spans.iter().enumerate() {
            let name = span.words.join_words();
            if let Some(entry) = spans
                .get(position + 1)
                .and_then(|region| self.qualified_place(&name, span, region))
            {
                mentions.push((self.place_of(entry), span));
                continue;
            }
            let resolved: Vec<Place> = match span.kind {
                // "Reading blogs remains popular": a word news mostly writes in lower case,
                // opening a sentence, is capitalized for that alone, even where its town is
                // in a country the article names. (A dateline in capitals is a place.)
                EntityKind::Place
                    if span.words.len() == 1
                        && span.opens_sentence()
                        && name.chars().any(char::is_lowercase)
                        && self.model().clusters().is_common_word(&name.to_lowercase()) =>
                {
                    continue;
                }
                EntityKind::Place => {
                    let single = span.words.len() == 1;
                    let resolved = self.resolve_in_article(&name, &context, lower_case_words);
                    let Some(whole) = resolved.filter(|whole| {
                        whole.kind.is_some()
                            || !single
                            || !(span.opens_sentence() || not_a_place_word(&name, lower_case_words))
                    }) else {
                        // "“Look, nothing…": a capitalized first word the gazetteer does not
                        // know; "CD", "Aids" (also "aids"), a name turned down in context.
                        continue;
                    };
                    // "West German" tagged as a place: a nationality word, its country.
                    if whole.kind.is_none()
                        && let Some(country) = self.gazetteer.demonym_country(&name)
                    {
                        mentions.push((self.place_of(country), span));
                        continue;
                    }
                    if whole.kind.is_none() && name.contains('-') {
                        // "Moscow-Kyiv talks": both places ("arms-to-Iran": only Iran).
                        name.split('-')
                            .filter(|part| part.chars().next().is_some_and(char::is_uppercase))
                            .filter_map(|part| {
                                self.resolve_in_article(part, &context, lower_case_words)
                            })
                            .filter(|p| p.kind.is_some())
                            .collect()
                    } else if whole.kind.is_none() && !names_an_unlisted_place(&span.words) {
                        // "Xbox", "Azkaban", "Lord" (of the Rings), "F Sheahan": most names
                        // the gazetteer lacks that the tagger calls places are none.
                        Vec::new()
                    } else {
                        vec![whole]
                    }
                }
                EntityKind::Misc => self
                    .gazetteer
                    .demonym_country(&name)
                    .map(|e| self.place_of(e))
                    .into_iter()
                    .collect(),
                _ => Vec::new(),
            };
            mentions.extend(resolved.into_iter().map(|place| (place, span)));
        }
        let provided = provided
            .iter()
            .map(|name| self.resolve_place(name, &context))
            .collect();
        Places { mentions, provided }
    }

    /// A place named in an article's text, resolved when the gazetteer's place is
    /// plausible there, else kept flat (a name of two or more words) or turned down
    /// (`None`). A city needs more than its name when its country is
    /// not the article's: one named by an alias ("Hindi" is an alternate name of Mariupol)
    /// never counts, nor a town under 100,000 ("Kenilworth" in a New Jersey story; unless
    /// no country is named and no other place or person has its name) or one whose name
    /// is a common word (the article also writes it in lower case, or news mostly does).
    fn resolve_in_article(
        &self,
        name: &str,
        context: &HashSet<String>,
        lower_case_words: &HashSet<&str>,
    ) -> Option<Place> {
        let Some(entry) = self.gazetteer.resolve(name.trim(), context) else {
            return Some(Place::unresolved(name));
        };
        let common_word = self.is_common_word(name, lower_case_words);
        // With no country named, a town whose name is no other place's and no person's is
        // that town ("Bucha").
        let only_place_of_its_name = context.is_empty()
            && self.gazetteer.places_named(name) == 1
            && self.gazetteer.name_lists(name)
                & (gazetteer::LIST_FIRST_NAME | gazetteer::LIST_SURNAME | gazetteer::LIST_PERSON)
                == 0;
        let plausible = entry.kind != PlaceKind::City
            || context.contains(&entry.country)
            || (self.gazetteer.is_own_name(entry, name)
                && !common_word
                && (entry.population >= 100_000 || only_place_of_its_name));
        if plausible {
            Some(self.place_of(entry))
        } else if name.trim().contains(' ') {
            Some(Place::unresolved(name))
        } else {
            // A word the gazetteer knows only as a place that does not fit ("Hindi").
            None
        }
    }

    /// Whether a name is a common word of English: the article also writes it in lower
    /// case ("Bill" beside "the bill"), or news mostly does ("Man", a city in Côte
    /// d'Ivoire, in "Man To Man", a film). Such a name is a foreign city only when the
    /// article names that country.
    fn is_common_word(&self, name: &str, lower_case_words: &HashSet<&str>) -> bool {
        let lower = name.trim().to_lowercase();
        lower_case_words.contains(lower.as_str())
            || (!lower.contains(' ') && self.model().clusters().is_common_word(&lower))
    }

    /// The place `span` is when the region written right after it says which ("London,
    /// Ontario", "Paris, Texas", "Portland, Maine"), if the gazetteer has one there.
    fn qualified_place(&self, name: &str, span: &Span, region: &Span) -> Option<&gazetteer::Entry> {
        if span.kind != EntityKind::Place
            || region.kind != EntityKind::Place
            || span.next.as_deref() != Some(",")
            || region.previous.as_deref() != Some(",")
            || region.start > span.end + 3
        {
            return None;
        }
        let region_entry = self
            .gazetteer
            .resolve(&region.words.join_words(), &HashSet::new())
            .filter(|entry| matches!(entry.kind, PlaceKind::State | PlaceKind::Country))?;
        self.gazetteer
            .resolve_within(name, &region_entry.country)
            .filter(|entry| entry.kind == PlaceKind::City)
    }

    /// The place a gazetteer entry is, with its hierarchy.
    pub(super) fn place_of(&self, entry: &gazetteer::Entry) -> Place {
        Place {
            name: entry.name.clone(),
            hierarchy: self.gazetteer.hierarchy(entry),
            kind: Some(entry.kind),
            aliases: entry.aliases.clone(),
        }
    }

    /// A place name resolved in the gazetteer, or kept flat.
    pub fn resolve_place(&self, name: &str, context: &HashSet<String>) -> Place {
        match self.gazetteer.resolve(name.trim(), context) {
            Some(entry) => self.place_of(entry),
            None => Place::unresolved(name),
        }
    }
}

/// Whether a one-word name the gazetteer does not know is no place: a short acronym
/// ("CD") or a word the article also writes in lower case ("Aids" and "aids").
fn not_a_place_word(name: &str, lower_case_words: &HashSet<&str>) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (letters <= 3 && !name.chars().any(char::is_lowercase))
        || lower_case_words.contains(name.to_lowercase().as_str())
}

/// Last words (lower case) of the names of places a gazetteer of countries, regions and
/// towns lacks: streets, grounds, waters, land forms, areas ("Leicester Square", "Fratton
/// Park", "Indian Ocean", "South East", "Asia Pacific"). Not `refine`'s `PLACE_WORDS`, which
/// retypes names the tagger called organizations: this list has land forms and compass
/// words it lacks, and none of its building words ("House", "Hall"), which end companies'
/// names too.
const UNLISTED_PLACE_LAST_WORDS: &[&str] = &[
    "street",
    "square",
    "avenue",
    "road",
    "lane",
    "park",
    "stadium",
    "arena",
    "river",
    "sea",
    "ocean",
    "lake",
    "mountains",
    "mountain",
    "hills",
    "valley",
    "island",
    "islands",
    "isles",
    "coast",
    "bay",
    "gulf",
    "channel",
    "strait",
    "straits",
    "peninsula",
    "desert",
    "forest",
    "county",
    "province",
    "region",
    "district",
    "borough",
    "estuary",
    "canal",
    "east",
    "west",
    "north",
    "south",
    "pacific",
    "atlantic",
    "america",
    "africa",
    "asia",
    "europe",
    "highlands",
    "lakes",
    // Landmarks and works the tagger calls places by these words ("Westminster Cathedral",
    // "Hoover Dam", "Juukan Gorge").
    "reef",
    "canyon",
    "gorge",
    "crater",
    "glacier",
    "volcano",
    "dam",
    "boulevard",
    "highway",
    "gardens",
    "castle",
    "cathedral",
    "mosque",
    "temple",
    "cottage",
    "tower",
    "prison",
];

/// First words (lower case) of such names: waters, land forms, and a point of the compass
/// before another name ("River Thames", "Mount Kenya", "Middle East", "Eastern Europe",
/// "Greater Manchester").
const UNLISTED_PLACE_FIRST_WORDS: &[&str] = &[
    "river", "lake", "loch", "mount", "mt", "isle", "gulf", "bay", "cape", "strait", "sea",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "far", "middle",
];

/// One-word regions and waters the gazetteer lacks.
const UNLISTED_REGIONS: &[&str] = &[
    "atlantic",
    "pacific",
    "caribbean",
    "mediterranean",
    "arctic",
    "antarctic",
    "antarctica",
    "balkans",
    "baltic",
    "scandinavia",
    "siberia",
    "sahara",
    "himalayas",
    "alps",
    "andes",
    "gulf",
    "mideast",
    "aegean",
];

/// Whether a name the gazetteer does not know is still shaped like a place's: one of the
/// regions it lacks, or a name of two or more words in capitals (a dateline) or with a
/// place word first or last.
fn names_an_unlisted_place(words: &[String]) -> bool {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    match lower.as_slice() {
        [] => false,
        [only] => UNLISTED_REGIONS.contains(&only.as_str()),
        // "SADDLE BROOK, N.J.": a wire dateline's town, written in capitals.
        _ if words.iter().all(|w| !w.chars().any(char::is_lowercase)) => true,
        [first, .., last] => {
            UNLISTED_PLACE_FIRST_WORDS.contains(&first.as_str())
                || UNLISTED_PLACE_LAST_WORDS.contains(&last.as_str())
        }
    }
}

/// Extends place spans (start, end, type) over a capitalized street, ground or river word
/// right after them, which the tagger left out: "London's Leicester Square" tagged as
/// "Leicester". Such a word ends a place's name; it never follows one in a sentence.
pub(super) fn extend_over_venue_words(words: &[&str], found: &mut [(usize, usize, usize)]) {
    let starts: HashSet<usize> = found.iter().map(|&(start, _, _)| start).collect();
    for (_, end, kind) in found.iter_mut() {
        if *kind == super::span::tagger_type::PLACE
            && !starts.contains(end)
            && words.get(*end).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && super::refine::VENUE_AND_WATER_WORDS.contains(&w.to_lowercase().as_str())
            })
        {
            *end += 1;
        }
    }
}

/// Retypes as a place a name the tagger took for something else where it qualifies the
/// place before it, between commas: "Camberley, Surrey, opened" (Surrey the county, not
/// its cricket club). `is_region_of(place, name)` says whether `name` is a region or the
/// country the place lies in.
pub(super) fn retype_regions_after_places(
    words: &[&str],
    found: &mut [(usize, usize, usize)],
    is_region_of: impl Fn(&str, &str) -> bool,
) {
    let place = super::span::tagger_type::PLACE;
    let places: Vec<(usize, usize)> = found
        .iter()
        .filter(|&&(_, _, kind)| kind == place)
        .map(|&(start, end, _)| (start, end))
        .collect();
    for span in found.iter_mut() {
        let (start, end, kind) = *span;
        if kind == place || start < 2 || words[start - 1] != "," {
            continue;
        }
        let closed = words
            .get(end)
            .is_none_or(|w| matches!(*w, "," | "." | ";" | ")"));
        let Some(&(place_start, place_end)) = places
            .iter()
            .find(|&&(_, place_end)| place_end == start - 1)
        else {
            continue;
        };
        let place_name = words[place_start..place_end].join(" ");
        if closed && is_region_of(&place_name, &words[start..end].join(" ")) {
            span.2 = place;
        }
    }
}

/// Tags a US state's abbreviation after a place and a comma as a place where the tagger
/// left it out: "Tupelo, Miss., market". A place span must end right before the comma.
pub(super) fn tag_state_abbreviations(words: &[&str], found: &mut Vec<(usize, usize, usize)>) {
    let place = super::span::tagger_type::PLACE;
    let mut added = Vec::new();
    for k in 2..words.len() {
        if words[k - 1] != ","
            || !super::span::capitalized_at(words, k)
            || super::abbreviations::us_state(words[k]).is_none()
            || !found
                .iter()
                .any(|&(_, end, kind)| kind == place && end == k - 1)
            || super::span::covers(found, k)
        {
            continue;
        }
        added.push((k, k + 1, place));
    }
    found.extend(added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_between_commas_after_a_place_is_a_place() {
        let words = [
            "in",
            "Camberley",
            ",",
            "Surrey",
            ",",
            "opened",
            "Leeds",
            ",",
            "Nokia",
            ",",
        ];
        let mut found = vec![(1, 2, 2), (3, 4, 3), (6, 7, 2), (8, 9, 3)];
        retype_regions_after_places(&words, &mut found, |place, name| {
            place == "Camberley" && name == "Surrey"
        });
        assert_eq!(found, vec![(1, 2, 2), (3, 4, 2), (6, 7, 2), (8, 9, 3)]);
    }
}
