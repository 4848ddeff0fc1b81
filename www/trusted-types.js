/**
 * @file Abridge's one Trusted Types policy, `abridge`, for pages that enforce
 * `require-trusted-types-for 'script'` (name it in the page's `trusted-types` directive).
 *
 * It makes two things and nothing else:
 * - script URLs (`createScriptURL`) for the summarizer's worker and the page's service worker, allowed
 *   only when they are Abridge's own files (same origin, in the folder this module was loaded from) or a
 *   URL the page's own code handed to `configure()` / a client's options (`trustScriptURL`);
 * - HTML (`createHTML`) only inside `parseHTMLDocument`, which gives it to `DOMParser`: the result is an
 *   inert document, where no script runs and nothing loads. The policy object never leaves this module,
 *   so no other code can turn a string into TrustedHTML through it.
 *
 * Where the browser has no Trusted Types, or the page's `trusted-types` directive does not name
 * `abridge`, there is no policy and plain strings are used (a page that enforces Trusted Types without
 * naming the policy then refuses the worker, and the client's error says which directive to fix).
 */

/** The folder of this module: the app's own files live here and below. (Not `new URL('./', …)`, which
 * bundlers take for a file to emit.) */
const OWN_FOLDER = new URL(import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1));
/** Script URLs the page's code chose itself (`configure({ workerUrl })`, a client's `workerUrl`). */
const chosen = new Set();

function ownScriptURL(value) {
  const url = new URL(value, globalThis.document?.baseURI ?? globalThis.location?.href);
  if (chosen.has(url.href)) return url.href;
  const sameOrigin = url.origin === OWN_FOLDER.origin && url.origin !== 'null';
  if (sameOrigin && url.href.startsWith(OWN_FOLDER.href) && !url.search && !url.hash) return url.href;
  throw new TypeError(`Abridge's Trusted Types policy allows only Abridge's own scripts, not ${url.href}`);
}

function createPolicy() {
  try {
    return globalThis.trustedTypes?.createPolicy('abridge', {
      createScriptURL: ownScriptURL,
      createHTML: (html) => html,
    }) ?? null;
  } catch {
    return null; // the page's trusted-types directive does not name 'abridge' (or the name is taken)
  }
}

const policy = createPolicy();

/** Marks a URL the page's code chose as a script Abridge may start. */
export function trustScriptURL(url) {
  chosen.add(new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href);
}

/** `url` as a TrustedScriptURL when there is a policy (throws for a URL that is not Abridge's), else as a string. */
export function scriptURL(url) {
  return policy ? policy.createScriptURL(String(url)) : String(url);
}

/** `html` parsed into an inert document (`DOMParser`: no script runs and nothing loads there). */
export function parseHTMLDocument(html, type = 'text/html') {
  return new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, type);
}
