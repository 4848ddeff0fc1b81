// The Summarizer-style API (www/abridge-api.js) in the browser: create/summarize/summarizeStreaming/destroy,
// every type × length × format, aborting (AbortError), invalid options (TypeError naming the option), and
// output that quotes the article verbatim with Markdown escaped.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixture, launchBrowser, openPage, startServer } from './harness.mjs';

const ARTICLE = `Harbour trust approves a third tide turbine

The harbour trust voted on Monday to add a third turbine to the tidal scheme at the mouth of Kestrel Bay.
The two turbines already in the water supplied a third of the town's electricity over the winter.
Engineers said the new turbine would be larger, with blades of nine metres, and would sit further out.
Fishermen asked for the exclusion zone around the turbines to stay at 200 metres, and the trust agreed.
A survey of the seabed will start in May, and the cable will again be routed around the reef.
Critics said the *money* would be better spent on [insulating] homes <b>first</b>.
The trust expects the third turbine to be running by the spring of 2028.
The cooperative of fishermen that owns part of the scheme will receive a larger share of the income.`;

describe('the Summarizer-style API (abridge-api.js)', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const blank = `${server.url}api-test.html`;
    page = await openPage(browser, 'about:blank');
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>api</title>' }));
    await page.goto(blank);
    await page.evaluate(async (article) => {
      window.Abridge = (await import('./abridge-api.js')).Abridge;
      window.ARTICLE = article;
    }, ARTICLE);
  });
  after(async () => {
    assert.deepEqual(page.problems, [], 'no page errors and no console errors');
    await browser?.close();
    await server?.close();
  });

  test('create → summarize: short key points in Markdown by default (the spec\'s defaults), verbatim and in document order', async () => {
    const out = await page.evaluate(async () => {
      const s = await Abridge.create();
      const text = await s.summarize(ARTICLE);
      const options = { type: s.type, length: s.length, format: s.format };
      s.destroy();
      return { text, options, available: await Abridge.availability() };
    });
    assert.deepEqual(out.options, { type: 'key-points', length: 'short', format: 'markdown' });
    assert.equal(out.available, 'available');
    const lines = out.text.split('\n');
    assert.equal(lines.length, 3, `short key points are 3: ${out.text}`);
    let last = -1;
    for (const line of lines) {
      assert.match(line, /^- /);
      const sentence = line.slice(2).replace(/\\(.)/g, '$1');
      const at = ARTICLE.replace(/\s+/g, ' ').indexOf(sentence);
      assert.ok(at > last, `verbatim, in document order: ${sentence}`);
      last = at;
    }
  });

  test('every type, length and format maps onto sentences as documented', async () => {
    const out = await page.evaluate(async () => {
      const table = {};
      for (const type of ['key-points', 'tldr', 'teaser', 'headline']) {
        for (const length of ['short', 'medium', 'long']) {
          for (const format of ['plain-text', 'markdown']) {
            const s = await Abridge.create({ type, length, format });
            table[`${type}/${length}/${format}`] = await s.summarize(ARTICLE);
            s.destroy();
          }
        }
      }
      return table;
    });
    const sentences = (t) => t.split(/(?<=[.!?])\s+/).filter(Boolean).length;
    const counts = { 'key-points': [3, 5, 7], tldr: [1, 3, 5], teaser: [1, 3, 5] };
    for (const [type, [short, medium, long]] of Object.entries(counts)) {
      for (const [length, n] of [['short', short], ['medium', medium], ['long', long]]) {
        const plain = out[`${type}/${length}/plain-text`];
        const md = out[`${type}/${length}/markdown`];
        if (type === 'key-points') {
          assert.equal(plain.split('\n').length, n, `${type}/${length}`);
          assert.ok(plain.split('\n').every((l) => l.startsWith('• ')), plain);
          assert.ok(md.split('\n').every((l) => l.startsWith('- ')), md);
        } else {
          assert.ok(!plain.includes('\n'), 'one paragraph');
          assert.equal(sentences(plain), n, `${type}/${length}: ${plain}`);
        }
      }
    }
    // A teaser leans to the opening: its sentences come no later than a tl;dr's of the same length.
    const position = (t) => ARTICLE.indexOf(t.split(/(?<=\.)\s/)[0]);
    assert.ok(position(out['teaser/medium/plain-text']) <= position(out['tldr/medium/plain-text']));
    // The headline is the title the core found (the first line), in every length.
    assert.equal(out['headline/short/plain-text'], 'Harbour trust approves a third tide turbine');
    assert.equal(out['headline/long/markdown'], 'Harbour trust approves a third tide turbine');
  });

  test('Markdown output escapes what would be markup; plain text keeps it literally', async () => {
    const text = 'Critics said the *money* would be better spent on [insulating](http://x) homes <b>first</b>.\n'
      + '# Not a heading, and 1. not a list item either, says the trust.\nThe vote was close.';
    const out = await page.evaluate(async (text) => {
      const run = async (format) => {
        const s = await Abridge.create({ type: 'key-points', length: 'long', format });
        const result = await s.summarize(text);
        s.destroy();
        return result;
      };
      return { md: await run('markdown'), plain: await run('plain-text') };
    }, text);
    assert.ok(out.md.includes('\\*money\\* would be better spent on \\[insulating\\](http://x) homes \\<b\\>first\\</b\\>'), out.md);
    assert.ok(out.md.includes('- \\# Not a heading'), out.md);
    assert.ok(out.plain.includes('*money* would be better spent on [insulating](http://x) homes <b>first</b>.'), out.plain);
  });

  test('a headline without a title is the best sentence, cut to the length in words', async () => {
    const out = await page.evaluate(async () => {
      const body = ARTICLE.split('\n').slice(2).join('\n');
      const s = await Abridge.create({ type: 'headline', length: 'short', format: 'plain-text' });
      const short = await s.summarize(body);
      s.destroy();
      return short;
    });
    assert.ok(out.split(' ').length <= 12, out);
    assert.ok(!out.endsWith('.'), out);
  });

  test('summarizeStreaming yields the sentences one by one; joined they are summarize()', async () => {
    const out = await page.evaluate(async () => {
      const s = await Abridge.create({ type: 'key-points', length: 'long', format: 'plain-text' });
      const chunks = [];
      for await (const chunk of s.summarizeStreaming(ARTICLE)) chunks.push(chunk);
      const whole = await s.summarize(ARTICLE);
      const reader = s.summarizeStreaming(ARTICLE).getReader();
      const first = await reader.read();
      await reader.cancel();
      s.destroy();
      return { chunks, whole, first: first.value, isStream: s.summarizeStreaming instanceof Function };
    });
    assert.equal(out.chunks.length, 7);
    assert.equal(out.chunks.join(''), out.whole);
    assert.equal(out.first, out.chunks[0]);
    assert.ok(out.chunks.slice(1).every((c) => c.startsWith('\n• ')));
  });

  test('an AbortSignal rejects summarize with AbortError and errors the stream; destroy() ends the object', async () => {
    const out = await page.evaluate(async () => {
      const s = await Abridge.create();
      const names = {};
      const pre = new AbortController();
      pre.abort();
      names.alreadyAborted = await s.summarize(ARTICLE, { signal: pre.signal }).then(() => 'resolved', (e) => e.name);
      const running = new AbortController();
      const big = ARTICLE.repeat(400);
      const call = s.summarize(big, { signal: running.signal });
      setTimeout(() => running.abort(), 5);
      names.running = await call.then(() => 'resolved', (e) => e.name);
      const streamed = new AbortController();
      const stream = s.summarizeStreaming(ARTICLE, { signal: streamed.signal });
      streamed.abort();
      names.stream = await (async () => {
        try {
          for await (const _ of stream) { /* nothing arrives */ }
          return 'finished';
        } catch (e) {
          return e.name;
        }
      })();
      names.afterAbort = (await s.summarize(ARTICLE)).length > 0 ? 'works' : 'empty';
      const pending = s.summarize(big);
      s.destroy();
      names.destroyedPending = await pending.then(() => 'resolved', (e) => e.name);
      names.destroyed = await s.summarize(ARTICLE).then(() => 'resolved', (e) => e.name);
      const created = new AbortController();
      created.abort();
      names.create = await Abridge.create({ signal: created.signal }).then(() => 'resolved', (e) => e.name);
      return names;
    });
    assert.deepEqual(out, {
      alreadyAborted: 'AbortError', running: 'AbortError', stream: 'AbortError', afterAbort: 'works',
      destroyedPending: 'AbortError', destroyed: 'InvalidStateError', create: 'AbortError',
    });
  });

  test('invalid options are TypeErrors that name the option', async () => {
    const out = await page.evaluate(async () => {
      const messages = [];
      for (const options of [{ type: 'summary' }, { length: 'huge' }, { format: 'html' }, { type: 3 }]) {
        try {
          await Abridge.create(options);
          messages.push('resolved');
        } catch (e) {
          messages.push(`${e.name}: ${e.message}`);
        }
      }
      const s = await Abridge.create();
      for (const [text, options] of [[42, {}], [ARTICLE, { signal: 'no' }]]) {
        messages.push(await s.summarize(text, options).then(() => 'resolved', (e) => `${e.name}: ${e.message}`));
      }
      messages.push(await Abridge.availability({ format: 'html' }).then(() => 'resolved', (e) => e.name));
      messages.push(await s.summarize('   \n '));
      s.destroy();
      return messages;
    });
    assert.match(out[0], /^TypeError: .*"type" must be one of "key-points", "tldr", "teaser", "headline"; got "summary"/);
    assert.match(out[1], /^TypeError: .*"length"/);
    assert.match(out[2], /^TypeError: .*"format"/);
    assert.match(out[3], /^TypeError: .*"type".*got 3/);
    assert.match(out[4], /^TypeError: .*string/);
    assert.match(out[5], /^TypeError: .*"signal"/);
    assert.equal(out[6], 'TypeError');
    assert.equal(out[7], '', 'blank text gives an empty summary');
  });

  test('a real pasted page: the summary holds no site furniture', async () => {
    const article = fixture('pasted-news-article.txt');
    const out = await page.evaluate(async (article) => {
      const s = await Abridge.create({ type: 'tldr', length: 'long', format: 'plain-text' });
      const text = await s.summarize(article);
      s.destroy();
      return text;
    }, article);
    const flat = article.replace(/\s+/g, ' ');
    for (const sentence of out.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/)) {
      assert.ok(flat.includes(sentence), `verbatim: ${sentence}`);
    }
    assert.ok(!out.includes('via AP'));
  });
});
