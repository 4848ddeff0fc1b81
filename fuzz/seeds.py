#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora from ../shared/: evaluation rows (English, French, Vietnamese,
German, Chinese), sentence-splitting cases in 23 languages, pasted web pages and the sample article; and
from tests/fixtures/lang/, a pasted page in each of Abridge's languages.

    python3 fuzz/seeds.py [--shared DIR] [--out DIR]      (defaults: ../shared, fuzz/corpus)

Each target gets inputs in its own format (fuzz/src/lib.rs): `summarize` an options header then the text
(some of them pre-split sentences), `structure` a language byte (0: detect) then the text, `utf16` a stride byte then the text, `jsonl` a
few rows as the command line reads them. A deterministic sample of each set, every input cut to at most
MAX_BYTES on a character boundary (the fuzzers run with -max_len of that size), so the corpus stays small;
the generated files are not committed (fuzz/corpus/ is ignored) and are rewritten on every run.
"""
import argparse
import glob
import gzip
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_BYTES = 8192
# fuzz/src/lib.rs: DEFAULT_HEADER (3 sentences, 8 keywords, diversity 0.5), and with the pre-split bit.
HEADER = bytes([0, 3, 0, 8, 125, 0, 0, 0, 0, 0])
HEADER_PRESPLIT = bytes([0x80, 3, 0, 8, 125, 0, 0, 0, 0, 0])
# A ratio header like BBC's protocol (0.42 -> byte 92) with a title of 60 characters.
HEADER_RATIO_TITLE = bytes([1, 92, 0, 8, 125, 60, 0, 0, 0, 0])
# Through the options table (byte 9 odd): 3 sentences ((20 - 8) / 4), 8 keywords, diversity 0.5.
HEADER_TABLE = bytes([0, 20, 0, 40, 108, 0, 0, 0, 0, 1])
TARGETS = ("summarize", "structure", "utf16", "jsonl")


def cut(data, limit=MAX_BYTES):
    """The first `limit` bytes of UTF-8 `data`, shortened to a character boundary."""
    if len(data) <= limit:
        return data
    data = data[:limit]
    while data and (data[-1] & 0xC0) == 0x80:
        data = data[:-1]
    return data[:-1] if data and data[-1] >= 0xC0 else data


def rows(path, every):
    """Every `every`-th row of a gzipped JSONL file."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every == 0:
                yield json.loads(line)


def texts(shared):
    """(name, text, title or None, sentences or None): the sample of every set, in a fixed order."""
    sample = os.path.join(shared, "samples", "pasted-news-article.txt")
    if os.path.exists(sample):
        yield "sample", open(sample, encoding="utf-8").read(), None, None
    # The project's own pasted page in each of its languages (Thai, Korean, Hindi, Czech … which no set
    # of ../shared/ has), with their menus, captions and footers.
    for path in sorted(glob.glob(os.path.join(HERE, "..", "tests", "fixtures", "lang", "*.txt"))):
        yield "lang-" + os.path.basename(path)[:-4], open(path, encoding="utf-8").read(), None, None
    pages = sorted(glob.glob(os.path.join(shared, "pastes", "pages", "*.txt")))
    for path in pages[::12]:
        yield "paste-" + os.path.basename(path)[:-4], open(path, encoding="utf-8", errors="replace").read(), None, None
    eval_dir = os.path.join(shared, "eval")
    for name, every in (("cnndm", 150), ("bbc", 40), ("multi", 60)):
        path = os.path.join(eval_dir, name + ".jsonl.gz")
        if os.path.exists(path):
            for row in rows(path, every):
                yield f"{name}-{row['id']}", row["text"], row.get("title"), row.get("sentences")
    golden = os.path.join(eval_dir, "sentences", "golden.jsonl")
    if os.path.exists(golden):
        with open(golden, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % 3 == 0:
                    row = json.loads(line)
                    yield "golden-" + row["id"], row["text"], None, row["sentences"]


def seeds(shared):
    """(target, name, bytes) for every seed."""
    for name, text, title, sentences in texts(shared):
        body = cut(text.encode("utf-8"))
        yield "summarize", name, HEADER + body
        yield "structure", name, bytes([0]) + body
        yield "utf16", name, bytes([len(body) % 16]) + body
        if name.startswith(("multi", "golden")):
            yield "summarize", name + "-table", HEADER_TABLE + body
        if title:
            yield "summarize", name + "-title", HEADER_RATIO_TITLE + cut((title + "\n\n" + text).encode("utf-8"))
        if sentences:
            yield "summarize", name + "-presplit", HEADER_PRESPLIT + cut("\n".join(sentences).encode("utf-8"))
        lines = [{"id": name, "text": text[:2000]}]
        if sentences:
            lines.append({"id": 1, "sentences": [s[:300] for s in sentences[:12]], "count": 2})
        if title:
            lines.append({"id": None, "text": text[:1000], "title": title})
        yield "jsonl", name, cut("\n".join(json.dumps(r, ensure_ascii=False) for r in lines).encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    parser.add_argument("--out", default=os.path.join(HERE, "corpus"))
    args = parser.parse_args()
    if not os.path.isdir(args.shared):
        raise SystemExit(f"seeds: {args.shared} not found (give --shared DIR)")
    counts = {t: 0 for t in TARGETS}
    for target in TARGETS:
        os.makedirs(os.path.join(args.out, target), exist_ok=True)
    for target, name, data in seeds(args.shared):
        # libFuzzer names corpus files by their SHA-1: a seed it has already kept is not written twice.
        path = os.path.join(args.out, target, "seed-" + hashlib.sha1(data).hexdigest())
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(data)
        counts[target] += 1
    print("seeds: " + ", ".join(f"{t} {n}" for t, n in counts.items()) + f" (in {args.out})")


if __name__ == "__main__":
    main()
