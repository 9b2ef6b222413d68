//! The `newsdex` command line: a thin layer over the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use newsdex::ingest::{self, DEFAULT_CORPUS, DEFAULT_INDEX};
use newsdex::present::{self, Style};
use newsdex::{
    Corpus, CorpusOptions, FacetKind, Granularity, IndexError, IndexOptions, Indexer, IngestError,
    NewsIndex, Period, SearchError, SearchRequest, SortOrder,
};

// mimalloc: extraction allocates many small strings per token; measured faster than the
// system allocator on the Reuters index (see the commit).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "newsdex",
    version,
    about = "Full-text search over news articles, with people, places, organizations, sources and dates as facets.",
    after_help = "Examples:\n  newsdex index                                   index ./corpus into ./index\n  newsdex index --corpus ../shared/corpora/reuters21578 --index /tmp/reuters\n  newsdex search ceasefire --facets person,place\n  newsdex search '\"interest rates\" -japan' --place 'United States' --from 1987-03 --to 1987-04\n  newsdex show 1a2b3c4d5e6f7a8b"
)]
struct Cli {
    /// Colour in text output: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, global = true, value_enum, default_value = "auto")]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

/// When text output is coloured.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set to a non-empty value
    Auto,
    /// Always, even into a pipe
    Always,
    /// Never
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Index a corpus (incrementally unless --rebuild).
    #[command(
        after_help = "Examples:\n  newsdex index\n  newsdex index --corpus news/ --corpus wires/ --index /data/newsdex\n  newsdex index --corpus ../shared/corpora/bbc --topic-from-folder --rebuild"
    )]
    Index(IndexArgs),
    /// Search the index.
    #[command(
        after_help = "Query syntax: words (all required), \"exact phrases\", OR, NOT or -word, (groups),\nfield:word for title, body, person, place, org, source, topic, author.\n\nExamples:\n  newsdex search ceasefire --facets person,place\n  newsdex search 'oil OR gas' --source Reuters --sort newest --limit 5\n  newsdex search --place japan --facets topic,year --limit 0\n  newsdex search ceasefire --mentions 2022-02 --timeline month\n  newsdex search 'person:putin talks' --format json"
    )]
    Search(Box<SearchArgs>),
    /// Show one article with its metadata.
    Show(ShowArgs),
    /// A person, place, country or organization's page: articles, timeline, company kept.
    #[command(
        after_help = "Examples:\n  newsdex entity person \"Vladimir Putin\"\n  newsdex entity place Ukraine --query ceasefire --from 2025-05\n  newsdex entity org opec --top 5 --format json"
    )]
    Entity(Box<EntityArgs>),
    /// Summarize the index: articles, dates, top facet values.
    Stats(StatsArgs),
    /// Show what the indexer extracts from article files (entities, dates with offsets).
    #[command(
        after_help = "Examples:\n  newsdex extract corpus/000_3103284c3c302c6a.txt\n  newsdex extract story.txt --published 2025-05-15 --format json"
    )]
    Extract(ExtractArgs),
    /// Serve the JSON API and the web page.
    #[command(
        after_help = "Examples:\n  newsdex serve                      http://127.0.0.1:7700\n  newsdex serve --index /tmp/reuters --addr 127.0.0.1:8080"
    )]
    Serve(ServeArgs),
    /// Train the named-entity tagger (writes data/ner.model, which the build embeds).
    #[command(
        name = "train-ner",
        after_help = "Examples:\n  newsdex train-ner --train ../shared/corpora/conll2003/eng.train --dev ../shared/corpora/conll2003/eng.testa\n  newsdex train-ner --train ../shared/corpora/conll2003/eng.train --train ../shared/corpora/conll2003/eng.testa"
    )]
    TrainNer(TrainNerArgs),
    /// Learn word clusters from unlabelled text (writes data/clusters.tsv, used by the tagger).
    #[command(
        name = "train-clusters",
        after_help = "Example:\n  newsdex train-clusters --conll ../shared/corpora/conll2003/eng.train --corpus ../shared/corpora/reuters21578 --corpus ../shared/corpora/bbc"
    )]
    TrainClusters(TrainClustersArgs),
    /// Score the extractors against annotated corpora.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  newsdex completions bash > ~/.local/share/bash-completion/completions/newsdex\n  newsdex completions zsh > ~/.zfunc/_newsdex\n  newsdex completions fish > ~/.config/fish/completions/newsdex.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write one page per command into a folder.
    #[command(
        after_help = "Examples:\n  newsdex man | man -l -\n  newsdex man --out-dir /usr/local/share/man/man1"
    )]
    Man(ManArgs),
}

