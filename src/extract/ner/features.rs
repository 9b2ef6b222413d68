//! What the tagger sees of a token: its word, shape, clusters, list matches, neighbours
//! and, in the second pass, what the first pass said about the whole document.

use super::{LABELS, TYPES, is_open, spans, type_of};
use crate::extract::clusters::Clusters;
use crate::extract::gazetteer::{
    Gazetteer, LIST_BRAND, LIST_FIRST_NAME, LIST_ORGANIZATION, LIST_POSITIONS, LISTS,
};
use crate::fasthash::{FastMap, FastSet};

/// Per-token values computed once per sentence.
pub(super) struct TokenView<'c> {
    lower: String,
    shape: String,
    title: bool,
    /// Word cluster, or whether an unclustered word is capitalized.
    cluster: &'c str,
    /// The same at a finer granularity.
    fine_cluster: &'c str,
    /// Tenths of the word's mid-sentence uses in unlabelled text that are capitalized.
    capitalized_share: &'c str,
    /// Brown path from modern web text (`Clusters::brown`), 0 if unknown.
    brown: u32,
    /// Listed names the word is part of (`Gazetteer::list_matches`).
    listed: u32,
    /// The run of capitalized words (joined by "of", "&", "for", "and") the word is in, as
    /// word indices `start..end`: its last word says what a long name is from its first
    /// ("International Business Machines Corp"), beyond the window of neighbours.
    run: (usize, usize),
    /// The type a descriptive noun before the word's run gives it (`noun_cue`).
    noun_type: Option<usize>,
    /// Whether a company noun follows the word's run (`organization_noun_after`).
    company_noun_after: bool,
    /// Whether the word's sentence is written in capitals (a headline, a table header).
    in_capitals: bool,
    /// How much of the word's sentence is numbers, in four steps ("0", "low", "mid",
    /// "high"): table rows (results, standings, prices) are mostly numbers.
    number_share: &'static str,
    /// No capital letter and no name particle: such a word does not start a name (0.3% of
    /// CoNLL names do), so outside a name it is `O` without scoring, which saves most of
    /// the tagging time, as most words are like it.
    cannot_start: bool,
}

impl TokenView<'_> {
    /// The type a descriptive noun just before this word gives it, when the word opens its
    /// run: "retailer Ted Baker", not the "Vogue" of "designer Gianni Versace and Vogue".
    pub(super) fn noun_type_at_run_start(&self, index: usize) -> Option<usize> {
        self.noun_type.filter(|_| self.starts_run(index))
    }

    /// Whether this word (at `index`) opens its run of capitalized words, or is in none.
    pub(super) fn starts_run(&self, index: usize) -> bool {
        self.run.1 == self.run.0 || self.run.0 == index
    }

    /// Whether the word's sentence is written in capitals (a headline, a table's header).
    pub(super) fn in_capitals(&self) -> bool {
        self.in_capitals
    }

    /// Whether this word is no verb in "-es" ("who now coaches Porto").
    pub(super) fn plain_noun(&self) -> bool {
        !self.lower.ends_with("es")
    }

    /// Whether unlabelled news writes this word in lower case in most of its mid-sentence
    /// uses ("analysts", "officials"): capitalized at a sentence's start, it is no name.
    pub(super) fn mostly_lower_case(&self) -> bool {
        matches!(self.capitalized_share, "0" | "1" | "2" | "3" | "4")
    }

    /// Whether the unlabelled news the clusters come from never has this word ("Robinhood",
    /// "GameStop"): no common word, and one the tagger knows nothing of.
    pub(super) fn unseen(&self) -> bool {
        self.cluster == "?X" || self.cluster == "?x"
    }

    /// Whether a name starting with this word is a person's by its first name, unless the
    /// lists know it as an organization: "insurer Thierry Dehaan" is a person, "retailer Ted
    /// Baker" a company.
    pub(super) fn person_unless_listed_organization(&self) -> bool {
        // `listed` has four position bits a list, in `LISTS` order.
        let in_list = |list: u8| self.listed & (0xF << (4 * list.trailing_zeros())) != 0;
        in_list(LIST_FIRST_NAME) && !in_list(LIST_ORGANIZATION) && !in_list(LIST_BRAND)
    }
}

/// Lower-case words that do start names ("de Klerk", "van Gogh", "al Qaeda").
const LOWER_CASE_STARTS: [&str; 14] = [
    "de", "van", "von", "der", "den", "della", "del", "di", "da", "du", "la", "le", "al", "el",
];

/// Whether token `i` is certainly `O`: it cannot start a name and no name is open before it.
pub(super) fn settled(view: &TokenView, previous: usize) -> bool {
    view.cannot_start && !is_open(previous)
}

