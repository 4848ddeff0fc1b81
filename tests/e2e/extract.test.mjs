// The HTML article extractor (www/extract.js) in headless Chromium, as the page and the widget run it:
// small pages we wrote, one per kind of page furniture, and documents copied out of word processors
// (tests/fixtures/extract/, expectations in expected.json; `onlyKinds`: nothing else is left out), that
// nothing the HTML refers to is ever requested and no script in it runs, bad input (malformed, binary
// junk, 20 MB, a page full of scripts, a page with no article), and that a 5 MB page never holds the main
// thread for a second; and the npm package's `abridge/extract` entry point and types.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { closeCheckingProblems, FIXTURES, ROOT, useServerAndBrowser } from './harness.mjs';

const DIR = path.join(FIXTURES, 'extract');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
/** A page on the test server's origin with nothing in it, answered by the test itself (never the server). */
const BLANK = '__extract-host.html';

/** A blank page of the test server's origin, with the extractor imported as `window.extract`. */
async function extractorPage(browser, server) {
  const context = await browser.newContext();
  await context.route(`${server.url}${BLANK}`, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><html lang="en"><title>host</title><body></body></html>',
  }));
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && page.problems.push(`console: ${msg.text()}`));
  await page.goto(`${server.url}${BLANK}`);
  await page.evaluate(async () => {
    window.extract = await import('./extract.js');
  });
  return page;
}

function extract(page, html, options) {
  return page.evaluate(([html, options]) => window.extract.extractArticle(html, options), [html, options]);
}

