#!/usr/bin/env python3
"""`make reliability`: bad inputs through the command line and the .wasm, and native = .wasm agreement over
the evaluation sets; prints both tables (also written to target/reliability/results.md) for
docs/reliability.md. Exits 1 on a panic, a trap, or any disagreement.

1. Bad inputs (the cases below): the CLI (`target/release/abridge FILE --json`, one process each, wall time)
   and the .wasm in Node (`wasm_runner.mjs`, the page's `--target web` build through initSync, one process
   each; the time is the summarize call's). Each must give a summary or a clear error: a CLI exit status of
   101 is a panic, a `RuntimeError` from the .wasm a trap.
2. Agreement: every article of ../shared/eval (CNN/DM, BBC, the four other languages) and every pasted page
   of ../shared/pastes, summarized with the same options by the CLI (`--json`, byte offsets) and by the .wasm
   (UTF-16 offsets). The CLI's offsets are converted to UTF-16 here; then the chosen sentences (index,
   offsets, text), the keywords (terms and occurrences), the title, the left-out blocks and the figures
   must be equal, and the scores within 1e-6 (they are not bit-equal: the .wasm's logarithms and powers
   come from Rust's own libm, the CLI's from the C library, and differ in the last bits; the largest
   difference is reported).

Environment (all optional): RELIABILITY_PARTS=bad,agree   RELIABILITY_LIMIT=N (first N articles a set)
  SHARED=../shared   ABRIDGE_PKG=www/pkg (the .wasm; `make build` makes it)
"""
import base64
import gzip
import glob
import json
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "target", "reliability")
CLI = os.path.join(ROOT, "target", "release", "abridge")
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
MB = 1 << 20
SCORE_TOLERANCE = 1e-6


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --- inputs --------------------------------------------------------------------------------------------

def fifty_megabytes():
    """The sample article again and again, each copy varied so that not all are duplicates (as in
    tests/bad_input.rs)."""
    sample = open(os.path.join(SHARED, "samples", "pasted-news-article.txt"), encoding="utf-8").read()
    parts, size, i = [], 0, 0
    while size < 50 * MB:
        part = sample.replace("Wednesday", f"day {i}") + "\n\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
        i += 1
    return "".join(parts)


def binary_junk():
    rng = random.Random(11)
    return bytes(rng.randrange(256) for _ in range(64 * 1024))


# name, the CLI's input bytes, the .wasm's input (a request without id and options), CLI flags, JS options.
# For most cases both get the same text; lone surrogates exist only in JS strings (the CLI gets the same
# code points encoded as UTF-8 would, which is invalid UTF-8 and read lossily). Options are given both
# ways with the same meaning.
def bad_inputs():
    same = lambda text: (text.encode("utf-8"), {"text": text})  # noqa: E731
    article = "The council approved the new budget on Monday. Schools will get more money. Roads too."
    cases = [
        ("empty", *same(""), [], {}),
        ("whitespace only", *same(" \n\t\u00a0\u200b\r\n "), [], {}),
        ("one word", *same("Hello"), [], {}),
        ("binary junk (64 KB of random bytes)", binary_junk(), None, [], {}),
        ("NUL bytes (10,000, then a sentence)", *same("\0" * 10000 + "The text goes on. After the NULs.\0\0"), [], {}),
        ("lone surrogates from JS", "\ud800Lone \udc00surrogates. In a pair \U0010ffff and alone \udfff.".encode("utf-8", "surrogatepass"),
         {"text": "\ud800Lone \udc00surrogates. In a pair \U0010ffff and alone \udfff."}, [], {}),
        ("a 5 MB word", b"a" * (5 * MB), {"js": "'a'.repeat(5 * 1024 * 1024)"}, [], {}),
        ("a million dots", b"." * 1_000_000, {"js": "'.'.repeat(1000000)"}, [], {}),
        ("100,000 quotations, each before an unclosed bracket", b'"Go. Now." ( ' * 100_000,
         {"js": "'\"Go. Now.\" ( '.repeat(100000)"}, [], {}),
        ("200,000 combining marks on one letter", ("e" + "\u0301" * 200_000).encode("utf-8"),
         {"js": "'e' + '\\u0301'.repeat(200000)"}, [], {}),
        ("50 MB of news paragraphs", None, None, ["--sentences", "5"], {"sentences": 5}),
        ("invalid option: sentences 0", *same(article), ["--sentences", "0"], {"sentences": 0}),
        ("invalid option: ratio 2", *same(article), ["--ratio", "2"], {"ratio": 2}),
        ("invalid option: keywords 51", *same(article), ["--keywords", "51"], {"keywords": 51}),
        ("invalid option: diversity NaN", *same(article), ["--diversity", "NaN"], "({ diversity: NaN })"),
        ("invalid option: sentences 2.5", *same(article), ["--sentences", "2.5"], {"sentences": 2.5}),
        ("invalid option: a string for a number", *same(article), ["--sentences", "three"], {"sentences": "three"}),
        ("invalid option: unknown name", *same(article), ["--sentence", "3"], {"sentence": 3}),
        ("invalid option: two lengths", *same(article), ["--sentences", "3", "--ratio", "0.5"], {"sentences": 3, "ratio": 0.5}),
        ("invalid option: options not an object", *same(article), None, "[3]"),
    ]
    for name, cli_input, wasm_input, cli_flags, js_options in cases:
        yield name, cli_input, wasm_input, cli_flags, js_options


