//! Reuters-21578 SGML: `<REUTERS>` records with DATE, TITLE, DATELINE, BODY and the
//! hand-assigned TOPICS, PLACES, PEOPLE and ORGS code lists.

use super::json::RecordRead;
use super::{ReadErrorKind, drop_control_chars};
use crate::article::Article;
use crate::dates;

/// Record numbers given to records whose NEWID another record of the file already has.
const DUPLICATE_RECORDS: u64 = 1 << 32;

/// Reads every `<REUTERS>` record of a file.
pub fn parse(content: &str) -> (Vec<RecordRead>, Vec<ReadErrorKind>) {
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let mut rest = content;
    let mut ordinal = 0u64;
    let mut used = std::collections::HashSet::new();
    while let Some(start) = rest.find("<REUTERS") {
        ordinal += 1;
        let after = &rest[start..];
        let (record, next) = match after.find("</REUTERS>") {
            Some(end) => (&after[..end], &after[end + "</REUTERS>".len()..]),
            None => (after, ""),
        };
        rest = next;
        let new_id = attribute(record, "NEWID").and_then(|id| id.parse::<u64>().ok());
        let location = match new_id {
            Some(id) => format!("record NEWID={id}"),
            None => format!("record {ordinal}"),
        };
        if next.is_empty() && !after.contains("</REUTERS>") {
            problems.push(ReadErrorKind::Record {
                location,
                message: "truncated: no closing </REUTERS>".into(),
            });
            continue;
        }
        match read_record(record) {
            Ok(mut read) => {
                let mut record = new_id.unwrap_or(ordinal);
                if !used.insert(record) {
                    // Two records with one NEWID (a file edited by hand, two copies joined)
                    // are two articles: the later one is numbered past every NEWID.
                    let wanted = record;
                    record = DUPLICATE_RECORDS + ordinal;
                    while !used.insert(record) {
                        record += 1;
                    }
                    read.warnings.push(format!(
                        "{location} repeats record number {wanted}; indexed as record {record}"
                    ));
                }
                read.article.record = record;
                read.article.source_id = new_id.map(|id| id.to_string());
                records.push(read);
            }
            Err(message) => problems.push(ReadErrorKind::Record { location, message }),
        }
    }
    (records, problems)
}

fn read_record(record: &str) -> Result<RecordRead, String> {
    let mut warnings = Vec::new();
    let title = element(record, "TITLE")
        .map(|t| clean(&t))
        .filter(|t| !t.is_empty());
    let dateline = element(record, "DATELINE").map(|d| clean(&d));
    let body = match element(record, "BODY") {
        Some(body) => clean(&body),
        // BRIEF records are a headline and filler; UNPROC ones keep their text inside <TEXT>.
        None if text_type(record).as_deref() == Some("BRIEF") => String::new(),
        None => element(record, "TEXT")
            .map(|text| {
                clean(&strip_tags(&remove_element(
                    &remove_element(&text, "TITLE"),
                    "DATELINE",
                )))
            })
            .unwrap_or_default(),
    };
    let body = strip_signoff(&body);
    let body = match dateline.filter(|d| !d.is_empty() && !body.is_empty()) {
        Some(dateline) => format!("{dateline} {body}"),
        None => body,
    };
    if title.is_none() && body.is_empty() {
        // Still a record the wire sent, with a date and tags: kept, and said so.
        warnings.push("no TITLE and no text; indexed with its date and tags only".into());
    }
    let published = match element(record, "DATE") {
        Some(raw) => {
            let parsed = dates::parse_date_value(&raw);
            if parsed.is_none() {
                warnings.push(format!(
                    "unreadable DATE '{}', article kept without one",
                    raw.trim()
                ));
            }
            parsed
        }
        None => None,
    };
    let mut article = Article {
        title,
        body,
        source: Some("Reuters".to_string()),
        published,
        ..Article::default()
    };
    article.provided.places = codes(record, "PLACES")
        .iter()
        .map(|c| place_name(c))
        .collect();
    article.provided.people = codes(record, "PEOPLE")
        .iter()
        .map(|c| person_name(c))
        .collect();
    article.provided.orgs = codes(record, "ORGS").iter().map(|c| org_name(c)).collect();
    article.provided.topics = codes(record, "TOPICS");
    Ok(RecordRead {
        article,
        warnings,
        unused_fields: Vec::new(),
    })
}

