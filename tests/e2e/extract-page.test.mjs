// The HTML path in the page and the widget, in headless Chromium: a paste whose clipboard holds text/html
// puts the page's article in the box (with "Use the whole paste" to go back to everything) and is
// summarized with the page's title; a plain-text paste keeps the plain-text path; a page with no article
// still gets a summary, with a notice; a 5 MB page pasted keeps the page answering; and <abridge-summary>
// without `for` (or with for="auto") summarizes the article of a host page full of furniture, and with
// `highlight` marks its sentences in the article, not in a teaser that repeats one.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  closeCheckingProblems, FIXTURES, openPage, pasteClipboard, readSummary, useServerAndBrowser, waitForSummary,
} from './harness.mjs';

const DIR = path.join(FIXTURES, 'extract');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
const fixtureHtml = (name) => fs.readFileSync(path.join(DIR, name), 'utf8');

/** The paste bar: shown or not, what it says, and the whole-paste box. */
function pasteBar(page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.paste-bar');
    const whole = document.getElementById('paste-whole');
    return { shown: Boolean(bar && !bar.hidden), text: bar?.querySelector('.paste-note')?.textContent ?? '',
      whole: whole?.checked ?? null, label: bar?.querySelector('label')?.textContent.trim() ?? '' };
  });
}

/**
 * The page with its first summary on screen, collecting the directives of every policy violation in
 * `window.__violations`.
 */
async function openWatchingViolations(browser, server) {
  const page = await openPage(browser, server.url);
  await waitForSummary(page, { count: 3 });
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  return page;
}

/** A plain-text rendering of a page, roughly what its text/plain clipboard flavour holds. */
const plainOf = (html) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n')
  .replace(/&amp;/g, '&').replace(/\n\s*\n+/g, '\n').trim();

