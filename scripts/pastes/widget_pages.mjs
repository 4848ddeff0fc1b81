// Puts <abridge-summary for="auto" highlight> into saved pages, as a site owner dropping the one tag into
// an article page would, and checks in headless Chromium that each page gets a summary whose sentences are
// all marked in the page, with no console error. The pages' own scripts, <meta http-equiv> and <base> are
// taken out and every request that is not for www/ is refused, so the pages run nothing of theirs and
// nothing leaves the machine. Prints a line for each page that fell short, then the totals
// (docs/embedding.md).
//
//   node scripts/pastes/widget_pages.mjs HTML_DIR... (after `make build`)
//
// Each HTML_DIR holds NAME.html.gz or NAME.html files (../shared/pastes/html, or the html/ of a set that
// scripts/pastes/render_pages.mjs made).

import path from 'node:path';
import { launchBrowser, startServer } from '../../tests/e2e/harness.mjs';
import { readPage, savedPages } from './saved_pages.mjs';

const files = savedPages('widget_pages.mjs');

/** The page as a host: its scripts, http-equiv metas and <base> out (the widget goes in once it has loaded). */
function hostPage(html) {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<meta[^>]+http-equiv[^>]*>/gi, '').replace(/<base\b[^>]*>/gi, '');
}

const server = await startServer();
const origin = new URL(server.url).origin;
const browser = await launchBrowser();
const started = Date.now();
let short = 0;
let empty = 0;
let chosen = 0;
let marked = 0;
for (const file of files) {
  const body = hostPage(readPage(file));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/host.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
    return route.continue();
  });
  const page = await context.newPage();
  const problems = [];
  // An uncaught error counts when it went through a file of www/: the pages' own inline handlers call
  // functions of the scripts taken out ("errorLogs is not defined"), from host.html.
  page.on('pageerror', (err) => {
    const ours = (err.stack ?? '').split('\n').some((line) => line.includes(origin) && !line.includes('/host.html'));
    if (ours) problems.push(`pageerror: ${err.message}`);
  });
  // Only the widget's errors: not the page's own (its markup, such as an <svg width="auto">, reported
  // against host.html), nor the refused requests for its images and styles, which are the probe's doing.
  page.on('console', (msg) => {
    const where = msg.location().url ?? '';
    if (msg.type() === 'error' && !where.endsWith('/host.html') && !/Failed to load resource/.test(msg.text())) {
      problems.push(`${msg.text().slice(0, 240)} (${where})`);
    }
  });
  await page.goto(`${server.url}host.html`, { waitUntil: 'domcontentloaded' });
  // The tag a site owner adds, first in <body>, and the module that defines it.
  await page.evaluate(() => {
    const widget = document.createElement('abridge-summary');
    for (const [name, value] of [['for', 'auto'], ['sentences', '3'], ['highlight', '']]) widget.setAttribute(name, value);
    (document.body ?? document.documentElement).prepend(widget);
  });
  await page.addScriptTag({ type: 'module', url: '/abridge-summary.js' });
  const result = await page.waitForFunction(() => {
    const widget = document.querySelector('abridge-summary');
    const status = widget?.shadowRoot?.querySelector('.status');
    if (status?.dataset.tone === 'error') return { error: status.textContent };
    // A page that shows no text without its scripts (its body hidden until they run) has nothing to summarize.
    if (!widget?.summary && /^Nothing to summarize/.test(status?.textContent ?? '') && !document.body.innerText.trim()) {
      return { empty: true };
    }
    if (!widget?.summary) return null;
    const marks = new Set([...document.querySelectorAll('mark[data-abridge-highlight]')].map((m) => m.dataset.abridgeHighlight));
    return { chosen: widget.summary.sentences.length, marked: marks.size };
  }, undefined, { timeout: 30_000 }).then((h) => h.jsonValue()).catch(() => ({ error: 'no summary in 30 s' }));
  chosen += result.chosen ?? 0;
  marked += result.marked ?? 0;
  empty += result.empty ? 1 : 0;
  if (result.error || (!result.empty && result.marked !== result.chosen) || problems.length > 0) {
    short += 1;
    console.log(JSON.stringify({ page: path.basename(file), ...result, problems }));
  }
  await context.close();
}
await browser.close();
await server.close();
console.log(`widget_pages: ${files.length} pages, ${empty} showing no text without their scripts, `
  + `${short} short (an error, a console error or a sentence unmarked); `
  + `${marked} of ${chosen} chosen sentences marked; ${Math.round((Date.now() - started) / 1000)} s`);
