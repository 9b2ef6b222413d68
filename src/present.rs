//! Rendering results for people: text for terminals and pipes (JSON is plain serde).

use std::fmt::Write;

use crate::eval::{
    CrossValidation, DatesEvaluation, MetadataEvaluation, NerEvaluation, TimexScores,
};
use crate::ingest::{Extracted, IndexReport};
use crate::search::{FacetCount, Highlighted, SearchRequest, SearchResponse, Stats, StoredArticle};

const BOLD: &str = "\x1b[1m";
const MATCH: &str = "\x1b[1;31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Text styling: ANSI colour on a terminal, plain otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Whether to emit ANSI escapes.
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("{code}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    fn highlight(&self, highlighted: &Highlighted) -> String {
        if !self.color {
            return highlighted.text.clone();
        }
        highlighted
            .pieces()
            .into_iter()
            .map(|(piece, is_match)| {
                if is_match {
                    self.paint(MATCH, piece)
                } else {
                    piece.to_string()
                }
            })
            .collect()
    }
}

/// A search response as numbered hits followed by facet counts.
pub fn search_text(response: &SearchResponse, request: &SearchRequest, style: Style) -> String {
    let offset = request.offset;
    let mut out = String::new();
    let query = response.query.trim();
    // A query with its own phrase quotes is shown as typed, not quoted again.
    let query = if query.is_empty() {
        "(all articles)".to_string()
    } else if query.contains('"') {
        query.to_string()
    } else {
        format!("\"{query}\"")
    };
    let _ = writeln!(
        out,
        "{} match {query} ({:.2} ms)",
        articles(response.total),
        response.took_ms
    );
    for (index, hit) in response.hits.iter().enumerate() {
        let title = hit
            .title
            .clone()
            .unwrap_or_else(|| "(untitled)".to_string());
        let _ = writeln!(
            out,
            "\n{:>3}. {}",
            offset + index + 1,
            style.paint(BOLD, &title)
        );
        let mut meta = Vec::new();
        if let Some(source) = &hit.source {
            meta.push(source.clone());
        }
        meta.push(
            hit.published
                .clone()
                .unwrap_or_else(|| "undated".to_string()),
        );
        meta.push(format!("id {}", hit.id));
        if let Some(source_id) = &hit.source_id {
            meta.push(format!("source id {source_id}"));
        }
        if hit.similar > 0 {
            meta.push(format!("{} similar", hit.similar));
        }
        let _ = writeln!(out, "     {}", style.paint(DIM, &meta.join(" · ")));
        let snippet = style.highlight(&hit.highlighted);
        if !snippet.is_empty() {
            let _ = writeln!(
                out,
                "     {}",
                snippet.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }
    if response.total as usize > offset + response.hits.len() && !response.hits.is_empty() {
        let _ = writeln!(
            out,
            "\n(showing {}-{}; --offset {} for more)",
            offset + 1,
            offset + response.hits.len(),
            offset + response.hits.len()
        );
    }
    // In the order asked (`--facets place,person`), each once.
    let mut shown = Vec::new();
    for name in request.facets.iter().map(|kind| kind.name()) {
        let Some(values) = response.facets.get(name) else {
            continue;
        };
        if shown.contains(&name) {
            continue;
        }
        shown.push(name);
        let _ = writeln!(out, "\n{}", style.paint(BOLD, name));
        write_counts(&mut out, values);
    }
    if let Some(buckets) = &response.timeline {
        let _ = writeln!(out, "\n{}", style.paint(BOLD, "timeline"));
        write_timeline(&mut out, buckets);
    }
    out
}

/// `newsdex entity`: the count, the timeline, and the company the entity keeps.
pub fn entity_text(profile: &crate::search::EntityProfile, style: Style) -> String {
    let mut out = String::new();
    let verb = if profile.articles == 1 {
        "names"
    } else {
        "name"
    };
    let _ = writeln!(
        out,
        "{} {verb} {} {}",
        articles(profile.articles),
        profile.facet,
        style.paint(BOLD, &profile.value)
    );
    let _ = writeln!(out, "\n{}", style.paint(BOLD, "timeline"));
    write_timeline(&mut out, &profile.timeline);
    for (name, title) in [
        ("person", "people"),
        ("place", "places"),
        ("org", "organizations"),
    ] {
        if let Some(values) = profile.related.get(name) {
            let _ = writeln!(
                out,
                "\n{}",
                style.paint(BOLD, &format!("{title} named with it"))
            );
            write_counts(&mut out, values);
        }
    }
    out
}

/// `newsdex eval duplicates`: the counts, then each sampled group's members.
pub fn grouping_text(report: &crate::eval::GroupingReport) -> String {
    let mut out = format!(
        "{}; {} groups of near-duplicates hold {} of them (largest {})\n",
        articles(report.articles),
        report.groups,
        report.grouped_articles,
        report.largest
    );
    for (k, group) in report.sample.iter().enumerate() {
        let _ = writeln!(out, "\ngroup {} ({} articles)", k + 1, group.len());
        for member in group {
            let _ = writeln!(
                out,
                "  {} {} | {}\n      {}",
                member.published.as_deref().unwrap_or("undated"),
                member.id,
                member.title.as_deref().unwrap_or("(untitled)"),
                member
                    .opening
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        }
    }
    out
}

/// A compact bar chart: one line per period, bars scaled to the busiest one.
fn write_timeline(out: &mut String, buckets: &[crate::search::TimelineBucket]) {
    const WIDTH: u64 = 40;
    if buckets.is_empty() {
        let _ = writeln!(out, "  (no dated hits)");
        return;
    }
    let most = buckets.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let count_width = most.to_string().len();
    for bucket in buckets {
        let length = (bucket.count * WIDTH).div_ceil(most) as usize;
        let _ = writeln!(
            out,
            "  {:<10} {:>count_width$} {}",
            bucket.period,
            bucket.count,
            "█".repeat(length)
        );
    }
}

fn write_counts(out: &mut String, values: &[FacetCount]) {
    if values.is_empty() {
        let _ = writeln!(out, "  (none)");
    }
    let width = values
        .iter()
        .map(|v| v.count.to_string().len())
        .max()
        .unwrap_or(1);
    for value in values {
        let _ = writeln!(out, "  {:>width$}  {}", value.count, value.value);
    }
}

/// "1 article", "2 articles".
fn articles(n: u64) -> String {
    if n == 1 {
        "1 article".to_string()
    } else {
        format!("{n} articles")
    }
}

/// An indexing summary.
pub fn report_text(report: &IndexReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} added, {} updated, {} removed, {} unchanged, {}{} skipped; {} in the index ({:.2} s)",
        if report.rebuilt {
            "built a new index"
        } else {
            "updated the index"
        },
        report.added,
        report.updated,
        report.removed,
        report.unchanged,
        if report.resumed > 0 {
            format!(
                "{} resumed (committed by an interrupted run), ",
                report.resumed
            )
        } else {
            String::new()
        },
        report.skipped.len(),
        articles(report.articles),
        report.took_ms / 1000.0
    );
    for skipped in &report.skipped {
        let _ = writeln!(out, "  skipped {}: {}", skipped.path, skipped.error);
    }
    for warning in &report.warnings {
        let _ = writeln!(out, "  warning {}: {}", warning.path, warning.error);
    }
    if !report.unused_fields.is_empty() {
        let fields: Vec<String> = report
            .unused_fields
            .iter()
            .map(|(field, records)| {
                format!(
                    "{field} ({records} record{})",
                    if *records == 1 { "" } else { "s" }
                )
            })
            .collect();
        let _ = writeln!(out, "  fields not used: {}", fields.join(", "));
    }
    out
}

/// Index statistics.
pub fn stats_text(stats: &Stats, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({} dated)", articles(stats.articles), stats.dated);
    if let (Some(from), Some(to)) = (&stats.published_from, &stats.published_to) {
        let _ = writeln!(out, "published {from} to {to}");
    }
    let _ = writeln!(out, "index {}", stats.generation);
    for (name, summary) in &stats.facets {
        let _ = writeln!(
            out,
            "\n{} ({} distinct)",
            style.paint(BOLD, name),
            summary.distinct
        );
        write_counts(&mut out, &summary.top);
    }
    out
}

/// A whole article with its metadata.
pub fn article_text(article: &StoredArticle, style: Style) -> String {
    let mut out = String::new();
    if let Some(title) = &article.title {
        let _ = writeln!(out, "{}", style.paint(BOLD, title));
    }
    let mut line = |label: &str, value: String| {
        if !value.is_empty() {
            let _ = writeln!(out, "{}: {value}", style.paint(DIM, label));
        }
    };
    line("id", article.id.clone());
    line("source id", article.source_id.clone().unwrap_or_default());
    line("source", article.source.clone().unwrap_or_default());
    line("published", article.published.clone().unwrap_or_default());
    line("url", article.url.clone().unwrap_or_default());
    line(
        "path",
        format!("{} (record {})", article.path, article.record),
    );
    line("people", article.people.join("; "));
    line("places", article.places.join("; "));
    line("orgs", article.orgs.join("; "));
    line("topics", article.topics.join("; "));
    line("authors", article.authors.join("; "));
    let _ = writeln!(out, "\n{}", article.body);
    out
}

/// `newsdex extract` as text: each article's metadata, then each entity with its mentions.
pub fn extracted_text(items: &[Extracted], style: Style) -> String {
    let mut out = String::new();
    for item in items {
        let article = &item.article;
        let _ = writeln!(
            out,
            "{} (record {}){}",
            style.paint(BOLD, &article.path),
            article.record,
            article
                .title
                .as_ref()
                .map(|t| format!(": {t}"))
                .unwrap_or_default()
        );
        let _ = writeln!(
            out,
            "  published {}",
            article
                .published
                .map(|d| d.to_string())
                .unwrap_or_else(|| "unknown".into())
        );
        for (label, values) in [
            ("people", &item.entities.people),
            ("orgs", &item.entities.orgs),
            ("topics", &item.entities.topics),
            ("authors", &article.provided.authors),
        ] {
            if !values.is_empty() {
                let _ = writeln!(out, "  {label}: {}", values.join("; "));
            }
        }
        if !item.entities.places.is_empty() {
            let names: Vec<&str> = item
                .entities
                .places
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            let _ = writeln!(out, "  places: {}", names.join("; "));
        }
        if !item.entities.dates.is_empty() {
            let _ = writeln!(out, "  dates:");
        }
        for timex in &item.entities.dates {
            let kind = serde_json::to_value(timex.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    {:>6}-{:<6} {:<8} {:<14} {}",
                timex.start, timex.end, kind, timex.value, timex.text
            );
        }
        out.push('\n');
    }
    out
}

/// `newsdex eval dates` as a table.
pub fn dates_evaluation_text(evaluation: &DatesEvaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} documents, {:.0} documents/s\n{:<6} {:>6} {:>6} {:>10} {:>11} {:>8}",
        evaluation.docs,
        evaluation.docs_per_s,
        "types",
        "gold",
        "system",
        "strict F1",
        "relaxed F1",
        "value F1"
    );
    let row = |out: &mut String, name: &str, scores: &TimexScores| {
        let _ = writeln!(
            out,
            "{:<6} {:>6} {:>6} {:>10.1} {:>11.1} {:>8.1}",
            name, scores.gold, scores.system, scores.strict_f1, scores.relaxed_f1, scores.value_f1
        );
    };
    row(&mut out, "DATE", &evaluation.date);
    row(&mut out, "all", &evaluation.all);
    for error in &evaluation.errors {
        let _ = writeln!(out, "{:>4}  {}", error.count, error.pattern);
    }
    out
}

