// Accessibility audits with axe-core (node_modules/axe-core, the standard engine) in headless Chromium: the
// page, the embed demo (with the host's own CSS and without it) and a page of widgets in every state, in
// light and dark, at a phone width and a desktop width, each in the states a reader meets (a summary with
// the left-out blocks shown, the HTML-paste bar, the empty-box message, an error). WCAG 2.1 A and AA: zero
// violations. Each audit prints an `AXE` line (page, scheme, width, state, violations).
//
// axe goes in through an init script, which the page's Content-Security-Policy does not apply to, so the
// pages run under their real policy (a CSP console error would fail the test).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  closeCheckingProblems, COUNCIL_ARTICLE, FIXTURES, openPage, pasteClipboard, ROOT, useServerAndBrowser, waitForMessage,
  waitForSummary,
} from './harness.mjs';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
/** WCAG 2.1 level A and AA, as axe-core tags its rules. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const VIEWS = [
  { colorScheme: 'light', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { colorScheme: 'dark', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
];
const viewName = (view) => `${view.colorScheme} ${view.viewport.width}px`;

/**
 * A fresh context with axe-core in every document and `view`'s scheme and size; reduced motion, so that no
 * colour is measured halfway through a transition. Page errors and console errors go to `page.problems`.
 */
function openAudited(browser, url, view, { route } = {}) {
  return openPage(browser, url, { ...view, reducedMotion: 'reduce' }, async (context) => {
    await context.addInitScript({ path: AXE });
    if (route) await context.route(route.url, route.handler);
  });
}

/**
 * Runs axe-core over the whole document (open shadow roots included): the WCAG 2.1 AA violations, each
 * with the rule and the elements it failed on. A test audits every state, then asserts none was found.
 */
async function audit(page, where) {
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  }, WCAG_21_AA);
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  console.log(`AXE ${where}: ${count} violation${count === 1 ? '' : 's'}${violations.map((v) => ` ${v.id}×${v.nodes.length}`).join('')}`);
  return violations.map((v) => ({ where, ...v }));
}

/** A page of widgets in every state the widget has: each type, collapsed, forced themes, an error. */
const WIDGETS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; worker-src 'self'">
  <title>Widgets</title>
  <script type="module" src="./abridge-summary.js"></script>
</head>
<body>
  <main>
    <h1>Widgets in every state</h1>
    <article id="story">
      <p>The council approved a new budget for public libraries on Monday evening. The plan adds evening hours at six branches and hires twelve more librarians.</p>
      <p>Council members said demand for study space had doubled since last year. Some residents asked why the money was not spent on road repairs instead.</p>
      <p>The mayor said both matter, and that a second vote on roads is planned for June. Libraries will start the longer hours in September.</p>
    </article>
    <abridge-summary id="points" for="story" sentences="2" highlight></abridge-summary>
    <abridge-summary id="tldr" for="story" type="tldr" theme="dark"></abridge-summary>
    <abridge-summary id="teaser" for="story" type="teaser" theme="light"></abridge-summary>
    <abridge-summary id="headline" for="story" type="headline"></abridge-summary>
    <abridge-summary id="collapsed" for="story" collapsed></abridge-summary>
    <abridge-summary id="missing" for="no-such-article"></abridge-summary>
  </main>
