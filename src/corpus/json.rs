//! JSON and JSON Lines articles, and `NAME.meta.json` sidecars, with the field names
//! news exports commonly use.

use serde_json::{Map, Value};

use super::ReadErrorKind;
use crate::article::Article;
use crate::dates;

const TITLE_KEYS: &[&str] = &["title", "headline"];
const BODY_KEYS: &[&str] = &["body", "text", "content", "article", "full_text"];
const SUMMARY_KEYS: &[&str] = &[
    "description",
    "short_description",
    "summary",
    "lead",
    "abstract",
];
const DATE_KEYS: &[&str] = &[
    "published",
    "date",
    "publish_date",
    "published_at",
    "publishedat",
    "pubdate",
    "datetime",
];
const SOURCE_KEYS: &[&str] = &["source", "publisher", "site", "source_name"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline", "by", "creator", "writer"];
const URL_KEYS: &[&str] = &["url", "link"];
const ID_KEYS: &[&str] = &["id", "_id", "guid", "uuid", "article_id", "doc_id"];
const PEOPLE_KEYS: &[&str] = &["people", "persons", "person"];
const PLACE_KEYS: &[&str] = &["places", "locations", "location", "place"];
const ORG_KEYS: &[&str] = &[
    "orgs",
    "organizations",
    "organisations",
    "organization",
    "org",
];
const TOPIC_KEYS: &[&str] = &[
    "topics",
    "categories",
    "category",
    "tags",
    "topic",
    "section",
];

/// An article plus notes on fields that could not be used.
pub struct RecordRead {
    pub article: Article,
    pub warnings: Vec<String>,
    /// Fields of the record newsdex has no use for (`views`), named once in the summary.
    pub unused_fields: Vec<String>,
}

/// Reads a `.json` file: one article object, or an array of them.
pub fn parse_document(
    content: &str,
) -> Result<(Vec<RecordRead>, Vec<ReadErrorKind>), ReadErrorKind> {
    let value: Value = serde_json::from_str(content).map_err(json_error)?;
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let items = match value {
        Value::Array(items) => items,
        other => vec![other],
    };
    for (index, item) in items.into_iter().enumerate() {
        let record = index as u64 + 1;
        match read_record(&item) {
            Ok(mut read) => {
                read.article.record = record;
                records.push(read);
            }
            Err(message) => problems.push(ReadErrorKind::Record {
                location: format!("record {record}"),
                message,
            }),
        }
    }
    Ok((records, problems))
}

/// Reads a `.jsonl` file: a bad line is reported with its number, the others are kept.
pub fn parse_lines(content: &str) -> (Vec<RecordRead>, Vec<ReadErrorKind>) {
    parse_lines_from(content, 1)
}

/// Reads lines of a `.jsonl` file whose first line is number `first_line` (a chunk of a
/// file read in parts); records are numbered by their line in the whole file.
pub fn parse_lines_from(content: &str, first_line: usize) -> (Vec<RecordRead>, Vec<ReadErrorKind>) {
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in content.lines().enumerate() {
        let line_number = first_line + index;
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<Value>(line)
            .map_err(|e| {
                format!(
                    "invalid JSON at column {}: {}",
                    e.column(),
                    strip_position(&e)
                )
            })
            .and_then(|value| read_record(&value));
        match parsed {
            Ok(mut read) => {
                read.article.record = line_number as u64;
                records.push(read);
            }
            Err(message) => problems.push(ReadErrorKind::Record {
                location: format!("line {line_number}"),
                message,
            }),
        }
    }
    (records, problems)
}

/// Applies a sidecar's fields over what the text file gave.
pub fn apply_sidecar(article: &mut Article, bytes: &[u8]) -> Result<Vec<String>, ReadErrorKind> {
    let value: Value = serde_json::from_slice(bytes).map_err(json_error)?;
    let Value::Object(map) = value else {
        return Err(ReadErrorKind::Record {
            location: "top level".into(),
            message: "a sidecar must be a JSON object".into(),
        });
    };
    let fields = Fields::new(&map);
    let mut warnings = Vec::new();
    if let Some(title) = fields.text(TITLE_KEYS, &mut warnings) {
        article.title = Some(title);
    }
    fields.apply_metadata(article, &mut warnings);
    Ok(warnings)
}

fn json_error(error: serde_json::Error) -> ReadErrorKind {
    ReadErrorKind::Json {
        line: error.line(),
        column: error.column(),
        message: strip_position(&error),
    }
}

/// serde_json appends " at line L column C"; the caller reports the position itself.
fn strip_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(position) => text[..position].to_string(),
        None => text,
    }
}

