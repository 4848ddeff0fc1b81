// The text's way into the module: wasm-bindgen's glue as scripts/build.py patches it (wasm-pack.toml,
// [glue] replace) copies the first 1,024 ASCII characters itself and hands the rest to TextEncoder. In
// Node, with the page's build (www/pkg): whatever the text, each sentence the summary reports is the
// text's own `text.slice(start, end)`, before, across and far past that point.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WWW } from './harness.mjs';

const PKG = path.join(WWW, 'pkg');
const glue = await import(pathToFileURL(path.join(PKG, 'abridge.js')).href);
glue.initSync({ module: fs.readFileSync(path.join(PKG, 'abridge_bg.wasm')) });

/** An article of `count` sentences, each numbered, with `extra` put into sentence `at`. */
function article(count, at, extra) {
  const sentences = [];
  for (let i = 0; i < count; i++) {
    const accent = i === at ? extra : '';
    sentences.push(`The harbour trust met for the ${i}th time${accent} and voted on the turbine plan number ${i}.`);
  }
  return sentences.join(' ');
}

describe('a text crosses into the module intact', () => {
  const cases = [
    ['ASCII only, far past the first 1,024 characters', article(200, -1, '')],
    ['the first other character within the first 1,024', article(200, 2, ' at Sète')],
    ['the first other character just past 1,024', article(200, 12, ' at Sète')],
    ['the first other characters far past it, astral ones too', article(200, 150, ' at 𝔖ète 🌊 港口')],
  ];
  for (const [name, text] of cases) {
    test(name, () => {
      const summary = glue.summarize(text, { sentences: 5, keywords: 3 });
      assert.equal(summary.sentences.length, 5);
      for (const s of summary.sentences) {
        assert.equal(text.slice(s.start, s.end), s.text);
        assert.match(s.text, /^The harbour trust met for the \d+th time.* plan number \d+\.$/u);
      }
      for (const k of summary.keywords) {
        for (const o of k.occurrences) assert.equal(text.slice(o.start, o.end).toLowerCase(), k.term.toLowerCase());
      }
      assert.equal(summary.stats.sentencesIn, 200);
    });
  }
});
