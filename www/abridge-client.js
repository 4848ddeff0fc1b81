/**
 * @file `AbridgeClient`: the one bridge between code on a page and the summarizer worker (worker.js).
 *
 * It owns the worker, queues calls and sends them one at a time, matches each reply to its call by id,
 * and aborts a call that is already running by terminating the worker and starting a fresh one (a call
 * inside WebAssembly cannot be interrupted any other way). It knows nothing about any page: the demo
 * page, the widget and the Summarizer-style API all sit on top of it.
 *
 * ```js
 * const client = new AbridgeClient();
 * const { version, languages } = await client.ready;
 * const result = await client.summarize(text, { sentences: 3 }, { signal });
 * client.addEventListener('restart', (e) => console.log(e.detail.reason)); // 'aborted' | 'crashed' | 'trap'
 * ```
 *
 * `AbridgeClient.shared()` hands out the page's shared client instead (one worker for every summarizer
 * and widget that loads the same files); each user gives it back with `release()`.
 *
 * Where the files are: by default the worker is `worker.js` beside this module and it finds the `.wasm`
 * beside itself, written as `new Worker(new URL('./worker.js', import.meta.url))` and `new URL(…,
 * import.meta.url)` so that bundlers (Vite, webpack) see both and emit them. A setup that moves the files
 * says where they are with `configure({ workerUrl, wasmUrl })` once, or per client with the same options.
 *
 * Failures keep their kinds apart: an `Error` from the summarizer (bad input, bad options) rejects only
 * its own call; an abort rejects with the signal's reason (an `AbortError` by default); a worker or a
 * `.wasm` that cannot be loaded rejects with an `AbridgeLoadError` that names the file and the option
 * that sets it; a crashed worker or a trapped WebAssembly instance rejects the running call with an
 * `AbridgeWorkerError`, and the client replaces the worker so that the next call works.
 */

import { scriptURL, trustScriptURL } from './trusted-types.js';

/** The running call was lost because the worker died or the WebAssembly instance trapped. */
export class AbridgeWorkerError extends Error {
  /** @param {string} message @param {'crashed' | 'trap'} code */
  constructor(message, code) {
    super(message);
    this.name = 'AbridgeWorkerError';
    this.code = code;
  }
}

/** The widget attribute that does what each option does. */
const ATTRIBUTES = { workerUrl: 'worker-url', wasmUrl: 'wasm-url' };

/**
 * The worker or the WebAssembly module could not be loaded: `file` is what was asked for, `option` the
 * option that says where it is (`'workerUrl'` or `'wasmUrl'`), `reason` what went wrong.
 */
export class AbridgeLoadError extends Error {
  /** @param {{ file: string, option: 'workerUrl' | 'wasmUrl', reason: string }} parts */
  constructor({ file, option, reason }) {
    super(`Could not load the summarizer (${file}: ${reason}). Reload the page to try again; if the file is `
      + `somewhere else, say where with the \`${option}\` option (configure() or Abridge.create()) or the `
      + `widget's \`${ATTRIBUTES[option]}\` attribute.`);
    this.name = 'AbridgeLoadError';
    this.file = file;
    this.option = option;
    this.reason = reason;
  }
}

// ---------------------------------------------------------------------------------------------------
// Where the files are

/** What `configure()` set: `null` means the default (worker.js beside this module, the .wasm beside it). */
let settings = { workerUrl: null, wasmUrl: null, workerType: 'module' };
/** Set once a client has started from the settings: configuring after that would change nothing. */
let settingsUsed = false;

/** `url` as an absolute URL string, relative URLs read against the page (like `new Worker(url)` does). */
function absolute(url, option) {
  if (typeof url !== 'string' && !(url instanceof URL)) {
    throw new TypeError(`Abridge: option "${option}" must be a URL or a string, not ${url === null ? 'null' : typeof url}.`);
  }
  return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
}

/**
 * Says once, before the first summary, where Abridge's files are when a bundler or a server moved them
 * (every client made afterwards without its own options uses these):
 * - `workerUrl`: the worker script (`worker.js` of the package, a module worker);
 * - `wasmUrl`: the WebAssembly module (`abridge_bg.wasm`); by default the worker finds it beside itself;
 * - `workerType`: `'module'` (default) or `'classic'` for a worker that is one classic script.
 * Relative URLs are read against the page. Throws once a summarizer has already started.
 * @param {{ workerUrl?: string | URL, wasmUrl?: string | URL, workerType?: 'module' | 'classic' }} [options]
 */
