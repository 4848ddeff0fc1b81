#!/usr/bin/env python3
"""Writes the benchmark inputs into OUT_DIR (default target/bench/inputs), each cut at a paragraph boundary.

| name    | what                                                                                     |
|---------|------------------------------------------------------------------------------------------|
| article | ../shared/samples/pasted-news-article.txt: a news page pasted whole (about 700 words)    |
| 1kw     | the opening of *Persuasion* (Chapter 1), the first paragraphs that reach 1,000 words     |
| 100k    | the first 100 KB of austen-1mb.txt, cut at the last paragraph break before 102,400 bytes |
| 1m      | austen-1mb.txt as it is (*Pride and Prejudice* + *Persuasion*, 1,048,445 bytes)         |
| 4m      | the six austen-<novel>.txt concatenated in name order (not austen-1mb.txt), about 4 MB   |
| zh1m    | Chinese, 1 MB: the 725 LCSTS news posts of ../shared/eval/multi.jsonl.gz in file order,  |
|         | five times over, grouped into paragraphs of 2, 3, 4, 5 and 6 posts (a different grouping |
|         | each time, so no paragraph repeats), cut at the last paragraph break before 1 MiB        |

Sources: ../shared/bench/README.md (Project Gutenberg texts via Debian's r-cran-janeaustenr) and
../shared/samples/README.md. Rewrites a file only when its content changed, so timestamps stay put.
"""
import glob
import gzip
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("BENCH_SHARED") or os.path.join(os.path.dirname(ROOT), "shared")
BENCH = os.path.join(SHARED, "bench")

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# The "100k" input: 100 KiB, then back to a paragraph break so no sentence is cut.
CUT_100K = 100 * 1024
# The "zh1m" input: 1 MiB of Chinese, cut back to a paragraph break.
CUT_1M = 1024 * 1024
# The "1kw" input: the size of the article the interactive target speaks of.
WORDS_1KW = 1000


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def first_bytes_at_paragraph(text, limit):
    """The longest prefix of `text` that ends at a paragraph break and is at most `limit` UTF-8 bytes."""
    head = text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    ends = [m.start() for m in PARAGRAPH_BREAK.finditer(head)]
    if not ends:
        raise SystemExit(f"inputs: no paragraph break in the first {limit} bytes")
    return head[: ends[-1]] + "\n"


def first_words_at_paragraph(text, words):
    """Whole paragraphs from the start of `text` until at least `words` words are taken."""
    taken, count = [], 0
    for paragraph in PARAGRAPH_BREAK.split(text):
        if not paragraph.strip():
            continue
        taken.append(paragraph.strip("\n"))
        count += len(paragraph.split())
        if count >= words:
            break
    return "\n\n".join(taken) + "\n"


def persuasion_chapter_1():
    text = read(os.path.join(BENCH, "austen-persuasion.txt"))
    start = text.find("Chapter 1")
    if start < 0:
        raise SystemExit("inputs: 'Chapter 1' not found in austen-persuasion.txt")
    return first_words_at_paragraph(text[start:], WORDS_1KW)


def four_mb():
    novels = sorted(p for p in glob.glob(os.path.join(BENCH, "austen-*.txt"))
                    if os.path.basename(p) != "austen-1mb.txt")
    if len(novels) != 6:
        raise SystemExit(f"inputs: expected the six austen-<novel>.txt in {BENCH}, found {len(novels)}")
    # The files have no final newline: a blank-line run keeps each novel's last paragraph separate.
    return "\n\n\n\n".join(read(p).rstrip("\n") for p in novels) + "\n"


def chinese_1m():
    """A megabyte of Chinese prose: no Chinese book is at hand, so LCSTS's posts stand in for one."""
    with gzip.open(os.path.join(SHARED, "eval", "multi.jsonl.gz"), "rt", encoding="utf-8") as f:
        posts = [row["text"].strip() for row in map(json.loads, f) if row["lang"] == "zh"]
    if not posts:
        raise SystemExit("inputs: no Chinese rows in multi.jsonl.gz")
    paragraphs = []
    for group in range(2, 7):
        paragraphs += ["".join(posts[i:i + group]) for i in range(0, len(posts), group)]
    return first_bytes_at_paragraph("\n\n".join(paragraphs) + "\n\n", CUT_1M)


MAKERS = {
    "article": lambda: read(os.path.join(SHARED, "samples", "pasted-news-article.txt")),
    "1kw": persuasion_chapter_1,
    "100k": lambda: first_bytes_at_paragraph(read(os.path.join(BENCH, "austen-1mb.txt")), CUT_100K),
    "1m": lambda: read(os.path.join(BENCH, "austen-1mb.txt")),
    "4m": four_mb,
    "zh1m": chinese_1m,
}


def write_if_changed(path, text):
    data = text.encode("utf-8")
    if os.path.exists(path) and open(path, "rb").read() == data:
        return
    with open(path, "wb") as f:
        f.write(data)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "bench", "inputs")
    names = sys.argv[2].split(",") if len(sys.argv) > 2 else list(MAKERS)
    os.makedirs(out, exist_ok=True)
    for name in names:
        if name not in MAKERS:
            raise SystemExit(f"inputs: unknown input {name!r} (known: {', '.join(MAKERS)})")
        write_if_changed(os.path.join(out, name + ".txt"), MAKERS[name]())


if __name__ == "__main__":
    main()
