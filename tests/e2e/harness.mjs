// Shared by the end-to-end tests: a static server for www/ started in-process, the Chromium launch the
// machine needs (TOOLCHAIN.md), and waits that describe what the page shows rather than sleeping.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The page under test; ABRIDGE_E2E_WWW points the tests at another copy (for example a deployed build). */
export const WWW = path.resolve(process.env.ABRIDGE_E2E_WWW ?? path.join(ROOT, 'www'));
export const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page's Content-Security-Policy, as its meta tag in `root`/index.html says (the one place it is
 * written), or null. Sent as a header too, as scripts/serve.py does: workers and the service worker get a
 * policy only from their response's header.
 */
export function pagePolicy(root = WWW) {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return null;
  return fs.readFileSync(index, 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? null;
}

/**
 * Serves `root` on 127.0.0.1 at a free port, under the path `base` (to check the page works below a
 * sub-path); `hits` lists every path asked for. `headers` adds response headers to every answer; www/
 * (and any copy of it) is served with the page's Content-Security-Policy header unless `headers` sets one.
 */
export async function startServer(root = WWW, { base = '/', headers = {} } = {}) {
  const policy = pagePolicy(root);
  if (policy && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-security-policy')) {
    headers = { 'Content-Security-Policy': policy, ...headers };
  }
  if (root === WWW && !fs.existsSync(path.join(root, 'pkg', 'abridge_bg.wasm'))) {
    throw new Error(`${path.join(root, 'pkg')} has no build: run \`make build\` first`);
  }
  const hits = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    hits.push(url.pathname);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname.slice(base.length - 1))));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...headers,
      });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    hits,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(resolve);
    }),
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/**
 * For a suite whose tests share one static server and one browser: starts both before the suite's tests
 * (handing them to `onReady`) and stops both after them. `serverOptions` go to `startServer`.
 */
export function useServerAndBrowser(onReady, serverOptions = {}) {
  let server;
  let browser;
  before(async () => {
    server = await startServer(undefined, serverOptions);
    browser = await launchBrowser();
    onReady({ server, browser });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * For a suite whose tests each open one page into the suite's `page`: after each test, that page
 * (`current()`) is closed with closeCheckingProblems and the suite's variable cleared (`clear()`), so
 * that a test which opens none does not close the last one again.
 */
export function closePageAfterEach(current, clear) {
  afterEach(async () => {
    const page = current();
    clear();
    await closeCheckingProblems(page);
  });
}

/** Closes the page's context (if there is a page) and asserts it saw no page errors and no console errors. */
export async function closeCheckingProblems(page) {
  const problems = page?.problems ?? [];
  await page?.context().close();
  assert.deepEqual(problems, [], 'no page errors and no console errors');
}

/**
 * A fresh context and page at `url`, with page errors and console errors collected in `page.problems`
 * (tests assert it stays empty). `prepare(context)`, when given, runs before the page opens (init
 * scripts, routes). Returns once the page has loaded; the summary may still be on its way.
 */
export async function openPage(browser, url, contextOptions = {}, prepare = undefined) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  await prepare?.(context);
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
 * Waits until the page shows a summary of exactly what is in the textarea now: the rendered original
 * equals the textarea's text (so the result is for this text, with nothing lost or doubled), no call is
 * running, and, when `count` is given, that many summary sentences are listed.
 */
export async function waitForSummary(page, { count, timeout = 15_000 } = {}) {
  await page.waitForFunction((count) => {
    const input = document.getElementById('input');
    const original = document.getElementById('original');
    const result = document.getElementById('result');
    const items = document.querySelectorAll('#summary li').length;
    return original.textContent === input.value && input.value.trim() !== ''
      && result.getAttribute('aria-busy') === 'false'
      && document.getElementById('message').textContent === ''
      && items > 0 && (count === undefined || items === count);
  }, count, { timeout });
  return readSummary(page);
}

/** Waits until the page shows a message (empty input or an error) for the textarea's current text. */
export async function waitForMessage(page, { timeout = 15_000 } = {}) {
  await page.waitForFunction(() => {
    const message = document.getElementById('message');
    return message.textContent.trim() !== ''
      && document.getElementById('result').getAttribute('aria-busy') === 'false';
  }, undefined, { timeout });
  return page.locator('#message').textContent();
}

/** Waits for either a summary of the current text or a message, and says which. */
export async function waitForOutcome(page, { timeout = 15_000 } = {}) {
  const handle = await page.waitForFunction(() => {
    const input = document.getElementById('input');
    const message = document.getElementById('message');
    const busy = document.getElementById('result').getAttribute('aria-busy') !== 'false';
    if (busy) return null;
    if (message.textContent.trim()) return { kind: 'message', text: message.textContent };
    const original = document.getElementById('original');
    if (original.textContent === input.value && document.querySelectorAll('#summary li').length > 0) {
      return { kind: 'summary' };
    }
    return null;
  }, undefined, { timeout });
  return handle.jsonValue();
}

/** What the page shows: summary sentences, marks in the original, keywords, left-out blocks, the text. */
export async function readSummary(page) {
  return page.evaluate(() => ({
    input: document.getElementById('input').value,
    sentences: [...document.querySelectorAll('#summary li')].map((li) => li.textContent),
    marks: [...document.querySelectorAll('#original mark')].map((m) => m.textContent),
    keywords: [...document.querySelectorAll('#keywords .chip')].map((c) => c.firstChild.textContent),
    leftOut: [...document.querySelectorAll('#original .left-out')].map((s) => ({
      kind: s.dataset.kind,
      text: s.textContent,
      dimmed: getComputedStyle(s).color !== getComputedStyle(document.getElementById('original')).color,
      title: s.title,
    })),
    figures: Object.fromEntries(['words', 'sentences', 'left-out', 'time']
      .map((f) => [f, document.getElementById(`fig-${f}`).textContent])),
  }));
}

/** Waits until the service worker holds the offline copy of the page (it installs after the first summary). */
export async function waitForOfflineCopy(page) {
  return page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    if (active.state !== 'activated') {
      await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve()));
    }
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return active.state;
  });
}

/**
 * Pastes into the box as Ctrl+A, Ctrl+V would: everything selected, then a paste event whose clipboard
 * holds `data` (`{ 'text/html': …, 'text/plain': … }`). Returns whether the page took the paste over.
 */
export async function pasteClipboard(page, data) {
  return page.evaluate((data) => {
    const input = document.getElementById('input');
    input.focus();
    input.select();
    const clipboardData = new DataTransfer();
    for (const [type, value] of Object.entries(data)) clipboardData.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    return { defaultPrevented: event.defaultPrevented };
  }, data);
}

/** A short news article of six sentences, for the tests that type, paste or step through a summary. */
export const COUNCIL_ARTICLE = `The council approved a new budget for public libraries on Monday evening.
The plan adds evening opening hours at six branches and hires twelve more librarians.
Council members said demand for study space had doubled since last year.
Some residents asked why the money was not spent on road repairs instead.
The mayor said both matter, and that a second vote on roads is planned for June.
Libraries will start the longer hours in September, after the summer reading programme ends.`;

/** Replaces the textarea's text the way a paste does (one input event). */
export async function paste(page, text) {
  await page.locator('#input').fill(text);
}

export function fixture(name) {
  const local = path.join(FIXTURES, name);
  if (fs.existsSync(local)) return fs.readFileSync(local, 'utf8');
  return fs.readFileSync(path.join(ROOT, '..', 'shared', 'samples', name), 'utf8');
}
