// Keyboard only, in headless Chromium: every step a reader takes on the page (paste, summarize, change the
// length, go from a summary sentence to its place in the article and back, copy the summary) and in the
// widget (hide and show it, go to a sentence in the article and back) with Tab, Enter, Space, Escape and
// the arrow keys, never the mouse and never a focus() from the test. Every control Tab lands on must show
// that it has focus: its outline or box-shadow (or its label's, for the hidden radio inputs) while focused
// differs from the same element's once focus has moved on.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closeCheckingProblems, COUNCIL_ARTICLE, openPage, useServerAndBrowser, waitForSummary } from './harness.mjs';

/**
 * Follows focus as keys are pressed: `press(key)` presses it and returns what has focus then (through
 * open shadow roots), after checking that the element that lost focus looks different now from how it
 * looked while it had it. `focused()` describes the focused element; `checked` counts the checks made.
 */
function focusTracker(page) {
  let last = null; // { handle, ring, what }
  const tracker = {
    checked: 0,
    seen: [],
    async focused() {
      const handle = await page.evaluateHandle(() => {
        let node = document.activeElement;
        while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
        return node;
      });
      const what = await handle.evaluate((node) => {
        if (!node || node === document.body) return 'body';
        const id = node.id ? `#${node.id}` : '';
        const cls = !id && typeof node.className === 'string' && node.className ? `.${node.className.split(' ')[0]}` : '';
        const data = node.dataset?.sentence ?? node.dataset?.i ?? node.dataset?.abridgeHighlight;
        return `${node.tagName.toLowerCase()}${id}${cls}${data !== undefined ? `[${data}]` : ''}`;
      });
      return { handle, what };
    },
    async press(key) {
      await page.keyboard.press(key);
      const now = await tracker.focused();
      const moved = last && !(await page.evaluate(([a, b]) => a === b, [last.handle, now.handle]));
      if (moved) {
        const after = await ring(last.handle);
        if (after !== null) {
          assert.notEqual(after, last.ring, `${last.what} shows it has focus (outline or box-shadow differs from unfocused)`);
          tracker.checked++;
        }
      }
      last = now.what === 'body' ? null : { ...now, ring: await ring(now.handle) };
      tracker.seen.push(now.what);
      return now.what;
    },
    /** Presses Tab until `want` (a `focused()` description, or a test of it) has focus; fails after `max`. */
    async tabTo(want, { max = 40, key = 'Tab' } = {}) {
      const matches = typeof want === 'function' ? want : (what) => what === want;
      for (let i = 0; i < max; i++) {
        const what = await tracker.press(key);
        if (matches(what)) return what;
      }
      throw new Error(`${key} never reached ${want}; focus went ${tracker.seen.slice(-max).join(' → ')}`);
    },
  };
  return tracker;
}

/** The focus indicator of an element as computed now (its own and its first label's), or null if gone. */
function ring(handle) {
  return handle.evaluate((node) => {
    if (!node?.isConnected) return null;
    const look = (n) => {
      const s = getComputedStyle(n);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    };
    return [node, ...(node.labels ?? [])].map(look).join(' / ');
  });
}

