// The `Summarizer` polyfill (www/summarizer-polyfill.js) in headless Chromium, against the Writing
// Assistance APIs spec (https://webmachinelearning.github.io/writing-assistance-apis/#summarizer):
// - the Summarizer examples of the spec's explainer and of Chrome's documentation, run unmodified;
// - one test per method and per error the spec names;
// - which engine answers: headless Chromium has a `Summarizer` whose `availability()` is "unavailable" (no
//   model), so the polyfill falls back to Abridge; a stand-in native summarizer that is "available" is
//   preferred unless `install({ prefer: 'abridge' })`; with no `Summarizer` at all, the polyfill defines one.
// The languages come from the worker (`languages()` of the core).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, startServer } from './harness.mjs';

const ARTICLE = `Harbour trust approves a third tide turbine

The harbour trust voted on Monday to add a third turbine to the tidal scheme at the mouth of Kestrel Bay.
The two turbines already in the water supplied a third of the town's electricity over the winter.
Engineers said the new turbine would be larger, with blades of nine metres, and would sit further out.
Fishermen asked for the exclusion zone around the turbines to stay at 200 metres, and the trust agreed.
A survey of the seabed will start in May, and the cable will again be routed around the reef.
The trust expects the third turbine to be running by the spring of 2028.
The cooperative of fishermen that owns part of the scheme will receive a larger share of the income.`;

/** The test page: an article (Chrome's examples read `document.querySelector('article')`) and reviews. */
const PAGE = `<!doctype html><html lang="en"><title>polyfill</title>
<article>
<h1>${ARTICLE.split('\n\n')[0]}</h1>

<p>${ARTICLE.split('\n\n')[1]}</p>
</article>
<div id="reviews">
  <p class="review">The kettle boils fast and quietly. The lid is stiff at first. I would buy it again.</p>
  <p class="review">It stopped working after a week. The shop replaced it without fuss. The new one works.</p>
</div>
<button id="go" type="button">Summarize</button>`;

// ---------------------------------------------------------------------------------------------------
// The examples, verbatim.

/** From the spec's explainer (https://github.com/webmachinelearning/writing-assistance-apis, README.md). */
const EXPLAINER = {
  basicUsage: `const summarizer = await Summarizer.create({
  sharedContext: "An article from the Daily Economic News magazine",
  type: "headline",
  length: "short",
  preference: "auto"
});

const summary = await summarizer.summarize(articleEl.textContent, {
  context: "This article was written 2024-08-07 and it's in the World Markets section."
});`,

  repeatedUsage: `const summarizer = await Summarizer.create({ type: "tldr" });

const reviewSummaries = await Promise.all(
  Array.from(
    document.querySelectorAll("#reviews > .review"),
    reviewEl => summarizer.summarize(reviewEl.textContent)
  )
);`,

  multilingual: `const summarizer = await Summarizer.create({
  type: "key-points",
  expectedInputLanguages: ["ja", "ko"],
  expectedContextLanguages: ["en", "ja", "ko"],
  outputLanguage: "zh",
  sharedContext: \`
    These are messages from a language exchange platform managed by a Chinese educational
    technology company. Staff need to monitor exchanges to improve the platform's
    learning resources and language pair recommendations.
  \`
});

const summary = await summarizer.summarize(\`
  田中: 来週から韓国の会社で働くことになりました。オフィスでよく使う表現を教えていただけませんか？
  박준호: 축하드려요! 사무실에서 자주 쓰는 표현 알려드릴게요. 먼저 '회의(회의실)'는 미팅룸이에요.
  田中: なるほど！とても助かります。他にもぜひ教えてください。
\`, {
  context: \`Message from 2024-12-06 titled "韓国語の職場用語について"\`
});

console.log(summary); // will be in Chinese`,

  tooLarge: `const summarizer = await Summarizer.create();

try {
  console.log(await summarizer.summarize(potentiallyLargeInput));
} catch (e) {
  if (e.name === "QuotaExceededError") {
    console.error(\`Input too large! You tried to summarize \${e.requested} tokens, but only \${e.quota} were available.\`);

    // Or maybe:
    console.error(\`Input too large! It's \${e.requested / e.quota}x as large as the maximum possible input size.\`);
  }
}`,

  availability: `const options = { type: "teaser", expectedInputLanguages: ["ja"] };

const availability = await Summarizer.availability(options);

if (availability !== "unavailable") {
  // We're good! Let's do the summarization using the built-in API.
  if (availability !== "available") {
    console.log("Sit tight, we need to do some downloading...");
  }

  const summarizer = await Summarizer.create(options);
  console.log(await summarizer.summarize(articleEl.textContent));
} else {
  // Either the API overall, or the combination of teaser + Japanese input, is not available.
  // Use the cloud.
  console.log(await doCloudSummarization(articleEl.textContent));
}`,
};