fn read_record(value: &Value) -> Result<RecordRead, String> {
    let Value::Object(map) = value else {
        return Err(format!("expected a JSON object, found {}", kind_of(value)));
    };
    let fields = Fields::new(map);
    let mut warnings = Vec::new();
    let mut article = Article {
        title: fields.text(TITLE_KEYS, &mut warnings),
        body: fields
            .text(BODY_KEYS, &mut warnings)
            .or_else(|| fields.text(SUMMARY_KEYS, &mut warnings))
            .unwrap_or_default(),
        ..Article::default()
    };
    if article.title.is_none() && article.body.trim().is_empty() {
        let mut message =
            "no title or body (looked for title/headline and body/text/content)".to_string();
        if !warnings.is_empty() {
            message = format!("{message}; {}", warnings.join("; "));
        }
        return Err(message);
    }
    fields.apply_metadata(&mut article, &mut warnings);
    let unused_fields = map
        .keys()
        .filter(|key| !is_known_key(&key.to_ascii_lowercase()))
        .cloned()
        .collect();
    Ok(RecordRead {
        article,
        warnings,
        unused_fields,
    })
}

/// Whether newsdex reads a field of this (lower-case) name.
fn is_known_key(key: &str) -> bool {
    [
        TITLE_KEYS,
        BODY_KEYS,
        SUMMARY_KEYS,
        DATE_KEYS,
        SOURCE_KEYS,
        AUTHOR_KEYS,
        URL_KEYS,
        ID_KEYS,
        PEOPLE_KEYS,
        PLACE_KEYS,
        ORG_KEYS,
        TOPIC_KEYS,
    ]
    .iter()
    .any(|keys| keys.contains(&key))
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Case-insensitive access to an object's fields by their common aliases.
struct Fields<'a> {
    entries: Vec<(String, &'a Value)>,
}

impl<'a> Fields<'a> {
    fn new(map: &'a Map<String, Value>) -> Self {
        Fields {
            entries: map
                .iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v))
                .collect(),
        }
    }

    fn get(&self, keys: &[&str]) -> Option<&'a Value> {
        keys.iter().find_map(|key| {
            self.entries
                .iter()
                .find(|(name, value)| name == key && !value.is_null())
                .map(|(_, value)| *value)
        })
    }

    /// The text of the first present key; a value of another type (a boolean, a list) is
    /// left out with a warning naming the field.
    fn text(&self, keys: &[&str], warnings: &mut Vec<String>) -> Option<String> {
        let value = self.get(keys)?;
        let text = match value {
            Value::String(s) => s.trim().to_string(),
            Value::Number(n) => n.to_string(),
            Value::Object(inner) => match inner.get("name").and_then(Value::as_str) {
                Some(name) => name.trim().to_string(),
                None => {
                    warnings.push(format!(
                        "{}: an object without a \"name\", left out",
                        self.name_of(keys)
                    ));
                    return None;
                }
            },
            other => {
                warnings.push(format!(
                    "{}: expected text, found {}, left out",
                    self.name_of(keys),
                    kind_of(other)
                ));
                return None;
            }
        };
        (!text.is_empty()).then_some(text)
    }

    /// The names of a list field (or a single name); items that are no name are left out
    /// with a warning.
    fn list(&self, keys: &[&str], warnings: &mut Vec<String>) -> Vec<String> {
        let as_name = |value: &Value| match value {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Object(inner) => inner
                .get("name")
                .and_then(Value::as_str)
                .map(|s| s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let items: Vec<&Value> = match self.get(keys) {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(other) => vec![other],
            None => return Vec::new(),
        };
        let mut names = Vec::with_capacity(items.len());
        let mut left_out = Vec::new();
        for item in items {
            match as_name(item) {
                Some(name) => names.push(name),
                None if item.is_null() => {}
                None => left_out.push(kind_of(item)),
            }
        }
        if !left_out.is_empty() {
            warnings.push(format!(
                "{}: {} value(s) that are not names ({}), left out",
                self.name_of(keys),
                left_out.len(),
                left_out.join(", ")
            ));
        }
        names
    }

    /// The field name as the file spells it, for warnings.
    fn name_of(&self, keys: &[&str]) -> String {
        keys.iter()
            .find(|key| {
                self.entries
                    .iter()
                    .any(|(name, value)| name == *key && !value.is_null())
            })
            .unwrap_or(&keys[0])
            .to_string()
    }

    /// Source, URL, date and entity lists: shared by records and sidecars.
    fn apply_metadata(&self, article: &mut Article, warnings: &mut Vec<String>) {
        if let Some(source) = self.text(SOURCE_KEYS, warnings) {
            article.source = Some(source);
        }
        if let Some(url) = self.text(URL_KEYS, warnings) {
            article.url = Some(url);
        }
        if let Some(id) = self.text(ID_KEYS, warnings) {
            article.source_id = Some(id);
        }
        if let Some(raw) = self.text(DATE_KEYS, warnings) {
            match dates::parse_date_value(&raw) {
                Some(date) => article.published = Some(date),
                None => warnings.push(format!("unreadable date '{raw}', article kept without one")),
            }
        }
        article
            .provided
            .people
            .extend(self.list(PEOPLE_KEYS, warnings));
        article
            .provided
            .places
            .extend(self.list(PLACE_KEYS, warnings));
        article.provided.orgs.extend(self.list(ORG_KEYS, warnings));
        article
            .provided
            .topics
            .extend(self.list(TOPIC_KEYS, warnings));
        for byline in self.list(AUTHOR_KEYS, warnings) {
            article.provided.authors.extend(authors_of(&byline));
        }
    }
}

/// The people a byline names: "By Jane Doe and John Roe", "Carla K. Johnson, AP" → the
/// names, without "By" and without a trailing wire service.
fn authors_of(byline: &str) -> Vec<String> {
    let byline = byline.trim();
    let byline = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .or_else(|| byline.strip_prefix("BY "))
        .unwrap_or(byline);
    byline
        .split([',', ';', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| {
            !name.is_empty() && !matches!(*name, "AP" | "Reuters" | "AFP" | "Associated Press")
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_field_names_are_recognized() {
        let (records, problems) = parse_document(
            r#"[{"Headline":"Ceasefire talks","content":"Text here","publish_date":"2025-05-15",
                "source":{"id":"p","name":"Politico"},"persons":["Vladimir Putin"],
                "locations":"Kyiv","organizations":["NATO"],"tags":["war","diplomacy"]},
               {"nothing":"here"}]"#,
        )
        .unwrap();
        assert_eq!(records.len(), 1);
        let article = &records[0].article;
        assert_eq!(article.title.as_deref(), Some("Ceasefire talks"));
        assert_eq!(article.body, "Text here");
        assert_eq!(article.source.as_deref(), Some("Politico"));
        assert_eq!(
            article.published.map(|d| d.to_string()).as_deref(),
            Some("2025-05-15")
        );
        assert_eq!(article.provided.people, vec!["Vladimir Putin"]);
        assert_eq!(article.provided.places, vec!["Kyiv"]);
        assert_eq!(article.provided.topics, vec!["war", "diplomacy"]);
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .to_string()
                .starts_with("record 2: no title or body")
        );
    }

    #[test]
    fn bad_jsonl_line_is_reported_with_its_number() {
        let (records, problems) =
            parse_lines("{\"title\":\"a\",\"body\":\"x\"}\n\n{broken\n[1]\n{\"body\":\"y\"}\n");
        assert_eq!(
            records.iter().map(|r| r.article.record).collect::<Vec<_>>(),
            vec![1, 5]
        );
        assert_eq!(problems.len(), 2);
        assert!(problems[0].to_string().starts_with("line 3: invalid JSON"));
        assert!(
            problems[1]
                .to_string()
                .contains("line 4: expected a JSON object, found an array")
        );
    }

    #[test]
    fn fields_of_the_wrong_type_are_warned_about() {
        let (records, _) = parse_lines(
            r#"{"body":"x","published":true,"people":{"first":"Ann"},"places":["Kyiv",7,false]}"#,
        );
        let warnings = &records[0].warnings;
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings[0].starts_with("published: expected text, found a boolean"));
        assert!(warnings[1].starts_with("people: 1 value(s) that are not names (an object)"));
        assert!(warnings[2].starts_with("places: 1 value(s) that are not names (a boolean)"));
        assert_eq!(records[0].article.provided.places, ["Kyiv", "7"]);
    }

    #[test]
    fn headline_feeds_give_their_description_as_text() {
        let (records, _) = parse_lines(
            r#"{"headline":"Storm hits Texas","short_description":"Governor Greg Abbott toured Houston.","category":"U.S. NEWS","link":"https://example.com/a","date":"2022-09-23"}"#,
        );
        let article = &records[0].article;
        assert_eq!(article.body, "Governor Greg Abbott toured Houston.");
        assert_eq!(article.provided.topics, ["U.S. NEWS"]);
        assert_eq!(article.url.as_deref(), Some("https://example.com/a"));
    }

    #[test]
    fn unreadable_date_is_a_warning_not_a_loss() {
        let (records, _) = parse_lines("{\"body\":\"x\",\"date\":\"someday\"}");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].article.published, None);
        assert_eq!(records[0].warnings.len(), 1);
    }
}