def describe_summary(summary):
    s = summary["stats"]
    return f"{len(summary['sentences'])} sentences of {s['sentencesIn']}"


def short(message, limit=110):
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def run_cli_case(path, flags):
    started = time.perf_counter()
    proc = subprocess.run([CLI, path, "--json", *flags], capture_output=True)
    ms = (time.perf_counter() - started) * 1000
    if proc.returncode == 0:
        result = describe_summary(json.loads(proc.stdout))
    else:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        result = f"exit {proc.returncode}: {short(lines[0] if lines else '')}"
    return result, ms, proc.returncode == 101


def run_wasm_cases(requests, tmp):
    """One Node process per request (after a trap the instance is not to be trusted)."""
    results = []
    for request in requests:
        req_path, res_path = os.path.join(tmp, "req.jsonl"), os.path.join(tmp, "res.jsonl")
        with open(req_path, "w", encoding="utf-8") as f:
            f.write(json.dumps(request) + "\n")
        proc = subprocess.run(["node", os.path.join(HERE, "wasm_runner.mjs"), req_path, res_path], capture_output=True)
        if proc.returncode != 0:
            results.append((f"node exited {proc.returncode}: {short(proc.stderr.decode(errors='replace'))}", 0, True))
            continue
        r = json.loads(open(res_path, encoding="utf-8").read())
        if "summary" in r:
            results.append((describe_summary(r["summary"]), r["ms"], False))
        else:
            results.append((("TRAP: " if r["trap"] else "Error: ") + short(r["error"]), r["ms"], r["trap"]))
    return results


def size_of(cli_input, path):
    n = len(cli_input) if cli_input is not None else os.path.getsize(path)
    return f"{n / MB:.1f} MB" if n >= MB else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


