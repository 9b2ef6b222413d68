//! Facet values a news librarian would file an article under: one value per person, place
//! and organization, of the right type, whatever way the article writes it.

mod common;

use std::path::Path;

use common::{facet, index_json, json, search, write_files};
use serde_json::Value;

/// What `newsdex extract --format json` says of a text file holding `text`.
fn extracted(text: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), &[("article.txt", text.as_bytes())]);
    let path = dir.path().join("article.txt");
    json(
        Path::new(dir.path()),
        &["extract", path.to_str().unwrap(), "--format", "json"],
    )[0]
    .clone()
}

/// The people, places and organizations `newsdex extract` files `text` under.
fn facets_of(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let article = extracted(text);
    let names = |values: &Value| -> Vec<String> {
        values
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                v.as_str()
                    .map_or_else(|| v["name"].as_str().unwrap().to_string(), str::to_string)
            })
            .collect()
    };
    (
        names(&article["people"]),
        names(&article["places"]),
        names(&article["orgs"]),
    )
}

const WIRE_STORY: &str = "Salomon Brothers Inc said it would lead the offering.\n\n\
NEW YORK, March 3 - Salomon Brothers Inc said on Tuesday that Merrill Lynch Capital Markets \
and Drexel Burnham Lambert Inc would co-manage the issue for Virginia Electric and Power Co. \
Noranda Forest Inc, a unit of Noranda Inc, said Noranda will keep its stake. A Merrill Lynch \
analyst said Salomon was bidding, and the Finance Ministry said the Ministry of Finance would \
not comment. Fleet Financial Group said Fleet would buy Norstar Bancorp. Shares of McDonald's \
rose, and Smith Barney, Harris Upham and Co Inc said DaimlerChrysler and SonyEricsson would \
report. The bonds are rated AAA by Moody's.\n";

#[test]
fn one_value_per_company_whatever_form_the_article_uses() {
    let (people, _, orgs) = facets_of(WIRE_STORY);
    // Short forms and legal forms join the full name; a subsidiary stays apart.
    for (variant, value) in [
        ("Salomon", "Salomon Brothers Inc"),
        ("Merrill Lynch", "Merrill Lynch Capital Markets"),
        ("Noranda", "Noranda Inc"),
        ("Fleet", "Fleet Financial Group"),
        ("Finance Ministry", "Ministry of Finance"),
    ] {
        assert!(orgs.contains(&value.to_string()), "{value} in {orgs:?}");
        assert!(
            !orgs.contains(&variant.to_string()),
            "{variant} in {orgs:?}"
        );
    }
    assert!(orgs.contains(&"Noranda Forest Inc".to_string()), "{orgs:?}");
    // Names split at "and" or a comma by the tagger are whole.
    for whole in [
        "Drexel Burnham Lambert Inc",
        "Virginia Electric and Power Co",
        "Smith Barney, Harris Upham and Co Inc",
        "McDonald's",
        "DaimlerChrysler",
        "SonyEricsson",
        "Moody's",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} in {orgs:?}");
    }
    for fragment in [
        "Lambert Inc",
        "Power Co.",
        "Financial Group",
        "McDonald",
        "AAA",
    ] {
        assert!(
            !orgs.contains(&fragment.to_string()),
            "{fragment} in {orgs:?}"
        );
    }
    // None of them is a person.
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn a_company_s_arm_in_a_country_is_one_name() {
    let (_, _, orgs) = facets_of(
        "GM Canada plans\n\nGeneral Motors of Canada Ltd said it will modernize a plant. \
         Audi of America Inc said it introduced a plan. CHICAGO, March 23 - Auditors of \
         Brunswick Corp lifted a qualification. Shares of Acme Corp rose.\n",
    );
    for whole in [
        "General Motors of Canada Ltd",
        "Audi of America Inc",
        "Brunswick Corp",
        "Acme Corp",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} in {orgs:?}");
    }
    // No place with a legal form, no sentence's first word in a company's name.
    for fragment in [
        "Canada Ltd",
        "America Inc",
        "Auditors of Brunswick Corp",
        "Shares of Acme Corp",
    ] {
        assert!(
            !orgs.contains(&fragment.to_string()),
            "{fragment} in {orgs:?}"
        );
    }
}

#[test]
fn a_person_named_inside_a_company_s_name_is_the_company() {
    let (people, _, orgs) = facets_of(
        "Lilly buys\n\nEli Lilly and Co said Lilly would buy Hybritech. Analyst Sanford \
         Margoshes of Shearson Lehman Brothers said the price was fair. Sanford Margoshes \
         added that the deal would close in May.\n",
    );
    assert!(orgs.contains(&"Eli Lilly and Co".to_string()), "{orgs:?}");
    assert!(!people.contains(&"Lilly".to_string()), "{people:?}");
    // A person of a firm stays a person.
    assert!(
        people.contains(&"Sanford Margoshes".to_string()),
        "{people:?}"
    );
}

#[test]
fn words_a_sentence_puts_around_a_company_are_not_its_name() {
    let (_, _, orgs) = facets_of(
        "Deals\n\nToronto-based McGuinness Distillers Ltd said it would expand. A Weyerhauser \
         Co spokesman said no. Wholly-owned Mobil Corp unit Mobil Oil said prices rose. \
         Sheffield Wednesday beat Leeds. Dayton Hudson Corp Thursday said sales rose. Exporters \
         need no order from the Banco do Brasil's Foreign Trade Department. He spoke at the \
         annual meeting of the American Association for the Advancement of Science (AAAS).\n",
    );
    for whole in [
        "Banco do Brasil",
        "American Association for the Advancement of Science",
        "McGuinness Distillers Ltd",
        "Weyerhauser Co",
        "Mobil Corp",
        "Dayton Hudson Corp",
        "Sheffield Wednesday",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} in {orgs:?}");
    }
}

#[test]
fn a_body_s_name_goes_on_with_what_it_deals_with() {
    let (_, _, orgs) = facets_of(
        "Trade talks\n\nThe General Agreement on Tariffs and Trade said talks would resume. \
         The United Nations Conference on Trade and Development (UNCTAD) met. UNCTAD said \
         trade grew. The House Agriculture Subcommittee on Wheat met on Monday. The Senate \
         Committee on Monday voted.\n",
    );
    for whole in [
        "United Nations Conference on Trade and Development",
        "House Agriculture Subcommittee on Wheat",
        "Senate Committee",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} in {orgs:?}");
    }
    for fragment in [
        "United Nations Conference",
        "Trade and Development",
        "UNCTAD",
        "House Agriculture Subcommittee",
        "Senate Committee on Monday",
    ] {
        assert!(
            !orgs.contains(&fragment.to_string()),
            "{fragment} in {orgs:?}"
        );
    }
}

#[test]
fn roles_and_wire_capitals_make_no_organizations() {
    let (people, _, orgs) = facets_of(
        "Trade talks\n\nU.S. Trade Representative Clayton Yeutter said Japan must act. \
         He wrote to his U.S. Counterpart, Trade Representative Clayton Yeutter. Chancellor \
         Helmut Kohl said Bonn agreed. Culture Secretary Tessa Jowell spoke. And if the U.S. \
         Trade deficit does fall, the U.S. Has said, the U.S. Government will act.\n",
    );
    for person in ["Clayton Yeutter", "Helmut Kohl", "Tessa Jowell"] {
        assert!(
            people.contains(&person.to_string()),
            "{person} in {people:?}"
        );
    }
    for wrong in [
        "U.S. Trade Representative Clayton Yeutter",
        "Trade",
        "Culture",
        "U.S. Trade",
        "U.S. Counterpart",
        "U.S. Has",
        "Has",
        "Chancellor Helmut Kohl",
    ] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    // A country's body stays one.
    assert!(orgs.contains(&"U.S. Government".to_string()), "{orgs:?}");
}

#[test]
fn an_acronym_of_a_place_or_a_product_is_no_organization() {
    let (_, places, orgs) = facets_of(
        "Budget\n\nThe New South Wales government said the state would borrow more. NSW \
         Treasurer Ken Booth said the NSW economy grew. The Internet Explorer browser lost \
         share, and Microsoft said IE would be updated. The Bank of England (BoE) agreed.\n",
    );
    // Tagged as a place after "on the", but its last word says what it is.
    let (_, exchange_places, exchange_orgs) = facets_of(
        "NYSE RULE COULD AFFECT TRADING IN LONDON\n\nLONDON, March 9 - A rule of the New York \
         Stock Exchange, NYSE, might be used to limit the trading activities of its \
         members in London in stocks listed on both exchanges, sources at the London \
         Exchange said.\n",
    );
    assert!(
        exchange_orgs.contains(&"New York Stock Exchange".to_string()),
        "{exchange_orgs:?}"
    );
    assert!(
        !exchange_places.contains(&"New York Stock Exchange".to_string()),
        "{exchange_places:?}"
    );
    assert!(
        places.contains(&"New South Wales".to_string()),
        "{places:?}"
    );
    for wrong in ["NSW", "IE"] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    assert!(orgs.contains(&"Bank of England".to_string()), "{orgs:?}");
    assert!(!orgs.contains(&"BoE".to_string()), "{orgs:?}");
}

#[test]
fn a_role_at_a_name_files_it_as_the_employer_in_every_mention() {
    let (people, _, orgs) = facets_of(
        "Phones\n\nConsumers want small phones with long battery life, said Jupiter. \
         \"Services are not yet ready,\" said Thomas Husson, mobile analyst at Jupiter \
         research.\n",
    );
    assert!(orgs.contains(&"Jupiter".to_string()), "{orgs:?}");
    assert_eq!(people, ["Thomas Husson"]);
}

