//! The place gazetteer: continents, countries, US states and cities from GeoNames, with
//! alternate names and demonyms, resolved to one entry with its hierarchy.
//!
//! The table is `data/gazetteer.tsv`, built by `scripts/build_gazetteer.py`. Beside the
//! places, lists of first names, surnames, people and organizations (`data/names.tsv`, built
//! by `scripts/build_name_lists.py`) give the tagger "this run of words is a known name"
//! features.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::fasthash::{FastMap, FastSet};

pub(crate) const TABLE: &str = include_str!("../../data/gazetteer.tsv");
pub(crate) const NAME_LISTS: &str = include_str!("../../data/names.tsv");

/// The lists a run of words can be found in, by bit: place, first name, surname, person,
/// organization, brand (a company or agency of today that only OpenStreetMap's brand list has).
pub const LISTS: [&str; 6] = ["place", "first", "surname", "person", "org", "brand"];
/// `name_lists` bit: a known place.
pub const LIST_PLACE: u8 = 1;
/// `name_lists` bit: a known first name.
pub const LIST_FIRST_NAME: u8 = 1 << 1;
/// `name_lists` bit: a known surname.
pub const LIST_SURNAME: u8 = 1 << 2;
/// `name_lists` bit: a known person.
pub const LIST_PERSON: u8 = 1 << 3;
/// `name_lists` bit: a known organization.
pub const LIST_ORGANIZATION: u8 = 1 << 4;
/// `name_lists` bit: a known brand, operator or network of today.
pub const LIST_BRAND: u8 = 1 << 5;
/// Where a word sits in a listed name: begin, inside, last, unit (a one-word name).
pub const LIST_POSITIONS: [&str; 4] = ["B", "I", "L", "U"];

/// What kind of place an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A continent.
    Continent,
    /// A country.
    Country,
    /// A region: a US state, a Canadian province, a nation of the United Kingdom (England,
    /// Scotland, Wales, Northern Ireland) or an English county.
    State,
    /// A town or city.
    City,
    /// A named area inside one country: a street, building, ground or region news names
    /// as a place ("Wall Street", "the Kremlin", "Twickenham", "Siberia").
    Area,
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    /// Kind of place.
    pub kind: PlaceKind,
    /// ISO country code (empty for continents).
    pub country: String,
    /// Continent code.
    pub continent: String,
    /// Population, for ranking ambiguous names.
    pub population: u64,
    /// Other names users may type (`Kiev` for Kyiv).
    pub aliases: Vec<String>,
}

/// How a name matched an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameKind {
    Primary,
    Alias,
    Demonym,
}

/// Looks place names up and places them in their hierarchy.
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_name: FastMap<String, Vec<(usize, NameKind)>>,
    countries: HashMap<String, usize>,
    continents: HashMap<String, usize>,
    /// Tokens that start a place name, for tagger features.
    first_tokens: FastSet<String>,
    demonyms: FastSet<String>,
    /// Listed names (folded words joined by spaces) → bit set over `LISTS`.
    listed: FastMap<String, u8>,
    /// Every proper word prefix of a multi-word listed name, so matching stops early.
    listed_prefixes: FastSet<String>,
    /// Organizations the lists write as an acronym of three to six capitals ("WHO", "IMF").
    organization_acronyms: FastSet<String>,
    /// US states by their two-letter postal code ("OR" → Oregon), which are no names.
    us_state_codes: FastMap<String, usize>,
}

/// Lower-cases and folds accents so "Kýiv" and "kyiv" meet: the one folding of names
/// (`crate::names::fold`), the index's own.
pub fn fold(text: &str) -> String {
    crate::names::fold(text)
}

/// `fold` without allocating for lower-case ASCII, the common case on the tagging path.
fn folded(token: &str) -> Cow<'_, str> {
    if token
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(token)
    } else {
        Cow::Owned(fold(token))
    }
}

