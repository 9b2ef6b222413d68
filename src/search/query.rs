//! The user's query text: bounded before it is parsed, parsed with tantivy's grammar,
//! normalized, then turned into a tantivy query over title (boosted) and body.
//!
//! tantivy's grammar is a recursive-descent parser: every `(` or `NOT` is a stack frame, so
//! a few hundred of them overflow a worker thread's stack and abort the process. The text
//! is therefore measured first, without recursion, and refused when it is too long, too
//! deep or has too many clauses.

use tantivy::Score;
use tantivy::query::{AllQuery, Query, QueryParser, QueryParserError};
use tantivy::query_grammar::{Occur, UserInputAst, UserInputLeaf};

use super::SearchError;
use crate::index::{FacetKind, NewsIndex};

/// Longest query text, in bytes.
pub const MAX_QUERY_BYTES: usize = 4096;
/// Deepest nesting of parentheses and negations (`NOT NOT …`).
pub const MAX_NESTING: usize = 16;
/// Most words and operators in one query.
pub const MAX_CLAUSES: usize = 256;
/// Most words in one quoted phrase.
pub const MAX_PHRASE_WORDS: usize = 32;
/// Most prefix wildcards (`oil*`); each one expands to every matching word of the index.
pub const MAX_WILDCARDS: usize = 4;

/// Title matches weigh this much more than body matches.
const TITLE_BOOST: Score = 2.0;
/// Fields users may name in queries (`person:putin`).
const QUERY_FIELDS: &[&str] = &[
    "title", "body", "person", "place", "org", "source", "topic", "author",
];

/// Refuses query text that would cost too much to parse or run, before any parsing.
pub fn check_limits(text: &str) -> Result<(), SearchError> {
    let refuse = |message: String, byte: usize| SearchError::Query {
        message,
        position: Some(char_position(text, byte)),
    };
    let too_deep = |byte: usize| {
        refuse(
            format!("parentheses and NOT may be nested at most {MAX_NESTING} deep"),
            byte,
        )
    };
    if text.len() > MAX_QUERY_BYTES {
        return Err(refuse(
            format!(
                "the query is {} bytes long; at most {MAX_QUERY_BYTES} are allowed",
                text.len()
            ),
            MAX_QUERY_BYTES,
        ));
    }
    let mut depth = 0usize;
    let mut negations = 0usize;
    let mut clauses = 0usize;
    let mut wildcards = 0usize;
    let mut in_phrase: Option<(usize, usize)> = None; // (start byte, words)
    let mut in_word = false;
    for (at, c) in text.char_indices() {
        if let Some((start, words)) = in_phrase.as_mut() {
            if c == '"' {
                in_phrase = None;
                in_word = false;
            } else if c.is_whitespace() {
                in_word = false;
            } else if !in_word {
                in_word = true;
                *words += 1;
                if *words > MAX_PHRASE_WORDS {
                    return Err(refuse(
                        format!("a quoted phrase may have at most {MAX_PHRASE_WORDS} words"),
                        *start,
                    ));
                }
            }
            continue;
        }
        match c {
            '"' => {
                in_phrase = Some((at, 0));
                in_word = false;
                clauses += 1;
                negations = 0;
            }
            '(' => {
                depth += 1;
                in_word = false;
                if depth + negations > MAX_NESTING {
                    return Err(too_deep(at));
                }
            }
            ')' => {
                depth = depth.saturating_sub(1);
                in_word = false;
            }
            c if c.is_whitespace() => in_word = false,
            _ => {
                if c == '*' {
                    wildcards += 1;
                    if wildcards > MAX_WILDCARDS {
                        return Err(refuse(
                            format!("at most {MAX_WILDCARDS} wildcards (*) per query"),
                            at,
                        ));
                    }
                }
                if !in_word {
                    in_word = true;
                    clauses += 1;
                    if clauses > MAX_CLAUSES {
                        return Err(refuse(
                            format!("at most {MAX_CLAUSES} words and operators per query"),
                            at,
                        ));
                    }
                    let rest = &text[at..];
                    let is_not = rest.starts_with("NOT")
                        && rest[3..].chars().next().is_none_or(char::is_whitespace);
                    let is_sign = matches!(c, '-' | '+' | '!');
                    if is_not || is_sign {
                        negations += 1;
                        if depth + negations > MAX_NESTING {
                            return Err(too_deep(at));
                        }
                    } else {
                        negations = 0;
                    }
                    // "-word": the sign and the word are one clause.
                    if is_sign {
                        in_word = false;
                    }
                }
            }
        }
    }
    Ok(())
}

/// The 0-based character position of a byte offset (rounded down to a character start).
fn char_position(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    text[..byte].chars().count()
}

