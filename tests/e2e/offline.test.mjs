// Offline and privacy, in headless Chromium: the installable PWA (manifest, icons, no installability errors),
// the service worker's versioned precache and old-cache cleanup, the "Ready to work offline" status, a
// reload with the network cut (context.setOffline), and the single-file build (dist/abridge.html) opened
// from file:// under its own strict CSP, making no request at all after load.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  ROOT, WWW, closePageAfterEach, launchBrowser, openPage, paste, pasteClipboard, startServer, waitForMessage, waitForOfflineCopy,
  waitForSummary,
} from './harness.mjs';

const SINGLE_FILE = path.join(ROOT, 'dist', 'abridge.html');
const TEXT = `The ferry company said on Friday that the winter timetable will keep two crossings a day.
Islanders had feared that the morning boat would be cut after the company lost money last year.
The council agreed to cover part of the loss until the new electric ferry arrives in 2027.
Passengers will pay the same fares, and freight bookings open a week earlier than before.`;

/** The build's record of what the service worker precaches (scripts/build.py). */
function buildInfo() {
  const source = fs.readFileSync(path.join(WWW, 'pkg', 'build-info.js'), 'utf8');
  return JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1));
}

describe('offline and privacy', () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  closePageAfterEach(() => page, () => (page = null));

  test('the page is an installable PWA: manifest, icons, theme colour', async () => {
    const server = await startServer();
    try {
      page = await openPage(browser, server.url);
      await waitForSummary(page);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), href);
      assert.equal(manifest.display, 'standalone');
      assert.equal(manifest.start_url, './');
      assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
      assert.ok(manifest.name && manifest.short_name);
      const sizes = manifest.icons.map((i) => i.sizes);
      assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), JSON.stringify(sizes));
      for (const icon of manifest.icons) {
        const ok = await page.evaluate(async (src) => {
          const response = await fetch(src);
          const blob = await response.blob();
          const bitmap = await createImageBitmap(blob).catch(() => null);
          return response.ok && (blob.type === 'image/svg+xml' || (bitmap && `${bitmap.width}x${bitmap.height}`));
        }, icon.src);
        assert.ok(ok === true || ok === icon.sizes || icon.type === 'image/svg+xml', `${icon.src}: ${ok}`);
      }
      assert.equal(await page.locator('meta[name="theme-color"]').getAttribute('content'), manifest.theme_color);
      await waitForOfflineCopy(page);
      const cdp = await page.context().newCDPSession(page);
      const { errors } = await cdp.send('Page.getAppManifest');
      assert.deepEqual(errors, [], 'Chromium parses the manifest without errors');
      // A Playwright context is an incognito profile, where nothing installs: that one reason aside.
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), [],
        'Chromium finds nothing else that stops installing it');
    } finally {
      await page?.context().close();
      page = null;
      await server.close();
    }
  });

  test('the service worker precaches a versioned cache, removes old ones, and the page says it is ready', async () => {
    const server = await startServer();
    try {
      page = await openPage(browser, server.url);
      // An old offline copy, as a previous release would have left it.
      await page.evaluate(async () => {
        await (await caches.open('abridge-offline-v1')).put('./stale', new Response('old'));
        await (await caches.open('abridge-offline-0.0.1-0000000000')).put('./stale', new Response('old'));
        await (await caches.open('someone-elses-cache')).put('./x', new Response('keep'));
      });
      await waitForSummary(page);
      await waitForOfflineCopy(page);
      await page.waitForFunction(() => document.getElementById('offline-status').textContent === 'Ready to work offline.');
      const info = buildInfo();
      const { names, held } = await page.evaluate(async (files) => {
        const names = await caches.keys();
        const cache = await caches.open(names.find((n) => n.startsWith('abridge-')));
        const held = await Promise.all(files.map(async (f) => Boolean(await cache.match(new URL(f, location.href).href))));
        return { names, held };
      }, info.files);
      assert.deepEqual(names.sort(), [`abridge-offline-${info.version}-${info.hash}`, 'someone-elses-cache'],
        'one cache, named for the build; the old ones are gone and other caches are left alone');
      assert.match(info.version, /^\d+\.\d+\.\d+/);
      assert.ok(info.files.includes('./pkg/abridge_bg.wasm') && info.files.includes('./index.html') && info.files.includes('./'));
      assert.ok(held.every(Boolean), `every file is precached: ${info.files.filter((_, i) => !held[i])}`);
      assert.equal(await page.locator('#offline-status').getAttribute('role'), 'status');
    } finally {
      await page?.context().close();
      page = null;
      await server.close();
    }
  });

  test('after one visit, a reload with the network cut still summarizes', async () => {
    const server = await startServer();
    try {
      page = await openPage(browser, server.url);
      await waitForSummary(page, { count: 3 });
      await waitForOfflineCopy(page);
      await page.context().setOffline(true);
      const hits = server.hits.length;
      await page.reload();
      const shown = await waitForSummary(page, { count: 3 });
      assert.deepEqual(shown.marks, shown.sentences);
      await paste(page, TEXT);
      await waitForSummary(page, { count: 3 });
      // A new worker after a crash loads from the cache too.
      await page.workers().find((w) => !w.url().endsWith('sw.js'))?.evaluate(() => setTimeout(() => {
        throw new Error('simulated crash');
      }));
      await waitForMessage(page);
      await paste(page, `${TEXT}\nOne more line for the ferry.`);
      await waitForSummary(page, { count: 3 });
      assert.equal(server.hits.length, hits, 'the server saw nothing while offline');
      await page.goto(`${server.url}embed.html`);
      await page.waitForFunction(() => document.getElementById('story-summary')?.summary?.sentences.length === 3);
    } finally {
      await page?.context().close();
      page = null;
      await server.close();
    }
  });

  test('the single file works opened from disk, under its own strict CSP, with no request after load', async () => {
    assert.ok(fs.existsSync(SINGLE_FILE), 'make build writes dist/abridge.html');
    const html = fs.readFileSync(SINGLE_FILE, 'utf8');
    assert.doesNotMatch(html, /(src|href)="(?!data:|#)/, 'refers to no other file');
    assert.match(html, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(html.match(/Content-Security-Policy" content="([^"]*)"/)[1], /connect-src|unsafe-inline/);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(SINGLE_FILE).href;
    await page.goto(url);
    const shown = await waitForSummary(page, { count: 3 });
    assert.deepEqual(shown.marks, shown.sentences);
    assert.equal(await page.locator('#offline-status').textContent(), 'Works offline: everything is in this one file.');
    assert.match(await page.locator('#version').textContent(), /^Abridge \d+\.\d+\.\d+/);

    const afterLoad = requests.length;
    await context.setOffline(true);
    await paste(page, TEXT);
    await waitForSummary(page, { count: 3 });
    await page.locator('#amount-number').fill('2');
    await waitForSummary(page, { count: 2 });
    // The page's own modules are inlined whole: a transcript's timecodes go here too (transcript.js).
    await pasteClipboard(page, { 'text/plain': ['0:00', 'The ferry runs again', '0:04', 'from Monday.', '0:07', 'Tickets cost less.'].join('\n') });
    assert.equal((await waitForSummary(page)).input, 'The ferry runs again\nfrom Monday.\nTickets cost less.');
    assert.deepEqual(requests.slice(afterLoad), [], 'no request while summarizing');
    assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), [url], 'the only file loaded is the page itself');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });
});