def bad_input_table():
    rows, failures = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, cli_input, wasm_input, cli_flags, js_options) in enumerate(bad_inputs()):
            path = os.path.join(tmp, f"case-{i}.txt")
            with open(path, "wb") as f:
                if cli_input is None:
                    f.write(fifty_megabytes().encode("utf-8"))
                else:
                    f.write(cli_input)
            if cli_flags is None:
                cli = ("—", None, False)
            else:
                cli = run_cli_case(path, cli_flags)
            request = dict(wasm_input) if wasm_input is not None else {"file": path}
            if isinstance(js_options, str):
                request["optionsJs"] = js_options
            else:
                request["options"] = js_options
            request["id"] = i
            wasm = run_wasm_cases([request], tmp)[0]
            failures += cli[2] + wasm[2]
            log(f"reliability: {name}: CLI {cli[0]}; .wasm {wasm[0]}")
            rows.append((name, size_of(cli_input, path), cli, wasm))
            os.remove(path)
    lines = [
        "| input | size | command line (`abridge FILE --json`) | time | `.wasm` in Node (`summarize`) | time |",
        "|---|--:|---|--:|---|--:|",
    ]
    fmt = lambda ms: "" if ms is None else f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:.1f} ms"  # noqa: E731
    for name, size, cli, wasm in rows:
        lines.append(f"| {name} | {size} | {cli[0]} | {fmt(cli[1])} | {wasm[0]} | {fmt(wasm[1])} |")
    return "\n".join(lines), failures


# --- agreement ----------------------------------------------------------------------------------------

