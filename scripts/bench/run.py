#!/usr/bin/env python3
"""Times Abridge (native CLI and .wasm in Node) and its peers on the same inputs in one run; prints one
Markdown report and writes it to target/bench/results.md. `make bench` builds the .wasm and installs the
peers' tools first (`scripts/setup.sh bench`); this builds the native binaries it times.

Every process runs under `/usr/bin/time -v` (peak resident memory) in its own process group, one at a time.
A process that outlives BENCH_CAP seconds is killed and reported as "> CAP s" (the in-process timers of
Abridge, which repeat the call, get BENCH_BUDGET seconds more); a peer killed on one input is not run on the
larger ones (BENCH_SKIP_AFTER_CAP=0 runs them anyway).

Env knobs (all optional):
  BENCH_SIZES          inputs, smallest first (default article,1kw,100k,1m,4m)
  BENCH_PEERS          1 = all peers (default), 0 = none, or a list: summary,sumy,ts-textrank
  BENCH_ABRIDGE        1 = time Abridge (default), 0 = peers only
  BENCH_N              sentences asked for (default 10)
  BENCH_RUNS           Abridge: timed runs per input, at most (default 15)
  BENCH_PEER_RUNS      peers: timed runs per input, at most (default 3)
  BENCH_BUDGET         seconds: no further repeats once the runs so far took this long (default 5)
  BENCH_CAP            seconds before a process is killed (default 60)
  BENCH_SKIP_AFTER_CAP 1 = don't run a peer on inputs larger than one it was killed on (default 1)
"""
import datetime
import gzip
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH_DIR = os.path.join(ROOT, "scripts", "bench")
OUT_DIR = os.path.join(ROOT, "target", "bench")
INPUT_DIR = os.path.join(OUT_DIR, "inputs")
VENV_PY = os.path.join(ROOT, ".venv", "bin", "python")
TIME = "/usr/bin/time"

INPUT_LABELS = {
    "article": "article",
    "1kw": "1,000 words",
    "100k": "100 KB",
    "1m": "1 MB",
    "4m": "4 MB",
    "zh1m": "1 MB of Chinese",
}
# The targets (see docs/performance.md).
TARGET_WASM_1M_MS = 50
TARGET_NATIVE_1M_MS = 25
TARGET_MEMORY_MB = 40
TARGET_SCALE = 4.5
TARGET_INTERACTIVE_MS = 5
TARGET_WASM_ZH_1M_MS = 60
TARGET_BUNDLE_KB = 200


def env_int(name, default):
    return int(os.environ.get(name, default))


def env_float(name, default):
    return float(os.environ.get(name, default))


N = env_int("BENCH_N", 10)
RUNS = env_int("BENCH_RUNS", 15)
PEER_RUNS = env_int("BENCH_PEER_RUNS", 3)
BUDGET = env_float("BENCH_BUDGET", 5)
CAP = env_float("BENCH_CAP", 60)
SKIP_AFTER_CAP = os.environ.get("BENCH_SKIP_AFTER_CAP", "1") != "0"
# The in-process call timers (native, and the .wasm's runner in Node) run this many times, each for a
# median of its calls; the figure is the median of those medians. One round lasts about half a second
# on 1 MB, and on a shared machine a slow second can move a single round's median by a fifth (31 ms
# against 25 one minute later).
CALL_ROUNDS = env_int("BENCH_CALL_ROUNDS", 5)
# A first run quicker than this is repeated and not counted (a slower one is kept: too slow to repeat).
WARMUP_BELOW = 1.0


@dataclass
class Tool:
    key: str
    label: str
    cmd: object  # function(path) -> argv
    abridge: bool = False
    runs_inside: bool = False  # the process repeats the call itself (the wasm runner)
    call_cmd: object = None  # function(path) -> argv of an in-process timer run once for the "call" column


def abridge_native_cmd(path):
    return [os.path.join(ROOT, "target", "release", "abridge"), path, "--sentences", str(N)]


