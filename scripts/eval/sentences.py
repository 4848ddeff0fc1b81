"""Sentence splitting on pySBD's golden rules (../shared/eval/sentences/golden.jsonl), scored by its
score.py (boundary precision, recall and F1 per language, and their macro average).

Usage (from the repository root, after `cargo build --release --bin abridge`):
    python3 scripts/eval/sentences.py [--data ../shared/eval/sentences] [--bin target/release/abridge]
        [--lang en,de] [--exclude fr,nl] [--errors N] [--out target/eval/sentences] [--gold ROWS.jsonl]
        [--pysbd]

A second, held-out check (nothing was tuned on it) follows when ../shared/eval/multi.jsonl.gz is there:
its Vietnamese articles (VietNews) come one sentence a line; the lines are joined with spaces into one
paragraph and the sentence ends found again (`--no-vi` skips it). Those lines come from the corpus's own
splitter, which cuts inside quotations and misses some ends ("bà V.. Bằng"), so the figure is a
cross-check, not a gold standard.

Two runs of `abridge --split --jsonl -` over the same rows:
    given      each row with its own language (`"language": row["lang"]`); a language Abridge does not
               support is sent as `und`, the language-neutral rules (score.py stars those cells)
    detected   no language: Abridge detects it (cells where it chose another language are starred)
With --pysbd, pySBD 0.3.4 (scripts/requirements.txt) splits the rows too, as a third column.
score.py prints each run's table (P, R, F1 per language) and then F1 side by side. The system files are
kept under --out for `score.py --errors`.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def split_rows(binary, rows):
    """The CLI's answer for each row, in order ({"id", "language", "sentences"} or {"id", "error"})."""
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    proc = subprocess.run([binary, "--split", "--jsonl", "-"], input=payload.encode("utf-8"), capture_output=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"sentences: {binary} --split --jsonl exited with {proc.returncode}")
    out = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    if [o.get("id") for o in out] != [r["id"] for r in rows]:
        raise SystemExit("sentences: the answers are not one per row, in order")
    return out


def run(binary, gold, given):
    rows = [{"id": g["id"], "text": g["text"], **({"language": g["lang"]} if given else {})} for g in gold]
    answers = split_rows(binary, rows)
    # A language the library does not know is an error that names the supported ones: such rows are
    # split again as `und`.
    unsupported = [i for i, a in enumerate(answers) if "error" in a and "not a supported language" in a["error"]]
    if unsupported:
        retried = split_rows(binary, [{**rows[i], "language": "und"} for i in unsupported])
        for i, a in zip(unsupported, retried):
            answers[i] = a
    for a in answers:
        if "error" in a:
            raise SystemExit(f"sentences: {a['id']}: {a['error']}")
    return [{"id": a["id"], "sentences": a["sentences"], "lang_used": a["language"]} for a in answers]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def split_and_score(a, gold, prefix, score_args):
    """Writes `gold` as PREFIXgold.jsonl, splits it with the language given and detected
    (PREFIXgiven.jsonl, PREFIXdetected.jsonl) and scores both; returns the scorer's exit status."""
    gold_path = os.path.join(a.out, f"{prefix}gold.jsonl")
    write_jsonl(gold_path, gold)
    systems = []
    for name, given in (("given", True), ("detected", False)):
        path = os.path.join(a.out, f"{prefix}{name}.jsonl")
        write_jsonl(path, run(a.bin, gold, given))
        systems.append(path)
    if a.pysbd:
        path = os.path.join(a.out, f"{prefix}pysbd.jsonl")
        write_jsonl(path, pysbd_rows(gold))
        systems.append(path)
    cmd = [sys.executable, os.path.join(a.data, "score.py"), gold_path, *systems, *score_args]
    if a.errors:
        cmd += ["--errors", str(a.errors)]
    return subprocess.call(cmd)


def pysbd_rows(gold):
    """pySBD's sentences for each row, in the row's language where pySBD has it and with its English
    rules otherwise (score.py stars those cells)."""
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    segmenters, out = {}, []
    for g in gold:
        lang = g["lang"] if g["lang"] in LANGUAGE_CODES else "en"
        segmenter = segmenters.setdefault(lang, pysbd.Segmenter(language=lang, clean=False))
        sentences = [s.strip() for s in segmenter.segment(g["text"]) if s.strip()]
        out.append({"id": g["id"], "sentences": sentences, "lang_used": lang})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "eval", "sentences"))
    ap.add_argument("--bin", default=os.path.join(REPO, "target", "release", "abridge"))
    ap.add_argument("--lang", help="only these languages (comma-separated)")
    ap.add_argument("--exclude", help="all but these languages (comma-separated)")
    ap.add_argument("--errors", type=int, default=0, help="show up to N wrong boundaries per language")
    ap.add_argument("--out", default=os.path.join(REPO, "target", "eval", "sentences"))
    ap.add_argument("--multi", default=os.path.join(REPO, "..", "shared", "eval", "multi.jsonl.gz"))
    ap.add_argument("--no-vi", action="store_true", help="skip the Vietnamese check")
    ap.add_argument("--pysbd", action="store_true", help="score pySBD too (the eval environment's: .venv/bin/python)")
    ap.add_argument("--gold", help="score these rows instead of --data's golden.jsonl (scripts/eval/ud_rows.py)")
    a = ap.parse_args()
    gold_path = a.gold or os.path.join(a.data, "golden.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(l) for l in f if l.strip()]
    if a.lang:
        gold = [g for g in gold if g["lang"] in a.lang.split(",")]
    if a.exclude:
        gold = [g for g in gold if g["lang"] not in a.exclude.split(",")]
    os.makedirs(a.out, exist_ok=True)
    status = split_and_score(a, gold, "", ["--json", os.path.join(a.out, "scores.json")])
    if status or a.no_vi or not os.path.exists(a.multi):
        sys.exit(status)
    print("\n\n##### Vietnamese articles, one sentence a line (VietNews, ../shared/eval/multi.jsonl.gz)", flush=True)
    sys.exit(split_and_score(a, vi_rows(a.multi), "vi-", ["--quiet"]))


def vi_rows(path):
    """The Vietnamese articles as gold rows: their lines are the sentences, joined into one paragraph."""
    import gzip

    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["lang"] != "vi":
                continue
            sentences = [s.strip() for s in row["text"].split("\n") if s.strip()]
            rows.append({"lang": "vi", "id": row["id"], "text": " ".join(sentences), "sentences": sentences})
    return rows


if __name__ == "__main__":
    main()