pub(super) fn shape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let (mut last, mut run) = (None, 0);
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if last == Some(class) {
            run += 1;
        } else {
            (last, run) = (Some(class), 1);
        }
        // Runs are folded after two: "Xxxxx" → "Xxx".
        if run <= 2 {
            out.push(class);
        }
    }
    out
}

pub(super) struct FeatureHasher {
    pub(super) out: Vec<u64>,
    pub(super) buffer: Vec<u8>,
}

impl FeatureHasher {
    pub(super) fn new() -> Self {
        FeatureHasher {
            out: Vec::with_capacity(48),
            buffer: Vec::with_capacity(64),
        }
    }

    /// A feature whose value is a number (no text to format per token).
    pub(super) fn add_number(&mut self, template: u8, value: u64) {
        self.buffer.clear();
        self.buffer.push(template);
        self.buffer.extend_from_slice(&value.to_le_bytes());
        self.out.push(xxhash_rust::xxh3::xxh3_64(&self.buffer));
    }

    pub(super) fn add(&mut self, template: u8, parts: &[&str]) {
        // One-shot hashing of a reused buffer: much cheaper than a streaming hasher per feature.
        self.buffer.clear();
        self.buffer.push(template);
        for part in parts {
            self.buffer.extend_from_slice(part.as_bytes());
            self.buffer.push(0);
        }
        self.out.push(xxhash_rust::xxh3::xxh3_64(&self.buffer));
    }
}

/// What the first pass remembers across a document: the type last given to each word.
#[derive(Default)]
pub(super) struct DocumentMemory<'v> {
    types: FastMap<&'v str, usize>,
}

impl<'v> DocumentMemory<'v> {
    pub(super) fn remember(&mut self, views: &'v [TokenView], labels: &[usize]) {
        for (view, &label) in views.iter().zip(labels) {
            if label != 0 && view.title {
                self.types.insert(&view.lower, type_of(label));
            }
        }
    }
}

/// Capitalized shares (tenths, 11 = seen too rarely) as feature text.
const SHARES: [&str; 12] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "?"];
/// "O" and the entity types, indexed by `type_of`.
const TYPE_OR_O: [&str; 5] = ["O", "PER", "LOC", "ORG", "MISC"];
/// Where a word sits in a multi-word name.
const POSITIONS: [&str; 3] = ["first", "inner", "last"];

/// What the first pass said about a whole document, for the second pass.
#[derive(Default)]
pub(super) struct DocumentEvidence<'v> {
    /// Capitalized word → how often the first pass gave it each type (0 = O).
    types: FastMap<&'v str, [u16; 5]>,
    /// Word → bit set of (type, position) of multi-word names it is part of.
    in_names: FastMap<&'v str, u16>,
    /// Words also written in lower case inside a sentence.
    lower_case: FastSet<&'v str>,
    /// Capitalized word → lower-case words seen just before and after it in the document
    /// ("said Jansher", "Jansher 's return"): its contexts elsewhere vote on what it is.
    contexts: FastMap<&'v str, (Vec<&'v str>, Vec<&'v str>)>,
    /// Capitalized word → what descriptive nouns say of it anywhere in the document, as bits:
    /// 0–3 the type a noun before it gives (`noun_cue`), 4 a company noun after it
    /// (`organization_noun_after`). "Bamerindus" is a bank all through the story once
    /// "private bank Bamerindus" said so.
    noun_cues: FastMap<&'v str, u8>,
}

/// How many distinct neighbours per side a word's document contexts keep.
const CONTEXTS_KEPT: usize = 6;

impl<'v> DocumentEvidence<'v> {
    pub(super) fn new(views: &'v [Vec<TokenView>], first: &[Vec<usize>]) -> Self {
        let mut evidence = DocumentEvidence::default();
        for (sentence, labels) in views.iter().zip(first) {
            for (i, (view, &label)) in sentence.iter().zip(labels).enumerate() {
                if let Some(kind) = view.noun_type {
                    *evidence.noun_cues.entry(&view.lower).or_default() |= 1 << (kind - 1);
                }
                if view.company_noun_after {
                    *evidence.noun_cues.entry(&view.lower).or_default() |= 1 << 4;
                }
                if view.title {
                    evidence.types.entry(&view.lower).or_default()[type_of(label)] += 1;
                    let (before, after) = evidence.contexts.entry(&view.lower).or_default();
                    for (side, neighbour) in [
                        (before, i.checked_sub(1).and_then(|k| sentence.get(k))),
                        (after, sentence.get(i + 1)),
                    ] {
                        if let Some(neighbour) = neighbour
                            && !neighbour.title
                            && side.len() < CONTEXTS_KEPT
                            && !side.contains(&neighbour.lower.as_str())
                        {
                            side.push(&neighbour.lower);
                        }
                    }
                } else if i > 0 && view.shape.starts_with('x') {
                    evidence.lower_case.insert(&view.lower);
                }
            }
            for (start, end, kind) in spans(labels) {
                if end - start < 2 {
                    continue;
                }
                for (i, view) in sentence[start..end].iter().enumerate() {
                    let position = if i == 0 {
                        0
                    } else if start + i + 1 == end {
                        2
                    } else {
                        1
                    };
                    *evidence.in_names.entry(&view.lower).or_default() |=
                        1 << ((kind - 1) * 3 + position);
                }
            }
        }
        evidence
    }
}

