// Pastes saved pages into the Abridge page in headless Chromium, as a person copying a whole web page
// would (the clipboard's text/html), under the page's own Content-Security-Policy, and lists every page
// that gave a console error, a policy violation or no summary. Nothing else is printed for a page that
// went well; the last line counts them (docs/reliability.md, "Pasted pages whose tags break HTML's rules").
//
//   node scripts/pastes/paste_pages.mjs HTML_DIR... (after `make build`)
//
// Each HTML_DIR holds NAME.html.gz or NAME.html files (../shared/pastes/html, or the html/ of a set that
// scripts/pastes/render_pages.mjs made). A fresh page is opened every 50 pastes.

import path from 'node:path';
import { launchBrowser, openPage, pasteClipboard, startServer, waitForOutcome } from '../../tests/e2e/harness.mjs';
import { readPage, savedPages } from './saved_pages.mjs';

const PASTES_PER_PAGE = 50;
const files = savedPages('paste_pages.mjs');

const server = await startServer();
const browser = await launchBrowser();
const started = Date.now();
let page = null;
let failed = 0;
for (const [i, file] of files.entries()) {
  if (i % PASTES_PER_PAGE === 0) {
    await page?.context().close();
    page = await openPage(browser, server.url);
    await waitForOutcome(page);
    await page.evaluate(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
    });
  }
  const problemsBefore = page.problems.length;
  await page.evaluate(() => {
    window.violations.length = 0;
  });
  await pasteClipboard(page, { 'text/html': readPage(file), 'text/plain': 'The text of the page.' });
  const outcome = await waitForOutcome(page, { timeout: 60_000 }).catch(() => ({ kind: 'no answer in 60 s' }));
  const violations = await page.evaluate(() => window.violations.slice());
  const problems = page.problems.slice(problemsBefore);
  if (problems.length > 0 || violations.length > 0 || outcome.kind !== 'summary') {
    failed += 1;
    console.log(JSON.stringify({ page: path.basename(file), outcome: outcome.kind, violations, problems: problems.map((p) => p.slice(0, 240)) }));
  }
}
await page?.context().close();
await browser.close();
await server.close();
console.log(`paste_pages: ${files.length} pages, ${failed} with a console error, a policy violation or no summary, ${Math.round((Date.now() - started) / 1000)} s`);