#[derive(Args)]
struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

#[derive(Args)]
struct ManArgs {
    /// Write newsdex.1 and a page per command (newsdex-search.1, …) into this folder
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

#[derive(Args)]
struct ExtractArgs {
    /// Article files (any format newsdex reads)
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Publication date to resolve relative dates against, overriding the file's
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    published: Option<chrono::NaiveDate>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on; loopback unless you choose otherwise
    #[arg(long, default_value = "127.0.0.1:7700", value_name = "HOST:PORT")]
    addr: std::net::SocketAddr,
    /// Also answer requests for this host name (besides IP addresses and localhost);
    /// repeatable. Other names are refused, against DNS rebinding
    #[arg(long, value_name = "NAME")]
    allow_host: Vec<String>,
    /// Seconds a client has to send its request head; slower and idle connections are closed
    #[arg(long, value_name = "SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_timeout: u64,
    /// Seconds one request may take to answer
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    request_timeout: u64,
    #[command(flatten)]
    location: IndexLocation,
}

#[derive(Subcommand)]
enum EvalCommand {
    /// The named-entity tagger against a CoNLL-2003 file (conlleval mention F1, document F1).
    #[command(
        after_help = "Example:\n  newsdex eval ner --conll ../shared/corpora/conll2003/eng.testa"
    )]
    Ner(EvalNerArgs),
    /// Extraction from text against the metadata files provide (Reuters tags).
    #[command(
        after_help = "Example:\n  newsdex eval metadata --corpus ../shared/corpora/reuters21578"
    )]
    Metadata(EvalMetadataArgs),
    /// Cross-validate the tagger: train without each fold, score on it (mean and spread).
    #[command(
        name = "ner-cv",
        after_help = "Example:\n  newsdex eval ner-cv --train ../shared/corpora/conll2003/eng.train --folds 5 --fold ../shared/corpora/conll2003/eng.testa --members 1"
    )]
    NerCv(EvalNerCvArgs),
    /// Temporal tagging against a TimeML JSONL file (TempEval-3 style scores).
    #[command(
        after_help = "Example:\n  newsdex eval dates --gold ../shared/corpora/timeml/tbaq_train.jsonl --part check"
    )]
    Dates(EvalDatesArgs),
    /// How an index groups wire copy sent again: counts, and a sample of groups to check.
    #[command(
        after_help = "Example:\n  newsdex eval duplicates --index /tmp/reuters --sample 50 --seed 1"
    )]
    Duplicates(EvalDuplicatesArgs),
}

#[derive(Args)]
struct EvalDuplicatesArgs {
    /// Groups drawn at random for a hand check
    #[arg(long, default_value_t = 50, value_name = "N")]
    sample: usize,
    /// Seed of the draw
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    #[command(flatten)]
    location: IndexLocation,
}

#[derive(Args)]
struct EvalNerArgs {
    /// CoNLL-2003 format file (token POS chunk NER per line)
    #[arg(long, value_name = "FILE")]
    conll: PathBuf,
    /// A model file from train-ner to score instead of the built-in one
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
}

/// How the tagger is trained (train-ner, eval ner-cv).
#[derive(Args)]
struct TrainingSettings {
    /// Passes over the training data
    #[arg(long, default_value_t = 15)]
    epochs: usize,
    /// Seed of the training order shuffle (another seed gives another, equally good model)
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Models trained with successive seeds and averaged into one (steadier than one)
    #[arg(long, default_value_t = 4)]
    members: usize,
}

#[derive(Args)]
struct EvalNerCvArgs {
    /// CoNLL-2003 file split into folds by document
    #[arg(long, value_name = "FILE")]
    train: PathBuf,
    /// Folds the training file is split into
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(2..=20))]
    folds: u64,
    /// Another CoNLL file used as one more fold (repeatable)
    #[arg(long, value_name = "FILE")]
    fold: Vec<PathBuf>,
    /// Folds of consecutive documents (each a stretch of days the others did not cover)
    /// instead of every k-th document
    #[arg(long)]
    contiguous: bool,
    #[command(flatten)]
    training: TrainingSettings,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
}

#[derive(Args)]
struct EvalMetadataArgs {
    /// Corpus whose files provide places and people
    #[arg(long, value_name = "DIR")]
    corpus: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    /// List the N most frequent untagged and missed countries of the country facet
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
    /// Refit the country-aboutness model on the corpus's tags and print its weights
    /// with the cross-validated precision and recall of each threshold
    #[arg(long)]
    fit_countries: bool,
}

