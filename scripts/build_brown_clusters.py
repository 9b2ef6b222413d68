#!/usr/bin/env python3
"""Builds data/brown.tsv: Brown word clusters learned from a large body of modern English web
text, which the entity tagger reads beside its own clusters (data/clusters.tsv, learned from
the 1987-2005 news it was given): names from after 2005 and outside newswire fall into the
clusters of the names they behave like.

    python3 scripts/build_brown_clusters.py

Source: `spacy-lookups-data` 1.0.5 (PyPI, MIT licence, Copyright (c) 2019 ExplosionAI GmbH),
its `en_lexeme_cluster` table (190,129 case-sensitive word forms with a cluster, 1,000
clusters). spaCy stores each Brown path as an integer read from the reversed bit string, so
the path's first bit is the integer's lowest: a prefix of k bits is `value & (2^k - 1)`.

Columns: word form (case kept), cluster integer as spaCy stores it. Words without a cluster
(spaCy's 0) are left out.
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "brown.tsv")
PACKAGE = "spacy-lookups-data==1.0.5"
TABLE = "spacy_lookups_data/data/en_lexeme_cluster.json.gz"


def main():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", PACKAGE, "-d", folder],
            check=True, stdout=subprocess.DEVNULL)
        wheel = next(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".whl"))
        with zipfile.ZipFile(wheel) as archive, archive.open(TABLE) as packed:
            clusters = json.load(gzip.open(packed))
    rows = sorted((word, value) for word, value in clusters.items()
                  if value and word.strip() and "\t" not in word and "\n" not in word)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"# Brown clusters from {PACKAGE} (MIT), built by "
                  "scripts/build_brown_clusters.py: word form, path as reversed-bit integer\n")
        for word, value in rows:
            out.write(f"{word}\t{value}\n")
    print(f"{len(rows)} words written to {OUT}")


if __name__ == "__main__":
    main()