#[test]
fn laws_treaties_plans_indexes_and_competitions_are_no_organizations() {
    let (_, _, orgs) = facets_of(
        "Farm exports\n\nThe U.S. Agriculture Department said wheat would be offered under \
         the Export Enhancement Program, and the International Coffee Organization said the \
         International Coffee Agreement and the Louvre Accord still held. The Tax Reform Act \
         and the Freedom of Information Act were cited. Rates were set at the London \
         Interbank Offered Rate, the Public Sector Borrowing Requirement (PSBR) fell and the U.S. \
         Purchasing Managers Composite Index rose. The Office of Management and Budget, the \
         National Commission on Dairy Policy and the United Nations Development Programme \
         agreed, as did the Commodity Credit Corporation. Gordon Brown said the Budget \
         would help, and the PSBR would shrink. Chelsea play in the Champions League, \
         Wales won the Six Nations, the Super Bowl drew advertisers and Series NN bonds \
         were sold. Films compete for the festival's top prize, the Golden Bear, and the \
         Great British Spelling Test was shortlisted. Music sold with Digital Rights \
         Management reached homes over Asymmetric Digital Subscriber Line links.\n",
    );
    for wrong in [
        "Export Enhancement Program",
        "International Coffee Agreement",
        "Louvre Accord",
        "Tax Reform Act",
        "Freedom of Information Act",
        "London Interbank Offered Rate",
        "Public Sector Borrowing Requirement",
        "U.S. Purchasing Managers Composite Index",
        "Budget",
        "PSBR",
        "Champions League",
        "Six Nations",
        "Super Bowl",
        "Series NN",
        "Golden Bear",
        "Great British Spelling Test",
        "Digital Rights Management",
        "Asymmetric Digital Subscriber Line",
    ] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    // Bodies whose names hold such a word stay.
    for body in [
        "International Coffee Organization",
        "Office of Management and Budget",
        "National Commission on Dairy Policy",
        "United Nations Development Programme",
        "Commodity Credit Corporation",
    ] {
        assert!(
            orgs.contains(&body.to_string()),
            "{body} missing from {orgs:?}"
        );
    }
}
#[test]
fn one_value_per_person_and_no_first_names_titles_or_works() {
    let (people, _, _) = facets_of(
        "Trade commissioner Willy de Clercq met Anibal Cavaco Silva in Lisbon on Monday.\n\n\
         De Clercq said the talks went well and Cavaco Silva agreed. However Baker, the \
         chief of staff, was not there: White House Chief of Staff Howard Baker stayed in \
         Washington. David Sherwood scored twice and David said he was pleased. Kristin \
         was not available. The bill passed, and Bill said nothing. Critics praised The \
         Life Aquatic. Patty Schnyder defeated Li Na 6-3 7-6 in the final.\n",
    );
    for person in [
        "Willy de Clercq",
        "Anibal Cavaco Silva",
        "Howard Baker",
        "David Sherwood",
        "Patty Schnyder",
    ] {
        assert!(
            people.contains(&person.to_string()),
            "{person} in {people:?}"
        );
    }
    for wrong in [
        "De Clercq",
        "Cavaco Silva",
        "However Baker",
        "Staff Howard Baker",
        "David",
        "Kristin",
        "Bill",
        "Life Aquatic",
        "Li Na 6-3 7-6",
    ] {
        assert!(
            !people.contains(&wrong.to_string()),
            "{wrong} in {people:?}"
        );
    }
}

#[test]
fn an_initial_and_a_surname_join_the_full_name() {
    let (people, _, _) = facets_of(
        "Munster win\n\nPaul O'Connell led the pack and Gordon D'Arcy scored twice.\n\n\
         Munster: P O'Connell, G D'Arcy, J Kelly.\n",
    );
    assert!(people.contains(&"Paul O'Connell".to_string()), "{people:?}");
    assert!(people.contains(&"Gordon D'Arcy".to_string()), "{people:?}");
    assert!(!people.contains(&"P O'Connell".to_string()), "{people:?}");
    assert!(!people.contains(&"G D'Arcy".to_string()), "{people:?}");
}

#[test]
fn an_everyday_word_alone_is_no_person() {
    let (people, _, _) = facets_of(
        "OFFICIAL SAYS REAGAN AGAINST EARLY SDI DEPLOYMENT\n\nWASHINGTON, March 3 - \
         \"President Reagan is against early deployment of SDI,\" said Perle, referring to \
         the Strategic Defense Initiative, as Reagan's anti-missile project is formally \
         called. Chairman Ben Love said Love would vote.\n",
    );
    assert!(!people.contains(&"Initiative".to_string()), "{people:?}");
    // A surname that is also a word stays the person's.
    assert!(people.contains(&"Ben Love".to_string()), "{people:?}");
}

#[test]
fn a_surname_tag_is_filed_under_the_full_name_the_text_gives() {
    let dir = tempfile::tempdir().unwrap();
    let record = r#"{"title": "EC trade", "body": "Willy de Clercq, the EC external affairs commissioner, said the talks would go on. De Clercq flew to Geneva.", "people": ["De Clercq"]}"#;
    write_files(
        dir.path(),
        &[("feed.jsonl", format!("{record}\n").as_bytes())],
    );
    let path = dir.path().join("feed.jsonl");
    let article = json(
        dir.path(),
        &["extract", path.to_str().unwrap(), "--format", "json"],
    )[0]
    .clone();
    let people: Vec<&str> = article["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(people, ["Willy de Clercq"]);
}

/// (name, country) of each place `text` is filed under; the country is empty when the
/// place is not in the gazetteer.
fn places_of(text: &str) -> Vec<(String, String)> {
    let article = extracted(text);
    article["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let hierarchy = p["hierarchy"].as_array().unwrap();
            let country = match p["kind"].as_str() {
                Some("country") => p["name"].as_str().unwrap(),
                _ => hierarchy.get(1).and_then(Value::as_str).unwrap_or_default(),
            };
            (p["name"].as_str().unwrap().to_string(), country.to_string())
        })
        .collect()
}

#[test]
fn cities_and_countries_are_filed_under_their_english_names() {
    let places = places_of(
        "Rates hold\n\nFRANKFURT, March 3 - The Bundesbank said rates would hold. Bankers in \
         Seville and Cologne agreed, and so did Kinshasa, Zaire, but traders in Salem, \
         Oregon, did not.\n",
    );
    for (place, country) in [
        ("Frankfurt", "Germany"),
        ("Seville", "Spain"),
        ("Cologne", "Germany"),
        (
            "Democratic Republic of the Congo",
            "Democratic Republic of the Congo",
        ),
        ("Salem", "United States"),
    ] {
        assert!(
            places.contains(&(place.to_string(), country.to_string())),
            "{place}, {country} missing from {places:?}"
        );
    }
}

#[test]
fn streets_grounds_regions_and_provinces_are_places_of_their_country() {
    let places = places_of(
        "Markets\n\nShares fell on Wall Street and the Kremlin said nothing. Rain fell at \
         Twickenham and in Queensland, and officials in Peking and Guangdong agreed. A plant \
         in Charleston, W. Va., and one in Burlington, Vt, were closed.\n",
    );
    for (place, country) in [
        ("Wall Street", "United States"),
        ("Kremlin", "Russia"),
        ("Twickenham", "United Kingdom"),
        ("Queensland", "Australia"),
        ("Beijing", "China"),
        ("Guangdong", "China"),
        ("West Virginia", "United States"),
        ("Vermont", "United States"),
    ] {
        assert!(
            places.contains(&(place.to_string(), country.to_string())),
            "{place}, {country} missing from {places:?}"
        );
    }
}

#[test]
fn places_are_settled_by_the_other_places_of_the_article() {
    let places = places_of(
        "Georgia officials in Atlanta said the storm hit the coast. Chinese Taipei won \
         the match in Toronto, Ont., and Hindi is spoken, said Mr Kennedy. The man from \
         Man said little, and Bush voters agreed.\n",
    );
    let has = |name: &str, country: &str| places.contains(&(name.to_string(), country.to_string()));
    assert!(has("Georgia", "United States"), "{places:?}");
    assert!(has("Taiwan", "Taiwan"), "{places:?}");
    assert!(has("Ontario", "Canada"), "{places:?}");
    assert!(has("Toronto", "Canada"), "{places:?}");
    // An alternate name of a foreign city, a town named like a common word: no places.
    for (name, _) in &places {
        assert!(
            ![
                "Mariupol", "Man", "China", "Taipei", "Hindi", "Kennedy", "Būsh"
            ]
            .contains(&name.as_str()),
            "{places:?}"
        );
    }
}

#[test]
fn a_known_company_is_no_unknown_place_but_a_street_stays_one() {
    let (_, places, orgs) = facets_of(
        "Panels\n\nPlasma display panels and others - manufactured by the likes of Sony and \
         Samsung - using liquid-crystal displays are selling well. Shares on Wall Street \
         rose.\n",
    );
    assert!(orgs.contains(&"Sony".to_string()), "{orgs:?}");
    assert!(!places.contains(&"Sony".to_string()), "{places:?}");
    assert!(places.contains(&"Wall Street".to_string()), "{places:?}");
}

#[test]
fn a_judge_s_or_a_peer_s_title_is_no_part_of_the_name() {
    let (people, places, _) = facets_of(
        "Peers\n\nLord Falconer told the Lords that Lord Justice May would review the case. \
         Lord Woolf and Lord Bingham agreed.\n",
    );
    for wrong in [
        "Lord Falconer",
        "Lord Woolf",
        "Lord Bingham",
        "Lord Justice May",
    ] {
        assert!(
            !places.contains(&wrong.to_string()),
            "{wrong} in {places:?}"
        );
    }
    for person in ["Falconer", "Woolf", "Bingham", "May"] {
        assert!(
            people.contains(&person.to_string()),
            "{person} in {people:?}"
        );
    }
}

#[test]
fn a_state_s_abbreviation_after_a_town_is_the_state_whatever_the_tagger_said() {
    let text = "Holder Communications Corp said it bought KXC-AM and WWKZ-FM, which operate \
                in the New Albany/Tupelo, Miss., market, and General Masonry Inc.\n";
    let places = places_of(text);
    assert!(
        places.contains(&("Mississippi".to_string(), "United States".to_string())),
        "{places:?}"
    );
    let (_, _, orgs) = facets_of(text);
    assert!(!orgs.contains(&"Miss".to_string()), "{orgs:?}");
}

#[test]
fn a_great_city_is_not_taken_for_a_small_town_of_the_articles_country() {
    // A Texas story naming Paris and London means the capitals, unless the article
    // writes which one ("London, Ontario").
    let places =
        places_of("HOUSTON, March 3 - Texas oil men flew to Paris and London for talks.\n");
    let has = |name: &str, country: &str| places.contains(&(name.to_string(), country.to_string()));
    assert!(has("Paris", "France"), "{places:?}");
    assert!(has("London", "United Kingdom"), "{places:?}");
    // English counties are regions of the United Kingdom: "Surrey" beside Camberley is
    // not Surrey, British Columbia, and the West End is no Canadian town.
    let places =
        places_of("The firm in Camberley, Surrey, opened a shop in the West End of London.\n");
    let has = |name: &str, country: &str| places.contains(&(name.to_string(), country.to_string()));
    assert!(has("Surrey", "United Kingdom"), "{places:?}");
    assert!(!places.iter().any(|(_, c)| c == "Canada"), "{places:?}");
    let places = places_of("The plant in London, Ontario, and one in Paris, Texas, will close.\n");
    let has = |name: &str, country: &str| places.contains(&(name.to_string(), country.to_string()));
    assert!(has("London", "Canada"), "{places:?}");
    assert!(has("Paris", "United States"), "{places:?}");
}

