"""Summary quality in four more languages: Abridge against Lead on ../shared/eval/multi.jsonl.gz.

Usage (`make eval` runs it after the English table, with the venv of `scripts/setup.sh eval`):
    .venv/bin/python scripts/eval/multi.py --data ../shared/eval [--splits dev,test] [--langs fr,vi,zh,de]
        [--abridge-args "..."] [--abridge-bin PATH] [--no-title] [--workers 2]

The protocol of ../shared/eval/README.md: French (OrangeSum), Vietnamese (VietNews) and Chinese (LCSTS) one
sentence; German (Klexikon) 350 words. Abridge is given the article's text and title and no language (it
detects it). Lead is the first sentence (for German, the first 350 words). Scored with the data's own
`multi_score.py` (the XL-Sum multilingual ROUGE: R1 / R2 / RL, F1 × 100, mean over articles).

Writes, under --out (target/eval): multi.md, multi.json, and scores/multi.<lang>.<split>.<system>.jsonl.
"""

import argparse
import gzip
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
import time
from multiprocessing import Pool

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LANGS = ("fr", "vi", "zh", "de")
NAMES = {"fr": "French", "vi": "Vietnamese", "zh": "Chinese", "de": "German"}
# What each language's summary is asked to be: CLI flags, and how Lead is cut to match.
LENGTH_FLAGS = {"fr": ["-n", "1"], "vi": ["-n", "1"], "zh": ["-n", "1"], "de": ["-w", "350"]}
DE_WORDS = 350
# The issue's targets, on test: every language at least Lead + 1.0 R1, and this macro R1 of the four.
MARGIN = 1.0
MACRO_TARGET = 27.78
# The issue's test R1 of Lead (../shared/eval/README.md): each language's target is Lead + MARGIN, with
# Lead the higher of this and the Lead measured here (the splitters differ a little; see lead()).
ISSUE_LEAD_TEST_R1 = {"fr": 22.52, "vi": 25.23, "zh": 21.10, "de": 35.02}
# Lead's first sentence: up to a sentence terminator followed by a space (Chinese: up to 。！？ and any
# closing quotes), or a line end. This reproduces the README's French and Chinese Lead to 0.01.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])[”’」』）]*|\n+")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def scorer_module(data_dir):
    spec = importlib.util.spec_from_file_location("multi_score", os.path.join(data_dir, "multi_score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lead(row):
    """The first sentence (first 350 words for German): a fixed, simple splitter independent of Abridge.

    VietNews comes one sentence a line, so its Lead is the first line (test R1 25.35, README 25.23);
    German's is the first 350 whitespace words (test 34.76, README 35.02 "by words", not reproduced)."""
    text = row["text"].strip()
    if row["lang"] == "de":
        return " ".join(text.split()[:DE_WORDS])
    if row["lang"] == "vi":
        return text.split("\n", 1)[0].strip()
    for piece in _SENTENCE_END.split(text):
        if piece.strip():
            return piece.strip()
    return ""


def run_abridge(binary, rows, lang, extra_args, title):
    payload = "".join(
        json.dumps({"id": r["id"], "text": r["text"]} | ({"title": r["title"]} if title and r.get("title") else {}),
                   ensure_ascii=False) + "\n"
        for r in rows
    )
    cmd = [binary, "--jsonl", "-"] + LENGTH_FLAGS[lang] + shlex.split(extra_args)
    start = time.time()
    proc = subprocess.run(cmd, input=payload.encode("utf-8"), capture_output=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"multi: {shlex.join(cmd)} exited with {proc.returncode}")
    out, languages = {}, {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        got = json.loads(line)
        joiner = "" if lang == "zh" else " "
        out[got["id"]] = joiner.join(got.get("sentences", []))
        detected = got.get("language", "error")
        languages[detected] = languages.get(detected, 0) + 1
    if len(out) != len(rows):
        raise SystemExit(f"multi: abridge answered {len(out)} rows for {len(rows)} ({lang})")
    return out, languages, time.time() - start


_SCORER = None


def _init(data_dir):
    global _SCORER
    _SCORER = scorer_module(data_dir)


def _score(args):
    ref, hyp, lang = args
    return _SCORER.score_pair(ref, hyp, lang)


def score(pool, rows, summaries):
    scores = pool.map(_score, [(r["summary"], summaries[r["id"]], r["lang"]) for r in rows], chunksize=16)
    return [{"id": r["id"], "r1": s["rouge1"], "r2": s["rouge2"], "rl": s["rougeL"], "summary": summaries[r["id"]]}
            for r, s in zip(rows, scores)]


def mean(records):
    n = len(records)
    return {k: sum(r[k] for r in records) / n for k in ("r1", "r2", "rl")} | {"n": n}


def paired_ci(a, b, resamples=2000):
    import numpy

    d = numpy.array([x["r1"] - y["r1"] for x, y in zip(a, b)])
    rng = numpy.random.default_rng(0)
    means = d[rng.integers(0, len(d), size=(resamples, len(d)))].mean(axis=1)
    return float(numpy.percentile(means, 2.5)), float(numpy.percentile(means, 97.5))


def cell(m):
    return f"{m['r1']:.2f} / {m['r2']:.2f} / {m['rl']:.2f}"


def main():
    env = os.environ.get
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", required=True, help="directory with multi.jsonl.gz and multi_score.py")
    p.add_argument("--out", default="target/eval")
    p.add_argument("--splits", default=env("EVAL_SPLITS", "dev,test"))
    p.add_argument("--langs", default=env("EVAL_LANGS", ",".join(LANGS)))
    p.add_argument("--abridge-bin", default=env("EVAL_ABRIDGE_BIN"))
    p.add_argument("--abridge-args", default=env("EVAL_ABRIDGE_ARGS", ""), help="extra flags (tuning)")
    p.add_argument("--no-title", action="store_true", help="do not give Abridge the article's title")
    p.add_argument("--workers", type=int, default=int(env("EVAL_WORKERS", "2")))
    args = p.parse_args()
    splits = [s for s in args.splits.split(",") if s]
    langs = [l for l in args.langs.split(",") if l]
    data_path = os.path.join(args.data, "multi.jsonl.gz")
    if not os.path.isfile(data_path):
        p.error(f"no multi.jsonl.gz in {args.data}")
    if not args.abridge_bin:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "abridge"], cwd=ROOT, check=True)
        args.abridge_bin = os.path.join(ROOT, "target", "release", "abridge")
    with gzip.open(data_path, "rt", encoding="utf-8") as f:
        all_rows = [json.loads(l) for l in f if l.strip()]
    scores_dir = os.path.join(args.out, "scores")
    os.makedirs(scores_dir, exist_ok=True)

    results, records, detected = {}, {}, {}
    with Pool(args.workers, initializer=_init, initargs=(args.data,)) as pool:
        for split in splits:
            for lang in langs:
                rows = [r for r in all_rows if r["lang"] == lang and r["split"] == split]
                summaries, languages, secs = run_abridge(args.abridge_bin, rows, lang, args.abridge_args, not args.no_title)
                detected[f"{lang} {split}"] = languages
                for system, sums in (("abridge", summaries), ("lead", {r["id"]: lead(r) for r in rows})):
                    recs = score(pool, rows, sums)
                    records[(lang, split, system)] = recs
                    results.setdefault(split, {}).setdefault(lang, {})[system] = mean(recs)
                    with open(os.path.join(scores_dir, f"multi.{lang}.{split}.{system}.jsonl"), "w", encoding="utf-8") as f:
                        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
                log(f"multi: {lang} {split}: {len(rows)} articles, Abridge {secs:.1f}s, detected {languages}, "
                    f"R1 {results[split][lang]['abridge']['r1']:.2f} (Lead {results[split][lang]['lead']['r1']:.2f})")

    md = ["Multilingual (`multi.jsonl.gz`; fr, vi, zh one sentence, de 350 words; language detected"
          + ("" if args.no_title else ", title given") + (f"; `{args.abridge_args}`" if args.abridge_args else "")
          + "). R1 / R2 / RL (F1 × 100, `multi_score.py`)."]
    checks = []
    for split in splits:
        head = ["system"] + [f"{NAMES[l]} {split} ({results[split][l]['abridge']['n']:,})" for l in langs]
        if len(langs) > 1:
            head.append("macro R1")
        md += ["", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for system, label in (("abridge", "Abridge"), ("lead", "Lead (first sentence; de first 350 words)")):
            row = [label] + [cell(results[split][l][system]) for l in langs]
            if len(langs) > 1:
                row.append(f"{sum(results[split][l][system]['r1'] for l in langs) / len(langs):.2f}")
            md.append("| " + " | ".join(row) + " |")
    split = "test" if "test" in splits else splits[0]
    for lang in langs:
        got, ref = results[split][lang]["abridge"]["r1"], results[split][lang]["lead"]["r1"]
        want = max(ref, ISSUE_LEAD_TEST_R1[lang] if split == "test" else ref) + MARGIN
        lo, hi = paired_ci(records[(lang, split, "abridge")], records[(lang, split, "lead")])
        checks.append(f"- {NAMES[lang]} {split}: Abridge R1 ≥ Lead R1 + {MARGIN} (here and in the issue): "
                      f"**{'PASS' if got >= want else 'FAIL'}** ({got:.2f} against {want:.2f}; "
                      f"− Lead here {got - ref:+.2f} [{lo:+.2f}, {hi:+.2f}])")
    if set(langs) == set(LANGS):
        macro = sum(results[split][l]["abridge"]["r1"] for l in langs) / len(langs)
        checks.append(f"- macro R1 of the four, {split}: ≥ {MACRO_TARGET}: **{'PASS' if macro >= MACRO_TARGET else 'FAIL'}** ({macro:.2f})")
    md += ["", "Targets (differences with their paired-bootstrap 95 % interval):"] + checks
    md += ["", "Languages detected: " + "; ".join(f"{k}: {v}" for k, v in detected.items())]
    text = "\n".join(md) + "\n"
    with open(os.path.join(args.out, "multi.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.out, "multi.json"), "w", encoding="utf-8") as f:
        json.dump({"abridge_args": args.abridge_args, "title": not args.no_title, "results": results,
                   "detected": detected}, f, indent=1)
    print(text)


if __name__ == "__main__":
    main()
