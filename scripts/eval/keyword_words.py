#!/usr/bin/env python3
"""How many of Abridge's keywords are whole words in the languages written without spaces between words
(Chinese) or with spaces between syllables (Vietnamese), judged by a word segmenter (docs/languages.md,
"A pair of Han characters said once", "A Vietnamese syllable as the word it is most bound to").

    .venv/bin/python scripts/eval/keyword_words.py [--lang zh|vi] [--bin target/release/abridge]
        [--data ../shared/eval] [--splits dev,test] [--show N] [FILE ...]

Abridge's Chinese terms are overlapping pairs of characters, so a keyword can cut across words ("习近"
and "近平" of 习近平, "经改" of 已经改变); its Vietnamese terms are syllables, so a keyword can be part of a
word ("an" of "công an", police). For each article of the language in ../shared/eval/multi.jsonl.gz (LCSTS
for zh, VietNews for vi; with its title where it has one), and each FILE (a text read whole), `abridge -
--json` gives the keywords and their occurrences. An occurrence is whole when it starts and ends where the
segmenter puts a word boundary: jieba's search mode for Chinese (the scorer's segmenter, with the sub-words
of long words: 中国 inside 中国人民银行 counts), pyvi's for Vietnamese. A keyword is whole when more than
half its occurrences are (for Chinese every one, as the pairs are the same characters everywhere). Prints, per
split, the keywords (for Chinese those holding a Han character), their number an article, the share that
is whole and the share of their occurrences that is, then up to N of those that are not; for each FILE
its keywords, a part of a word marked "✗". The segmenters err too (jieba reads 微博 and 乐视网 as parts),
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

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def boundaries(lang, text):
    """The character offsets of `text` where the language's segmenter puts a word boundary."""
    if lang == "zh":
        import jieba
        return {edge for _, start, end in jieba.tokenize(text, mode="search") for edge in (start, end)}
    from pyvi import ViTokenizer
    # pyvi writes a word's syllables joined by "_" and a space between words; each syllable is found
    # again in the text, in order.
    found, at = set(), 0
    for word in ViTokenizer.tokenize(text).split():
        start = None
        for syllable in word.split("_"):
            i = text.find(syllable, at)
            if i < 0:
                break
            start = i if start is None else start
            at = i + len(syllable)
        if start is not None:
            found.update((start, at))
    return found


def judged(binary, lang, text, title=""):
    """[(keyword, occurrences, whole occurrences)] for the keywords of `text` that are judged."""
    cmd = [binary, "-", "--json"] + (["--title", title] if title else [])
    out = json.loads(subprocess.run(cmd, input=text.encode(), capture_output=True, check=True).stdout)
    char_at, offset = {}, 0
    for i, ch in enumerate(text):
        char_at[offset] = i
        offset += len(ch.encode())
    char_at[offset] = len(text)
    bounds = boundaries(lang, text)
    found = []
    for k in out["keywords"]:
        if lang == "zh" and not HAN.search(k["term"]):
            continue
        whole = sum(char_at.get(o["start"]) in bounds and char_at.get(o["end"]) in bounds for o in k["occurrences"])
        found.append((k["term"], len(k["occurrences"]), whole))
    return found


def is_whole(lang, occurrences, whole):
    return whole == occurrences if lang == "zh" else 2 * whole > occurrences


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("files", nargs="*")
    p.add_argument("--lang", choices=["zh", "vi"], default="zh")
    p.add_argument("--bin", default="target/release/abridge")
    p.add_argument("--data", default="../shared/eval")
    p.add_argument("--splits", default="dev,test")
    p.add_argument("--show", type=int, default=30)
    a = p.parse_args()
    if a.lang == "zh":
        import jieba
        jieba.setLogLevel(60)
        jieba.initialize()
    rows = [json.loads(line) for line in gzip.open(os.path.join(a.data, "multi.jsonl.gz"), "rt", encoding="utf-8")]
    for split in [s for s in a.splits.split(",") if s]:
        articles = [r for r in rows if r["lang"] == a.lang and r["split"] == split]
        with ThreadPoolExecutor(4) as pool:
            keywords = [k for found in pool.map(lambda r: judged(a.bin, a.lang, r["text"], r.get("title") or ""), articles) for k in found]
        whole = [is_whole(a.lang, n, w) for _, n, w in keywords]
        occurrences = sum(n for _, n, _ in keywords)
        print(f"{split}: {len(articles)} articles, {len(keywords)} keywords ({len(keywords) / len(articles):.2f} an article), "
              f"whole words {sum(whole)} ({sum(whole) / max(len(keywords), 1):.1%}), "
              f"occurrences whole {sum(w for _, _, w in keywords) / max(occurrences, 1):.1%} of {occurrences}")
        if a.show:
            parts = collections.Counter(term for (term, _, _), w in zip(keywords, whole) if not w)
            print("  not whole:", " ".join(term for term, _ in parts.most_common(a.show)))
    for name in a.files:
        with open(name, encoding="utf-8") as f:
            found = judged(a.bin, a.lang, f.read())
        print(os.path.basename(name), " ".join(f"{t}{'' if is_whole(a.lang, n, w) else '✗'}({n})" for t, n, w in found))


if __name__ == "__main__":
    main()
