#!/usr/bin/env python3
"""How many of Abridge's Chinese keywords are whole words, judged by a word segmenter (docs/languages.md,
"A pair of Han characters said once").

    .venv/bin/python scripts/eval/han_keywords.py [--bin target/release/abridge] [--data ../shared/eval]
        [--splits dev,test] [--show N] [FILE ...]

Abridge's Chinese terms are overlapping pairs of characters, so a keyword can cut across words ("习近"
and "近平" of 习近平, "经改" of 已经改变). For each LCSTS post of ../shared/eval/multi.jsonl.gz (and each
FILE, a text read whole), `abridge - --json` gives the keywords and their occurrences; a keyword holding a
Han character is whole when every occurrence starts and ends where jieba's search mode (the scorer's
segmenter, with the sub-words of long words: 中国 inside 中国人民银行 counts) puts a boundary. Prints, per
split, the Han keywords, their number a post and the share that is whole, then up to N of those that are
not; for each FILE its keywords, a fragment marked "✗". jieba errs too (it reads 微博 and 乐视网 as parts),
so compare builds, not the share alone. Needs the eval environment (scripts/setup.sh eval).
"""
import argparse
import collections
import gzip
import json
import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor

import jieba

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def judged(binary, text):
    """[(keyword, occurrences, whole)] for the Han keywords of `text`."""
    out = json.loads(subprocess.run([binary, "-", "--json"], input=text.encode(), capture_output=True, check=True).stdout)
    char_at, offset = {}, 0
    for i, ch in enumerate(text):
        char_at[offset] = i
        offset += len(ch.encode())
    char_at[offset] = len(text)
    bounds = {edge for _, start, end in jieba.tokenize(text, mode="search") for edge in (start, end)}
    found = []
    for k in out["keywords"]:
        if HAN.search(k["term"]):
            whole = all(char_at.get(o["start"]) in bounds and char_at.get(o["end"]) in bounds for o in k["occurrences"])
            found.append((k["term"], len(k["occurrences"]), whole))
    return found


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("files", nargs="*")
    p.add_argument("--bin", default="target/release/abridge")
    p.add_argument("--data", default="../shared/eval")
    p.add_argument("--splits", default="dev,test")
    p.add_argument("--show", type=int, default=30)
    a = p.parse_args()
    jieba.setLogLevel(60)
    jieba.initialize()
    rows = [json.loads(line) for line in gzip.open(os.path.join(a.data, "multi.jsonl.gz"), "rt", encoding="utf-8")]
    for split in [s for s in a.splits.split(",") if s]:
        posts = [r["text"] for r in rows if r["lang"] == "zh" and r["split"] == split]
        with ThreadPoolExecutor(4) as pool:
            keywords = [k for found in pool.map(lambda t: judged(a.bin, t), posts) for k in found]
        whole = sum(w for _, _, w in keywords)
        print(f"{split}: {len(posts)} posts, {len(keywords)} Han keywords ({len(keywords) / len(posts):.2f} a post), "
              f"whole words {whole} ({whole / max(len(keywords), 1):.1%})")
        fragments = collections.Counter(term for term, _, w in keywords if not w)
        if a.show:
            print("  not whole:", " ".join(term for term, _ in fragments.most_common(a.show)))
    for name in a.files:
        with open(name, encoding="utf-8") as f:
            found = judged(a.bin, f.read())
        print(os.path.basename(name), " ".join(f"{t}{'' if w else '✗'}({n})" for t, n, w in found))


if __name__ == "__main__":
    main()
