//! Facet and date filters: zero-score clauses around the text query.

use std::ops::Bound;

use chrono::NaiveDate;
use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use super::SearchRequest;
use crate::index::document;
use crate::index::schema::{FacetKind, Fields, KEY_ANALYZER, NAME_ANALYZER};
use crate::index::{CorpusAliases, NewsIndex};

/// Adds facet and date filters as zero-score clauses, so they never change ranking.
pub(super) fn with_filters(
    index: &NewsIndex,
    query: Box<dyn Query>,
    request: &SearchRequest,
) -> Box<dyn Query> {
    let fields = index.fields();
    let aliases = index.aliases();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query)];
    let mut add_filter = |filter: Box<dyn Query>| {
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0))));
    };
    let filter_of = |kind: FacetKind, value: &String| {
        let value = match kind {
            FacetKind::Org => crate::extract::canonical_organization(value),
            _ => value.clone(),
        };
        facet_filter(index, fields, kind, &value, &aliases)
    };
    for (kind, value) in &request.filters {
        add_filter(filter_of(*kind, value));
    }
    // An excluded value matches as a filter would: `not_place=iran` drops what
    // `place=iran` keeps (Tehran included).
    let exclusions: Vec<Box<dyn Query>> = request
        .exclusions
        .iter()
        .map(|(kind, value)| filter_of(*kind, value))
        .collect();
    for period in &request.mentions {
        let term = Term::from_field_text(fields.mentions, &period.label());
        add_filter(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
    }
    if request.from.is_some() || request.to.is_some() {
        let bound = |date: NaiveDate| {
            Term::from_field_date(fields.published, document::to_tantivy_date(date))
        };
        let lower = request
            .from
            .map_or(Bound::Unbounded, |p| Bound::Included(bound(p.first)));
        let upper = request
            .to
            .map_or(Bound::Unbounded, |p| Bound::Excluded(bound(p.end)));
        add_filter(Box::new(RangeQuery::new(lower, upper)));
    }
    clauses.extend(exclusions.into_iter().map(|query| (Occur::MustNot, query)));
    if clauses.len() == 1 {
        return clauses
            .pop()
            .map(|(_, q)| q)
            .unwrap_or_else(|| Box::new(AllQuery));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// A value filter: the whole value (case- and accent-insensitive) with the corpus's other
/// forms of it, or, when no article has it whole, its words in order inside a longer
/// name, so `putin` finds "Vladimir Putin".
fn facet_filter(
    index: &NewsIndex,
    fields: &Fields,
    kind: FacetKind,
    value: &str,
    aliases: &CorpusAliases,
) -> Box<dyn Query> {
    let Some(entity) = fields.entity(kind) else {
        let field = fields.value_field(kind);
        if kind.is_name() {
            return Box::new(BooleanQuery::new(
                values_folding_to(index, field, value)
                    .into_iter()
                    .map(|term| -> (Occur, Box<dyn Query>) {
                        (
                            Occur::Should,
                            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                        )
                    })
                    .collect(),
            ));
        }
        let term = Term::from_field_text(field, value.trim());
        return Box::new(TermQuery::new(term, IndexRecordOption::Basic));
    };
    // The value, the full name the corpus files it under, and that name's other short
    // forms: `--person "Ronald Reagan"` finds the articles that say only "Reagan".
    let full = aliases.full_name(kind, value.trim());
    let mut key_terms = analyze(index, KEY_ANALYZER, entity.key, value);
    for form in std::iter::once(full).chain(aliases.short_forms(kind, full)) {
        for term in analyze(index, KEY_ANALYZER, entity.key, form) {
            if !key_terms.contains(&term) {
                key_terms.push(term);
            }
        }
    }
    let mut word_terms = analyze(index, NAME_ANALYZER, entity.words, value);
    let whole_value_exists = key_terms
        .iter()
        .any(|term| index.searcher().doc_freq(term).is_ok_and(|count| count > 0));
    // A value that exists as typed is that value, as its facet count says: "BBC" is not
    // also "BBC Sport" (a phrase search would be far slower too on "United States"). The
    // words inside longer names are for what no article has as a whole value ("putin").
    if whole_value_exists {
        word_terms.clear();
    }
    let term_query =
        |term: Term| -> Box<dyn Query> { Box::new(TermQuery::new(term, IndexRecordOption::Basic)) };
    let mut alternatives: Vec<(Occur, Box<dyn Query>)> = key_terms
        .into_iter()
        .map(|term| (Occur::Should, term_query(term)))
        .collect();
    if word_terms.len() == 1 {
        alternatives.extend(
            word_terms
                .into_iter()
                .map(|term| (Occur::Should, term_query(term))),
        );
    } else if !word_terms.is_empty() {
        alternatives.push((Occur::Should, Box::new(PhraseQuery::new(word_terms))));
    }
    Box::new(BooleanQuery::new(alternatives))
}

/// The values of a facet kept whole (countries, continents: a few hundred at most) that
/// are `value` up to case and accents, so `--country japan` finds "Japan".
fn values_folding_to(index: &NewsIndex, field: Field, value: &str) -> Vec<Term> {
    let wanted = crate::names::fold(value.trim());
    let mut terms: Vec<Term> = Vec::new();
    for segment in index.searcher().segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().stream() else {
            continue;
        };
        while stream.advance() {
            let Ok(text) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if crate::names::fold(text) == wanted {
                let term = Term::from_field_text(field, text);
                if !terms.contains(&term) {
                    terms.push(term);
                }
            }
        }
    }
    terms
}

fn analyze(index: &NewsIndex, analyzer: &str, field: Field, text: &str) -> Vec<Term> {
    let Some(mut analyzer) = index.tantivy().tokenizers().get(analyzer) else {
        return Vec::new();
    };
    let mut terms = Vec::new();
    let mut stream = analyzer.token_stream(text.trim());
    while let Some(token) = stream.next() {
        terms.push(Term::from_field_text(field, &token.text));
    }
    terms
}