describe('extractArticle', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  for (const [name, want] of Object.entries(EXPECTED)) {
    test(`${name}: the article, none of the furniture`, async () => {
      const page = await extractorPage(browser, server);
      const got = await extract(page, fs.readFileSync(path.join(DIR, name), 'utf8'));
      assert.equal(got.found, want.found, 'whether an article was found');
      if (want.title !== null) assert.equal(got.title, want.title);
      for (const phrase of want.article) assert.ok(got.text.includes(phrase), `in the text: "${phrase}"\n---\n${got.text}`);
      for (const phrase of want.furniture) assert.ok(!got.text.includes(phrase), `left out: "${phrase}"\n---\n${got.text}`);
      const kinds = got.leftOut.map((l) => l.kind);
      for (const kind of want.kinds) assert.ok(kinds.includes(kind), `left out as ${kind}: ${JSON.stringify(got.leftOut)}`);
      if (want.onlyKinds) assert.deepEqual(kinds.sort(), [...want.kinds].sort(), 'nothing else left out (the headline shown as the title is not)');
      for (const l of got.leftOut) assert.ok(l.blocks > 0 && l.words > 0, `counts of ${l.kind}`);
      if (want.found) {
        // One block a paragraph, a blank line between them, the headline not repeated as the first.
        const blocks = got.text.split('\n\n');
        assert.equal(blocks.length, want.article.length, `one block a paragraph:\n${got.text}`);
        want.article.forEach((phrase, i) => assert.ok(blocks[i].startsWith(phrase), `block ${i} is paragraph ${i}`));
      }
      if (want.standfirst) assert.equal(got.standfirst, want.standfirst);
      if (want.byline) assert.equal(got.byline, want.byline);
      await closeCheckingProblems(page);
    });
  }

  test('the language the page declares, and a title even when the page has only a <title>', async () => {
    const page = await extractorPage(browser, server);
    const got = await extract(page, '<html lang="de-AT"><head><title>Die Fähre fährt weiter – Der Kurier</title>'
      + '<meta property="og:site_name" content="Der Kurier"></head><body>'
      + `<p>${'Der Stadtrat hat am Dienstag beschlossen, die Nachtfähre drei weitere Jahre fahren zu lassen. '.repeat(5)}</p></body></html>`);
    assert.equal(got.lang, 'de-AT');
    assert.equal(got.title, 'Die Fähre fährt weiter');
    assert.ok(got.found);
    await closeCheckingProblems(page);
  });

  test('the headline without what a heading holds beside it: a <time>, a label, a date by a declared title; a <br> is a space', async () => {
    const page = await extractorPage(browser, server);
    const body = `<p>${'The council voted on Tuesday to keep the night ferry running for three more years. '.repeat(5)}</p>`;
    const cases = [
      ['<title>Ferry saved | Blog</title></head><body><article><h1><a href="/f"><time datetime="2025-12-18">Dec 18 2025</time> The night ferry is saved</a></h1>',
        'The night ferry is saved'],
      ['<title>The night ferry is saved</title></head><body><article><h1 class="headline"><strong>Blog:</strong> The night ferry is saved</h1>',
        'The night ferry is saved'],
      ['<meta property="og:title" content="The night ferry is saved"></head><body><article><h2><a href="/f">The night ferry is saved</a> <span class="date"> / Dec 2025</span></h2>',
        'The night ferry is saved'],
      // No heading names it: the declared title inside the <title>, whose colon without a space before it is no separator.
      ['<title>Kim\'s Blog: The night ferry is saved</title><meta property="og:title" content="The night ferry is saved"></head><body><article>',
        'The night ferry is saved'],
      // A line break inside the heading is a space between its words, not nothing.
      ['<title>Ferry saved</title></head><body><article><h1>The night ferry is saved<br>What the vote means</h1>',
        'The night ferry is saved What the vote means'],
      // Words without a digit beside a declared title are the headline's own.
      ['<meta property="og:title" content="The night ferry is saved"></head><body><article><h1>The night ferry is saved: what it means</h1>',
        'The night ferry is saved: what it means'],
    ];
    for (const [head, title] of cases) {
      const got = await extract(page, `<html lang="en"><head>${head}${body}</article></body></html>`);
      assert.equal(got.title, title, head);
      assert.ok(got.text.startsWith('The council voted'), `the heading is not kept as text: ${got.text.slice(0, 80)}`);
    }
    await closeCheckingProblems(page);
  });

  test('text whose UTF-8 was decoded twice is put right; text that only looks like it is left alone', async () => {
    const page = await extractorPage(browser, server);
    const paragraph = 'The ferry’s last crossing — at ten past eleven — carried forty passengers, a café owner among them, and a van of bread for the market.';
    // Read as Latin-1 ("â\u0080\u0099") and as Windows-1252 ("â€™"), the two ways pages carry it.
    for (const label of ['latin1', 'windows-1252']) {
      const twice = (s) => new TextDecoder(label).decode(Buffer.from(s, 'utf8'));
      const got = await extract(page, `<html><head><title>${twice('Ferry’s night')}</title></head><body><article>`
        + `<p>${twice(paragraph)}</p><p>${twice(paragraph)}</p></article></body></html>`);
      assert.equal(got.title, 'Ferry’s night', label);
      assert.equal(got.text, `${paragraph}\n\n${paragraph}`, label);
    }
    const legit = 'SÃO PAULO — Ã© is how a broken page spells é, and this sentence quotes it on purpose, as it is, without any control character in it.';
    assert.equal((await extract(page, `<article><p>${legit}</p><p>${legit}</p></article>`)).text, `${legit}\n\n${legit}`);
    await closeCheckingProblems(page);
  });

  test('nothing the HTML refers to is requested, and none of its scripts runs', async () => {
    const page = await extractorPage(browser, server);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const before = server.hits.length;
    const probe = (file) => `${server.url}extract-probe/${file}`;
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="${probe('style.css')}"><link rel="preload" as="image" href="${probe('preload.png')}">
      <link rel="icon" href="${probe('icon.png')}"><base href="${probe('')}">
      <script src="${probe('script.js')}"></script><script>window.__ranInline = true; fetch('${probe('fetch')}');</script>
      <style>body { background: url(${probe('background.png')}) } @import url(${probe('import.css')});</style>
      <meta http-equiv="refresh" content="0; url=${probe('refresh')}">
      </head><body onload="window.__ranOnload = true">
      <article><h1>Harbour town votes to keep its night ferry</h1>
      <p>The council of Port Avel voted on Tuesday evening to keep the night ferry running for at least three more years.</p>
      <img src="${probe('image.png')}" srcset="${probe('image-2x.png')} 2x" onerror="window.__ranOnerror = true">
      <picture><source srcset="${probe('source.webp')}"><img src="${probe('picture.png')}"></picture>
      <iframe src="${probe('frame.html')}"></iframe><iframe srcdoc="<script>parent.__ranFrame = true</script>"></iframe>
      <video src="${probe('video.mp4')}" poster="${probe('poster.png')}"></video><audio src="${probe('audio.mp3')}"></audio>
      <audio controls><source src="${probe('source.mp3')}" type="audio/mp3"><track default kind="captions" srclang="en" src="${probe('track.vtt')}"></audio>
      <object data="${probe('object.swf')}"></object><embed src="${probe('embed.swf')}">
      <svg><image href="${probe('svg-image.png')}"></image><script>window.__ranSvg = true</script></svg>
      <div style="background-image: url(${probe('inline-style.png')})">Councillors had proposed to end the last crossing of the day in October, arguing that the boat carried too few passengers.</div>
      <p>Nurses, bakers and dock workers filled the public gallery to oppose the plan, as many of them cross after midnight.</p>
      <a href="${probe('link')}" ping="${probe('ping')}">A link</a><form action="${probe('form')}"><input src="${probe('input.png')}" type="image"></form>
      </article></body></html>`;
    const got = await extract(page, html, { url: 'https://courier.example/news/ferry' });
    assert.ok(got.text.includes('Nurses, bakers and dock workers'), got.text);
    // Give anything that might have been started a moment to reach the server.
    await page.waitForTimeout(300);
    const ran = await page.evaluate(() => ['__ranInline', '__ranOnload', '__ranOnerror', '__ranFrame', '__ranSvg']
      .filter((name) => name in window));
    assert.deepEqual(ran, [], 'no script of the page ran');
    assert.deepEqual(server.hits.slice(before).filter((p) => p.includes('extract-probe')), [], 'no request reached the server');
    assert.deepEqual(requests.filter((u) => !/\/(extract[\w-]*\.js|visibility\.js|vendor\/readability\.js)$/.test(u)), [], 'no request left the page');
    await closeCheckingProblems(page);
  });

  test('bad input gives an answer, never an error', async () => {
    const page = await extractorPage(browser, server);
    const results = await page.evaluate(async () => {
      const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
      const cases = {
        empty: '',
        whitespace: '  \n\t ',
        'one word': 'ferry',
        'plain text': 'The council voted to keep the ferry.\n\nIt will run for three more years.',
        'binary junk': junk,
        'unclosed tags': '<html><body><article><h1>Ferry<p>The council voted <b>to keep <i>the <div>ferry running for three more years, after a winter of crowded crossings and a packed public gallery.',
        'stray closing tags': '</p></div></article></body></html><p>Text after the end</p></td></tr>',
        'deep nesting': `${'<div>'.repeat(5000)}<p>Deep inside the page sits one paragraph of article text, long enough to be read as the article itself and summarized.</p>${'</div>'.repeat(5000)}`,
        'null and not-a-string': null,
      };
      const out = {};
      for (const [name, html] of Object.entries(cases)) {
        try {
          const got = await window.extract.extractArticle(html);
          out[name] = { ok: typeof got.text === 'string' && typeof got.title === 'string' && Array.isArray(got.leftOut), text: got.text.slice(0, 80), found: got.found };
        } catch (err) {
          out[name] = { error: String(err) };
        }
      }
      return out;
    });
    for (const [name, r] of Object.entries(results)) assert.ok(r.ok, `${name}: ${JSON.stringify(r)}`);
    assert.equal(results.empty.text, '');
    assert.match(results['unclosed tags'].text, /ferry running/);
    assert.match(results['deep nesting'].text, /Deep inside the page/);
    await closeCheckingProblems(page);
  });

  test('a 20 MB page and a page that is nearly all scripts', async () => {
    const page = await extractorPage(browser, server);
    const got = await page.evaluate(async () => {
      const paragraph = (i) => `<p>Paragraph ${i}: the night ferry crossed the estuary again, carrying nurses, bakers and dock workers home after their shifts.</p>`;
      const huge = `<html><body><nav>${'<a href="/x">Menu</a>'.repeat(2000)}</nav><article><h1>A very long page</h1>${Array.from({ length: 155_000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;
      const scripts = `<html><head><title>Ferry | Courier</title></head><body>${'<script>window.__ran = (window.__ran || 0) + 1; document.title = "hijacked";</script>'.repeat(20_000)}`
        + '<article><h1>Ferry</h1><p>The council of Port Avel voted on Tuesday evening to keep the night ferry running for at least three more years, ending a long dispute.</p></article></body></html>';
      const a = await window.extract.extractArticle(huge);
      const b = await window.extract.extractArticle(scripts);
      return { hugeLength: huge.length, huge: { found: a.found, length: a.text.length, title: a.title },
        scripts: { found: b.found, text: b.text, ran: window.__ran ?? 0 } };
    });
    assert.ok(got.hugeLength > 20_000_000, `the page is over 20 MB (${got.hugeLength})`);
    assert.equal(got.huge.title, 'A very long page');
    assert.ok(got.huge.found && got.huge.length > 15_000_000, JSON.stringify(got.huge));
    assert.equal(got.scripts.ran, 0, 'no script ran');
    assert.match(got.scripts.text, /^The council of Port Avel voted/);
    await closeCheckingProblems(page);
  });

  test('a 5 MB page never holds the main thread for a second (longtask entries)', async () => {
    const page = await extractorPage(browser, server);
    const got = await page.evaluate(async () => {
      const sentence = (i) => `Crossing ${i} left the north quay at ten past eleven with forty passengers and a van of bread for the early market.`;
      let article = '';
      for (let i = 0; article.length < 5_000_000; i++) {
        article += `<p>${sentence(i)} ${sentence(i + 1)} ${sentence(i + 2)}</p>`;
        if (i % 40 === 0) article += `<figure><img src="/nowhere/${i}.jpg"><figcaption>Photo ${i}</figcaption></figure>`;
      }
      const html = `<html><head><title>Ferry log | Courier</title><script>${'var x = 1;'.repeat(20_000)}</script></head><body>`
        + `<nav>${'<a href="/s">Section</a>'.repeat(300)}</nav><main><article><h1>Ferry log</h1>${article}</article>`
        + `<aside>${'<p><a href="/r">Related story</a></p>'.repeat(200)}</aside></main><footer>Footer</footer></body></html>`;
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      const result = await window.extract.extractArticle(html);
      const total = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the last entries arrive
      observer.disconnect();
      return { size: html.length, total, tasks, found: result.found, length: result.text.length };
    });
    console.log(`TIMING extractArticle on a ${(got.size / 1e6).toFixed(1)} MB page: ${got.total.toFixed(0)} ms in all, `
      + `longest task ${Math.max(0, ...got.tasks).toFixed(0)} ms (${got.tasks.length} over 50 ms)`);
    assert.ok(got.size >= 5_000_000);
    assert.ok(got.found && got.length > 4_000_000);
    assert.ok(Math.max(0, ...got.tasks) < 1000, `every task under 1 s: ${got.tasks.map(Math.round).join(', ')} ms`);
    await closeCheckingProblems(page);
  });
});

