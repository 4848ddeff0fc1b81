"""`make eval`: Abridge against Lead, sumy TextRank and sumy LexRank on CNN/DM and BBC, scored with ROUGE.

Usage (`make eval` installs the venv with `scripts/setup.sh eval`, then runs this with its Python):
    .venv/bin/python scripts/eval/run.py --data ../shared/eval [--splits dev,test] [--datasets cnndm,bbc]
        [--peers 1|0] [--abridge 1|0] [--abridge-args "..."] [--workers 2] [--limit N]

Each flag can also be set from the environment (EVAL_SPLITS, EVAL_DATASETS, EVAL_PEERS, EVAL_ABRIDGE,
EVAL_ABRIDGE_ARGS, EVAL_BBC_INPUT, EVAL_WORKERS, EVAL_LIMIT); EVAL_ABRIDGE_BIN names a prebuilt CLI,
otherwise this builds target/release/abridge first.

Writes, under --out (target/eval):
    results.md, results.json          the table and the targets check
    scores/<dataset>.<split>.<system>.jsonl
                                      per article: id, indices, summary, r1, r2, rlsum, words
    cache/                            Lead and sumy results, keyed on the data file and this harness,
                                      so that re-runs only redo Abridge
"""

import argparse
import datetime
import hashlib
import importlib.metadata
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import abridge_cli  # noqa: E402
import common  # noqa: E402
import peers  # noqa: E402

SPLITS = ("dev", "test")
PEERS = ("lead", "textrank", "lexrank")
LABELS = {
    "abridge": "Abridge",
    "abridge-sents": "Abridge (Punkt sentences)",
    "abridge-text": "Abridge (text + title)",
    "lead": "Lead (first k sentences)",
    "textrank": "sumy 0.13 TextRank",
    "lexrank": "sumy 0.13 LexRank",
}
SHORT = {"lead": "Lead", "textrank": "sumy TextRank"}
ROW_ORDER = ("abridge", "abridge-sents", "abridge-text", "lead", "textrank", "lexrank")

# The targets, on test: (dataset, system, baseline, minimum margin on R1, minimum margin on R2).
TARGETS = (
    ("cnndm", "lead", 0.5, 0.0),
    ("bbc", "textrank", 2.0, None),
)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def abridge_systems(dataset, bbc_input):
    """[(system key, input mode)]: CNN/DM is judged on given sentences; BBC both ways (docs/quality.md)."""
    if dataset == "cnndm":
        return [("abridge", "sentences")]
    if bbc_input == "text":
        return [("abridge", "text"), ("abridge-sents", "sentences")]
    return [("abridge", "sentences"), ("abridge-text", "text")]


def cache_key(data_path, limit):
    """Peer results stay valid while the data file, the protocol, the peers and the packages do."""
    st = os.stat(data_path)
    parts = [common.PROTOCOL_VERSION, peers.VERSION, os.path.basename(data_path), st.st_mtime_ns, st.st_size, limit]
    parts += [importlib.metadata.version(pkg) for pkg in ("sumy", "rouge-score", "nltk", "numpy")]
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(path, records):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def scored(articles, results, workers):
    summaries = [
        res["summary"] if res.get("summary") is not None else [art["sentences"][i] for i in res["indices"]]
        for art, res in zip(articles, results)
    ]
    scores = common.score_all([(s, art["ref"]) for s, art in zip(summaries, articles)], workers)
    out = []
    for art, res, summary, score in zip(articles, results, summaries, scores):
        rec = {"id": art["id"], "indices": res.get("indices", [])}
        if "error" in res:
            rec["error"] = res["error"]
        out.append(rec | score | {"summary": summary})
    return out


def run_peer(system, articles, args, cache_dir, key, label):
    """Cached Lead/sumy per-article records, or None when sumy is skipped and nothing is cached."""
    stem = f"{system}.{label.replace(' ', '.')}"
    path = os.path.join(cache_dir, f"{stem}.{key}.jsonl")
    if os.path.exists(path):
        return read_jsonl(path)
    if system != "lead" and not args.peers:
        return None
    start = time.time()
    if system == "lead":
        results = [peers.lead(a) for a in articles]
    else:
        results = peers.sumy_run(system, articles, workers=args.workers, label=label)
    records = scored(articles, results, args.workers)
    log(f"  {label} {LABELS[system]}: {time.time() - start:.0f}s (cached for next time)")
    for old in os.listdir(cache_dir):  # one cached version per system and split
        if old.startswith(stem + ".") and old.endswith(".jsonl"):
            os.remove(os.path.join(cache_dir, old))
    write_jsonl(path, records)
    return records