/** From Chrome's documentation (https://developer.chrome.com/docs/ai/summarizer-api). */
const CHROME = {
  featureDetection: `if ('Summarizer' in self) {
  // The Summarizer API is supported.
}`,

  availability: 'const availability = await Summarizer.availability();',

  createWithMonitor: `// Proceed to request batch or streaming summarization
const summarizer = await Summarizer.create({
  monitor(m) {
    m.addEventListener('downloadprogress', (e) => {
      console.log(\`Downloaded \${e.loaded * 100}%\`);
    });
  }
});`,

  optionsAndUserActivation: `const options = {
  sharedContext: 'This is a scientific article',
  type: 'key-points',
  format: 'markdown',
  length: 'medium',
  monitor(m) {
    m.addEventListener('downloadprogress', (e) => {
      console.log(\`Downloaded \${e.loaded * 100}%\`);
    });
  }
};

const availability = await Summarizer.availability();
if (availability === 'unavailable') {
  // The Summarizer API isn't usable.
  return;
}

// Check for user activation before creating the summarizer
if (navigator.userActivation.isActive) {
  const summarizer = await Summarizer.create(options);
}`,

  batch: `const longText = document.querySelector('article').innerHTML;
const summary = await summarizer.summarize(longText, {
  context: 'This article is intended for a tech-savvy audience.',
});`,

  streaming: `const longText = document.querySelector('article').innerHTML;
const stream = summarizer.summarizeStreaming(longText, {
  context: 'This article is intended for junior developers.',
});
for await (const chunk of stream) {
  console.log(chunk);
}`,
};

/**
 * What Chromium's own summarizer logs as an error when asked about a language its model lacks: the
 * polyfill asks the native summarizer first (it is preferred where it can serve), so this is the
 * browser's message, not the polyfill's.
 */
const NATIVE_LOG = /^Unsupported Summarizer API languages were specified/;

/**
 * Runs `snippets` (verbatim, one after the other in one async function) after `prelude`, which defines
 * what they expect to find (`articleEl`, `doCloudSummarization`, …), then `epilogue` (`return …`).
 * `console` is the snippets' own, collecting what they log. Resolves with `{ logs, value }` or
 * `{ logs, error: { name, message } }`.
 */
function runSnippets(page, snippets, { prelude = '', epilogue = '', click = false } = {}) {
  const body = `
    const logs = [];
    const console = {
      log: (...args) => logs.push(args.join(' ')),
      error: (...args) => logs.push(\`error: \${args.join(' ')}\`),
    };
    try {
      const value = await (async () => {
        ${prelude}
        ${snippets.join('\n')}
        ${epilogue}
      })();
      return { logs, value };
    } catch (e) {
      return { logs, error: { name: e.name, message: e.message } };
    }`;
  if (!click) return page.evaluate(`(async () => { ${body} })()`);
  // With a user activation: the snippet runs in the click handler of a real click.
  return (async () => {
    await page.evaluate(`document.getElementById('go').onclick = () => { window.__run = (async () => { ${body} })(); }`);
    await page.locator('#go').click();
    return page.evaluate('window.__run');
  })();
}

