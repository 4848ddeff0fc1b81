// End-to-end tests of the Abridge page in headless Chromium: `node --test tests/e2e/`.
// Needs the built module (`make build` writes www/pkg/). One browser for the file, one context per test.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneLine } from '../../www/reading.js';
import { closePageAfterEach, fixture, openPage, paste, startServer, readSummary, useServerAndBrowser, waitForMessage, waitForOfflineCopy, waitForOutcome, waitForSummary } from './harness.mjs';

const SENTENCES = `The city council approved a new budget for public libraries on Monday evening.
The plan adds evening opening hours at six branches and hires twelve more librarians.
Council members said demand for study space had doubled since last year.
Some residents asked why the money was not spent on road repairs instead.
The mayor said both matter, and that a second vote on roads is planned for June.
Libraries will start the longer hours in September, after the summer reading programme ends.`;

describe('the Abridge page', () => {
  let server;
  let browser;
  let page;

  useServerAndBrowser((started) => ({ server, browser } = started));

  closePageAfterEach(() => page, () => (page = null));

  test('shows a summary of the built-in sample at first load', async () => {
    page = await openPage(browser, server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    const wanted = Number(await page.locator('#amount-number').inputValue());
    assert.equal(wanted, 3, 'the control starts at 3 sentences');
    const shown = await waitForSummary(page, { count: wanted });

    for (const sentence of shown.sentences) {
      assert.ok(shown.input.includes(sentence), `summary sentence is verbatim in the article: ${sentence}`);
    }
    assert.deepEqual(shown.marks, shown.sentences, 'one <mark> per summary sentence, same text, same order');
    assert.ok(shown.keywords.length > 0, 'keywords are shown');
    assert.ok(shown.keywords.every((k) => k.trim().length > 0), 'keywords have text');
    // A keyword's chip underlines every occurrence its count promises, in the chosen sentences or not.
    const chip = page.locator('#keywords .chip').first();
    await chip.click();
    const occurrences = Number(await chip.locator('.chip-count').textContent());
    assert.equal(await page.locator('#original .kw.on').count(), occurrences, 'every occurrence of the keyword is underlined');
    assert.ok(await page.locator('#original .kw.on').evaluateAll((us) => us.some((u) => !u.closest('mark'))), 'also outside the chosen sentences');

    const captions = shown.leftOut.filter((b) => b.text.includes('(Photo:'));
    assert.ok(captions.length >= 1, `the photo captions are left out: ${JSON.stringify(shown.leftOut)}`);
    assert.ok(shown.leftOut.every((b) => b.dimmed), 'left-out blocks are dimmed');
    assert.ok(shown.leftOut.every((b) => b.title.startsWith('Left out')), 'left-out blocks say why');
    for (const sentence of shown.sentences) {
      for (const furniture of ['(Photo:', 'Share this article', 'Advertisement', 'Read more:', 'From The Northfield Courier', 'Sign in']) {
        assert.ok(!sentence.includes(furniture), `summary holds no "${furniture}": ${sentence}`);
      }
    }
    assert.match(shown.figures.words, /^\d[\d,]* → \d[\d,]*$/);
    assert.match(shown.figures.sentences, /^\d+ → 3$/);
    assert.match(shown.figures.time, /ms$/);
    assert.match(await page.locator('#version').textContent(), /^Abridge \d+\.\d+\.\d+/);
    assert.ok(await page.locator('#sample-credit').isVisible(), "the sample's credit is shown beside it");

    await page.locator('#copy-button').click();
    await page.waitForFunction(() => document.getElementById('copy-button').textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, shown.sentences.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n'));
  });

  test('summarizes a pasted web page without captions or site furniture', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    const article = fixture('pasted-news-article.txt');
    await paste(page, article);
    const shown = await waitForSummary(page, { count: 3 });
    assert.equal(shown.sentences.length, 3);
    for (const sentence of shown.sentences) {
      assert.ok(article.includes(sentence), `verbatim: ${sentence}`);
      for (const furniture of ['via AP', 'Belfast Telegraph', 'Home News World']) {
        assert.ok(!sentence.includes(furniture), `no "${furniture}" in: ${sentence}`);
      }
      assert.ok(!sentence.startsWith('Kim Jong Un left North Korea'), `not the caption: ${sentence}`);
    }
    assert.deepEqual(shown.marks, shown.sentences);
    assert.ok(shown.leftOut.some((b) => b.text.includes('via AP')), 'captions are shown as left out');
    // Keywords that overlap ("North" and "North Korea"): each chip underlines all its occurrences, and a
    // piece of both stays underlined while either chip is pressed.
    const chip = (term) => page.locator('#keywords .chip').filter({ hasText: new RegExp(`^${term}\\d+$`) });
    const underlined = () => page.locator('#original .kw.on').evaluateAll((us) => us.map((u) => u.textContent));
    const count = async (term) => Number(await chip(term).locator('.chip-count').textContent());
    assert.ok(shown.keywords.includes('North') && shown.keywords.includes('North Korea'), `${shown.keywords}`);
    await chip('North').click();
    assert.equal((await underlined()).length, await count('North'), 'every "North" is underlined, in "North Korea" too');
    await chip('North Korea').click();
    await chip('North').click();
    assert.equal((await underlined()).filter((u) => u.startsWith('North')).length, await count('North Korea'), 'those of "North Korea" stay');
    assert.ok(await page.locator('#sample-credit').isHidden(), "the sample's credit goes with the sample");
    await page.locator('#sample-button').click();
    await waitForSummary(page, { count: 3 });
    assert.ok(await page.locator('#sample-credit').isVisible(), "and comes back with it");
  });

  test('shows the language detected, lets the reader choose another, and keeps the choice', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    await page.waitForFunction(() => document.querySelectorAll('#language option').length >= 27);
    const german = 'Die Stadt hat am Montag eine neue Straßenbahnlinie eröffnet. Sie verbindet den Hauptbahnhof mit dem '
      + 'Norden der Stadt. Die Bauarbeiten dauerten drei Jahre. Die Bahn fährt an Werktagen alle zehn Minuten.';
    await paste(page, german);
    await waitForSummary(page);
    await page.waitForFunction(() => document.getElementById('fig-language').textContent === 'German (detected)');
    const keywords = () => page.$$eval('#keywords .chip', (chips) => chips.map((c) => c.firstChild.textContent.toLowerCase()));
    const detected = await keywords();
    assert.ok(detected.length > 0 && !detected.some((k) => ['die', 'der', 'am', 'hat'].includes(k)), `German function words are not keywords: ${detected}`);
    // The reader overrides the detection: French rules, so German's function words are words like any other.
    await page.selectOption('#language', 'fr');
    await page.waitForFunction(() => document.getElementById('fig-language').textContent === 'French');
    await waitForSummary(page);
    assert.ok((await keywords()).includes('die'), 'under French rules "die" is a word like any other');
    await page.reload();
    await waitForSummary(page);
    assert.equal(await page.locator('#language').inputValue(), 'fr', 'the choice is kept with the settings');
    await page.waitForFunction(() => document.getElementById('fig-language').textContent === 'French');
    await page.selectOption('#language', '');
    await page.waitForFunction(() => document.getElementById('fig-language').textContent === 'German (detected)');
    assert.equal(await page.locator('#input-count').textContent(), '31 words.');
    // Chinese counts each character as a word, as the summarizer does (its "words in" is 26 too; this was
    // "5 words", the runs between spaces); a katakana or hiragana run is one, a Latin word one.
    await paste(page, '该市周一开通了一条新的有轨电车线路。 官员表示 QQ空间 ニュース です');
    await page.waitForFunction(() => document.getElementById('input-count').textContent === '26 words.');
    // Thai: a word per four code points of a run (its marks are code points of their own): 53 code points, 14 words, as the core counts them.
    await paste(page, 'รถรางสายใหม่เชื่อมสถานีกลางกับย่านทางตอนเหนือของเมือง');
    await page.waitForFunction(() => document.getElementById('input-count').textContent === '14 words.');
  });

  test('an Arabic article reads right to left, in its language, on an English page', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    const arabic = fixture('lang/ar.txt');
    await paste(page, arabic);
    await waitForSummary(page, { count: 3 });
    const shown = await page.evaluate(() => {
      const direction = (node) => getComputedStyle(node).direction;
      return {
        input: direction(document.getElementById('input')),
        original: direction(document.getElementById('original')),
        sentences: [...document.querySelectorAll('#summary li')].map(direction),
        title: direction(document.getElementById('summary-title')),
        lang: ['summary', 'summary-title', 'keywords', 'original'].map((id) => document.getElementById(id).lang),
      };
    });
    assert.deepEqual(shown, { input: 'rtl', original: 'rtl', sentences: ['rtl', 'rtl', 'rtl'], title: 'rtl', lang: ['ar', 'ar', 'ar', 'ar'] });
    // Back to English: left to right again, and marked English.
    await page.locator('#sample-button').click();
    await waitForSummary(page, { count: 3 });
    const english = await page.evaluate(() => [document.getElementById('input'), document.getElementById('original'), document.querySelector('#summary li')]
      .map((node) => getComputedStyle(node).direction).concat(document.getElementById('summary').lang));
    assert.deepEqual(english, ['ltr', 'ltr', 'ltr', 'en']);
  });

  test('a Chinese column copied out of a PDF reads as whole sentences, with no space where its lines joined', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    // 25 characters a line, as a PDF's column breaks them, mid-word: "我" / "国" is one word.
    const column = ['中国人民银行发布了《中国金融稳定报告》，对2013年我', '国金融体系的稳定状况进行了全面评估。报告要求加强金',
      '融机构风险处置机制建设，建立存款保险制度，完善市场', '化的金融机构退出机制，建立维护金融稳定的长效机制。',
      '报告认为，当前我国经济运行总体平稳，但仍面临不少风', '险和挑战，需要继续深化金融改革。'].join('\n');
    await paste(page, column);
    await waitForSummary(page, { count: 3 });
    const shown = await page.$$eval('#summary li', (items) => items.map((li) => li.innerText));
    assert.ok(shown.every((s) => s.endsWith('。') && !/\s/.test(s)), `whole sentences, no space inside: ${JSON.stringify(shown)}`);
    assert.ok(shown.some((s) => s.includes('我国金融体系')), `the line break inside 我国 is gone: ${JSON.stringify(shown)}`);
  });

  test("a wiki article: its note on other meanings left out, its footnote marks not in the summary's sentences", async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    const note = 'This article is about the genus. For the western honey bee, see Western honey bee.';
    await paste(page, ['Honey bee', 'From Wikipedia, the free encyclopedia', note,
      'A honey bee is a eusocial flying insect within the genus Apis of the bee clade, all native to mainland Afro-Eurasia.[1] '
        + 'Humans introduced honey bees into South America (early 16th century) and Australia (early 19th century).[2][3]',
      'Honey bees are known for their perennial colonial nests from wax and their surplus production of honey.[4] '
        + 'Only 8 species of honey bees are recognized,[citation needed] with a total of 43 subspecies.',
      'The best known honey bee is the western honey bee, which has been domesticated for honey production and crop pollination.[5]'].join('\n'));
    const shown = await waitForSummary(page, { count: 3 });
    assert.ok(shown.leftOut.some((block) => block.text.includes(note) && block.dimmed), `the note left out: ${JSON.stringify(shown.leftOut)}`);
    const listed = await page.$$eval('#summary li', (items) => items.map((li) => li.innerText));
    assert.ok(listed.every((s) => !/\[(?:\d+|citation needed)\]/.test(s)), `no footnote mark: ${JSON.stringify(listed)}`);
    assert.ok(shown.marks.some((s) => /\.\[\d\]/.test(s)), 'the original keeps its marks, highlighted with its sentence');
  });

  test('a technical article: its code is dimmed and labelled as code, in a monospace type, and the article goes on past it', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    const code = 'fn main() -> io::Result<()> {\n    let reader = BufReader::new(File::open("notes.txt")?);\n    for line in reader.lines() {\n        println!("{}", line?);\n    }\n    Ok(())\n}';
    const last = 'Both versions handle Windows and Unix line endings, because lines() strips a trailing carriage return as well as the newline.';
    await paste(page, ['How to read a file line by line in Rust',
      'Reading a file one line at a time is one of the first things people try in a new language. In Rust the standard library gives you everything you need.',
      'The simplest way is to open the file and wrap it in a buffered reader, which keeps an internal buffer so that each call does not go to the operating system.',
      code,
      'Each call to lines() returns an iterator of results, because reading can fail halfway through a file. The question mark operator passes any error up to the caller.',
      last].join('\n\n'));
    const shown = await waitForSummary(page, { count: 3 });
    const block = shown.leftOut.find((b) => b.kind === 'code');
    assert.ok(block && block.text === code && block.dimmed, `the code is one block left out as code: ${JSON.stringify(shown.leftOut)}`);
    assert.equal(await page.locator('#original .left-out[data-kind="code"]').getAttribute('data-label'), 'code block');
    assert.match(await page.locator('#original .left-out[data-kind="code"]').evaluate((s) => getComputedStyle(s).fontFamily), /mono/i);
    assert.ok(!shown.leftOut.some((b) => b.text.includes(last)), 'the paragraph after the code is the article\'s');
    assert.ok(shown.sentences.every((s) => !s.includes('println!')), `no code in the summary: ${JSON.stringify(shown.sentences)}`);
  });

  test('the length controls update the summary live, without pressing Summarize', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });

    // The slider, by keyboard.
    await page.locator('#amount-range').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#amount-number').inputValue(), '5', 'the number follows the slider');
    let shown = await waitForSummary(page, { count: 5 });
    assert.deepEqual(shown.marks, shown.sentences);

    // The number box.
    await page.locator('#amount-number').fill('1');
    await waitForSummary(page, { count: 1 });
    assert.equal(await page.locator('#amount-range').inputValue(), '1', 'the slider follows the number');

    // Percent mode, by keyboard (arrow keys move within the radio group): 20 % of the sentences by default.
    await page.locator('#mode-sentences').focus();
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.locator('#mode-percent').isChecked());
    assert.equal(await page.locator('#amount-number').inputValue(), '20');
    await page.waitForFunction(() => !/→ 1$/.test(document.getElementById('fig-sentences').textContent));
    shown = await waitForSummary(page);
    const [sentencesIn, sentencesOut] = shown.figures.sentences.split(' → ').map(Number);
    assert.equal(shown.sentences.length, sentencesOut);
    assert.ok(Math.abs(sentencesOut - 0.2 * sentencesIn) <= 1, `20 % of ${sentencesIn} is about ${sentencesOut}`);

    await page.locator('#amount-number').fill('50');
    await page.waitForFunction((n) => document.querySelectorAll('#summary li').length > n, sentencesOut);
    shown = await waitForSummary(page);
    assert.ok(Math.abs(shown.sentences.length - 0.5 * sentencesIn) <= 1, `50 % of ${sentencesIn}`);

    // Back to sentences: the earlier setting is remembered.
    await page.locator('label[for="mode-sentences"]').click();
    assert.equal(await page.locator('#amount-number').inputValue(), '1');
    await waitForSummary(page, { count: 1 });
  });

  test('empty input gets a friendly message, junk never breaks the page', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);

    for (const empty of ['', '   \n\t  \n ']) {
      await paste(page, empty);
      const message = await waitForMessage(page);
      assert.match(message, /paste an article/i);
      assert.equal(await page.locator('#summary li').count(), 0, 'no stale summary beside the message');
      assert.equal(await page.locator('#original mark').count(), 0);
    }

    await paste(page, SENTENCES);
    await waitForSummary(page, { count: 3 });

    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const bytes = Array.from({ length: 3000 }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    const units = Array.from({ length: 2000 }, () => String.fromCharCode(Math.floor(random() * 65536))).join('');
    const junk = {
      'random bytes': bytes,
      'random UTF-16 units, lone surrogates included': units,
      'one word': 'Hello',
      'no punctuation': 'the quick brown fox jumps over the lazy dog '.repeat(40),
      'punctuation only': '!!! ??? ... --- *** ((( ))) ;;; ,,, '.repeat(10),
      'symbols and emoji': '🙂🙃 ★☆ ✓✗ ⚠️ 🚆🚆🚆 '.repeat(30),
      'one enormous word': 'a'.repeat(60_000),
      'NUL and control characters': 'One.\u0000Two.\u0001\u0002 Three sentences here.\u0007',
      'Windows line endings': SENTENCES.replace(/\n/g, '\r\n'),
      'mixed scripts': '東京は日本の首都です。人口は多い。Москва — столица России. Αθήνα είναι η πρωτεύουσα. مرحبا بالعالم.',
    };
    for (const [name, text] of Object.entries(junk)) {
      await paste(page, text);
      const outcome = await waitForOutcome(page).catch((err) => {
        throw new Error(`${name}: neither a summary nor a message (${err.message})`);
      });
      if (outcome.kind === 'message') {
        assert.ok(outcome.text.trim().length > 10, `${name}: a readable message, got "${outcome.text}"`);
        assert.doesNotMatch(outcome.text, /unreachable|RuntimeError|undefined|\[object/i, `${name}: ${outcome.text}`);
      } else {
        const shown = await readSummary(page);
        // The summary shows each marked sentence on one line, as the page's own oneLine folds it.
        assert.deepEqual(shown.marks.map(oneLine), shown.sentences, `${name}: marks match the summary`);
        for (const sentence of shown.sentences) assert.ok(oneLine(shown.input).includes(sentence), `${name}: verbatim`);
      }
    }

    // A very long page (about 150,000 words), set directly: typing it through the driver takes minutes.
    const long = Array.from({ length: 250 }, (_, i) => `${SENTENCES}\nSection ${i} closes here.`).join('\n\n');
    await page.evaluate((text) => {
      const input = document.getElementById('input');
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, long);
    const outcome = await waitForOutcome(page, { timeout: 60_000 });
    assert.equal(outcome.kind, 'summary', `a long page is summarized: ${outcome.text ?? ''}`);

    // Still usable afterwards.
    await paste(page, SENTENCES);
    const shown = await waitForSummary(page, { count: 3 });
    assert.ok(shown.sentences.every((s) => SENTENCES.includes(s)));
  });

  test('a crashed worker is replaced and the page says so', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    const [worker] = page.workers();
    assert.ok(worker, 'the summarizer runs in a worker');
    await worker.evaluate(() => setTimeout(() => {
      throw new Error('simulated crash');
    }));
    const message = await waitForMessage(page);
    assert.match(message, /restarted/i);
    await paste(page, SENTENCES);
    const shown = await waitForSummary(page, { count: 3 });
    assert.ok(shown.sentences.every((s) => SENTENCES.includes(s)));
  });

  test('a summarizer that cannot load gets a readable message, not a broken page', async () => {
    const context = await browser.newContext();
    await context.route('**/pkg/abridge_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
    await page.goto(server.url);
    const message = await waitForMessage(page);
    assert.match(message, /Could not load the summarizer \(.*404.*\)\. Reload the page/);
    assert.doesNotMatch(message, /Could not summarize this text/);
    // The controls keep working and keep answering, with the same message.
    await paste(page, SENTENCES);
    assert.match(await waitForMessage(page), /Could not load the summarizer/);
  });

  test('pasted markup is shown as text and never runs', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const text = `${markup} <b onmouseover="window.__pwned=3">Bold claim.</b>\n\n${SENTENCES}\n\n<iframe src="javascript:window.__pwned=4"></iframe> The end of the story is here.`;
    await paste(page, text);
    const shown = await waitForSummary(page);
    assert.equal(shown.input, text);
    assert.ok((await page.locator('#original').textContent()).includes(markup), 'the markup is literal text');
    for (const selector of ['img', 'script', 'iframe', 'b']) {
      assert.equal(await page.locator(`#result ${selector}, #original ${selector}`).count(), 0, `no <${selector}> element`);
    }
    await page.locator('#original').hover();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.ok(!server.hits.includes('/x'), 'the <img> never loaded');
  });

  test('no network requests after the page has loaded', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page);
    // Loading ends when the offline copy is stored (the service worker fetches the page's own files).
    await waitForOfflineCopy(page);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const hitsBefore = server.hits.length;

    await paste(page, SENTENCES);
    await waitForSummary(page, { count: 3 });
    await page.locator('#amount-range').focus();
    await page.keyboard.press('ArrowRight');
    await waitForSummary(page, { count: 4 });
    await paste(page, fixture('pasted-news-article.txt'));
    await waitForSummary(page, { count: 4 });
    await page.locator('#input').press('End');
    await page.keyboard.type(' One more sentence typed at the end.');
    await waitForSummary(page, { count: 4 });
    await page.locator('#summarize-button').click();
    await waitForSummary(page, { count: 4 });
    await page.locator('label[for="mode-percent"]').click();
    await page.waitForFunction(() => !/→ 4$/.test(document.getElementById('fig-sentences').textContent));
    await waitForSummary(page);

    assert.deepEqual(requests, [], 'the page made no request');
    assert.deepEqual(server.hits.slice(hitsBefore), [], 'the server saw no request');
  });

  test('works under a sub-path', async () => {
    const nested = await startServer(undefined, { base: '/tools/abridge/' });
    try {
      page = await openPage(browser, nested.url);
      await waitForSummary(page, { count: 3 });
      await waitForOfflineCopy(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, nested.url, 'the offline copy is scoped to the sub-path');
      assert.ok(nested.hits.every((p) => p.startsWith('/tools/abridge/')), `every request stays below the sub-path: ${nested.hits}`);
    } finally {
      await page?.context().close();
      page = null;
      await nested.close();
    }
  });

  test('opens and summarizes again with the server gone (offline copy)', async () => {
    const own = await startServer(); // its own origin, so that stopping it affects no other test
    page = await openPage(browser, own.url);
    await waitForSummary(page, { count: 3 });
    assert.equal(await waitForOfflineCopy(page), 'activated');
    await own.close();

    await page.reload();
    const shown = await waitForSummary(page, { count: 3 });
    assert.deepEqual(shown.marks, shown.sentences);
    await paste(page, SENTENCES);
    await waitForSummary(page, { count: 3 });
    // The worker restarts from the cache too (a restart refetches worker.js and the glue).
    await page.workers()[0].evaluate(() => setTimeout(() => {
      throw new Error('simulated crash');
    }));
    await waitForMessage(page);
    await paste(page, `${SENTENCES}\nOne more line.`);
    await waitForSummary(page, { count: 3 });
  });
});
