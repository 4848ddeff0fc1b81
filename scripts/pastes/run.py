#!/usr/bin/env python3
"""`make pastes`: both of Abridge's paths over the pasted real pages (../shared/pastes/), beside Lead-3
and sumy LexRank, scored by the set's own score.py (3 sentences each).

- plain-text path: the command line on the paste, `abridge {file} -n 3 --json` (the text a person gets
  from Ctrl+A, Ctrl+C, Ctrl+V into a plain textarea), through score.py as is;
- HTML path: the page's HTML through www/extract.js's extractArticle in headless Chromium
  (scripts/pastes/extract_pages.mjs), then the command line on the extracted text with the extracted title
  (`--title`, here through `--jsonl`); the title scored is the extractor's;
- Lead-3 and sumy LexRank (scripts/pastes/peers.py) on the paste and on the extracted text.

Every system's output is written to OUT/outputs/SYSTEM/NAME.json and scored by score.py (the systems
other than the plain-text CLI through `cat` of that file), so one scorer and one page set judge all.
Prints the table and writes it to OUT/results.md; score.py's per-page results are in OUT/results-*.jsonl.

    make pastes          (scripts/setup.sh eval for the Python tools, then this with the venv's Python)
    .venv/bin/python scripts/pastes/run.py [--pastes DIR] [--out DIR] [--bin PATH] [--only PREFIX]
                                           [--no-peers] [--reuse-extraction]

Another set in the same layout (DIR/pages/NAME.txt, DIR/gt/NAME.json, DIR/html/NAME.html: what
scripts/pastes/render_pages.mjs writes for Readability's test pages) is scored with ../shared/pastes/'s
score.py when DIR has none of its own.

Needs `make build` first (www/vendor/readability.js) and takes minutes (sumy over 1,400 texts): it is not
part of `make test`, which checks the extractor on small pages of its own (tests/e2e/extract*.test.mjs).
"""
import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
import time
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# NLTK's Punkt data for sumy, written by the evaluation's setup: in the venv (scripts/setup.sh eval) or, from
# an older `make eval`, under target/eval. Set before sumy is imported (here and in the worker processes).
for _punkt in (os.path.join(sys.prefix, "nltk_data"), os.path.join(ROOT, "target", "eval", "nltk_data")):
    if "NLTK_DATA" not in os.environ and os.path.isdir(os.path.join(_punkt, "tokenizers", "punkt_tab")):
        os.environ["NLTK_DATA"] = _punkt
sys.path.insert(0, HERE)
import peers  # noqa: E402

COUNT = 3
# (system, path, label): the table's rows, in order.
SYSTEMS = [
    ("abridge-text", "plain text (the paste)", "Abridge: `abridge {file} -n 3 --json`"),
    ("lexrank-text", "plain text (the paste)", "sumy 0.13 LexRank"),
    ("lead-text", "plain text (the paste)", "Lead-3"),
    ("abridge-html", "HTML (`extractArticle`)", "Abridge: extractArticle, then `abridge --title`"),
    ("readability-html", "HTML (`extractArticle`)", "for reference: Readability 0.6 alone (its title and article), then `abridge --title`"),
    ("lexrank-html", "HTML (`extractArticle`)", "sumy 0.13 LexRank on the extracted text"),
    ("lead-html", "HTML (`extractArticle`)", "Lead-3 on the extracted text"),
]


def say(message):
    print(f"\033[1mpastes:\033[0m {message}", file=sys.stderr, flush=True)


def write_output(out, system, name, sentences, title=None):
    folder = os.path.join(out, "outputs", system)
    os.makedirs(folder, exist_ok=True)
    result = {"sentences": sentences}
    if title is not None:
        result["title"] = title
    with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)


def extract(pastes, out, only, reuse, baseline=False):
    """extractArticle (or, as the baseline, Readability alone) over every page's HTML in headless Chromium:
    {name: article}."""
    label = "readability" if baseline else "extracted"
    path = os.path.join(out, f"{label}.jsonl")
    if not (reuse and os.path.exists(path)):
        say(f"{'Readability alone' if baseline else 'extractArticle'} over the pages' HTML in headless Chromium "
            "(scripts/pastes/extract_pages.mjs)")
        cmd = ["node", os.path.join(HERE, "extract_pages.mjs"), os.path.join(pastes, "html"), path]
        if only:
            cmd += ["--only", only]
        if baseline:
            cmd += ["--readability-only"]
        subprocess.run(cmd, cwd=ROOT, check=True)
    articles = {}
    folder = os.path.join(out, label)
    os.makedirs(folder, exist_ok=True)
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            articles[row["name"]] = row
            with open(os.path.join(folder, row["name"] + ".txt"), "w", encoding="utf-8") as t:
                if row.get("title"):
                    t.write(f"# {row['title']}\n\n")
                t.write(row.get("text") or "")
    return articles