def gz_rows(name):
    with gzip.open(os.path.join(SHARED, "eval", name), "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def articles(limit):
    """(set, id, text, options) for every article of the evaluation sets, with each set's protocol
    length as far as the JS options can say it."""
    sets = {
        "CNN/DM": (("cnndm", r["id"], r["text"], {"sentences": 3}) for r in gz_rows("cnndm.jsonl.gz")),
        "BBC": (("bbc", r["id"], r["text"], {"ratio": 0.42, "title": r["title"]}) for r in gz_rows("bbc.jsonl.gz")),
        "fr, vi, de, zh": ((r["lang"], r["id"], r["text"],
                            {"words": 350, "title": r["title"]} if r["lang"] == "de" else {"sentences": 1, "title": r["title"]})
                           for r in gz_rows("multi.jsonl.gz")),
        "pasted pages": (("pastes", os.path.basename(p)[:-4], open(p, encoding="utf-8").read(), {"sentences": 3})
                         for p in sorted(glob.glob(os.path.join(SHARED, "pastes", "pages", "*.txt")))),
    }
    for label, items in sets.items():
        for i, item in enumerate(items):
            if limit and i >= limit:
                break
            yield (label, *item)


def cli_flags(options):
    flags = []
    for key, flag in (("sentences", "--sentences"), ("ratio", "--ratio"), ("words", "--words")):
        if key in options:
            flags += [flag, str(options[key])]
    if "title" in options:
        flags.append("--title=" + options["title"])
    return flags


def utf16_offsets(text):
    """UTF-8 byte offset -> UTF-16 code unit offset, for every char boundary of `text`."""
    table, byte, unit = {}, 0, 0
    for ch in text:
        table[byte] = unit
        byte += len(ch.encode("utf-8", "surrogatepass"))
        unit += 2 if ord(ch) > 0xFFFF else 1
    table[byte] = unit
    return table


def canonical_native(summary, text):
    u = utf16_offsets(text)
    r = lambda o: (u[o["start"]], u[o["end"]])  # noqa: E731
    return canonical(summary, r)


def canonical(summary, r):
    """The parts compared exactly, and the scores (compared to SCORE_TOLERANCE)."""
    exact = {
        "sentences": [(s["index"], *r(s), s["text"]) for s in summary["sentences"]],
        "keywords": [(k["term"], [r(o) for o in k["occurrences"]]) for k in summary["keywords"]],
        "title": (*r(summary["title"]), summary["title"]["text"]) if summary["title"] else None,
        "leftOut": [(*r(b), b["kind"]) for b in summary["leftOut"]],
        "stats": summary["stats"],
    }
    scores = [s["score"] for s in summary["sentences"]] + [k["score"] for k in summary["keywords"]]
    return exact, scores


def agreement():
    limit = int(os.environ.get("RELIABILITY_LIMIT", "0"))
    items = list(articles(limit))
    log(f"reliability: {len(items):,} articles; the .wasm first (one Node process)")
    os.makedirs(OUT, exist_ok=True)
    req_path, res_path = os.path.join(OUT, "agreement-requests.jsonl"), os.path.join(OUT, "agreement-wasm.jsonl")
    with open(req_path, "w", encoding="utf-8") as f:
        for i, (_, _, _, text, options) in enumerate(items):
            f.write(json.dumps({"id": i, "text": text, "options": options}) + "\n")
    started = time.time()
    subprocess.run(["node", os.path.join(HERE, "wasm_runner.mjs"), req_path, res_path], check=True)
    wasm = [json.loads(line) for line in open(res_path, encoding="utf-8")]
    log(f"reliability: .wasm done in {time.time() - started:.0f} s; now the CLI, one process an article")
    assert len(wasm) == len(items), f"{len(wasm)} results for {len(items)} articles"

    per_set, examples = {}, []
    started = time.time()
    for i, ((label, key, art_id, text, options), w) in enumerate(zip(items, wasm)):
        proc = subprocess.run([CLI, "--json", *cli_flags(options)], input=text.encode("utf-8"), capture_output=True)
        stats = per_set.setdefault(label, {"articles": 0, "errors": 0, "sentences": 0, "other": 0, "panics": 0, "score": 0.0})
        stats["articles"] += 1
        if proc.returncode != 0:
            stats["panics"] += proc.returncode == 101
            native_error = proc.stderr.decode("utf-8", "replace").strip().removeprefix("abridge: ")
            same = "error" in w and w["error"] == native_error
            stats["errors"] += 1
            if not same:
                stats["sentences"] += 1
                examples.append(f"{key} {art_id}: CLI {native_error!r}, .wasm {w.get('error', 'a summary')!r}")
            continue
        if "error" in w:
            stats["sentences"] += 1
            examples.append(f"{key} {art_id}: CLI a summary, .wasm {w['error']!r}")
            continue
        n_exact, n_scores = canonical_native(json.loads(proc.stdout), text)
        w_exact, w_scores = canonical(w["summary"], lambda o: (o["start"], o["end"]))
        score_difference = max((abs(a - b) for a, b in zip(n_scores, w_scores)), default=0.0)
        stats["score"] = max(stats["score"], score_difference)
        if n_exact["sentences"] != w_exact["sentences"]:
            stats["sentences"] += 1
            examples.append(f"{key} {art_id}: chosen sentences differ")
        elif n_exact != w_exact or len(n_scores) != len(w_scores) or score_difference > SCORE_TOLERANCE:
            stats["other"] += 1
            examples.append(f"{key} {art_id}: " + (", ".join(k for k in n_exact if n_exact[k] != w_exact[k]) or "scores"))
        if (i + 1) % 2000 == 0:
            log(f"reliability: {i + 1:,} of {len(items):,} compared ({time.time() - started:.0f} s)")

    lines = [
        "| set | articles | both errors (same message) | chosen sentences differ | other fields differ | CLI panics | largest score difference |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    total = {k: sum(s[k] for s in per_set.values()) for k in ("articles", "errors", "sentences", "other", "panics")}
    total["score"] = max((s["score"] for s in per_set.values()), default=0.0)
    for label, s in list(per_set.items()) + [("**all**", total)]:
        lines.append(f"| {label} | {s['articles']:,} | {s['errors']:,} | {s['sentences']:,} | {s['other']:,} | "
                     f"{s['panics']:,} | {s['score']:.1e} |")
    if examples:
        lines += ["", "Differences (first 20):", *[f"- {e}" for e in examples[:20]]]
    return "\n".join(lines), total["sentences"] + total["other"] + total["panics"]


def main():
    parts = os.environ.get("RELIABILITY_PARTS", "bad,agree").split(",")
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "abridge"], cwd=ROOT, check=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    report, failures = [f"Commit {commit}, {time.strftime('%Y-%m-%d')}, Node {node} (`make reliability`)."], 0
    if "bad" in parts:
        table, bad = bad_input_table()
        report += ["", table]
        failures += bad
    if "agree" in parts:
        table, bad = agreement()
        report += ["", table]
        failures += bad
    text = "\n".join(report) + "\n"
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
