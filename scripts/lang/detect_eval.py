#!/usr/bin/env python3
"""Language detection accuracy, per language and kind of text, through the command line (`abridge
--jsonl`, no language given: the language the pipeline detects and reports).

Kinds of text, from scripts/lang/data/detect-eval.jsonl.gz (see detect_eval_set.py):
  short     a headline: the sentence cut at a word boundary to at most 50 characters
  sentence  the sentence
  long      a paragraph: five sentences of the language joined
and, when ../shared/eval is there, `article`: the articles of multi.jsonl.gz (fr, vi, de, zh; the split
asked for) and the pySBD golden sentence cases of sentences/golden.jsonl in the languages Abridge does not
support (Armenian, Amharic, Kazakh, Marathi, Persian ...; one row a case: they are short).

Usage: python3 scripts/lang/detect_eval.py [--split dev|test] [--bin target/release/abridge]
       [--errors N] [--markdown]
Prints a table: accuracy in % (and the number of texts) per language and kind; `und` is the unsupported
languages, right when they come out `und`.
"""

import argparse
import collections
import gzip
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import registry  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SUPPORTED = registry.tags()
KINDS = ["short", "sentence", "long", "article"]


def cut(text, limit=50):
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ")
    return head[:space] if space > limit // 3 else head


def texts(split, shared):
    rows = [json.loads(l) for l in gzip.open(os.path.join(HERE, "data", "detect-eval.jsonl.gz"), "rt", encoding="utf-8")]
    by_group = collections.defaultdict(list)
    for r in rows:
        if r["split"] == split:
            by_group[r["id"].split("/")[0]].append(r)
    out = []
    for group, rs in by_group.items():
        for r in rs:
            out.append(("short", r["lang"], r["source"], cut(r["text"])))
            out.append(("sentence", r["lang"], r["source"], r["text"]))
        for i in range(0, len(rs) - 4, 5):
            out.append(("long", rs[i]["lang"], rs[i]["source"], " ".join(r["text"] for r in rs[i:i + 5])))
    multi = os.path.join(shared, "multi.jsonl.gz")
    if os.path.exists(multi):
        for line in gzip.open(multi, "rt", encoding="utf-8"):
            r = json.loads(line)
            if r["split"] == split:
                out.append(("article", r["lang"], r["lang"], r["text"]))
    golden = os.path.join(shared, "sentences", "golden.jsonl")
    if os.path.exists(golden):
        for line in open(golden, encoding="utf-8"):
            r = json.loads(line)
            # Only the unsupported languages' cases: the supported ones' are labelled with the rule set's
            # language, and many of them are English sentences (the Danish set is a third English).
            if r["lang"] not in SUPPORTED:
                out.append(("article", "und", r["lang"], r["text"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "abridge"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "eval"))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--by-source", action="store_true", help="also the unsupported languages one by one")
    args = ap.parse_args()

    items = texts(args.split, args.shared)
    batch = "".join(json.dumps({"id": str(i), "text": t[3], "count": 1}, ensure_ascii=False) + "\n" for i, t in enumerate(items))
    run = subprocess.run([args.bin, "--jsonl"], input=batch, capture_output=True, text=True, check=True)
    detected = {}
    for line in run.stdout.splitlines():
        r = json.loads(line)
        detected[int(r["id"])] = r.get("language", "error")

    right = collections.defaultdict(lambda: [0, 0])
    errors = collections.Counter()
    for i, (kind, lang, source, text) in enumerate(items):
        got = detected.get(i, "error")
        right[(kind, lang)][0] += got == lang
        right[(kind, lang)][1] += 1
        right[(kind, "all")][0] += got == lang
        right[(kind, "all")][1] += 1
        if got != lang:
            errors[(kind, source, got)] += 1

    langs = SUPPORTED + ["und"]
    kinds = [k for k in KINDS if right[(k, "all")][1]]
    cell = lambda k, l: (f"{100 * right[(k, l)][0] / right[(k, l)][1]:.1f} ({right[(k, l)][1]})" if right[(k, l)][1] else "")
    if args.markdown:
        print("| language | " + " | ".join(kinds) + " |")
        print("|---|" + "---|" * len(kinds))
        for l in langs + ["all"]:
            print(f"| {l} | " + " | ".join(cell(k, l) for k in kinds) + " |")
    else:
        print(f"{'':6}" + "".join(f"{k:>16}" for k in kinds))
        for l in langs + ["all"]:
            print(f"{l:6}" + "".join(f"{cell(k, l):>16}" for k in kinds))
    macro = {k: [100 * right[(k, l)][0] / right[(k, l)][1] for l in SUPPORTED if right[(k, l)][1]] for k in kinds}
    print("macro over supported languages: " + ", ".join(f"{k} {sum(v) / len(v):.1f}" for k, v in macro.items() if v))
    if args.by_source:
        by_source = collections.defaultdict(lambda: [0, 0, collections.Counter()])
        for i, (kind, lang, source, text) in enumerate(items):
            if lang == "und" and kind in ("short", "sentence"):
                got = detected.get(i, "error")
                by_source[source][0] += got == "und"
                by_source[source][1] += 1
                by_source[source][2][got] += 1
        print("unsupported languages (short and sentence together): % und, and the commonest other answer")
        for source, (ok, n, answers) in sorted(by_source.items()):
            other = [(a, c) for a, c in answers.most_common() if a != "und"]
            print(f"  {source:4} {100 * ok / n:5.1f} ({n})" + (f"  else {other[0][0]} {other[0][1]}" if other else ""))
    if args.errors:
        print("most frequent errors (kind, source language, detected):")
        for (kind, source, got), n in errors.most_common(args.errors):
            print(f"  {n:4}  {kind:8} {source} -> {got}")


if __name__ == "__main__":
    sys.exit(main())
