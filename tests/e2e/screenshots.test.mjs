// Full-page screenshots of the page and of the embed demo (embed.html: with its host theme, and with the
// host CSS switched off), wide and narrow, light and dark, for people to look at:
// tests/e2e/screenshots/*.png (not committed). Each also checks that nothing overflows sideways.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SCREENSHOTS, fixture, launchBrowser, openPage, paste, startServer, waitForMessage, waitForSummary } from './harness.mjs';

const VIEWS = [
  { name: 'wide-light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'narrow-light', viewport: { width: 390, height: 844 }, colorScheme: 'light', deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'wide-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'narrow-dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark', deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];

describe('screenshots', () => {
  let server;
  let browser;

  before(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { name, ...options } of VIEWS) {
    test(`${name} (${options.viewport.width}×${options.viewport.height})`, async () => {
      const page = await openPage(browser, server.url, { ...options, reducedMotion: 'reduce' });
      try {
        await waitForSummary(page, { count: 3 });
        // Underline one keyword, as a reader exploring the result would.
        await page.locator('#keywords .chip').first().click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`screenshot: ${path.relative(process.cwd(), file)}`);

        // Five-digit counts fit their cells too (a long report): each figure wraps rather than being cut.
        const long = Array.from({ length: 12 }, () => fixture('pasted-news-article.txt')).join('\n\n');
        await paste(page, long);
        await waitForSummary(page, { count: 3 });
        const cut = await page.evaluate(() => [...document.querySelectorAll('#figures dd')]
          .filter((dd) => dd.scrollWidth > dd.clientWidth).map((dd) => `${dd.id}: ${dd.textContent}`));
        assert.deepEqual(cut, [], 'no figure is cut off');
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-long.png`) });

        if (name.startsWith('narrow')) {
          await paste(page, '');
          await waitForMessage(page);
          const empty = path.join(SCREENSHOTS, `${name}-empty.png`);
          await page.screenshot({ path: empty });
          console.log(`screenshot: ${path.relative(process.cwd(), empty)}`);
        }
        assert.deepEqual(page.problems, []);
      } finally {
        await page.context().close();
      }
    });
  }

  const EMBED_VIEWS = [
    { name: 'embed-wide-light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    { name: 'embed-wide-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
    { name: 'embed-narrow-light', viewport: { width: 390, height: 844 }, colorScheme: 'light', deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    { name: 'embed-wide-no-host-css', viewport: { width: 1280, height: 900 }, colorScheme: 'light', bare: true },
  ];
  for (const { name, bare, ...options } of EMBED_VIEWS) {
    test(`${name} (${options.viewport.width}×${options.viewport.height})`, async () => {
      const page = await openPage(browser, `${server.url}embed.html`, { ...options, reducedMotion: 'reduce' });
      try {
        await page.waitForFunction(() => [...document.querySelectorAll('abridge-summary')].every((w) => w.summary)
          && document.querySelectorAll('mark[data-abridge-highlight]').length > 0);
        if (bare) {
          await page.evaluate(() => {
            document.getElementById('host-css').sheet.disabled = true;
          });
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`screenshot: ${path.relative(process.cwd(), file)}`);
        assert.deepEqual(page.problems, []);
      } finally {
        await page.context().close();
      }
    });
  }
});