pub(super) fn views<'c>(
    words: &[&str],
    gazetteer: &Gazetteer,
    clusters: &'c Clusters,
) -> Vec<TokenView<'c>> {
    let in_capitals = !words.iter().any(|w| w.chars().any(char::is_lowercase));
    let mut views: Vec<TokenView> = words
        .iter()
        .map(|w| {
            // Most words are ASCII, which lower-cases without Unicode's tables.
            let lower = if w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                w.to_lowercase()
            };
            let title = w.chars().next().is_some_and(char::is_uppercase);
            // Unclustered words are rare: say whether they are capitalized, or a rare verb
            // after a name looks like the name going on.
            // "Wałęsa" is clustered as news mostly writes it, "walesa".
            let clustered = clusters.of(&lower).or_else(|| {
                (!lower.is_ascii())
                    .then(|| clusters.of(&crate::names::fold(&lower)))
                    .flatten()
            });
            let (cluster, fine_cluster, capitalized_share) = match clustered {
                Some(levels) => (
                    levels.first().map_or("-", |&id| clusters.id_text(id)),
                    levels.get(1).map_or("-", |&id| clusters.id_text(id)),
                    levels
                        .get(2)
                        .and_then(|&share| SHARES.get(share as usize))
                        .copied()
                        .unwrap_or("?"),
                ),
                None if title => ("?X", "?X", "?"),
                None => ("?x", "?x", "?"),
            };
            let cannot_start =
                !w.chars().any(char::is_uppercase) && !LOWER_CASE_STARTS.contains(&lower.as_str());
            TokenView {
                shape: shape(w),
                lower,
                title,
                cluster,
                fine_cluster,
                capitalized_share,
                brown: clusters.brown(w, in_capitals),
                listed: 0,
                run: (0, 0),
                noun_type: None,
                company_noun_after: false,
                in_capitals,
                number_share: "0",
                cannot_start,
            }
        })
        .collect();
    let numbers = views.iter().filter(|v| v.shape.contains('d')).count();
    let number_share = match numbers * 10 / views.len().max(1) {
        0 => "0",
        1..=2 => "low",
        3..=4 => "mid",
        _ => "high",
    };
    for view in &mut views {
        view.number_share = number_share;
    }
    let lower: Vec<&str> = views.iter().map(|v| v.lower.as_str()).collect();
    let title: Vec<bool> = views.iter().map(|v| v.title).collect();
    let listed = gazetteer.list_matches(&lower, &title);
    for (view, listed) in views.iter_mut().zip(listed) {
        view.listed = listed;
    }
    if !in_capitals {
        for (start, end) in capitalized_runs(&views) {
            for view in &mut views[start..end] {
                view.run = (start, end);
            }
        }
    }
    // Once per word, for both passes and the document evidence.
    for i in 0..views.len() {
        views[i].noun_type = noun_cue(&views, i);
        views[i].company_noun_after = organization_noun_after(&views, i);
    }
    views
}

/// Small words a name goes on over between two capitalized words ("Bank of England").
const RUN_JOINERS: [&str; 4] = ["of", "&", "for", "and"];

/// The runs of two or more capitalized words in a sentence, over the joiners between them.
fn capitalized_runs(views: &[TokenView]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < views.len() {
        if !views[i].title {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if views.get(end).is_some_and(|v| v.title) {
                end += 1;
            } else if views
                .get(end)
                .is_some_and(|v| RUN_JOINERS.contains(&v.lower.as_str()))
                && views.get(end + 1).is_some_and(|v| v.title)
            {
                end += 2;
            } else {
                break;
            }
        }
        if end - start >= 2 {
            runs.push((start, end));
        }
        i = end;
    }
    runs
}

/// What features of one token are computed from.
pub(super) struct Context<'a, 'w> {
    pub(super) words: &'a [&'w str],
    pub(super) views: &'a [TokenView<'a>],
    pub(super) memory: &'a DocumentMemory<'a>,
    pub(super) gazetteer: &'a Gazetteer,
    /// For the second pass: the document evidence and the first pass's labels of this sentence.
    pub(super) first_pass: Option<(&'a DocumentEvidence<'a>, &'a [usize])>,
    /// Whether the document reports sport, where a city's name is usually its team.
    pub(super) sports: bool,
}

