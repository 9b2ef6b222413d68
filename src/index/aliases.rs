//! Name forms the corpus teaches, so one person or organization is one facet value in
//! every article. Extraction joins "Reagan" to "Ronald Reagan" and "SEC" to "Securities and
//! Exchange Commission" inside an article that gives both; an article that gives only the
//! short form is filed under it. After each indexing run the values themselves say which
//! full name a short form means across the corpus: a surname is the one full name ending in
//! it that the corpus names far more than any other, an acronym the one long name with its
//! initials, and a company's name with or without its legal form ("General Motors",
//! "General Motors Corp", "General Motors Corp.") the form the corpus uses most. Searches
//! count, filter and show each short form as that full name.
//!
//! The table is `aliases.json` in the generation folder, written after the run's last
//! commit; an index without one (or with an unreadable one) has no aliases.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};
use tantivy::Searcher;

use super::schema::{FacetKind, Fields};
use crate::names::fold;

/// The file beside the tantivy files of a generation.
const ALIASES_FILE: &str = "aliases.json";

/// A full name must be the value of at least this many articles to absorb a short form.
const MIN_FULL_NAME_ARTICLES: u64 = 3;

/// ...and hold at least this share of the articles of all full names the short form
/// could be ("Baker" is not James Baker when Howard Baker is named half as often).
const MIN_SHARE: f64 = 0.8;

/// Short forms of people and organizations → the full name they mean in this corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CorpusAliases {
    /// Folded surname → full name as shown ("reagan" → "Ronald Reagan").
    #[serde(default)]
    pub person: HashMap<String, String>,
    /// Folded acronym → long name as shown ("sec" → "Securities and Exchange Commission").
    #[serde(default)]
    pub org: HashMap<String, String>,
    /// Folded name → the values the index holds for it ("reagan" → ["Reagan", "REAGAN"]),
    /// for every short form and full name above: counting reads them by value.
    #[serde(default)]
    pub spellings: HashMap<String, Vec<String>>,
    /// Folded one-word person values the corpus uses as first names ("george"): no value.
    #[serde(default)]
    pub first_names: HashSet<String>,
    /// (kind, folded full name) → its short forms: built on load, not stored.
    #[serde(skip)]
    short_forms_of: HashMap<(FacetKind, String), Vec<String>>,
}

impl CorpusAliases {
    /// Learns the table from the person and organization values of the index.
    pub fn learn(searcher: &Searcher, fields: &Fields) -> tantivy::Result<CorpusAliases> {
        let person = value_counts(searcher, fields.person.value)?;
        let org = value_counts(searcher, fields.org.value)?;
        let mut aliases = CorpusAliases {
            person: full_names_of_surnames(&person, &org),
            org: organization_forms(&org),
            spellings: HashMap::new(),
            first_names: first_names(&person),
            short_forms_of: HashMap::new(),
        };
        // A first name alone says nobody: it is no short form of anyone either.
        let first_names = aliases.first_names.clone();
        aliases
            .person
            .retain(|short, _| !first_names.contains(short));
        aliases.index_short_forms();
        let members: std::collections::HashSet<String> = aliases
            .person
            .iter()
            .chain(&aliases.org)
            .flat_map(|(short, full)| [short.clone(), fold(full)])
            .collect();
        for value in person.keys().chain(org.keys()) {
            let key = fold(value);
            if members.contains(&key) {
                aliases
                    .spellings
                    .entry(key)
                    .or_default()
                    .push(value.clone());
            }
        }
        Ok(aliases)
    }