/// `newsdex eval ner` as a table.
pub fn ner_evaluation_text(evaluation: &NerEvaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} tokens, {:.0} tokens/s\n{:<12} {:>7} {:>7} {:>7}   {:>7} {:>7} {:>7}",
        evaluation.tokens,
        evaluation.tokens_per_s,
        "mentions",
        "P",
        "R",
        "F1",
        "doc P",
        "doc R",
        "doc F1"
    );
    for (name, scores) in &evaluation.mention {
        let document = evaluation.document.get(name).copied().unwrap_or_default();
        let _ = writeln!(
            out,
            "{:<12} {:>7.2} {:>7.2} {:>7.2}   {:>7.2} {:>7.2} {:>7.2}",
            name, scores.p, scores.r, scores.f1, document.p, document.r, document.f1
        );
    }
    let caps = evaluation.all_caps;
    let _ = writeln!(
        out,
        "PER+LOC+ORG in ALL-CAPS sentences: P {:.2} R {:.2} F1 {:.2}",
        caps.p, caps.r, caps.f1
    );
    out
}

/// Extraction scored against provided metadata, then the most frequent errors kept in it.
pub fn metadata_evaluation_text(evaluation: &MetadataEvaluation) -> String {
    let mut out = format!(
        "{} articles with provided metadata, {:.0} articles/s\ncountry facet (countries the text is about): P {:.1} R {:.1} F1 {:.1}\nevery country a place is in: P {:.1} R {:.1} F1 {:.1}\npeople found by surname: {:.1}% of {}\ntagged people filed under two or more values: {}\n",
        evaluation.articles,
        evaluation.articles_per_s,
        evaluation.countries_about.p,
        evaluation.countries_about.r,
        evaluation.countries_about.f1,
        evaluation.places_country.p,
        evaluation.places_country.r,
        evaluation.places_country.f1,
        evaluation.people_surname_recall,
        evaluation.people,
        evaluation.people_split
    );
    for (title, rows) in [
        (
            "country facet values not tagged, articles",
            &evaluation.extra_countries,
        ),
        ("missed countries, articles", &evaluation.missed_countries),
    ] {
        if !rows.is_empty() {
            let lines: Vec<String> = rows
                .iter()
                .map(|(name, n)| format!("  {n:>5}  {name}"))
                .collect();
            let _ = writeln!(out, "{title}:\n{}", lines.join("\n"));
        }
    }
    out
}

