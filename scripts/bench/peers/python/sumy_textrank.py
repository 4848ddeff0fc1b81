"""Peer harness: sumy 0.13 TextRank asked for N sentences of FILE.

Usage: python sumy_textrank.py FILE N  (in .venv, whose nltk_data holds the punkt_tab: scripts/setup.sh bench).
Prints the summary sentences one per line on stdout and, on stderr, one line `BENCH {"ms": ..., "cpu_ms": ...}`:
the wall and process CPU time of parsing plus summarizing (sumy's own sentence splitting is part of its work), without interpreter start,
imports or the file read.
"""
import json
import sys
import time

from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

LANGUAGE = "english"


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: sumy_textrank.py FILE N")
    path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start, cpu_start = time.perf_counter(), time.process_time()
    # sumy's documented setup: plain-text parser, stemmer and stop words for the language.
    summarizer = TextRankSummarizer(Stemmer(LANGUAGE))
    summarizer.stop_words = get_stop_words(LANGUAGE)
    document = PlaintextParser.from_string(text, Tokenizer(LANGUAGE)).document
    summary = summarizer(document, n)
    ms = (time.perf_counter() - start) * 1e3
    cpu_ms = (time.process_time() - cpu_start) * 1e3
    for sentence in summary:
        print(" ".join(str(sentence).split()))
    print("BENCH " + json.dumps({"ms": ms, "cpu_ms": cpu_ms}), file=sys.stderr)


if __name__ == "__main__":
    main()
