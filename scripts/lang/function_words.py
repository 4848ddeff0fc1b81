#!/usr/bin/env python3
"""Finds, for each language with a UD treebank, the function words its 80 stopwords leave out, which
`keywords` must not offer: the `FUNCTION_WORDS` of `scripts/lang/stopwords.py`, written into each
`stopwords.txt`'s `[function-words]` section.

A language's stopword list is cut at 80 words because every word on it also leaves the scoring, and
longer lists made every summary set worse (docs/quality.md, "Two words as one keyword"). Past the cut
stand words such as French "cette", "comme", "depuis", "dix" or German "ihre", "dieser", "seit", which
carry no topic and were offered as keywords. This script takes them from the treebank's dev file (its
test file where it has no dev file): the forms tagged with a closed class (ADP, AUX, CCONJ, DET, PART,
PRON, SCONJ, and NUM written in letters) at least twice and more often than with an open class, of two
letters or more, not on the stopword list; ranked by their frequency in `wordfreq` for the language (so
an English "the" quoted in a Spanish treebank, or a Roman numeral, falls to the end), the first LIMIT.
English keeps its own lists (written for Abridge); Chinese, Japanese and Thai are read as character
pairs and have no spaced function words.

Usage (bare clones of the treebanks in one folder, named as on GitHub):
    .venv/bin/python scripts/lang/function_words.py --ud DIR     # prints FUNCTION_WORDS for stopwords.py
"""

import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stopword_coverage  # noqa: E402
import stopwords  # noqa: E402

CLOSED = {"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "NUM"}
OPEN = {"NOUN", "VERB", "ADJ", "PROPN", "ADV"}
# How many a language gets: about the number of the commonest French and German ones that were
# keywords of the pasted pages (docs/quality.md); each costs the bundle about four bytes.
LIMIT = 40


def function_words(ud, tag):
    rows = stopword_coverage.words(ud, tag, "dev") or stopword_coverage.words(ud, tag, "test")
    closed, open_ = collections.Counter(), collections.Counter()
    for form, upos in rows:
        if upos in CLOSED and form.isalpha():
            closed[form] += 1
        elif upos in OPEN:
            open_[form] += 1
    listed = set(stopwords.shipped(tag))
    candidates = sorted(w for w, n in closed.items() if n >= 2 and n > open_[w] and w not in listed)
    # wordfreq's ranking, as the stopword lists are cut (words it has never seen go).
    return stopwords.most_frequent(candidates, tag)[0][:LIMIT]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ud", required=True, help="the folder of the treebanks' clones")
    parser.add_argument("tags", nargs="*")
    args = parser.parse_args()
    print("FUNCTION_WORDS = {")
    for tag in args.tags or sorted(stopword_coverage.TREEBANKS):
        found = function_words(args.ud, tag)
        if found:
            print(f'    "{tag}": {found!r},')
    print("}")


if __name__ == "__main__":
    main()