#[derive(Args)]
struct TrainClustersArgs {
    /// CoNLL files whose tokens (not labels) are used; repeatable
    #[arg(long, value_name = "FILE")]
    conll: Vec<PathBuf>,
    /// Corpus folders whose article texts are used; repeatable
    #[arg(long, value_name = "DIR")]
    corpus: Vec<PathBuf>,
    /// Number of clusters, once per granularity (coarse first); the tagger uses two
    #[arg(long, value_delimiter = ',', default_values_t = [256, 1024])]
    clusters: Vec<usize>,
    /// Where to write the table
    #[arg(long, value_name = "FILE", default_value = "data/clusters.tsv")]
    out: PathBuf,
}

#[derive(Args)]
struct TrainNerArgs {
    /// Training file in CoNLL-2003 format; repeat to train on several (eng.train and
    /// eng.testa, once settings are chosen by `eval ner-cv`)
    #[arg(
        long,
        value_name = "FILE",
        default_value = "../shared/corpora/conll2003/eng.train",
        action = clap::ArgAction::Append
    )]
    train: Vec<PathBuf>,
    /// Development file, scored after every pass
    #[arg(long, value_name = "FILE")]
    dev: Option<PathBuf>,
    #[command(flatten)]
    training: TrainingSettings,
    /// Where to write the model
    #[arg(long, value_name = "FILE", default_value = "data/ner.model")]
    out: PathBuf,
}

#[derive(Args)]
struct EvalDatesArgs {
    /// Gold file: one JSON document per line with id, dct, text, timexes
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// Documents to score: all, dev (4 of 5, used for tuning) or check (every 5th, held out)
    #[arg(long, value_enum, default_value = "all")]
    part: newsdex::eval::Part,
    /// Also list the N most frequent disagreements
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum OutputFormat {
    Text,
    Json,
}

#[derive(Args)]
struct IndexLocation {
    /// Index folder [default: index]
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,
}

impl IndexLocation {
    fn path(&self) -> PathBuf {
        self.index
            .clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_INDEX))
    }
}

#[derive(Args)]
struct IndexArgs {
    /// Corpus folder or file; repeat for several [default: corpus]
    #[arg(long, value_name = "DIR")]
    corpus: Vec<PathBuf>,
    #[command(flatten)]
    location: IndexLocation,
    /// Build a fresh index and switch to it atomically
    #[arg(long)]
    rebuild: bool,
    /// Use each file's folder (below the corpus root) as its topic
    #[arg(long)]
    topic_from_folder: bool,
    /// Text of one article tagged for people, places, organizations and dates; the rest
    /// of a longer article is searchable but not tagged [default: 8 MiB]
    #[arg(long, value_name = "BYTES")]
    max_article_bytes: Option<usize>,
    /// What to find in the text besides the files' own metadata: all (people, places,
    /// organizations, dates), dates, or none (feeds tagged already; fastest)
    #[arg(long, value_enum, default_value = "all")]
    extract: newsdex::extract::Extraction,
    /// Commit what is written at most every SECONDS during a long run: a run that is
    /// killed keeps what it committed, and the next run goes on from there
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    commit_every: f64,
    /// JSONL files larger than this are read in chunks (for tests) [default: 64 MiB]
    #[arg(long, value_name = "BYTES", hide = true)]
    stream_above: Option<u64>,
    /// Summary format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
}

#[derive(Args)]
struct SearchArgs {
    /// Query words (joined with spaces); empty lists everything the filters allow.
    /// A query that starts with '-' goes after '--': newsdex search -- -word other
    query: Vec<String>,
    #[command(flatten)]
    filters: FilterArgs,
    /// Facets to count among all hits: person,place,country,continent,org,source,topic,author,year,month,mentioned
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    facets: Vec<FacetKind>,
    /// Add a histogram of the hits' publication dates
    #[arg(long, value_enum, value_name = "PERIOD")]
    timeline: Option<Granularity>,
    /// Values shown per facet
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
    /// Hit order
    #[arg(long, value_enum, default_value = "relevance")]
    sort: SortOrder,
    /// Hits per page (0: only the count and facets) [default: 10; csv: every hit, at most 10000]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=10_000))]
    limit: Option<u64>,
    /// Hits to skip, for paging
    #[arg(long, default_value_t = 0, value_name = "N")]
    offset: usize,
    /// Show each story sent many times (wire copy, updates, corrections) once, by its best
    /// hit, with how many similar articles the index holds
    #[arg(long)]
    collapse: bool,
    /// Output format: text, json, or csv (one row per hit: id, published, source, title,
    /// url, people, places, orgs, topics)
    #[arg(long, value_enum, default_value = "text")]
    format: SearchFormat,
    #[command(flatten)]
    location: IndexLocation,
}

