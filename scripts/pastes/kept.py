#!/usr/bin/env python3
"""How much of each pasted page's article the plain-text path keeps: the share of the annotated body's
word 3-grams found in the text `abridge --json` does not leave out (recall), and the share of the kept
text's 3-grams that are the body's (precision). Words are NFKC, lower-cased `\\w+` runs. A page whose
article is cut short (the run ended early) keeps little of its body.

Usage: python3 scripts/pastes/kept.py [--bin target/release/abridge] PAGE.txt ...
       (each PAGE's annotation is ../gt/PAGE.json beside its folder, as in ../shared/pastes/)
"""

import argparse
import json
import os
import re
import subprocess
import unicodedata


def grams(text):
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())
    return set(zip(words, words[1:], words[2:]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default="target/release/abridge")
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()
    for page in args.pages:
        name = os.path.splitext(os.path.basename(page))[0]
        gt = json.load(open(os.path.join(os.path.dirname(os.path.dirname(page)), "gt", name + ".json"), encoding="utf-8"))
        text = open(page, "rb").read()
        result = json.loads(subprocess.run([args.bin, page, "--json"], capture_output=True, check=True).stdout)
        kept, at = [], 0
        for block in sorted(result["leftOut"], key=lambda b: b["start"]):
            kept.append(text[at:block["start"]])
            at = max(at, block["end"])
        kept.append(text[at:])
        kept, body = grams(b"".join(kept).decode("utf-8", "replace")), grams(gt["body"])
        code = sum(1 for b in result["leftOut"] if b["kind"] == "code")
        print(f"{name}  recall {len(kept & body) / max(1, len(body)):.3f}  precision {len(kept & body) / max(1, len(kept)):.3f}"
              f"  code blocks {code}")


if __name__ == "__main__":
    main()