export function configure({ workerUrl, wasmUrl, workerType = 'module' } = {}) {
  if (settingsUsed) {
    throw new Error('Abridge: configure() must run before the first summarizer starts (call it once, when the page starts).');
  }
  if (workerType !== 'module' && workerType !== 'classic') {
    throw new TypeError(`Abridge: option "workerType" must be "module" or "classic", not ${String(workerType)}.`);
  }
  settings = {
    workerUrl: workerUrl === undefined ? null : chosenScript(absolute(workerUrl, 'workerUrl')),
    wasmUrl: wasmUrl === undefined ? null : absolute(wasmUrl, 'wasmUrl'),
    workerType,
  };
}

/** A worker URL the page's code chose: Abridge's Trusted Types policy lets it start (trusted-types.js). */
function chosenScript(url) {
  trustScriptURL(url);
  return url;
}

/**
 * This module as its own file (not inside a bundle): then worker.js is beside it as published, and the
 * worker is started through the Trusted Types policy. In a bundle the literal `new Worker(new URL(…))`
 * below is kept for the bundler to find and rewrite (bundlers rename modules into chunks, and webpack
 * turns `import.meta.url` into a file: URL).
 */
const UNBUNDLED = /\/abridge-client\.js$/.test(new URL(import.meta.url).pathname)
  && new URL(import.meta.url).origin === globalThis.location?.origin;

/** The files a client with `options` loads: its own options, else the configured ones. */
function files({ workerUrl, wasmUrl } = {}) {
  if (workerUrl === undefined || wasmUrl === undefined) settingsUsed = true;
  return {
    workerUrl: workerUrl === undefined ? settings.workerUrl : chosenScript(absolute(workerUrl, 'workerUrl')),
    wasmUrl: wasmUrl === undefined ? settings.wasmUrl : absolute(wasmUrl, 'wasmUrl'),
    workerType: workerUrl === undefined ? settings.workerType : 'module',
  };
}

/** The shared clients, one per set of files: `key → { client, users, key }`. */
const sharedClients = new Map();
/** Hands already resolved files from `shared()` to the constructor. */
const RESOLVED = Symbol('resolved files');

/** What a worker that never started most likely ran into, when the browser says nothing more. */
const NOT_STARTED = 'the worker did not start: the file is missing, is not served as JavaScript, or one of '
  + 'its imports failed (the browser gives no detail)';

export class AbridgeClient extends EventTarget {
  /** The worker script as an absolute URL, or null for worker.js beside this module. */
  #workerUrl;
  /** The .wasm as an absolute URL, or null for the worker's own default (beside the worker). */
  #wasmUrl;
  #workerType;
  /** Set when this client came from `AbridgeClient.shared()`: `{ client, users, key }`. */
  #sharedEntry = null;
  /** @type {Worker | null} */
  #worker = null;
  /** The worker has run its first line: an error before that means it could not be loaded at all. */
  #workerStarted = false;
  #workerReady = false;
  /** The compiled module, handed to every respawned worker so that it need not fetch or compile again. */
  #module = null;
  #queue = [];
  #current = null;
  #nextId = 1;
  #closed = false;
  #ready = null;

  /**
   * @param {{ workerUrl?: string | URL, wasmUrl?: string | URL } | string | URL} [options] where the
   *   worker and the `.wasm` are (default: what `configure()` set, else the package's own files); a
   *   string or URL alone is the worker's URL.
   */
  constructor(options = {}) {
    super();
    const given = typeof options === 'string' || options instanceof URL ? { workerUrl: options } : options;
    const { workerUrl, wasmUrl, workerType } = given?.[RESOLVED] ?? files(given);
    this.#workerUrl = workerUrl;
    this.#wasmUrl = wasmUrl;
    this.#workerType = workerType;
    this.#spawn();
  }

  /**
   * The page's shared client for these files, counted: every call wants one `release()`. Summarizers
   * and widgets that load the same files share one worker; the worker is terminated when the last user
   * lets go (checked after the current task, so that a widget that is only moved in the DOM keeps it).
   * @param {{ workerUrl?: string | URL, wasmUrl?: string | URL }} [options]
   * @returns {AbridgeClient}
   */
  static shared(options = {}) {
    const wanted = files(options);
    const key = `${wanted.workerUrl}\n${wanted.wasmUrl}\n${wanted.workerType}`;
    let entry = sharedClients.get(key);
    if (!entry) {
      const client = new AbridgeClient({ [RESOLVED]: wanted });
      entry = { client, users: 0, key };
      client.#sharedEntry = entry;
      sharedClients.set(key, entry);
    }
    entry.users += 1;
    return entry.client;
  }