/// The value of `NAME="…"` in the opening tag.
fn attribute(record: &str, name: &str) -> Option<String> {
    let tag_end = record.find('>')?;
    let tag = &record[..tag_end];
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].to_string())
}

/// The TYPE attribute of the TEXT element.
fn text_type(record: &str) -> Option<String> {
    let start = record.find("<TEXT ")?;
    attribute(&record[start..], "TYPE")
}

/// The text with the first `<NAME>…</NAME>` element cut out.
fn remove_element(text: &str, name: &str) -> String {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    match (text.find(&open), text.find(&close)) {
        (Some(start), Some(end)) if end > start => {
            format!("{}{}", &text[..start], &text[end + close.len()..])
        }
        _ => text.to_string(),
    }
}

/// The raw content of the first `<NAME …>…</NAME>` element.
fn element(record: &str, name: &str) -> Option<String> {
    let open = format!("<{name}");
    let mut search_from = 0;
    let start = loop {
        let found = search_from + record[search_from..].find(&open)?;
        let after_name = record.as_bytes().get(found + open.len());
        if matches!(after_name, Some(b'>' | b' ')) {
            break found;
        }
        search_from = found + open.len();
    };
    let content_start = start + record[start..].find('>')? + 1;
    let close = format!("</{name}>");
    let content_len = record[content_start..].find(&close)?;
    Some(record[content_start..content_start + content_len].to_string())
}

/// The `<D>code</D>` values of a code list element.
fn codes(record: &str, name: &str) -> Vec<String> {
    let Some(list) = element(record, name) else {
        return Vec::new();
    };
    list.split("<D>")
        .filter_map(|part| part.split("</D>").next())
        .map(|code| code.trim().to_string())
        .filter(|code| !code.is_empty())
        .collect()
}

fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Decodes SGML character references and drops control characters.
fn clean(raw: &str) -> String {
    let decoded = super::decode_character_references(raw, true);
    drop_control_chars(&decoded).trim().to_string()
}

/// Drops the "Reuter" sign-off that closes every story.
fn strip_signoff(body: &str) -> String {
    let trimmed = body.trim_end();
    for signoff in ["Reuter", "REUTER"] {
        if let Some(stripped) = trimmed.strip_suffix(signoff)
            && (stripped.is_empty() || stripped.ends_with(char::is_whitespace))
        {
            return stripped.trim_end().to_string();
        }
    }
    trimmed.to_string()
}

/// The name users search for, for a Reuters PLACES code.
pub fn place_name(code: &str) -> String {
    let special = match code {
        "usa" => "United States",
        "uk" => "United Kingdom",
        "ussr" => "Soviet Union",
        "uae" => "United Arab Emirates",
        "us-virgin-islands" => "U.S. Virgin Islands",
        "trinidad-tobago" => "Trinidad and Tobago",
        "yemen-arab-republic" => "North Yemen",
        "yemen-demo-republic" => "South Yemen",
        "guinea-bissau" => "Guinea-Bissau",
        _ => "",
    };
    if special.is_empty() {
        title_case(code)
    } else {
        special.to_string()
    }
}

/// The name users search for, for a Reuters PEOPLE code (`james-baker` → James Baker).
pub fn person_name(code: &str) -> String {
    let special = match code {
        "leigh-pemberton" => "Leigh-Pemberton",
        "mohammed-ali-abal-khail" => "Mohammed Ali Abal-Khail",
        "bresser-pereira" => "Bresser-Pereira",
        "mancera-aguayo" => "Mancera Aguayo",
        _ => "",
    };
    if special.is_empty() {
        title_case(code)
    } else {
        special.to_string()
    }
}

