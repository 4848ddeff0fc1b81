// Peer harness: npm `ts-textrank` (TextRank, Sørensen–Dice similarity), the browser-ready JS peer.
// Usage: node ts-textrank.mjs FILE N
// Prints the N summary sentences, one per line, on stdout, and on stderr one line
// `BENCH {"ms": …, "cpu_ms": …}`: wall and process CPU time of the summarize call alone (no Node start-up,
// no file read).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  AbsoluteSummarizerConfig, DefaultTextParser, NullLogger, SorensenDiceSimilarity, Summarizer,
} from 'ts-textrank';

const [file, n = '10'] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
// The README's settings: damping .85, sentences in document order.
const config = new AbsoluteSummarizerConfig(
  Number(n), new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_OCCURENCE);
const summarizer = new Summarizer(config, new NullLogger());
const [t0, cpu0] = [performance.now(), process.cpuUsage()];
const summary = summarizer.summarize(text, 'en');
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
for (const s of summary) process.stdout.write(String(s).replace(/\s+/g, ' ').trim() + '\n');
process.stderr.write(`BENCH ${JSON.stringify({ ms, cpu_ms: (cpu.user + cpu.system) / 1000 })}\n`);
