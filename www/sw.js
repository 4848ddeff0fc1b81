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
 * Network first: whenever the server answers, the reader gets the current files and the cache is
 * refreshed with them, so a rebuilt `.wasm` or an edited script shows on the next reload (no stale
 * page during development). The cached copy is used when the network fails, or when it is so slow that
 * waiting would be worse (a connection that hangs is common on trains). It never sees pasted text: the
 * page sends none anywhere.
 *
 * The page asks `{ type: 'status' }` on a MessageChannel and gets `{ offlineReady, cache, version }`:
 * `offlineReady` once every file is in the cache (the page then says "Ready to work offline").
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
    // `no-cache`: revalidate rather than copy whatever the HTTP cache holds.
    await cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('abridge-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'status' || !event.ports[0]) return;
  const port = event.ports[0];
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const held = await Promise.all(FILES.map((file) => cache.match(new Request(file), { ignoreSearch: true })));
    port.postMessage({ offlineReady: held.every(Boolean), cache: CACHE, version: BUILD.version });
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
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok && response.status === 200 && response.type === 'basic') {
      const stored = cache.put(request, response.clone()).catch(() => {});
      try {
        event.waitUntil(stored);
      } catch {
        // The cached copy already answered and the event is over; the put still completes.
      }
    }
    return response;
  });
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
