#!/usr/bin/env python3
"""Where Abridge's sentence ends differ from another splitter's, on dev text: the counts and the places,
to be read one by one (docs/quality.md, "compared with Punkt", "compared with pySBD").

    .venv/bin/python scripts/eval/splitdiff.py SOURCE [--against pysbd|punkt] [--show N]
        [--bin target/release/abridge] [--data ../shared/eval]

SOURCE is one of
    multi:LANG         the dev articles of LANG in ../shared/eval/multi.jsonl.gz (fr, vi, zh, de), one
                       paragraph at a time;
    pages:DIR:LANG     the pasted pages DIR/*.txt that Abridge detects as LANG (`abridge FILE --json`), one
                       line at a time: lines of eight words or more with a full stop, "?" or "!" before
                       their end (e.g. target/pastes-trafilatura/pages, from scripts/pastes/render_pages.mjs).

Abridge splits each paragraph with `abridge --split --jsonl -` and the paragraph's language given; the other
splitter is pySBD 0.3.4 (`clean=False`) or, for English, NLTK's Punkt. An end is a position in the
paragraph with white space removed; two ends within two characters of each other count as the same (the
splitters put a closing quotation mark on different sides). Prints the number of paragraphs and of ends
only one side has, then up to N of each with 45 characters before and 30 after (white space removed).
Needs `cargo build --release --bin abridge` and the eval environment (scripts/setup.sh eval).
"""
import argparse
import glob
import gzip
import json
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor

from common import punkt_sentences
from sentences import split_rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts", "pastes"))
from snippets import answer  # noqa: E402  (the CLI's JSON answer for a page, as the pages' scorer reads it)
SAME_END_CHARS = 2
PAGE_LINE_MIN_WORDS = 8


def multi_paragraphs(data, lang):
    with gzip.open(os.path.join(data, "multi.jsonl.gz"), "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for row in rows:
        if row["lang"] == lang and row["split"] == "dev":
            for paragraph in re.split(r"\n\s*\n", row["text"]):
                paragraph = " ".join(paragraph.split())
                if len(paragraph) > 40:
                    yield paragraph


def page_lines(binary, directory, lang):
    paths = sorted(glob.glob(os.path.join(directory, "*.txt")))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        languages = list(pool.map(lambda path: (answer(binary, path) or {}).get("language"), paths))
    for path, language in zip(paths, languages):
        if language != lang:
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                line = " ".join(line.split())
                if len(line.split()) >= PAGE_LINE_MIN_WORDS and re.search(r"[.!?]", line[:-1]):
                    yield line


def other_splitter(name, lang):
    if name == "pysbd":
        import pysbd
        segmenter = pysbd.Segmenter(language=lang, clean=False)
        return segmenter.segment
    if lang != "en":
        sys.exit("splitdiff: Punkt is run for English only here")
    return punkt_sentences


def ends(sentences):
    found, at = set(), 0
    for sentence in sentences:
        at += len(re.sub(r"\s", "", sentence))
        found.add(at)
    return found


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("source")
    p.add_argument("--against", choices=["pysbd", "punkt"], default="pysbd")
    p.add_argument("--show", type=int, default=20, help="places listed on each side (default 20)")
    p.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "abridge"))
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "eval"))
    a = p.parse_args()
    kind, _, rest = a.source.partition(":")
    if kind == "multi" and rest:
        lang, paragraphs = rest, list(multi_paragraphs(a.data, rest))
    elif kind == "pages" and ":" in rest:
        directory, lang = rest.rsplit(":", 1)
        paragraphs = list(page_lines(a.bin, directory, lang))
    else:
        sys.exit(f"splitdiff: unknown source {a.source!r} (multi:LANG or pages:DIR:LANG)")
    split = other_splitter(a.against, lang)
    answers = split_rows(a.bin, [{"id": str(i), "text": p, "language": lang} for i, p in enumerate(paragraphs)])
    if any("error" in answer for answer in answers):
        sys.exit(f"splitdiff: {next(answer['error'] for answer in answers if 'error' in answer)}")
    ours = [answer["sentences"] for answer in answers]
    only_ours, only_theirs = [], []
    for paragraph, sentences in zip(paragraphs, ours):
        flat = re.sub(r"\s", "", paragraph)
        mine, theirs = ends(sentences) - {len(flat)}, ends(split(paragraph)) - {len(flat)}
        a_only, b_only = mine - theirs, theirs - mine
        near = lambda at, others: any(abs(at - other) <= SAME_END_CHARS for other in others)
        place = lambda at: flat[max(0, at - 45):at] + " | " + flat[at:at + 30]
        only_ours += [place(at) for at in sorted(a_only) if not near(at, b_only)]
        only_theirs += [place(at) for at in sorted(b_only) if not near(at, a_only)]
    print(f"{a.source}: {len(paragraphs)} paragraphs; ends only Abridge has {len(only_ours)}, only {a.against} has {len(only_theirs)}")
    for label, places in (("only Abridge", only_ours), (f"only {a.against}", only_theirs)):
        if a.show and places:
            print(f"== {label}")
            for place in places[:a.show]:
                print("  " + place)


if __name__ == "__main__":
    main()