  /**
   * Lets go of this client: the shared client (from `shared()`) stops when its last user has let go,
   * a client of your own stops now (`terminate()`).
   */
  release() {
    const entry = this.#sharedEntry;
    if (!entry) {
      this.terminate();
      return;
    }
    entry.users = Math.max(0, entry.users - 1);
    queueMicrotask(() => {
      if (entry.users === 0 && sharedClients.get(entry.key) === entry) {
        sharedClients.delete(entry.key);
        this.terminate();
      }
    });
  }

  /**
   * Resolves with `{ version, languages }` once the current worker has loaded the summarizer
   * (`languages`: the BCP 47 tags of the languages the core supports); rejects with an `AbridgeLoadError`
   * when it cannot (for example the `.wasm` is missing).
   * @returns {Promise<{ version: string, languages: string[] }>}
   */
  get ready() {
    if (!this.#worker && !this.#closed) this.#spawn();
    return this.#ready.promise;
  }

  /** Calls queued or running. */
  get pending() {
    return this.#queue.length + (this.#current ? 1 : 0);
  }

  /**
   * Summarizes `text`. `options` is passed through unchanged (see the wasm module's `summarize`).
   * @param {string} text
   * @param {object} [options]
   * @param {{ signal?: AbortSignal }} [init]
   */
  summarize(text, options = {}, { signal } = {}) {
    return this.#call({ type: 'summarize', text, options }, signal);
  }

  /** The summarizer's version string. @param {{ signal?: AbortSignal }} [init] */
  version({ signal } = {}) {
    return this.#call({ type: 'version' }, signal);
  }

  /** Rejects every queued and running call with `reason`; a running call costs a worker restart. */
  abortAll(reason = new DOMException('All calls were aborted.', 'AbortError')) {
    for (const job of this.#queue.splice(0)) job.settle(null, reason);
    if (this.#current) {
      const job = this.#current;
      this.#current = null;
      this.#restart('aborted', 'A running call was aborted.');
      job.settle(null, reason);
    }
  }

  /** Stops the worker for good; later calls reject. */
  terminate() {
    this.abortAll(new DOMException('The client was terminated.', 'AbortError'));
    this.#closed = true;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #call(message, signal) {
    if (this.#closed) return Promise.reject(new Error('The summarizer client has been terminated.'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const job = { id: this.#nextId++, message };
      const onAbort = () => {
        if (this.#current === job) {
          this.#current = null;
          this.#restart('aborted', 'A running call was aborted.');
        } else {
          const at = this.#queue.indexOf(job);
          if (at >= 0) this.#queue.splice(at, 1);
        }
        job.settle(null, signal.reason);
        this.#pump();
      };
      job.settle = (value, error) => {
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(value);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(job);
      this.#pump();
    });
  }

  #pump() {
    if (this.#current || this.#queue.length === 0 || this.#closed) return;
    if (!this.#worker) this.#spawn();
    if (!this.#worker) return; // it could not even be constructed: the queue has been rejected
    this.#current = this.#queue.shift();
    this.#worker.postMessage({ id: this.#current.id, ...this.#current.message });
  }

  #spawn() {
    const ready = {};
    ready.promise = new Promise((resolve, reject) => Object.assign(ready, { resolve, reject }));
    ready.promise.catch(() => {}); // a failed load is reported to each call too; nobody has to await this
    this.#ready = ready;
    this.#workerReady = false;
    this.#workerStarted = false;

    // A Content Security Policy that blocks the worker shows as a violation event just before the error.
    let blocked = null;
    const onViolation = (event) => {
      if (event.effectiveDirective === 'worker-src' || event.blockedURI === this.#workerUrl) {
        blocked = { directive: event.effectiveDirective, url: event.blockedURI };
      }
    };
    const document = globalThis.document;
    document?.addEventListener('securitypolicyviolation', onViolation);
    const stopWatching = () => document?.removeEventListener('securitypolicyviolation', onViolation);

    let worker;
    try {
      // Written out in full for the default so that bundlers find the worker and emit it with its imports.
      // Through the Trusted Types policy where one exists (a page may require it), except in a bundle.
      if (this.#workerUrl !== null) {
        worker = new Worker(scriptURL(this.#workerUrl), { type: this.#workerType, name: 'abridge' });
      } else if (UNBUNDLED) {
        worker = new Worker(scriptURL(new URL('./worker.js', import.meta.url).href), { type: 'module', name: 'abridge' });
      } else {
        worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'abridge' });
      }
    } catch (err) {
      // Some browsers refuse at once (a cross-origin URL, a policy): the same failure as a worker that never starts.
      stopWatching();
      this.#worker = null;
      this.#notStarted(`the browser refused to start it (${err?.name ?? 'Error'}: ${err?.message ?? err})`);
      return;
    }
    worker.addEventListener('message', (event) => {
      if (worker !== this.#worker) return;
      if (event.data?.type === 'started') {
        this.#workerStarted = true;
        stopWatching();
        return;
      }
      this.#onMessage(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker !== this.#worker) return;
      if (!this.#workerStarted) {
        stopWatching();
        worker.terminate();
        this.#worker = null;
        if (blocked) {
          this.#notStarted(`the page's Content Security Policy blocked it (${blocked.directive}: allow this file's origin)`, blocked.url);
        } else {
          this.#notStarted(event.message ? `the worker failed to start (${event.message})` : NOT_STARTED);
        }
        return;
      }
      const detail = event.message ? `: ${event.message}` : '';
      this.#fail('crashed', `The summarizer stopped unexpectedly${detail}. It has been restarted.`);
    });
    worker.addEventListener('messageerror', () => {
      if (worker !== this.#worker || !this.#current) return;
      const job = this.#current;
      this.#current = null;
      job.settle(null, new Error('The summarizer sent a reply that could not be read.'));
      this.#pump();
    });
    worker.postMessage({ type: 'init', module: this.#module, wasmUrl: this.#wasmUrl });
    this.#worker = worker;
  }

  /**
   * The worker could not be loaded: every call waiting for it gets the same error; the next call tries
   * again. `file` is the worker's URL when the browser said it (the default one is only known to the bundler).
   */
  #notStarted(reason, file = this.#workerUrl ?? 'worker.js (beside abridge-client.js)') {
    const error = new AbridgeLoadError({ file, option: 'workerUrl', reason });
    this.#ready.reject(error);
    const jobs = [this.#current, ...this.#queue.splice(0)].filter(Boolean);
    this.#current = null;
    for (const job of jobs) job.settle(null, error);
  }

  #onMessage(data) {
    if (data?.type === 'ready') {
      if (data.error) {
        this.#ready.reject(readError(data.error));
        return;
      }
      this.#module ??= data.module;
      this.#workerReady = true;
      const detail = { version: data.version, languages: data.languages };
      this.#ready.resolve(detail);
      this.dispatchEvent(new CustomEvent('ready', { detail }));
      return;
    }
    const job = this.#current;
    if (!job || job.id !== data?.id) return;
    this.#current = null;
    if (data.ok) {
      job.settle(data.result);
    } else if (data.error?.fatal) {
      // A trapped instance may have corrupt memory: never call it again.
      this.#restart('trap', data.error.message);
      job.settle(null, new AbridgeWorkerError(
        `The summarizer failed on this text (${data.error.message}). It has been restarted.`, 'trap'));
    } else {
      job.settle(null, readError(data.error));
    }
    this.#pump();
  }

  /** The worker died: lose the running call, replace the worker, carry on with the queue. */
  #fail(code, message) {
    const job = this.#current;
    this.#current = null;
    this.#restart(code, message);
    job?.settle(null, new AbridgeWorkerError(message, code));
    this.#pump();
  }

  #restart(reason, message) {
    const wasReady = this.#workerReady;
    this.#worker?.terminate();
    this.#worker = null;
    this.#ready.reject(new AbridgeWorkerError(message, reason === 'trap' ? 'trap' : 'crashed'));
    // Start the replacement now so the next call does not wait for it, unless this worker never got
    // going: then a fresh one would most likely fail the same way, and it starts with the next call.
    if (wasReady && !this.#closed) this.#spawn();
    this.dispatchEvent(new CustomEvent('restart', { detail: { reason, message } }));
  }
}

/** An error as the worker describes it (`{ name, message, file?, option?, reason? }`), as an Error again. */
function readError(described) {
  if (described?.name === 'AbridgeLoadError') return new AbridgeLoadError(described);
  const error = new Error(described?.message ?? 'The summarizer failed.');
  if (described?.name && described.name !== 'Error') error.name = described.name;
  return error;
}
