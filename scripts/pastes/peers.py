#!/usr/bin/env python3
"""The systems Abridge is compared with on pasted pages: Lead-3 and sumy 0.13 LexRank, on raw text.

Unlike scripts/eval/peers.py (which hands every system the same pre-split sentences), here each system gets
the text as it comes, the paste or the extracted article, and splits it itself: sumy's PlaintextParser
with its English Punkt tokenizer. Lead-3 is the first three of those sentences. Neither has any handling of
page furniture: that is the point of the comparison.

One page (prints JSON that ../shared/pastes/score.py reads):
    NLTK_DATA=target/eval/nltk_data .venv/bin/python scripts/pastes/peers.py lexrank FILE [-n 3]
scripts/pastes/run.py calls summarize() in-process for every page instead (sumy's import alone takes
longer than a page's summary).
"""
import argparse
import json
import sys
import warnings

SYSTEMS = ("lexrank", "lead")
# Bump when a change here changes any answer: scripts/pastes/run.py keys its cache of answers on it.
VERSION = 1

_tools = {}


def _load():
    if not _tools:
        # LexRank's power method divides by a zero norm on degenerate inputs (NaN ratings, then its usual
        # ordering): sumy's behaviour, measured as is; the warning would only be noise.
        warnings.filterwarnings("ignore", "invalid value encountered", RuntimeWarning)
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        lexrank = LexRankSummarizer(Stemmer("english"))
        lexrank.stop_words = get_stop_words("english")
        _tools.update(tokenizer=Tokenizer("english"), parser=PlaintextParser, lexrank=lexrank)
    return _tools


def summarize(system, text, count=3):
    """The `count` sentences `system` chooses from `text`, in document order, as strings."""
    tools = _load()
    document = tools["parser"].from_string(text, tools["tokenizer"]).document
    if system == "lead":
        chosen = document.sentences[:count]
    elif system == "lexrank":
        chosen = tools["lexrank"](document, count) if document.sentences else []
    else:
        raise ValueError(f"unknown system {system!r}: one of {', '.join(SYSTEMS)}")
    return [str(s) for s in chosen]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("system", choices=SYSTEMS)
    ap.add_argument("file")
    ap.add_argument("-n", "--sentences", type=int, default=3)
    a = ap.parse_args()
    with open(a.file, encoding="utf-8") as f:
        text = f.read()
    json.dump({"sentences": summarize(a.system, text, a.sentences)}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