    /// The table of a generation folder; empty when there is none or it cannot be read.
    pub fn load(generation: &Path) -> CorpusAliases {
        let mut aliases: CorpusAliases = std::fs::read(generation.join(ALIASES_FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        aliases.index_short_forms();
        aliases
    }

    /// Builds the full name → short forms map the lookups use.
    fn index_short_forms(&mut self) {
        let mut short_forms_of: HashMap<(FacetKind, String), Vec<String>> = HashMap::new();
        for (kind, table) in [
            (FacetKind::Person, &self.person),
            (FacetKind::Org, &self.org),
        ] {
            for (short, full) in table {
                short_forms_of
                    .entry((kind, fold(full)))
                    .or_default()
                    .push(short.clone());
            }
        }
        self.short_forms_of = short_forms_of;
    }

    /// Writes the table into a generation folder (through a temporary file and a rename,
    /// so a reader sees the old table or the new one).
    pub fn save(&self, generation: &Path) -> std::io::Result<()> {
        let path = generation.join(ALIASES_FILE);
        let temporary = generation.join(format!("{ALIASES_FILE}.tmp"));
        std::fs::write(&temporary, serde_json::to_vec(self)?)?;
        std::fs::rename(&temporary, &path)
    }

    fn table(&self, kind: FacetKind) -> Option<&HashMap<String, String>> {
        match kind {
            FacetKind::Person => Some(&self.person),
            FacetKind::Org => Some(&self.org),
            _ => None,
        }
    }

    /// The full name a value of `kind` is shown and counted as (`value` itself when the
    /// corpus teaches none).
    pub fn full_name<'a>(&'a self, kind: FacetKind, value: &'a str) -> &'a str {
        self.table(kind)
            .and_then(|table| table.get(&fold(value)))
            .map_or(value, String::as_str)
    }

    /// Every value the index holds for the name `value` of `kind` is filed under: the
    /// spellings of its full name and of that name's short forms (empty when it has none).
    pub fn values_filed_with(&self, kind: FacetKind, value: &str) -> Vec<&str> {
        let full = self.full_name(kind, value);
        std::iter::once(fold(full))
            .chain(self.short_forms(kind, full).into_iter().map(str::to_string))
            .filter_map(|key| self.spellings.get(&key))
            .flatten()
            .map(String::as_str)
            .collect()
    }

    /// Whether a value of `kind` is no facet value in this corpus: a first name alone.
    pub fn is_hidden(&self, kind: FacetKind, value: &str) -> bool {
        kind == FacetKind::Person && !value.contains(' ') && self.first_names.contains(&fold(value))
    }

    /// How many values of `kind` no facet shows.
    pub fn hidden_count(&self, kind: FacetKind) -> usize {
        if kind == FacetKind::Person {
            self.first_names.len()
        } else {
            0
        }
    }

    /// Whether the corpus teaches any short form for `kind`.
    pub fn has_any(&self, kind: FacetKind) -> bool {
        self.table(kind).is_some_and(|table| !table.is_empty())
    }

    /// The short forms filed under the full name `value` of `kind` (folded), for filters.
    pub fn short_forms(&self, kind: FacetKind, value: &str) -> Vec<&str> {
        self.short_forms_of
            .get(&(kind, fold(value)))
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect()
    }
}

/// Articles per value of an entity field, summed over segments (deleted articles count
/// until their segment is merged: the shares stay right).
fn value_counts(
    searcher: &Searcher,
    field: tantivy::schema::Field,
) -> tantivy::Result<HashMap<String, u64>> {
    let mut counts: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            if let Ok(value) = std::str::from_utf8(terms.key()) {
                *counts.entry(value.to_string()).or_default() += u64::from(terms.value().doc_freq);
            }
        }
    }
    Ok(counts)
}

/// Counts merged by folded name, each shown in its most frequent spelling.
fn by_folded_name(counts: &HashMap<String, u64>) -> HashMap<String, (&str, u64)> {
    let mut merged: HashMap<String, (&str, u64, u64)> = HashMap::new();
    for (value, &count) in counts {
        let entry = merged.entry(fold(value)).or_insert((value, 0, 0));
        entry.2 += count;
        if count > entry.1 || (count == entry.1 && value.as_str() < entry.0) {
            entry.0 = value;
            entry.1 = count;
        }
    }
    merged
        .into_iter()
        .map(|(key, (shown, _, total))| (key, (shown, total)))
        .collect()
}

/// The one full name among `candidates` ((shown, articles)) that is named often enough and
/// far more than the others.
fn dominant<'a>(candidates: &[(&'a str, u64)]) -> Option<&'a str> {
    let total: u64 = candidates.iter().map(|(_, n)| n).sum();
    let &(best, articles) = candidates
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))?;
    (articles >= MIN_FULL_NAME_ARTICLES && articles as f64 >= MIN_SHARE * total as f64)
        .then_some(best)
}

/// A written form of a full name: (folded key, as shown, articles).
type NameForm<'a> = (&'a str, &'a str, u64);

