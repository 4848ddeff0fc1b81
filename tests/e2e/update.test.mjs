// Service worker updates, in headless Chromium: a deploy of a new build replaces the old one on the next
// reload (the page says "Updated to version …", the old cache is gone), an install that cannot complete
// leaves the last complete version in charge, and offline that version runs whole.
//
// The builds are copies of www/ (in target/e2e-update/): A as built, B and C with their own build hash in
// pkg/build-info.js and a marker in index.html; C also lists a file that is missing, so its install fails.
// One server serves target/e2e-update/site/, and a deploy is a copy of a build over it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  ROOT, WWW, closeCheckingProblems, launchBrowser, openPage, paste, startServer, waitForOfflineCopy, waitForSummary,
} from './harness.mjs';

const WORK = path.join(ROOT, 'target', 'e2e-update');
const SITE = path.join(WORK, 'site');
const TEXT = `The ferry company said on Friday that the winter timetable will keep two crossings a day.
Islanders had feared that the morning boat would be cut after the company lost money last year.
The council agreed to cover part of the loss until the new electric ferry arrives in 2027.`;

/** The build record of a copy: `{ version, hash, files }`. */
function buildInfo(dir) {
  const source = fs.readFileSync(path.join(dir, 'pkg', 'build-info.js'), 'utf8');
  return JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1));
}

/** A copy of www/ as build `name`: its own hash and a marker in index.html (A is www/ as it is). */
function makeBuild(name, { hash, missing } = {}) {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(WWW, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', `<head>\n  <meta name="abridge-test-build" content="${name}">`));
  if (hash) {
    const file = path.join(dir, 'pkg', 'build-info.js');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"hash": "[0-9a-f]+"/, `"hash": "${hash}"`));
  }
  if (missing) fs.rmSync(path.join(dir, missing));
  return dir;
}

function deploy(dir) {
  fs.rmSync(SITE, { recursive: true, force: true });
  fs.cpSync(dir, SITE, { recursive: true });
}

describe('service worker updates', () => {
  let browser;
  let server;
  let page;
  const builds = {};

  before(async () => {
    builds.A = makeBuild('A');
    builds.B = makeBuild('B', { hash: 'b0b0b0b0b0' });
    builds.C = makeBuild('C', { hash: 'c0c0c0c0c0', missing: 'vendor/readability.LICENSE.md' });
    deploy(builds.A);
    server = await startServer(SITE);
    browser = await launchBrowser();
  });
  after(async () => {
    await closeCheckingProblems(page);
    await browser?.close();
    await server?.close();
  });

  const shownBuild = () => page.evaluate(() => document.querySelector('meta[name="abridge-test-build"]').content);
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('abridge-')).sort());
  const cacheName = (dir) => `abridge-offline-${buildInfo(dir).version}-${buildInfo(dir).hash}`;

  test('A, then B deployed: one reload runs B, says so, and only B is cached', async () => {
    page = await openPage(browser, server.url);
    await waitForSummary(page, { count: 3 });
    await waitForOfflineCopy(page);
    assert.equal(await shownBuild(), 'A');
    assert.deepEqual(await cacheNames(), [cacheName(builds.A)]);
    assert.equal(await page.locator('#update-status').textContent(), '', 'a first install is no update');

    deploy(builds.B);
    await page.reload();
    await waitForSummary(page, { count: 3 });
    assert.equal(await shownBuild(), 'B', 'the reload runs B');
    await page.waitForFunction(() => document.getElementById('update-status').textContent !== '');
    const { version } = buildInfo(builds.B);
    assert.equal(await page.locator('#update-status').textContent(), `Updated to version ${version} (build b0b0b0b0b0).`);
    assert.deepEqual(await cacheNames(), [cacheName(builds.B)], 'the old cache is deleted');
    const status = await page.evaluate(() => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      navigator.serviceWorker.controller.postMessage({ type: 'status' }, [channel.port2]);
    }));
    assert.deepEqual({ ...status, cache: undefined }, { offlineReady: true, version, build: 'b0b0b0b0b0', cache: undefined });

    await page.context().setOffline(true);
    await page.reload();
    await waitForSummary(page, { count: 3 });
    assert.equal(await shownBuild(), 'B', 'offline, B runs from its cache');
    await page.context().setOffline(false);
  });

  test('C cannot be installed whole: B stays in charge, and offline B runs complete', async () => {
    deploy(builds.C);
    await page.reload();
    await waitForSummary(page, { count: 3 });
    assert.equal(await shownBuild(), 'C', 'online, the server\'s files are shown');
    // The browser tries C's worker, whose install fails on the missing file.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update().catch(() => {});
      const installing = registration.installing;
      if (installing) {
        await new Promise((resolve) => installing.addEventListener('statechange', () => installing.state === 'redundant' && resolve()));
      }
    });
    assert.deepEqual((await cacheNames()).filter((n) => n === cacheName(builds.B)), [cacheName(builds.B)], 'B\'s cache is kept');
    const active = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.state);
    assert.equal(active, 'activated');

    await page.context().setOffline(true);
    await page.reload();
    await waitForSummary(page, { count: 3 });
    assert.equal(await shownBuild(), 'B', 'offline, the last complete version runs');
    await paste(page, TEXT);
    await waitForSummary(page, { count: 3 });
    // Every file of B is there: the one C lacks too.
    const license = await page.evaluate(async () => (await fetch('./vendor/readability.LICENSE.md')).status);
    assert.equal(license, 200);
  });
});