def abridge_html(binary, articles, out, system="abridge-html"):
    """The command line on each extracted article, with its title, through one `--jsonl` process."""
    rows = []
    for name, a in articles.items():
        row = {"id": name, "text": a.get("text") or "", "count": COUNT}
        if a.get("title"):
            row["title"] = a["title"]
        rows.append(json.dumps(row, ensure_ascii=False))
    proc = subprocess.run([binary, "--jsonl", "-"], input="\n".join(rows).encode("utf-8") + b"\n",
                          capture_output=True, check=True)
    errors = 0
    for line in proc.stdout.decode("utf-8").splitlines():
        got = json.loads(line)
        if "error" in got:
            errors += 1
        write_output(out, system, got["id"], got.get("sentences", []), articles[got["id"]].get("title") or "")
    return errors


def _peer(job):
    system, name, text, cached = job
    if os.path.exists(cached):
        with open(cached, encoding="utf-8") as f:
            return system, name, json.load(f), None
    try:
        return system, name, peers.summarize(system.split("-")[0], text, COUNT), cached
    except Exception as e:  # a peer's failure on one page is that page's empty answer, counted
        return system, name, e, None


def run_peers(pastes, articles, out, names):
    """Lead-3 and LexRank on every paste and extracted text. Each answer is kept in OUT/cache/, keyed by the
    system, the count, sumy's version and the text, so a re-run only summarizes texts that changed."""
    from importlib.metadata import version
    tag = f"{peers.VERSION}-{version('sumy')}-{COUNT}"
    jobs = []
    for name in names:
        with open(os.path.join(pastes, "pages", name + ".txt"), encoding="utf-8") as f:
            paste = f.read()
        text = articles.get(name, {}).get("text") or ""
        for peer in peers.SYSTEMS:
            for system, source in ((f"{peer}-text", paste), (f"{peer}-html", text)):
                key = hashlib.sha1(f"{peer}\0{tag}\0{source}".encode("utf-8")).hexdigest()
                jobs.append((system, name, source, os.path.join(out, "cache", peer, key + ".json")))
    failures = 0
    start = last = time.time()
    with Pool(2) as pool:
        for i, (system, name, chosen, cache_to) in enumerate(pool.imap_unordered(_peer, jobs, chunksize=8)):
            if isinstance(chosen, Exception):
                failures += 1
                chosen = []
            elif cache_to:
                os.makedirs(os.path.dirname(cache_to), exist_ok=True)
                with open(cache_to, "w", encoding="utf-8") as f:
                    json.dump(chosen, f, ensure_ascii=False)
            write_output(out, system, name, chosen)
            if time.time() - last > 15:
                last = time.time()
                say(f"  peers: {i + 1}/{len(jobs)} summaries, {last - start:.0f}s")
    return failures


SHARED_SCORER = os.path.join(ROOT, "..", "shared", "pastes", "score.py")


def scorer_of(pastes):
    """The set's own score.py, else ../shared/pastes/'s (told where the set's pages are)."""
    own = os.path.join(pastes, "score.py")
    return own if os.path.exists(own) else SHARED_SCORER


def score(pastes, out, system, template, only):
    cmd = [sys.executable, scorer_of(pastes), system, template,
           "--pages", os.path.join(pastes, "pages"), "--gt", os.path.join(pastes, "gt")]
    if only:
        cmd += ["--only", only]
    subprocess.run(cmd, cwd=out, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(out, f"results-{system}.summary.json"), encoding="utf-8") as f:
        return json.load(f)["all"]


def load_scorer(pastes):
    """The set's score.py (../shared/pastes/score.py for a set without its own), as a module."""
    sys.path.insert(0, os.path.dirname(scorer_of(pastes)))
    import score  # noqa: E402
    return score


def overlap(scorer, body, text):
    """How well `text` matches the annotated `body`: the share of the body's word 3-grams found in the text
    (recall) and of the text's 3-grams found in the body (precision), with score.py's normalization."""
    body = set(scorer.grams(scorer.Body(body).toks, 3))
    grams = scorer.grams(scorer.tokens(scorer.strip_enum(text)), 3)
    return (len(body & set(grams)) / len(body) if body else 1.0,
            sum(1 for g in grams if g in body) / len(grams) if grams else 1.0)


