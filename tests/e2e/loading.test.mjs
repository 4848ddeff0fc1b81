// Where Abridge's files are (www/abridge-client.js, worker.js): `configure()`, the `workerUrl` / `wasmUrl`
// options and the widget's `worker-url` / `wasm-url` attributes find files that were moved; a `.wasm` that
// is missing, a wrong `wasmUrl`, a missing worker and a worker blocked by the page's Content Security Policy
// each give one clear error naming the file and the option that sets it: in `Abridge.create()`'s promise,
// in the polyfill's, and in the widget's box, never as an unhandled rejection.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { SCREENSHOTS, useServerAndBrowser, WWW } from './harness.mjs';

const ARTICLE = 'The harbour trust voted on Monday to add a third turbine to the tidal scheme. '
  + 'Engineers said the new turbine would be larger and would sit further out. '
  + 'Fishermen asked for the exclusion zone to stay at 200 metres, and the trust agreed. '
  + 'A survey of the seabed will start in May.';

/** A blank page of the server's origin with a widget, optionally sent with a Content-Security-Policy header. */
function blankPage(widgetAttributes = '') {
  return `<!doctype html><title>loading</title><abridge-summary id="widget" ${widgetAttributes}>${ARTICLE}</abridge-summary>`;
}

describe('where the files are, and clear errors when they are not there', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  /**
   * A fresh page at a blank URL of the server; `expected` lists the console errors the browser itself
   * prints for the failure under test (a 404, a CSP violation). Any other console error or page error
   * (an unhandled rejection included) fails the test.
   */
  async function open({ headers = {}, widget = '', routes = {}, expected = [] } = {}) {
    const context = await browser.newContext();
    for (const [pattern, handler] of Object.entries(routes)) await context.route(pattern, handler);
    const page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !expected.some((pattern) => pattern.test(msg.text()))) page.problems.push(`console: ${msg.text()}`);
    });
    const url = `${server.url}loading-test.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', headers, body: blankPage(widget) }));
    await page.goto(url);
    return page;
  }

  async function close(page) {
    // Give a stray rejection the time to surface as a page error before looking.
    await page.waitForTimeout(200);
    const { problems } = page;
    await page.context().close();
    assert.deepEqual(problems, [], 'no page error (no unhandled rejection) and no unexpected console error');
  }

  /** What the widget's box says once it has given up. */
  async function widgetError(page) {
    await page.evaluate(() => import('./abridge-summary.js'));
    await page.waitForFunction(() => document.getElementById('widget').shadowRoot?.querySelector('.status[data-tone="error"]')?.textContent,
      undefined, { timeout: 15_000 });
    return page.evaluate(() => document.getElementById('widget').shadowRoot.querySelector('.status').textContent);
  }

  /** How `Abridge.create(options)` and the polyfill's `Summarizer.create()` fail. */
  async function createErrors(page, options = {}) {
    return page.evaluate(async (options) => {
      const { Abridge } = await import('./abridge-api.js');
      const { Summarizer } = await import('./summarizer-polyfill.js');
      const describe = (e) => ({ name: e.name, message: e.message, file: e.file, option: e.option, reason: e.reason });
      return {
        api: await Abridge.create(options).then(() => 'resolved', describe),
        polyfill: await Summarizer.create().then(() => 'resolved', describe),
        availability: await Summarizer.availability(),
      };
    }, options);
  }

  test('a missing .wasm (HTTP 404): one error naming the file and wasmUrl, in the promises and the widget box', async () => {
    const page = await open({
      routes: { '**/pkg/abridge_bg.wasm': (route) => route.fulfill({ status: 404, body: 'gone' }) },
      expected: [/status of 404/],
    });
    const wasm = `${server.url}pkg/abridge_bg.wasm`;
    const out = await createErrors(page);
    assert.equal(out.api.name, 'AbridgeLoadError');
    assert.equal(out.api.file, wasm);
    assert.equal(out.api.option, 'wasmUrl');
    assert.match(out.api.reason, /^HTTP 404/);
    assert.ok(out.api.message.includes(`(${wasm}: HTTP 404`), out.api.message);
    assert.match(out.api.message, /`wasmUrl` option/);
    // The polyfill: the spec's name for a failed initialization, with the same message.
    assert.equal(out.polyfill.name, 'OperationError');
    assert.equal(out.polyfill.message, out.api.message);
    assert.equal(out.availability, 'unavailable');
    const box = await widgetError(page);
    assert.ok(box.includes(wasm) && box.includes('`wasm-url` attribute'), box);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('#widget').screenshot({ path: path.join(SCREENSHOTS, 'widget-load-error.png') });
    await close(page);
  });

  test('a wrong wasmUrl: a path with nothing there, and a file that is not WebAssembly', async () => {
    const page = await open({ widget: 'wasm-url="./index.html"', expected: [/status of 404/] });
    const out = await page.evaluate(async () => {
      const { Abridge } = await import('./abridge-api.js');
      const describe = (e) => ({ name: e.name, message: e.message, file: e.file, option: e.option, reason: e.reason });
      return {
        missing: await Abridge.create({ wasmUrl: './nowhere/abridge_bg.wasm' }).then(() => 'resolved', describe),
        notWasm: await Abridge.create({ wasmUrl: new URL('./index.html', location.href) }).then(() => 'resolved', describe),
      };
    });
    assert.equal(out.missing.file, `${server.url}nowhere/abridge_bg.wasm`, 'relative to the page');
    assert.equal(out.missing.option, 'wasmUrl');
    assert.match(out.missing.reason, /^HTTP 404/);
    assert.equal(out.notWasm.file, `${server.url}index.html`);
    assert.match(out.notWasm.reason, /not a WebAssembly module/);
    assert.match(out.notWasm.message, /`wasmUrl` option/);
    const box = await widgetError(page);
    assert.match(box, /index\.html: it is not a WebAssembly module/);
    assert.match(box, /`wasm-url` attribute/);
    await close(page);
  });

  test("a .wasm the worker may not fetch or compile: another origin refusing, a CSP without 'wasm-unsafe-eval'", async () => {
    // A worker runs under the policy sent with its own script: here one without 'wasm-unsafe-eval'.
    const strictWorker = (route) => route.fulfill({
      contentType: 'text/javascript', headers: { 'Content-Security-Policy': "script-src 'self'" }, body: fs.readFileSync(path.join(WWW, 'worker.js')),
    });
    const page = await open({
      routes: { '**/strict/worker.js': strictWorker, '**/strict/pkg/abridge.js': (route) => route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(path.join(WWW, 'pkg', 'abridge.js')) }) },
      expected: [/ERR_CONNECTION_REFUSED|wasm-unsafe-eval|Content Security Policy/],
    });
    const out = await page.evaluate(async () => {
      const { Abridge } = await import('./abridge-api.js');
      const describe = (e) => ({ name: e.name, file: e.file, option: e.option, reason: e.reason });
      return {
        refused: await Abridge.create({ wasmUrl: 'http://127.0.0.1:9/abridge_bg.wasm' }).then(() => 'resolved', describe),
        policy: await Abridge.create({ workerUrl: './strict/worker.js', wasmUrl: './pkg/abridge_bg.wasm' }).then(() => 'resolved', describe),
      };
    });
    assert.deepEqual({ ...out.refused, reason: undefined }, { name: 'AbridgeLoadError', file: 'http://127.0.0.1:9/abridge_bg.wasm', option: 'wasmUrl', reason: undefined });
    assert.match(out.refused.reason, /^the request failed \(.+\); a file on another origin needs CORS/);
    assert.equal(out.policy.file, `${server.url}pkg/abridge_bg.wasm`);
    assert.match(out.policy.reason, /Content Security Policy does not allow WebAssembly \(add 'wasm-unsafe-eval' to script-src\)/);
    await close(page);
  });

  test("a worker blocked by the page's Content Security Policy (worker-src 'none')", async () => {
    const page = await open({
      headers: { 'Content-Security-Policy': "worker-src 'none'" },
      expected: [/violates the following Content Security Policy directive: "worker-src 'none'"/],
    });
    const out = await createErrors(page);
    assert.equal(out.api.name, 'AbridgeLoadError');
    assert.equal(out.api.option, 'workerUrl');
    assert.match(out.api.reason, /Content Security Policy blocked it \(worker-src/);
    assert.equal(out.api.file, `${server.url}worker.js`, 'the URL the policy blocked');
    assert.match(out.api.message, /`workerUrl` option/);
    assert.equal(out.polyfill.name, 'OperationError');
    assert.equal(out.availability, 'unavailable');
    const box = await widgetError(page);
    assert.match(box, /Content Security Policy blocked it/);
    assert.match(box, /`worker-url` attribute/);
    await close(page);
  });

  test('a workerUrl with nothing there: the error, for every waiting call, and again for the next one', async () => {
    const page = await open({ expected: [/status of 404/] });
    const out = await page.evaluate(async (article) => {
      const { AbridgeClient } = await import('./abridge-client.js');
      const client = new AbridgeClient({ workerUrl: './missing-worker.js' });
      const describe = (e) => ({ name: e.name, file: e.file, option: e.option, reason: e.reason });
      const calls = await Promise.all([client.ready, client.summarize(article), client.summarize(article)].map((p) => p.then(() => 'resolved', describe)));
      const again = await client.summarize(article).then(() => 'resolved', describe);
      return { calls, again, pending: client.pending };
    }, ARTICLE);
    const expected = { name: 'AbridgeLoadError', file: `${server.url}missing-worker.js`, option: 'workerUrl', reason: out.calls[0].reason };
    assert.match(expected.reason, /did not start/);
    assert.deepEqual(out.calls, [expected, expected, expected], 'ready and both waiting calls');
    assert.deepEqual(out.again, expected, 'a later call tries again and says the same');
    assert.equal(out.pending, 0);
    await close(page);
  });

  test('configure() and the options find moved files; configure() after the first summary is an error', async () => {
    // The worker, its glue and the .wasm served from other paths, as a CDN or a build step might put them.
    const serve = (file, type) => (route) => route.fulfill({ contentType: type, body: fs.readFileSync(path.join(WWW, file)) });
    const requests = [];
    const page = await open({
      widget: 'worker-url="/elsewhere/worker.js" wasm-url="/moved/abridge.wasm"',
      routes: {
        '**/elsewhere/worker.js': serve('worker.js', 'text/javascript'),
        '**/elsewhere/pkg/abridge.js': serve('pkg/abridge.js', 'text/javascript'),
        '**/moved/abridge.wasm': serve('pkg/abridge_bg.wasm', 'application/wasm'),
      },
    });
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const out = await page.evaluate(async (article) => {
      const { Abridge, configure } = await import('./abridge-api.js');
      configure({ workerUrl: '/elsewhere/worker.js', wasmUrl: '/moved/abridge.wasm' });
      const summarizer = await Abridge.create({ type: 'tldr' });
      const summary = await summarizer.summarize(article);
      summarizer.destroy();
      let late;
      try {
        configure({ wasmUrl: '/other.wasm' });
        late = 'accepted';
      } catch (e) {
        late = e.message;
      }
      return { summary, late };
    }, ARTICLE);
    assert.ok(ARTICLE.includes(out.summary) && out.summary.length > 20, out.summary);
    assert.match(out.late, /configure\(\) must run before the first summarizer starts/);
    assert.ok(requests.includes('/elsewhere/worker.js') && requests.includes('/moved/abridge.wasm'), requests.join(' '));
    assert.ok(!requests.includes('/worker.js') && !requests.includes('/pkg/abridge_bg.wasm'), 'the default files were never asked for');

    // The widget's attributes do the same for the widget.
    await page.evaluate(() => import('./abridge-summary.js'));
    await page.waitForFunction(() => document.getElementById('widget').summary, undefined, { timeout: 15_000 });
    const items = await page.evaluate(() => [...document.getElementById('widget').shadowRoot.querySelectorAll('.summary .s')].map((s) => s.textContent));
    assert.ok(items.length > 0 && items.every((s) => ARTICLE.includes(s)), items.join(' | '));
    assert.ok(!requests.includes('/pkg/abridge_bg.wasm'));
    await close(page);
  });
});