impl Gazetteer {
    /// Loads the table compiled into the binary.
    pub fn load() -> Gazetteer {
        let mut gazetteer = Gazetteer {
            entries: Vec::new(),
            by_name: FastMap::default(),
            countries: HashMap::new(),
            continents: HashMap::new(),
            first_tokens: FastSet::default(),
            demonyms: FastSet::default(),
            listed: FastMap::default(),
            listed_prefixes: FastSet::default(),
            organization_acronyms: FastSet::default(),
            us_state_codes: FastMap::default(),
        };
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let columns: Vec<&str> = line.split('\t').collect();
            if columns.len() < 7 {
                continue;
            }
            let kind = match columns[0] {
                "C" => PlaceKind::Continent,
                "K" => PlaceKind::Country,
                "S" => PlaceKind::State,
                "A" => PlaceKind::Area,
                _ => PlaceKind::City,
            };
            let index = gazetteer.entries.len();
            gazetteer.entries.push(Entry {
                name: columns[1].to_string(),
                kind,
                country: columns[2].to_string(),
                continent: columns[3].to_string(),
                population: columns[4].parse().unwrap_or(0),
                aliases: columns[5]
                    .split('|')
                    .filter(|a| !a.is_empty())
                    .map(str::to_string)
                    .collect(),
            });
            match kind {
                PlaceKind::Continent => {
                    gazetteer.continents.insert(columns[3].to_string(), index);
                }
                PlaceKind::Country => {
                    gazetteer.countries.insert(columns[2].to_string(), index);
                }
                _ => {}
            }
            gazetteer.add_name(columns[1], index, NameKind::Primary);
            for alias in columns[5].split('|').filter(|a| !a.is_empty()) {
                // A US state's two-letter code is too ambiguous to be a name.
                if kind != PlaceKind::State {
                    gazetteer.add_name(alias, index, NameKind::Alias);
                } else if columns[2] == "US" && alias.len() == 2 {
                    gazetteer.us_state_codes.insert(alias.to_string(), index);
                }
            }
            for demonym in columns[6].split('|').filter(|d| !d.is_empty()) {
                gazetteer.add_name(demonym, index, NameKind::Demonym);
                gazetteer.demonyms.insert(fold(demonym));
            }
        }
        let places: Vec<String> = gazetteer
            .by_name
            .iter()
            .filter(|(_, found)| {
                found.iter().any(|(index, kind)| {
                    *kind != NameKind::Demonym && gazetteer.entries[*index].kind != PlaceKind::Area
                })
            })
            .map(|(name, _)| name.clone())
            .collect();
        for place in places {
            gazetteer.add_listed(&place, 0);
        }
        for line in NAME_LISTS.lines().filter(|l| !l.starts_with('#')) {
            let Some((list, name)) = line.split_once('\t') else {
                continue;
            };
            let bit = match list {
                "F" => 1,
                "L" => 2,
                "P" => 3,
                "O" => 4,
                "B" => 5,
                _ => continue,
            };
            gazetteer.add_listed(name, bit);
            if bit == 4
                && (3..=6).contains(&name.len())
                && name.bytes().all(|b| b.is_ascii_uppercase())
            {
                gazetteer.organization_acronyms.insert(name.to_string());
            }
        }
        gazetteer
    }

    /// Whether the lists know `word`, as written, as an organization's acronym ("WHO", not
    /// "Who").
    pub fn is_organization_acronym(&self, word: &str) -> bool {
        self.organization_acronyms.contains(word)
    }

    fn add_listed(&mut self, name: &str, bit: u8) {
        // Names are split the way article text is, so they meet the tagger's tokens.
        let words: Vec<String> = super::tokenize::tokenize(name)
            .iter()
            .map(|t| fold(t.text))
            .collect();
        for end in 1..words.len() {
            self.listed_prefixes.insert(words[..end].join(" "));
        }
        if !words.is_empty() {
            *self.listed.entry(words.join(" ")).or_default() |= 1 << bit;
        }
    }

    /// Whether the organization list has a whole name (a company or body the lists know).
    pub fn lists_organization(&self, name: &str) -> bool {
        self.name_lists(name) & LIST_ORGANIZATION != 0
    }

    /// The lists (bits over `LISTS`: `LIST_FIRST_NAME`, …) a whole name is in.
    pub fn name_lists(&self, name: &str) -> u8 {
        // The tagger's corrections ask this of most names: words of ASCII letters and digits
        // between single spaces are their own tokens, and need no tokenizer.
        let plain = !name.is_empty()
            && name
                .split(' ')
                .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric()));
        if plain {
            return self
                .listed
                .get(&name.to_ascii_lowercase())
                .copied()
                .unwrap_or(0);
        }
        let words: Vec<String> = super::tokenize::tokenize(name)
            .iter()
            .map(|t| fold(t.text))
            .collect();
        self.listed.get(&words.join(" ")).copied().unwrap_or(0)
    }

    /// For each word of a sentence (already lower-cased), the listed names it is part of:
    /// bit `list * 4 + position` over `LISTS` and `LIST_POSITIONS`. A name must start with a
    /// capitalized word (`capitalized[i]`).
    pub fn list_matches(&self, lower: &[&str], capitalized: &[bool]) -> Vec<u32> {
        let mut found = vec![0u32; lower.len()];
        let mut phrase = String::new();
        for start in 0..lower.len() {
            if !capitalized[start] {
                continue;
            }
            phrase.clear();
            for end in start..lower.len() {
                if end > start {
                    phrase.push(' ');
                }
                phrase.push_str(&folded(lower[end]));
                if let Some(&lists) = self.listed.get(&phrase) {
                    for list in 0..LISTS.len() {
                        if lists & (1 << list) == 0 {
                            continue;
                        }
                        for (i, slot) in found[start..=end].iter_mut().enumerate() {
                            let position = if start == end {
                                3
                            } else if i == 0 {
                                0
                            } else if start + i == end {
                                2
                            } else {
                                1
                            };
                            *slot |= 1 << (list * 4 + position);
                        }
                    }
                }
                if !self.listed_prefixes.contains(&phrase) {
                    break;
                }
            }
        }
        found
    }

    fn add_name(&mut self, name: &str, index: usize, kind: NameKind) {
        // Named areas resolve, but are no tagger feature: the model learned its weights
        // without them, and "Wall Street" opens "Wall Street Journal".
        let area = self.entries[index].kind == PlaceKind::Area;
        if let Some(first) = name.split_whitespace().next()
            && !area
        {
            self.first_tokens.insert(fold(first));
        }
        self.by_name
            .entry(fold(name))
            .or_default()
            .push((index, kind));
    }

    /// Whether a token can start a place name (a tagger feature).
    pub fn starts_place(&self, token: &str) -> bool {
        self.first_tokens.contains(folded(token).as_ref())
    }

    /// Whether a word is a nationality adjective ("Russian"), a tagger feature.
    pub fn is_demonym(&self, token: &str) -> bool {
        self.demonyms.contains(folded(token).as_ref())
    }

    /// Resolves a demonym ("Ukrainian") to its country's entry.
    pub fn demonym_country(&self, word: &str) -> Option<&Entry> {
        self.by_name
            .get(&fold(word))?
            .iter()
            .find(|(_, kind)| *kind == NameKind::Demonym)
            .map(|(index, _)| &self.entries[*index])
    }

    /// The country a name places an article in: a country's or a state's name that no
    /// other country or state has ("U.S.", "Calif."; not "Georgia", a country and a
    /// state), or a city of 100,000 people called so (not by an alternate name) whose name
    /// no town elsewhere has ("Atlanta").
    pub fn unambiguous_country(&self, name: &str) -> Option<&str> {
        if let Some(state) = super::abbreviations::us_state(name) {
            return self.unambiguous_country(state);
        }
        let places: Vec<&Entry> = self
            .by_name
            .get(&fold(name))?
            .iter()
            .filter(|(_, kind)| *kind != NameKind::Demonym)
            .map(|(index, _)| &self.entries[*index])
            .filter(|entry| entry.kind != PlaceKind::Continent)
            .collect();
        let regions: Vec<&&Entry> = places
            .iter()
            .filter(|e| matches!(e.kind, PlaceKind::Country | PlaceKind::State))
            .collect();
        if let Some(first) = regions.first() {
            return regions
                .iter()
                .all(|e| e.country == first.country)
                .then_some(first.country.as_str());
        }
        let first = places.first()?;
        (places.iter().all(|e| e.country == first.country)
            && places
                .iter()
                .any(|e| e.population >= 100_000 && self.is_own_name(e, name)))
        .then_some(first.country.as_str())
    }

    /// How many places (not nationalities) a name can be.
    pub fn places_named(&self, name: &str) -> usize {
        self.by_name.get(&fold(name.trim())).map_or(0, |found| {
            found
                .iter()
                .filter(|(_, kind)| *kind != NameKind::Demonym)
                .count()
        })
    }

    /// Whether `entry` is the only place `name` can mean in news: every other place of the
    /// name lies in another country and has under a tenth of its people ("Mali", not the
    /// town in China; not "Monaco", the state and its town, nor "Georgia").
    pub fn outweighs_namesakes(&self, entry: &Entry, name: &str) -> bool {
        self.by_name.get(&fold(name.trim())).is_some_and(|found| {
            found
                .iter()
                .filter(|(_, kind)| *kind != NameKind::Demonym)
                .map(|(index, _)| &self.entries[*index])
                .filter(|other| !std::ptr::eq(*other, entry))
                .all(|other| {
                    other.country != entry.country && other.population * 10 < entry.population
                })
        })
    }

    /// Whether `entry` is what `name` resolved to by the entry's own name, not an alias.
    /// A smaller city counts only as written: "Bush" is not Būsh, Egypt, though the two fold
    /// alike ("Zurich" is Zürich).
    pub fn is_own_name(&self, entry: &Entry, name: &str) -> bool {
        let same_letters = entry.name.to_lowercase() == name.trim().to_lowercase();
        (fold(&entry.name) == fold(name.trim()) && (same_letters || entry.population >= 250_000))
            || entry.kind != PlaceKind::City
            || super::abbreviations::us_state(name).is_some()
    }

    /// Resolves a place name; `context_countries` (ISO codes mentioned in the same article)
    /// break ties before population does. Demonyms do not resolve here.
    pub fn resolve(&self, name: &str, context_countries: &HashSet<String>) -> Option<&Entry> {
        // "Calif.", "N.J.": the state, whatever else the letters could be.
        if let Some(state) = super::abbreviations::us_state(name) {
            return self
                .by_name
                .get(&fold(state))?
                .iter()
                .find_map(|(index, _)| {
                    let entry = &self.entries[*index];
                    (entry.kind == PlaceKind::State).then_some(entry)
                });
        }
        let Some(in_context) =
            self.best_candidate(name, |entry| context_countries.contains(&entry.country))
        else {
            // "the Republic of Iran", "Islamic Republic of Iran": the country, by its name.
            let (_, country) = name.split_once("Republic of ")?;
            return self
                .resolve(country, context_countries)
                .filter(|entry| entry.kind == PlaceKind::Country);
        };
        // Without context the best is the same place: no second look.
        if context_countries.is_empty() || in_context.kind != PlaceKind::City {
            return Some(in_context);
        }
        let anywhere = self.best_candidate(name, |_| false)?;
        // A town of the article's country does not beat a city twenty times its size:
        // "Paris" in a story that names Texas is still Paris, France ("Paris, Texas", written
        // so, goes through `resolve_within`).
        let dwarfed = in_context.kind == PlaceKind::City
            && anywhere.kind == PlaceKind::City
            && anywhere.population >= 1_000_000
            && anywhere.population >= in_context.population.saturating_mul(20);
        Some(if dwarfed { anywhere } else { in_context })
    }

    /// Resolves a place name qualified by the region written after it ("London, Ontario",
    /// "Paris, Texas"): the best place of that name in `country`, if there is one.
    pub fn resolve_within(&self, name: &str, country: &str) -> Option<&Entry> {
        self.best_candidate(name, |entry| entry.country == country)
            .filter(|entry| entry.country == country)
    }

    /// The US state a two-letter postal code in capitals stands for ("OR" → Oregon).
    pub fn us_state_by_code(&self, code: &str) -> Option<&Entry> {
        self.us_state_codes
            .get(code)
            .map(|&index| &self.entries[index])
    }

    /// The place a name most likely is: its own name before an alias, then a place that
    /// `preferred` picks, then a larger kind (country before state before city), then
    /// population.
    fn best_candidate(&self, name: &str, preferred: impl Fn(&Entry) -> bool) -> Option<&Entry> {
        let key = fold(name);
        let candidates = self.by_name.get(&key)?;
        let city_first = super::abbreviations::CITY_BEFORE_STATE.contains(&key.as_str());
        candidates
            .iter()
            .filter(|(_, kind)| *kind != NameKind::Demonym)
            .max_by_key(|(index, kind)| {
                let entry = &self.entries[*index];
                let rank = match entry.kind {
                    PlaceKind::Continent => 4,
                    PlaceKind::Country => 3,
                    PlaceKind::State if city_first => 0,
                    PlaceKind::State => 2,
                    PlaceKind::City => 1,
                    // A named area is listed because news means it, not the town
                    // elsewhere that shares its name ("West End", "Bali").
                    PlaceKind::Area => 2,
                };
                (
                    *kind == NameKind::Primary || entry.kind != PlaceKind::City,
                    preferred(entry),
                    rank,
                    entry.population,
                )
            })
            .map(|(index, _)| &self.entries[*index])
    }

    /// The enclosing places of an entry, from the continent down: `["Europe", "Ukraine"]` for Kyiv.
    pub fn hierarchy(&self, entry: &Entry) -> Vec<String> {
        let mut path = Vec::new();
        if entry.kind != PlaceKind::Continent
            && let Some(&continent) = self.continents.get(&entry.continent)
        {
            path.push(self.entries[continent].name.clone());
        }
        if matches!(
            entry.kind,
            PlaceKind::City | PlaceKind::State | PlaceKind::Area
        ) && let Some(&country) = self.countries.get(&entry.country)
        {
            path.push(self.entries[country].name.clone());
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_resolve_with_hierarchy_and_context() {
        let gazetteer = Gazetteer::load();
        let none = HashSet::new();
        let kyiv = gazetteer.resolve("Kyiv", &none).unwrap();
        assert_eq!(gazetteer.hierarchy(kyiv), vec!["Europe", "Ukraine"]);
        assert_eq!(gazetteer.resolve("Kiev", &none).unwrap().name, "Kyiv");
        assert_eq!(gazetteer.resolve("kýiv", &none).unwrap().name, "Kyiv");
        let paris = gazetteer.resolve("Paris", &none).unwrap();
        assert_eq!(paris.country, "FR");
        let texas: HashSet<String> = ["US".to_string()].into_iter().collect();
        // A town of the article's country does not beat a great city; written with its
        // state, it is the town.
        assert_eq!(gazetteer.resolve("Paris", &texas).unwrap().country, "FR");
        assert_eq!(
            gazetteer.resolve_within("Paris", "US").unwrap().country,
            "US"
        );
        let canada: HashSet<String> = ["CA".to_string()].into_iter().collect();
        assert_eq!(
            gazetteer.resolve("Hamilton", &canada).unwrap().country,
            "CA"
        );
        let us = gazetteer.resolve("U.S.", &none).unwrap();
        assert_eq!(
            (us.name.as_str(), gazetteer.hierarchy(us)),
            ("United States", vec!["North America".to_string()])
        );
        assert_eq!(
            gazetteer.demonym_country("Ukrainian").unwrap().name,
            "Ukraine"
        );
        assert!(gazetteer.resolve("Ukrainian", &none).is_none());
        // A country by its republic's name; a town is no republic.
        assert_eq!(
            gazetteer.resolve("Republic of Iran", &none).unwrap().name,
            "Iran"
        );
        assert!(gazetteer.resolve("Republic of Paris", &none).is_none());
        // Every country's people, by the other names news gives them too.
        for (people, country) in [
            ("Azeri", "Azerbaijan"),
            ("Zairean", "Democratic Republic of the Congo"),
            ("Congolese", "Democratic Republic of the Congo"),
            ("Kyrgyz", "Kyrgyzstan"),
        ] {
            assert_eq!(gazetteer.demonym_country(people).unwrap().name, country);
        }
        assert_eq!(
            gazetteer.resolve("Europe", &none).unwrap().kind,
            PlaceKind::Continent
        );
    }

    #[test]
    fn cities_of_english_speaking_countries_keep_only_their_own_names() {
        let gazetteer = Gazetteer::load();
        let none = HashSet::new();
        // Topeka called itself "Google" for a month in 2010: the company is no place.
        assert!(gazetteer.resolve("Google", &none).is_none());
        assert!(gazetteer.resolve("Too Beega", &none).is_none());
        // A part of the name stays one, as do the exonyms of other countries' cities.
        let bronx = gazetteer.resolve("Bronx", &none).expect("the Bronx");
        assert_eq!(bronx.name, "The Bronx");
        let munich = gazetteer.resolve("Munich", &none).expect("Munich");
        assert_eq!(munich.country, "DE");
    }

    #[test]
    fn name_lists_mark_runs_of_words() {
        let gazetteer = Gazetteer::load();
        let words = [
            "john", "smith", "flew", "to", "new", "york", "for", "siemens",
        ];
        let capitalized = [true, true, false, false, true, true, false, true];
        let found = gazetteer.list_matches(&words, &capitalized);
        let has =
            |i: usize, list: usize, position: usize| found[i] & (1 << (list * 4 + position)) != 0;
        assert!(has(0, 1, 3), "John is a first name");
        assert!(has(1, 2, 3), "Smith is a surname");
        assert!(
            has(4, 0, 0) && has(5, 0, 2),
            "New York is a place, begin and last"
        );
        assert!(has(7, 4, 3), "Siemens is an organization");
        assert_eq!(found[2], 0);
        assert_eq!(found[3], 0);
    }
}
