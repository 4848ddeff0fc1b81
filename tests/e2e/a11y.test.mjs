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
import { closeCheckingProblems, FIXTURES, ROOT, useServerAndBrowser, waitForMessage, waitForSummary } from './harness.mjs';

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
async function openAudited(browser, url, view, { route } = {}) {
  const context = await browser.newContext({ ...view, reducedMotion: 'reduce' });
  await context.addInitScript({ path: AXE });
  if (route) await context.route(route.url, route.handler);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  await page.goto(url);
  return page;
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

/** Pastes into the box as Ctrl+A, Ctrl+V would with a web page on the clipboard (extract-page.test.mjs). */
async function pasteHtml(page, html) {
  await page.evaluate((html) => {
    const input = document.getElementById('input');
    input.focus();
    input.select();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/html', html);
    clipboardData.setData('text/plain', html.replace(/<[^>]+>/g, '\n'));
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, html);
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

        await pasteHtml(page, fs.readFileSync(path.join(FIXTURES, 'extract', 'navigation.html'), 'utf8'));
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
