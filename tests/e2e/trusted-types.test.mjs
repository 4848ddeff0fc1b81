// Trusted Types and the Content Security Policy, in headless Chromium: the page and the embed demo are
// served with `require-trusted-types-for 'script'` and no 'unsafe-inline' (in the meta tag and as a header,
// as scripts/serve.py sends it, so that the workers run under it too), and every feature is used (plain
// text, a pasted web page through Readability, the length controls, saved work, the widget, offline)
// without one violation report or console error.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  FIXTURES, WWW, closePageAfterEach, openPage, paste, pagePolicy, pasteClipboard, useServerAndBrowser, waitForOfflineCopy,
  waitForSummary,
} from './harness.mjs';

const TEXT = `The ferry company said on Friday that the winter timetable will keep two crossings a day.
Islanders had feared that the morning boat would be cut after the company lost money last year.
The council agreed to cover part of the loss until the new electric ferry arrives in 2027.
Passengers will pay the same fares, and freight bookings open a week earlier than before.`;

/** A pasted page that makes Readability use its own innerHTML writes: a lazy image in <noscript>. */
function pastedPage() {
  const article = fs.readFileSync(path.join(FIXTURES, 'extract', 'navigation.html'), 'utf8');
  return article.replace(/<body([^>]*)>/i, '<body$1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">'
    + '<noscript><img src="https://example.com/photo.jpg" alt="A ferry"></noscript>');
}

const SHORT_PAGE = `<!doctype html><html><head><title>Ferry kept</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="content"><h1>Ferry kept</h1>
<p>Islanders crowded the harbour on Friday to hear that the morning ferry will keep running all winter.</p>
<p>The council will cover the loss until the electric ferry arrives, and fares stay the same.</p>
<p>Freight bookings open a week earlier than before.</p></div>
<footer>© The Harbour Gazette</footer></body></html>`;

/** Records every CSP / Trusted Types violation the page reports, from before its first script runs. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample ?? ''}`.trim());
    });
  });
}

async function violations(page) {
  return page.evaluate(() => window.__violations);
}

describe('Trusted Types and CSP', () => {
  let server;
  let browser;
  let page;

  useServerAndBrowser((started) => ({ server, browser } = started));

  closePageAfterEach(() => page, () => (page = null));

  test('the policies: Trusted Types required, no unsafe-inline, the header as the meta tag', async () => {
    const policy = pagePolicy(WWW);
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.match(policy, /trusted-types abridge(;|$)/);
    for (const file of ['index.html', 'embed.html']) {
      const meta = fs.readFileSync(path.join(WWW, file), 'utf8').match(/Content-Security-Policy" content="([^"]*)"/)[1];
      assert.match(meta, /require-trusted-types-for 'script'; trusted-types abridge/, file);
      assert.doesNotMatch(meta, /unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')/, file);
    }
    const response = await fetch(`${server.url}worker.js`);
    assert.equal(response.headers.get('content-security-policy'), policy, 'workers get the policy from the header');
  });

  test('the page: plain text, a pasted web page, the controls, saved work, offline, with no violation', async () => {
    page = await openPage(browser, server.url);
    await watchViolations(page);
    await page.reload();
    await waitForSummary(page, { count: 3 });
    assert.equal(await page.evaluate(() => window.trustedTypes !== undefined), true);

    await paste(page, TEXT);
    await waitForSummary(page, { count: 3 });
    await page.locator('#amount-number').fill('2');
    await waitForSummary(page, { count: 2 });

    await pasteClipboard(page, { 'text/html': pastedPage(), 'text/plain': 'The pasted page' });
    await page.waitForFunction(() => !document.querySelector('.paste-bar').hidden);
    const shown = await waitForSummary(page, { count: 2 });
    assert.ok(shown.input.length > 200, 'the article from the pasted page is in the box');
    assert.ok(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/vendor/readability.js'))),
      'Readability was loaded and run');

    // A short article: Readability finds too little at first and retries from its copy of the page, which
    // it puts back with innerHTML (a TrustedHTML sink).
    await pasteClipboard(page, { 'text/html': SHORT_PAGE, 'text/plain': 'The pasted page' });
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('Islanders crowded'));
    await waitForSummary(page, { count: 2 });

    await page.locator('#history li.history-item').first().waitFor();
    await waitForOfflineCopy(page);
    await page.waitForFunction(() => document.getElementById('offline-status').textContent !== '');
    await page.context().setOffline(true);
    await page.reload();
    await waitForSummary(page, { count: 2 });
    await paste(page, `${TEXT}\nA second boat is planned.`);
    await waitForSummary(page, { count: 2 });
    assert.deepEqual(await violations(page), []);
  });

  test('the widget on a host page that enforces Trusted Types (the embed demo)', async () => {
    page = await openPage(browser, `${server.url}embed.html`);
    await watchViolations(page);
    await page.reload();
    await page.waitForFunction(() => [...document.querySelectorAll('abridge-summary')].every((w) => w.summary)
      && document.querySelectorAll('mark[data-abridge-highlight]').length > 0);
    assert.ok(await page.evaluate(() => document.querySelector('abridge-summary').shadowRoot.querySelector('svg.logo') !== null),
      'the icons are drawn (made without markup)');
    assert.deepEqual(await violations(page), []);
  });

  test('a script URL that is not Abridge\'s own is refused by the policy', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    const outcome = await page.evaluate(async () => {
      const { scriptURL } = await import('./trusted-types.js');
      const own = String(scriptURL(new URL('./worker.js', location.href)));
      let foreign;
      try {
        scriptURL('https://example.com/evil.js');
        foreign = 'allowed';
      } catch (err) {
        foreign = err.name;
      }
      return { own, foreign };
    });
    assert.equal(outcome.own, `${server.url}worker.js`);
    assert.equal(outcome.foreign, 'TypeError');
    // The page does enforce it: a string into an HTML sink is refused (and reported, hence the reset).
    assert.equal(await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>markup</b>';
        return 'allowed';
      } catch (err) {
        return err.name;
      }
    }), 'TypeError');
    page.problems = page.problems.filter((p) => !p.includes("requires 'TrustedHTML' assignment"));
  });
});
