// The npm package in real apps: `npm pack` of pkg/, installed (offline) into a fresh app (tests/e2e/apps/)
// that imports `abridge`, `abridge/api`, `abridge/widget` and `abridge/polyfill`; built with Vite and with
// webpack 5 out of the box (no configuration for Abridge), and loaded through an import map with and
// without esbuild; each result served and opened in headless Chromium, where the raw `summarize()`,
// `Abridge.create()`, the `Summarizer` polyfill and `<abridge-summary>` must all show their summaries with
// no console error. Prints a `BUNDLE` line per file a build emits and a `LOADED` line with what the page
// downloaded.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, ROOT, SCREENSHOTS, startServer } from './harness.mjs';

const APP = path.join(ROOT, 'tests', 'e2e', 'apps');
/** Where the apps are installed and built (inside target/, which git ignores; kept for a look afterwards). */
const WORK = path.join(ROOT, 'target', 'e2e-apps');

/** The sentences of the app's article, as the page shows them (whitespace folded). */
const ARTICLE_SENTENCES = fs.readFileSync(path.join(APP, 'index.html'), 'utf8')
  .match(/<article id="article">([\s\S]*?)<\/article>/)[1]
  .replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** The import map a page without a bundler needs: the package's entry points, nothing else. */
const IMPORT_MAP = `<script type="importmap">
  {
    "imports": {
      "abridge": "./abridge/abridge.js",
      "abridge/api": "./abridge/web/abridge-api.js",
      "abridge/widget": "./abridge/web/abridge-summary.js",
      "abridge/polyfill": "./abridge/web/summarizer-polyfill.js"
    }
  }
  </script>`;

let tarball;

/** A fresh app folder: the app's files and `npm install` of the packed package, with no registry. */
function makeApp(name) {
  const dir = path.join(WORK, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const file of fs.readdirSync(APP)) fs.copyFileSync(path.join(APP, file), path.join(dir, file));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `abridge-app-${name.replace(/\W/g, '-')}`, private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', tarball], { cwd: dir, stdio: 'pipe' });
  return dir;
}

/** The installed package's files under `dist/abridge/`, as a page without a bundler serves them. */
function copyPackage(dir, dist) {
  fs.cpSync(path.join(dir, 'node_modules', 'abridge'), path.join(dist, 'abridge'), { recursive: true });
}

