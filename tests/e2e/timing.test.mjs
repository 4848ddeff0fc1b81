// How quickly the page answers, printed rather than asserted (timings depend on the machine):
// navigation → the sample's summary on screen, cold and warm, and a live re-summarize of ~1,000 words.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixture, openPage, useServerAndBrowser, waitForSummary } from './harness.mjs';
import { SAMPLE_ARTICLE } from '../../www/sample.js';

const report = (label, value) => console.log(`TIMING ${label}: ${value}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('timing', () => {
  let server;
  let browser;

  useServerAndBrowser((started) => ({ server, browser } = started));

  test('navigation to the first summary on screen', async () => {
    const runs = [];
    for (let i = 0; i < 4; i++) {
      // A new context each time: its own HTTP cache, so each load fetches and compiles the .wasm.
      const page = await openPage(browser, server.url);
      await waitForSummary(page, { count: 3 });
      const ms = await page.evaluate(() => window.__abridgeFirstSummaryMs);
      assert.equal(typeof ms, 'number');
      runs.push(ms);
      await page.context().close();
    }
    report('navigation → sample summary rendered, first load in a fresh browser', `${runs[0].toFixed(0)} ms`);
    report('navigation → sample summary rendered, median of the next 3 fresh contexts',
      `${median(runs.slice(1)).toFixed(0)} ms (${runs.slice(1).map((r) => r.toFixed(0)).join(', ')})`);
  });

  test('live re-summarize of a ~1,000-word article', async () => {
    const page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    // Our sample followed by the pasted news page: about 1,300 words of web-page text.
    const text = `${SAMPLE_ARTICLE}\n${fixture('pasted-news-article.txt')}`;
    const words = text.split(/\s+/).filter(Boolean).length;

    const measure = (how) => page.evaluate(async ({ text, how }) => {
      const input = document.getElementById('input');
      const original = document.getElementById('original');
      const next = `${text}\nEdit ${Math.random()}.`;
      const rendered = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (original.textContent === next) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(original, { childList: true, subtree: true, characterData: true });
      });
      input.value = next;
      const start = performance.now();
      if (how === 'typing') input.dispatchEvent(new Event('input', { bubbles: true }));
      else document.getElementById('summarize-button').click();
      const end = await rendered;
      const core = document.getElementById('fig-time').title;
      const render = performance.getEntriesByName('abridge:render').at(-1).duration;
      return { ms: end - start, core, render };
    }, { text, how });

    const typing = [];
    const button = [];
    for (let i = 0; i < 5; i++) typing.push((await measure('typing')).ms);
    const render = [];
    let core = '';
    for (let i = 0; i < 5; i++) {
      const r = await measure('button');
      button.push(r.ms);
      render.push(r.render);
      core = r.core;
    }
    await waitForSummary(page);
    report(`live re-summarize of ${words} words, edit → summary in the DOM (includes the 150 ms typing pause)`,
      `median ${median(typing).toFixed(0)} ms (${typing.map((t) => t.toFixed(0)).join(', ')})`);
    report(`re-summarize of ${words} words, Summarize button → summary in the DOM`,
      `median ${median(button).toFixed(1)} ms (${button.map((t) => t.toFixed(1)).join(', ')})`);
    report('of which drawing the result (summary, keywords, highlighted original)', `median ${median(render).toFixed(1)} ms`);
    report('last call, as the page reports it', core);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