describe('the Summarizer polyfill', () => {
  let server;
  let browser;
  let page;
  /** The core's languages, as the worker reports them. */
  let languages;

  /** A fresh page with the polyfill imported; `init` runs before any script of the page (a stand-in native summarizer). */
  async function openPolyfilled({ init, install } = {}) {
    const context = await browser.newContext();
    const opened = await context.newPage();
    opened.problems = [];
    opened.on('pageerror', (err) => opened.problems.push(`pageerror: ${err.stack}`));
    opened.on('console', (msg) => {
      if (msg.type() === 'error' && !NATIVE_LOG.test(msg.text())) opened.problems.push(`console: ${msg.text()}`);
    });
    if (init) await opened.addInitScript(init);
    const url = `${server.url}polyfill-test.html`;
    await opened.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await opened.goto(url);
    await opened.evaluate(async (install) => {
      const polyfill = await import('./summarizer-polyfill.js');
      if (install) polyfill.install(install);
      window.ARTICLE = document.querySelector('article').innerText;
    }, install);
    return opened;
  }

  async function closeChecking(opened) {
    const { problems } = opened;
    await opened.context().close();
    assert.deepEqual(problems, [], 'no page error and no console error');
  }

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await openPolyfilled();
    languages = await page.evaluate(async () => {
      const { AbridgeClient } = await import('./abridge-client.js');
      const client = new AbridgeClient();
      const { languages } = await client.ready;
      client.terminate();
      return languages;
    });
  });
  after(async () => {
    try {
      if (page) await closeChecking(page);
    } finally {
      await browser?.close();
      await server?.close();
    }
  });

  const supports = (...tags) => tags.every((tag) => languages.includes(tag));

  // -------------------------------------------------------------------------------------------------
  // The examples

  test("the explainer's basic usage: a short headline of the article", async () => {
    const out = await runSnippets(page, [EXPLAINER.basicUsage], {
      prelude: "const articleEl = document.querySelector('article');",
      epilogue: 'return { summary, engine: summarizer.engine, type: summarizer.type, preference: summarizer.preference };',
    });
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    assert.deepEqual({ ...out.value, summary: undefined }, { summary: undefined, engine: 'abridge', type: 'headline', preference: 'auto' });
    assert.equal(out.value.summary, 'Harbour trust approves a third tide turbine', 'the title the core found');
  });

  test("the explainer's repeated usage: one tl;dr per review", async () => {
    const out = await runSnippets(page, [EXPLAINER.repeatedUsage], { epilogue: 'return reviewSummaries;' });
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    assert.equal(out.value.length, 2);
    const reviews = await page.evaluate(() => [...document.querySelectorAll('.review')].map((r) => r.textContent));
    out.value.forEach((summary, i) => assert.ok(summary.length > 0 && reviews[i].includes(summary), `from review ${i}: ${summary}`));
  });

  test("the explainer's multilingual example: NotSupportedError, as Abridge cannot write Chinese from Japanese and Korean", async () => {
    const out = await runSnippets(page, [EXPLAINER.multilingual]);
    assert.equal(out.error?.name, 'NotSupportedError', JSON.stringify(out));
    if (!supports('ja', 'ko', 'zh')) assert.match(out.error.message, /the language "(ja|ko|zh)"/);
    else assert.equal(out.error.message, 'Abridge quotes the text, so its summary of "ja" or "ko" text cannot be in "zh".');
  });

  test("the explainer's too-large input: Abridge's quota is +Infinity, so it summarizes", async () => {
    const out = await runSnippets(page, [EXPLAINER.tooLarge], { prelude: 'const potentiallyLargeInput = window.ARTICLE.repeat(2000);' });
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    assert.equal(out.logs.length, 1, JSON.stringify(out.logs));
    const points = out.logs[0].split('\n');
    assert.equal(points.length, 3, 'three key points (short)');
    for (const point of points) {
      assert.match(point, /^- /, 'a Markdown list item');
      assert.ok(ARTICLE.replace(/\s+/g, ' ').includes(point.slice(2)), `taken from the article: ${point}`);
    }
  });

  test("the explainer's availability check: teaser in Japanese, else the cloud", async () => {
    const out = await runSnippets(page, [EXPLAINER.availability], {
      prelude: `const articleEl = document.querySelector('article');
        async function doCloudSummarization(text) { return \`cloud summary of \${text.length} characters\`; }`,
    });
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    if (supports('ja')) assert.equal(out.logs.length, 1, JSON.stringify(out.logs));
    else assert.deepEqual(out.logs, [`cloud summary of ${(await page.evaluate(() => document.querySelector('article').textContent)).length} characters`]);
  });

  test("Chrome's feature detection and availability()", async () => {
    const out = await runSnippets(page, [CHROME.featureDetection, CHROME.availability], { epilogue: "return { availability, detected: 'Summarizer' in self };" });
    assert.deepEqual(out, { logs: [], value: { availability: 'available', detected: true } });
  });

  test("Chrome's create() with a monitor: downloadprogress at 0% and 100%", async () => {
    const out = await runSnippets(page, [CHROME.createWithMonitor], { epilogue: 'return { type: summarizer.type, length: summarizer.length, format: summarizer.format };' });
    assert.deepEqual(out, { logs: ['Downloaded 0%', 'Downloaded 100%'], value: { type: 'key-points', length: 'short', format: 'markdown' } });
  });

  test("Chrome's options with a user activation check, in a click handler", async () => {
    const out = await runSnippets(page, [CHROME.optionsAndUserActivation], { click: true });
    assert.deepEqual(out, { logs: ['Downloaded 0%', 'Downloaded 100%'], value: undefined });
  });

  test("Chrome's batch and streaming summaries of document.querySelector('article').innerHTML", async () => {
    const batch = await runSnippets(page, [CHROME.createWithMonitor, CHROME.batch], { epilogue: 'return summary;' });
    assert.equal(batch.error, undefined, JSON.stringify(batch.error));
    assert.equal(batch.value.split('\n').length, 3, batch.value);
    assert.match(batch.value, /The harbour trust voted on Monday/);
    const streamed = await runSnippets(page, [CHROME.createWithMonitor, CHROME.streaming]);
    assert.deepEqual(streamed.logs.slice(0, 2), ['Downloaded 0%', 'Downloaded 100%']);
    assert.equal(streamed.logs.slice(2).join(''), batch.value, 'the chunks are deltas: joined, the batch summary');
  });

  // -------------------------------------------------------------------------------------------------
  // One test per method

  test('availability(): "available", "unavailable" for a language the core lacks, options checked', async () => {
    const out = await page.evaluate(async () => {
      const outcome = (p) => p.then((v) => v, (e) => e.name);
      return {
        plain: await Summarizer.availability(),
        full: await Summarizer.availability({ type: 'tldr', format: 'plain-text', length: 'medium', expectedInputLanguages: ['en-GB'], expectedContextLanguages: ['en'], outputLanguage: 'en' }),
        klingon: await Summarizer.availability({ expectedInputLanguages: ['tlh'] }),
        klingonOut: await Summarizer.availability({ outputLanguage: 'tlh' }),
        badType: await outcome(Summarizer.availability({ type: 'summary' })),
        badTag: await outcome(Summarizer.availability({ expectedInputLanguages: ['en_US!'] })),
        notSequence: await outcome(Summarizer.availability({ expectedInputLanguages: 'en' })),
        notObject: await outcome(Summarizer.availability(5)),
      };
    });
    assert.ok(!languages.includes('tlh'));
    assert.deepEqual(out, {
      plain: 'available', full: 'available', klingon: 'unavailable', klingonOut: 'unavailable',
      badType: 'TypeError', badTag: 'RangeError', notSequence: 'TypeError', notObject: 'TypeError',
    });
  });

  test("create(): the spec's defaults, read-only attributes, languages matched, monitor events", async () => {
    const out = await page.evaluate(async () => {
      'use strict';
      const events = [];
      const s = await Summarizer.create({
        expectedInputLanguages: ['EN-us', 'en'], outputLanguage: 'en-GB', sharedContext: 42,
        monitor(m) {
          m.ondownloadprogress = (e) => events.push({ type: e.type, loaded: e.loaded, total: e.total, computable: e.lengthComputable, progress: e instanceof ProgressEvent });
        },
      });
      const attributes = ['engine', 'type', 'format', 'length', 'preference', 'sharedContext', 'expectedInputLanguages', 'expectedContextLanguages', 'outputLanguage', 'inputQuota'];
      const read = () => Object.fromEntries(attributes.map((a) => [a, s[a]]));
      const before = read();
      const frozen = Object.isFrozen(s.expectedInputLanguages);
      const writes = attributes.map((a) => {
        try {
          s[a] = 'changed';
          return 'no error';
        } catch (e) {
          return e.name;
        }
      });
      const plain = await Summarizer.create();
      const defaults = { type: plain.type, format: plain.format, length: plain.length, preference: plain.preference, sharedContext: plain.sharedContext, expectedInputLanguages: plain.expectedInputLanguages, expectedContextLanguages: plain.expectedContextLanguages, outputLanguage: plain.outputLanguage };
      s.destroy();
      plain.destroy();
      return { before, after: read(), frozen, writes: [...new Set(writes)], events, defaults, tag: Object.prototype.toString.call(s) };
    });
    assert.deepEqual(out.before, {
      engine: 'abridge', type: 'key-points', format: 'markdown', length: 'short', preference: 'auto', sharedContext: '42',
      expectedInputLanguages: ['en'], expectedContextLanguages: null, outputLanguage: 'en', inputQuota: Infinity,
    });
    assert.deepEqual(out.after, out.before, 'attributes are read-only');
    assert.deepEqual(out.writes, ['TypeError'], 'assigning one throws in strict code');
    assert.ok(out.frozen);
    assert.deepEqual(out.defaults, {
      type: 'key-points', format: 'markdown', length: 'short', preference: 'auto', sharedContext: '',
      expectedInputLanguages: null, expectedContextLanguages: null, outputLanguage: null,
    });
    assert.deepEqual(out.events, [0, 1].map((loaded) => ({ type: 'downloadprogress', loaded, total: 1, computable: true, progress: true })));
    assert.equal(out.tag, '[object Summarizer]');
  });

  test('create(): TypeError, RangeError, NotSupportedError, and the signal', async () => {
    const out = await page.evaluate(async () => {
      const name = (p) => p.then(() => 'resolved', (e) => e.name);
      const late = new AbortController();
      const creating = name(Summarizer.create({ signal: late.signal }));
      late.abort();
      const reason = new Error('my reason');
      const after = new AbortController();
      const created = await Summarizer.create({ signal: after.signal });
      after.abort();
      return {
        type: await name(Summarizer.create({ type: 'summary' })),
        length: await name(Summarizer.create({ length: 'huge' })),
        format: await name(Summarizer.create({ format: 'html' })),
        preference: await name(Summarizer.create({ preference: 'fast' })),
        monitor: await name(Summarizer.create({ monitor: 'yes' })),
        monitorThrows: await Summarizer.create({ monitor() { throw new SyntaxError('mine'); } }).then(() => 'resolved', (e) => `${e.name}: ${e.message}`),
        signal: await name(Summarizer.create({ signal: 'no' })),
        tag: await name(Summarizer.create({ outputLanguage: '' })),
        language: await name(Summarizer.create({ expectedInputLanguages: ['tlh'] })),
        context: await name(Summarizer.create({ expectedContextLanguages: ['tlh'] })),
        aborted: await name(Summarizer.create({ signal: AbortSignal.abort() })),
        abortedWithReason: await Summarizer.create({ signal: AbortSignal.abort(reason) }).then(() => 'resolved', (e) => e === reason),
        abortedWhileCreating: await creating,
        destroyedBySignal: await name(created.summarize(ARTICLE)),
      };
    });
    assert.deepEqual(out, {
      type: 'TypeError', length: 'TypeError', format: 'TypeError', preference: 'TypeError', monitor: 'TypeError',
      monitorThrows: 'SyntaxError: mine', signal: 'TypeError', tag: 'RangeError', language: 'NotSupportedError',
      context: 'NotSupportedError', aborted: 'AbortError', abortedWithReason: true, abortedWhileCreating: 'AbortError',
      destroyedBySignal: 'InvalidStateError',
    });
  });

  test('summarize(): the summary; "" for nothing to summarize; arguments converted as WebIDL does', async () => {
    const out = await page.evaluate(async () => {
      const s = await Summarizer.create({ type: 'tldr', format: 'plain-text' });
      const name = (p) => p.then(() => 'resolved', (e) => e.name);
      const result = {
        summary: await s.summarize(ARTICLE, { context: 'For a reader in a hurry.' }),
        empty: await s.summarize(''),
        blank: await s.summarize(' \n\t '),
        control: await s.summarize('\u0000\u0001\u0002'),
        punctuation: await s.summarize('... !!! ???'),
        number: await s.summarize(1984),
        nothing: await s.summarize(),
        concurrent: (await Promise.all([s.summarize(ARTICLE), s.summarize(ARTICLE)])).every((x) => x.length > 0),
        symbol: await name(s.summarize(Symbol('x'))),
        badSignal: await name(s.summarize(ARTICLE, { signal: {} })),
        badOptions: await name(s.summarize(ARTICLE, 3)),
      };
      s.destroy();
      return result;
    });
    assert.equal(out.summary, 'The harbour trust voted on Monday to add a third turbine to the tidal scheme at the mouth of Kestrel Bay.');
    assert.deepEqual({ ...out, summary: undefined }, {
      summary: undefined, empty: '', blank: '', control: '', punctuation: '', number: '1984', nothing: 'undefined',
      concurrent: true, symbol: 'TypeError', badSignal: 'TypeError', badOptions: 'TypeError',
    });
  });

  test('summarize(): AbortError before and while running, InvalidStateError after destroy()', async () => {
    const out = await page.evaluate(async () => {
      const s = await Summarizer.create();
      const name = (p) => p.then(() => 'resolved', (e) => e.name);
      const big = ARTICLE.repeat(3000);
      const running = new AbortController();
      const call = s.summarize(big, { signal: running.signal });
      setTimeout(() => running.abort(), 5);
      const reason = new Error('why');
      const out = {
        before: await name(s.summarize(ARTICLE, { signal: AbortSignal.abort() })),
        reason: await s.summarize(ARTICLE, { signal: AbortSignal.abort(reason) }).then(() => 'resolved', (e) => e === reason),
        running: await name(call),
        afterAbort: (await s.summarize(ARTICLE)).length > 0,
      };
      const pending = s.summarize(big);
      s.destroy();
      out.pendingAtDestroy = await name(pending);
      out.afterDestroy = await name(s.summarize(ARTICLE));
      s.destroy();
      out.destroyTwice = 'fine';
      return out;
    });
    assert.deepEqual(out, { before: 'AbortError', reason: true, running: 'AbortError', afterAbort: true, pendingAtDestroy: 'AbortError', afterDestroy: 'InvalidStateError', destroyTwice: 'fine' });
  });

  test('summarizeStreaming(): a ReadableStream of deltas; errors at once, on abort, and after destroy()', async () => {
    const out = await page.evaluate(async () => {
      const s = await Summarizer.create({ type: 'key-points', length: 'long', format: 'plain-text' });
      const stream = s.summarizeStreaming(ARTICLE);
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      const thrown = (f) => {
        try {
          f();
          return 'returned';
        } catch (e) {
          return e.name;
        }
      };
      const read = async (r) => {
        try {
          for await (const _ of r) { /* nothing */ }
          return 'finished';
        } catch (e) {
          return e.name;
        }
      };
      const controller = new AbortController();
      const aborted = s.summarizeStreaming(ARTICLE, { signal: controller.signal });
      controller.abort();
      const done = new AbortController();
      for await (const _ of s.summarizeStreaming(ARTICLE, { signal: done.signal })) { /* read it all */ }
      done.abort(); // after the end: nothing happens
      const reader = s.summarizeStreaming(ARTICLE).getReader();
      const first = await reader.read();
      await reader.cancel();
      const result = {
        isStream: stream instanceof ReadableStream,
        chunks, whole: await s.summarize(ARTICLE),
        first: first.value,
        preAborted: thrown(() => s.summarizeStreaming(ARTICLE, { signal: AbortSignal.abort() })),
        abortedWhileReading: await read(aborted),
        badSignal: thrown(() => s.summarizeStreaming(ARTICLE, { signal: 'no' })),
        empty: await read(s.summarizeStreaming('')),
      };
      const pending = s.summarizeStreaming(ARTICLE.repeat(2000));
      s.destroy();
      result.pendingAtDestroy = await read(pending);
      result.afterDestroy = thrown(() => s.summarizeStreaming(ARTICLE));
      return result;
    });
    assert.ok(out.isStream);
    assert.equal(out.chunks.length, 7, 'long key points: 7 chunks');
    assert.equal(out.chunks.join(''), out.whole, 'deltas: joined, the summary');
    assert.ok(out.chunks.slice(1).every((c) => c.startsWith('\n• ')));
    assert.equal(out.first, out.chunks[0]);
    assert.deepEqual({ ...out, chunks: undefined, whole: undefined, first: undefined, isStream: undefined }, {
      chunks: undefined, whole: undefined, first: undefined, isStream: undefined,
      preAborted: 'AbortError', abortedWhileReading: 'AbortError', badSignal: 'TypeError', empty: 'finished',
      pendingAtDestroy: 'AbortError', afterDestroy: 'InvalidStateError',
    });
  });

  test('measureInputUsage() and inputQuota: 0 of +Infinity; the signal and destroy() as for summarize', async () => {
    const out = await page.evaluate(async () => {
      const s = await Summarizer.create();
      const name = (p) => p.then((v) => v, (e) => e.name);
      const result = {
        usage: await s.measureInputUsage(ARTICLE),
        withContext: await s.measureInputUsage(ARTICLE.repeat(100), { context: 'Some context.' }),
        quota: s.inputQuota === Infinity,
        aborted: await name(s.measureInputUsage(ARTICLE, { signal: AbortSignal.abort() })),
      };
      s.destroy();
      result.afterDestroy = await name(s.measureInputUsage(ARTICLE));
      return result;
    });
    assert.deepEqual(out, { usage: 0, withContext: 0, quota: true, aborted: 'AbortError', afterDestroy: 'InvalidStateError' });
  });

  test('outputLanguage: the language the core reads the text in; none of the input languages is NotSupportedError', async () => {
    const other = languages.find((tag) => tag !== 'en') ?? 'en';
    const out = await page.evaluate(async (other) => {
      const { AbridgeClient } = await import('./abridge-client.js');
      const client = new AbridgeClient();
      // What the core says for each way of stating the language, through a client that reports the result's language.
      const seen = [];
      const original = AbridgeClient.prototype.summarize;
      AbridgeClient.prototype.summarize = function summarize(text, options, init) {
        seen.push(options.language ?? null);
        return original.call(this, text, options, init);
      };
      try {
        const name = (p) => p.then(() => 'resolved', (e) => `${e.name}: ${e.message}`);
        const output = await Summarizer.create({ outputLanguage: other });
        await output.summarize(ARTICLE);
        const input = await Summarizer.create({ expectedInputLanguages: ['en-GB'], outputLanguage: 'en' });
        await input.summarize(ARTICLE);
        const neither = await Summarizer.create();
        await neither.summarize(ARTICLE);
        return {
          seen,
          mismatch: await name(Summarizer.create({ expectedInputLanguages: ['en'], outputLanguage: other === 'en' ? 'tlh' : other })),
          availability: await Summarizer.availability({ expectedInputLanguages: ['en'], outputLanguage: other === 'en' ? 'tlh' : other }),
        };
      } finally {
        AbridgeClient.prototype.summarize = original;
        client.terminate();
      }
    }, other);
    assert.deepEqual(out.seen, [other, 'en', null], 'outputLanguage alone, one input language, neither (the core detects)');
    assert.match(out.mismatch, /^NotSupportedError: /);
    assert.equal(out.availability, 'unavailable');
  });

  test('Chinese reads as it is written: a wrapped column joined, and sentences run together, with no space', async () => {
    // 25 characters a line, as a PDF's column breaks them, mid-word ("我" / "国" is one word).
    const column = ['中国人民银行发布了《中国金融稳定报告》，对2013年我', '国金融体系的稳定状况进行了全面评估。报告要求加强金',
      '融机构风险处置机制建设，建立存款保险制度，完善市场', '化的金融机构退出机制，建立维护金融稳定的长效机制。',
      '报告认为，当前我国经济运行总体平稳，但仍面临不少风', '险和挑战，需要继续深化金融改革。'].join('\n');
    const out = await page.evaluate(async (column) => {
      const tldr = await Summarizer.create({ type: 'tldr', length: 'long' });
      const points = await Summarizer.create({ type: 'key-points', length: 'long' });
      return { tldr: await tldr.summarize(column), points: await points.summarize(column) };
    }, column);
    assert.ok(out.tldr.includes('我国金融体系') && out.tldr.includes('评估。报告') && !/\s/.test(out.tldr), out.tldr);
    const lines = out.points.split('\n');
    assert.ok(lines.length === 3 && lines.every((line) => /^- \S+。$/u.test(line)), out.points);
  });

  test("a video's transcript is summarized without its timecodes, in whole sentences", async () => {
    const lines = ['Hey everyone, welcome back to the channel.', "Today we're talking about why your sourdough",
      'starter might not be rising and what you', 'can do about it. The most common reason is',
      'temperature. If your kitchen is below about', '20 degrees, the yeast slows right down.',
      'The second reason is the feeding ratio. If you', 'feed one to one to one, the starter peaks',
      'fast and then collapses, so try one to five', 'to five instead. And finally, check your flour.'];
    const video = lines.flatMap((line, i) => [`0:${String(3 * i).padStart(2, '0')}`, line]).join('\n');
    const points = await page.evaluate(async (video) => (await Summarizer.create({ type: 'key-points', format: 'plain-text' })).summarize(video), video);
    const items = points.split('\n');
    assert.equal(items.length, 3, points);
    for (const item of items) assert.match(item, /^• [A-Z][^:]*[a-z]\.$/, `a whole sentence, no timecode: ${item}`);
  });

  // -------------------------------------------------------------------------------------------------
  // Which engine

  test('headless Chromium: a native Summarizer without its model, so the same global falls back to Abridge', async () => {
    const opened = await openPolyfilled();
    const out = await opened.evaluate(async () => {
      const { Summarizer: Polyfill } = await import('./summarizer-polyfill.js');
      const s = await Summarizer.create({ outputLanguage: 'en' });
      return { same: globalThis.Summarizer === Polyfill, engine: s.engine, summary: await s.summarize(ARTICLE), available: await Summarizer.availability({ outputLanguage: 'en' }) };
    });
    assert.deepEqual({ ...out, summary: undefined }, { same: true, engine: 'abridge', summary: undefined, available: 'available' });
    assert.match(out.summary, /^- The harbour trust/);
    await closeChecking(opened);
  });

  /** A native summarizer that can serve every request, as a Chromium with its model would. */
  const NATIVE = () => {
    window.nativeCalls = [];
    class NativeSummarizer {
      static async availability(options) {
        window.nativeCalls.push(['availability', options?.type ?? null]);
        return options?.type === 'headline' ? 'unavailable' : 'available';
      }
      static async create(options) {
        window.nativeCalls.push(['create', options?.type ?? null]);
        return Object.assign(new NativeSummarizer(), { type: options?.type ?? 'key-points', inputQuota: 2000 });
      }
      async summarize(input) {
        if (input.length > this.inputQuota) {
          throw Object.assign(new DOMException('The input is too large.', 'QuotaExceededError'), { requested: input.length, quota: this.inputQuota });
        }
        return 'native summary';
      }
      destroy() {}
    }
    Object.defineProperty(window, 'Summarizer', { value: NativeSummarizer, writable: true, configurable: true });
  };

  test('a native summarizer that can serve the options is preferred; for options it cannot, Abridge answers', async () => {
    const opened = await openPolyfilled({ init: NATIVE });
    const out = await opened.evaluate(async () => {
      const native = await Summarizer.create({ type: 'tldr' });
      const fallback = await Summarizer.create({ type: 'headline' });
      const quota = await native.summarize('x'.repeat(5000)).then(() => 'resolved', (e) => ({ name: e.name, requested: e.requested, quota: e.quota }));
      return {
        native: [native.engine, await native.summarize(ARTICLE), native instanceof Summarizer],
        fallback: [fallback.engine, await fallback.summarize(ARTICLE)],
        quota,
        availability: [await Summarizer.availability({ type: 'tldr' }), await Summarizer.availability({ type: 'headline' })],
        calls: window.nativeCalls,
      };
    });
    assert.deepEqual(out.native, ['native', 'native summary', true]);
    assert.deepEqual(out.fallback, ['abridge', 'Harbour trust approves a third tide turbine']);
    assert.deepEqual(out.quota, { name: 'QuotaExceededError', requested: 5000, quota: 2000 }, "the native engine's QuotaExceededError passes through");
    assert.deepEqual(out.availability, ['available', 'available']);
    assert.deepEqual(out.calls.filter(([call]) => call === 'create'), [['create', 'tldr']], 'native create() only where it said it could');
    await closeChecking(opened);
  });

  test("install({ prefer: 'abridge' }) uses Abridge even where a native summarizer could serve", async () => {
    const opened = await openPolyfilled({ init: NATIVE, install: { prefer: 'abridge' } });
    const out = await opened.evaluate(async () => {
      const s = await Summarizer.create({ type: 'tldr', format: 'plain-text' });
      const { install } = await import('./summarizer-polyfill.js');
      let wrong;
      try {
        install({ prefer: 'fastest' });
      } catch (e) {
        wrong = e.name;
      }
      return { engine: s.engine, summary: await s.summarize(ARTICLE), calls: window.nativeCalls, wrong };
    });
    assert.equal(out.engine, 'abridge');
    assert.match(out.summary, /^The harbour trust voted/);
    assert.deepEqual(out.calls, [], 'the native summarizer was never asked');
    assert.equal(out.wrong, 'TypeError');
    await closeChecking(opened);
  });

  test('a browser with no Summarizer at all gets one', async () => {
    const opened = await openPolyfilled({ init: () => delete window.Summarizer });
    const out = await opened.evaluate(async () => {
      const s = await Summarizer.create({ type: 'tldr', format: 'plain-text' });
      return { engine: s.engine, summary: await s.summarize(ARTICLE), enumerable: Object.keys(window).includes('Summarizer') };
    });
    assert.deepEqual({ ...out, summary: undefined }, { engine: 'abridge', summary: undefined, enumerable: false });
    assert.match(out.summary, /^The harbour trust voted/);
    await closeChecking(opened);
  });
});
