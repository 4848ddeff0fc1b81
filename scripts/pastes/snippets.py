#!/usr/bin/env python3
"""Scores the plain-text path's article finding on pages with snippets marked in and out of the
article (Trafilatura's evaluation pages, made by `node scripts/pastes/render_pages.mjs trafilatura ...`),
per language as Abridge detects it.

    python3 scripts/pastes/snippets.py [--dir target/pastes-trafilatura] [--bin target/release/abridge]
                                       [--errors N] [--out FILE.jsonl] [--extracted FILE.jsonl]

For each page, `abridge PAGE -n 3 --json` (the command line, as on ../shared/pastes): the text kept is
the paste less the blocks the answer lists as left out (`leftOut`). Each snippet found in the paste (white
space folded) counts once, as Trafilatura's own evaluation counts them: an article snippet ("with") kept
is a true positive and left out a false negative; a furniture snippet ("without") kept is a false positive
and left out a true negative. Snippets the paste lacks (text the page's scripts would have written) are
not counted. Prints precision, recall and F1 of the kept text per detected language and overall, and the
share of pages where a summary sentence holds a furniture snippet.

The snippets are few a page, so a summary sentence from the page's furniture seldom holds one. With
--extracted (the output of `node scripts/pastes/extract_pages.mjs DIR/html FILE.jsonl`: the article the
HTML path finds in each page's HTML), each summary sentence is also judged against that article by
../shared/pastes/score.py's own rule (its `THRESH` share of word 3-grams in it), and the pages with a sentence outside it
are counted per language. A rough reference, made by Abridge's own extractor, whose misses count as
outside too (a standfirst it leaves out is the commonest): for finding kinds of pages the plain-text path
gets wrong, and for comparing two builds, not as a figure of quality. So is the title line it adds: on
the pages where some line of the paste is the title the HTML path found (score.py's title match), how
often the plain-text path's title is that one too (the HTML path's own titles are right on 90.7 % of the
dev pastes: `make pastes`).
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def answer(binary, path):
    p = subprocess.run([binary, path, "-n", "3", "--json"], capture_output=True)
    if p.returncode != 0:
        return None
    return json.loads(p.stdout.decode("utf-8"))


def kept_text(paste, out):
    """The paste with the left-out blocks cut (byte offsets), the cuts as line breaks."""
    data = paste.encode("utf-8")
    pieces, at = [], 0
    for block in sorted(out.get("leftOut", []), key=lambda b: b["start"]):
        pieces.append(data[at:block["start"]])
        at = max(at, block["end"])
    pieces.append(data[at:])
    return b"\n".join(pieces).decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=os.path.join(ROOT, "target", "pastes-trafilatura"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "abridge"))
    ap.add_argument("--errors", type=int, default=0, help="print N pages with snippets misjudged")
    ap.add_argument("--out", help="write one JSON line a page")
    ap.add_argument("--extracted", help="extract_pages.mjs's output for the pages' HTML: judge the summary against it")
    a = ap.parse_args()
    extracted, html_titles = {}, {}
    if a.extracted:
        sys.path.insert(0, os.path.join(ROOT, "..", "shared", "pastes"))
        import score

        for l in open(a.extracted, encoding="utf-8"):
            e = json.loads(l)
            if e.get("title"):
                html_titles[e["name"]] = e["title"]
            # A page whose HTML gave no article, or only a scrap of one, is no reference.
            if e.get("found") and len(e["text"]) >= 500:
                extracted[e["name"]] = score.Body(e["text"])
    rows = [json.loads(l) for l in open(os.path.join(a.dir, "snippets.jsonl"), encoding="utf-8") if l.strip()]
    pastes = {r["name"]: open(os.path.join(a.dir, "pages", r["name"] + ".txt"), encoding="utf-8").read() for r in rows}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        answers = list(pool.map(lambda r: answer(a.bin, os.path.join(a.dir, "pages", r["name"] + ".txt")), rows))

    counts = collections.defaultdict(lambda: collections.Counter())
    results = []
    for r, out in zip(rows, answers):
        paste = fold(pastes[r["name"]])
        lang = out["language"] if out else "error"
        kept = fold(kept_text(pastes[r["name"]], out)) if out else ""
        sentences = [fold(s["text"]) for s in out["sentences"]] if out else []
        c = collections.Counter()
        wrong = []
        for snippet in r["with"]:
            s = fold(snippet)
            if s and s in paste:
                c["tp" if s in kept else "fn"] += 1
                if s not in kept:
                    wrong.append(("lost", snippet))
        for snippet in r["without"]:
            s = fold(snippet)
            if s and s in paste:
                c["fp" if s in kept else "tn"] += 1
                if s in kept:
                    wrong.append(("kept", snippet))
        c["pages"] += 1
        c["furniture_in_summary"] += any(fold(sn) in s for s in sentences for sn in r["without"] if fold(sn))
        outside = []
        if out and r["name"] in extracted:
            body = extracted[r["name"]]
            fracs = [(s["text"], body.frac_text(s["text"])) for s in out["sentences"]]
            outside = [t for t, f in fracs if f is not None and f < score.THRESH]
            c["judged_pages"] += 1
            c["judged_sentences"] += sum(f is not None for _, f in fracs)
            c["outside_sentences"] += len(outside)
            c["pages_outside"] += bool(outside)
        html_title = html_titles.get(r["name"])
        if out and html_title and any(score.title_match(l, html_title) in ("exact", "contained") for l in pastes[r["name"]].split("\n") if l.strip()):
            title = out.get("title")
            c["titled_pages"] += 1
            c["titles_agree"] += score.title_match(title["text"] if title else None, html_title) in ("exact", "contained")
        for key in (lang, "all"):
            counts[key].update(c)
        results.append({"name": r["name"], "language": lang, **c, "wrong": wrong, "outside_extracted": outside})

    def line(key, c):
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        rec = c["tp"] / max(1, c["tp"] + c["fn"])
        f1 = 2 * p * rec / max(1e-9, p + rec)
        share = c["furniture_in_summary"] / max(1, c["pages"])
        return f"{key:6} {c['pages']:5} {p:9.3f} {rec:7.3f} {f1:6.3f}   {c['furniture_in_summary']:4} ({share:.3f})"

    print("lang   pages precision  recall     F1   pages with furniture in the summary")
    for key in sorted((k for k in counts if k != "all"), key=lambda k: -counts[k]["pages"]):
        print(line(key, counts[key]))
    print(line("all", counts["all"]))
    if extracted:
        print("\nagainst the article extractArticle finds in the HTML (rough: its misses count as outside)")
        print("lang   pages  sentences inside  pages with a sentence outside")
        for key in sorted(counts, key=lambda k: (k == "all", -counts[k]["judged_pages"])):
            c = counts[key]
            if c["judged_pages"]:
                inside = 1 - c["outside_sentences"] / max(1, c["judged_sentences"])
                print(f"{key:6} {c['judged_pages']:5} {inside:17.3f}   {c['pages_outside']:4} ({c['pages_outside'] / c['judged_pages']:.3f})")
        print("\nthe plain-text path's title against the HTML path's, where a line of the paste is the latter")
        print("lang   pages  titles the same")
        for key in sorted(counts, key=lambda k: (k == "all", -counts[k]["titled_pages"])):
            c = counts[key]
            if c["titled_pages"]:
                print(f"{key:6} {c['titled_pages']:5} {c['titles_agree']:6} ({c['titles_agree'] / c['titled_pages']:.3f})")
    if a.errors:
        for res in [r for r in results if r["wrong"]][: a.errors]:
            print(f"\n{res['name']} ({res['language']}):", "; ".join(f"{k}: {s[:60]!r}" for k, s in res["wrong"]))
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in results)


if __name__ == "__main__":
    sys.exit(main())
