// Pasted pages beyond ../shared/pastes (which is English), to check the plain-text path in other
// languages: real pages from two public extraction test sets, read the way ../shared/pastes was made
// (headless Chromium, JavaScript off, every request blocked, <noscript> removed,
// document.body.innerText).
//
//   node scripts/pastes/render_pages.mjs readability READABILITY_CHECKOUT OUT_DIR
//   node scripts/pastes/render_pages.mjs trafilatura TRAFILATURA_CHECKOUT OUT_DIR
//
// - readability: the real-site test pages of Mozilla's Readability (test/test-pages/ in
//   mozilla/readability, Apache-2.0; 15 of them in Czech, German, Spanish, French, Portuguese, Chinese
//   and Japanese). The article is Readability's expected output (expected.html, read out the same way)
//   and the title its expected metadata's: what Readability's maintainers accept as its answer, not a
//   human annotation, so the title figure is rough (sites' <title>s carry the site's name). Pages whose
//   expected article is under MIN_WORDS words or placeholder text (the set's unit tests of single
//   features) are left out. Writes OUT_DIR/pages/NAME.txt and OUT_DIR/gt/NAME.json ({title, body,
//   lang}), which ../shared/pastes/score.py reads with --pages and --gt, and the page's HTML as
//   OUT_DIR/html/NAME.html: the layout of ../shared/pastes, so that scripts/pastes/run.py --pastes
//   OUT_DIR measures both paths on them.
// - trafilatura: the evaluation pages of Trafilatura (tests/eval/ and tests/cache/ in adbar/trafilatura,
//   Apache-2.0; about half German, the rest in a dozen languages), each with snippets that its article
//   holds ("with") and snippets of the page's furniture ("without"), from tests/evaldata.json. Writes
//   OUT_DIR/pages/NAME.txt and OUT_DIR/snippets.jsonl ({name, with, without}), which
//   scripts/pastes/snippets.py scores, and the page's HTML as OUT_DIR/html/NAME.html, from which
//   scripts/pastes/extract_pages.mjs gives the article the HTML path finds (snippets.py --extracted).
//
// A CHECKOUT is a clone of the repository; a bare git directory works too (files are read with
// `git show`).

import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const MIN_WORDS = 120;
const [source, checkout, outDir] = process.argv.slice(2);
if (!['readability', 'trafilatura'].includes(source) || !checkout || !outDir) {
  console.error('usage: node scripts/pastes/render_pages.mjs readability|trafilatura CHECKOUT OUT_DIR');
  process.exit(2);
}

const gitDir = fs.existsSync(path.join(checkout, '.git')) ? path.join(checkout, '.git') : checkout;
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 256 << 20 });
const show = (file) => {
  try {
    return git('show', `HEAD:${file}`);
  } catch {
    return null;
  }
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
await context.route('**/*', (route) => route.abort());
let page = await context.newPage();

// The paste of an HTML document: what Ctrl+A, Ctrl+C gives of it with scripts off. A page that crashes
// the renderer takes the tab with it: the next page gets a new one.
async function innerText(html) {
  try {
    await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return await page.evaluate(() => {
      for (const n of document.querySelectorAll('noscript')) n.remove();
      return document.body ? document.body.innerText : '';
    });
  } catch (err) {
    await page.close().catch(() => {});
    page = await context.newPage();
    throw err;
  }
}

// Saved pages come in their own encodings: the declared one (meta charset), else UTF-8.
function decode(bytes) {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = (head.match(/charset=["']?([\w-]+)/i) ?? [])[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

fs.mkdirSync(path.join(outDir, 'pages'), { recursive: true });
let kept = 0;
let total = 0;
fs.mkdirSync(path.join(outDir, 'html'), { recursive: true });
if (source === 'readability') {
  fs.mkdirSync(path.join(outDir, 'gt'), { recursive: true });
  const names = git('ls-tree', '--name-only', 'HEAD', 'test/test-pages/').toString().split('\n').filter(Boolean).map((p) => path.basename(p));
  total = names.length;
  for (const name of names) {
    const html = show(`test/test-pages/${name}/source.html`);
    const expected = show(`test/test-pages/${name}/expected.html`);
    const metadata = JSON.parse(show(`test/test-pages/${name}/expected-metadata.json`)?.toString() ?? '{}');
    if (!html || !expected) continue;
    const body = await innerText(`<!doctype html><meta charset="utf-8"><body>${expected.toString('utf8')}`);
    const words = body.split(/\s+/).filter(Boolean).length + (body.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length / 2;
    if (words < MIN_WORDS || /lorem ipsum/i.test(body)) continue;
    const text = html.toString('utf8');
    const lang = metadata.lang || (text.match(/<html[^>]*\blang=["']?([A-Za-z-]+)/i) ?? [])[1] || '';
    fs.writeFileSync(path.join(outDir, 'pages', `${name}.txt`), await innerText(text));
    fs.writeFileSync(path.join(outDir, 'gt', `${name}.json`), JSON.stringify({ title: metadata.title ?? '', body, lang }));
    fs.writeFileSync(path.join(outDir, 'html', `${name}.html`), text);
    kept += 1;
  }
} else {
  const evaldata = JSON.parse(show('tests/evaldata.json').toString('utf8'));
  const files = new Set(git('ls-tree', '-r', '--name-only', 'HEAD', 'tests/eval', 'tests/cache').toString().split('\n'));
  const rows = [];
  for (const entry of Object.values(evaldata)) {
    total += 1;
    const file = [`tests/eval/${entry.file}`, `tests/cache/${entry.file}`].find((f) => files.has(f));
    if (!file || !(entry.with?.length || entry.without?.length)) continue;
    const name = entry.file.replace(/\.html?(\.gz)?$/, '').replace(/[^\w.-]+/g, '_');
    const html = decode(show(file));
    let text;
    try {
      text = await innerText(html);
    } catch (err) {
      console.error(`render_pages: ${file}: ${err.message.split('\n')[0]}`);
      continue;
    }
    fs.writeFileSync(path.join(outDir, 'pages', `${name}.txt`), text);
    fs.writeFileSync(path.join(outDir, 'html', `${name}.html`), html);
    rows.push(JSON.stringify({ name, with: entry.with ?? [], without: entry.without ?? [] }));
    kept += 1;
  }
  fs.writeFileSync(path.join(outDir, 'snippets.jsonl'), rows.join('\n') + '\n');
}
await browser.close();
console.error(`render_pages: ${kept} of ${total} ${source} pages written to ${outDir}`);