/// `newsdex eval metadata --fit-countries`: cross-validated scores per threshold, then
/// the weights as the Rust table `src/extract/aboutness.rs` holds.
pub fn country_fit_text(fit: &crate::eval::CountryFit) -> String {
    let mut out = format!(
        "country facet by threshold, {}-fold cross-validation over articles:\n",
        fit.folds
    );
    for (threshold, score) in &fit.thresholds {
        let _ = writeln!(
            out,
            "  {threshold:.2}  P {:.1} R {:.1} F1 {:.1}",
            score.p, score.r, score.f1
        );
    }
    let weights: Vec<String> = fit.weights.iter().map(|w| format!("{w:.6}")).collect();
    let _ = writeln!(
        out,
        "weights fitted on every article:\npub const WEIGHTS: [f64; FEATURES + 1] = [{}];",
        weights.join(", ")
    );
    out
}

/// `newsdex eval ner-cv`: mention F1 per fold and type, then the mean and spread.
pub fn cross_validation_text(validation: &CrossValidation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<22} {:>6} {:>8} {:>6} {:>6} {:>6} {:>12} {:>9}",
        "held-out fold", "docs", "PER", "LOC", "ORG", "MISC", "PER+LOC+ORG", "ALL-CAPS"
    );
    for fold in &validation.folds {
        let f1 = |name: &str| fold.mention.get(name).map_or(0.0, |s| s.f1);
        let _ = writeln!(
            out,
            "{:<22} {:>6} {:>8.2} {:>6.2} {:>6.2} {:>6.2} {:>12.2} {:>9.2}",
            fold.name,
            fold.documents,
            f1("PER"),
            f1("LOC"),
            f1("ORG"),
            f1("MISC"),
            f1("PER+LOC+ORG"),
            fold.all_caps.f1
        );
    }
    let caps: Vec<f64> = validation.folds.iter().map(|f| f.all_caps.f1).collect();
    let _ = writeln!(
        out,
        "PER+LOC+ORG F1 in ALL-CAPS sentences: mean {:.2}",
        caps.iter().sum::<f64>() / caps.len().max(1) as f64
    );
    let _ = writeln!(
        out,
        "PER+LOC+ORG mention F1 over {} folds: mean {:.2}, spread (sd) {:.2}",
        validation.folds.len(),
        validation.mean_f1,
        validation.spread
    );
    out
}