#[derive(Args)]
struct EntityArgs {
    /// person, place, country or org
    #[arg(value_parser = entity_facet)]
    facet: FacetKind,
    /// The name (any case; a word of it is enough: putin)
    value: String,
    /// Only articles matching this query (the search's syntax)
    #[arg(long, value_name = "QUERY", default_value = "")]
    query: String,
    #[command(flatten)]
    filters: FilterArgs,
    /// People, places and organizations listed beside it, per kind
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
    /// Timeline periods
    #[arg(long, value_enum, default_value = "month", value_name = "PERIOD")]
    timeline: Granularity,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    #[command(flatten)]
    location: IndexLocation,
}

/// The facets that have entity pages.
fn entity_facet(name: &str) -> Result<FacetKind, String> {
    FacetKind::parse(name)
        .filter(|kind| kind.has_entity_pages())
        .ok_or_else(|| format!("'{name}' has no entity pages: person, place, country or org"))
}

/// The filters a search and an entity page share.
#[derive(Args)]
struct FilterArgs {
    /// Only articles mentioning this person (repeatable)
    #[arg(long, value_name = "NAME")]
    person: Vec<String>,
    /// Only articles naming this place or a place inside it (repeatable)
    #[arg(long, value_name = "NAME")]
    place: Vec<String>,
    /// Only articles about this country, as the country facet counts them: tagged
    /// with it, or naming it prominently (repeatable)
    #[arg(long, value_name = "NAME")]
    country: Vec<String>,
    /// Only articles mentioning this organization (repeatable)
    #[arg(long, value_name = "NAME")]
    org: Vec<String>,
    /// Only articles from this source (repeatable)
    #[arg(long, value_name = "NAME")]
    source: Vec<String>,
    /// Only articles with this topic (repeatable)
    #[arg(long, value_name = "NAME")]
    topic: Vec<String>,
    /// Only articles by this author (repeatable)
    #[arg(long, value_name = "NAME")]
    author: Vec<String>,
    /// Leave out articles mentioning this person (repeatable)
    #[arg(long = "not-person", value_name = "NAME")]
    not_person: Vec<String>,
    /// Leave out articles naming this place or a place inside it (repeatable)
    #[arg(long = "not-place", value_name = "NAME")]
    not_place: Vec<String>,
    /// Leave out articles about this country (repeatable)
    #[arg(long = "not-country", value_name = "NAME")]
    not_country: Vec<String>,
    /// Leave out articles mentioning this organization (repeatable)
    #[arg(long = "not-org", value_name = "NAME")]
    not_org: Vec<String>,
    /// Leave out articles from this source (repeatable)
    #[arg(long = "not-source", value_name = "NAME")]
    not_source: Vec<String>,
    /// Leave out articles with this topic (repeatable)
    #[arg(long = "not-topic", value_name = "NAME")]
    not_topic: Vec<String>,
    /// Leave out articles by this author (repeatable)
    #[arg(long = "not-author", value_name = "NAME")]
    not_author: Vec<String>,
    /// Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    from: Option<Period>,
    /// Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    to: Option<Period>,
    /// Only articles that talk about this period (YYYY, YYYY-MM or YYYY-MM-DD; repeatable)
    #[arg(long, value_name = "DATE")]
    mentions: Vec<Period>,
}

impl FilterArgs {
    /// The request these filters make, with `query`; paging and facets are the caller's.
    fn request(&self, query: String) -> SearchRequest {
        let pick = |lists: [(FacetKind, &Vec<String>); 7]| {
            lists
                .into_iter()
                .flat_map(|(kind, values)| values.iter().map(move |value| (kind, value.clone())))
                .collect::<Vec<_>>()
        };
        SearchRequest {
            query,
            filters: pick([
                (FacetKind::Person, &self.person),
                (FacetKind::Place, &self.place),
                (FacetKind::Country, &self.country),
                (FacetKind::Org, &self.org),
                (FacetKind::Source, &self.source),
                (FacetKind::Topic, &self.topic),
                (FacetKind::Author, &self.author),
            ]),
            exclusions: pick([
                (FacetKind::Person, &self.not_person),
                (FacetKind::Place, &self.not_place),
                (FacetKind::Country, &self.not_country),
                (FacetKind::Org, &self.not_org),
                (FacetKind::Source, &self.not_source),
                (FacetKind::Topic, &self.not_topic),
                (FacetKind::Author, &self.not_author),
            ]),
            from: self.from,
            to: self.to,
            mentions: self.mentions.clone(),
            ..SearchRequest::default()
        }
    }
}