describe('abridge/extract in the npm package (pkg/)', () => {
  const PKG = path.join(ROOT, 'pkg');

  test('npm pack publishes the extractor, its types and Readability with its licence', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PKG, encoding: 'utf8' });
    const files = JSON.parse(out)[0].files.map((f) => f.path);
    for (const wanted of ['web/extract.js', 'web/extract-text.js', 'web/extract-furniture.js', 'web/extract-title.js',
      'web/extract.d.ts', 'web/vendor/readability.js', 'web/vendor/readability.LICENSE.md']) {
      assert.ok(files.includes(wanted), `${wanted} is published`);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.exports['./extract'], { types: './web/extract.d.ts', default: './web/extract.js' });
  });

  test('its types describe the result (strict tsc over a consumer)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'abridge-extract-types-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'abridge'), 'dir');
      fs.writeFileSync(path.join(dir, 'consumer.ts'), `
        import { extractArticle, extractArticleFromDocument, type ExtractedArticle, type LeftOut } from 'abridge/extract';
        export async function use(html: string): Promise<string> {
          const a: ExtractedArticle = await extractArticle(html, { url: 'https://example.org/a' });
          const b = await extractArticleFromDocument(document);
          const kinds: LeftOut[] = a.leftOut;
          const n: number = kinds[0].blocks + kinds[0].words + (a.found ? 1 : 0);
          const maybe: string | null = a.byline ?? a.lang ?? a.standfirst;
          // @ts-expect-error: the address is a string
          await extractArticle(html, { url: 42 });
          // @ts-expect-error: the text is never null
          const never: null = a.text;
          return a.title + a.text + b.text + n + maybe + never;
        }
      `);
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
          lib: ['es2022', 'dom'], skipLibCheck: false, types: [] },
        files: ['consumer.ts'],
      }));
      let output = '';
      try {
        execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
      } catch (err) {
        output = `${err.stdout}${err.stderr}`;
      }
      assert.equal(output, '', 'tsc --strict passes, and every @ts-expect-error is an error');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