/// Parses the user's query: BM25 over title (boosted) and body, all words required.
pub fn parse(index: &NewsIndex, text: &str) -> Result<Box<dyn Query>, SearchError> {
    if text.trim().is_empty() {
        return Ok(Box::new(AllQuery));
    }
    check_limits(text)?;
    // The lenient parser says where a query goes wrong; the strict one refuses what the
    // lenient one would guess at ("oil AND").
    let (_, errors) = tantivy::query_grammar::parse_query_lenient(text);
    if let Some(error) = errors.first() {
        return Err(SearchError::Query {
            message: error.message.clone(),
            position: Some(char_position(text, error.pos)),
        });
    }
    let ast = tantivy::query_grammar::parse_query(text).map_err(|_| SearchError::Query {
        message: describe_query_error(&QueryParserError::SyntaxError(text.to_string()), text),
        position: None,
    })?;
    let ast = normalize(ast)?;
    let fields = index.fields();
    let mut parser = QueryParser::for_index(index.tantivy(), vec![fields.title, fields.body]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(fields.title, TITLE_BOOST);
    parser
        .build_query_from_user_input_ast(ast)
        .map_err(|error| SearchError::Query {
            message: describe_query_error(&error, text),
            position: None,
        })
}

/// Rewrites what tantivy's grammar reads literally into what users mean: `a AND NOT b`
/// excludes `b` (tantivy makes it a required clause that matches nothing), and
/// `person:*` asks for articles with any person.
fn normalize(ast: UserInputAst) -> Result<UserInputAst, SearchError> {
    Ok(match ast {
        UserInputAst::Clause(clauses) => {
            let mut normalized = Vec::with_capacity(clauses.len());
            for (occur, clause) in clauses {
                let clause = normalize(clause)?;
                let lone_exclusion = match &clause {
                    UserInputAst::Clause(inner) => {
                        inner.len() == 1 && inner[0].0 == Some(Occur::MustNot)
                    }
                    _ => false,
                };
                if lone_exclusion && occur != Some(Occur::MustNot) {
                    if let UserInputAst::Clause(mut inner) = clause
                        && let Some((_, excluded)) = inner.pop()
                    {
                        normalized.push((Some(Occur::MustNot), excluded));
                    }
                } else {
                    normalized.push((occur, clause));
                }
            }
            UserInputAst::Clause(normalized)
        }
        UserInputAst::Boost(inner, boost) => {
            UserInputAst::Boost(Box::new(normalize(*inner)?), boost)
        }
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Exists { field } => {
                let kind = FacetKind::parse(&field)
                    .filter(|k| QUERY_FIELDS.contains(&k.name()))
                    .ok_or_else(|| SearchError::Query {
                        message: format!(
                            "'{field}:*' (any value) works for person, place, org, source, topic and author; every article has a title and a body"
                        ),
                        position: None,
                    })?;
                UserInputAst::Leaf(Box::new(UserInputLeaf::Exists {
                    field: kind.value_field_name(),
                }))
            }
            other => UserInputAst::Leaf(Box::new(other)),
        },
    })
}

fn describe_query_error(error: &QueryParserError, text: &str) -> String {
    match error {
        QueryParserError::FieldDoesNotExist(field) => format!(
            "unknown field '{field}:' (fields: {})",
            QUERY_FIELDS.join(", ")
        ),
        QueryParserError::AllButQueryForbidden => {
            let excludes = text.contains('-') || text.contains("NOT");
            if excludes {
                "a query cannot only exclude words; add a word to look for".to_string()
            } else {
                "the query has no word to search for (punctuation, symbols and emoji are not indexed)".to_string()
            }
        }
        QueryParserError::RangeMustNotHavePhrase | QueryParserError::FieldNotIndexed(_) => {
            format!("{error}; ranges are not supported in text, use --from/--to for dates")
        }
        QueryParserError::SyntaxError(text) => format!(
            "cannot parse '{text}': AND, OR and NOT need words on both sides, quotes and parentheses must be closed"
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> String {
        match check_limits(text) {
            Err(SearchError::Query { message, .. }) => message,
            other => panic!("{text:.40}: expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn deep_long_and_wide_queries_are_refused_before_parsing() {
        assert!(refused(&"(".repeat(800)).contains("nested"));
        assert!(refused(&format!("{}oil", "NOT ".repeat(10_000))).contains("bytes"));
        assert!(refused(&format!("{}oil", "NOT ".repeat(40))).contains("nested"));
        assert!(refused(&"-".repeat(40)).contains("nested"));
        assert!(refused(&"a ".repeat(300)).contains("words and operators"));
        assert!(refused(&"o*".repeat(100)).contains("wildcards"));
        assert!(refused(&format!("\"{}\"", "word ".repeat(40))).contains("phrase"));
        assert!(refused(&"x".repeat(MAX_QUERY_BYTES + 1)).contains("bytes"));
        // The limit falls inside a character (found by fuzzing).
        assert!(refused(&format!("x{}", "é".repeat(MAX_QUERY_BYTES))).contains("bytes"));
    }

    #[test]
    fn ordinary_queries_pass() {
        for text in [
            "oil",
            "\"interest rates\" -japan",
            "(oil OR gas) AND NOT (coal OR wood)",
            "person:putin talks",
            "oil*",
            "((((a))))",
            "Kýiv NOT NOT war",
        ] {
            assert!(check_limits(text).is_ok(), "{text}");
        }
        let at_limit = format!("{}{}", "(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
        assert!(check_limits(&at_limit).is_ok());
    }

    #[test]
    fn and_not_excludes() {
        let (ast, errors) = tantivy::query_grammar::parse_query_lenient("gas AND NOT oil");
        assert!(errors.is_empty());
        let UserInputAst::Clause(clauses) = normalize(ast).unwrap() else {
            panic!("a clause")
        };
        assert_eq!(clauses.len(), 2);
        assert_eq!(clauses[1].0, Some(Occur::MustNot));
    }

    #[test]
    fn any_value_of_a_facet_field_reads_its_fast_column() {
        let (ast, _) = tantivy::query_grammar::parse_query_lenient("person:*");
        let normalized = format!("{:?}", normalize(ast).unwrap());
        assert!(normalized.contains("person_value"), "{normalized}");
        let (ast, _) = tantivy::query_grammar::parse_query_lenient("title:*");
        assert!(normalize(ast).is_err());
    }
}