impl<'a, 'w> Context<'a, 'w> {
    /// The context of a sentence for the first pass (or label-free features).
    pub(super) fn new(
        words: &'a [&'w str],
        views: &'a [TokenView<'a>],
        memory: &'a DocumentMemory<'a>,
        gazetteer: &'a Gazetteer,
        sports: bool,
    ) -> Self {
        Context {
            words,
            views,
            memory,
            gazetteer,
            first_pass: None,
            sports,
        }
    }
}

/// Words that make a document a sports report (those of American sport too: "touchdown",
/// "quarterback", "playoffs").
const SPORTS_WORDS: [&str; 32] = [
    "soccer",
    "football",
    "league",
    "cricket",
    "rugby",
    "baseball",
    "tennis",
    "golf",
    "basketball",
    "hockey",
    "athletics",
    "cycling",
    "boxing",
    "motor-racing",
    "championship",
    "innings",
    "goals",
    "scored",
    "striker",
    "midfielder",
    "coach",
    "halftime",
    "pitcher",
    "homer",
    "touchdown",
    "touchdowns",
    "quarterback",
    "playoff",
    "playoffs",
    "unbeaten",
    "undefeated",
    "goalkeeper",
];

/// Sports words the rules after the tagger count besides `SPORTS_WORDS`, which the tagger's
/// feature keeps as trained: words of rugby, cricket, baseball and the late rounds of any
/// sport ("Bristol Bears flanker Ben Earl", "the fly-half").
const MORE_SPORTS_WORDS: [&str; 16] = [
    "flanker",
    "fly-half",
    "scrum-half",
    "quarter-final",
    "quarter-finals",
    "semi-final",
    "semi-finals",
    "quarterfinal",
    "semifinal",
    "wicket",
    "wickets",
    "batsman",
    "inning",
    "homered",
    "hat-trick",
    "half-time",
];

// `sports_words_seen` skips words shorter than four letters: no sports word is; and
// `sports_word_bit` reads none longer than 16 bytes.
const _: () = {
    let mut k = 0;
    while k < SPORTS_WORDS.len() {
        assert!(SPORTS_WORDS[k].len() >= 4 && SPORTS_WORDS[k].len() <= 16);
        k += 1;
    }
    let mut k = 0;
    while k < MORE_SPORTS_WORDS.len() {
        assert!(MORE_SPORTS_WORDS[k].len() >= 4 && MORE_SPORTS_WORDS[k].len() <= 16);
        k += 1;
    }
    // `sports_word_bit` gives each word of both lists a bit of a u64.
    assert!(SPORTS_WORDS.len() + MORE_SPORTS_WORDS.len() <= 64);
};

/// Whether a document (its token views) reports sport: two different sports words, as one
/// ("Russia's goals", "a coach") is common elsewhere.
pub(super) fn is_sports(views: &[Vec<TokenView>]) -> bool {
    sports_judgements(views).0
}

/// Whether a document reports sport, from its lower-cased words: as the tagger's feature
/// judges it (two of `SPORTS_WORDS`), and as the rules after it do without the headline
/// (two of those and `MORE_SPORTS_WORDS`).
pub(super) fn sports_judgements(views: &[Vec<TokenView>]) -> (bool, bool) {
    sports_words_seen(views.iter().flatten().map(|view| view.lower.as_str()))
}

/// Whether a document reports sport, as the rules after the tagger judge it: two sports
/// words, `MORE_SPORTS_WORDS` among them, a wire headline that names its sport
/// ("SOCCER - GERMAN CUP RESULTS", "MOTOR RACING - ..."), where a results story may name
/// no sports word in its text, or a team game's result ("Alabama beat Georgia 41-24").
pub fn reports_sport(sentences: &[Vec<&str>]) -> bool {
    sport_to_the_rules(
        sentences,
        sports_words_seen(sentences.iter().flatten().copied()).1,
    )
}

/// Whether the rules after the tagger read a document as sport, given whether its sports
/// words say so (`sports_judgements`' second answer): they do, its headline names a
/// sport, or it tells a game's result.
pub(super) fn sport_to_the_rules(sentences: &[Vec<&str>], sports_words: bool) -> bool {
    sports_words
        || opens_with_sport_heading(sentences)
        || super::corrections::tells_a_team_result(sentences)
}

