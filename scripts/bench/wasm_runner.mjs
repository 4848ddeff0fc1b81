// Times Abridge's .wasm under Node (V8), the way the page uses it: the module is instantiated once, then
// summarize() is called on the same text again and again (a reader re-summarizing).
//
// Usage: node wasm_runner.mjs FILE N [RUNS] [BUDGET_MS]
//   FILE       the text to summarize        N          sentences asked for
//   RUNS       calls after the first one, at most (default 10)
//   BUDGET_MS  stop repeating once the calls so far took this long (default 5000)
// Env: ABRIDGE_PKG, the wasm-bindgen `--target web` output dir (default www/pkg).
//
// Prints the summary sentences one per line on stdout, and on stderr one line `BENCH {...}` with:
//   ms           median of the warm calls (after the first), performance.now() around summarize(),
//                so it includes copying the text into wasm memory and the result back out
//   cpu_ms       median process CPU time of the same calls (process.cpuUsage(): all of Node's threads)
//   first_ms     the first call (V8 compiles wasm lazily: the first call pays for part of that)
//   start_ms     Node's start to the first summary returned (performance.now() counts from process start)
//   start_cpu_ms the process CPU time until then
//   init_ms      reading + compiling + instantiating the module (initSync)
//   wasm_bytes   size of the wasm linear memory at the end: it only grows, so this is its peak
//   elapsed_ms   the summary's own elapsedMs from the last call, when it reports one
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [file, nArg = '10', runsArg = '10', budgetArg = '5000'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node wasm_runner.mjs FILE N [RUNS] [BUDGET_MS]\n');
  process.exit(2);
}
const n = Number(nArg);
const maxRuns = Number(runsArg);
const budgetMs = Number(budgetArg);
const pkg = path.resolve(process.env.ABRIDGE_PKG || path.join(ROOT, 'www', 'pkg'));

const glue = await import(pathToFileURL(path.join(pkg, 'abridge.js')).href);
const t0 = performance.now();
const exports = glue.initSync({ module: fs.readFileSync(path.join(pkg, 'abridge_bg.wasm')) });
const initMs = performance.now() - t0;
const text = fs.readFileSync(file, 'utf8');

function call() {
  const [start, cpuStart] = [performance.now(), process.cpuUsage()];
  const summary = glue.summarize(text, { sentences: n });
  const cpu = process.cpuUsage(cpuStart);
  return [performance.now() - start, (cpu.user + cpu.system) / 1000, summary];
}

function median(values) {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

let [firstMs, firstCpu, summary] = call();
const startMs = performance.now();
const startCpu = process.cpuUsage();
const times = [];
const cpus = [];
let spent = firstMs;
while (times.length < maxRuns && spent < budgetMs) {
  const [ms, cpu, s] = call();
  times.push(ms);
  cpus.push(cpu);
  spent += ms;
  summary = s;
}

const sentenceText = (s) => (typeof s === 'string' ? s : s?.text ?? JSON.stringify(s));
for (const s of summary?.sentences ?? []) {
  process.stdout.write(sentenceText(s).replace(/\s+/g, ' ').trim() + '\n');
}
const memory = exports?.memory ?? glue.__wasm?.memory;
process.stderr.write('BENCH ' + JSON.stringify({
  ms: median(times) ?? firstMs,
  cpu_ms: median(cpus) ?? firstCpu,
  first_ms: firstMs,
  start_ms: startMs,
  start_cpu_ms: (startCpu.user + startCpu.system) / 1000,
  init_ms: initMs,
  runs: times.length + 1,
  wasm_bytes: memory ? memory.buffer.byteLength : null,
  elapsed_ms: typeof summary?.elapsedMs === 'number' ? summary.elapsedMs : null,
}) + '\n');