#[test]
fn an_institution_with_a_title_word_inside_is_no_title_and_holder() {
    // "General" is a title ("Attorney General Xavier Becerra") but ends no holder's name in
    // "Massachusetts General Hospital", which had given the person "Hospital".
    let (people, _, orgs) = facets_of(
        "Biden named California Attorney General Xavier Becerra. Rochelle Walensky of \
         Massachusetts General Hospital will lead the Centers for Disease Control.\n",
    );
    assert!(people.contains(&"Xavier Becerra".to_string()), "{people:?}");
    assert!(!people.contains(&"Hospital".to_string()), "{people:?}");
    assert!(
        orgs.contains(&"Massachusetts General Hospital".to_string()),
        "{orgs:?}"
    );
    assert!(!orgs.contains(&"Massachusetts".to_string()), "{orgs:?}");
}

#[test]
fn wire_copy_words_are_no_names_and_bodies_are_what_they_are() {
    let (people, places, orgs) = facets_of(
        "WASHINGTON, April 7 - Bio-Technology General Corp said the Commission would rule \
         on 7-APR. Moody's Investors Service Inc cut its rating. Moreover, the N.Z. Dlrs \
         fell, West German officials said, and the Soviet Union and The Netherlands \
         agreed. The Tories said every MP would get a new PC.\n",
    );
    assert!(people.is_empty(), "{people:?}");
    assert!(
        orgs.contains(&"Bio-Technology General Corp".to_string()),
        "{orgs:?}"
    );
    assert!(orgs.contains(&"Moody's".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"Conservative Party".to_string()), "{orgs:?}");
    for wrong in [
        "Investors Service Inc",
        "West German",
        "Soviet Union",
        "MP",
        "PC",
        "Commission",
        "7-APR",
        "N.Z. Dlrs",
        "Tories",
    ] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    assert!(places.contains(&"Russia".to_string()), "{places:?}");
    assert!(places.contains(&"Netherlands".to_string()), "{places:?}");
    assert!(places.contains(&"Germany".to_string()), "{places:?}");
    assert!(
        !places.contains(&"The Netherlands".to_string()),
        "{places:?}"
    );
    assert!(!places.contains(&"Tories".to_string()), "{places:?}");
}

#[test]
fn headline_feeds_get_an_author_facet_and_unused_fields_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("feed");
    write_files(
        &corpus,
        &[(
            "feed.jsonl",
            br#"{"headline": "Senate passes climate bill", "short_description": "Senator Chuck Schumer said the Senate passed the bill in Washington on Tuesday.", "authors": "Lisa Mascaro, AP", "category": "POLITICS", "link": "https://example.com/a", "date": "2022-08-09", "views": 10}
{"headline": "Apple unveils new phone", "short_description": "Tim Cook showed the phone in Cupertino.", "authors": "By Jane Doe and John Roe", "category": "TECH", "link": "https://example.com/b", "date": "2022-09-07", "views": 12}
"#,
        )],
    );
    let index = dir.path().join("idx");
    let report = common::index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(report["added"], 2);
    // A field newsdex does not read is named, with how many records carry it.
    assert_eq!(report["unused_fields"]["views"], 2, "{report}");
    assert!(report["unused_fields"].get("link").is_none(), "{report}");

    let all = common::search(dir.path(), &index, &["--facets", "author,person,topic"]);
    let authors = common::facet(&all, "author");
    let names: Vec<&str> = authors.iter().map(|(name, _)| name.as_str()).collect();
    // Bylines are split into people, without "By" and the wire service.
    assert_eq!(names.len(), 3, "{authors:?}");
    for name in ["Lisa Mascaro", "Jane Doe", "John Roe"] {
        assert!(names.contains(&name), "{authors:?}");
    }
    let people = common::facet(&all, "person");
    assert!(
        people.iter().any(|(name, _)| name == "Chuck Schumer"),
        "{people:?}"
    );
    let by_jane = common::search(dir.path(), &index, &["--author", "jane doe"]);
    assert_eq!(by_jane["total"], 1);
    assert_eq!(common::titles(&by_jane), ["Apple unveils new phone"]);
    let query = common::search(dir.path(), &index, &["author:mascaro"]);
    assert_eq!(common::titles(&query), ["Senate passes climate bill"]);
}

#[test]
fn spellings_of_one_name_are_one_facet_value() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    write_files(
        &corpus,
        &[
            (
                "a.txt",
                "Strike\n\nLech Wałęsa spoke to the shipyard workers in Gdańsk on Monday.\n"
                    .as_bytes(),
            ),
            (
                "b.txt",
                b"Union\n\nLech Walesa met union leaders in Warsaw on Tuesday.\n",
            ),
            (
                "c.txt",
                "Award\n\nLech Wałęsa received the prize in Oslo.\n".as_bytes(),
            ),
        ],
    );
    let index = dir.path().join("idx");
    common::index_json(dir.path(), &corpus, &index, &[]);
    let response = common::search(dir.path(), &index, &["--facets", "person"]);
    let people = common::facet(&response, "person");
    assert_eq!(people, [("Lech Wałęsa".to_string(), 3)], "{people:?}");
    for spelling in ["lech walesa", "Lech Wałęsa", "WALESA"] {
        let found = common::search(dir.path(), &index, &["--person", spelling]);
        assert_eq!(found["total"], 3, "{spelling}");
    }
}

#[test]
fn names_run_together_are_split_and_events_are_no_organizations() {
    let (_, places, orgs) = facets_of(
        "The bonds are rated by both Moody's and Standard and Poor's. Public Service Co of \
         Indiana Inc raised its dividend. McDonald's said McDonalds restaurants would open. \
         The Bafta Interactive Awards were held at the Consumer Electronics Show, and talks \
         between the U.S. And Japan went on. World and Commonwealth 100m champion Kim Collins \
         will compete in the 60m at the Norwich Union Grand Prix in Birmingham on 18 February. \
         Man City: James, Mills (Bradley Wright-Phillips 83), Dunne, Distin, Fowler. Subs Not \
         Used: Weaver, Onuoha, Flood. Booked: Fowler, Sibierski.\n",
    );
    for whole in [
        "Moody's",
        "Standard & Poor's",
        "Public Service Co of Indiana Inc",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} in {orgs:?}");
    }
    assert_eq!(
        orgs.iter().filter(|o| o.starts_with("McDonald")).count(),
        1,
        "{orgs:?}"
    );
    for wrong in [
        "Moody's and Standard and Poor",
        "Indiana Inc",
        "Public Service Co",
        "Bafta Interactive Awards",
        "Consumer Electronics Show",
        "U.S. And Japan",
        "Norwich Union Grand Prix",
        "Subs Not Used",
    ] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    assert!(places.contains(&"Japan".to_string()), "{places:?}");
}

#[test]
fn a_ticker_after_a_company_is_that_company() {
    let (_, _, orgs) = facets_of(
        "NEW YORK, March 3 - Waste Management Inc <WMX> said it would buy ChemLawn Corp \
         <CHEM>. WMX said the offer stands, and American Can Co <AC.N> agreed. AC shares \
         rose.\n",
    );
    assert_eq!(
        orgs,
        ["Waste Management Inc", "ChemLawn Corp", "American Can Co"],
        "{orgs:?}"
    );
}

#[test]
fn eval_metadata_names_the_countries_the_tags_leave_out() {
    let dir = tempfile::tempdir().unwrap();
    let sgml = "<REUTERS NEWID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n\
<TOPICS></TOPICS>\n<PLACES><D>usa</D><D>brazil</D></PLACES>\n<PEOPLE></PEOPLE>\n\
<TEXT>\n<TITLE>JAPAN CHIPS TALKS</TITLE>\n<DATELINE>    WASHINGTON, Feb 26 - </DATELINE><BODY>\
U.S. officials flew to Tokyo for talks on chips with Japan, officials in Washington said.\n\
</BODY></TEXT>\n</REUTERS>\n";
    write_files(dir.path(), &[("corpus/reut2-000.sgm", sgml.as_bytes())]);
    let report = json(
        dir.path(),
        &[
            "eval", "metadata", "--corpus", "corpus", "--format", "json", "--errors", "5",
        ],
    );
    assert_eq!(report["articles"], 1, "{report}");
    // The country facet: the United States (tagged) and Japan (not); Brazil is missed.
    assert_eq!(report["countries_about"]["p"], 50.0, "{report}");
    assert_eq!(report["countries_about"]["r"], 50.0, "{report}");
    assert_eq!(report["extra_countries"][0][0], "Japan", "{report}");
    assert_eq!(report["missed_countries"][0][0], "Brazil", "{report}");
}

#[test]
fn the_country_facet_counts_the_countries_a_story_is_about_not_every_one_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    write_files(
        &corpus,
        &[(
            "yen.txt",
            b"Japan trade surplus widens\n\n\
TOKYO, March 3 - Japan's trade surplus widened in February as exports of cars rose, \
the Finance Ministry said.\n\n\
Exports to Asia rose 12 pct, the ministry said, and imports of crude oil fell.\n\n\
Japanese economists said the surplus would stay large this year.\n\n\
The ministry said the figures were not seasonally adjusted.\n\n\
Some traders said the figures might weigh on the yen against the U.S. dollar and the \
Swiss franc.\n",
        )],
    );
    let index = dir.path().join("idx");
    index_json(dir.path(), &corpus, &index, &[]);
    let countries = facet(
        &search(dir.path(), &index, &["--facets", "country", "--limit", "0"]),
        "country",
    );
    assert_eq!(countries, [("Japan".to_string(), 1)], "{countries:?}");
    // The place filter still finds every country the text names.
    for place in ["United States", "Switzerland", "Japan"] {
        assert_eq!(
            search(dir.path(), &index, &["--place", place])["total"],
            1,
            "{place}"
        );
    }
    // The country filter agrees with the facet's count, in any case.
    assert_eq!(
        search(dir.path(), &index, &["--country", "United States"])["total"],
        0
    );
    assert_eq!(
        search(dir.path(), &index, &["--country", "japan"])["total"],
        1
    );
}