/// The header row of `--format csv` and `/api/search.csv`.
pub const CSV_HEADER: &str = "id,published,source,title,url,people,places,orgs,topics\r\n";

/// One hit as a CSV row (RFC 4180: CRLF, fields with commas, quotes or line breaks
/// quoted); several values in one field are joined with "; ".
pub fn csv_row(hit: &crate::search::Hit) -> String {
    let optional = |value: &Option<String>| value.clone().unwrap_or_default();
    let fields = [
        hit.id.clone(),
        optional(&hit.published),
        optional(&hit.source),
        optional(&hit.title),
        optional(&hit.url),
        hit.people.join("; "),
        hit.places.join("; "),
        hit.orgs.join("; "),
        hit.topics.join("; "),
    ];
    let mut row = fields
        .iter()
        .map(|field| csv_field(field))
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

/// A CSV field, quoted when it must be. A text a spreadsheet would run as a formula
/// ("=HYPERLINK(…)", "+1", "@SUM") gets a leading apostrophe (OWASP's advice for CSV
/// exports), since headlines and names come from the files indexed.
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Where an Atom feed of a search lives and what it shows.
pub struct FeedLinks {
    /// The feed's own URL (its `id` and `rel="self"` link).
    pub feed_url: String,
    /// The search page showing the same search (`rel="alternate"`).
    pub page_url: String,
    /// The page's URL before `?`, to which `?article=ID` is added for each entry's link.
    pub page_base: String,
}

/// A search's hits as an Atom 1.0 feed (RFC 4287), newest first as asked: one entry per
/// hit with its title, a link to the article on the page, its publication date and the
/// snippet. An undated article's date is the epoch, so a feed reader polling the feed
/// sees no change where there is none.
pub fn atom_feed(response: &SearchResponse, links: &FeedLinks) -> String {
    const UNDATED: &str = "1970-01-01T00:00:00Z";
    let timestamp = |day: &Option<String>| {
        day.as_deref()
            .map_or(UNDATED.to_string(), |day| format!("{day}T00:00:00Z"))
    };
    let updated = response
        .hits
        .iter()
        .filter_map(|hit| hit.published.clone())
        .max()
        .map_or(UNDATED.to_string(), |day| format!("{day}T00:00:00Z"));
    let query = response.query.trim();
    let title = if query.is_empty() {
        "newsdex: all articles".to_string()
    } else {
        format!("newsdex: {query}")
    };
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let _ = writeln!(out, "  <title>{}</title>", xml_text(&title));
    let _ = writeln!(out, "  <id>{}</id>", xml_text(&links.feed_url));
    let _ = writeln!(out, "  <updated>{updated}</updated>");
    out.push_str("  <author><name>newsdex</name></author>\n");
    out.push_str("  <generator>newsdex</generator>\n");
    let _ = writeln!(
        out,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        xml_text(&links.feed_url)
    );
    let _ = writeln!(
        out,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        xml_text(&links.page_url)
    );
    for hit in &response.hits {
        let link = format!(
            "{}?article={}",
            links.page_base,
            form_urlencoded::byte_serialize(hit.id.as_bytes()).collect::<String>()
        );
        let when = timestamp(&hit.published);
        out.push_str("  <entry>\n");
        let _ = writeln!(
            out,
            "    <title>{}</title>",
            xml_text(hit.title.as_deref().unwrap_or("(untitled)"))
        );
        let _ = writeln!(out, "    <id>{}</id>", xml_text(&link));
        let _ = writeln!(
            out,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            xml_text(&link)
        );
        let _ = writeln!(out, "    <published>{when}</published>");
        let _ = writeln!(out, "    <updated>{when}</updated>");
        if let Some(source) = &hit.source {
            let _ = writeln!(
                out,
                "    <author><name>{}</name></author>",
                xml_text(source)
            );
        }
        for topic in &hit.topics {
            let _ = writeln!(out, "    <category term=\"{}\"/>", xml_text(topic));
        }
        // The snippet is HTML (its matches in <mark>), escaped once more as Atom asks.
        let _ = writeln!(
            out,
            "    <summary type=\"html\">{}</summary>",
            xml_text(&hit.snippet)
        );
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// Text for XML content or attributes: markup characters escaped (as for HTML), and the
/// control characters XML 1.0 cannot carry at all left out (article text may hold them).
fn xml_text(text: &str) -> String {
    let carried: String = text
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (c as u32 >= 0x20 && !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        })
        .collect();
    crate::search::escape_html(&carried)
}
