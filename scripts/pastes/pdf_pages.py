#!/usr/bin/env python3
"""Articles of the dev sets set as a report copied out of its PDF, and what Abridge makes of them.

Usage: python3 scripts/pastes/pdf_pages.py [--data ../shared/eval] BIN [BIN ...]

Each article (150 BBC, 100 CNN/DM, 100 French and 40 German dev articles, drawn with a fixed seed) is
wrapped at 80 characters with no blank line between its paragraphs, under the running header "Quarterly
Report 2025 | Regional Economy", in pages of 9 and of 20 lines, each page ending on its number and the
header; the texts of three pages or more are kept. BIN (an `abridge` command line) summarizes each with
`-n 3 --json`, and the same text without its pages. Printed per BIN: the texts with more left out as
`outside` than without pages, the summary sentences that are the summary's without pages, the texts
whose summary is the one without pages, and the texts with no summary (an error). docs/quality.md,
"A PDF's first and last pages", has the figures.
"""
import argparse
import gzip
import json
import random
import re
import subprocess
import textwrap

HEADER = "Quarterly Report 2025 | Regional Economy"
SAMPLE = [("bbc", None, 150), ("cnndm", None, 100), ("multi", "fr", 100), ("multi", "de", 40)]


def articles(data):
    random.seed(7)
    for name, lang, count in SAMPLE:
        rows = [json.loads(line) for line in gzip.open(f"{data}/{name}.jsonl.gz", "rt")]
        rows = [r for r in rows if r.get("split") == "dev" and (lang is None or r.get("lang") == lang)]
        random.shuffle(rows)
        yield from rows[:count]


def wrapped_lines(text):
    return [line for p in text.split("\n") if p.strip() for line in textwrap.wrap(p, 80)]


def paged(lines, per_page):
    out, page = [HEADER], 1
    for i, line in enumerate(lines):
        out.append(line)
        if (i + 1) % per_page == 0 and i < len(lines) - 1:
            out += [str(page), HEADER]
            page += 1
    return "\n".join(out) + "\n", page


def summarize(binary, text):
    run = subprocess.run([binary, "-", "-n", "3", "--json"], input=text.encode(), capture_output=True)
    return json.loads(run.stdout) if run.returncode == 0 else None


def measure(binary, texts):
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    outside = lambda d: sum(b["end"] - b["start"] for b in d["leftOut"] if b["kind"] == "outside")
    more_outside = agreeing = same = failed = wanted = 0
    for text, plain in texts:
        without_pages = summarize(binary, plain)
        reference = {norm(s["text"]) for s in without_pages["sentences"]}
        wanted += len(reference)
        got = summarize(binary, text)
        if got is None:
            failed += 1
            continue
        chosen = [norm(s["text"]) for s in got["sentences"]]
        agreeing += sum(s in reference for s in chosen)
        same += set(chosen) == reference
        more_outside += outside(got) > outside(without_pages)
    return more_outside, agreeing, wanted, same, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/eval")
    parser.add_argument("binaries", nargs="+")
    args = parser.parse_args()
    texts = []
    for article in articles(args.data):
        lines = wrapped_lines(article["text"])
        for per_page in (9, 20):
            text, pages = paged(lines, per_page)
            if pages >= 3:
                texts.append((text, "\n".join([HEADER] + lines) + "\n"))
    print(f"{len(texts)} texts")
    for binary in args.binaries:
        more_outside, agreeing, wanted, same, failed = measure(binary, texts)
        print(f"{binary}: more outside than without pages {more_outside}; summary sentences as without pages "
              f"{agreeing} of {wanted}; the same summary {same}; no summary {failed}")


if __name__ == "__main__":
    main()
