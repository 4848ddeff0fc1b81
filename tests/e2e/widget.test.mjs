// The <abridge-summary> widget (www/abridge-summary.js) on the embed demo (www/embed.html), in headless
// Chromium: under a strict Content Security Policy sent as a real header (and the page's meta tag), against
// the host page's heavy-handed CSS, highlighting in the article and undoing it exactly, keyboard use,
// attributes, events, markup in the article staying text, no request while summarizing, and cleanup.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closePageAfterEach, fixture, openPage, useServerAndBrowser } from './harness.mjs';

/** The policy the test server sends with every response (the page carries the same one in a meta tag). */
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'; "
  + "require-trusted-types-for 'script'; trusted-types abridge";

/** Collects CSP violations from the start of every document (an init script is not subject to the CSP). */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** Waits until the widget with `selector` shows a summary; returns what it shows. */
async function widgetSummary(page, selector = '#story-summary', { count } = {}) {
  await page.waitForFunction(({ selector, count }) => {
    const widget = document.querySelector(selector);
    const body = widget?.shadowRoot?.querySelector('.body');
    const items = widget?.shadowRoot?.querySelectorAll('.summary .s') ?? [];
    return body && body.getAttribute('aria-busy') !== 'true' && items.length > 0
      && (count === undefined || items.length === count) && widget.summary;
  }, { selector, count }, { timeout: 15_000 });
  return page.evaluate((selector) => {
    const widget = document.querySelector(selector);
    const root = widget.shadowRoot;
    return {
      items: [...root.querySelectorAll('.summary .s')].map((s) => s.textContent),
      tag: root.querySelector('.summary').tagName,
      chosen: widget.summary.sentences.map((s) => s.text),
      status: root.querySelector('.status').textContent,
      foot: root.querySelector('.foot').textContent,
    };
  }, selector);
}

/** The chosen sentences as the article shows them: the text of each sentence's marks, joined. */
async function marksBySentence(page) {
  return page.evaluate(() => {
    const by = new Map();
    for (const mark of document.querySelectorAll('#story mark[data-abridge-highlight]')) {
      const i = mark.dataset.abridgeHighlight;
      by.set(i, (by.get(i) ?? '') + mark.textContent);
    }
    return [...by.keys()].sort().map((k) => by.get(k).replace(/\s+/g, ' ').trim());
  });
}

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