def abridge_native_call_cmd(path):
    return [os.path.join(OUT_DIR, "native-call", "release", "abridge-native-call"), path, str(N), str(RUNS),
            str(int(BUDGET * 1000))]


def abridge_wasm_cmd(path):
    return ["node", os.path.join(BENCH_DIR, "wasm_runner.mjs"), path, str(N), str(RUNS),
            str(int(BUDGET * 1000))]


TOOLS = [
    Tool("native", "**Abridge** native (CLI)", abridge_native_cmd, abridge=True, call_cmd=abridge_native_call_cmd),
    Tool("wasm", "**Abridge** .wasm in Node", abridge_wasm_cmd, abridge=True, runs_inside=True),
    Tool("summary", "crates.io `summary` 0.1.0 (tf-idf, Rust)",
         lambda p: [os.path.join(OUT_DIR, "peers", "summary-rs", "release", "summary-rs-bench"), p, str(N)]),
    Tool("sumy", "sumy 0.13 TextRank (Python)",
         lambda p: [VENV_PY, os.path.join(BENCH_DIR, "peers", "python", "sumy_textrank.py"), p, str(N)]),
    Tool("ts-textrank", "npm `ts-textrank` 1.0.3 (JS)",
         lambda p: ["node", os.path.join(BENCH_DIR, "peers", "node", "ts-textrank.mjs"), p, str(N)]),
]


@dataclass
class Result:
    status: str = "ok"  # ok | cap | error | skipped | missing
    walls: list = field(default_factory=list)  # seconds, one per process
    cpus: list = field(default_factory=list)  # CPU seconds (user + system), one per process
    calls: list = field(default_factory=list)  # ms of the summarize call, when the tool reports it
    call_cpus: list = field(default_factory=list)  # CPU ms of the summarize call, when the tool reports it
    rss_kb: int = 0  # peak over the runs
    sentences: int = 0
    detail: str = ""
    extra: dict = field(default_factory=dict)  # the wasm runner's report

    @property
    def wall(self):
        return statistics.median(self.walls) if self.walls else None

    @property
    def cpu(self):
        return statistics.median(self.cpus) if self.cpus else None

    @property
    def call(self):
        return statistics.median(self.calls) if self.calls else None

    @property
    def call_cpu(self):
        return statistics.median(self.call_cpus) if self.call_cpus else None


def descendants(pid):
    """The process ids below `pid`, deepest first (read from /proc: the processes a tool started)."""
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            children = open(f"/proc/{pid}/task/{task}/children").read().split()
        except OSError:
            continue
        for child in map(int, children):
            found += descendants(child) + [child]
    return found


def kill(pids):
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def run_once(argv, cap, memory):
    """Runs one process; returns (status, wall s, CPU s, peak RSS kB or 0, stdout, stderr).

    CPU is user + system time of the process and everything it started (getrusage of reaped children).

    With `memory`, the process runs under `/usr/bin/time -v` for its peak resident memory. Without, it runs
    bare: on this machine the extra exec costs several milliseconds, which would show in the small inputs'
    process times. At the cap, the tool's processes are killed (under /usr/bin/time, which then still
    reports the peak memory the killed tool had reached).
    """
    with tempfile.TemporaryDirectory() as tmp:
        tv, out, err = (os.path.join(tmp, x) for x in ("time", "out", "err"))
        cmd = [TIME, "-v", "-o", tv, *argv] if memory else argv
        with open(out, "wb") as fo, open(err, "wb") as fe:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL, cwd=ROOT)
            # A blocking wait, with the cap enforced by a timer thread. `proc.wait(timeout=…)` polls with
            # sleeps that double up to 50 ms, so a process that ended after 33 ms was seen at 64 ms.
            capped = threading.Event()

            def enforce_cap():
                capped.set()
                kill(descendants(proc.pid) + ([] if memory else [proc.pid]))
                # Under /usr/bin/time the tool's death ends `time`; if it does not, end it too.
                # (Only while it still runs: a reaped process's id may already belong to another.)
                if not memory or proc.poll() is None:
                    threading.Timer(5, lambda: proc.poll() is None and kill(descendants(proc.pid) + [proc.pid])).start()

            timer = threading.Timer(cap, enforce_cap)
            timer.start()
            proc.wait()
            wall = time.perf_counter() - start
            timer.cancel()
            status = "cap" if capped.is_set() else "ok" if proc.returncode == 0 else "error"
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        timev = open(tv, errors="replace").read() if memory and os.path.exists(tv) else ""
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", timev)
        stdout = open(out, encoding="utf-8", errors="replace").read()
        stderr = open(err, encoding="utf-8", errors="replace").read()
        return status, wall, cpu, int(m.group(1)) if m else 0, stdout, stderr


