// Runs Abridge's .wasm under Node the way the page does (the `--target web` build, initSync), for
// scripts/reliability/run.py: summarizes each request of a JSONL file and writes one JSONL result a line.
//
// Usage: node wasm_runner.mjs REQUESTS.jsonl RESULTS.jsonl
//   request: { id, file | text | js, options | optionsJs }
//     file       a UTF-8 file to read as the text (read as the page would get it: invalid bytes become U+FFFD)
//     text       the text itself (JSON, so it may hold lone surrogates, as a JS string can)
//     js         a JS expression that makes the text (large inputs without a large file)
//     options    the options object; optionsJs: a JS expression for one JSON cannot say (NaN, undefined)
//   result: { id, ms, summary } or { id, ms, error, trap }: `trap` is true when the .wasm trapped
//            (a Rust panic: RuntimeError "unreachable"), which the core must never do. The instance is
//            not to be trusted after a trap, so run.py gives each bad input a process of its own.
// Env: ABRIDGE_PKG, the wasm-bindgen `--target web` output dir (default www/pkg).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [requestsPath, resultsPath] = process.argv.slice(2);
if (!requestsPath || !resultsPath) {
  process.stderr.write('usage: node wasm_runner.mjs REQUESTS.jsonl RESULTS.jsonl\n');
  process.exit(2);
}
const pkg = path.resolve(process.env.ABRIDGE_PKG || path.join(ROOT, 'www', 'pkg'));
const glue = await import(pathToFileURL(path.join(pkg, 'abridge.js')).href);
glue.initSync({ module: fs.readFileSync(path.join(pkg, 'abridge_bg.wasm')) });

// Expressions come from run.py's own case table, never from data.
const evaluate = (source) => Function(`"use strict"; return (${source});`)();

const out = fs.openSync(resultsPath, 'w');
const lines = fs.readFileSync(requestsPath, 'utf8').split('\n').filter((line) => line.trim());
for (const line of lines) {
  const request = JSON.parse(line);
  const text = request.file !== undefined ? fs.readFileSync(request.file, 'utf8')
    : request.js !== undefined ? evaluate(request.js) : request.text;
  const options = request.optionsJs !== undefined ? evaluate(request.optionsJs) : request.options;
  const started = performance.now();
  let result;
  try {
    const summary = glue.summarize(text, options);
    result = { id: request.id, ms: performance.now() - started, summary };
  } catch (error) {
    const trap = error instanceof WebAssembly.RuntimeError;
    result = { id: request.id, ms: performance.now() - started, error: String(error.message ?? error), trap };
  }
  fs.writeSync(out, JSON.stringify(result) + '\n');
}
fs.closeSync(out);