def text_figures(pastes, articles, scored):
    """How well an extractor's text matches the annotated body, over the scored pages: the means of
    `overlap`'s recall and precision."""
    scorer = load_scorer(pastes)
    recall, precision = [], []
    for name in scored:
        with open(os.path.join(pastes, "gt", name + ".json"), encoding="utf-8") as f:
            body = json.load(f)["body"]
        r, p = overlap(scorer, body, articles.get(name, {}).get("text") or "")
        recall.append(r)
        precision.append(p)
    return sum(recall) / len(recall), sum(precision) / len(precision)


def pct(x):
    return "—" if x is None else f"{100 * x:.1f} %"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pastes", default=os.path.join(ROOT, "..", "shared", "pastes"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "pastes"))
    ap.add_argument("--bin", default=None, help="the abridge binary (default: cargo build --release)")
    ap.add_argument("--only", default="", help="pages whose name starts with this")
    ap.add_argument("--no-peers", action="store_true", help="Abridge's two paths only")
    ap.add_argument("--reuse-extraction", action="store_true", help="keep OUT/extracted.jsonl if it is there")
    a = ap.parse_args()
    pastes, out = os.path.abspath(a.pastes), os.path.abspath(a.out)
    if not os.path.exists(scorer_of(pastes)):
        sys.exit(f"pastes: no score.py in {pastes} or ../shared/pastes (--pastes DIR)")
    os.makedirs(out, exist_ok=True)
    binary = a.bin
    if binary is None:
        say("cargo build --release --bin abridge")
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "abridge"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, "target", "release", "abridge")
    binary = os.path.abspath(binary)
    started = time.time()

    names = sorted(n[:-5] for n in os.listdir(os.path.join(pastes, "gt"))
                   if n.endswith(".json") and n.startswith(a.only)
                   and os.path.exists(os.path.join(pastes, "pages", n[:-5] + ".txt")))
    articles = extract(pastes, out, a.only, a.reuse_extraction)
    not_found = sum(1 for x in articles.values() if not x.get("found"))
    say(f"the command line on {len(articles)} extracted articles")
    errors = {"abridge-html": abridge_html(binary, articles, out)}
    baseline = extract(pastes, out, a.only, a.reuse_extraction, baseline=True)
    errors["readability-html"] = abridge_html(binary, baseline, out, "readability-html")
    systems = [s for s in SYSTEMS if not (a.no_peers and s[0].startswith(("lexrank", "lead")))]
    if not a.no_peers:
        say(f"Lead-3 and sumy LexRank on {len(names)} pastes and extracted texts (2 processes)")
        errors["peers"] = run_peers(pastes, articles, out, names)

    rows = []
    for system, path, label in systems:
        say(f"scoring {system}")
        if system == "abridge-text":
            template = f"{shlex.quote(binary)} {{file}} -n {COUNT} --json"
        else:
            template = f"cat {shlex.quote(os.path.join(out, 'outputs', system))}/{{name}}.json"
        rows.append((system, path, label, score(pastes, out, system, template, a.only)))

    first = rows[0][3]
    lines = [
        f"{first['scored']} pages scored ({first['skipped_body_not_in_paste']} left out: the paste holds under half "
        f"of the body); {COUNT} sentences; extractArticle found no article on {not_found} of {len(articles)} pages.",
        "",
        "| path | system | precision (inside) | pages with an outside sentence | title right |",
        "|---|---|--:|--:|--:|",
    ]
    for system, path, label, s in rows:
        title = "—" if system.startswith(("lexrank", "lead")) else pct(s["title_accuracy"])
        lines.append(f"| {path} | {label} | {pct(s['precision_micro'])} | {pct(s['pages_with_outside_share'])} "
                     f"({s['pages_with_outside']}) | {title} |")
    with open(os.path.join(out, "results-abridge-text.jsonl"), encoding="utf-8") as f:
        scored = [r["name"] for r in map(json.loads, f) if r["scored"]]
    lines += ["", "| extracted text, against the annotated body (mean over the scored pages) | body kept (3-gram recall) "
              "| text that is body (3-gram precision) |", "|---|--:|--:|"]
    for label, arts in (("extractArticle", articles), ("Readability 0.6 alone", baseline)):
        r, p = text_figures(pastes, arts, scored)
        lines.append(f"| {label} | {pct(r)} | {pct(p)} |")
    lines += ["", f"Errors: {json.dumps(errors)} (pages whose system gave no answer). "
                  f"{time.time() - started:.0f} s in all."]
    table = "\n".join(lines)
    print(table)
    with open(os.path.join(out, "results.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n")


if __name__ == "__main__":
    main()