</body>
</html>`;

describe('accessibility: axe-core, WCAG 2.1 AA', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  for (const view of VIEWS) {
    test(`the page, ${viewName(view)}: summary and left-out blocks, the HTML-paste bar, the empty box, an error`, async () => {
      const found = [];
      const page = await openAudited(browser, server.url, view);
      try {
        await waitForSummary(page, { count: 3 });
        assert.ok(await page.locator('#original .left-out').count() > 0, 'the sample shows left-out blocks');
        assert.ok(await page.locator('#left-out-list li:not(.none)').count() > 0, 'and lists them');
        await page.locator('#keywords .chip').first().click(); // a pressed chip and underlined keywords
        found.push(...await audit(page, `page ${viewName(view)} summary`));

        const html = fs.readFileSync(path.join(FIXTURES, 'extract', 'navigation.html'), 'utf8');
        await pasteClipboard(page, { 'text/html': html, 'text/plain': html.replace(/<[^>]+>/g, '\n') });
        await page.locator('.paste-bar:not([hidden])').waitFor();
        await waitForSummary(page);
        found.push(...await audit(page, `page ${viewName(view)} html-paste`));

        await page.locator('#input').fill('');
        await waitForMessage(page);
        found.push(...await audit(page, `page ${viewName(view)} empty`));

        await page.locator('#input').fill('The council met on Monday. It approved the budget. The mayor spoke.');
        await waitForSummary(page);
        const [worker] = page.workers();
        await worker.evaluate(() => setTimeout(() => {
          throw new Error('simulated crash');
        }));
        await page.locator('#message[data-tone="error"]:not(:empty)').waitFor();
        found.push(...await audit(page, `page ${viewName(view)} error`));
      } finally {
        await closeCheckingProblems(page);
      }
      assert.deepEqual(found, [], 'no WCAG 2.1 AA violation');
    });

    test(`the embed demo, ${viewName(view)}: with the host's CSS and without it`, async () => {
      const found = [];
      const page = await openAudited(browser, `${server.url}embed.html`, view);
      try {
        await page.waitForFunction(() => [...document.querySelectorAll('abridge-summary')].every((w) => w.summary)
          && document.querySelectorAll('mark[data-abridge-highlight]').length > 0);
        found.push(...await audit(page, `embed ${viewName(view)} host-css`));
        await page.evaluate(() => {
          document.getElementById('host-css').sheet.disabled = true;
          // With no CSS the canvas is the browser's (dark in a dark scheme), but axe-core measures text
          // against white when no element sets a background (dequelabs/axe-core#3605, #4608): name the
          // colour the canvas already has, so axe measures what is on screen. CSSOM, so the CSP allows it.
          document.documentElement.style.backgroundColor = 'Canvas';
        });
        found.push(...await audit(page, `embed ${viewName(view)} no-host-css`));
      } finally {
        await closeCheckingProblems(page);
      }
      assert.deepEqual(found, [], 'no WCAG 2.1 AA violation');
    });

    test(`the widget in every state, ${viewName(view)}`, async () => {
      const url = `${server.url}a11y-widgets.html`;
      const found = [];
      const page = await openAudited(browser, url, view, {
        route: { url, handler: (route) => route.fulfill({ contentType: 'text/html', body: WIDGETS_PAGE }) },
      });
      try {
        await page.waitForFunction(() => ['points', 'tldr', 'teaser', 'headline', 'collapsed']
          .every((id) => document.getElementById(id).summary)
          && document.getElementById('missing').shadowRoot.querySelector('.status[data-tone="error"]')?.textContent
          && document.querySelectorAll('mark[data-abridge-highlight]').length > 0);
        found.push(...await audit(page, `widgets ${viewName(view)} all-states`));
      } finally {
        await closeCheckingProblems(page);
      }
      assert.deepEqual(found, [], 'no WCAG 2.1 AA violation');
    });
  }
});

/** Starts recording every change of the page's live regions (#live and #message) as `{ region, text }`. */
function recordLiveRegions(page) {
  return page.evaluate(() => {
    window.__spoken = [];
    for (const id of ['live', 'message']) {
      const region = document.getElementById(id);
      new MutationObserver(() => window.__spoken.push({ region: id, text: region.textContent }))
        .observe(region, { childList: true, characterData: true, subtree: true });
    }
  });
}
const spoken = (page) => page.evaluate(() => window.__spoken.splice(0));
const summaries = (page) => page.evaluate(() => Number(document.documentElement.dataset.summaries ?? 0));

/** Chromium's own accessibility tree (what a screen reader is given): the nodes with `role`. */
async function axNodes(page, role) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => ({
    name: n.name?.value ?? '',
    description: n.description?.value ?? '',
    properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
  }));
}

