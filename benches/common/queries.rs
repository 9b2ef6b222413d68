//! The 20 queries both benchmarks run (the peers' protocol: all words required).

/// Words, phrases and a few frequent terms of Reuters-like news.
pub const QUERIES: [&str; 20] = [
    "oil",
    "coffee",
    "gold",
    "\"interest rates\"",
    "\"trade deficit\"",
    "wheat",
    "bank",
    "dollar",
    "\"crude oil prices\"",
    "merger",
    "acquisition",
    "earnings",
    "\"japan trade\"",
    "inflation",
    "\"grain exports\"",
    "opec",
    "\"stock market\"",
    "loan",
    "sugar",
    "shares",
];