/// Sports a wire headline opens with, before its dash (matched in any case).
const SPORT_HEADINGS: &[&str] = &[
    "SOCCER",
    "FOOTBALL",
    "CRICKET",
    "BASEBALL",
    "TENNIS",
    "GOLF",
    "CYCLING",
    "ATHLETICS",
    "RUGBY",
    "RUGBY UNION",
    "RUGBY LEAGUE",
    "BASKETBALL",
    "RALLYING",
    "MOTOR RACING",
    "MOTORCYCLING",
    "MOTOCROSS",
    "FORMULA ONE",
    "SQUASH",
    "BOXING",
    "HORSE RACING",
    "BADMINTON",
    "SWIMMING",
    "ROWING",
    "SAILING",
    "HOCKEY",
    "ICE HOCKEY",
    "SKIING",
    "ALPINE SKIING",
    "SNOOKER",
    "DARTS",
    "VOLLEYBALL",
    "HANDBALL",
    "WRESTLING",
    "JUDO",
    "GYMNASTICS",
    "TRIATHLON",
    "OLYMPICS",
    "NFL",
    "NBA",
    "NHL",
    "MLB",
    // 2020 wire headings: "F1-Hamilton wins in Turkey".
    "F1",
    "NASCAR",
    "MOTOGP",
    "BIATHLON",
    "TABLE TENNIS",
    "AMERICAN FOOTBALL",
    "COLLEGE FOOTBALL",
    "COLLEGE BASKETBALL",
    "FIGURE SKATING",
    "SPEED SKATING",
    "FENCING",
    "ARCHERY",
    "EQUESTRIAN",
    "WEIGHTLIFTING",
];

/// The words before the dash a wire headline opens with, if a capital follows the dash:
/// "SOCCER" of "SOCCER - GERMAN CUP RESULTS", "Motor racing" of "Motor racing-Hamilton
/// wins"; not "Cycling" of "Cycling-related injuries", a compound's first half.
pub(super) fn headline_heading(sentences: &[Vec<&str>]) -> Option<String> {
    // The heading may be a sentence of its own ("Soccer -", as `tokenize::sentences` cuts
    // a headline in 2020 style).
    let opening = sentences
        .iter()
        .flatten()
        .take(4)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let (heading, rest) = opening.split_once('-')?;
    rest.trim_start()
        .starts_with(|c: char| c.is_uppercase())
        .then(|| heading.trim().to_string())
}

/// Whether the first sentence opens with a sport's name and a dash, as wire services head
/// their sports stories: "SOCCER - GERMAN CUP RESULTS" (1996), "Soccer-Liverpool held by
/// Brighton", "Motor racing-Hamilton wins" (2020).
pub(super) fn opens_with_sport_heading(sentences: &[Vec<&str>]) -> bool {
    headline_heading(sentences).is_some_and(|sport| {
        // A league may stand before its sport: "NBA BASKETBALL - STANDINGS", "NHL ICE
        // HOCKEY -".
        is_sport_heading(&sport)
            || sport
                .split_once(' ')
                .is_some_and(|(_, sport)| is_sport_heading(sport))
    })
}

/// Whether `words` name a sport as a wire headline opens with one ("SOCCER", "Motor
/// racing").
pub fn is_sport_heading(words: &str) -> bool {
    SPORT_HEADINGS
        .iter()
        .any(|heading| heading.eq_ignore_ascii_case(words))
}

/// Whether two different sports words are among `words` (in any case): two of
/// `SPORTS_WORDS`, and two of those and `MORE_SPORTS_WORDS`. One pass, which stops once
/// both hold.
fn sports_words_seen<'w>(words: impl Iterator<Item = &'w str>) -> (bool, bool) {
    let (mut seen, mut seen_more) = (0u64, 0u64);
    for word in words {
        // Every sports word has four letters or more: the cheap test first, over every word.
        if word.len() < 4 {
            continue;
        }
        match sports_word_bit(word) {
            Some((true, bit)) => {
                seen |= bit;
                if seen.count_ones() >= 2 {
                    return (true, true);
                }
            }
            Some((false, bit)) => seen_more |= bit,
            None => {}
        }
    }
    (false, seen.count_ones() + seen_more.count_ones() >= 2)
}

/// The sports word `word` is in any case: whether it is one of `SPORTS_WORDS` (else of
/// `MORE_SPORTS_WORDS`), and its bit. One hash lookup, where a scan of both lists cost
/// a twentieth of tagging.
fn sports_word_bit(word: &str) -> Option<(bool, u64)> {
    static BITS: std::sync::LazyLock<FastMap<&'static str, (bool, u64)>> =
        std::sync::LazyLock::new(|| {
            let tagger = SPORTS_WORDS.iter().map(|w| (*w, true));
            let rules = MORE_SPORTS_WORDS.iter().map(|w| (*w, false));
            tagger
                .chain(rules)
                .enumerate()
                .map(|(k, (w, counted))| (w, (counted, 1u64 << k)))
                .collect()
        });
    const LONGEST: usize = 16;
    if word.len() > LONGEST {
        return None;
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return BITS.get(word).copied();
    }
    let mut lower = [0u8; LONGEST];
    lower[..word.len()].copy_from_slice(word.as_bytes());
    lower[..word.len()].make_ascii_lowercase();
    let lower = std::str::from_utf8(&lower[..word.len()]).ok()?;
    BITS.get(lower).copied()
}

