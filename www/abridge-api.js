//! `Abridge`: a Summarizer-style API over the extractive core, in the shape of Chrome's built-in
//! `Summarizer` (create → summarize / summarizeStreaming → destroy), but deterministic, offline and in
//! every modern browser. The core runs in a Web Worker through the page's one shared `AbridgeClient`.
//!
//! ```js
//! import { Abridge } from './abridge.js';
//! const summarizer = await Abridge.create({ type: 'key-points', length: 'short', format: 'markdown' });
//! const markdown = await summarizer.summarize(article, { signal });
//! for await (const chunk of summarizer.summarizeStreaming(article)) output.append(chunk);
//! summarizer.destroy();
//! ```
//!
//! Abridge picks sentences, it never writes any: every option maps onto a choice of whole sentences of
//! the article, quoted verbatim.
//!
//! | type         | chooses                                                             | plain-text            | markdown              |
//! |--------------|---------------------------------------------------------------------|-----------------------|-----------------------|
//! | `key-points` | the N best-scored sentences, in document order                      | one `• ` line each    | one `- ` item each    |
//! | `tldr`       | the N best-scored sentences, in document order                      | one paragraph         | one paragraph         |
//! | `teaser`     | of the 3N best-scored sentences, the N that come first in the text  | one paragraph         | one paragraph         |
//! | `headline`   | the title the core found, else the best sentence cut to W words     | one line              | one line              |
//!
//! | length   | key-points | tldr | teaser | headline   |
//! |----------|-----------:|-----:|-------:|-----------:|
//! | `short`  | 3          | 1    | 1      | ≤ 12 words |
//! | `medium` | 5          | 3    | 3      | ≤ 17 words |
//! | `long`   | 7          | 5    | 5      | ≤ 22 words |
//!
//! (the numbers Chrome's Summarizer documents for its own output). Markdown output escapes the
//! characters Markdown would read as markup (`* _ [ ] < > \` and friends), so the article's text can never
//! turn into links, emphasis or HTML when the Markdown is rendered. Whitespace inside a sentence (line
//! breaks of the original) is folded to single spaces.
//!
//! `summarizeStreaming` yields the same output in pieces, one chosen sentence (with its bullet or
//! separating space) per chunk, in **document order**: joined, the chunks are exactly what `summarize`
//! returns. Chunks are deltas, never the text so far.
//!
//! The raw binding stays available for spans and scores: `AbridgeClient#summarize(text, options)` (in a
//! worker) or the wasm module's `summarize(text, options)` (pkg/abridge.js).

import { AbridgeClient } from './abridge-client.js';

export const TYPES = Object.freeze(['key-points', 'tldr', 'teaser', 'headline']);
export const LENGTHS = Object.freeze(['short', 'medium', 'long']);
export const FORMATS = Object.freeze(['plain-text', 'markdown']);

/** Sentences per type and length (for `headline`: the most words). */
export const COUNTS = Object.freeze({
  'key-points': Object.freeze({ short: 3, medium: 5, long: 7 }),
  tldr: Object.freeze({ short: 1, medium: 3, long: 5 }),
  teaser: Object.freeze({ short: 1, medium: 3, long: 5 }),
  headline: Object.freeze({ short: 12, medium: 17, long: 22 }),
});
/** A teaser picks the opening-most of this many times as many top sentences as it shows. */
const TEASER_POOL = 3;

// ---------------------------------------------------------------------------------------------------
// The page's one client, shared by every `Abridge` instance and every <abridge-summary> widget.

let shared = null;
let users = 0;

/**
 * The page's shared `AbridgeClient`, counted: call `releaseClient()` once for each call of this. The
 * worker is terminated when the last user lets go (checked after the current task, so that a widget that
 * is only moved in the DOM keeps it).
 * @returns {AbridgeClient}
 */
export function acquireClient() {
  users += 1;
  shared ??= new AbridgeClient();
  return shared;
}