/// The entities `newsdex extract --format json` finds in `text`, as (type, name, mentions
/// as written, how many in the headline).
fn entities_of(text: &str) -> Vec<(String, String, Vec<String>, usize)> {
    extracted(text)["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let mentions = e["mentions"].as_array().unwrap();
            (
                e["type"].as_str().unwrap().to_string(),
                e["name"].as_str().unwrap().to_string(),
                mentions
                    .iter()
                    .map(|m| m["text"].as_str().unwrap().to_string())
                    .collect(),
                mentions.iter().filter(|m| m["in_title"] == true).count(),
            )
        })
        .collect()
}

#[test]
fn headlines_are_tagged_and_their_mentions_count() {
    let body = "Kuwait said on Tuesday it would keep its output quota, and Kuwaiti oil \
                minister Ali Khalifa al-Sabah told reporters in Vienna the cartel would meet \
                again. The Organization of Petroleum Exporting Countries (OPEC) has cut \
                output twice this year, and Kuwait has kept to its quota, officials said. ";
    let entities = entities_of(&format!(
        "KUWAIT SAYS OPEC TALKS IN VIENNA WILL GO ON\n\n{body}{body}\n"
    ));
    let headline_mentions = |name: &str| {
        entities
            .iter()
            .find(|(_, n, _, _)| n == name)
            .map(|(_, _, _, in_title)| *in_title)
    };
    // An all-caps headline's names take their type from the body, as written there.
    assert_eq!(headline_mentions("Kuwait"), Some(1), "{entities:?}");
    assert_eq!(headline_mentions("Vienna"), Some(1), "{entities:?}");
    let opec = entities
        .iter()
        .find(|(kind, n, _, _)| kind == "ORG" && n.contains("Petroleum"));
    assert!(
        opec.is_some_and(|(_, _, _, in_title)| *in_title == 1),
        "{entities:?}"
    );
    // No shouted headline word is a name of its own.
    for (_, name, _, _) in &entities {
        assert!(
            !["SAYS", "TALKS", "Says", "Talks"].contains(&name.as_str()),
            "{entities:?}"
        );
    }

    // A person the headline alone names, over a long body, is too little to go on
    // ("Sainsbury's" here is the person); over a feed's one line, the headline is the text.
    let (_, _, orgs) = facets_of(&format!(
        "Sainsbury's Labour election gift\n\nScience Minister Lord Sainsbury has given the \
         Labour Party 2m pounds. {body}{body}\n"
    ));
    assert!(!orgs.contains(&"Sainsbury's".to_string()), "{orgs:?}");
    let (people, places, _) = facets_of(
        "Angela Merkel Meets George Bush In Berlin\n\nThe two leaders talked about trade \
         on Monday.\n",
    );
    assert!(people.contains(&"Angela Merkel".to_string()), "{people:?}");
    assert!(people.contains(&"George Bush".to_string()), "{people:?}");
    assert!(places.contains(&"Berlin".to_string()), "{places:?}");
}

#[test]
fn mentions_cover_the_name_and_roles_are_cut_from_it() {
    let entities = entities_of(
        "Aid vote\n\nThe Democratic-controlled U.S. Senate voted to cut aid to Panama, \
         Treasury Secretary James Baker said. The Senate voted again, Labour MP Diane said.\n",
    );
    let find = |kind: &str, name: &str| {
        entities
            .iter()
            .find(|(k, n, _, _)| k == kind && n == name)
            .map(|(_, _, mentions, _)| mentions.clone())
    };
    // A mention is the name as written, not the words the tagger ran on into.
    assert_eq!(
        find("ORG", "U.S. Senate"),
        Some(vec!["U.S. Senate".to_string(), "Senate".to_string()]),
        "{entities:?}"
    );
    assert_eq!(
        find("PER", "James Baker"),
        Some(vec!["James Baker".to_string()]),
        "{entities:?}"
    );
    assert!(find("ORG", "Treasury").is_some(), "{entities:?}");
    let (people, _, _) = facets_of(
        "Film awards\n\nThe Aviator leads the Oscar race, and Oscar voters liked Imelda \
         Staunton, a Bafta winner. Grammy night is next.\n",
    );
    for award in ["Oscar", "Bafta", "Grammy"] {
        assert!(!people.contains(&award.to_string()), "{people:?}");
    }
    // A first name alone joins the one full name its short form begins.
    let (people, _, _) = facets_of(
        "Llanelli win\n\nScarlets coach Dave Hodges said the pack was strong. \"David has \
         done well,\" the captain said of Hodges.\n",
    );
    assert_eq!(people, ["Dave Hodges"], "{people:?}");
    let (people, _, _) = facets_of(
        "Bank results\n\nBanque Nationale de Paris said profits rose, and de Paris said \
         nothing more.\n",
    );
    assert!(!people.iter().any(|p| p.starts_with("de ")), "{people:?}");
    let (_, _, orgs) = facets_of(
        "Bank results\n\nBanque Nationale de Paris said profits rose, and de Paris said \
         nothing more.\n",
    );
    assert_eq!(orgs, ["Banque Nationale de Paris"], "{orgs:?}");
    let (_, _, orgs) = facets_of("Acme Corp results\n\n4TH QTR NET\n\nShr 1.10 dlrs vs 90 cts\n");
    assert!(!orgs.iter().any(|o| o.contains("4TH")), "{orgs:?}");
    for (_, name, _, _) in &entities {
        assert!(
            !["MP Diane", "Diane", "Treasury Secretary James Baker"].contains(&name.as_str())
                && !name.starts_with("Democratic"),
            "{entities:?}"
        );
    }
}

#[test]
fn a_short_form_is_filed_under_the_full_name_the_corpus_gives() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let mut files: Vec<(String, String)> = Vec::new();
    for n in 0..4 {
        files.push((
            format!("full-{n}.txt"),
            format!(
                "Budget talks {n}\n\nPresident Ronald Reagan met the Securities and Exchange \
                 Commission (SEC) in Washington on Monday, officials said.\n"
            ),
        ));
    }
    for n in 0..3 {
        files.push((
            format!("short-{n}.txt"),
            format!(
                "Trade talks {n}\n\nReagan told reporters in Washington the SEC would act on \
                 Monday, officials said.\n"
            ),
        ));
    }
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_bytes()))
        .collect();
    write_files(&corpus, &files);
    let index = dir.path().join("idx");
    common::index_json(dir.path(), &corpus, &index, &[]);

    let all = common::search(
        dir.path(),
        &index,
        &["--facets", "person,org", "--top", "3"],
    );
    assert_eq!(
        common::facet(&all, "person"),
        [("Ronald Reagan".to_string(), 7)],
        "{all}"
    );
    let orgs = common::facet(&all, "org");
    assert_eq!(
        orgs[0],
        ("Securities and Exchange Commission".to_string(), 7),
        "{orgs:?}"
    );
    // Filters meet every form, and hits show the full name.
    let reagan = common::search(dir.path(), &index, &["--person", "Ronald Reagan"]);
    assert_eq!(reagan["total"], 7, "{reagan}");
    assert!(
        reagan["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|hit| hit["people"] == serde_json::json!(["Ronald Reagan"])),
        "{reagan}"
    );
    let sec = common::search(dir.path(), &index, &["--org", "SEC"]);
    assert_eq!(sec["total"], 7, "{sec}");
}

#[test]
fn capitalized_common_words_and_roles_are_no_organizations() {
    let (_, _, orgs) = facets_of(
        "Rates rise\n\nThe fragile U.S. Economic expansion worried U.S. Banks and Federal \
         officials, U.K. Chancellor Nigel Lawson said. Third World debt grew, research firm \
         InStat/MDR said.\n",
    );
    for wrong in [
        "U.S. Economic",
        "U.S. Banks",
        "Federal",
        "U.K. Chancellor",
        "Third World",
    ] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    assert!(orgs.contains(&"InStat/MDR".to_string()), "{orgs:?}");
}

#[test]
fn an_organization_tag_is_filed_under_the_name_the_text_gives() {
    let dir = tempfile::tempdir().unwrap();
    let records = [
        r#"{"title": "Oil demand", "body": "Oil use will grow one pct, the International Energy Agency (IEA) said in Paris. The IEA said stocks fell.", "orgs": ["IEA"]}"#,
        // The alias table's value for a tag stands, whatever else its initials spell.
        r#"{"title": "Farm talks", "body": "The European Commission proposed a cut in farm prices, officials said.", "orgs": ["EC"]}"#,
    ];
    write_files(
        dir.path(),
        &[("feed.jsonl", format!("{}\n", records.join("\n")).as_bytes())],
    );
    let path = dir.path().join("feed.jsonl");
    let articles = json(
        dir.path(),
        &["extract", path.to_str().unwrap(), "--format", "json"],
    );
    let orgs = |article: &Value| -> Vec<String> {
        article["orgs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(orgs(&articles[0]), ["International Energy Agency"]);
    let farm = orgs(&articles[1]);
    assert!(farm.contains(&"European Community".to_string()), "{farm:?}");
    assert!(
        farm.contains(&"European Commission".to_string()),
        "{farm:?}"
    );
}

#[test]
fn a_firm_s_name_is_whole_and_its_acronym_leaves_the_legal_form_out() {
    let (people, places, orgs) = facets_of(
        "Broker under scrutiny\n\nThe regulator is investigating insurance broker Marsh & \
         McLennan's share dealings. Marsh has said it is co-operating fully. Fiat may transfer \
         Maserati within its wholly owned Alfa Romeo division. Southcorp's shares rose to \
         Adollars 4.76 on the news. International Business Machines Corp said on Tuesday \
         that IBM would buy a stake. In chemicals, Kali und Salz firmed 2.50 marks. Trans World Airlines Inc said TWA \
         agreed.\n",
    );
    for whole in [
        "Marsh & McLennan",
        "Alfa Romeo",
        "International Business Machines Corp",
        "Trans World Airlines Inc",
        "Kali und Salz",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} in {orgs:?}");
    }
    for part in [
        "Marsh", "McLennan", "IBM", "TWA", "Kali", "Salz", "Adollars",
    ] {
        assert!(!orgs.contains(&part.to_string()), "{part} in {orgs:?}");
        assert!(!people.contains(&part.to_string()), "{part} in {people:?}");
        assert!(!places.contains(&part.to_string()), "{part} in {places:?}");
    }
    assert!(!people.contains(&"Alfa Romeo".to_string()), "{people:?}");
}

#[test]
fn a_facet_value_filters_to_as_many_articles_as_it_counts() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let records = [
        r#"{"title": "One", "body": "Licence fee talks went on.", "orgs": ["BBC"]}"#,
        r#"{"title": "Two", "body": "Licence fee talks went on.", "orgs": ["BBC"]}"#,
        r#"{"title": "Three", "body": "Football results came in.", "orgs": ["BBC Sport"]}"#,
        r#"{"title": "Four", "body": "Ministers met in Moscow.", "orgs": ["Kremlin Press Office"]}"#,
    ];
    write_files(
        &corpus,
        &[("feed.jsonl", format!("{}\n", records.join("\n")).as_bytes())],
    );
    let index = dir.path().join("idx");
    common::index_json(dir.path(), &corpus, &index, &["--extract", "none"]);
    let all = common::search(dir.path(), &index, &["--facets", "org"]);
    let counts = common::facet(&all, "org");
    assert!(counts.contains(&("BBC".to_string(), 2)), "{counts:?}");
    // The chip's count is what the filter finds: "BBC" is not also "BBC Sport".
    let bbc = common::search(dir.path(), &index, &["--org", "BBC"]);
    assert_eq!(bbc["total"], 2, "{bbc}");
    // A word no article has as a whole value still finds the names holding it.
    let kremlin = common::search(dir.path(), &index, &["--org", "kremlin"]);
    assert_eq!(kremlin["total"], 1, "{kremlin}");
}

