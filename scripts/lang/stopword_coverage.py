#!/usr/bin/env python3
"""How much of a language's function words each stopword source covers, on UD treebanks.

For each language with a treebank given, each source's list as `scripts/lang/stopwords.py` would ship it
(cleaned and cut to its 80 words most frequent in wordfreq: NLTK's, stopwords-iso's, spaCy 3.8.7's) and
the list shipped now: the share of the treebank's function words (UPOS ADP, AUX, CCONJ, DET, PART, PRON,
SCONJ; words of two letters or more, as `tokenize` drops single letters) that the list holds, and after
a slash the share of its content words (NOUN, VERB, ADJ, PROPN) it holds, which a stopword list should
not. Chinese, Japanese and Thai are read as character pairs and are left out.

Usage (bare clones or checkouts of the treebanks, in one folder, named as on GitHub):
    python3 scripts/lang/stopword_coverage.py --ud DIR [--split dev|test] [TAG ...]
(needs what scripts/lang/stopwords.py needs: the stop-words crate's source, wordfreq, spaCy's wheel)
"""

import argparse
import glob
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stopwords  # noqa: E402
import suffixes  # noqa: E402

FUNCTION = {"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"}
CONTENT = {"NOUN", "VERB", "ADJ", "PROPN"}
TREEBANKS = {
    "ar": "Arabic-PUD", "cs": "Czech-FicTree", "da": "Danish-DDT", "de": "German-GSD", "el": "Greek-GDT",
    "es": "Spanish-GSD", "fi": "Finnish-TDT", "fr": "French-GSD", "hi": "Hindi-PUD", "hu": "Hungarian-Szeged",
    "id": "Indonesian-GSD", "it": "Italian-ISDT", "ko": "Korean-GSD", "nl": "Dutch-Alpino",
    "no": "Norwegian-Bokmaal", "pl": "Polish-PDB", "pt": "Portuguese-GSD", "ro": "Romanian-RRT",
    "ru": "Russian-GSD", "sk": "Slovak-SNK", "sv": "Swedish-Talbanken", "tr": "Turkish-IMST",
    "uk": "Ukrainian-IU", "vi": "Vietnamese-VTB",
}
SPACY_CODE = {"no": "nb"}


def words(ud, tag, split):
    """(lower-case form, UPOS) of the treebank's words of two letters or more."""
    found = glob.glob(os.path.join(ud, f"*UD_{TREEBANKS[tag]}"))
    if not found:
        return []
    rows = []
    for form, _, upos in suffixes.conllu_words(found[0], split):
        form = unicodedata.normalize("NFC", form)
        if len(form) >= 2 and any(c.isalpha() for c in form):
            rows.append((form, upos))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ud", required=True, help="the folder of the treebanks' clones")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--spacy-wheel", default=stopwords.SPACY_WHEEL)
    parser.add_argument("tags", nargs="*")
    args = parser.parse_args()
    wheel = glob.glob(args.spacy_wheel)[0]
    crate = stopwords.crate_dir()
    iso = json.load(open(os.path.join(crate, "src", "iso", "stopwords-iso.json"), encoding="utf-8"))

    def cut(raw, tag):
        return stopwords.most_frequent(stopwords.clean(raw, tag), tag)[0]

    for tag in args.tags or sorted(TREEBANKS):
        rows = words(args.ud, tag, args.split)
        if not rows:
            print(f"{tag}: no {args.split} file")
            continue
        lists = {}
        nltk = os.path.join(crate, "src", "nltk", stopwords.NAMES[tag].lower())
        if os.path.exists(nltk):
            lists["NLTK"] = cut(open(nltk, encoding="utf-8").read().split("\n"), tag)
        if tag in iso:
            lists["stopwords-iso"] = cut(iso[tag], tag)
        try:
            lists["spaCy"] = cut(stopwords.spacy_list(wheel, SPACY_CODE.get(tag, tag)), tag)
        except KeyError:
            pass
        lists["shipped"] = stopwords.shipped(tag)
        function = [f for f, pos in rows if pos in FUNCTION]
        content = [f for f, pos in rows if pos in CONTENT]
        cells = []
        for source, listed in lists.items():
            held = set(listed)
            share = sum(f in held for f in function) / max(1, len(function))
            wrong = sum(f in held for f in content) / max(1, len(content))
            cells.append(f"{source} {100 * share:.1f} / {100 * wrong:.1f}")
        print(f"{tag} {args.split} ({len(function)} function words): " + " | ".join(cells))


if __name__ == "__main__":
    main()
