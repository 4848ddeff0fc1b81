#!/usr/bin/env python3
"""Builds scripts/lang/data/detect-eval.jsonl.gz, the language detection evaluation set.

Source: the test sentences that Lingua ships for its accuracy reports (`language-models/<code>/testdata/
sentences.txt` in the public repository pemistahl/lingua-rs, Apache-2.0). They were drawn from the
Leipzig Corpora Collection's corpora of arbitrary web sites (CC BY 4.0), separate from the news corpora
Lingua trained on. Abridge's own profiles are built from wordfreq's word lists (scripts/lang/profiles.py),
so none of this text was seen when they were made.

For each of the 26 languages Abridge was first made for, PER_LANGUAGE sentences are drawn (seeded), half `dev` and half `test`;
Norwegian takes half Bokmål (nb) and half Nynorsk (nn). For OTHER languages, which Abridge does not
support and must call `und`, PER_OTHER sentences each (Slovak among them, labelled `sk` since Abridge supports it). Rows: {"id", "lang", "split", "text"} with `lang`
the expected answer ("und" for the others) and `source` the Lingua code. The kinds of text (a headline cut
to 50 characters, the sentence, a paragraph of five sentences) are made from these rows by
scripts/lang/detect_eval.py.

Usage: python3 scripts/lang/detect_eval_set.py LINGUA_RS_CHECKOUT
(a checkout, or a bare git directory, of pemistahl/lingua-rs).
"""

import gzip
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import registry  # noqa: E402

# The lists the set was sampled by (their order and sizes fix which sentences it holds: keep them as
# they are). A language sampled as OTHER that Abridge has supported since (Slovak) is labelled with its
# own tag: the labels follow the registry (registry.py).
SUPPORTED = "en de fr es it pt nl da sv no fi hu ro el ru uk pl cs tr ar hi id vi zh ja ko th".split()
# Languages Abridge does not support, chosen for being close to a supported one in script or words
# (ms~id, sk~cs, bg/mk/be/kk/sr~ru/uk, fa/ur~ar, mr~hi, ca~es/fr, af~nl, sl/hr~cs/pl) or for a script of
# their own (hy, ka, he, bn).
OTHER = "ms sk bg mk be kk sr fa ur mr ca af sl hr sw tl so yo lv lt et sq eu cy is az hy ka he bn".split()
PER_LANGUAGE = 300
PER_OTHER = 60
OUT = os.path.join(os.path.dirname(__file__), "data", "detect-eval.jsonl.gz")


def sentences(repo, code):
    path = f"language-models/{code}/testdata/sentences.txt"
    if os.path.isdir(os.path.join(repo, "language-models")):
        text = open(os.path.join(repo, path), encoding="utf-8").read()
    else:
        text = subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"], check=True, capture_output=True,
                              text=True).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def main():
    labelled = set(registry.tags())
    repo = sys.argv[1]
    rng = random.Random(2024)
    rows = []
    for lang in SUPPORTED + OTHER:
        n = PER_LANGUAGE if lang in SUPPORTED else PER_OTHER
        codes = ["nb", "nn"] if lang == "no" else [lang]
        picked = []
        for code in codes:
            pool = sentences(repo, code)
            rng.shuffle(pool)
            picked += [(code, s) for s in pool[: n // len(codes)]]
        rng.shuffle(picked)
        for i, (code, text) in enumerate(picked):
            rows.append({"id": f"{lang}/{i}", "lang": lang if lang in labelled else "und", "source": code,
                         "split": "dev" if i % 2 == 0 else "test", "text": text})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
