"""Abridge through its native command line: one `abridge --jsonl -` process per split.

Contract (src/bin/abridge/): one JSON line in per article, `{"id", "text" | "sentences", "title"?,
"count"?}`; one line out per row, in order, `{"id", "sentences": [...], "indices": [...]}` or
`{"id", "error": "..."}`.
"""

import json
import shlex
import subprocess
import sys
import time

# How Abridge can be given an article. "sentences": the prepared sentences (what Lead and sumy choose
# from), so only the selection differs. "text": the article text (+ title), segmented by Abridge
# itself: the realistic use; its sentences may differ from the Punkt ones, k stays the Punkt k.
MODES = ("sentences", "text")


def rows_for(mode, articles):
    for a in articles:
        if mode == "text":
            row = {"id": a["id"], "text": a["text"], "count": a["k"]}
            if a.get("title"):
                row["title"] = a["title"]
        else:
            row = {"id": a["id"], "sentences": a["sentences"], "count": a["k"]}
        yield row


def run(binary, mode, articles, extra_args="", label=""):
    """Returns (per-article results, seconds spent in the CLI, error count, count of articles whose
    summary does not have min(k, sentences) sentences).

    A result is {"summary": [...], "indices": [...]} or {"summary": [], "error": "..."}; an article whose
    row failed scores 0, so errors cost quality rather than vanish from the average.
    """
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows_for(mode, articles))
    cmd = [binary, "--jsonl", "-"] + shlex.split(extra_args)
    start = time.time()
    proc = subprocess.run(cmd, input=payload.encode("utf-8"), capture_output=True)
    seconds = time.time() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"eval: {shlex.join(cmd)} exited with {proc.returncode} on {label}")
    lines = [l for l in proc.stdout.decode("utf-8").split("\n") if l.strip()]
    if len(lines) != len(articles):
        raise SystemExit(f"eval: abridge wrote {len(lines)} lines for {len(articles)} articles ({label})")
    out, errors, off_k = [], 0, 0
    for art, line in zip(articles, lines):
        got = json.loads(line)
        if got.get("id") != art["id"]:
            raise SystemExit(f"eval: abridge answered id {got.get('id')!r} for {art['id']!r} ({label})")
        if "error" in got:
            errors += 1
            if errors <= 3:
                print(f"  {label} abridge error on {art['id']}: {got['error']}", file=sys.stderr)
            out.append({"summary": [], "indices": [], "error": got["error"]})
            continue
        res = {"summary": list(got.get("sentences", [])), "indices": list(got.get("indices", []))}
        if mode == "sentences":
            # Pre-split input: the indices are the selection; score the given sentences themselves.
            idx = res["indices"]
            bad = [i for i in idx if not 0 <= i < len(art["sentences"])] or idx != sorted(set(idx))
            if bad:
                raise SystemExit(f"eval: abridge indices {idx} invalid for {art['id']} ({label})")
            res["summary"] = [art["sentences"][i] for i in idx]
        if len(res["summary"]) != min(art["k"], len(art["sentences"])):
            # Possible in text mode: Abridge's own segmentation, and blocks it leaves out (lists,
            # captions), can leave fewer than k sentences to choose from.
            off_k += 1
        out.append(res)
    return out, seconds, errors, off_k