/** Each way to build an app: returns the folder to serve and the warnings the tool printed. */
const BUILDS = {
  async vite(dir) {
    const { build, createLogger } = await import('vite');
    const warnings = [];
    const logger = createLogger('warn');
    logger.warn = (message) => warnings.push(message);
    logger.warnOnce = logger.warn;
    await build({ root: dir, configFile: false, customLogger: logger, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
    return { dist: path.join(dir, 'dist'), warnings };
  },

  async webpack(dir) {
    const { default: webpack } = await import('webpack');
    const dist = path.join(dir, 'dist');
    const stats = await new Promise((resolve, reject) => {
      const compiler = webpack({ mode: 'production', context: dir, entry: './main.js', output: { path: dist, clean: true } });
      compiler.run((err, result) => compiler.close(() => (err ? reject(err) : resolve(result))));
    });
    const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
    assert.deepEqual(errors.map((e) => e.message), [], 'webpack builds without errors');
    // webpack's classic bundle: a deferred script rather than a module one.
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace('<script type="module" src="./main.js">', '<script defer src="./main.js">');
    fs.writeFileSync(path.join(dist, 'index.html'), html);
    // webpack's own size hint (244 KiB) for the .wasm is advice, not a problem with the package.
    return { dist, warnings: warnings.map((w) => w.message).filter((m) => !/exceed the recommended size limit/.test(m)) };
  },

  async esbuild(dir) {
    const esbuild = await import('esbuild');
    const dist = path.join(dir, 'dist');
    fs.rmSync(dist, { recursive: true, force: true });
    // esbuild does not follow new URL(…, import.meta.url): the package stays external and is served as
    // published, found through an import map (the one extra step the package README gives).
    const result = await esbuild.build({
      entryPoints: [path.join(dir, 'main.js')], bundle: true, format: 'esm', minify: true, outdir: dist,
      external: ['abridge', 'abridge/*'], logLevel: 'silent',
    });
    copyPackage(dir, dist);
    fs.writeFileSync(path.join(dist, 'index.html'), fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace('<!-- IMPORTMAP -->', IMPORT_MAP));
    return { dist, warnings: result.warnings.map((w) => w.text) };
  },

  async 'import map'(dir) {
    const dist = path.join(dir, 'dist');
    fs.rmSync(dist, { recursive: true, force: true });
    fs.mkdirSync(dist);
    fs.copyFileSync(path.join(dir, 'main.js'), path.join(dist, 'main.js'));
    copyPackage(dir, dist);
    fs.writeFileSync(path.join(dist, 'index.html'), fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace('<!-- IMPORTMAP -->', IMPORT_MAP));
    return { dist, warnings: [] };
  },
};

/** Every file under `dir` with its size, raw and gzip, largest first. */
function fileSizes(dir) {
  const out = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else {
        const data = fs.readFileSync(file);
        out.push({ file: path.relative(dir, file), raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

/**
 * Opens the app at `url` and checks that all four ways to summarize showed their summaries, with no page
 * error, console error or failed request; saves a screenshot. Returns the paths the page asked for.
 */
async function checkApp(browser, name, url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const requested = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => ['raw', 'api', 'polyfill'].every((id) => document.getElementById(id).dataset.state !== 'waiting')
      && document.querySelector('abridge-summary')?.summary, undefined, { timeout: 30_000 });
    const shown = await page.evaluate(() => ({
      raw: [document.getElementById('raw').dataset.state, document.getElementById('raw').textContent],
      api: [document.getElementById('api').dataset.state, document.getElementById('api').textContent],
      polyfill: [document.getElementById('polyfill').dataset.state, document.getElementById('polyfill').textContent],
      widget: [...document.querySelector('abridge-summary').shadowRoot.querySelectorAll('.summary .s')].map((s) => s.textContent),
    }));
    assert.deepEqual([shown.raw[0], shown.api[0], shown.polyfill[0]], ['done', 'done', 'done'], JSON.stringify(shown));
    const quoted = (text) => text.split(/(?<=\.)\s+/).every((s) => ARTICLE_SENTENCES.includes(s.trim()));
    assert.ok(quoted(shown.raw[1]) && shown.raw[1].length > 40, `raw: two sentences of the article: ${shown.raw[1]}`);
    assert.ok(quoted(shown.api[1]) && shown.api[1].split(/(?<=\.)\s+/).length === 3, `api: a medium tl;dr is 3 sentences: ${shown.api[1]}`);
    // Headless Chromium has a Summarizer without its model: the polyfill falls back to Abridge.
    assert.match(shown.polyfill[1], /^abridge: • /, 'the polyfill says which engine it used');
    assert.equal(shown.polyfill[1].split('• ').length - 1, 3, `short key points are 3: ${shown.polyfill[1]}`);
    assert.equal(shown.widget.length, 3, 'the widget shows 3 short key points');
    assert.ok(shown.widget.every((s) => ARTICLE_SENTENCES.includes(s)), `the widget quotes the article: ${shown.widget}`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `app-${name.replace(' ', '-')}.png`), fullPage: true });
    assert.deepEqual(problems, [], 'no page error, no console error, no failed request');
    return requested;
  } finally {
    await context.close();
  }
}

describe('the npm package in apps built with Vite, webpack, esbuild and an import map', () => {
  let browser;

  before(async () => {
    fs.rmSync(WORK, { recursive: true, force: true });
    fs.mkdirSync(WORK, { recursive: true });
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], { cwd: path.join(ROOT, 'pkg'), encoding: 'utf8' }));
    tarball = path.join(WORK, packed[0].filename);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [name, build] of Object.entries(BUILDS)) {
    test(`${name}: the raw summarize, Abridge.create(), the polyfill and <abridge-summary> all summarize`, async () => {
      const dir = makeApp(name.replace(' ', '-'));
      const { dist, warnings } = await build(dir);
      assert.deepEqual(warnings, [], `${name} builds without warnings`);
      const sizes = fileSizes(dist);
      for (const { file, raw, gzip } of sizes.filter((f) => !f.file.startsWith(`abridge${path.sep}`))) {
        console.log(`BUNDLE ${name} ${file} ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
      }
      assert.ok(sizes.some((f) => f.file.endsWith('.wasm')), `the .wasm is in ${name}'s output: ${sizes.map((f) => f.file)}`);

      const server = await startServer(dist);
      try {
        const loaded = await checkApp(browser, name, server.url);
        // What the page downloaded (the .wasm twice: the raw binding on the page and the worker each load it).
        const files = loaded.map((hit) => sizes.find((f) => `/${f.file.split(path.sep).join('/')}` === (hit === '/' ? '/index.html' : hit))).filter(Boolean);
        const total = (key) => (files.reduce((sum, f) => sum + f[key], 0) / 1024).toFixed(1);
        console.log(`LOADED ${name} ${files.length} requests, ${total('raw')} KB raw, ${total('gzip')} KB gzip: ${files.map((f) => f.file).join(', ')}`);
      } finally {
        await server.close();
      }
    });
  }

  test('the Vite dev server: the same app, unbuilt, with nothing to configure', async () => {
    const dir = makeApp('vite-dev');
    const { createServer, createLogger } = await import('vite');
    const warnings = [];
    const logger = createLogger('warn');
    logger.warn = (message) => warnings.push(message);
    logger.warnOnce = logger.warn;
    const server = await createServer({ root: dir, configFile: false, customLogger: logger, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    try {
      await checkApp(browser, 'vite dev', server.resolvedUrls.local[0]);
      assert.deepEqual(warnings, [], 'the dev server warns about nothing');
    } finally {
      await server.close();
    }
  });
});