#[test]
fn a_party_member_s_label_is_a_state_and_a_person_not_an_organization() {
    let (people, places, orgs) = facets_of(
        "Budget vote\n\nMissouri Democrat Richard Gephardt said the bill would pass. Democrat \
         Edward Zorinsky of Nebraska agreed, and a Texas Democrat said nothing. Liberal \
         Democrat leader Charles Kennedy, speaking in London, said the vote would come.\n",
    );
    for person in ["Richard Gephardt", "Edward Zorinsky", "Charles Kennedy"] {
        assert!(
            people.contains(&person.to_string()),
            "{person} in {people:?}"
        );
    }
    for place in ["Missouri", "Texas"] {
        assert!(places.contains(&place.to_string()), "{place} in {places:?}");
    }
    assert!(!places.contains(&"Liberal".to_string()), "{places:?}");
    assert!(orgs.contains(&"Liberal Democrats".to_string()), "{orgs:?}");
    for label in [
        "Missouri Democrat",
        "Texas Democrat",
        "Democrat Edward Zorinsky",
    ] {
        assert!(!orgs.contains(&label.to_string()), "{label} in {orgs:?}");
    }
}

#[test]
fn european_legal_forms_end_a_company_s_name() {
    let (people, _, orgs) = facets_of(
        "Swiss results\n\nBADEN, Switzerland, March 2 - Brown Boveri und Cie said its profit \
         rose. Boliden AB, Condor Flugdienst GmbH and Hoogovens Groep BV said they would \
         bid. Boliden said the offer was final.\n",
    );
    for whole in [
        "Brown Boveri und Cie",
        "Boliden AB",
        "Condor Flugdienst GmbH",
        "Hoogovens Groep BV",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} in {orgs:?}");
    }
    assert!(!orgs.contains(&"Boliden".to_string()), "{orgs:?}");
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn grounds_streets_and_rivers_are_places_and_a_name_s_tail_no_organization() {
    let (people, places, orgs) = facets_of(
        "Cup night\n\nHarry Redknapp left Fratton Park for Southampton. The awards are being held at the \
         Odeon in London's Leicester Square. Officials halted work on the nearby Nu River. Cable and Wireless \
         Plc said profits rose, and Wireless said its shares would be listed. Nathan Lane \
         sang.\n",
    );
    for place in ["Fratton Park", "Leicester Square"] {
        assert!(places.contains(&place.to_string()), "{place} in {places:?}");
        assert!(!orgs.contains(&place.to_string()), "{place} in {orgs:?}");
    }
    assert!(!people.contains(&"Nu River".to_string()), "{people:?}");
    assert!(people.contains(&"Nathan Lane".to_string()), "{people:?}");
    assert!(!orgs.contains(&"Wireless".to_string()), "{orgs:?}");
}

#[test]
fn landmarks_are_places_not_people_or_organizations() {
    let (people, places, orgs) = facets_of(
        "Royal couple\n\nLONDON (Reuters) - Prince Harry and Meghan will repay the cost of \
         Frogmore Cottage, Buckingham Palace said. The cardinal spoke at Westminster Cathedral. \
         Engineers inspected the Hoover Dam.\n",
    );
    for place in ["Frogmore Cottage", "Westminster Cathedral", "Hoover Dam"] {
        assert!(places.contains(&place.to_string()), "{place} in {places:?}");
        assert!(
            !people.contains(&place.to_string()),
            "{place} in {people:?}"
        );
        assert!(!orgs.contains(&place.to_string()), "{place} in {orgs:?}");
    }
}

#[test]
fn nationalities_roles_honours_and_party_states_are_no_organizations() {
    let (_, places, orgs) = facets_of(
        "Grain deal\n\nWASHINGTON, April 2 - The Soviets bought more wheat, said Sen. Bob \
         Dole (R-Kan.), and Rep. Dan Glickman (D-Okla.) agreed. Foreign Secretary Jack Straw \
         and Energy Minister Alick Buchanan-Smith met Guy Mansfield QC and Bob Geldof OBE. \
         GPRS and VHS sales fell, said Transportation Secretary Elizabeth Dole.\n",
    );
    for not_an_org in [
        "Soviets",
        "R-Kan",
        "D-Okla",
        "Foreign Secretary",
        "Energy Minister",
        "QC",
        "OBE",
        "GPRS",
        "VHS",
        "Transportation",
    ] {
        assert!(
            !orgs.contains(&not_an_org.to_string()),
            "{not_an_org} in {orgs:?}"
        );
    }
    for state in ["Kansas", "Oklahoma"] {
        assert!(places.contains(&state.to_string()), "{state} in {places:?}");
    }
}

#[test]
fn names_run_together_at_and_are_each_filed_and_numerals_or_titles_are_none() {
    let (_, places, orgs) = facets_of(
        "Bond issue\n\nThe issue is rated A by Standard and Poor's. Westinghouse and General \
         Electric co-managed the deal for the IMF and World Bank, as trade between the US and \
         Europe grew. Genentech began a phase III study, said an aide to Sen. Bob Dole. The \
         British Bankers Association and Building Societies Association said lending fell.\n",
    );
    for org in [
        "Westinghouse",
        "General Electric",
        "British Bankers Association",
        "Building Societies Association",
        "International Monetary Fund",
        "World Bank",
    ] {
        assert!(orgs.contains(&org.to_string()), "{org} in {orgs:?}");
    }
    for joined in [
        "Westinghouse and General Electric",
        "IMF and World Bank",
        "US and Europe",
        "III",
        "Sen.",
    ] {
        assert!(!orgs.contains(&joined.to_string()), "{joined} in {orgs:?}");
    }
    assert!(places.contains(&"Europe".to_string()), "{places:?}");
}

#[test]
fn a_film_a_performer_was_in_or_a_film_noun_follows_is_no_organization() {
    let (people, _, orgs) = facets_of(
        "Oscar race\n\nHilary Swank won praise for her role in Million Dollar Baby, and Leonardo \
         DiCaprio starred in The Aviator. Fans queued for the Star Wars films. Natalie Portman \
         was nominated for her role in Mike Nichols' Closer. Redford founded the Sundance \
         film festival.\n",
    );
    for work in ["Million Dollar Baby", "Aviator", "The Aviator", "Star Wars"] {
        assert!(!orgs.contains(&work.to_string()), "{work} in {orgs:?}");
        assert!(!people.contains(&work.to_string()), "{work} in {people:?}");
    }
    assert!(people.contains(&"Mike Nichols".to_string()), "{people:?}");
}

#[test]
fn software_and_chips_are_products_but_their_maker_stays_a_company() {
    let (_, _, orgs) = facets_of(
        "Chip war\n\nPCs built on the AMD Sempron chip and the Intel Celeron processor sold \
         well, and users of the Workplace software complained. Digital Equipment Corp software \
         runs on them.\n",
    );
    for product in ["AMD Sempron", "Intel Celeron", "Workplace"] {
        assert!(
            !orgs.contains(&product.to_string()),
            "{product} in {orgs:?}"
        );
    }
    assert!(
        orgs.contains(&"Digital Equipment Corp".to_string()),
        "{orgs:?}"
    );
}

#[test]
fn a_brand_or_a_firm_an_apposition_describes_is_no_person() {
    let (people, _, orgs) = facets_of(
        "Drinks deal\n\nAllied Domecq's big names include Malibu rum, Courvoisier brandy and \
         Stolichnaya vodka. Last year Pernod tried to buy Glenmorangie, one of Scotland's \
         premier whisky firms. Vince Cable, the party's trade spokesman, said little.\n",
    );
    for brand in ["Malibu", "Courvoisier", "Stolichnaya", "Glenmorangie"] {
        assert!(
            !people.contains(&brand.to_string()),
            "{brand} in {people:?}"
        );
    }
    assert!(orgs.contains(&"Glenmorangie".to_string()), "{orgs:?}");
    assert!(people.contains(&"Vince Cable".to_string()), "{people:?}");
}

#[test]
fn a_broadcaster_s_programme_and_a_people_are_no_organizations() {
    let (people, _, orgs) = facets_of(
        "Week in review\n\nShe told BBC Two's Newsnight and ITV1's Pop Idol judges, said the \
         BBC's Sarah Rainsford, and the BBC's World Service reported it. The Scots played \
         well against the French.\n",
    );
    for not_an_org in ["Newsnight", "Pop Idol", "Scots"] {
        assert!(
            !orgs.contains(&not_an_org.to_string()),
            "{not_an_org} in {orgs:?}"
        );
    }
    assert!(
        people.contains(&"Sarah Rainsford".to_string()),
        "{people:?}"
    );
    assert!(orgs.iter().any(|o| o.contains("World Service")), "{orgs:?}");
}

#[test]
fn an_ordinal_opens_a_century_s_name_and_a_century_alone_is_a_time() {
    let (people, _, orgs) = facets_of(
        "Box office\n\nThe film was released by 20th Century Fox on Friday. The house dates \
         from the 19th Century, the studio said.\n",
    );
    assert!(orgs.contains(&"20th Century Fox".to_string()), "{orgs:?}");
    assert!(!orgs.contains(&"Century Fox".to_string()), "{orgs:?}");
    assert!(!people.contains(&"Century".to_string()), "{people:?}");
    assert!(!orgs.contains(&"Century".to_string()), "{orgs:?}");
}