/** Waits until the element is inside the viewport (scrolling there may be smooth); true once it is. */
async function inView(page, selector) {
  await page.waitForFunction((selector) => {
    const r = document.querySelector(selector).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector, { timeout: 5_000 });
  return true;
}

describe('keyboard only', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  test('the page: paste, summarize, length, to the article and back, copy, keywords', async () => {
    const page = await openPage(browser, server.url, {
      permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce',
    });
    try {
      await waitForSummary(page, { count: 3 });
      const keys = focusTracker(page);

      // The skip link comes first and takes focus to the summary.
      assert.equal(await keys.press('Tab'), 'a.skip-link');
      assert.ok(await page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().top >= 0), 'the skip link shows when focused');

      // Paste: into the box with Ctrl+A, Ctrl+V (the clipboard is the system's, filled beforehand).
      await page.evaluate((text) => navigator.clipboard.writeText(text), COUNCIL_ARTICLE);
      await keys.tabTo('textarea#input');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('ControlOrMeta+V');
      assert.equal(await page.locator('#input').inputValue(), COUNCIL_ARTICLE);
      await waitForSummary(page, { count: 3 });

      // Summarize: the button, by Enter.
      const before = await page.evaluate(() => Number(document.documentElement.dataset.summaries));
      await keys.tabTo('button#summarize-button');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => Number(document.documentElement.dataset.summaries) > n, before);

      // Length: the mode by arrow keys, the count by the slider's arrow keys. Shift+Tab goes back.
      await keys.tabTo('input#mode-sentences', { key: 'Shift+Tab' });
      assert.equal(await keys.press('ArrowRight'), 'input#mode-percent');
      assert.equal(await page.locator('#amount-label').textContent(), 'Percent of the article');
      assert.equal(await keys.press('ArrowLeft'), 'input#mode-sentences');
      assert.equal(await page.locator('#amount-label').textContent(), 'Sentences');
      await keys.tabTo('input#amount-range');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.locator('#amount-number').inputValue(), '4');
      const shown = await waitForSummary(page, { count: 4 });

      // A summary sentence: Enter takes focus to its mark in the article, Escape brings it back.
      await keys.tabTo('li[1]');
      await page.keyboard.press('Enter');
      assert.match((await keys.focused()).what, /^mark(\.[\w-]+)?\[1\]$/, 'focus is on the sentence in the article');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), shown.sentences[1]);
      assert.ok(await inView(page, 'mark[data-sentence="1"]'), 'the sentence in the article is scrolled into view');
      assert.notEqual(await ring(await page.evaluateHandle(() => document.activeElement)),
        await ring(await page.evaluateHandle(() => document.querySelector('mark[data-sentence="2"]'))),
        'the focused mark looks different from one without focus');
      assert.equal(await keys.press('Escape'), 'li[1]', 'Escape goes back to the summary sentence');
      assert.ok(await inView(page, '#summary li[data-sentence="1"]'));

      // Copy: the button, by Space, and the clipboard holds the summary.
      await keys.tabTo('button#copy-button', { key: 'Shift+Tab' });
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.getElementById('copy-button').textContent === 'Copied');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown.sentences.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n'));

      // A keyword chip: Tab to it, Enter presses it.
      await keys.tabTo('button.chip');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('#keywords .chip').first().getAttribute('aria-pressed'), 'true');
      assert.ok(await page.locator('#original .kw.on').count() > 0, 'its occurrences are underlined');

      // And on to the article itself, which scrolls by keyboard.
      await keys.tabTo('div#original');
      await keys.press('Tab'); // leaving it checks its focus ring too
      assert.ok(keys.checked >= 12, `focus rings checked on every stop (${keys.checked}: ${keys.seen.join(' → ')})`);
    } finally {
      await closeCheckingProblems(page);
    }
  });

  test('the widget: hide and show, to a sentence in the article and back', async () => {
    const page = await openPage(browser, `${server.url}embed.html`, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      await page.waitForFunction(() => document.getElementById('story-summary').summary
        && document.querySelectorAll('#story mark[data-abridge-highlight]').length > 0);
      const keys = focusTracker(page);
      const toggle = page.locator('#story-summary .toggle');

      // The first widget's toggle (the letter, in the article's column) comes before the sidebar's.
      await keys.tabTo('button.toggle');
      await keys.tabTo('button.toggle');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'story-summary', 'the sidebar widget has focus');
      await page.keyboard.press('Enter');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.locator('#story-summary').getAttribute('collapsed'), '');
      await page.keyboard.press('Space');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');

      const first = await keys.press('Tab');
      assert.equal(first, 'li.s[0]', 'Tab reaches the first summary sentence');
      await keys.press('Tab');
      await page.keyboard.press('Enter');
      assert.match((await keys.focused()).what, /^mark(\.[\w-]+)?\[1\]$/, 'focus is on the sentence in the article');
      assert.equal(await page.evaluate(() => document.activeElement.closest('#story') !== null), true);
      assert.ok(await inView(page, 'mark[data-abridge-highlight="1"]'));
      // The flash outline fades on a timer; its end leaves only the focus ring to tell this mark apart.
      await page.waitForFunction(() => !document.querySelector('mark.abridge-flash'));
      assert.notEqual(await ring(await page.evaluateHandle(() => document.activeElement)),
        await ring(await page.evaluateHandle(() => document.querySelector('mark[data-abridge-highlight="2"]'))),
        'the focused mark looks different from one without focus');
      assert.equal(await keys.press('Escape'), 'li.s[1]', 'Escape goes back to the sentence in the widget');
      assert.ok(keys.checked >= 7, `focus rings checked (${keys.checked}: ${keys.seen.join(' → ')})`);
    } finally {
      await closeCheckingProblems(page);
    }
  });
});