export function releaseClient() {
  users = Math.max(0, users - 1);
  queueMicrotask(() => {
    if (users === 0 && shared) {
      shared.terminate();
      shared = null;
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// Options → core call → chosen sentences → text. Shared with the widget (abridge-summary.js).

/** Throws a TypeError naming the option unless `value` is one of `allowed`. */
function check(name, value, allowed) {
  if (!allowed.includes(value)) {
    throw new TypeError(`Abridge: option "${name}" must be one of ${allowed.map((v) => `"${v}"`).join(', ')}; got ${describe(value)}.`);
  }
  return value;
}

function describe(value) {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * Validated `{ type, length, format }` with the defaults Chrome uses (key-points, medium, markdown).
 * @param {{ type?: string, length?: string, format?: string }} [options]
 */
export function normalizeOptions({ type = 'key-points', length = 'medium', format = 'markdown' } = {}) {
  return { type: check('type', type, TYPES), length: check('length', length, LENGTHS), format: check('format', format, FORMATS) };
}

/**
 * The core options for a type, and how many sentences to keep of what comes back. `sentences` or `ratio`
 * (the widget's attributes) override the count that `length` gives.
 * @param {string} type @param {{ length?: string, sentences?: number, ratio?: number }} size
 * @returns {{ options: object, keep: (result: object) => number }}
 */
export function plan(type, { length = 'medium', sentences, ratio } = {}) {
  if (type === 'headline') return { options: { sentences: 1, keywords: 0 }, keep: () => 1 };
  const pool = type === 'teaser' ? TEASER_POOL : 1;
  if (ratio !== undefined) {
    return {
      options: { ratio: Math.min(1, ratio * pool), keywords: 0 },
      keep: (result) => Math.max(1, Math.round(ratio * (result.stats?.sentencesIn ?? 0))),
    };
  }
  const n = sentences ?? COUNTS[type][length];
  return { options: { sentences: n * pool, keywords: 0 }, keep: () => n };
}

/**
 * The sentences of `result` to show for `type`, in document order.
 * @param {string} type @param {{ sentences: Array<{ index: number, score: number }> }} result @param {number} n
 */
export function choose(type, result, n) {
  const sentences = result.sentences ?? [];
  if (type === 'teaser') return sentences.slice(0, n); // the core returns them in document order
  if (type === 'headline') {
    const best = [...sentences].sort((a, b) => b.score - a.score || a.index - b.index)[0];
    return best ? [best] : [];
  }
  if (sentences.length <= n) return sentences;
  const top = new Set([...sentences].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, n));
  return sentences.filter((s) => top.has(s));
}

/** Whitespace folded, as the sentence reads in one line. */
export function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** A headline: the title the core found, else the best sentence without its final stop, cut to `words`. */
export function headline(result, chosen, words) {
  const text = result.title?.text ? oneLine(result.title.text) : chosen[0] ? oneLine(chosen[0].text) : '';
  const cut = text.split(' ');
  if (cut.length > words) return `${cut.slice(0, words).join(' ').replace(/[\s,;:–—-]+$/u, '')}…`;
  return text.replace(/(?<!\b\p{Lu})\.$/u, ''); // a final full stop, not an initial's ("U.S.")
}

const MARKDOWN_ANYWHERE = /[\\`*_[\]<>|~]/g;
const MARKDOWN_LINE_START = /^(#|>|[-+]\s|\d+[.)]\s|=+$|-+$)/;

/** Text that renders as itself in Markdown. */
export function escapeMarkdown(text) {
  return text.replace(MARKDOWN_ANYWHERE, '\\$&').replace(MARKDOWN_LINE_START, '\\$1');
}

/**
 * The output for `type` and `format`, as the chunks `summarizeStreaming` yields (joined: `summarize`).
 * @returns {string[]}
 */
export function render(type, format, result, chosen, length = 'medium') {
  const md = format === 'markdown';
  const text = (s) => (md ? escapeMarkdown(oneLine(s)) : oneLine(s));
  if (type === 'headline') {
    const line = headline(result, chosen, COUNTS.headline[length]);
    return line ? [md ? escapeMarkdown(line) : line] : [];
  }
  if (type === 'key-points') {
    return chosen.map((s, i) => `${i ? '\n' : ''}${md ? '- ' : '• '}${text(s.text)}`);
  }
  return chosen.map((s, i) => `${i ? ' ' : ''}${text(s.text)}`);
}

// ---------------------------------------------------------------------------------------------------
// The Summarizer-style object.

/** Only `create` may construct. */
const CREATE = Symbol('create');

function abortError(message) {
  return new DOMException(message, 'AbortError');
}

/** A signal that aborts when any of `signals` does (AbortSignal.any where the browser has it). */
function anySignal(signals) {
  const list = signals.filter(Boolean);
  if (list.length === 1) return list[0];
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(list);
  const controller = new AbortController();
  for (const signal of list) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/** Rejects with the signal's reason as soon as it aborts. */
function whenAborted(signal) {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * An extractive summarizer with Chrome's `Summarizer` interface. Make one with `Abridge.create()`.
 */
export class Abridge {
  #type;
  #length;
  #format;
  #sharedContext;
  #client;
  /** Aborted by destroy() (and by the signal given to create): every call of this instance listens. */
  #life = new AbortController();

  /** Not for direct use: `await Abridge.create(options)` checks the options and waits for the module. */
  constructor(options, client, key) {
    if (key !== CREATE) throw new TypeError('Abridge: use `await Abridge.create(options)`.');
    this.#type = options.type;
    this.#length = options.length;
    this.#format = options.format;
    this.#sharedContext = options.sharedContext;
    this.#client = client;
  }

  /**
   * `'available'` when this browser can run Abridge (WebAssembly and module workers), else
   * `'unavailable'`. Nothing is ever downloaded: there is no `'downloadable'`. Checks the options like
   * `create` does.
   * @param {{ type?: string, length?: string, format?: string }} [options]
   * @returns {Promise<'available' | 'unavailable'>}
   */
  static async availability(options = {}) {
    normalizeOptions(options);
    return typeof WebAssembly === 'object' && typeof Worker === 'function' ? 'available' : 'unavailable';
  }

  /**
   * Makes a summarizer once the WebAssembly module is ready in the worker.
   *
   * @param {object} [options]
   * @param {'key-points' | 'tldr' | 'teaser' | 'headline'} [options.type] default `'key-points'`
   * @param {'short' | 'medium' | 'long'} [options.length] default `'medium'`
   * @param {'plain-text' | 'markdown'} [options.format] default `'markdown'`
   * @param {string} [options.sharedContext] accepted for compatibility; an extractive summary has no use for it
   * @param {AbortSignal} [options.signal] aborts the creation; aborted later, it destroys the summarizer
   * @param {(monitor: EventTarget) => void} [options.monitor] gets one `downloadprogress` event
   *   (`loaded` 1): the module ships with the page, nothing is downloaded from elsewhere
   * @returns {Promise<Abridge>}
   * @throws {TypeError} naming the option, for an unknown type, length or format
   */
  static async create(options = {}) {
    const { type, length, format } = normalizeOptions(options);
    const { signal, monitor, sharedContext } = options;
    if (signal?.aborted) throw signal.reason;
    if (monitor !== undefined && typeof monitor !== 'function') {
      throw new TypeError('Abridge: option "monitor" must be a function.');
    }
    const client = acquireClient();
    try {
      const ready = client.ready;
      await (signal ? Promise.race([ready, whenAborted(signal)]) : ready);
    } catch (err) {
      releaseClient();
      throw err;
    }
    if (monitor) {
      const target = new EventTarget();
      monitor(target);
      const event = new Event('downloadprogress');
      Object.assign(event, { loaded: 1, total: 1 });
      target.dispatchEvent(event);
    }
    const summarizer = new Abridge({ type, length, format, sharedContext }, client, CREATE);
    signal?.addEventListener('abort', () => summarizer.destroy(), { once: true });
    return summarizer;
  }

  get type() { return this.#type; }
  get length() { return this.#length; }
  get format() { return this.#format; }
  get sharedContext() { return this.#sharedContext ?? ''; }
  /** Abridge has no input limit short of memory; the same numbers as Chrome's API for code that checks. */
  get inputQuota() { return Infinity; }

  /**
   * The summary of `text`, as one string. Whitespace-only text gives `''`.
   * @param {string} text
   * @param {{ signal?: AbortSignal, context?: string }} [options] `context` is accepted and not used
   * @returns {Promise<string>}
   * @throws {DOMException} `AbortError` (the signal's reason) when aborted; `InvalidStateError` after destroy()
   */
  async summarize(text, options = {}) {
    return (await this.#chunks(text, options)).join('');
  }

  /**
   * The summary in pieces: a `ReadableStream` of strings (async-iterable), one chosen sentence per chunk
   * in document order; joined they equal `summarize(text)`. Aborting the signal errors the stream with
   * the signal's reason; cancelling the stream cancels the call.
   * @param {string} text
   * @param {{ signal?: AbortSignal, context?: string }} [options]
   * @returns {ReadableStream<string> & AsyncIterable<string>}
   */
  summarizeStreaming(text, options = {}) {
    const cancel = new AbortController();
    const signal = anySignal([options.signal, cancel.signal]);
    let chunks = null;
    let next = 0;
    const work = this.#chunks(text, { ...options, signal });
    work.catch(() => {}); // reported through the stream
    const stream = new ReadableStream({
      async pull(controller) {
        try {
          chunks ??= await work;
          if (signal.aborted) throw signal.reason;
          if (next < chunks.length) controller.enqueue(chunks[next++]);
          else controller.close();
        } catch (err) {
          controller.error(err);
        }
      },
      cancel(reason) {
        cancel.abort(reason);
      },
    }, { highWaterMark: 0 });
    // ReadableStream is async-iterable in Chromium and Firefox; give it the same shape everywhere else.
    if (typeof stream[Symbol.asyncIterator] !== 'function') {
      stream[Symbol.asyncIterator] = async function* iterate() {
        const reader = stream.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      };
    }
    return stream;
  }

  /** Rejects this summarizer's running calls with an `AbortError`; later calls reject. Idempotent. */
  destroy() {
    if (this.#life.signal.aborted) return;
    this.#life.abort(abortError('The summarizer was destroyed.'));
    releaseClient();
  }

  async #chunks(text, { signal } = {}) {
    if (this.#life.signal.aborted) {
      throw new DOMException('This summarizer has been destroyed.', 'InvalidStateError');
    }
    if (typeof text !== 'string') throw new TypeError(`Abridge: the text to summarize must be a string, not ${typeof text}.`);
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      throw new TypeError('Abridge: option "signal" must be an AbortSignal.');
    }
    const combined = anySignal([signal, this.#life.signal]);
    if (combined.aborted) throw combined.reason;
    if (!text.trim()) return [];
    const { options, keep } = plan(this.#type, { length: this.#length });
    const result = await this.#client.summarize(text, options, { signal: combined });
    const chosen = choose(this.#type, result, keep(result));
    return render(this.#type, this.#format, result, chosen, this.#length);
  }
}


export { AbridgeClient };
export default Abridge;
