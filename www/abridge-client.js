//! `AbridgeClient`: the one bridge between code on a page and the summarizer worker (worker.js).
//!
//! It owns the worker, queues calls and sends them one at a time, matches each reply to its call by id,
//! and aborts a call that is already running by terminating the worker and starting a fresh one (a call
//! inside WebAssembly cannot be interrupted any other way). It knows nothing about any page: the demo
//! page, an embeddable widget and a Summarizer-style API are all meant to sit on top of it.
//!
//! ```js
//! const client = new AbridgeClient();
//! const { version } = await client.ready;
//! const result = await client.summarize(text, { sentences: 3 }, { signal });
//! client.addEventListener('restart', (e) => console.log(e.detail.reason)); // 'aborted' | 'crashed' | 'trap'
//! ```
//!
//! Failures keep their kinds apart: an `Error` from the summarizer (bad input, bad options) rejects only
//! its own call; an abort rejects with the signal's reason (an `AbortError` by default); a crashed worker
//! or a trapped WebAssembly instance rejects the running call with an `AbridgeWorkerError`, and the client
//! replaces the worker so that the next call works.

/** The running call was lost because the worker died or the WebAssembly instance trapped. */
export class AbridgeWorkerError extends Error {
  /** @param {string} message @param {'crashed' | 'trap'} code */
  constructor(message, code) {
    super(message);
    this.name = 'AbridgeWorkerError';
    this.code = code;
  }
}

export class AbridgeClient extends EventTarget {
  #url;
  /** @type {Worker | null} */
  #worker = null;
  #workerReady = false;
  /** The compiled module, handed to every respawned worker so that it need not fetch or compile again. */
  #module = null;
  #queue = [];
  #current = null;
  #nextId = 1;
  #closed = false;
  #ready = null;

  /**
   * Where clients made without a `workerUrl` start their worker. `null` means worker.js beside this module;
   * the single-file build sets a Blob URL here before any client exists.
   * @type {string | URL | null}
   */
  static defaultWorkerUrl = null;
  /**
   * The kind of worker clients start: `'module'` (worker.js is an ES module), or `'classic'` for a worker
   * script that is one classic script (the single-file build's Blob, since a file:// page cannot start a
   * module worker from a blob: URL).
   * @type {'module' | 'classic'}
   */
  static defaultWorkerType = 'module';

  /** @param {string | URL} [workerUrl] the summarizer worker script (a module worker). */
  constructor(workerUrl = AbridgeClient.defaultWorkerUrl ?? new URL('./worker.js', import.meta.url)) {
    super();
    this.#url = workerUrl;
    this.#spawn();
  }

  /**
   * Resolves with `{ version }` once the current worker has loaded the summarizer; rejects with a readable
   * `Error` when it cannot (for example the `.wasm` is missing).
   * @returns {Promise<{ version: string }>}
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
    this.#current = this.#queue.shift();
    this.#worker.postMessage({ id: this.#current.id, ...this.#current.message });
  }

  #spawn() {
    const ready = {};
    ready.promise = new Promise((resolve, reject) => Object.assign(ready, { resolve, reject }));
    ready.promise.catch(() => {}); // a failed load is reported to each call too; nobody has to await this
    this.#ready = ready;
    this.#workerReady = false;

    const worker = new Worker(this.#url, { type: AbridgeClient.defaultWorkerType, name: 'abridge' });
    worker.addEventListener('message', (event) => {
      if (worker === this.#worker) this.#onMessage(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker !== this.#worker) return;
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
    worker.postMessage({ type: 'init', module: this.#module });
    this.#worker = worker;
  }

  #onMessage(data) {
    if (data?.type === 'ready') {
      if (data.error) {
        this.#ready.reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
        return;
      }
      this.#module ??= data.module;
      this.#workerReady = true;
      this.#ready.resolve({ version: data.version });
      this.dispatchEvent(new CustomEvent('ready', { detail: { version: data.version } }));
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
      const error = new Error(data.error?.message ?? 'The summarizer failed.');
      if (data.error?.name && data.error.name !== 'Error') error.name = data.error.name;
      job.settle(null, error);
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