#[test]
fn a_sentence_opening_after_a_roman_one_is_no_person() {
    let (people, _, _) = facets_of(
        "Comeback denied\n\nThe series ran from the 15th century to World War I. But the BBC \
         said on Thursday that Rowan Atkinson would not return.\n",
    );
    assert!(!people.iter().any(|p| p.contains("But")), "{people:?}");
    assert!(people.contains(&"Rowan Atkinson".to_string()), "{people:?}");
}

#[test]
fn a_title_after_the_is_one_work_in_every_mention() {
    let (_, places, orgs) = facets_of(
        "Oscar shortlist\n\nFilms to receive nominations are The Aviator, Finding Neverland \
         and Ray. Martin Scorsese directed the movie The Aviator. The Aviator has taken \
         dollars 7m. Baker told The Cable News Network in an interview.\n",
    );
    for work in ["Aviator", "The Aviator"] {
        assert!(!orgs.contains(&work.to_string()), "{work} in {orgs:?}");
        assert!(!places.contains(&work.to_string()), "{work} in {places:?}");
    }
    assert!(
        orgs.iter().any(|o| o.contains("Cable News Network")),
        "{orgs:?}"
    );
}

#[test]
fn names_listed_beside_a_work_are_works() {
    let (people, _, orgs) = facets_of(
        "Box office\n\nCritics favoured the films The Aviator, Million Dollar Baby and \
         Sideways. Warner Bros said so.\n",
    );
    for work in ["Aviator", "Million Dollar Baby", "Baby", "Sideways"] {
        assert!(!orgs.contains(&work.to_string()), "{work} in {orgs:?}");
        assert!(!people.contains(&work.to_string()), "{work} in {people:?}");
    }
    assert!(orgs.contains(&"Warner Bros".to_string()), "{orgs:?}");
}

#[test]
fn a_place_s_formal_name_is_the_place() {
    let (_, places, orgs) = facets_of(
        "Bond issue\n\nNorsk Hydro is 51 pct owned by the Kingdom of Norway, and a court in \
         the Channel Island of Jersey heard the case.\n",
    );
    for formal in ["Kingdom of Norway", "Channel Island of Jersey"] {
        assert!(!orgs.contains(&formal.to_string()), "{formal} in {orgs:?}");
    }
    assert!(places.contains(&"Norway".to_string()), "{places:?}");
}

#[test]
fn two_places_the_tagger_ran_together_at_and_are_two_places() {
    let (_, places, orgs) = facets_of(
        "Flights\n\nFRANKFURT, March 3 - Lufthansa will start scheduled services from \
         Frankfurt to Washington D.C. And Riyadh.\n",
    );
    assert!(places.contains(&"Riyadh".to_string()), "{places:?}");
    assert!(!places.iter().any(|p| p.contains(" And ")), "{places:?}");
    assert!(!orgs.iter().any(|o| o.contains(" And ")), "{orgs:?}");
}

#[test]
fn a_ticker_in_parentheses_or_after_a_possessive_is_the_company_before_it() {
    let (_, _, orgs) = facets_of(
        "CHICAGO, March 6 - Shearson Lehman, a subsidiary of American Express Co (AXP), \
         disclosed a stake. He was vice president of United Technologies Corp' <UTX> unit. \
         The probe by the US Securities Exchange Commission (SEC) is closing.\n",
    );
    for ticker in ["AXP", "UTX"] {
        assert!(!orgs.contains(&ticker.to_string()), "{ticker} in {orgs:?}");
    }
    assert!(
        orgs.contains(&"American Express Co".to_string()),
        "{orgs:?}"
    );
    // An acronym the alias table knows keeps its value.
    assert!(
        orgs.contains(&"Securities and Exchange Commission".to_string()),
        "{orgs:?}"
    );
}

#[test]
fn an_acronym_of_words_that_name_no_body_is_no_organization() {
    let (_, _, orgs) = facets_of(
        "Drugs\n\nShares in Elan and Biogen Idec plunged on Monday. The condition, progressive \
         multifocal leukoencephalopathy (PML), struck two patients taking Tysabri.\n",
    );
    assert!(!orgs.contains(&"PML".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"Biogen Idec".to_string()), "{orgs:?}");
}

#[test]
fn a_short_form_that_ends_a_fuller_name_is_that_organization() {
    let (_, _, orgs) = facets_of(
        "Cyber chief\n\nAmit Yoran was director of the National Cyber Security Division \
         within the US Department of Homeland Security. The Cyber Security Division and the \
         Department of Homeland Security declined to comment. He spoke on BBC Radio 1, and \
         Radio 1 listeners called in.\n",
    );
    for short in [
        "Cyber Security Division",
        "Radio 1",
        "US Department of Homeland Security",
    ] {
        assert!(!orgs.contains(&short.to_string()), "{short} in {orgs:?}");
    }
    for whole in [
        "National Cyber Security Division",
        "BBC Radio 1",
        "Department of Homeland Security",
    ] {
        assert!(orgs.contains(&whole.to_string()), "{whole} not in {orgs:?}");
    }
}

#[test]
fn two_companies_ending_a_list_are_two_organizations() {
    let (_, _, orgs) = facets_of(
        "Banks\n\nThe lenders are Hang Seng Bank, Daiwa Bank, Sumitomo Bank and Wing Lung \
         Bank. Florida Federal Savings and Loan Association, Naples Federal Savings and Loan \
         Association said nothing.\n",
    );
    for bank in [
        "Sumitomo Bank",
        "Wing Lung Bank",
        "Naples Federal Savings and Loan Association",
    ] {
        assert!(orgs.contains(&bank.to_string()), "{bank} not in {orgs:?}");
    }
    assert!(!orgs.contains(&"Loan Association".to_string()), "{orgs:?}");
}

#[test]
fn a_name_before_a_model_code_is_a_product_and_its_maker_stays() {
    let (_, _, orgs) = facets_of(
        "Awards\n\nSony won the prize. He said Sony's Clie PEG UX50 media player with its \
         swivel screen was a winner, and Canon's EOS 300D digital camera was picked too.\n",
    );
    for product in ["Clie", "UX50", "EOS"] {
        assert!(
            !orgs.contains(&product.to_string()),
            "{product} in {orgs:?}"
        );
    }
    for maker in ["Sony", "Canon"] {
        assert!(orgs.contains(&maker.to_string()), "{maker} not in {orgs:?}");
    }
}

#[test]
fn a_name_listed_among_people_is_a_person() {
    let (people, _, orgs) = facets_of(
        "Wasps 31-37 Leicester\n\nLeicester withstood a stunning Wasps comeback to win.\n\n\
         Wasps: Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson.\n",
    );
    assert!(!orgs.contains(&"Voyce".to_string()), "{orgs:?}");
    assert!(people.contains(&"Voyce".to_string()), "{people:?}");
    assert!(orgs.contains(&"Wasps".to_string()), "{orgs:?}");
}

#[test]
fn no_value_holds_a_bracket() {
    let (people, _, orgs) = facets_of(
        "Lions named\n\nThe squad: S Bobo (Fiji); A Mehrtens (NZ) G Gregan (Aus, capt); \
         C Hoeft (NZ), J Smit (SA). She helped launch the Ballet Club at the Mercury \
         Theatre (later the Ballet Rambert), the Vic Wells Ballet. The Entopia economy lets \
         gamers exchange real currency into PED (Project Entropia Dollars) and back. It \
         was the question posed by Brighton nurse Marion Brown: \"Would you?\" The phone \
         runs Vodafone Live! and more.\n",
    );
    for value in people.iter().chain(&orgs) {
        assert!(
            !value.contains(['(', ')', '[', ']', ':', '!']),
            "{value:?} in {people:?} {orgs:?}"
        );
    }
    assert!(orgs.contains(&"Ballet Rambert".to_string()), "{orgs:?}");
}

#[test]
fn the_last_two_of_a_list_of_companies_are_two() {
    let (_, _, orgs) = facets_of(
        "Studios look east\n\nForeign firms are keen. News Corporation, Viacom and Sony \
         Pictures are among the big names. Smith Barney, Harris Upham and Co said so too.\n",
    );
    for company in ["Viacom", "Sony Pictures"] {
        assert!(
            orgs.contains(&company.to_string()),
            "{company} not in {orgs:?}"
        );
    }
    assert!(!orgs.contains(&"Upham".to_string()), "{orgs:?}");
}

#[test]
fn a_name_an_apposition_calls_a_minister_or_director_is_a_person() {
    let (people, _, orgs) = facets_of(
        "Oil rises\n\n\"I do not think we need to cut,\" Fathi Bin Shatwan, Libya's oil \
         minister, told Reuters. The award for best original screenplay went to \
         writer-director Sofia Coppola. Ofcom, the regulator, agreed. \"It is cheap,\" said \
         KK Mittal, a fund manager.\n",
    );
    for person in ["Fathi Bin Shatwan", "Sofia Coppola", "KK Mittal"] {
        assert!(
            people.contains(&person.to_string()),
            "{person} not in {people:?}"
        );
        assert!(!orgs.contains(&person.to_string()), "{person} in {orgs:?}");
    }
    assert!(orgs.contains(&"Ofcom".to_string()), "{orgs:?}");
}

#[test]
fn a_legal_form_is_one_value_with_or_without_its_period() {
    let (_, _, orgs) = facets_of(
        "Advest buys stake\n\nHARTFORD, Conn., April 7 - Advest Inc. said it bought a stake \
         in Quantum Fund N.V. from Hertz Corp. The airline also said packages from \
         Pittsburgh and Washington, D.C. will be priced at 499 dlrs.\n\n\
         N.Y. RUBBER PHYSICAL 1030 APR 7\n",
    );
    for company in ["Advest Inc", "Quantum Fund NV", "Hertz Corp"] {
        assert!(
            orgs.contains(&company.to_string()),
            "{company} not in {orgs:?}"
        );
    }
    for junk in ["N.Y.", "D.C."] {
        assert!(!orgs.contains(&junk.to_string()), "{junk} in {orgs:?}");
    }
}