/// One-word person values → the full name ending in that word the corpus names most. A
/// word that begins a company named as often is left alone: "Phillips" alone may be
/// Phillips Petroleum.
fn full_names_of_surnames(
    counts: &HashMap<String, u64>,
    organizations: &HashMap<String, u64>,
) -> HashMap<String, String> {
    let names = by_folded_name(counts);
    let mut organization_first_words: HashMap<String, u64> = HashMap::new();
    for (organization, &articles) in organizations {
        if !crate::extract::is_company_name(organization) {
            continue;
        }
        if let Some(first) = organization.split_whitespace().next() {
            *organization_first_words.entry(fold(first)).or_default() += articles;
        }
    }
    // Full names by first and last word: "George W Bush" and "George Bush" are one
    // person, shown in the form named most.
    let mut people: HashMap<(&str, &str), Vec<NameForm>> = HashMap::new();
    for (key, &(shown, articles)) in &names {
        let words: Vec<&str> = key.split(' ').collect();
        // Only initials and particles between ("George W. Bush", "Rodrigo de Rato"):
        // "Jerry Lee Lewis" is not Jerry Lewis.
        let middle_is_minor = words.len() < 3
            || words[1..words.len() - 1].iter().all(|w| {
                w.trim_end_matches('.').chars().count() == 1 || crate::extract::is_name_particle(w)
            });
        if let [first, .., last] = words.as_slice() {
            let group = if middle_is_minor {
                (*first, *last)
            } else {
                (key.as_str(), "")
            };
            people
                .entry(group)
                .or_default()
                .push((key.as_str(), shown, articles));
        }
    }
    let mut table: HashMap<String, String> = HashMap::new();
    let mut full_by_surname: HashMap<&str, Vec<(&str, u64)>> = HashMap::new();
    for (&(first, surname), forms) in &people {
        // A name with full middle words is its own group, filed by its own last word.
        let surname = if surname.is_empty() {
            first.rsplit(' ').next().unwrap_or(first)
        } else {
            surname
        };
        let Some(&(_, shown, _)) = forms
            .iter()
            .max_by(|a, b| a.2.cmp(&b.2).then_with(|| b.1.cmp(a.1)))
        else {
            continue;
        };
        for &(key, _, _) in forms {
            if fold(shown) != key {
                table.insert(key.to_string(), shown.to_string());
            }
        }
        let articles = forms.iter().map(|(_, _, n)| n).sum();
        full_by_surname
            .entry(surname)
            .or_default()
            .push((shown, articles));
    }
    let surnames: HashMap<String, String> = names
        .keys()
        .filter(|key| !key.contains(' ') && key.chars().count() > 1)
        .filter_map(|key| {
            let candidates = full_by_surname.get(key.as_str())?;
            let full = dominant(candidates)?;
            let full_articles = candidates
                .iter()
                .map(|(_, n)| n)
                .max()
                .copied()
                .unwrap_or(0);
            if organization_first_words
                .get(key)
                .is_some_and(|&n| n >= full_articles)
            {
                return None;
            }
            Some((key.clone(), full.to_string()))
        })
        .collect();
    table.extend(surnames);
    table
}

/// One-word person values the corpus uses as first names: far more full names begin with
/// the word than end in it ("George": George Bush, George Best; not "Blair"). Alone they
/// say nobody, and are no facet value.
fn first_names(counts: &HashMap<String, u64>) -> HashSet<String> {
    let names = by_folded_name(counts);
    let (mut beginning, mut ending): (HashMap<&str, u64>, HashMap<&str, u64>) = Default::default();
    for (key, &(_, articles)) in &names {
        let words: Vec<&str> = key.split(' ').collect();
        if let [first, .., last] = words.as_slice() {
            *beginning.entry(first).or_default() += articles;
            *ending.entry(last).or_default() += articles;
        }
    }
    names
        .keys()
        .filter(|key| !key.contains(' '))
        .filter(|key| {
            let begins = beginning.get(key.as_str()).copied().unwrap_or(0);
            let ends = ending.get(key.as_str()).copied().unwrap_or(0);
            begins >= MIN_FULL_NAME_ARTICLES && begins >= 3 * ends.max(1)
        })
        .cloned()
        .collect()
}

/// Organization short forms → the name they are filed under: legal-form variants (to the
/// company's most used form) and acronyms (to their long name), followed to the end
/// ("IBM" → "International Business Machines" → "International Business Machines
/// Corp"). An acronym that is a company's own name ("FMC", with "FMC Corp") stays it.
fn organization_forms(counts: &HashMap<String, u64>) -> HashMap<String, String> {
    let mut table = legal_form_variants(counts);
    for (acronym, long) in long_names_of_acronyms(counts) {
        table.entry(acronym).or_insert(long);
    }
    // A chain is at most a variant of an acronym's long name: two steps.
    table
        .iter()
        .map(|(short, full)| {
            let mut full = full;
            for _ in 0..2 {
                match table.get(&fold(full)) {
                    Some(next) if fold(next) != *short => full = next,
                    _ => break,
                }
            }
            (short.clone(), full.clone())
        })
        .collect()
}

