#!/usr/bin/env python3
"""`make fuzz`: writes the seed corpora (fuzz/seeds.py), then runs every fuzz target for FUZZ_SECONDS
seconds, one after another on one core, and prints a table of runs per target (also written to
target/fuzz/results.md). Exits 1 when a target failed; its input is in fuzz/artifacts/TARGET/ and goes
into tests/fuzz-regressions/TARGET/ once understood (see docs/reliability.md).

Environment (all optional):
  FUZZ_SECONDS=300              seconds per target
  FUZZ_TARGETS=summarize,...    which targets (default: all, in the order below)
  FUZZ_MAX_LEN=8192             libFuzzer -max_len, the largest input tried (bytes)
  FUZZ_SANITIZER=none           cargo fuzz -s: none, or address (AddressSanitizer). The core has no
                                `unsafe` code, and ASan made the summarize target 3.6 times slower
                                (1,407 against 5,013 runs in 45 s, docs/reliability.md), so it is off
                                by default; turn it on after adding unsafe code or a dependency with it.
  FUZZ_SHARED=../shared         where the seed data is
"""
import datetime
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TARGETS = ["summarize", "structure", "utf16", "jsonl"]
OUT = os.path.join(ROOT, "target", "fuzz")


def run_target(target, seconds, max_len, sanitizer):
    """Runs one target; returns its figures from libFuzzer's log."""
    corpus = os.path.join(HERE, "corpus", target)
    # -a: debug assertions on (Span::new checks start <= end); a fresh log per target.
    cmd = ["cargo", "+nightly", "fuzz", "run", "-a", "-s", sanitizer, target, corpus, "--",
           f"-max_total_time={seconds}", f"-max_len={max_len}", "-print_final_stats=1"]
    log_path = os.path.join(OUT, f"{target}.log")
    started = time.monotonic()
    with open(log_path, "w") as log:
        code = subprocess.call(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    elapsed = time.monotonic() - started
    log_text = open(log_path, errors="replace").read()
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log_text)
    done = re.findall(r"Done (\d+) runs in (\d+) second", log_text)
    cov = re.findall(r"\bcov: (\d+) ft: (\d+) corp: (\d+)", log_text)
    artifact = re.findall(r"Test unit written to (\S+)", log_text)
    status = "ok" if code == 0 else ("crash: " + os.path.relpath(artifact[-1], ROOT) if artifact else f"exit {code}")
    return {
        "target": target,
        "status": status,
        "runs": int(runs[-1]) if runs else (int(done[-1][0]) if done else 0),
        "seconds": int(done[-1][1]) if done else round(elapsed),
        "edges": int(cov[-1][0]) if cov else 0,
        "features": int(cov[-1][1]) if cov else 0,
        "corpus": int(cov[-1][2]) if cov else 0,
        "log": log_path,
    }


def main():
    seconds = int(os.environ.get("FUZZ_SECONDS", "300"))
    targets = [t for t in os.environ.get("FUZZ_TARGETS", ",".join(TARGETS)).split(",") if t]
    max_len = int(os.environ.get("FUZZ_MAX_LEN", "8192"))
    shared = os.environ.get("FUZZ_SHARED", os.path.join(ROOT, "..", "shared"))
    sanitizer = os.environ.get("FUZZ_SANITIZER", "none")
    unknown = set(targets) - set(TARGETS)
    if unknown:
        sys.exit(f"fuzz: unknown target(s) {', '.join(sorted(unknown))}; the targets are {', '.join(TARGETS)}")
    os.makedirs(OUT, exist_ok=True)
    subprocess.check_call([sys.executable, os.path.join(HERE, "seeds.py"), "--shared", shared])
    print(f"fuzz: building the targets (cargo +nightly fuzz build -a -s {sanitizer})", flush=True)
    subprocess.check_call(["cargo", "+nightly", "fuzz", "build", "-a", "-s", sanitizer], cwd=ROOT)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    results = []
    for target in targets:
        print(f"fuzz: {target} for {seconds} s (log: {os.path.relpath(os.path.join(OUT, target + '.log'), ROOT)})", flush=True)
        results.append(run_target(target, seconds, max_len, sanitizer))
        r = results[-1]
        print(f"fuzz: {target}: {r['status']}, {r['runs']:,} runs in {r['seconds']} s", flush=True)

    lines = [
        f"Fuzzing, {datetime.date.today()}, commit {commit}, {seconds} s a target, -max_len={max_len}, "
        f"sanitizer {sanitizer}, debug assertions on, one core, targets one after another (`make fuzz`)",
        "",
        "| target | result | runs | seconds | runs/s | edges | features | corpus |",
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        rate = r["runs"] / r["seconds"] if r["seconds"] else 0
        lines.append(f"| `{r['target']}` | {r['status']} | {r['runs']:,} | {r['seconds']:,} | {rate:,.0f} | "
                     f"{r['edges']:,} | {r['features']:,} | {r['corpus']:,} |")
    total_runs = sum(r["runs"] for r in results)
    total_seconds = sum(r["seconds"] for r in results)
    lines.append(f"| all | {sum(r['status'] == 'ok' for r in results)} of {len(results)} ok | {total_runs:,} | "
                 f"{total_seconds:,} ({total_seconds / 3600:.2f} h) | | | | |")
    report = "\n".join(lines) + "\n"
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write(report)
    print("\n" + report)
    sys.exit(0 if all(r["status"] == "ok" for r in results) else 1)


if __name__ == "__main__":
    main()