describe('accessibility: what a screen reader is given', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  test('the summary and its count are announced once per change, not per keystroke; an error once', async () => {
    const page = await openPage(browser, server.url, { reducedMotion: 'reduce' });
    try {
      await waitForSummary(page, { count: 3 });
      await page.locator('#input').fill(COUNCIL_ARTICLE);
      const first = await waitForSummary(page, { count: 3 });
      await page.waitForFunction(() => document.getElementById('live').textContent.startsWith('Summary updated'));
      await recordLiveRegions(page);

      // Type inside a chosen sentence, one key every 200 ms: longer than the page's 150 ms pause, so the
      // summary is redone (and its sentence changes) after nearly every key.
      const renders = await summaries(page);
      const at = COUNCIL_ARTICLE.indexOf(first.sentences[0]) + first.sentences[0].length - 1; // before its full stop
      await page.locator('#input').evaluate((input, at) => input.setSelectionRange(at, at), at);
      await page.locator('#input').focus();
      await page.keyboard.type(' at last', { delay: 200 });
      await waitForSummary(page, { count: 3 });
      await page.waitForFunction(() => window.__spoken.length > 0, undefined, { timeout: 5_000 });
      await page.waitForTimeout(1_500); // room for any announcement still to come
      const redone = (await summaries(page)) - renders;
      assert.ok(redone >= 5, `the summary was redone while typing (${redone} times)`);
      assert.deepEqual(await spoken(page), [{ region: 'live', text: 'Summary updated: 3 of 6 sentences.' }],
        'one announcement for the whole burst of typing');

      // A change of length: announced once, with the new count.
      await page.locator('#amount-range').focus();
      await page.keyboard.press('ArrowRight');
      await waitForSummary(page, { count: 4 });
      await page.waitForFunction(() => window.__spoken.length > 0, undefined, { timeout: 5_000 });
      await page.waitForTimeout(1_500);
      assert.deepEqual(await spoken(page), [{ region: 'live', text: 'Summary updated: 4 of 6 sentences.' }]);

      // The same summary again (a key typed and taken back): nothing new to announce.
      await page.locator('#input').focus();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('x', { delay: 200 });
      await page.keyboard.press('Backspace');
      await waitForSummary(page, { count: 4 });
      await page.waitForTimeout(1_500);
      assert.deepEqual((await spoken(page)).filter((s) => s.text), [], 'an unchanged summary is not announced again');

      // An error: the worker crashes, the message says so once.
      const [worker] = page.workers();
      await worker.evaluate(() => setTimeout(() => {
        throw new Error('simulated crash');
      }));
      await page.locator('#message[data-tone="error"]:not(:empty)').waitFor();
      await page.waitForTimeout(1_500);
      const said = await spoken(page);
      assert.equal(said.length, 1, `the error is announced once: ${JSON.stringify(said)}`);
      assert.equal(said[0].region, 'message');
      assert.match(said[0].text, /restarted/);
    } finally {
      await closeCheckingProblems(page);
    }
  });

  test('the page: live regions, the summary as a list, the chosen sentences in the article as marks', async () => {
    const page = await openPage(browser, server.url);
    try {
      const shown = await waitForSummary(page, { count: 3 });
      const result = await page.locator('#result').ariaSnapshot();
      assert.match(result, /^- region "Summary":/);
      assert.match(result, /heading "Summary" \[level=2\]/);
      assert.match(result, /button "Copy summary"/);
      const items = [...result.matchAll(/^ {4}- listitem: (.*)$/gm)].map((m) => m[1]);
      assert.equal(items.length, 3, `three list items, named by their own text:\n${result}`);

      const original = await page.locator('#original').ariaSnapshot();
      assert.match(original, /^- region "The original text with the chosen sentences highlighted":/);
      const marks = [...original.matchAll(/^ {2}- mark: (.*)$/gm)].map((m) => m[1]);
      assert.equal(marks.length, 3, `one mark per chosen sentence:\n${original}`);
      marks.forEach((mark, i) => assert.ok(mark.includes(shown.sentences[i].slice(0, 40)), `mark ${i}: ${mark}`));
      assert.match(original, /photo caption A volunteer scans/, 'a left-out block is read with its kind');

      const described = (await axNodes(page, 'mark')).filter((m) => m.description.startsWith('Summary sentence'));
      assert.deepEqual(described.map((m) => m.description), ['Summary sentence 1 of 3', 'Summary sentence 2 of 3', 'Summary sentence 3 of 3']);
      assert.ok(described.every((m) => m.properties.focusable && m.properties.keyshortcuts === 'Escape'));

      const statuses = await axNodes(page, 'status');
      assert.ok(statuses.length >= 2 && statuses.every((s) => s.properties.live === 'polite'), 'polite status regions');
      const live = await page.locator('#live').evaluate((n) => n.getAttribute('aria-live'));
      assert.equal(live, 'polite');
      assert.equal(await page.locator('#result').getAttribute('aria-busy'), 'false', 'not busy once the summary is shown');
    } finally {
      await closeCheckingProblems(page);
    }
  });

  test('the widget: a named region, its heading, its toggle, its sentences, and its marks in the article', async () => {
    const page = await openPage(browser, `${server.url}embed.html`);
    try {
      await page.waitForFunction(() => document.getElementById('story-summary').summary
        && document.querySelectorAll('#story mark[data-abridge-highlight]').length > 0);
      const widget = await page.locator('#story-summary').ariaSnapshot();
      assert.match(widget, /region "Key points"/);
      assert.match(widget, /heading "Key points" \[level=2\]/);
      assert.match(widget, /button "Hide the summary" \[expanded\]/);
      assert.equal([...widget.matchAll(/^ +- listitem: /gm)].length, 3, `three sentences, named by their text:\n${widget}`);
      assert.match(widget, /status/);

      const article = await page.locator('#story').ariaSnapshot();
      assert.ok([...article.matchAll(/- mark: /g)].length >= 3, `the chosen sentences are marks:\n${article}`);
      const described = (await axNodes(page, 'mark')).map((m) => m.description);
      for (const n of [1, 2, 3]) assert.ok(described.includes(`Summary sentence ${n} of 3`), `mark ${n} described: ${described}`);

      await page.locator('#story-summary .toggle').click();
      const collapsed = await page.locator('#story-summary').ariaSnapshot();
      assert.match(collapsed, /button "Show the summary"/);
      assert.doesNotMatch(collapsed, /\[expanded\]|listitem/, 'collapsed: not expanded, no sentences');
    } finally {
      await closeCheckingProblems(page);
    }
  });
});