/// The words of a company's name before its legal form ("Morgan Stanley and Co Inc" →
/// "Morgan Stanley"), and whether it had one.
fn without_legal_form(value: &str) -> (Vec<&str>, bool) {
    let mut words: Vec<&str> = value.split_whitespace().collect();
    let mut had_legal_form = false;
    while let Some(last) = words.last() {
        let word = last.trim_end_matches(',');
        if !crate::extract::is_legal_form(word) && !OTHER_LEGAL_FORMS.contains(&fold(word).as_str())
        {
            break;
        }
        words.pop();
        had_legal_form = true;
    }
    // "Morgan Stanley and Co": the "and" goes with its "Co".
    if had_legal_form && words.last().is_some_and(|w| matches!(*w, "and" | "&")) {
        words.pop();
    }
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches(',');
    }
    (words, had_legal_form)
}

/// A company's name without its legal form, punctuation and case ("Goldman, Sachs and
/// Co" → "goldman sachs"); `None` when nothing is left.
fn company_key(value: &str) -> Option<String> {
    let (words, _) = without_legal_form(value);
    let key: Vec<String> = words
        .iter()
        .map(|w| match *w {
            "&" => "and".to_string(),
            w => fold(w).replace(['.', ','], ""),
        })
        .filter(|w| !w.is_empty())
        .collect();
    // "International Ltd" and "International" need not be one company.
    let generic =
        matches!(key.as_slice(), [word] if crate::extract::is_generic_organization_word(word));
    (!key.is_empty() && !generic).then(|| key.join(" "))
}

/// Legal forms beside the extractor's (which end company names in text): forms a company
/// value may end in that would be too loose to end a name in running text.
const OTHER_LEGAL_FORMS: &[&str] = &["company", "kk", "ab", "gmbh", "pty", "lp", "l.p."];

/// Values that are one company with or without its legal form or punctuation ("Chrysler",
/// "Chrysler Corp", "Chrysler Corp.") → the form the corpus files most articles under,
/// for every other form. Each article has one of them (extraction joins the forms an
/// article uses), so the company's count is the sum.
fn legal_form_variants(counts: &HashMap<String, u64>) -> HashMap<String, String> {
    let mut companies: HashMap<String, Vec<(&str, u64)>> = HashMap::new();
    for (value, &articles) in counts {
        if let Some(key) = company_key(value) {
            companies.entry(key).or_default().push((value, articles));
        }
    }
    let mut table = HashMap::new();
    for forms in companies.values().filter(|forms| forms.len() > 1) {
        // Most articles; then the shorter form, then the first in sort order.
        let Some(&(shown, _)) = forms.iter().max_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| b.0.len().cmp(&a.0.len()))
                .then_with(|| b.0.cmp(a.0))
        }) else {
            continue;
        };
        for &(value, _) in forms {
            if fold(value) != fold(shown) {
                table.insert(fold(value), shown.to_string());
            }
        }
    }
    table
}

/// One company's written forms: its most used form, that form's articles, all its
/// articles, and whether one form has no legal form.
type CompanyForms<'a> = (&'a str, u64, u64, bool);