#[test]
fn a_word_that_opens_the_sentence_is_no_part_of_the_name() {
    let (_, places, orgs) = facets_of(
        "Steel stocks\n\nAnalysts are split. But Dean Witter Reynolds Inc analyst Clarence \
         Morrison sees some potential. Although the Bank of Japan intervened, the dollar \
         fell. On Friday Cyacq Corp said it would bid. And Asia was calm.\n",
    );
    for company in ["Dean Witter Reynolds Inc", "Bank of Japan", "Cyacq Corp"] {
        assert!(
            orgs.contains(&company.to_string()),
            "{company} not in {orgs:?}"
        );
    }
    assert!(places.contains(&"Asia".to_string()), "{places:?}");
    for value in orgs.iter().chain(&places) {
        for opener in ["But ", "Although ", "On ", "And "] {
            assert!(!value.starts_with(opener), "{value} in {orgs:?} {places:?}");
        }
    }
}

#[test]
fn an_everyday_word_alone_is_no_organization_without_a_word_that_says_so() {
    let (_, _, orgs) = facets_of(
        "Shanklin out\n\nShanklin was first-choice wing in the autumn Tests, but prefers \
         centre. I don't care who you are, the Directors would take the money. Writing in the \
         journal Nature, Japanese firm Sharp said so, The Times reported.\n",
    );
    for junk in ["Tests", "Directors"] {
        assert!(!orgs.contains(&junk.to_string()), "{junk} in {orgs:?}");
    }
    // A noun before or after, a publication's name: a body.
    for body in ["Nature", "Sharp", "Times"] {
        assert!(orgs.contains(&body.to_string()), "{body} not in {orgs:?}");
    }
}

#[test]
fn a_company_written_with_an_ampersand_is_one_name() {
    let (people, _, orgs) = facets_of(
        "Phone deal\n\nAT&T said on Monday it would buy the unit. Scottish & Newcastle, or \
         S&N, was not involved, and the R&B singer said nothing.\n",
    );
    assert!(orgs.contains(&"AT&T".to_string()), "{orgs:?}");
    for fragment in ["AT", "T", "R&B", "AT & T"] {
        assert!(
            !orgs.contains(&fragment.to_string()),
            "{fragment} in {orgs:?}"
        );
        assert!(
            !people.contains(&fragment.to_string()),
            "{fragment} in {people:?}"
        );
    }
}

#[test]
fn a_month_after_a_name_and_a_treasury_role_are_no_part_of_an_organization() {
    let (people, _, orgs) = facets_of(
        "Oil output\n\nWASHINGTON, March 3 - The OPEC February output rose, Bundesbank May figures \
         showed, and Treasury Secretary James Baker said the Treasury would act by the Fourth \
         of July.\n",
    );
    for name in ["OPEC", "Bundesbank", "Treasury"] {
        assert!(orgs.contains(&name.to_string()), "{name} not in {orgs:?}");
    }
    for wrong in ["OPEC February", "Bundesbank May", "Treasury Secretary"] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    assert!(people.contains(&"James Baker".to_string()), "{people:?}");
}

#[test]
fn a_name_run_on_after_a_body_is_a_person() {
    let (people, _, orgs) = facets_of(
        "Tax plans\n\nSources within the Conservative Party told the BBC Michael Howard has \
         always been in favour. But BBC Political Correspondent James Hardy said the prospect \
         was slim, and Agence France Presse and JP Morgan Chase agreed.\n",
    );
    for person in ["Michael Howard", "James Hardy"] {
        assert!(
            people.contains(&person.to_string()),
            "{person} not in {people:?}"
        );
    }
    assert!(orgs.contains(&"BBC".to_string()), "{orgs:?}");
    for wrong in [
        "BBC Michael Howard",
        "BBC Political Correspondent James Hardy",
    ] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    for company_part in ["France Presse", "Morgan Chase"] {
        assert!(!people.contains(&company_part.to_string()), "{people:?}");
    }
}

#[test]
fn a_known_company_keeps_its_value_beside_its_product() {
    let (_, _, orgs) = facets_of(
        "Browser share falls\n\nMicrosoft said its share fell. The figures come from \
         Microsoft Windows Client users. Microsoft plans more. With Vodafone now pushing \
         Vodafone Live, Vodafone said music would sell.\n",
    );
    for company in ["Microsoft", "Vodafone"] {
        assert!(
            orgs.contains(&company.to_string()),
            "{company} not in {orgs:?}"
        );
    }
}

#[test]
fn a_nationality_or_party_noun_before_a_name_is_no_part_of_it() {
    let (people, _, orgs) = facets_of(
        "Indoor trials\n\nWelshman Jimmy Watkins won the 60m, ahead of Dutchman Arnoud Okken. \
         Olympian Andy Turner was third. Tory Liam Fox said the games would help, and Tory \
         Dominic Grieve agreed.\n",
    );
    for person in [
        "Jimmy Watkins",
        "Arnoud Okken",
        "Andy Turner",
        "Liam Fox",
        "Dominic Grieve",
    ] {
        assert!(
            people.contains(&person.to_string()),
            "{person} not in {people:?}"
        );
    }
    assert!(
        !people.iter().any(|p| p.starts_with("Welshman")
            || p.starts_with("Dutchman")
            || p.starts_with("Olympian")
            || p.starts_with("Tory")),
        "{people:?}"
    );
    assert!(orgs.contains(&"Conservative Party".to_string()), "{orgs:?}");
    // A party's short name inside a longer one is no party.
    let (_, _, orgs) = facets_of("Holiday\n\nShops shut on Labour Day, and the parade went on.\n");
    assert!(!orgs.contains(&"Labour Party".to_string()), "{orgs:?}");
    // An acronym after it is no longer name: "Labour MPs" are the party's.
    let (_, _, orgs) = facets_of("Revolt\n\nDozens of Labour MPs are poised to vote against it.\n");
    assert!(orgs.contains(&"Labour Party".to_string()), "{orgs:?}");
}

#[test]
fn a_name_the_gazetteer_lacks_is_a_place_only_when_shaped_like_one() {
    let (_, places, _) = facets_of(
        "Film and games\n\nThe film was shot in Crete and Bosnia, with dialogue in Aramaic. \
         They tend to go for films like Titanic and the Lord of the Rings. Halo 2 sold well \
         on Xbox in the Middle East and Eastern Europe.\n",
    );
    for place in [
        "Crete",
        "Bosnia and Herzegovina",
        "Middle East",
        "Eastern Europe",
    ] {
        assert!(
            places.contains(&place.to_string()),
            "{place} not in {places:?}"
        );
    }
    for wrong in ["Aramaic", "Lord", "Rings", "Xbox", "Halo"] {
        assert!(
            !places.contains(&wrong.to_string()),
            "{wrong} in {places:?}"
        );
    }
}

#[test]
fn an_institution_a_title_or_a_role_is_no_person() {
    let (people, _, orgs) = facets_of(
        "Book prize\n\nThe historian, a fellow of Oriel College, was praised by Oscar-winner \
         Kevin Spacey. He first saw Star Wars: The Phantom Menace at Morehouse College.\n",
    );
    for wrong in [
        "Oriel College",
        "Morehouse College",
        "Oscar-winner",
        "Star Wars: The Phantom",
        "Star Wars: The Phantom Menace",
    ] {
        assert!(
            !people.contains(&wrong.to_string()),
            "{wrong} in {people:?}"
        );
    }
    assert!(people.contains(&"Kevin Spacey".to_string()), "{people:?}");
    assert!(orgs.contains(&"Oriel College".to_string()), "{orgs:?}");
}

#[test]
fn a_name_after_a_person_s_possessive_is_their_work_unless_it_names_a_body() {
    let (_, _, orgs) = facets_of(
        "Oscar race\n\nClint Eastwood's Million Dollar Baby leads the race. Martin Scorsese's \
         Gangs Of New York did not. Tommy Docherty's Manchester United won, and John Peel's BBC Radio 1 show goes on.\n",
    );
    for work in ["Million Dollar Baby", "Gangs Of New York"] {
        assert!(!orgs.contains(&work.to_string()), "{work} in {orgs:?}");
    }
    for body in ["Manchester United", "BBC Radio 1"] {
        assert!(orgs.contains(&body.to_string()), "{body} not in {orgs:?}");
    }
}

#[test]
fn a_bourse_or_a_bookmaker_named_after_its_noun_is_an_organization() {
    let (people, _, orgs) = facets_of(
        "Exchange bids\n\nRival pan-European bourse Euronext is working on a bid, and \
         bookmaker Ladbrokes said it would not.\n",
    );
    for company in ["Euronext", "Ladbrokes"] {
        assert!(
            orgs.contains(&company.to_string()),
            "{company} not in {orgs:?}"
        );
        assert!(!people.contains(&company.to_string()), "{people:?}");
    }
}

#[test]
fn a_body_s_role_and_a_person_run_together_are_split_and_the_surname_follows() {
    let (people, _, orgs) = facets_of(
        "Embryo research\n\nThe bishop has opposed embryo research. Medical Research Council \
         Professor Nancy Rothwell said the rules were wrong. Rothwell said scientists would \
         leave. The Lib Dems plan to oppose the Bill in the Lords on Thursday, after the \
         Commons, as the House of Commons did before.\n",
    );
    assert!(people.contains(&"Nancy Rothwell".to_string()), "{people:?}");
    assert!(
        orgs.contains(&"Medical Research Council".to_string()),
        "{orgs:?}"
    );
    for wrong in [
        "Medical Research Council Professor Nancy Rothwell",
        "Rothwell",
        "Commons",
    ] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong} in {orgs:?}");
    }
    assert!(orgs.contains(&"House of Commons".to_string()), "{orgs:?}");
}

#[test]
fn a_title_built_on_of_is_no_organization_but_bodies_and_waters_are_kept() {
    let (_, places, orgs) = facets_of(
        "Games and trade\n\nSales of Medal Of Honor and World of Warcraft rose, the \
         Confederation of British Industry said. The British Chambers of Commerce agreed, \
         as did General Motors of Canada Ltd. Tankers crossed the Strait of Hormuz.\n",
    );
    for title in ["Medal Of Honor", "World of Warcraft", "Strait of Hormuz"] {
        assert!(!orgs.contains(&title.to_string()), "{title} in {orgs:?}");
    }
    for body in [
        "Confederation of British Industry",
        "British Chambers of Commerce",
        "General Motors of Canada Ltd",
    ] {
        assert!(orgs.contains(&body.to_string()), "{body} not in {orgs:?}");
    }
    assert!(
        places.contains(&"Strait of Hormuz".to_string()),
        "{places:?}"
    );
}

