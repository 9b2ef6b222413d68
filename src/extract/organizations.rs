//! Organization names as a librarian files them: possessive names kept whole ("Moody's",
//! not "Moody"), and the variants of one body merged into one value ("Lib Dems",
//! "Liberal Democrat" → "Liberal Democrats"). The table lists well-known bodies whose
//! short forms news uses; it was written by hand from the shared corpora's facet values.

use super::gazetteer::fold;

/// Names whose "'s" is part of the name (folded, without it).
const POSSESSIVE_NAMES: &[&str] = &[
    "moody",
    "mcdonald",
    "sainsbury",
    "lloyd",
    "christie",
    "sotheby",
    "macy",
    "kellogg",
    "wendy",
    "domino",
    "lowe",
    "kohl",
    "dillard",
    "denny",
    "hardee",
    "friendly",
    "applebee",
    "chili",
    "levi",
    "harrah",
    "toys r us",
    "standard & poor",
    "standard and poor",
];

/// Variants (folded) → the one value filed: the full name, as the librarians' guidelines
/// file organizations (an acronym alone is merged by the article's own long form).
const CANONICAL: &[(&str, &str)] = &[
    ("standard & poor's", "Standard & Poor's"),
    ("standard and poor's", "Standard & Poor's"),
    ("standard & poor's corp", "Standard & Poor's"),
    ("standard and poor's corp", "Standard & Poor's"),
    ("standard and poors", "Standard & Poor's"),
    ("s&p", "Standard & Poor's"),
    ("moody's", "Moody's"),
    ("moody's investors service", "Moody's"),
    ("moody's investors service inc", "Moody's"),
    ("lib dems", "Liberal Democrats"),
    ("lib dem", "Liberal Democrats"),
    ("liberal democrat", "Liberal Democrats"),
    ("liberal democrat party", "Liberal Democrats"),
    ("liberal democrats", "Liberal Democrats"),
    ("eu", "European Union"),
    ("european union", "European Union"),
    ("ec", "European Community"),
    ("eec", "European Community"),
    ("european community", "European Community"),
    ("european economic community", "European Community"),
    ("imf", "International Monetary Fund"),
    ("international monetary fund", "International Monetary Fund"),
    ("un", "United Nations"),
    ("u.n.", "United Nations"),
    ("united nations", "United Nations"),
    ("fed", "Federal Reserve"),
    ("federal reserve", "Federal Reserve"),
    ("federal reserve board", "Federal Reserve"),
    ("u.s. federal reserve", "Federal Reserve"),
    ("sec", "Securities and Exchange Commission"),
    (
        "securities and exchange commission",
        "Securities and Exchange Commission",
    ),
    (
        "u.s. securities and exchange commission",
        "Securities and Exchange Commission",
    ),
    ("usda", "U.S. Agriculture Department"),
    ("u.s. agriculture department", "U.S. Agriculture Department"),
    ("agriculture department", "U.S. Agriculture Department"),
];

/// Whether `name` (without its "'s") is a name that keeps it.
pub fn keeps_possessive(name: &str) -> bool {
    POSSESSIVE_NAMES.contains(&fold(name).as_str())
}

/// The value filed for an organization name: its canonical form when the table knows it.
pub fn canonical(name: &str) -> String {
    let key = fold(name.trim());
    CANONICAL
        .iter()
        .find(|(variant, _)| *variant == key)
        .map_or_else(|| name.trim().to_string(), |(_, value)| value.to_string())
}

/// "Poor's" whose text is preceded by "Standard and " or "Standard & ": the tagger split
/// the name at "and". `text_before` is all the text before the name.
pub fn completes_split_name(name: &str, text_before: &str) -> Option<&'static str> {
    let poor = matches!(fold(name).as_str(), "poor" | "poor's" | "poors");
    // Bytes, not characters: only the ASCII tail is compared, wherever characters start.
    let before = text_before.trim_end().as_bytes();
    let ends_with = |words: &[u8]| {
        before.len() >= words.len()
            && before[before.len() - words.len()..].eq_ignore_ascii_case(words)
    };
    (poor && (ends_with(b"standard and") || ends_with(b"standard &")))
        .then_some("Standard & Poor's")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_one_value_and_possessive_names_stay_whole() {
        assert_eq!(canonical("Lib Dems"), "Liberal Democrats");
        assert_eq!(canonical("Liberal Democrat"), "Liberal Democrats");
        assert_eq!(canonical("Standard and Poor's Corp"), "Standard & Poor's");
        assert_eq!(canonical("Moody's Investors Service Inc"), "Moody's");
        assert_eq!(canonical("Acme Widgets"), "Acme Widgets");
        assert!(keeps_possessive("Moody"));
        assert!(!keeps_possessive("Putin"));
        assert_eq!(
            completes_split_name("Poor's", "said Standard and "),
            Some("Standard & Poor's")
        );
    }
}
