//! US state and Canadian province abbreviations as wire copy writes them ("SAN JOSE,
//! Calif.", "TRENTON, N.J.", "TORONTO, Ont.").
//! AP style, with and without the period, plus the dotted postal forms; the bare two-letter
//! postal codes are left to the gazetteer's aliases, since "IN", "OR" and "ME" are words.
//! Source: the AP Stylebook's state abbreviations (facts, not copyrightable).

/// AP abbreviations (folded: lower case, dots removed) → the state's name.
const US_STATES: &[(&str, &str)] = &[
    ("ala", "Alabama"),
    ("ariz", "Arizona"),
    ("ark", "Arkansas"),
    ("calif", "California"),
    ("cal", "California"),
    ("colo", "Colorado"),
    ("conn", "Connecticut"),
    ("del", "Delaware"),
    ("fla", "Florida"),
    ("ga", "Georgia"),
    ("ill", "Illinois"),
    ("ind", "Indiana"),
    ("kan", "Kansas"),
    ("kans", "Kansas"),
    ("ky", "Kentucky"),
    ("la", "Louisiana"),
    ("md", "Maryland"),
    ("mass", "Massachusetts"),
    ("mich", "Michigan"),
    ("minn", "Minnesota"),
    ("miss", "Mississippi"),
    ("mo", "Missouri"),
    ("mont", "Montana"),
    ("neb", "Nebraska"),
    ("nebr", "Nebraska"),
    ("nev", "Nevada"),
    ("nh", "New Hampshire"),
    ("nj", "New Jersey"),
    ("nm", "New Mexico"),
    ("ny", "New York"),
    ("nc", "North Carolina"),
    ("nd", "North Dakota"),
    ("okla", "Oklahoma"),
    ("ore", "Oregon"),
    ("pa", "Pennsylvania"),
    ("penn", "Pennsylvania"),
    ("ri", "Rhode Island"),
    ("sc", "South Carolina"),
    ("sd", "South Dakota"),
    ("tenn", "Tennessee"),
    ("tex", "Texas"),
    ("vt", "Vermont"),
    ("va", "Virginia"),
    ("wash", "Washington"),
    ("wva", "West Virginia"),
    ("wis", "Wisconsin"),
    ("wisc", "Wisconsin"),
    ("wyo", "Wyoming"),
    // Canadian provinces, AP style ("Man." is left out: "Man" is a word).
    ("alta", "Alberta"),
    ("bc", "British Columbia"),
    ("nb", "New Brunswick"),
    ("nfld", "Newfoundland and Labrador"),
    ("ns", "Nova Scotia"),
    ("ont", "Ontario"),
    ("pei", "Prince Edward Island"),
    ("que", "Quebec"),
    ("sask", "Saskatchewan"),
];

/// The 50 US states' names: those AP style writes in full ("Ohio", "Utah") are in no
/// abbreviation's row above, and Canada's provinces are.
const US_STATE_NAMES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// Whether `name` is a US state's full name ("Georgia", "New Mexico", "Ohio").
pub fn is_us_state_name(name: &str) -> bool {
    US_STATE_NAMES.contains(&name)
}

/// The longest abbreviation of `US_STATES`, in letters.
const LONGEST_ABBREVIATION: usize = {
    let (mut k, mut longest) = (0, 0);
    while k < US_STATES.len() {
        if US_STATES[k].0.len() > longest {
            longest = US_STATES[k].0.len();
        }
        k += 1;
    }
    longest
};

/// The state a written abbreviation stands for: "Calif", "Calif.", "CALIF", "N.J.".
/// Two-letter forms count only when written with dots ("N.J.", not "NJ"), except the AP
/// ones that are no English word ("Pa", "Va", "Ga", "La" take a period in AP style but
/// wire copy drops it after the tokenizer splits it off).
pub fn us_state(written: &str) -> Option<&'static str> {
    let trimmed = written.trim().trim_end_matches('.');
    // Most words asked are longer than any abbreviation: no key to build for them. (A
    // letter lower-cases to one letter or more, so the key is no shorter than this count.)
    if trimmed
        .chars()
        .filter(|c| *c != '.' && !c.is_whitespace())
        .nth(LONGEST_ABBREVIATION)
        .is_some()
    {
        return None;
    }
    let has_inner_dots = trimmed.contains('.');
    let key: String = trimmed
        .chars()
        .filter(|c| *c != '.' && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let state = US_STATES
        .iter()
        .find(|(abbreviation, _)| *abbreviation == key)
        .map(|(_, state)| *state)?;
    // "NY", "NC" without dots are postal codes the gazetteer already knows; "N.Y." is here,
    // and so is "Vt", AP's form with its period split off (a postal code is in capitals).
    let postal_like =
        key.len() == 2 && !matches!(key.as_str(), "pa" | "va" | "ga" | "la" | "ky" | "md" | "mo");
    let ap_form = trimmed.chars().any(char::is_lowercase);
    (!postal_like || has_inner_dots || ap_form).then_some(state)
}

/// Names whose city is meant in news, though a state has the same name: a bare
/// "WASHINGTON" dateline is the capital.
pub const CITY_BEFORE_STATE: &[&str] = &["washington"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_abbreviations_name_their_state() {
        assert_eq!(us_state("Calif"), Some("California"));
        assert_eq!(us_state("CALIF."), Some("California"));
        assert_eq!(us_state("N.J."), Some("New Jersey"));
        assert_eq!(us_state("N.Y"), Some("New York"));
        assert_eq!(us_state("Pa"), Some("Pennsylvania"));
        assert_eq!(us_state("Mass."), Some("Massachusetts"));
        assert_eq!(us_state("NY"), None);
        assert_eq!(us_state("Ont."), Some("Ontario"));
        assert_eq!(us_state("B.C."), Some("British Columbia"));
        assert_eq!(us_state("Paris"), None);
        assert_eq!(us_state("W. Va."), Some("West Virginia"));
        assert_eq!(us_state("Vt"), Some("Vermont"));
        assert_eq!(us_state("VT"), None);
        // Dots and spaces do not count towards an abbreviation's length; letters do.
        assert_eq!(us_state("N. D."), Some("North Dakota"));
        assert_eq!(us_state(" C.a.l.i.f. "), Some("California"));
        assert_eq!(us_state("Calif.ornia"), None);
    }

    #[test]
    fn every_state_and_no_province_is_a_us_state_name() {
        assert_eq!(US_STATE_NAMES.len(), 50);
        for state in ["Ohio", "Utah", "Iowa", "Georgia", "New Mexico"] {
            assert!(is_us_state_name(state), "{state}");
        }
        for other in ["Ontario", "Alberta", "Ohio State", "ohio"] {
            assert!(!is_us_state_name(other), "{other}");
        }
    }
}