/// The name users search for, for a Reuters ORGS code: acronyms upper-cased.
pub fn org_name(code: &str) -> String {
    match code {
        "worldbank" => "World Bank".to_string(),
        "ico-coffee" => "International Coffee Organization".to_string(),
        "iwc-wheat" => "International Wheat Council".to_string(),
        "adb-asia" => "Asian Development Bank".to_string(),
        "adb-africa" => "African Development Bank".to_string(),
        "euratom" => "Euratom".to_string(),
        "comecon" => "Comecon".to_string(),
        _ => code.to_uppercase(),
    }
}

/// `west-germany` → West Germany; particles inside a name stay lower case.
fn title_case(code: &str) -> String {
    code.split('-')
        .enumerate()
        .map(|(index, word)| {
            if index > 0 && matches!(word, "de" | "la" | "del" | "von" | "van" | "and" | "of") {
                return word.to_string();
            }
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D><D>west-germany</D></PLACES>
<PEOPLE><D>james-baker</D></PEOPLE>
<ORGS><D>opec</D></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>&#5;&#5;&#5;C T</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA &lt;REVIEW&gt;</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued &amp; more.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TOPICS></TOPICS><PLACES></PLACES><PEOPLE></PEOPLE><ORGS></ORGS>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>STANDARD OIL &lt;SRD> TO FORM FINANCIAL UNIT
</TITLE>
Blah blah blah.
&#3;
</TEXT>
</REUTERS>
<REUTERS NEWID="3">
<DATE>31-FEB-1987 15:02:20.00</DATE>
<TEXT TYPE="UNPROC">&#2;
unprocessed wire text here
&#3;</TEXT>
</REUTERS>
"#;

    #[test]
    fn records_with_tags_decoded() {
        let (records, problems) = parse(SAMPLE);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 3);
        let first = &records[0].article;
        assert_eq!(first.record, 1);
        assert_eq!(first.title.as_deref(), Some("BAHIA COCOA <REVIEW>"));
        assert_eq!(first.body, "SALVADOR, Feb 26 - Showers continued & more.");
        assert_eq!(
            first.published.map(|d| d.to_string()).as_deref(),
            Some("1987-02-26")
        );
        assert_eq!(
            first.provided.places,
            vec!["El Salvador", "United States", "West Germany"]
        );
        assert_eq!(first.provided.people, vec!["James Baker"]);
        assert_eq!(first.provided.orgs, vec!["OPEC"]);
        assert_eq!(first.provided.topics, vec!["cocoa"]);
        assert_eq!(first.source.as_deref(), Some("Reuters"));
    }

    #[test]
    fn brief_unprocessed_and_malformed_dates() {
        let (records, _) = parse(SAMPLE);
        let brief = &records[1].article;
        assert_eq!(
            brief.title.as_deref(),
            Some("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT")
        );
        assert_eq!(brief.body, "");
        let unprocessed = &records[2];
        assert_eq!(unprocessed.article.body, "unprocessed wire text here");
        assert_eq!(unprocessed.article.published, None);
        assert_eq!(unprocessed.warnings.len(), 1);
    }

    #[test]
    fn truncated_record_is_reported() {
        let (records, problems) = parse("<REUTERS NEWID=\"9\">\n<TITLE>x</TITLE>");
        assert!(records.is_empty());
        assert_eq!(
            problems[0].to_string(),
            "record NEWID=9: truncated: no closing </REUTERS>"
        );
    }

    #[test]
    fn code_names() {
        assert_eq!(place_name("usa"), "United States");
        assert_eq!(place_name("hong-kong"), "Hong Kong");
        assert_eq!(person_name("de-la-madrid"), "De la Madrid");
        assert_eq!(org_name("imf"), "IMF");
    }
}