def spawn_floor():
    """Median wall time of starting and reaping `/bin/true` here: the floor under every process time."""
    return statistics.median(run_once(["/bin/true"], CAP, memory=False)[1] for _ in range(15))


def parse_bench(stderr):
    for line in reversed(stderr.splitlines()):
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    return {}


def count_sentences(stdout):
    return sum(1 for line in stdout.splitlines() if line.strip())


def measure(tool, path):
    argv = tool.cmd(path)
    needed = os.path.join(ROOT, "www", "pkg", "abridge_bg.wasm") if tool.key == "wasm" else argv[0]
    if os.path.isabs(needed) and not os.path.exists(needed):
        return Result(status="missing", detail=f"{os.path.relpath(needed, ROOT)} not built")
    result = Result()
    # An in-process timer repeats the call for up to BUDGET seconds on top of the first call.
    cap = CAP + BUDGET if tool.runs_inside else CAP
    max_runs = CALL_ROUNDS if tool.runs_inside else RUNS if tool.abridge else PEER_RUNS
    warmed = tool.runs_inside  # the wasm runner warms up inside each of its processes
    reports = []  # the wasm runner's, one per process (a round of calls)
    while (len(reports) < max_runs) if tool.runs_inside else (len(result.walls) < max_runs and sum(result.walls) < BUDGET):
        # The first run (the warm-up when quick) gives the peak memory; the timed repeats run bare.
        status, wall, cpu, rss, stdout, stderr = run_once(argv, cap, memory=not warmed or tool.runs_inside)
        result.rss_kb = max(result.rss_kb, rss)
        if status != "ok":
            result.status = status
            last = [line for line in stderr.splitlines() if line.strip()]
            result.detail = last[-1][:200] if last else ""
            return result
        if not warmed:
            warmed = True
            if wall < WARMUP_BELOW:
                continue  # a quick first run is a warm-up (page cache, interpreter caches): not counted
        result.walls.append(wall)
        result.cpus.append(cpu)
        result.sentences = count_sentences(stdout)
        report = parse_bench(stderr)
        if tool.runs_inside:
            # One process, many calls: its process figures are start-to-first-summary, not its whole life;
            # its call figure is one round's median, and the rounds are summed up as the native timer's.
            reports.append(report)
            result.walls = [r["start_ms"] / 1000 for r in reports]
            result.cpus = [r["start_cpu_ms"] / 1000 for r in reports]
            take_rounds(result, reports)
            continue
        if "ms" in report:
            result.calls.append(report["ms"])
        if report.get("cpu_ms") is not None:
            result.call_cpus.append(report["cpu_ms"])
    if tool.call_cmd:
        call_argv = tool.call_cmd(path)
        if os.path.exists(call_argv[0]):
            rounds = []
            for _ in range(CALL_ROUNDS):
                status, _, _, _, _, stderr = run_once(call_argv, CAP + BUDGET, memory=False)
                rounds.append(parse_bench(stderr) if status == "ok" else {})
            take_rounds(result, rounds)
    return result


def take_rounds(result, reports):
    """Sets `result`'s call figures from an in-process timer's reports, one per round: the rounds'
    medians (whose median is the figure), their CPU times, and the first round's report as `extra`."""
    timed = [r for r in reports if "ms" in r]
    if timed:
        result.extra = timed[0] | {"rounds": [r["ms"] for r in timed]}
        result.calls = [r["ms"] for r in timed]
        result.call_cpus = [r["cpu_ms"] for r in timed if r.get("cpu_ms") is not None]