/// Acronym organization values of three to six capitals ("SEC", "NYSE") → the long name
/// with those initials the corpus names most. Two letters are too few to tell ("GE", "BJ":
/// the extractor's table has the well-known ones, EU, UN, EC); a dotted form is mostly a
/// place ("N.Y."); a long name with an abbreviation in it ("U.S. State Department" is no
/// "USD") gives no initials. A name the corpus only gives with a legal form is no
/// candidate ("Ford Motor Co" is no "FMC"; "Blue Circle Industries Plc" does not make
/// "BCI" less the Brazilian Coffee Institute); one it also gives bare counts all its
/// forms ("ATT": "American Telephone and Telegraph Co" 53, "American Telephone and
/// Telegraph" 1).
fn long_names_of_acronyms(counts: &HashMap<String, u64>) -> HashMap<String, String> {
    let names = by_folded_name(counts);
    let mut long_by_initials: HashMap<String, HashMap<String, CompanyForms>> = HashMap::new();
    let mut rivals_by_initials: HashMap<String, Vec<(&str, u64)>> = HashMap::new();
    for &(shown, articles) in names.values() {
        let (words, had_legal_form) = without_legal_form(shown);
        // Spelled out: no acronym inside ("IRB Rugby Aid" is no "IRA").
        let spelled_out = words.len() > 1
            && words.iter().all(|w| {
                !w.contains('.')
                    && (w.chars().skip(1).any(char::is_lowercase)
                        || w.len() <= 3 && w.chars().all(char::is_lowercase))
            });
        let Some(company) = company_key(shown).filter(|_| spelled_out) else {
            continue;
        };
        let initials = crate::extract::organization_initials(&words.join(" "));
        // Acronyms spell "Corp" and "Co" at times ("BBC", "DEC"), "Inc" and "Ltd" hardly
        // ("FBI" is no "First Boston Inc").
        let spells_its_legal_form = shown.split_whitespace().last().is_some_and(|last| {
            matches!(
                last.trim_end_matches('.').to_lowercase().as_str(),
                "corp" | "corporation" | "co" | "company"
            )
        });
        if had_legal_form && spells_its_legal_form {
            let with_legal_form = crate::extract::organization_initials(shown);
            if with_legal_form != initials {
                rivals_by_initials
                    .entry(with_legal_form)
                    .or_default()
                    .push((shown, articles));
            }
        }
        let entry = long_by_initials
            .entry(initials)
            .or_default()
            .entry(company)
            .or_insert((shown, 0, 0, false));
        entry.2 += articles;
        entry.3 |= !had_legal_form;
        if articles > entry.1 || (articles == entry.1 && shown < entry.0) {
            entry.0 = shown;
            entry.1 = articles;
        }
    }
    names
        .iter()
        .filter_map(|(key, &(shown, _))| {
            let acronym =
                (3..=6).contains(&shown.len()) && shown.chars().all(|c| c.is_ascii_uppercase());
            if !acronym {
                return None;
            }
            let candidates: Vec<(&str, u64)> = long_by_initials
                .get(shown)?
                .values()
                .filter(|&&(_, _, _, bare)| bare)
                .map(|&(form, _, total, _)| (form, total))
                .collect();
            let long = dominant(&candidates)?;
            // A name named more often whose letters with its legal form are the acronym's
            // says the acronym is not the long name ("BBC" in Reuters is the "British
            // Broadcasting Corp" of 17 articles, not the "Bank of British Columbia" of 3).
            let long_articles = candidates
                .iter()
                .find(|(form, _)| *form == long)
                .map_or(0, |&(_, total)| total);
            let outnumbered = rivals_by_initials
                .get(shown)
                .into_iter()
                .flatten()
                .any(|&(form, articles)| form != long && articles > long_articles);
            if outnumbered {
                return None;
            }
            Some((key.clone(), long.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(values: &[(&str, u64)]) -> HashMap<String, u64> {
        values.iter().map(|(v, n)| (v.to_string(), *n)).collect()
    }

    #[test]
    fn a_company_with_or_without_its_legal_form_is_filed_under_its_most_used_form() {
        let table = organization_forms(&counts(&[
            ("General Motors Corp", 100),
            ("General Motors", 23),
            ("General Motors Corp.", 2),
            ("Goldman, Sachs and Co", 47),
            ("Goldman Sachs", 9),
            ("Chrysler", 49),
            ("Chrysler Corp", 42),
            ("International Business Machines Corp", 67),
            ("International Business Machines", 59),
            ("IBM", 80),
            ("General Electric Co", 53),
            ("Motors", 4),
            ("International Ltd", 19),
            ("International", 9),
            ("American Telephone and Telegraph Co", 53),
            ("American Telephone and Telegraph", 1),
            ("ATT", 33),
            ("Ford Motor Co", 86),
            ("Ford Motor Credit Co", 15),
            ("Ford Motor Credit", 3),
            ("FMC", 5),
            ("FMC Corp", 9),
            ("IBM Corp", 2),
            ("Brazilian Coffee Institute", 27),
            ("Blue Circle Industries Plc", 3),
            ("Baring Capital Investors Ltd", 1),
            ("BCI", 4),
        ]));
        let filed = |value: &str| table.get(&fold(value)).map(String::as_str);
        assert_eq!(filed("General Motors"), Some("General Motors Corp"));
        assert_eq!(filed("General Motors Corp."), Some("General Motors Corp"));
        assert_eq!(filed("General Motors Corp"), None);
        assert_eq!(filed("Goldman Sachs"), Some("Goldman, Sachs and Co"));
        assert_eq!(filed("Chrysler Corp"), Some("Chrysler"));
        // An acronym reaches the company's most used form in one step.
        assert_eq!(filed("IBM"), Some("International Business Machines Corp"));
        assert_eq!(
            filed("International Business Machines"),
            Some("International Business Machines Corp")
        );
        // Another company, another name: no legal form makes them one.
        assert_eq!(filed("General Electric Co"), None);
        assert_eq!(filed("Motors"), None);
        // What is left of names cut short is no company.
        assert_eq!(filed("International"), None);
        // An acronym's long name is counted over its forms; a legal form gives no initial.
        assert_eq!(filed("ATT"), Some("American Telephone and Telegraph Co"));
        assert_eq!(filed("FMC"), Some("FMC Corp"));
        assert_eq!(
            filed("IBM Corp"),
            Some("International Business Machines Corp")
        );
        assert_eq!(filed("BCI"), Some("Brazilian Coffee Institute"));
    }

    #[test]
    fn a_surname_is_the_full_name_the_corpus_names_far_more_than_others() {
        let people = counts(&[
            ("Reagan", 371),
            ("Ronald Reagan", 24),
            ("Nancy Reagan", 2),
            ("Baker", 90),
            ("James Baker", 40),
            ("Howard Baker", 20),
            ("Volcker", 5),
            ("Paul Volcker", 2),
            ("Phillips", 12),
            ("Susan Phillips", 4),
        ]);
        let table = full_names_of_surnames(&people, &counts(&[("Phillips Petroleum", 9)]));
        assert_eq!(
            table.get("reagan").map(String::as_str),
            Some("Ronald Reagan")
        );
        // Two Bakers are named: which one, the corpus does not say.
        assert_eq!(table.get("baker"), None);
        // Named twice is too little to go on.
        assert_eq!(table.get("volcker"), None);
        // A word that begins a company named as often may be the company.
        assert_eq!(table.get("phillips"), None);
        // A middle initial is the same person.
        let bushes = counts(&[("Bush", 13), ("George W Bush", 30), ("George Bush", 9)]);
        let table = full_names_of_surnames(&bushes, &HashMap::new());
        assert_eq!(table.get("bush").map(String::as_str), Some("George W Bush"));
        assert_eq!(
            table.get("george bush").map(String::as_str),
            Some("George W Bush")
        );
        let hidden = first_names(&counts(&[
            ("George", 19),
            ("George W Bush", 30),
            ("George Best", 4),
            ("Blair", 20),
            ("Tony Blair", 167),
            ("Blair Walsh", 3),
        ]));
        assert!(
            hidden.contains("george") && !hidden.contains("blair"),
            "{hidden:?}"
        );
    }

    #[test]
    fn an_acronym_is_the_long_name_with_its_initials() {
        let orgs = counts(&[
            ("SEC", 50),
            ("Securities and Exchange Commission", 30),
            ("GM", 20),
            ("General Motors", 40),
            ("General Mills", 30),
            ("NYSE", 10),
            ("New York Stock Exchange", 12),
            ("FMC", 5),
            ("Ford Motor Co", 30),
            ("USD", 5),
            ("U.S. State Department", 8),
            ("BBC", 9),
            ("Bank of British Columbia", 3),
            ("British Broadcasting Corp", 17),
        ]);
        let table = long_names_of_acronyms(&orgs);
        assert_eq!(
            table.get("sec").map(String::as_str),
            Some("Securities and Exchange Commission")
        );
        assert_eq!(
            table.get("nyse").map(String::as_str),
            Some("New York Stock Exchange")
        );
        assert_eq!(table.get("gm"), None);
        assert_eq!(table.get("fmc"), None);
        assert_eq!(table.get("usd"), None);
        assert_eq!(table.get("bbc"), None);
        let orgs = counts(&[
            ("FBI", 7),
            ("Federal Bureau of Investigation", 4),
            ("First Boston Inc", 18),
            ("Faygo Beverages Inc", 2),
            ("Fundamental Brokers Inc", 2),
            ("Frost Bankers Inc", 1),
        ]);
        let table = long_names_of_acronyms(&orgs);
        assert_eq!(
            table.get("fbi").map(String::as_str),
            Some("Federal Bureau of Investigation")
        );
    }
}
