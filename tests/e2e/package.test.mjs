// The npm package (pkg/, written by `make build`): what `npm pack` would publish, and TypeScript types that
// describe the real shapes: a strict `tsc` over a consumer file, where wrong options must be errors.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from './harness.mjs';

const PKG = path.join(ROOT, 'pkg');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const CONSUMER = `
import init, { summarize, version, type Summary, type SummarizeOptions } from 'abridge';
import { Abridge, type AbridgeType } from 'abridge/api';
import { AbridgeClient } from 'abridge/client';
import { AbridgeSummary, type AbridgeSummaryDetail } from 'abridge/widget';
import { install, Summarizer as SummarizerClass } from 'abridge/polyfill';
import { AbridgeLoadError, configure } from 'abridge/api';

export async function low(text: string): Promise<number> {
  await init();
  const options: SummarizeOptions = { sentences: 3, keywords: 5, diversity: 0.3, title: 'A title' };
  const result: Summary = summarize(text, options);
  const first: { start: number; end: number; text: string; score: number; index: number } = result.sentences[0];
  const kinds: string[] = result.leftOut.map((b) => b.kind);
  const hits: number = result.keywords[0].occurrences.length + result.stats.wordsOut + result.elapsedMs;
  // @ts-expect-error: a count is a number
  summarize(text, { sentences: 'three' });
  // @ts-expect-error: no such option
  summarize(text, { sentence: 3 });
  return first.end - first.start + kinds.length + hits + version().length;
}

export async function high(text: string, signal: AbortSignal): Promise<string> {
  const type: AbridgeType = 'teaser';
  const s = await Abridge.create({ type, length: 'short', format: 'plain-text', signal });
  const whole: string = await s.summarize(text, { signal });
  let streamed = '';
  for await (const chunk of s.summarizeStreaming(text)) streamed += chunk;
  const reader: ReadableStreamDefaultReader<string> = s.summarizeStreaming(text).getReader();
  void reader;
  // @ts-expect-error: not a type
  await Abridge.create({ type: 'summary' });
  // @ts-expect-error: not a length
  await Abridge.create({ length: 'huge' });
  s.destroy();
  return whole + streamed;
}

export async function client(text: string): Promise<number> {
  const c = new AbridgeClient();
  c.addEventListener('restart', (e) => console.log(e.detail.reason));
  const r = await c.summarize(text, { ratio: 0.2 });
  return r.sentences.length;
}

export async function polyfilled(text: string): Promise<string> {
  install({ prefer: 'abridge' });
  // @ts-expect-error: not a preference
  install({ prefer: 'fastest' });
  configure({ workerUrl: new URL('/abridge/web/worker.js', location.href), wasmUrl: '/abridge/abridge_bg.wasm' });
  const availability: 'unavailable' | 'downloadable' | 'downloading' | 'available' = await Summarizer.availability({ type: 'tldr', expectedInputLanguages: ['en'] });
  const s = await Summarizer.create({ monitor(m) { m.addEventListener('downloadprogress', (e) => console.log(e.loaded / e.total)); } });
  const engine: 'abridge' | 'native' = s.engine;
  const same: SummarizerClass = s;
  const usage: number = await s.measureInputUsage(text, { context: 'news' });
  const languages: readonly string[] | null = s.expectedInputLanguages;
  // @ts-expect-error: not a type
  await Summarizer.create({ type: 'summary' });
  // @ts-expect-error: the languages are a list
  await Summarizer.create({ expectedInputLanguages: 'en' });
  return availability + engine + usage + (languages?.join() ?? '') + await same.summarize(text);
}

export function loadError(error: unknown): string {
  return error instanceof AbridgeLoadError ? error.file + ' (' + error.option + '): ' + error.reason : '';
}

export function widget(): void {
  const w = document.createElement('abridge-summary');
  const same: AbridgeSummary = w;
  same.addEventListener('summary', (e) => {
    const detail: AbridgeSummaryDetail = e.detail;
    console.log(detail.sentences[0]?.start, detail.text, detail.result.stats.sentencesIn);
  });
  same.refresh();
}
`;

describe('the npm package (pkg/)', () => {
  test('npm pack lists the binding, the .wasm, the high-level modules and every type file', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PKG, encoding: 'utf8' });
    const files = JSON.parse(out)[0].files.map((f) => f.path).sort();
    for (const wanted of ['package.json', 'README.md', 'abridge.js', 'abridge.d.ts', 'abridge_bg.wasm', 'web/abridge-api.js', 'web/abridge-api.d.ts',
      'web/abridge-client.js', 'web/abridge-client.d.ts', 'web/abridge-summary.js', 'web/abridge-summary.d.ts',
      'web/summarizer-polyfill.js', 'web/summarizer-polyfill.d.ts', 'web/worker.js']) {
      assert.ok(files.includes(wanted), `${wanted} is published: ${files}`);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
    assert.equal(manifest.exports['./api'].default, './web/abridge-api.js');
    assert.equal(manifest.exports['./widget'].types, './web/abridge-summary.d.ts');
    // The worker finds the glue and the .wasm one folder up.
    assert.match(fs.readFileSync(path.join(PKG, 'web', 'worker.js'), 'utf8'), /new URL\('\.\.\/abridge_bg\.wasm', import\.meta\.url\)/);
  });

  test('the types have no `any` and describe the real shapes (strict tsc over a consumer)', () => {
    for (const file of ['abridge.d.ts', 'web/abridge-api.d.ts', 'web/abridge-client.d.ts', 'web/abridge-summary.d.ts', 'web/summarizer-polyfill.d.ts']) {
      const code = fs.readFileSync(path.join(PKG, file), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
      assert.doesNotMatch(code, /\bany\b/, `${file} has no any`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'abridge-types-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'abridge'), 'dir');
      fs.writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
          lib: ['es2022', 'dom', 'dom.iterable', 'dom.asynciterable'], skipLibCheck: false, types: [],
        },
        files: ['consumer.ts'],
      }));
      let output = '';
      try {
        execFileSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
      } catch (err) {
        output = `${err.stdout}${err.stderr}`;
      }
      assert.equal(output, '', 'tsc --strict passes, and every @ts-expect-error is an error');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
