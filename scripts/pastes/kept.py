#!/usr/bin/env python3
"""How much of each pasted page's article the plain-text path keeps: `run.py`'s `overlap` (the share of the
annotated body's word 3-grams found in the text, and of the text's 3-grams found in the body, with
score.py's normalization) between the body and the text `abridge --json` does not leave out. A page whose
article is cut short (the run ended early) keeps little of its body.

Usage: python3 scripts/pastes/kept.py [--bin target/release/abridge] PAGE.txt ...
       (each PAGE's annotation is ../gt/PAGE.json beside its folder, as in ../shared/pastes/)
"""

import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default="target/release/abridge")
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()
    for page in args.pages:
        name = os.path.splitext(os.path.basename(page))[0]
        pastes = os.path.dirname(os.path.dirname(os.path.abspath(page)))
        scorer = run.load_scorer(pastes)
        with open(os.path.join(pastes, "gt", name + ".json"), encoding="utf-8") as f:
            body = json.load(f)["body"]
        text = open(page, "rb").read()
        result = json.loads(subprocess.run([args.bin, page, "--json"], capture_output=True, check=True).stdout)
        kept, at = [], 0
        for block in sorted(result["leftOut"], key=lambda b: b["start"]):
            kept.append(text[at:block["start"]])
            at = max(at, block["end"])
        kept.append(text[at:])
        recall, precision = run.overlap(scorer, body, b"".join(kept).decode("utf-8", "replace"))
        code = sum(1 for b in result["leftOut"] if b["kind"] == "code")
        print(f"{name}  recall {recall:.3f}  precision {precision:.3f}  code blocks {code}")


if __name__ == "__main__":
    main()