describe('the HTML path in the page', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  test('a paste with text/html: the article in the box, summarized with its title; the whole paste on request', async () => {
    const page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    const html = fixtureHtml('navigation.html');
    const want = EXPECTED['navigation.html'];
    const plain = plainOf(html);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const { defaultPrevented } = await pasteClipboard(page, { 'text/html': html, 'text/plain': plain });
    assert.ok(defaultPrevented, 'the page puts the article in the box itself');
    const shown = await waitForSummary(page, { count: 3 });
    // The box holds the article: every paragraph, none of the menus or the footer, no headline line.
    for (const phrase of want.article) assert.ok(shown.input.includes(phrase), `in the box: ${phrase}`);
    for (const phrase of want.furniture) assert.ok(!shown.input.includes(phrase), `not in the box: ${phrase}`);
    assert.ok(!shown.input.startsWith(want.title), 'the headline is the title, not a sentence');
    for (const sentence of shown.sentences) {
      assert.ok(want.article.some((p) => sentence.startsWith(p.slice(0, 30)) || shown.input.includes(sentence)), sentence);
    }
    const bar = await pasteBar(page);
    assert.ok(bar.shown);
    assert.equal(bar.label, 'Use the whole paste');
    assert.match(bar.text, new RegExp(`Article found: “${want.title}”\\. Left out: page header \\(\\d+\\), page footer \\(\\d+\\)`));
    // The summary is headed by the page's headline, which the box (the article) does not repeat.
    const heading = await page.evaluate(() => {
      const title = document.getElementById('summary-title');
      return { hidden: title.hidden, text: title.textContent };
    });
    assert.deepEqual(heading, { hidden: false, text: want.title });
    // The page loaded the extractor; nothing the pasted page refers to was requested.
    assert.ok(requests.includes('/extract.js'), `the extractor was loaded on demand: ${requests}`);
    assert.ok(requests.every((p) => /^\/(extract[\w-]*\.js|visibility\.js|vendor\/readability\.js)$/.test(p)), `only the extractor: ${requests}`);

    await page.locator('#paste-whole').check();
    const whole = await waitForSummary(page);
    assert.equal(whole.input, plain, 'the whole paste, as its plain text');
    assert.match((await pasteBar(page)).text, /whole paste/);
    await page.locator('#paste-whole').uncheck();
    const back = await waitForSummary(page, { count: 3 });
    assert.equal(back.input, shown.input, 'and back to the article');
    await closeCheckingProblems(page);
  });

  test('a Chromium clipboard fragment (inline styles, handlers, no <head>) under the strict CSP of the page', async () => {
    const page = await openWatchingViolations(browser, server);
    const want = EXPECTED['clipboard.html'];
    const html = fixtureHtml('clipboard.html').replace('<h1 ', '<h1 onclick="alert(1)" ').replace('<!--StartFragment-->', '<!--StartFragment--><style>p { color: red }</style>');
    await pasteClipboard(page, { 'text/html': html, 'text/plain': plainOf(html) });
    const shown = await waitForSummary(page, { count: 3 });
    for (const phrase of want.article) assert.ok(shown.input.includes(phrase), `in the box: ${phrase}`);
    assert.match((await pasteBar(page)).text, new RegExp(`^Article found: “${want.title}”`));
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing the policy would report');
    await closeCheckingProblems(page);
  });

  test('what a policy checks goes before parsing: tags written against the rules, <base>, <track>, a <style> never closed; a tag of a million attributes is no error', async () => {
    const page = await openWatchingViolations(browser, server);
    const want = EXPECTED['clipboard.html'];
    // Each as real pages write them, and as the browser's parser still reads them: a "/" between
    // attributes (`"//>`), no space after a quoted value, a ";" after one, quotes escaped as in a script,
    // upper case; a page's <base> (the page's policy has base-uri 'none') and an audio's captions.
    const broken = '<link rel="stylesheet" href="/a.css" media="print" onload="this.media=\'all\'"//>'
      + '<img alt="x"onerror="window.__ran=1" src="">'
      + '<div class="note" style="margin-bottom: 5px";><span STYLE="color:red">Note</span></div>'
      + '<iframe src=\\"https://example.com/\\" style=\\"display:none\\"></iframe>'
      + '<base href="https://example.com/news/"><audio><track default kind="captions" src="/captions.vtt"></audio>';
    const huge = `<span${' data-x="1"'.repeat(1_000_000)}></span>`;
    const unclosed = '<script>const open = "<style>";</script><style>.chat { bottom: 86px }';
    for (const [label, inserted, atEnd] of [['broken tags', broken], ['a tag of a million attributes', huge], ['a <style> never closed', unclosed, true]]) {
      const clipboard = fixtureHtml('clipboard.html');
      const html = atEnd ? clipboard + inserted : clipboard.replace('<!--StartFragment-->', `<!--StartFragment-->${inserted}`);
      await pasteClipboard(page, { 'text/html': html, 'text/plain': plainOf(html) });
      const shown = await waitForSummary(page, { count: 3 });
      for (const phrase of want.article) assert.ok(shown.input.includes(phrase), `${label}, in the box: ${phrase}`);
      // The extractor read the page (had it thrown, the box would hold the plain text, with no bar).
      assert.match((await pasteBar(page)).text, new RegExp(`^Article found: “${want.title}”`), label);
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `${label}: nothing the policy would report`);
    }
    assert.equal(await page.evaluate(() => '__ran' in window), false);
    await closeCheckingProblems(page);
  });

  test('a plain-text paste keeps the plain-text path', async () => {
    const page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    const { defaultPrevented } = await pasteClipboard(page, { 'text/plain': 'Some text to paste.' });
    assert.equal(defaultPrevented, false, 'the browser pastes plain text as always');
    assert.equal((await pasteBar(page)).shown, false);
    // What the browser's own paste then does (a synthetic event has no default action).
    const paste = EXPECTED['read-more.html'].article.join('\n\n');
    await page.locator('#input').fill(paste);
    const shown = await waitForSummary(page, { count: 3 });
    assert.equal(shown.input, paste);
    await closeCheckingProblems(page);
  });

  test("a pasted transcript: its timecodes and speakers' names left out, so that its lines read on as sentences; an agenda's times stay", async () => {
    const page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    // YouTube's transcript panel, copied: a timecode over every line, and sentences across the lines.
    const lines = ['Hey everyone, welcome back to the channel.', "Today we're talking about why your sourdough",
      'starter might not be rising and what you', 'can do about it. The most common reason is',
      'temperature. If your kitchen is below about', '20 degrees, the yeast slows right down.',
      'The second reason is the feeding ratio. If you', 'feed one to one to one, the starter peaks',
      'fast and then collapses, so try one to five', 'to five instead. And finally, check your flour.',
      'Whole grain rye gives the yeast much more', 'to eat than white bread flour does.'];
    const video = lines.flatMap((line, i) => [`0:${String(3 * i).padStart(2, '0')}`, line]).join('\n');
    const { defaultPrevented } = await pasteClipboard(page, { 'text/plain': video });
    assert.ok(defaultPrevented, 'the page puts the transcript in the box itself');
    const shown = await waitForSummary(page, { count: 3 });
    assert.equal(shown.input, lines.join('\n'), 'the lines, without their timecodes');
    assert.equal((await pasteBar(page)).text, 'A transcript: its 12 timecodes left out, so that its lines read on.');
    for (const sentence of shown.sentences) assert.match(sentence, /^[A-Z].*[a-z]\.$/, `a whole sentence: ${sentence}`);
    assert.ok(shown.sentences.some((s) => !lines.some((line) => line.includes(s))), `a sentence across lines: ${shown.sentences}`);
    await page.locator('#paste-whole').check();
    assert.equal((await waitForSummary(page)).input, video, 'the whole paste brings the timecodes back');

    // A subtitle file (SubRip): cue numbers and timing lines go, and a cue that repeats the last one.
    const srt = ['1', '00:00:01,000 --> 00:00:04,000', 'Panels lose about half a percent', '',
      '2', '00:00:04,500 --> 00:00:08,000', 'of output for every degree above 25 Celsius.', '',
      '3', '00:00:08,500 --> 00:00:11,000', 'of output for every degree above 25 Celsius.', 'Ventilation behind them helps.', ''].join('\r\n');
    await pasteClipboard(page, { 'text/plain': srt });
    assert.equal((await waitForSummary(page)).input,
      'Panels lose about half a percent\nof output for every degree above 25 Celsius.\nVentilation behind them helps.');

    // WebVTT as automatic captions write it: a header, a note, cue settings, word timings, rolling lines.
    const vtt = ['WEBVTT', 'Kind: captions', '', 'NOTE made by a machine', '', 'intro',
      '00:00.000 --> 00:02.500 align:start position:0%', 'the river<00:00.800><c> rose</c><00:01.100><c> overnight</c>', '',
      '00:02.500 --> 00:05.000 align:start position:0%', 'the river rose overnight', '<v Ana>and the bridge closed</v>', '',
      '00:05.000 --> 00:07.000', 'and the bridge closed', 'at noon.', ''].join('\n');
    await pasteClipboard(page, { 'text/plain': vtt });
    assert.equal((await waitForSummary(page)).input, 'the river rose overnight\nand the bridge closed\nat noon.');

    // A meeting's transcript (Rev's form): each speaker's name and timecode over their turn go, and each
    // turn is a paragraph.
    const meeting = ['Speaker 1 (00:00):', 'Welcome, everyone. Today we look at', 'the library budget.', '',
      'Jane Smith (00:07):', 'The branches open two more evenings.', '', 'Speaker 1 (00:12):', 'Thank you.'].join('\n');
    await pasteClipboard(page, { 'text/plain': meeting });
    assert.equal((await waitForSummary(page)).input,
      'Welcome, everyone. Today we look at\nthe library budget.\n\nThe branches open two more evenings.\n\nThank you.');

    // A recorded meeting's captions (Zoom's WebVTT): each cue opens with its speaker's name. The names go, and
    // a turn by someone else is a paragraph; so with the voice tags of Microsoft Teams' captions, and with the
    // "[Name] 10:02:33" lines of captions saved during a meeting.
    const zoom = ['WEBVTT', '', '1', '00:00:01.120 --> 00:00:05.480', 'Maria Lopez: The cloud costs went up this quarter.', '',
      '2', '00:00:05.900 --> 00:00:09.200', 'Maria Lopez: Most of it is the analytics', '', '3', '00:00:09.700 --> 00:00:12.000',
      'Maria Lopez: cluster from the pilot.', '', '4', '00:00:12.500 --> 00:00:15.000', 'Daniel Okafor: We shut it down on Friday.', ''].join('\n');
    await pasteClipboard(page, { 'text/plain': zoom });
    const turns = 'The cloud costs went up this quarter.\nMost of it is the analytics\ncluster from the pilot.\n\nWe shut it down on Friday.';
    assert.equal((await waitForSummary(page)).input, turns);
    assert.equal((await pasteBar(page)).text, "A transcript: its 4 timecodes and its speakers' names left out, so that its lines read on.");
    const teams = zoom.replace(/^(Maria Lopez|Daniel Okafor): (.*)$/gm, '<v $1>$2</v>');
    await pasteClipboard(page, { 'text/plain': teams });
    assert.equal((await waitForSummary(page)).input, turns);
    const saved = ['[Maria Lopez] 10:02:33', 'The cloud costs went up this quarter.', '[Maria Lopez] 10:02:38', 'Most of it is the analytics',
      'cluster from the pilot.', '[Daniel Okafor] 10:02:45', 'We shut it down on Friday.'].join('\n');
    await pasteClipboard(page, { 'text/plain': saved });
    assert.equal((await waitForSummary(page)).input, turns);

    // A programme's times open its lines, bare: no transcript, and the browser pastes it as it is; so do
    // lines of prose that end on a time.
    const agenda = '9:00 Registration and coffee\n9:30 Keynote on city budgets\n10:15 Panel on public libraries\n11:00 Close';
    assert.equal((await pasteClipboard(page, { 'text/plain': agenda })).defaultPrevented, false);
    const times = 'The doors open at 9:00\nThe vote follows at 10:30\nLunch is served at 12:15\nWe close at 16:00';
    assert.equal((await pasteClipboard(page, { 'text/plain': times })).defaultPrevented, false);
    // A live blog's times over its updates run back, newest first: no transcript either.
    const live = '10:45\nPolice closed the bridge.\n10:32\nThe river rose overnight.\n10:15\nSchools are shut.\n09:58\nA warning was issued.';
    assert.equal((await pasteClipboard(page, { 'text/plain': live })).defaultPrevented, false);
    await closeCheckingProblems(page);
  });

  test('a dropped file: a subtitle file without its timecodes, a saved page as its article, Windows-1252 text; a PDF refused', async () => {
    const page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    // A file dropped on the box, as a person drags one from their files (the page must not open it in the tab).
    const drop = (name, bytes, type = '') => page.evaluate(({ name, bytes, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const input = document.getElementById('input');
      const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
      input.dispatchEvent(over);
      const marked = input.classList.contains('dropping');
      const event = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      input.dispatchEvent(event);
      return { overTaken: over.defaultPrevented, marked, dropTaken: event.defaultPrevented, unmarked: !input.classList.contains('dropping') };
    }, { name, bytes: [...bytes], type });
    const utf8 = (text) => new TextEncoder().encode(text);

    const srt = ['1', '00:00:01,000 --> 00:00:04,000', 'Panels lose about half a percent', '',
      '2', '00:00:04,500 --> 00:00:08,000', 'of output for every degree above 25 Celsius.', '',
      '3', '00:00:08,500 --> 00:00:11,000', 'Ventilation behind them helps.', ''].join('\n');
    assert.deepEqual(await drop('talk.srt', utf8(srt)), { overTaken: true, marked: true, dropTaken: true, unmarked: true });
    assert.equal((await waitForSummary(page)).input,
      'Panels lose about half a percent\nof output for every degree above 25 Celsius.\nVentilation behind them helps.');
    assert.match((await pasteBar(page)).text, /^A transcript: its 3 timecodes left out/);

    const want = EXPECTED['navigation.html'];
    await drop('story.html', utf8(fixtureHtml('navigation.html')));
    const story = await waitForSummary(page, { count: 3 });
    for (const phrase of want.article) assert.ok(story.input.includes(phrase), `in the box: ${phrase}`);
    for (const phrase of want.furniture) assert.ok(!story.input.includes(phrase), `not in the box: ${phrase}`);

    // Windows-1252, as older text and subtitle files are written: "é" is the one byte 0xE9.
    const latin = 'The café served crème brûlée. It opened in May. It closed in June.';
    await drop('menu.txt', Uint8Array.from(latin, (c) => c.charCodeAt(0)));
    assert.equal((await waitForSummary(page)).input, latin);

    const before = await page.locator('#input').inputValue();
    await drop('paper.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf');
    await page.waitForFunction(() => /is not a text file/.test(document.getElementById('message').textContent));
    assert.equal(await page.locator('#input').inputValue(), before, 'the box keeps its text');
    assert.equal(new URL(page.url()).pathname, '/', 'the page is still the page');
    await closeCheckingProblems(page);
  });

  test('a pasted page with no article: a summary of what is there, and a notice', async () => {
    const page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    const html = fixtureHtml('home-page.html');
    await pasteClipboard(page, { 'text/html': html, 'text/plain': plainOf(html) });
    const shown = await waitForSummary(page);
    assert.ok(shown.sentences.length > 0);
    assert.match((await pasteBar(page)).text, /^No article found in the pasted page/);
    await closeCheckingProblems(page);
  });

  test('pasting a 5 MB page: no main-thread task over 1 s until its summary is on screen', async () => {
    const page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
        .observe({ type: 'longtask' });
    });
    const started = Date.now();
    const size = await page.evaluate(() => {
      // A heavy page as sites send them: most of its 5 MB is markup, state and icons, around a long
      // article (about 40,000 words).
      const sentence = (i) => `Crossing ${i} left the north quay at ten past eleven with forty passengers and a van of bread.`;
      let article = '';
      for (let i = 0; article.length < 250_000; i += 3) {
        article += `<p class="body-text" style="margin:0 0 1em;font-size:18px">${sentence(i)} ${sentence(i + 1)} ${sentence(i + 2)}</p>`;
      }
      const icon = `<svg viewBox="0 0 24 24" width="24" height="24"><path d="${'M12 2l3 7h7l-5.5 4 2 7L12 16l-6.5 4 2-7L2 9h7z '.repeat(20)}"/></svg>`;
      const menu = `<nav class="mega-menu">${Array.from({ length: 400 }, (_, i) => `<div class="menu-item"><a href="/section/${i}">Section ${i}</a>${icon}<p>Our coverage of topic ${i}, every day.</p></div>`).join('')}</nav>`;
      const state = `<script type="application/json" id="__STATE__">${JSON.stringify({ items: Array.from({ length: 12_000 }, (_, i) => ({ id: i, slug: `story-${i}`, title: `Story number ${i} about the harbour`, tags: ['news', 'local', 'harbour'] })) })}</script>`;
      let html = `<html><head><title>Ferry log | Courier</title>${state}</head><body>${menu}<main><article><h1>Ferry log</h1>${article}</article></main><footer>Footer</footer>`;
      while (html.length < 5_000_000) html += `<div class="sprite" hidden>${icon.repeat(50)}</div>`;
      html += '</body></html>';
      const input = document.getElementById('input');
      input.select();
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', html);
      clipboardData.setData('text/plain', 'Ferry log');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      return html.length;
    });
    assert.ok(size >= 5_000_000, `a 5 MB page (${size})`);
    await waitForSummary(page, { count: 3, timeout: 120_000 });
    const tasks = await page.evaluate(() => window.__longTasks);
    console.log(`TIMING paste of a 5 MB page → summary on screen: ${Date.now() - started} ms, longest task `
      + `${Math.round(Math.max(0, ...tasks))} ms (${tasks.length} over 50 ms)`);
    assert.ok(Math.max(0, ...tasks) < 1000, `every task under 1 s: ${tasks.map(Math.round).join(', ')} ms`);
    await closeCheckingProblems(page);
  });
});