describe('accessibility: forced colours', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  for (const colorScheme of ['light', 'dark']) {
    test(`chosen and left-out text still stand apart under forced colours (${colorScheme})`, async () => {
      const page = await openPage(browser, server.url, { colorScheme, forcedColors: 'active' });
      try {
        await waitForSummary(page, { count: 3 });
        const looks = await page.evaluate(() => {
          const look = (s) => {
            const c = getComputedStyle(document.querySelector(s));
            return { color: c.color, background: c.backgroundColor };
          };
          return { text: look('#original'), mark: look('#original mark'), leftOut: look('#original .left-out') };
        });
        assert.notEqual(looks.mark.background, looks.text.background, 'marks keep a background of their own');
        assert.notEqual(looks.leftOut.color, looks.text.color, 'left-out text keeps a colour of its own');

        await page.goto(`${server.url}embed.html`);
        await page.waitForFunction(() => document.querySelectorAll('mark[data-abridge-highlight]').length > 0);
        const widget = await page.evaluate(() => {
          const mark = getComputedStyle(document.querySelector('mark[data-abridge-highlight]')).backgroundColor;
          const text = getComputedStyle(document.querySelector('#story p')).backgroundColor;
          const bullet = getComputedStyle(document.getElementById('story-summary').shadowRoot.querySelector('ul.summary > li'), '::before');
          return { mark, text, bullet: bullet.backgroundColor, canvas: getComputedStyle(document.body).color };
        });
        assert.notEqual(widget.mark, widget.text, 'the widget\'s marks in the article keep a background');
        assert.equal(widget.bullet, widget.canvas, 'the widget\'s bullets are drawn in the text colour');
      } finally {
        await closeCheckingProblems(page);
      }
    });
  }
});