#[test]
fn apple_style_product_names_are_no_organizations() {
    let (_, _, orgs) = facets_of(
        "Music players\n\nApple said sales of the iPod and the iPod Photo rose, and songs \
         bought on iTunes doubled. Sony said its players sold well.\n",
    );
    for product in ["iPod", "iPod Photo", "iTunes"] {
        assert!(
            !orgs.contains(&product.to_string()),
            "{product} in {orgs:?}"
        );
    }
    for company in ["Apple", "Sony"] {
        assert!(
            orgs.contains(&company.to_string()),
            "{company} not in {orgs:?}"
        );
    }
}

#[test]
fn a_name_with_a_post_nominal_honour_is_a_person() {
    let (people, _, orgs) = facets_of(
        "Legal aid\n\nThe chairman of the Bar Council, Guy Mansfield QC has warned there was \
         a problem.\n",
    );
    assert!(people.contains(&"Guy Mansfield".to_string()), "{people:?}");
    assert!(!orgs.contains(&"Guy Mansfield".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"Bar Council".to_string()), "{orgs:?}");
}

#[test]
fn what_someone_was_part_of_is_the_body_itself() {
    let (_, _, orgs) = facets_of(
        "New party\n\nEx-BBC chat show host and East Midlands MEP Robert Kilroy-Silk said he \
         wanted to change politics. The Former Guinness Plc chairman met non-EC Nordic \
         officials. The Japan Ex-Im Bank paid.\n",
    );
    for body in ["BBC", "Guinness Plc"] {
        assert!(orgs.contains(&body.to_string()), "{body} not in {orgs:?}");
    }
    assert!(
        !orgs.iter().any(
            |o| o.to_lowercase().starts_with("ex-") && !o.contains("Ex-Im")
                || o.starts_with("Former")
                || o.to_lowercase().starts_with("non-")
        ),
        "{orgs:?}"
    );
}

#[test]
fn a_name_ending_in_an_industry_word_is_a_company() {
    let (people, _, orgs) = facets_of(
        "Merger\n\nSSL was formed by a three-way merger between Seton Healthcare, footwear \
         specialists Scholl and condom maker London International Group.\n",
    );
    assert!(
        orgs.contains(&"Seton Healthcare".to_string()),
        "{orgs:?} {people:?}"
    );
    assert!(
        !people.contains(&"Seton Healthcare".to_string()),
        "{people:?}"
    );
}

#[test]
fn a_name_before_analyst_or_economist_is_their_firm() {
    let (people, _, orgs) = facets_of(
        "Bond markets\n\nNEW YORK, March 3 - Prices fell, said Dean Witter analyst Robert \
         Brusca. An E.F. Hutton economist agreed.\n",
    );
    for firm in ["Dean Witter", "E.F. Hutton"] {
        assert!(!people.contains(&firm.to_string()), "{firm} in {people:?}");
        assert!(orgs.contains(&firm.to_string()), "{firm} not in {orgs:?}");
    }
    assert!(people.contains(&"Robert Brusca".to_string()), "{people:?}");
}

#[test]
fn a_firm_s_surname_short_form_is_the_firm() {
    let (_, _, orgs) = facets_of(
        "Bond prices\n\nNEW YORK, March 3 - Aubrey G. Lanston and Co Inc said prices fell. \
         Lanston economist David Jones said the Fed would wait.\n",
    );
    assert!(
        orgs.iter().any(|o| o.starts_with("Aubrey G. Lanston")),
        "{orgs:?}"
    );
    assert!(!orgs.contains(&"Lanston".to_string()), "{orgs:?}");
}

#[test]
fn a_name_and_the_same_name_with_a_middle_initial_are_one_person() {
    let (people, _, _) = facets_of(
        "Boesky case\n\nNEW YORK, March 3 - Ivan F. Boesky agreed to pay 100 mln dlrs, the \
         SEC said.\n\nLawyers for Ivan Boesky declined to comment. George H. W. Bush and \
         George Bush were not named.\n",
    );
    assert_eq!(
        people,
        ["Ivan F. Boesky", "George H. W. Bush"],
        "{people:?}"
    );
    // Only initials: a middle name may be another person.
    let (people, _, _) =
        facets_of("Two men\n\nJohn Paul Smith met John Smith on Monday, officials said.\n");
    assert_eq!(people, ["John Paul Smith", "John Smith"], "{people:?}");
}

#[test]
fn a_brand_named_with_an_honorific_is_no_person() {
    let (people, _, orgs) = facets_of(
        "Cadbury profits rise\n\nThe owner of brands such as Dairy Milk, Dr Pepper and Snapple \
         said sales rose 2%, led by Dr Pepper and diet drinks. Ms Abbott, an analyst, said \
         Cadbury had done well.\n",
    );
    assert!(orgs.contains(&"Dr Pepper".to_string()), "{orgs:?}");
    assert!(!people.iter().any(|p| p.contains("Pepper")), "{people:?}");
}

#[test]
fn an_office_holder_joined_by_and_to_a_body_s_name_stays_out_of_the_body() {
    let (people, _, orgs) = facets_of(
        "Brexit talks\n\nBritish Prime Minister Boris Johnson and European Commission \
         President Ursula von der Leyen failed to agree on Sunday.\n",
    );
    assert!(
        orgs.contains(&"European Commission".to_string()),
        "{orgs:?}"
    );
    assert!(
        !orgs.iter().any(|o| o.contains("Johnson")),
        "an office holder in {orgs:?}"
    );
    assert!(people.contains(&"Boris Johnson".to_string()), "{people:?}");
}

#[test]
fn a_company_called_by_the_first_word_of_its_name_is_one_value() {
    // "Target said", "Target planned": the company, mentions of "Target Corp" all.
    let body = "Shares of Target Corp rose 3 pct in New York on Tuesday after the retailer \
                reported higher sales. Target said sales grew in every region, and analysts \
                said Target planned to open more stores next year. ";
    let entities = entities_of(&format!("{body}{body}\n"));
    let target = entities
        .iter()
        .find(|(kind, name, _, _)| kind == "ORG" && name.starts_with("Target"));
    assert!(
        target.is_some_and(|(_, _, mentions, _)| mentions
            .iter()
            .filter(|m| *m == "Target")
            .count()
            == 4),
        "{entities:?}"
    );
    // A headline that names the company by its first word adds no value of its own.
    let (_, _, orgs) = facets_of(
        "ORBIT INSTRUMENT UNIT INCREASES BACKLOG\n\nOrbit Instrument Corp said its unit, Orbit \
         Semiconductor Inc, has received orders worth 2.1 mln dlrs, raising its backlog to a \
         record.\n",
    );
    assert!(!orgs.contains(&"Orbit".to_string()), "{orgs:?}");
    assert!(
        orgs.contains(&"Orbit Instrument Corp".to_string()),
        "{orgs:?}"
    );
}

#[test]
fn names_of_todays_news_are_filed_under_their_kind() {
    let (people, places, orgs) = facets_of(
        "Britain approves Pfizer-BioNTech vaccine\n\nLONDON (Reuters) - Shares in BioNTech rose 3% \
         in Frankfurt on Wednesday after Britain approved the vaccine. WHO Director-General \
         Tedros Adhanom Ghebreyesus welcomed the decision, and European Commission President \
         Ursula von der Leyen said the European Union would follow. South Korean President Moon \
         Jae-in said Seoul would buy doses. The African Union asked for a share for Africa.\n",
    );
    for org in ["BioNTech", "African Union", "European Union"] {
        assert!(orgs.iter().any(|o| o == org), "{org}: {orgs:?}");
    }
    // WHO is there under its acronym or its name.
    assert!(
        orgs.iter()
            .any(|o| o == "WHO" || o == "World Health Organization"),
        "{orgs:?}"
    );
    for person in ["Ursula von der Leyen", "Moon Jae-in"] {
        assert!(people.iter().any(|p| p == person), "{person}: {people:?}");
    }
    // A union of a people is no place; the dateline's town is one.
    assert!(!places.iter().any(|p| p == "African Union"), "{places:?}");
    assert!(places.iter().any(|p| p == "London"), "{places:?}");
}

#[test]
fn companies_named_side_by_side_stay_two_values_and_their_short_forms_join_them() {
    let (_, _, orgs) = facets_of(
        "Salesforce to buy Slack\n\nDec 1 (Reuters) - Salesforce.com Inc said on Tuesday it \
         would buy workplace messaging app Slack Technologies Inc for $27.7 billion. Shares of \
         Slack rose 1%, while Salesforce fell 4%. Goldman Sachs and Qatalyst Partners advised \
         Slack, while Morgan Stanley advised Salesforce. AstraZeneca and Oxford University said \
         their vaccine was 70% effective.\n",
    );
    // Two companies an "and" joins are two values, each under its own name.
    for org in [
        "Goldman Sachs",
        "Qatalyst Partners",
        "AstraZeneca",
        "Oxford University",
    ] {
        assert!(orgs.iter().any(|o| o == org), "{org}: {orgs:?}");
    }
    assert!(!orgs.iter().any(|o| o.contains(" and ")), "{orgs:?}");
    // "Slack" is the "Slack Technologies Inc" the article named, though "slack" is a word;
    // "Salesforce.com Inc" and "Salesforce" are one company.
    assert!(orgs.iter().any(|o| o.starts_with("Slack")), "{orgs:?}");
    let salesforce: Vec<&String> = orgs
        .iter()
        .filter(|o| o.starts_with("Salesforce"))
        .collect();
    assert_eq!(salesforce.len(), 1, "{orgs:?}");
}

#[test]
fn regions_and_the_states_of_governors_are_places() {
    let (people, places, orgs) = facets_of(
        "Protests spread\n\nKENOSHA, Wis. (Reuters) - The Milwaukee Bucks refused to play their \
         playoff game on Wednesday. Wisconsin Governor Tony Evers declared a state of emergency \
         in Kenosha. Punjab Chief Minister Amarinder Singh backed the farmers. Crimea was \
         annexed by Russia in 2014, and fighting in North Kivu went on.\n",
    );
    for place in ["Wisconsin", "Punjab", "Crimea", "North Kivu"] {
        assert!(places.contains(&place.to_string()), "{place} in {places:?}");
        assert!(!orgs.contains(&place.to_string()), "{place} in {orgs:?}");
    }
    assert!(
        people.contains(&"Amarinder Singh".to_string()),
        "{people:?}"
    );
    assert!(people.contains(&"Tony Evers".to_string()), "{people:?}");
}