/// All features of token `i` given the labels before it (training uses this; tagging
/// computes the same parts separately to reuse what does not depend on the labels).
pub(super) fn features(
    context: &Context,
    i: usize,
    previous: usize,
    before_previous: usize,
    hasher: &mut FeatureHasher,
) {
    hasher.out.clear();
    token_features(context, i, hasher);
    label_features(context.views, i, previous, before_previous, hasher);
    if let Some((evidence, first)) = context.first_pass {
        document_features(evidence, first, &context.views[i], i, hasher);
    }
}

/// Features of the labels before token `i`, alone and with the token.
pub(super) fn label_features(
    views: &[TokenView],
    i: usize,
    previous: usize,
    before_previous: usize,
    hasher: &mut FeatureHasher,
) {
    let view = &views[i];
    let previous_label = LABELS[previous];
    hasher.add(11, &[previous_label]);
    hasher.add(12, &[LABELS[before_previous], previous_label]);
    hasher.add(13, &[previous_label, &view.lower]);
    hasher.add(35, &[previous_label, view.cluster]);
}

/// Features of token `i` that do not depend on labels: the word, its neighbours, clusters,
/// lists and what the first pass remembers. Appends to `hasher.out`.
pub(super) fn token_features(context: &Context, i: usize, hasher: &mut FeatureHasher) {
    let (words, views, memory, gazetteer) = (
        context.words,
        context.views,
        context.memory,
        context.gazetteer,
    );
    let view = &views[i];
    let lower = view.lower.as_str();
    let at = |k: isize| neighbour(views, i, k, |v| &v.lower, "<s>", "</s>");
    let shape_at = |k: isize| neighbour(views, i, k, |v| &v.shape, "<s>", "</s>");
    // Affixes as slices of the lower-cased word, cut at character boundaries.
    let char_count = lower.chars().count();
    let byte_at = |chars: usize| {
        lower
            .char_indices()
            .nth(chars)
            .map_or(lower.len(), |(b, _)| b)
    };
    let suffix = |n: usize| -> &str { &lower[byte_at(char_count.saturating_sub(n))..] };
    let prefix = |n: usize| -> &str { &lower[..byte_at(n.min(char_count))] };
    hasher.add(0, &[]);
    hasher.add(1, &[lower]);
    hasher.add(2, &[words[i]]);
    hasher.add(3, &[suffix(3)]);
    hasher.add(4, &[suffix(2)]);
    hasher.add(5, &[prefix(3)]);
    hasher.add(6, &[&view.shape]);
    hasher.add(7, &[at(-1)]);
    hasher.add(8, &[at(1)]);
    hasher.add(9, &[at(-2)]);
    hasher.add(10, &[at(2)]);
    hasher.add(14, &[shape_at(-1), &view.shape]);
    hasher.add(15, &[&view.shape, shape_at(1)]);
    if view.title && gazetteer.starts_place(lower) {
        hasher.add(16, &[]);
    }
    if gazetteer.is_demonym(lower) {
        hasher.add(17, &[]);
    }
    if let Some(&remembered) = memory.types.get(lower) {
        hasher.add(18, &[TYPES[remembered - 1]]);
    }
    hasher.add(19, &[if i == 0 { "first" } else { "inner" }, &view.shape]);
    hasher.add(20, &[suffix(4)]);
    hasher.add(21, &[at(-1), lower]);
    hasher.add(22, &[lower, at(1)]);
    let cluster_at = |k: isize| neighbour(views, i, k, |v| v.cluster, "-", "-");
    let (here, before, after) = (cluster_at(0), cluster_at(-1), cluster_at(1));
    hasher.add(30, &[here]);
    hasher.add(31, &[before]);
    hasher.add(32, &[after]);
    hasher.add(33, &[here, &view.shape]);
    hasher.add(34, &[before, here]);
    hasher.add(39, &[view.capitalized_share]);
    hasher.add(
        25,
        &[
            view.capitalized_share,
            if i == 0 { "first" } else { "inner" },
            &view.shape,
        ],
    );
    let fine_at = |k: isize| neighbour(views, i, k, |v| v.fine_cluster, "-", "-");
    hasher.add(36, &[fine_at(0)]);
    hasher.add(37, &[fine_at(-1)]);
    hasher.add(38, &[fine_at(1)]);
    // Brown path prefixes (Ratinov & Roth's lengths), here and beside; unknown words and
    // the sentence's ends get values no prefix has.
    let brown_prefix = |k: isize, bits: u32| -> u64 {
        let index = i as isize + k;
        match usize::try_from(index).ok().map(|index| views.get(index)) {
            None => 1 << 40,
            Some(None) => 1 << 41,
            Some(Some(v)) if v.brown == 0 => 1 << 42,
            Some(Some(v)) => u64::from(v.brown & ((1 << bits) - 1)),
        }
    };
    for (template, bits) in [(70, 4), (71, 6), (72, 10), (73, 20)] {
        hasher.add_number(template, brown_prefix(0, bits));
    }
    for (template, k) in [(74, -1), (75, 1)] {
        hasher.add_number(template, brown_prefix(k, 10));
    }
    for (template, k) in [(78, -2), (79, 2)] {
        hasher.add_number(template, brown_prefix(k, 6));
    }
    hasher.add_number(80, brown_prefix(-1, 6) << 20 | brown_prefix(0, 6));
    hasher.add_number(81, brown_prefix(0, 6) << 20 | brown_prefix(1, 6));
    if context.sports {
        hasher.add(60, &[&view.shape]);
        hasher.add(61, &[here]);
        hasher.add(
            62,
            &[
                &view.shape,
                if view.listed & 1 != 0 { "place" } else { "-" },
            ],
        );
        hasher.add(63, &[lower]);
    }
    let (run_start, run_end) = view.run;
    if run_end > run_start {
        let position = if i == run_start {
            "first"
        } else if i + 1 == run_end {
            "last"
        } else {
            "inner"
        };
        hasher.add(82, &[position, &views[run_end - 1].lower]);
        hasher.add(83, &[position, &views[run_start].lower]);
        hasher.add_number(
            84,
            ((run_end - run_start).min(5) as u64) << 8 | (i - run_start).min(4) as u64,
        );
        let last_brown = views[run_end - 1].brown;
        if last_brown != 0 && i + 1 != run_end {
            hasher.add_number(87, u64::from(last_brown & ((1 << 10) - 1)));
        }
    }
    if let Some(kind) = view.noun_type {
        let first = run_end == run_start || i == run_start;
        hasher.add(
            90,
            &[TYPES[kind - 1], if first { "first" } else { "inner" }],
        );
    }
    if view.company_noun_after {
        hasher.add(92, &[]);
    }
    // Table rows (results, standings, prices) are mostly numbers: their first words are
    // names, the capitalized words among the numbers column labels ("Chg", "Yellow").
    hasher.add(
        98,
        &[
            view.number_share,
            if i == 0 { "first" } else { "inner" },
            &view.shape,
        ],
    );
    if view.in_capitals {
        hasher.add(24, &[&view.shape]);
    }
    let mut listed = view.listed;
    while listed != 0 {
        let bit = listed.trailing_zeros() as usize;
        listed &= listed - 1;
        hasher.add(50, &[LISTS[bit / 4], LIST_POSITIONS[bit % 4]]);
    }
}