/// How search results are printed.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SearchFormat {
    /// Numbered hits, snippets and facet counts
    Text,
    /// The API's JSON
    Json,
    /// A spreadsheet's rows (facets and timeline left out)
    Csv,
}

#[derive(Args)]
struct ShowArgs {
    /// Article id, as printed by search
    id: String,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    #[command(flatten)]
    location: IndexLocation,
}

#[derive(Args)]
struct StatsArgs {
    /// Values shown per facet
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    #[command(flatten)]
    location: IndexLocation,
}

fn parse_day(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a day: use YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    COLOR.get_or_init(|| cli.color);
    let result = match cli.command {
        Command::Index(args) => run_index(args),
        Command::Search(args) => run_search(*args),
        Command::Show(args) => run_show(args),
        Command::Entity(args) => run_entity(*args),
        Command::Stats(args) => run_stats(args),
        Command::Extract(args) => run_extract(args),
        Command::Serve(args) => run_serve(args),
        Command::Eval(EvalCommand::Dates(args)) => run_eval_dates(args),
        Command::Eval(EvalCommand::Duplicates(args)) => run_eval_duplicates(args),
        Command::Eval(EvalCommand::Ner(args)) => run_eval_ner(args),
        Command::Eval(EvalCommand::NerCv(args)) => run_eval_ner_cv(args),
        Command::Eval(EvalCommand::Metadata(args)) => run_eval_metadata(args),
        Command::TrainNer(args) => run_train_ner(args),
        Command::TrainClusters(args) => run_train_clusters(args),
        Command::Completions(args) => run_completions(args),
        Command::Man(args) => run_man(args),
    };
    match result {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("newsdex: error: {}", error_text(&error));
            // A malformed query is a usage error, like a bad flag.
            let is_query_error = matches!(
                error.downcast_ref::<SearchError>(),
                Some(SearchError::Query { .. })
            );
            ExitCode::from(if is_query_error { 2 } else { 1 })
        }
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    print_out(&text)
}

/// Writes to standard output; a closed pipe (`| head`) surfaces as an error that `main`
/// turns into a quiet exit, where `print!` would panic.
fn print_out(text: &str) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The error and its causes, each said once (library errors often quote their cause),
/// then the command that mends it where there is one.
fn error_text(error: &anyhow::Error) -> String {
    let mut text = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    if let Some(hint) = command_hint(error) {
        text.push_str(&hint);
    }
    text
}

/// What to run about an index error: the library names no commands, the binary does.
fn command_hint(error: &anyhow::Error) -> Option<String> {
    let index_error = error.chain().find_map(|cause| {
        cause
            .downcast_ref::<IndexError>()
            .or_else(|| match cause.downcast_ref() {
                Some(IngestError::Index(inner)) => Some(inner),
                _ => None,
            })
    });
    match index_error {
        Some(IndexError::NotFound(path)) => {
            Some(format!(" (build one with: newsdex index --index {path})"))
        }
        Some(IndexError::SchemaMismatch { path, .. }) => Some(format!(
            ": rebuild it with 'newsdex index --rebuild --index {path}'"
        )),
        _ => error
            .chain()
            .any(|cause| {
                matches!(
                    cause.downcast_ref(),
                    Some(IngestError::NothingToBuildFrom { .. })
                )
            })
            .then(|| "; run 'newsdex index --corpus DIR' first".to_string()),
    }
}

/// Whether an error is standard output having been closed by the reader.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The `--color` choice, set once from the command line.
static COLOR: std::sync::OnceLock<ColorChoice> = std::sync::OnceLock::new();

fn stdout_style() -> Style {
    let choice = COLOR.get().copied().unwrap_or(ColorChoice::Auto);
    Style {
        color: wants_color(
            choice,
            std::io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
        ),
    }
}

/// Whether to colour: `--color` first; under auto, a terminal and no NO_COLOR with a
/// value (no-color.org: an empty NO_COLOR does not count).
fn wants_color(choice: ColorChoice, terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && no_color.is_none_or(|value| value.is_empty()),
    }
}

fn run_completions(args: CompletionsArgs) -> Result<ExitCode> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "newsdex", &mut script);
    print_out(&String::from_utf8_lossy(&script))?;
    Ok(ExitCode::SUCCESS)
}

