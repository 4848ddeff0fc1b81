/**
 * @file The offline copy of the page: a service worker that keeps every file the page needs in one cache, so
 * that a reader who loaded Abridge once can open it again with no connection (on a train, say).
 *
 * Precached and versioned: scripts/build.py writes pkg/build-info.js with the crate version, a hash of
 * every file below and the list of files; install stores them all in the cache named for that version
 * and hash (`abridge-offline-0.1.0-1a2b3c4d5e`), activate deletes every older `abridge-` cache. A new
 * build changes build-info.js, which makes the browser install the new worker (it compares imported
 * scripts byte for byte too).
 *
 * Network first: whenever the server answers, the reader gets the current files, so a new deploy (or a
 * rebuilt `.wasm` in development) runs on the next visit or reload. The cached copy is used when the
 * network fails, or when it is so slow that waiting would be worse (a connection that hangs is common on
 * trains). It never sees pasted text: the page sends none anywhere.
 *
 * Updates are whole or not at all: a version's cache is written only by its own install (`addAll`, which
 * stores every file or none), never by later fetches, so it always holds one complete build. A new build's
 * worker installs beside the old one; only once its cache is complete does it activate, take over the open
 * pages and delete the older caches. An install that fails or is cut off (a file missing, the network
 * lost half-way) leaves the old worker and its complete cache in charge, and the browser tries again on a
 * later visit.
 *
 * The page asks `{ type: 'status' }` on a MessageChannel and gets `{ offlineReady, cache, version, build }`:
 * `offlineReady` once every file is in the cache (the page then says "Ready to work offline"). When a new
 * build activates where an older one was, it tells the open pages `{ type: 'updated', version, build }`.
 */

/** The build's record, through a Trusted Types policy when this script runs under one (serve.py sends it). */
const BUILD_INFO = './pkg/build-info.js';
let scriptPolicy = null;
try {
  scriptPolicy = self.trustedTypes?.createPolicy('abridge', {
    createScriptURL: (url) => {
      if (url === BUILD_INFO) return url;
      throw new TypeError(`the service worker imports only ${BUILD_INFO}, not ${url}`);
    },
  }) ?? null;
} catch {
  // The policy's name is not allowed: plain URLs then (and the import fails only where Trusted Types are required).
}
importScripts(scriptPolicy ? scriptPolicy.createScriptURL(BUILD_INFO) : BUILD_INFO);

/** `{ version, hash, files }` from scripts/build.py; files are relative to this script (works under a sub-path). */
const BUILD = self.ABRIDGE_BUILD;
const CACHE = `abridge-offline-${BUILD.version}-${BUILD.hash}`;
const FILES = BUILD.files;
/** How long to wait for the network before answering from the cache (only when the cache has it). */
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      // `no-cache`: revalidate rather than copy whatever the HTTP cache holds. All files or none.
      await cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })));
    } catch (err) {
      await caches.delete(CACHE); // nothing half-made is left; the old version stays in charge
      throw err;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const older = names.filter((n) => n.startsWith('abridge-') && n !== CACHE);
    await Promise.all(older.map((n) => caches.delete(n)));
    await self.clients.claim();
    // An older build was here: the open pages say which version now runs.
    if (older.length > 0) {
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        client.postMessage({ type: 'updated', version: BUILD.version, build: BUILD.hash });
      }
    }
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'status' || !event.ports[0]) return;
  const port = event.ports[0];
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const held = await Promise.all(FILES.map((file) => cache.match(new Request(file), { ignoreSearch: true })));
    port.postMessage({ offlineReady: held.every(Boolean), cache: CACHE, version: BUILD.version, build: BUILD.hash });
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) {
    return;
  }
  event.respondWith(networkFirst(event));
});

async function networkFirst(event) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (!cached) return fromNetwork;
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([fromNetwork, slow]);
  } catch {
    return cached; // offline
  } finally {
    clearTimeout(timer);
    fromNetwork.catch(() => {}); // a late failure after a cached answer is not an error
  }
}