describe('the <abridge-summary> widget', () => {
  let server;
  let browser;
  let page;

  useServerAndBrowser((started) => ({ server, browser } = started), { headers: { 'Content-Security-Policy': CSP } });
  closePageAfterEach(() => page, () => (page = null));

  async function open(path = 'embed.html', options = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || /content security policy/i.test(msg.text())) page.problems.push(`console: ${msg.text()}`);
    });
    await watchViolations(page);
    const response = await page.goto(server.url + path);
    return response;
  }

  test('summarizes the article under a strict CSP header and meta tag, with no violation', async () => {
    const response = await open();
    assert.equal(response.headers()['content-security-policy'], CSP, 'the server sends the policy as a header');
    const shown = await widgetSummary(page, '#story-summary', { count: 3 });
    const article = oneLine(await page.locator('#story').textContent());
    assert.equal(shown.tag, 'UL', 'key points are a list');
    for (const item of shown.items) assert.ok(article.includes(item), `verbatim from the article: ${item}`);
    assert.deepEqual(shown.items, shown.chosen.map(oneLine));
    assert.match(shown.foot, /^3 of \d+ sentences/);

    // The letter widget summarizes its own text content.
    const letter = await widgetSummary(page, 'abridge-summary[type="tldr"]', { count: 2 });
    assert.equal(letter.tag, 'P', 'a tldr is a paragraph');
    const letterText = oneLine(await page.locator('abridge-summary[type="tldr"]').evaluate((w) => w.textContent));
    for (const item of letter.items) assert.ok(letterText.includes(item), `from the letter: ${item}`);

    // The page's own script saw the summary event.
    await page.waitForFunction(() => /^summary event: 3 of \d+ sentences/.test(document.getElementById('event-log').textContent));
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no securitypolicyviolation event');
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(policy + CSP, /unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')|blob:|\*/, 'nothing loosened');
  });

  test("the host page's CSS cannot restyle it", async () => {
    await open();
    await widgetSummary(page, '#story-summary', { count: 3 });
    const styles = () => page.evaluate(() => {
      const widget = document.getElementById('story-summary');
      const props = ['font-family', 'font-size', 'font-weight', 'color', 'background-color', 'line-height', 'letter-spacing',
        'word-spacing', 'text-transform', 'text-indent', 'text-align', 'padding-top', 'padding-left', 'margin-top', 'margin-bottom',
        'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width', 'border-left-style', 'list-style-type',
        'box-sizing', 'border-radius', 'text-shadow', 'display', 'width', 'height'];
      const pick = (el) => {
        const cs = getComputedStyle(el);
        return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      };
      const root = widget.shadowRoot;
      const out = {};
      for (const sel of ['.card', '.label', '.toggle', '.summary', '.summary > li', '.s', '.foot', '.logo']) {
        const el = root.querySelector(sel);
        const picked = pick(el);
        if (sel !== '.logo' && sel !== '.toggle') {
          delete picked.width; // the sidebar is the host's to size
          delete picked.height;
        }
        out[sel] = picked;
      }
      const host = getComputedStyle(widget);
      out[':host'] = Object.fromEntries(['border-top-width', 'padding-top', 'padding-left', 'background-color', 'box-shadow', 'display']
        .map((p) => [p, host.getPropertyValue(p)]));
      return out;
    });
    const hostile = await styles();
    // The same page with the host's stylesheet switched off.
    await page.evaluate(() => {
      document.getElementById('host-css').sheet.disabled = true;
    });
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)');
    const bare = await styles();
    assert.deepEqual(hostile, bare, 'computed styles inside the shadow root are the same with and without the host CSS');
    // And the host CSS does reach ordinary elements, so the comparison means something.
    await page.evaluate(() => {
      document.getElementById('host-css').sheet.disabled = false;
    });
    const restyled = await page.evaluate(() => getComputedStyle(document.querySelector('.demo-box p')).fontFamily);
    assert.match(restyled, /Georgia/);
  });

  test('highlights the chosen sentences in the article and puts the article back exactly', async () => {
    await open();
    const shown = await widgetSummary(page, '#story-summary', { count: 3 });
    assert.deepEqual(await marksBySentence(page), shown.items, 'each chosen sentence is marked in the article');
    // The article as served, read in a page that runs no script (the demo enforces Trusted Types, so a
    // DOMParser of our own would need a policy).
    const bare = await browser.newContext({ javaScriptEnabled: false });
    const served = await bare.newPage();
    await served.goto(page.url());
    const pristine = await served.evaluate(async () => {
      const story = document.getElementById('story');
      const texts = (root) => {
        let n = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) n++;
        return n;
      };
      return { html: story.innerHTML, textNodes: texts(story) };
    });
    await bare.close();
    const article = () => page.evaluate(() => {
      const story = document.getElementById('story');
      let textNodes = 0;
      const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) textNodes++;
      return { html: story.innerHTML, textNodes };
    });
    const highlighted = await article();
    assert.notEqual(highlighted.html, pristine.html);
    assert.ok(await page.evaluate(() => document.adoptedStyleSheets.length === 1), 'the marks get their document stylesheet');

    // Turning the attribute off unwraps the marks and joins the split text nodes again.
    await page.evaluate(() => document.getElementById('story-summary').removeAttribute('highlight'));
    await page.waitForFunction(() => !document.querySelector('mark[data-abridge-highlight]'));
    assert.deepEqual(await article(), pristine, 'the article is as it was, text nodes included');
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0, 'the stylesheet is gone');

    // On again, then the widget leaves the page: the same clean article.
    await page.evaluate(() => document.getElementById('story-summary').setAttribute('highlight', ''));
    await page.waitForFunction(() => document.querySelectorAll('mark[data-abridge-highlight]').length > 0);
    await page.evaluate(() => document.getElementById('story-summary').remove());
    assert.deepEqual(await article(), pristine);
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  });

  test('works by keyboard: collapse and expand, jump to a sentence in the article', async () => {
    await open();
    await widgetSummary(page, '#story-summary', { count: 3 });
    const toggle = page.locator('#story-summary').locator('.toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(await page.locator('#story-summary').evaluate((w) => w.hasAttribute('collapsed')), 'collapsed attribute set');
    assert.ok(await page.locator('#story-summary').evaluate((w) => w.shadowRoot.querySelector('.body').hidden));
    assert.equal(await toggle.getAttribute('aria-label'), 'Show the summary');
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(!(await page.locator('#story-summary').evaluate((w) => w.hasAttribute('collapsed'))));

    // Tab on from the toggle reaches the first sentence; Enter shows it in the article.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.getElementById('story-summary').shadowRoot.activeElement?.className);
    assert.equal(focused, 's');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('mark[data-abridge-highlight="0"].abridge-flash'));

    // The accessibility tree: a named region with a heading, a button, and the sentences as a list.
    const snapshot = await page.locator('#story-summary').ariaSnapshot();
    assert.match(snapshot, /heading "Key points" \[level=2\]/);
    assert.match(snapshot, /button "Hide the summary" \[expanded\]/);
    assert.match(snapshot, /listitem/);
  });

  test('attributes: count, type, theme, custom properties; the summary event', async () => {
    await open();
    await widgetSummary(page, '#story-summary', { count: 3 });
    const widget = page.locator('#story-summary');
    const events = await page.evaluateHandle(() => {
      const list = [];
      document.addEventListener('summary', (e) => list.push({ n: e.detail.sentences.length, type: e.detail.type, text: e.detail.text }));
      return list;
    });

    await widget.evaluate((w) => w.setAttribute('sentences', '5'));
    let shown = await widgetSummary(page, '#story-summary', { count: 5 });
    assert.equal(shown.items.length, 5);
    assert.equal((await marksBySentence(page)).length, 5);

    await widget.evaluate((w) => w.setAttribute('type', 'tldr'));
    await page.waitForFunction(() => document.getElementById('story-summary').shadowRoot.querySelector('.summary').tagName === 'P');
    assert.equal(await widget.evaluate((w) => w.shadowRoot.querySelector('.label').textContent), 'TL;DR');

    await widget.evaluate((w) => {
      w.removeAttribute('sentences');
      w.setAttribute('type', 'headline');
    });
    await page.waitForFunction(() => document.getElementById('story-summary').shadowRoot.querySelector('.summary.headline'));
    shown = await widgetSummary(page, '#story-summary', { count: 1 });
    assert.ok(shown.items[0].split(' ').length <= 18, `a headline is short: ${shown.items[0]}`);

    await widget.evaluate((w) => {
      w.setAttribute('type', 'key-points');
      w.setAttribute('ratio', '0.25');
    });
    await page.waitForFunction(() => {
      const w = document.getElementById('story-summary');
      return w.summary?.type === 'key-points' && w.summary.sentences.length === Math.round(0.25 * w.summary.result.stats.sentencesIn);
    });

    const background = () => widget.evaluate((w) => getComputedStyle(w.shadowRoot.querySelector('.card')).backgroundColor);
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.selectOption('#theme-select', 'dark');
    assert.equal(await background(), 'rgb(24, 27, 34)', 'theme="dark"');
    await widget.evaluate((w) => w.style.setProperty('--abridge-accent', 'rgb(200, 30, 90)'));
    assert.equal(await widget.evaluate((w) => getComputedStyle(w.shadowRoot.querySelector('.card')).borderTopColor), 'rgb(200, 30, 90)');

    const seen = await events.jsonValue();
    assert.ok(seen.some((e) => e.n === 5 && e.type === 'key-points'), JSON.stringify(seen));
    assert.ok(seen.some((e) => e.type === 'headline' && e.n === 1));
    assert.ok(seen.every((e) => typeof e.text === 'string' && e.text.length > 0));
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });

  test("an Arabic article's summary reads right to left and is marked Arabic, on an English host page", async () => {
    await open();
    await widgetSummary(page, '#story-summary', { count: 3 });
    const english = await page.locator('#story-summary').evaluate((w) => ({
      lang: w.shadowRoot.querySelector('.summary').lang,
      directions: [...w.shadowRoot.querySelectorAll('.summary .s')].map((s) => getComputedStyle(s).direction),
    }));
    assert.deepEqual(english, { lang: 'en', directions: ['ltr', 'ltr', 'ltr'] });
    const paragraphs = fixture('lang/ar.txt').split(/\n\s*\n/);
    await page.evaluate((paragraphs) => {
      const story = document.createElement('div');
      story.id = 'arabic-story';
      story.append(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
      const widget = document.createElement('abridge-summary');
      widget.id = 'arabic-summary';
      widget.setAttribute('for', 'arabic-story');
      widget.setAttribute('sentences', '2');
      document.body.append(story, widget);
    }, paragraphs);
    await widgetSummary(page, '#arabic-summary', { count: 2 });
    const arabic = await page.locator('#arabic-summary').evaluate((w) => ({
      lang: w.shadowRoot.querySelector('.summary').lang,
      directions: [...w.shadowRoot.querySelectorAll('.summary .s')].map((s) => getComputedStyle(s).direction),
    }));
    assert.deepEqual(arabic, { lang: 'ar', directions: ['rtl', 'rtl'] });
    assert.deepEqual(page.problems, []);
  });

  test('follows prefers-color-scheme unless a theme is set', async () => {
    await open('embed.html', { colorScheme: 'dark' });
    await widgetSummary(page, '#story-summary');
    const bg = (sel) => page.evaluate((sel) => getComputedStyle(document.querySelector(sel).shadowRoot.querySelector('.card')).backgroundColor, sel);
    assert.equal(await bg('#story-summary'), 'rgb(24, 27, 34)');
    await page.evaluate(() => document.getElementById('story-summary').setAttribute('theme', 'light'));
    assert.equal(await bg('#story-summary'), 'rgb(255, 255, 255)');
  });

  test('markup in the article stays text when highlighted, and nothing runs', async () => {
    await open();
    await widgetSummary(page, '#story-summary');
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.evaluate((markup) => {
      const story = document.getElementById('story');
      const paragraphs = [
        `${markup} The harbour trust met on Monday to approve the new pier.`,
        'The pier will cost four million pounds and open next spring.',
        `Residents said <b onmouseover="window.__pwned=3">the pier</b> would bring visitors & trade.`,
        'Fishermen asked for a slipway to be added to the plans.',
        'The trust agreed to study the slipway before the final vote.',
      ];
      story.replaceChildren(...paragraphs.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
    }, markup);
    await page.waitForFunction(() => document.querySelectorAll('#story mark[data-abridge-highlight]').length > 0
      && document.getElementById('story-summary').summary?.result.stats.sentencesIn <= 6);
    await page.locator('#story-summary').evaluate((w) => w.setAttribute('sentences', '5'));
    await page.waitForFunction(() => document.getElementById('story-summary').summary?.sentences.length === 5);
    const out = await page.evaluate(() => ({
      elements: [...document.querySelectorAll('#story *')].map((e) => e.tagName).filter((t) => !['P', 'MARK'].includes(t)),
      shadowElements: [...document.getElementById('story-summary').shadowRoot.querySelectorAll('img, script, b')].length,
      text: document.getElementById('story').textContent,
      marked: [...document.querySelectorAll('#story mark')].map((m) => m.textContent).join('|'),
    }));
    assert.deepEqual(out.elements, [], 'only the paragraphs and the marks: no element came from the text');
    assert.equal(out.shadowElements, 0);
    assert.ok(out.text.includes(markup), 'the markup is literal text');
    assert.ok(out.marked.includes('<img src=x'), 'and it is marked as text');
    await page.locator('#story').hover();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.ok(!server.hits.includes('/x'), 'the <img> never loaded');
  });

  test('no request while summarizing, and one worker for all widgets, gone when they are', async () => {
    await open();
    await widgetSummary(page, '#story-summary', { count: 3 });
    await widgetSummary(page, 'abridge-summary[type="tldr"]');
    await page.waitForLoadState('networkidle');
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const hitsBefore = server.hits.length;
    assert.equal(page.workers().length, 1, 'the widgets share one worker');

    await page.locator('#story-summary').evaluate((w) => w.setAttribute('sentences', '4'));
    await widgetSummary(page, '#story-summary', { count: 4 });
    // An edit of the article (a paragraph added at the end of its text, above the share row) is noticed
    // and summarized again.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'In a late change, the harbour trust announced that the turbines had already broken the town record for clean power.';
      document.querySelector('#story .share').before(p);
    });
    await page.waitForFunction(() => /late change/.test(document.getElementById('story-summary').summary?.result.stats && document.getElementById('story-summary').summary.sentences.map((s) => s.text).join(' ')) || document.getElementById('story-summary').summary?.result.stats.sentencesIn >= 23);
    await page.locator('abridge-summary[type="tldr"]').evaluate((w) => w.setAttribute('sentences', '1'));
    await widgetSummary(page, 'abridge-summary[type="tldr"]', { count: 1 });
    assert.deepEqual(requests, [], 'the page made no request');
    assert.deepEqual(server.hits.slice(hitsBefore), [], 'the server saw no request');

    const closed = new Promise((resolve) => page.workers()[0].once('close', resolve));
    await page.evaluate(() => document.querySelectorAll('abridge-summary').forEach((w) => w.remove()));
    await closed;
    assert.equal(page.workers().length, 0, 'the worker is terminated when the last widget leaves');
  });
});