fn run_man(args: ManArgs) -> Result<ExitCode> {
    let command = Cli::command();
    match args.out_dir {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command).render(&mut page)?;
            print_out(&String::from_utf8_lossy(&page))?;
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            clap_mangen::generate_to(command, &dir)
                .with_context(|| format!("cannot write manual pages into {}", dir.display()))?;
            eprintln!("wrote manual pages into {}", dir.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_index(args: IndexArgs) -> Result<ExitCode> {
    let corpus_dirs = if args.corpus.is_empty() {
        vec![PathBuf::from(DEFAULT_CORPUS)]
    } else {
        args.corpus
    };
    let corpus = Corpus::new(
        corpus_dirs,
        CorpusOptions {
            topic_from_folder: args.topic_from_folder,
        },
    );
    let options = IndexOptions {
        rebuild: args.rebuild,
        progress: true,
        max_tagged_bytes: args.max_article_bytes,
        extraction: args.extract,
        commit_interval: Some(
            std::time::Duration::try_from_secs_f64(args.commit_every)
                .map_err(|_| anyhow::anyhow!("--commit-every must be a number of seconds"))?,
        ),
        stream_above_bytes: args.stream_above,
    };
    let report = Indexer::run(&args.location.path(), &corpus, &options)?;
    match args.format {
        OutputFormat::Json => print_json(&report)?,
        OutputFormat::Text => print_out(&present::report_text(&report))?,
    }
    // Every input skipped (a lone unsupported file named on the command line): a failure.
    let kept = report.added + report.updated + report.unchanged + report.resumed;
    if kept == 0 && !report.skipped.is_empty() {
        eprintln!(
            "newsdex: error: nothing was indexed: all {} input(s) were skipped",
            report.skipped.len()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens the index; the default index is built from the default corpus on first use.
fn open_index(location: &IndexLocation) -> Result<NewsIndex> {
    let path = location.path();
    if location.index.is_some() {
        return NewsIndex::open(&path)
            .with_context(|| format!("cannot open the index at {}", path.display()));
    }
    let opened = ingest::open_default_index(|reason| {
        eprintln!("newsdex: {reason}; indexing {DEFAULT_CORPUS}/ into {DEFAULT_INDEX}/ first")
    });
    let (index, report) = match opened {
        Err(error @ IngestError::Index(_)) => {
            return Err(error).with_context(|| format!("cannot open the index at {DEFAULT_INDEX}"));
        }
        other => other?,
    };
    if let Some(report) = report {
        eprint!("{}", present::report_text(&report));
    }
    Ok(index)
}

fn run_search(args: SearchArgs) -> Result<ExitCode> {
    let index = open_index(&args.location)?;
    let request = SearchRequest {
        facets: args.facets,
        top: args.top,
        sort: args.sort,
        limit: args.limit.unwrap_or(10) as usize,
        offset: args.offset,
        timeline: args.timeline,
        collapse: args.collapse,
        ..args.filters.request(args.query.join(" "))
    };
    if args.format == SearchFormat::Csv {
        let rows = args
            .limit
            .map_or(newsdex::search::EXPORT_LIMIT, |limit| limit as usize);
        return export_csv(&index, &request, rows);
    }
    let response = newsdex::search(&index, &request)?;
    match args.format {
        SearchFormat::Json | SearchFormat::Csv => print_json(&response)?,
        SearchFormat::Text => {
            print_out(&present::search_text(&response, &request, stdout_style()))?
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the hits as CSV as they come, a page at a time.
fn export_csv(
    index: &newsdex::index::NewsIndex,
    request: &SearchRequest,
    rows: usize,
) -> Result<ExitCode> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    out.write_all(present::CSV_HEADER.as_bytes())?;
    let mut write_error = None;
    newsdex::search::for_each_hit(index, request, rows, |hit| {
        match out.write_all(present::csv_row(hit).as_bytes()) {
            Ok(()) => std::ops::ControlFlow::Continue(()),
            Err(error) => {
                write_error = Some(error);
                std::ops::ControlFlow::Break(())
            }
        }
    })?;
    if let Some(error) = write_error {
        return Err(error.into());
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn run_entity(args: EntityArgs) -> Result<ExitCode> {
    let index = open_index(&args.location)?;
    let within = args.filters.request(args.query.clone());
    let profile = newsdex::search::entity_profile(
        &index,
        args.facet,
        &args.value,
        &within,
        args.top,
        args.timeline,
    )?;
    match args.format {
        OutputFormat::Json => print_json(&profile)?,
        OutputFormat::Text => print_out(&present::entity_text(&profile, stdout_style()))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_eval_duplicates(args: EvalDuplicatesArgs) -> Result<ExitCode> {
    let index = open_index(&args.location)?;
    let report = newsdex::eval::grouping_report(&index, args.sample, args.seed)?;
    match args.format {
        OutputFormat::Json => print_json(&report)?,
        OutputFormat::Text => print_out(&present::grouping_text(&report))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_show(args: ShowArgs) -> Result<ExitCode> {
    let index = open_index(&args.location)?;
    let Some(article) = newsdex::search::article(&index, &args.id)? else {
        bail!("no article with id '{}'", args.id);
    };
    match args.format {
        OutputFormat::Json => print_json(&article)?,
        OutputFormat::Text => print_out(&present::article_text(&article, stdout_style()))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_stats(args: StatsArgs) -> Result<ExitCode> {
    let index = open_index(&args.location)?;
    let stats = newsdex::search::stats(&index, args.top)?;
    match args.format {
        OutputFormat::Json => print_json(&stats)?,
        OutputFormat::Text => print_out(&present::stats_text(&stats, stdout_style()))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_extract(args: ExtractArgs) -> Result<ExitCode> {
    let files = ingest::extract_files(&args.files, args.published)?;
    for skipped in &files.skipped {
        eprintln!("newsdex: skipped {skipped}");
    }
    match args.format {
        OutputFormat::Json => print_json(&files.extracted)?,
        OutputFormat::Text => {
            print_out(&present::extracted_text(&files.extracted, stdout_style()))?
        }
    }
    // Like cat: what could be read is printed, and a file that could not fails the run.
    Ok(if files.failed_files > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_eval_dates(args: EvalDatesArgs) -> Result<ExitCode> {
    let evaluation = newsdex::eval::evaluate_dates(&args.gold, args.part, args.errors)?;
    match args.format {
        OutputFormat::Json => print_json(&evaluation)?,
        OutputFormat::Text => print_out(&present::dates_evaluation_text(&evaluation))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_serve(args: ServeArgs) -> Result<ExitCode> {
    // Builds the default index on first use, like search.
    drop(open_index(&args.location)?);
    let root = args.location.path();
    let runtime = tokio::runtime::Runtime::new().context("cannot start the server runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let bound = listener.local_addr()?;
        eprintln!("newsdex: serving {} on http://{bound}/", root.display());
        let options = newsdex::server::ServeOptions {
            allowed_hosts: newsdex::server::AllowedHosts(args.allow_host),
            limits: newsdex::server::ConnectionLimits {
                header_timeout: std::time::Duration::from_secs(args.header_timeout),
                request_timeout: std::time::Duration::from_secs(args.request_timeout),
                ..Default::default()
            },
        };
        newsdex::server::serve(listener, &root, options).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn run_eval_ner(args: EvalNerArgs) -> Result<ExitCode> {
    let documents = newsdex::extract::conll::read_conll(&args.conll)?;
    let model = match &args.model {
        Some(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            newsdex::extract::ner::NerModel::from_bytes(&bytes)
                .with_context(|| path.display().to_string())?
        }
        None => newsdex::extract::ner::NerModel::bundled()?,
    };
    let gazetteer = newsdex::extract::gazetteer::Gazetteer::load();
    let evaluation = newsdex::eval::evaluate_ner(&model, &gazetteer, &documents);
    match args.format {
        OutputFormat::Json => print_json(&evaluation)?,
        OutputFormat::Text => print_out(&present::ner_evaluation_text(&evaluation))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_eval_ner_cv(args: EvalNerCvArgs) -> Result<ExitCode> {
    use newsdex::extract::conll::read_conll;
    use newsdex::extract::ner::NerModel;
    let name = |path: &std::path::Path| {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let train = read_conll(&args.train)?;
    let k = args.folds as usize;
    let mut folds: Vec<(String, Vec<_>)> = newsdex::eval::split_folds(train, k, args.contiguous)
        .into_iter()
        .enumerate()
        .map(|(i, documents)| (format!("{} {}/{k}", name(&args.train), i + 1), documents))
        .collect();
    for file in &args.fold {
        folds.push((name(file), read_conll(file)?));
    }
    let gazetteer = newsdex::extract::gazetteer::Gazetteer::load();
    let validation = newsdex::eval::cross_validate_ner(&folds, &gazetteer, |fold, documents| {
        eprintln!(
            "fold {}/{}: training on {} documents",
            fold + 1,
            folds.len(),
            documents.len()
        );
        NerModel::train(
            documents,
            args.training.epochs,
            args.training.seed,
            args.training.members,
            &gazetteer,
            |_, _, _| {},
        )
    });
    match args.format {
        OutputFormat::Json => print_json(&validation)?,
        OutputFormat::Text => print_out(&present::cross_validation_text(&validation))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_train_ner(args: TrainNerArgs) -> Result<ExitCode> {
    use newsdex::extract::conll::read_conll;
    use newsdex::extract::ner::{NerModel, Stage};
    let mut train = Vec::new();
    for path in &args.train {
        train.extend(read_conll(path)?);
    }
    let dev = args.dev.as_deref().map(read_conll).transpose()?;
    let gazetteer = newsdex::extract::gazetteer::Gazetteer::load();
    eprintln!(
        "training on {} documents, {} passes",
        train.len(),
        args.training.epochs
    );
    // The model of a report is built only when it is scored on the dev file.
    let report = |stage, epoch, model: &dyn Fn() -> NerModel| {
        let stage = match stage {
            Stage::Fold(fold) => {
                // Held-out folds only feed the second pass; scoring them would cost time.
                if epoch == args.training.epochs {
                    eprintln!("fold {} trained", fold + 1);
                }
                return;
            }
            Stage::First(member) => format!("member {}, first pass", member + 1),
            Stage::Second(member) => format!("member {}, second pass", member + 1),
        };
        if let Some(dev) = &dev {
            let scores = newsdex::eval::evaluate_ner(&model(), &gazetteer, dev);
            let f1 = scores.mention.get("PER+LOC+ORG").map_or(0.0, |s| s.f1);
            eprintln!("{stage}, epoch {epoch}: dev PER+LOC+ORG mention F1 {f1:.2}");
        } else {
            eprintln!("{stage}, epoch {epoch} done");
        }
    };
    let model = NerModel::train(
        &train,
        args.training.epochs,
        args.training.seed,
        args.training.members,
        &gazetteer,
        report,
    );
    if let Some(dev) = &dev {
        let scores = newsdex::eval::evaluate_ner(&model, &gazetteer, dev);
        let f1 = scores.mention.get("PER+LOC+ORG").map_or(0.0, |s| s.f1);
        eprintln!(
            "ensemble of {}: dev PER+LOC+ORG mention F1 {f1:.2}",
            args.training.members
        );
    }
    let kept = model.save(&args.out)?;
    eprintln!(
        "wrote {} ({kept} features); rebuild newsdex to embed it",
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn run_eval_metadata(args: EvalMetadataArgs) -> Result<ExitCode> {
    let corpus = Corpus::new(vec![args.corpus], CorpusOptions::default());
    let mut evaluation = newsdex::eval::evaluate_metadata(&corpus)?;
    if args.fit_countries {
        let fit = newsdex::eval::fit_countries(&evaluation.country_examples, 5);
        match args.format {
            OutputFormat::Json => print_json(&fit)?,
            OutputFormat::Text => print_out(&present::country_fit_text(&fit))?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    evaluation.extra_countries.truncate(args.errors);
    evaluation.missed_countries.truncate(args.errors);
    match args.format {
        OutputFormat::Json => print_json(&evaluation)?,
        OutputFormat::Text => print_out(&present::metadata_evaluation_text(&evaluation))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_train_clusters(args: TrainClustersArgs) -> Result<ExitCode> {
    use newsdex::extract::clusters;
    let mut conll = Vec::new();
    for file in &args.conll {
        conll.extend(newsdex::extract::conll::read_conll(file)?);
    }
    let mut articles = Vec::new();
    if !args.corpus.is_empty() {
        let corpus = Corpus::new(args.corpus.clone(), CorpusOptions::default());
        for parsed in corpus.parsed_files()?.flatten() {
            articles.extend(parsed.articles);
        }
    }
    let sentences = clusters::training_sentences(conll, articles.into_iter());
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    eprintln!(
        "clustering words of {} sentences ({tokens} tokens)",
        sentences.len()
    );
    let (table, words) = clusters::build_table(sentences, &args.clusters);
    std::fs::write(&args.out, table)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({words} words); rebuild newsdex to embed it",
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn color_follows_the_flag_then_the_terminal_and_a_non_empty_no_color() {
        assert!(wants_color(ColorChoice::Auto, true, None));
        assert!(!wants_color(ColorChoice::Auto, false, None));
        assert!(!wants_color(ColorChoice::Auto, true, Some(OsStr::new("1"))));
        // no-color.org: an empty NO_COLOR does not turn colour off.
        assert!(wants_color(ColorChoice::Auto, true, Some(OsStr::new(""))));
        assert!(wants_color(
            ColorChoice::Always,
            false,
            Some(OsStr::new("1"))
        ));
        assert!(!wants_color(ColorChoice::Never, true, None));
    }
}