/// The type a descriptive noun just before the capitalized run of word `i` gives it
/// ("fashion retailer Ted Baker", "private bank Bamerindus", "striker Ronaldo"): news puts
/// such a noun before names a reader may not know, names no training text had.
pub(super) fn noun_cue(views: &[TokenView], i: usize) -> Option<usize> {
    if !views[i].title {
        return None;
    }
    let (start, _) = run_around(views, i);
    let before = views.get(start.checked_sub(1)?)?;
    if before.title || !before.shape.starts_with('x') {
        return None;
    }
    crate::extract::cues::noun_type_of_lower(&before.lower).map(|(kind, _)| kind)
}

/// The capitalized run of word `i`, or the word alone outside one.
fn run_around(views: &[TokenView], i: usize) -> (usize, usize) {
    let (run_start, run_end) = views[i].run;
    if run_end > run_start {
        (run_start, run_end)
    } else {
        (i, i + 1)
    }
}

/// Whether a noun just after the capitalized run of word `i` says it names an organization
/// ("the Globe newspaper", "Bamerindus shares", "a Smith Barney analyst").
pub(super) fn organization_noun_after(views: &[TokenView], i: usize) -> bool {
    if !views[i].title {
        return false;
    }
    let (_, end) = run_around(views, i);
    views.get(end).is_some_and(|after| {
        !after.title
            && (after.lower == "shares"
                || crate::extract::cues::is_organization_noun_after(&after.lower))
    })
}

/// Second-pass features: the first pass's labels here and for the same word elsewhere.
pub(super) fn document_features(
    evidence: &DocumentEvidence,
    first: &[usize],
    view: &TokenView,
    i: usize,
    hasher: &mut FeatureHasher,
) {
    let own = first[i];
    if !view.title {
        return;
    }
    if let Some(counts) = evidence.types.get(view.lower.as_str()) {
        let mut others = *counts;
        others[type_of(own)] = others[type_of(own)].saturating_sub(1);
        if others.iter().any(|&n| n > 0) {
            let majority = (0..5).max_by_key(|&t| (others[t], t == 0)).unwrap_or(0);
            hasher.add(42, &[TYPE_OR_O[majority]]);
            hasher.add(43, &[TYPE_OR_O[majority], LABELS[own]]);
            for t in 1..5 {
                if others[t] > 0 {
                    hasher.add(44, &[TYPE_OR_O[t]]);
                }
            }
        }
    }
    if let Some(&bits) = evidence.in_names.get(view.lower.as_str()) {
        for bit in 0..12 {
            if bits & (1 << bit) != 0 {
                hasher.add(45, &[TYPES[bit / 3], POSITIONS[bit % 3]]);
            }
        }
    }
    if let Some((before, after)) = evidence.contexts.get(view.lower.as_str()) {
        for word in before {
            hasher.add(47, &[word]);
        }
        for word in after {
            hasher.add(48, &[word]);
        }
    }
    if let Some(&bits) = evidence.noun_cues.get(view.lower.as_str()) {
        for (bit, kind) in TYPES.iter().enumerate() {
            if bits & (1 << bit) != 0 {
                hasher.add(91, &[kind]);
            }
        }
        if bits & (1 << 4) != 0 {
            hasher.add(93, &[]);
        }
    }
    if i > 0 && evidence.lower_case.contains(view.lower.as_str()) {
        hasher.add(46, &[]);
    }
}

