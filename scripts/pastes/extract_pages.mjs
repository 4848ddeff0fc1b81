// Runs the page's HTML extractor (www/extract.js) over saved pages in headless Chromium, as the page
// itself runs it, and writes one JSON line per page: { name, title, text, byline, lang, found, leftOut, ms }.
//
//   node scripts/pastes/extract_pages.mjs HTML_DIR OUT.jsonl [--only PREFIX] [--readability-only]
//
// --readability-only: Mozilla's Readability alone instead (its own title and its article, read out with
// the same paragraph breaks), the baseline the extractor is measured against (docs/quality.md).
// HTML_DIR holds NAME.html.gz (or NAME.html) files. www/ is served to the browser from memory on a made-up
// origin (no server, no port); the pages' own HTML is handed to extractArticle as a string, so nothing they
// refer to is ever requested (any request other than www/'s files is counted and reported).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WWW = path.join(ROOT, 'www');
const ORIGIN = 'http://abridge.invalid';
const MIME = { '.js': 'text/javascript', '.html': 'text/html', '.wasm': 'application/wasm' };

function usage(message) {
  console.error(`extract_pages: ${message}\nusage: node scripts/pastes/extract_pages.mjs HTML_DIR OUT.jsonl [--only PREFIX] [--readability-only]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const readabilityOnly = args.includes('--readability-only');
if (readabilityOnly) args.splice(args.indexOf('--readability-only'), 1);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] ?? '' : '';
const [htmlDir, outPath] = args;
if (!htmlDir || !outPath) usage('HTML_DIR and OUT.jsonl are required');
if (!fs.existsSync(path.join(WWW, 'vendor', 'readability.js'))) usage('www/vendor/readability.js is missing: run `make build`');

const files = fs.readdirSync(htmlDir).filter((f) => /\.html(\.gz)?$/.test(f) && f.startsWith(only)).sort();
if (!files.length) usage(`no .html or .html.gz files in ${htmlDir}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage();
const foreign = [];
await page.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) {
    foreign.push(url.href);
    return route.abort();
  }
  if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>extract</title>' });
  const file = path.join(WWW, path.normalize(decodeURIComponent(url.pathname)));
  if (!file.startsWith(WWW) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
  return route.fulfill({ contentType: MIME[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
});
await page.goto(`${ORIGIN}/`);
await page.evaluate(async (readabilityOnly) => {
  if (!readabilityOnly) {
    window.extractArticle = (await import('/extract.js')).extractArticle;
    return;
  }
  const { Readability } = await import('/vendor/readability.js');
  const { blockText } = await import('/extract-text.js');
  window.extractArticle = async (html) => {
    const article = new Readability(new DOMParser().parseFromString(html, 'text/html'), { serializer: (node) => node }).parse();
    return { title: article?.title ?? '', text: article?.content ? blockText(article.content) : '', found: Boolean(article) };
  };
}, readabilityOnly);

fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
const out = fs.createWriteStream(outPath);
const started = Date.now();
let failures = 0;
for (const [i, file] of files.entries()) {
  const name = file.replace(/\.html(\.gz)?$/, '');
  const raw = fs.readFileSync(path.join(htmlDir, file));
  const html = (file.endsWith('.gz') ? zlib.gunzipSync(raw) : raw).toString('utf8');
  let row;
  try {
    row = await page.evaluate(async (html) => {
      const t0 = performance.now();
      const article = await window.extractArticle(html);
      return { ...article, ms: Math.round(performance.now() - t0) };
    }, html);
  } catch (err) {
    failures += 1;
    row = { error: String(err?.message ?? err).slice(0, 300) };
  }
  out.write(`${JSON.stringify({ name, ...row })}\n`);
  if ((i + 1) % 100 === 0) console.error(`  extracted ${i + 1}/${files.length} pages, ${Math.round((Date.now() - started) / 1000)}s`);
}
await new Promise((resolve) => out.end(resolve));
await browser.close();
console.error(`extract_pages: ${files.length} pages in ${Math.round((Date.now() - started) / 1000)}s, ${failures} errors, `
  + `${foreign.length} requests outside www/ (blocked)${foreign.length ? `: ${foreign.slice(0, 3).join(' ')}` : ''}`);
if (failures || foreign.length) process.exitCode = 1;