# ---------------------------------------------------------------- formatting

def fmt_time(seconds):
    if seconds is None:
        return "—"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    ms = seconds * 1000
    return f"{ms:.1f} ms" if ms >= 10 else f"{ms:.2f} ms"


def fmt_ms(ms):
    return "—" if ms is None else fmt_time(ms / 1000)


def fmt_mb(kb):
    return f"{kb / 1024:.1f} MB" if kb else "—"


def fmt_ratio(x):
    if x is None:
        return "—"
    return f"{x:.0f}×" if x >= 100 else f"{x:.1f}×" if x >= 10 else f"{x:.2f}×"


def ratio(a, b):
    return a / b if a is not None and b else None


def cell_status(r):
    return {
        "cap": f"> {CAP:.0f} s (killed{f' at {fmt_mb(r.rss_kb)}' if r.rss_kb else ''})",
        "skipped": f"> {CAP:.0f} s (not run: over the cap on a smaller input)",
        "error": f"error: {r.detail}",
        "missing": f"not run: {r.detail}",
    }[r.status]


def machine():
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30

    def version(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
        except (OSError, IndexError, subprocess.SubprocessError):
            return "?"

    commit = version(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = version(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"])
    return (f"{cpu or platform.processor()}, {os.cpu_count()} cores, {mem_gb:.0f} GiB; {platform.system()} "
            f"{platform.release()}; {version(['rustc', '--version'])}; Node {version(['node', '--version'])}; "
            f"Python {version([VENV_PY, '-c', 'import platform; print(platform.python_version())'])}; "
            f"commit {commit}{' (with uncommitted changes)' if dirty not in ('', '?') else ''}")


def bundle():
    pkg = os.path.join(ROOT, "www", "pkg")
    rows, total = [], 0
    for name in ("abridge_bg.wasm", "abridge.js"):
        path = os.path.join(pkg, name)
        if not os.path.exists(path):
            rows.append((f"www/pkg/{name}", None, None))
            continue
        data = open(path, "rb").read()
        gz = len(gzip.compress(data, 9))
        total += gz
        rows.append((f"www/pkg/{name}", len(data), gz))
    return rows, total


def cargo_build(what, *args, target_dir=None):
    print(f"bench: building {what}", file=sys.stderr, flush=True)
    env = dict(os.environ, CARGO_TARGET_DIR=target_dir) if target_dir else None
    subprocess.run(["cargo", "build", "--release", "--quiet", *args], cwd=ROOT, env=env, check=True)


def build(tools):
    """The native programs the chosen tools run (the .wasm comes from `make build`)."""
    keys = {t.key for t in tools}
    if "native" in keys:
        cargo_build("the Abridge CLI", "--bin", "abridge")
        # The in-process timer for the native "call" column: its own workspace, the root's dependency versions.
        shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(BENCH_DIR, "native-call", "Cargo.lock"))
        cargo_build("the native call timer", "--manifest-path", os.path.join(BENCH_DIR, "native-call", "Cargo.toml"),
                    target_dir=os.path.join(OUT_DIR, "native-call"))
    if "summary" in keys:
        # Its own workspace and target dir: never part of Abridge's build or lockfile.
        cargo_build("the crates.io summary harness", "--locked", "--manifest-path",
                    os.path.join(BENCH_DIR, "peers", "summary-rs", "Cargo.toml"),
                    target_dir=os.path.join(OUT_DIR, "peers", "summary-rs"))


def main():
    sizes = os.environ.get("BENCH_SIZES", "article,1kw,100k,1m,4m,zh1m").split(",")
    peers = os.environ.get("BENCH_PEERS", "1")
    peer_keys = ({"summary", "sumy", "ts-textrank"} if peers == "1" else set() if peers == "0"
                 else set(peers.split(",")))
    tools = [t for t in TOOLS if (t.abridge and os.environ.get("BENCH_ABRIDGE", "1") != "0")
             or t.key in peer_keys]
    build(tools)
    subprocess.run([sys.executable, os.path.join(BENCH_DIR, "inputs.py"), INPUT_DIR, ",".join(sizes)], check=True)

    results, capped = {}, set()
    started = time.time()
    floor = spawn_floor()
    load_start = loadavg()
    for size in sizes:
        path = os.path.join(INPUT_DIR, size + ".txt")
        for tool in tools:
            if tool.key in capped and SKIP_AFTER_CAP:
                results[size, tool.key] = Result(status="skipped")
                print(f"bench: {size:>7} {tool.key:<12} skipped (over the cap on a smaller input)", file=sys.stderr)
                continue
            r = measure(tool, path)
            results[size, tool.key] = r
            if r.status == "cap":
                capped.add(tool.key)
            shown = (f"process {fmt_time(r.wall)}, call {fmt_ms(r.call)}, {fmt_mb(r.rss_kb)}, "
                     f"{len(r.walls) if not tool.runs_inside else r.extra.get('runs')} run(s)"
                     if r.status == "ok" else cell_status(r))
            print(f"bench: {size:>7} {tool.key:<12} {shown}", file=sys.stderr, flush=True)
    took = time.time() - started
    load = (load_start, loadavg())

    text = report(sizes, tools, results, took, floor, load)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "results.md"), "w") as f:
        f.write(text)
    print(text)
    print(f"bench: written to {os.path.relpath(os.path.join(OUT_DIR, 'results.md'), ROOT)}", file=sys.stderr)