/// A field of the token `k` places from `i`, or a marker past either end of the sentence.
pub(super) fn neighbour<'v>(
    views: &'v [TokenView<'v>],
    i: usize,
    k: isize,
    field: fn(&'v TokenView<'v>) -> &'v str,
    before: &'v str,
    after: &'v str,
) -> &'v str {
    let index = i as isize + k;
    if index < 0 {
        before
    } else {
        views.get(index as usize).map_or(after, field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Views of a sentence given as space-separated tokens.
    fn with_views<T>(sentence: &str, test: impl FnOnce(&[&str], &[TokenView]) -> T) -> T {
        let words: Vec<&str> = sentence.split(' ').collect();
        let (gazetteer, clusters) = (Gazetteer::load(), Clusters::load());
        let views = views(&words, &gazetteer, &clusters);
        test(&words, &views)
    }

    /// The index of `word` in `words`.
    fn at(words: &[&str], word: &str) -> usize {
        words.iter().position(|w| *w == word).unwrap_or(usize::MAX)
    }

    #[test]
    fn a_wire_headline_naming_its_sport_makes_a_sports_report() {
        fn document(text: &str) -> Vec<Vec<&str>> {
            text.split(" . ")
                .map(|sentence| sentence.split(' ').collect())
                .collect()
        }
        // Fewer than two sports words: the headline decides.
        assert!(reports_sport(&document(
            "SOCCER - GERMAN CUP RESULTS . BONN 1996-08-31 . Results of the cup"
        )));
        assert!(reports_sport(&document(
            "MOTOR RACING - HILL ON POLE . Damon Hill took pole"
        )));
        // A league before its sport.
        assert!(reports_sport(&document(
            "NBA BASKETBALL - STANDINGS AFTER TUESDAY 'S GAMES . MIAMI 16 7"
        )));
        // A heading that is no sport, and a sport's name later in the headline.
        assert!(!reports_sport(&document(
            "PRESS DIGEST - Tunisia - Aug 31 . TUNIS 1996-08-31 . These are the leading stories"
        )));
        assert!(!reports_sport(&document(
            "Sponsor quits - tennis star says . The bank said"
        )));
        // Headlines of 2020: the sport in title case, the dash joined to the next word.
        assert!(reports_sport(&document(
            "Soccer-Liverpool held by Brighton . Liverpool were held"
        )));
        assert!(reports_sport(&document(
            "Motor racing-Hamilton wins in Turkey . Lewis Hamilton won"
        )));
        assert!(!reports_sport(&document(
            "Cycling-related injuries rose . The city said"
        )));
        // Words of rugby the tagger's own list lacks count for the rules.
        assert!(reports_sport(&document(
            "Bristol Bears flanker Ben Earl is in . The fly-half is out"
        )));
        // Sports words count in any case; a longer word holding one does not.
        assert!(reports_sport(&document(
            "The COACH praised his Striker . He went home"
        )));
        assert!(!reports_sport(&document(
            "The coach-building firm's footballer-turned-politician spoke"
        )));
    }

    #[test]
    fn a_descriptive_noun_before_a_name_types_every_word_of_it() {
        with_views(
            "Shares in fashion retailer Ted Baker fell .",
            |words, views| {
                assert_eq!(noun_cue(views, at(words, "Ted")), Some(3));
                assert_eq!(noun_cue(views, at(words, "Baker")), Some(3));
                assert_eq!(noun_cue(views, at(words, "Shares")), None);
            },
        );
        with_views("He passed to striker Ronaldo .", |words, views| {
            assert_eq!(noun_cue(views, at(words, "Ronaldo")), Some(1));
        });
    }

    #[test]
    fn a_company_noun_after_a_name_marks_an_organization() {
        with_views(
            "Ford shares rose but the Globe newspaper said Ford lied .",
            |words, views| {
                assert!(organization_noun_after(views, at(words, "Ford")));
                assert!(organization_noun_after(views, at(words, "Globe")));
                assert!(!organization_noun_after(views, 8));
            },
        );
    }
}