describe('the widget finds the article of its host page', () => {
  let server;
  let browser;
  useServerAndBrowser((started) => ({ server, browser } = started));

  /** `host` (a page's HTML) opened in `context`, with page and console errors in `page.problems`. */
  async function openHost(context, host) {
    await context.route(`${server.url}__widget-host.html`, (route) => route.fulfill({ contentType: 'text/html', body: host }));
    const page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => msg.type() === 'error' && page.problems.push(`console: ${msg.text()}`));
    await page.goto(`${server.url}__widget-host.html`);
    return page;
  }

  // The third: the whole page inside an element of `display: contents`, as Next.js wraps its pages (such
  // an element has no box, so checkVisibility() says false while its children show).
  for (const [attributes, wrapped] of [['', false], ['for="auto"', false], ['for="auto"', true]]) {
    test(`<abridge-summary ${attributes || '(no for)'}> on a page with nav, aside and footer${wrapped ? ', all in display: contents' : ''}`, async () => {
      const context = await browser.newContext();
      let host = fixtureHtml('widget-host.html').replace('<abridge-summary', `<abridge-summary ${attributes}`);
      if (wrapped) host = host.replace('<body>', '<body><div style="display: contents">').replace('</body>', '</div></body>');
      const page = await openHost(context, host);
      const summary = await page.waitForFunction(() => {
        const widget = document.querySelector('abridge-summary');
        return widget?.summary ? { sentences: widget.summary.sentences.map((s) => s.text), status: widget.shadowRoot.querySelector('.status').textContent } : null;
      }, undefined, { timeout: 20_000 }).then((h) => h.jsonValue());
      const paragraphs = await page.$$eval('article p', (ps) => ps.map((p) => p.textContent.replace(/\s+/g, ' ').trim()));
      assert.equal(summary.sentences.length, 3);
      for (const sentence of summary.sentences) {
        const s = sentence.replace(/\s+/g, ' ').trim();
        assert.ok(paragraphs.some((p) => p.includes(s)), `from the article: ${s}`);
      }
      assert.equal(summary.status, '');
      assert.equal(await page.locator('article mark').count(), 0, 'the page itself is untouched');
      await closeCheckingProblems(page);
    });
  }

  test('<abridge-summary for="auto" highlight> marks the sentences in the article, not a teaser that repeats one', async () => {
    const context = await browser.newContext();
    const first = 'The central library began opening until two in the morning on weekdays this month, the first public library in the region to keep such late hours.';
    // The menu teases the story with its first sentence, word for word, before the article; its white
    // space differs from the article's too (line breaks and runs of spaces in the markup).
    const host = fixtureHtml('widget-host.html')
      .replace('<abridge-summary', '<abridge-summary for="auto" highlight')
      .replace('<li><a href="/culture">Culture</a>', `<li><a href="/culture">Culture</a><div class="mega-menu"><p>${first} Read the story.</p></div>`)
      .replace('in the region to keep such late hours.</p>', 'in the region to keep\n    such   late hours.</p>')
      // A page whose UTF-8 was decoded twice: the extractor puts "o’clock" right, the page still shows it so.
      // In the same sentence a dash written as an entity, which the damage did not reach: the page shows
      // a sentence spelled both ways.
      .replace('floor was full by eleven o&#x27;clock', 'floor was full &mdash; by eleven o\u00e2\u0080\u0099clock');
    const page = await openHost(context, host);
    const article = () => page.$eval('article', (a) => a.innerHTML);
    const sentences = await page.waitForFunction(() => {
      const widget = document.querySelector('abridge-summary');
      return widget?.summary && document.querySelector('mark[data-abridge-highlight]') ? widget.summary.sentences.map((s) => s.text) : null;
    }, undefined, { timeout: 20_000 }).then((h) => h.jsonValue());
    assert.equal(sentences.length, 3);
    assert.ok(sentences.some((s) => s.replace(/\s+/g, ' ') === first), `the article's first sentence is chosen: ${sentences}`);
    const marks = await page.$$eval('mark[data-abridge-highlight]', (ms) => ms.map((m) => ({
      i: Number(m.dataset.abridgeHighlight), text: m.textContent, inArticle: Boolean(m.closest('article')),
    })));
    assert.ok(marks.every((m) => m.inArticle), `every mark is in the article: ${JSON.stringify(marks)}`);
    const bySentence = sentences.map((_, i) => marks.filter((m) => m.i === i).map((m) => m.text).join(''));
    const asThePageShowsIt = (t) => t.replace(/\s+/g, ' ').replace('o’clock', 'o\u00e2\u0080\u0099clock');
    assert.ok(sentences.some((t) => t.includes('full — by eleven o’clock')), `the repaired sentence is chosen: ${sentences}`);
    assert.deepEqual(bySentence.map((t) => t.replace(/\s+/g, ' ')), sentences.map(asThePageShowsIt), 'each sentence marked whole, once');
    // A summary sentence takes the reader to its mark.
    await page.locator('abridge-summary .s[data-i="0"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.abridgeHighlight), '0');
    // Without the attribute the article is as it was.
    await page.evaluate(() => document.querySelector('abridge-summary').removeAttribute('highlight'));
    await page.waitForFunction(() => !document.querySelector('mark[data-abridge-highlight]'));
    const served = host.slice(host.indexOf('<article>') + 9, host.indexOf('</article>')).replace(' highlight', '');
    const reserialized = await page.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.innerHTML;
    }, served);
    assert.equal(await article(), reserialized);
    await closeCheckingProblems(page);
  });
});