def loadavg():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"


def input_desc(size):
    path = os.path.join(INPUT_DIR, size + ".txt")
    data = open(path, "rb").read()
    return f"{INPUT_LABELS.get(size, size)} ({len(data):,} bytes, {len(data.split()):,} words)"


def report(sizes, tools, results, took, floor, load):
    busy = max(float(x) for x in load if x != "?") > (os.cpu_count() or 1) if "?" not in load else False
    out = [f"# Abridge benchmark, {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}", "",
           f"Machine: {machine()}. Load average (1 min): {load[0]} at the start, {load[1]} at the end.", ""]
    if busy:
        out += [f"**Busy machine**: the load average was above the {os.cpu_count()} cores, so wall times include "
                "waiting for a core and vary between runs; the CPU columns are the steadier figures.", ""]
    out += [f"Each summarizer asked for {N} sentences of each input. **process**: wall time of the whole process "
            "(start, read, summarize, print, exit), median over the runs; for the .wasm, from Node's start to "
            "the first summary returned (module compile included). **call**: the summarize call alone, median "
            "(Abridge native: `scripts/bench/native-call`, in one process after a first call; .wasm: "
            f"`scripts/bench/wasm_runner.mjs`, the same in Node; each run {CALL_ROUNDS} times: the median of "
            "the rounds' medians, their range in brackets; peers: timed around the call in their harness, "
            "one call per process). **CPU**: user + system time of the same (all of the process's threads). "
            "**peak RSS**: `/usr/bin/time -v` maximum resident set size of the process; for the .wasm that "
            "includes Node itself, and the wasm linear memory (which only grows: its peak) is beside it. "
            "**÷ native**: this row's wall time ÷ Abridge native's on the same input (CPU time ÷ CPU time in "
            f"brackets). Starting and reaping a process (`/bin/true`) takes {fmt_time(floor)} here: every process "
            "time includes it.", ""]
    out += ["| input | summarizer | process | process CPU | call | call CPU | peak RSS | runs | ÷ native (process) "
            "| ÷ native (call) | sentences |",
            "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for size in sizes:
        native = results.get((size, "native"))
        n = native if native and native.status == "ok" else Result(status="missing")
        for i, tool in enumerate(tools):
            r = results[size, tool.key]
            label = input_desc(size) if i == 0 else ""
            if r.status != "ok":
                out.append(f"| {label} | {tool.label} | {cell_status(r)} | | | | | | | | |")
                continue
            rss, runs, call = fmt_mb(r.rss_kb), str(len(r.walls)), fmt_ms(r.call)
            if tool.runs_inside:
                wb = r.extra.get("wasm_bytes")
                rss += f" (wasm {wb / 2**20:.1f} MB)" if wb else ""
                runs = str(r.extra.get("runs", 1))
                if len(r.extra.get("rounds", [])) > 1:
                    runs = f"{len(r.extra['rounds'])} × {runs}"
            elif "rounds" in r.extra:
                runs += f" + {len(r.extra['rounds'])} × {r.extra['runs']} calls"
            elif "runs" in r.extra:
                runs += f" + {r.extra['runs']} calls"
            if len(r.extra.get("rounds", [])) > 1:
                call += f" (rounds {fmt_ms(min(r.extra['rounds']))}–{fmt_ms(max(r.extra['rounds']))})"
            if "first_ms" in r.extra:
                call += f" (first {fmt_ms(r.extra['first_ms'])})"

            def vs_native(mine, theirs, mine_cpu, theirs_cpu):
                if tool.key == "native":
                    return ""
                cpu = ratio(mine_cpu, theirs_cpu)
                return fmt_ratio(ratio(mine, theirs)) + (f" ({fmt_ratio(cpu)})" if cpu else "")

            out.append(f"| {label} | {tool.label} | {fmt_time(r.wall)} | {fmt_time(r.cpu)} | {call} | "
                       f"{fmt_ms(r.call_cpu)} | {rss} | {runs} | {vs_native(r.wall, n.wall, r.cpu, n.cpu)} | "
                       f"{vs_native(r.call, n.call, r.call_cpu, n.call_cpu)} | {r.sentences} |")
    out.append("")

    # Scale: 4 MB ÷ 1 MB.
    if "1m" in sizes and "4m" in sizes:
        b1 = os.path.getsize(os.path.join(INPUT_DIR, "1m.txt"))
        b4 = os.path.getsize(os.path.join(INPUT_DIR, "4m.txt"))
        out += [f"## Scale: 4 MB ÷ 1 MB (the input grows {b4 / b1:.2f}×; target ≤ {TARGET_SCALE}×)", "",
                "| summarizer | call 1 MB | call 4 MB | ÷ | call CPU 1 MB | call CPU 4 MB | ÷ | process 1 MB "
                "| process 4 MB | ÷ |",
                "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
        for tool in tools:
            r1, r4 = results["1m", tool.key], results["4m", tool.key]
            ok = r1.status == "ok" and r4.status == "ok"
            if not ok:
                out.append(f"| {tool.label} | {cell_status(r1) if r1.status != 'ok' else ''} | "
                           f"{cell_status(r4) if r4.status != 'ok' else ''} | | | | | | | |")
                continue
            cells = []
            for t1, t4 in ((r1.call, r4.call), (r1.call_cpu, r4.call_cpu), (r1.wall * 1000, r4.wall * 1000)):
                cells += [fmt_ms(t1), fmt_ms(t4), fmt_ratio(ratio(t4, t1))]
            out.append(f"| {tool.label} | " + " | ".join(cells) + " |")
        out.append("")

    # Bundle.
    rows, total = bundle()
    out += ["## Bundle (`www/pkg`, gzip -9)", "", "| file | raw | gzip |", "|---|--:|--:|"]
    for name, raw, gz in rows:
        out.append(f"| {name} | {raw / 1024:.1f} KB | {gz / 1024:.1f} KB |" if raw else f"| {name} | missing | |")
    have = all(raw for _, raw, _ in rows)
    out += [f"| **total (.wasm + JS glue)** | | **{total / 1024:.1f} KB** |" if have
            else "| **total (.wasm + JS glue)** | | — |", ""]

    out += targets(results, rows, total)
    out += [f"Run took {took:.0f} s (BENCH_CAP={CAP:.0f} s, BENCH_RUNS={RUNS}, BENCH_PEER_RUNS={PEER_RUNS}, "
            f"BENCH_BUDGET={BUDGET:g} s).", ""]
    return "\n".join(out)


def targets(results, bundle_rows, total):
    """The issue's targets against this run's figures: wall time, and CPU time where it applies."""
    rows = []

    def get(size, key):
        r = results.get((size, key))
        return r if r and r.status == "ok" else None

    def mark(value, limit):
        return "" if value is None else "✅" if value <= limit else "❌"

    def check(name, limit, wall, cpu=None, fmt=fmt_ms, note=""):
        if wall is None:
            rows.append(f"| {name} | not measured | | | |")
            return
        rows.append(f"| {name} | {fmt(wall)}{note} | {mark(wall, limit)} | "
                    f"{fmt(cpu) if cpu is not None else ''} | {mark(cpu, limit)} |")

    w1, n1, w4, n4 = get("1m", "wasm"), get("1m", "native"), get("4m", "wasm"), get("4m", "native")
    check(f"1 MB, .wasm in Node: call median ≤ {TARGET_WASM_1M_MS} ms", TARGET_WASM_1M_MS,
          w1 and w1.call, w1 and w1.call_cpu)
    check(f"1 MB, native: call median ≤ {TARGET_NATIVE_1M_MS} ms", TARGET_NATIVE_1M_MS,
          n1 and n1.call, n1 and n1.call_cpu)
    check(f"1 MB, native: peak RSS ≤ {TARGET_MEMORY_MB} MB", TARGET_MEMORY_MB, n1 and n1.rss_kb / 1024,
          fmt=lambda mb: f"{mb:.1f} MB")
    wb = w1 and w1.extra.get("wasm_bytes")
    check(f"1 MB, .wasm: linear memory ≤ {TARGET_MEMORY_MB} MB", TARGET_MEMORY_MB, wb and wb / 2**20,
          fmt=lambda mb: f"{mb:.1f} MB", note=w1 and f" (Node process {fmt_mb(w1.rss_kb)})")

    def grew(r1, r4, attr):
        a, b = (getattr(r1, attr), getattr(r4, attr)) if r1 and r4 else (None, None)
        return ratio(b, a)

    check(f"4 MB ÷ 1 MB, native call ≤ {TARGET_SCALE}×", TARGET_SCALE, grew(n1, n4, "call"),
          grew(n1, n4, "call_cpu"), fmt=fmt_ratio)
    check(f"4 MB ÷ 1 MB, .wasm call ≤ {TARGET_SCALE}×", TARGET_SCALE, grew(w1, w4, "call"),
          grew(w1, w4, "call_cpu"), fmt=fmt_ratio)
    for size in ("1kw", "article"):
        if (size, "wasm") in results:
            w = get(size, "wasm")
            check(f"{INPUT_LABELS[size]}, .wasm: warm re-summarize ≤ {TARGET_INTERACTIVE_MS} ms",
                  TARGET_INTERACTIVE_MS, w and w.call, w and w.call_cpu)
    wz = get("zh1m", "wasm")
    check(f"1 MB of Chinese, .wasm in Node: call median ≤ {TARGET_WASM_ZH_1M_MS} ms", TARGET_WASM_ZH_1M_MS,
          wz and wz.call, wz and wz.call_cpu)
    have_bundle = all(raw for _, raw, _ in bundle_rows)
    check(f"bundle: .wasm + JS glue ≤ {TARGET_BUNDLE_KB} KB gzip", TARGET_BUNDLE_KB,
          total / 1024 if have_bundle else None, fmt=lambda kb: f"{kb:.1f} KB")
    # The 1 MB targets are both the summarize call (for the .wasm it cannot be anything else: Node
    # alone takes longer than 50 ms to start); the native process is shown beside them, not judged.
    process = ([f"For reference, not a target: the whole native CLI process on 1 MB (start, read the file, "
                f"a first call on cold memory, print, exit) took {fmt_ms(n1.wall * 1000)} "
                f"({fmt_ms(n1.cpu * 1000)} CPU).", ""] if n1 else [])
    return ["## Targets", "", "| target | this run | | CPU time | |", "|---|--:|:-:|--:|:-:|", *rows, "", *process]


if __name__ == "__main__":
    main()
