// The client bridge (www/abridge-client.js) on its own, in the browser, against the real worker and module:
// replies matched to calls, readable errors, aborting a queued call (cheap) and a running one (restart).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, startServer } from './harness.mjs';

describe('AbridgeClient', () => {
  let server;
  let browser;
  let page;
  /** The most recently started worker: the client replaces its worker, never adds a second one. */
  let newest;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // A blank page of the same origin: the bridge must work without the Abridge page, and its worker is
    // then the only one.
    const blank = `${server.url}client-test.html`;
    page = await openPage(browser, 'about:blank');
    page.on('worker', (worker) => {
      newest = worker;
    });
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>client</title>' }));
    await page.goto(blank);
    await page.evaluate(async () => {
      const { AbridgeClient, AbridgeWorkerError } = await import('./abridge-client.js');
      window.client = new AbridgeClient(new URL('./worker.js', location.href));
      window.AbridgeWorkerError = AbridgeWorkerError;
      window.restarts = [];
      window.client.addEventListener('restart', (e) => window.restarts.push(e.detail.reason));
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('ready resolves with the version; calls resolve in order with their own results', async () => {
    const out = await page.evaluate(async () => {
      const { version } = await client.ready;
      const texts = ['Cats purr. Dogs bark. Birds sing in the morning.', 'Rain fell all day. The river rose. The town stayed dry.'];
      const results = await Promise.all(texts.map((t) => client.summarize(t, { sentences: 1 })));
      return { version, sameVersion: (await client.version()) === version, firsts: results.map((r, i) => texts[i].includes(r.sentences[0].text)) };
    });
    assert.match(out.version, /^\d+\.\d+\.\d+/);
    assert.ok(out.sameVersion);
    assert.deepEqual(out.firsts, [true, true], 'each reply went to its own call');
  });

  test('errors from the summarizer are readable and leave the worker running', async () => {
    const out = await page.evaluate(async () => {
      const before = restarts.length;
      const messages = [];
      for (const [text, options] of [['   ', {}], ['Fine text here.', { ratio: 2 }], ['Fine text here.', { bogus: 1 }],
        ['Fine text here.', { sentences: 2, ratio: 0.5 }]]) {
        try {
          await client.summarize(text, options);
          messages.push(null);
        } catch (err) {
          messages.push(`${err.name}: ${err.message}`);
        }
      }
      const after = await client.summarize('Still works. Yes it does.', { sentences: 1 });
      return { messages, restarted: restarts.length - before, works: after.sentences.length === 1 };
    });
    assert.match(out.messages[0], /no text/i);
    assert.match(out.messages[1], /ratio/);
    assert.match(out.messages[2], /bogus/);
    assert.match(out.messages[3], /sentences|ratio/);
    assert.equal(out.restarted, 0, 'an input error does not cost a restart');
    assert.ok(out.works);
  });

  test('aborting a queued call is cheap; aborting a running call restarts the worker', async () => {
    const out = await page.evaluate(async () => {
      const big = 'Some sentence about a river and a town. Another one about rain and roads. '.repeat(40_000);
      const before = restarts.length;
      // Queue: a long call, then one aborted while it waits.
      const running = new AbortController();
      const waiting = new AbortController();
      const first = client.summarize(big, { sentences: 3 }, { signal: running.signal }).then(() => 'done', (e) => e.name);
      const second = client.summarize('Short text. Two sentences.', {}, { signal: waiting.signal }).then(() => 'done', (e) => e.name);
      waiting.abort();
      const secondOutcome = await second;
      const restartsAfterQueuedAbort = restarts.length - before;
      running.abort();
      const firstOutcome = await first;
      const third = await client.summarize('After the abort. It still works.', { sentences: 1 });
      let preAborted;
      try {
        await client.summarize('x', {}, { signal: AbortSignal.abort() });
      } catch (err) {
        preAborted = err.name;
      }
      return { secondOutcome, restartsAfterQueuedAbort, firstOutcome, reasons: restarts.slice(before), third: third.sentences.length, preAborted, pending: client.pending };
    });
    assert.equal(out.secondOutcome, 'AbortError');
    assert.equal(out.restartsAfterQueuedAbort, 0, 'a queued call is dropped without a restart');
    assert.equal(out.firstOutcome, 'AbortError');
    assert.deepEqual(out.reasons, ['aborted'], 'a running call is stopped by restarting the worker');
    assert.equal(out.third, 1, 'the next call works on the fresh worker');
    assert.equal(out.preAborted, 'AbortError');
    assert.equal(out.pending, 0);
  });

  /** Makes the worker's next reply fail the way `how` says. */
  async function sabotageNextCall(how) {
    await page.evaluate(() => client.ready); // the newest worker is up and is the client's current one
    await newest.evaluate((how) => {
      // worker.js looks up self.postMessage at each reply: intercept the next reply to a call.
      const post = self.postMessage.bind(self);
      self.postMessage = (message, ...rest) => {
        if (message?.id === undefined) return post(message, ...rest);
        self.postMessage = post;
        if (how === 'crash') {
          // The reply never leaves; the worker dies with an uncaught error instead.
          setTimeout(() => {
            throw new Error('simulated crash');
          });
        } else {
          // What worker.js replies when the WebAssembly instance traps (a Rust panic is an `unreachable`).
          post({ id: message.id, ok: false, error: { name: 'RuntimeError', message: 'unreachable', fatal: true } });
        }
      };
    }, how);
  }

  for (const [how, code] of [['crash', 'crashed'], ['trap', 'trap']]) {
    test(`a ${how} rejects the running call with AbridgeWorkerError, restarts the worker, and the next call works`, async () => {
      await sabotageNextCall(how);
      const out = await page.evaluate(async () => {
        const before = restarts.length;
        let failure;
        try {
          await client.summarize('This call is sabotaged. It must fail.', {});
        } catch (err) {
          failure = { isWorkerError: err instanceof AbridgeWorkerError, code: err.code, message: err.message };
        }
        const next = await client.summarize('After the failure. It still works.', { sentences: 1 });
        return { failure, reasons: restarts.slice(before), next: next.sentences.length };
      });
      assert.ok(out.failure?.isWorkerError, JSON.stringify(out));
      assert.equal(out.failure.code, code);
      assert.match(out.failure.message, /restarted/);
      assert.deepEqual(out.reasons, [code]);
      assert.equal(out.next, 1);
    });
  }
});