def fmt_cell(m):
    if not m:
        return "–"
    return f"{m['r1']:.2f} / {m['r2']:.2f} / {m['rlsum']:.2f} ({m['words']:.0f})"


def table(results, split):
    datasets = [d for d in results if split in results[d]]
    if not datasets:
        return ""
    head = ["system"] + [
        f"{common.DATASETS[d][1]} {split} ({next(iter(results[d][split].values()))['n']:,})" for d in datasets
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for system in ROW_ORDER:
        cells = [fmt_cell(results[d][split].get(system)) for d in datasets]
        if all(c == "–" for c in cells):
            continue
        lines.append(f"| {LABELS[system]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def paired_ci(a, b, key, resamples=2000):
    """95 % paired-bootstrap interval of mean(a[key] - b[key]) over the same articles (fixed seed)."""
    import numpy

    d = numpy.array([x[key] - y[key] for x, y in zip(a, b)])
    rng = numpy.random.default_rng(0)
    means = d[rng.integers(0, len(d), size=(resamples, len(d)))].mean(axis=1)
    return float(numpy.percentile(means, 2.5)), float(numpy.percentile(means, 97.5))


def targets(results, records):
    """[(description, verdict)] for the issue's targets, on test (or on dev when test was not run).

    Each verdict carries the paired-bootstrap 95 % interval of the difference, to tell a margin from
    noise: on CNN/DM test it is about ±0.15 R1, on BBC test about ±0.6."""
    out = []
    for dataset, base, m1, m2 in TARGETS:
        splits = results.get(dataset, {})
        split = "test" if "test" in splits else "dev" if "dev" in splits else None
        if split is None:
            continue
        got, ref = splits[split].get("abridge"), splits[split].get(base)
        name = f"{common.DATASETS[dataset][1]} {split}"
        want = f"Abridge R1 ≥ {SHORT[base]} R1 + {m1}" + (f" and R2 ≥ {SHORT[base]} R2" if m2 is not None else "")
        if split != "test":
            want += " (the targets are on test)"
        if not got or not ref:
            out.append((f"{name}: {want}", "n/a (not run)"))
            continue
        a, b = records[(dataset, split, "abridge")], records[(dataset, split, base)]
        ok = got["r1"] >= ref["r1"] + m1
        lo, hi = paired_ci(a, b, "r1")
        detail = f"R1 {got['r1']:.2f} − {ref['r1']:.2f} = {got['r1'] - ref['r1']:+.2f} [{lo:+.2f}, {hi:+.2f}], want ≥ {m1:+.2f}"
        if m2 is not None:
            ok = ok and got["r2"] >= ref["r2"] + m2
            lo, hi = paired_ci(a, b, "r2")
            detail += f"; R2 {got['r2']:.2f} − {ref['r2']:.2f} = {got['r2'] - ref['r2']:+.2f} [{lo:+.2f}, {hi:+.2f}], want ≥ {m2:+.2f}"
        out.append((f"{name}: {want}", f"{'PASS' if ok else 'FAIL'} ({detail})"))
    return out


def git_version():
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty", "--abbrev=10"],
            capture_output=True, text=True, check=True,
        ).stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    env = os.environ.get
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", required=True, help="directory with cnndm.jsonl.gz and bbc.jsonl.gz")
    p.add_argument("--out", default="target/eval")
    p.add_argument("--splits", default=env("EVAL_SPLITS", "dev,test"))
    p.add_argument("--datasets", default=env("EVAL_DATASETS", "cnndm,bbc"))
    p.add_argument("--peers", type=int, default=int(env("EVAL_PEERS", "1")),
                   help="0: no sumy runs (cached results are still shown); Lead always runs")
    p.add_argument("--abridge", type=int, default=int(env("EVAL_ABRIDGE", "1")))
    p.add_argument("--abridge-bin", default=env("EVAL_ABRIDGE_BIN"),
                   help="a prebuilt CLI (default: build target/release/abridge)")
    p.add_argument("--abridge-args", default=env("EVAL_ABRIDGE_ARGS", ""),
                   help="extra flags for `abridge --jsonl -` (tuning)")
    p.add_argument("--bbc-input", choices=abridge_cli.MODES, default=env("EVAL_BBC_INPUT", "text"),
                   help="what the main Abridge row is given on BBC (the other way is shown too)")
    p.add_argument("--workers", type=int, default=int(env("EVAL_WORKERS", "2")))
    p.add_argument("--limit", type=int, default=int(env("EVAL_LIMIT", "0")),
                   help="first N articles of each split only (smoke tests; numbers not comparable)")
    args = p.parse_args()

    splits = [s for s in args.splits.split(",") if s]
    datasets = [d for d in args.datasets.split(",") if d]
    for s in splits:
        if s not in SPLITS:
            p.error(f"unknown split {s!r} (dev, test)")
    for d in datasets:
        if d not in common.DATASETS:
            p.error(f"unknown dataset {d!r} ({', '.join(common.DATASETS)})")

    for d in datasets:
        if not os.path.isfile(common.data_file(args.data, d)):
            p.error(f"no {os.path.basename(common.data_file(args.data, d))} in {args.data} (--data DIR, or EVAL_DATA=DIR for make)")
    if args.abridge and not args.abridge_bin:
        log("eval: cargo build --release --bin abridge")
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "abridge"], cwd=ROOT, check=True)
        args.abridge_bin = os.path.join(ROOT, "target", "release", "abridge")

    cache_dir = os.path.join(args.out, "cache")
    scores_dir = os.path.join(args.out, "scores")
    os.makedirs(cache_dir, exist_ok=True)
    os.makedirs(scores_dir, exist_ok=True)
    started = time.time()
    results, speed, records = {}, {}, {}

    for dataset in datasets:
        data_path = common.data_file(args.data, dataset)
        key = cache_key(data_path, args.limit)
        for split in splits:
            label = f"{dataset} {split}"
            t = time.time()
            articles = common.load(args.data, dataset, split, limit=args.limit or None)
            log(f"eval: {label}: {len(articles)} articles prepared in {time.time() - t:.1f}s")
            per_system = {}
            if args.abridge:
                for system, mode in abridge_systems(dataset, args.bbc_input):
                    res, secs, errors, off_k = abridge_cli.run(
                        args.abridge_bin, mode, articles, args.abridge_args, label=label
                    )
                    per_system[system] = scored(articles, res, args.workers)
                    speed[f"{label} {system}"] = {"seconds": secs, "articles": len(articles),
                                                  "errors": errors, "not_k_sentences": off_k}
                    log(f"  {label} {LABELS[system]}: {len(articles) / max(secs, 1e-9):,.0f} articles/s"
                        f" in the CLI, {errors} errors, {off_k} summaries without k sentences")
            for system in PEERS:
                recs = run_peer(system, articles, args, cache_dir, key, label)
                if recs is not None:
                    per_system[system] = recs
            results.setdefault(dataset, {})[split] = {}
            for system, recs in per_system.items():
                write_jsonl(os.path.join(scores_dir, f"{dataset}.{split}.{system}.jsonl"), recs)
                results[dataset][split][system] = common.mean(recs)
                records[(dataset, split, system)] = recs

    checks = targets(results, records)
    version = git_version()
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    md = [f"Abridge `{version}`, {when}" + (f", `--abridge-args {args.abridge_args}`" if args.abridge_args else "")
          + (f", first {args.limit} articles per split only" if args.limit else "")
          + ". R1 / R2 / RLsum (F1 × 100), average words."]
    for split in splits:
        t = table(results, split)
        if t:
            md += ["", t]
    if checks:
        md += ["", "Targets (differences with their paired-bootstrap 95 % interval):"]
        md += [f"- {what}: **{verdict}**" for what, verdict in checks]
    text = "\n".join(md) + "\n"

    with open(os.path.join(args.out, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"version": version, "when": when, "abridge_args": args.abridge_args, "limit": args.limit,
                   "bbc_input": args.bbc_input, "results": results, "abridge_cli": speed,
                   "targets": [{"check": w, "verdict": v} for w, v in checks]}, f, indent=1)
    print(text)
    log(f"eval: done in {time.time() - started:.0f}s; {os.path.join(args.out, 'results.md')}, "
        f"per-article scores in {scores_dir}/")


if __name__ == "__main__":
    main()
