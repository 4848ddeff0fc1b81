/**
 * @file `Abridge`: a Summarizer-style API over the extractive core, with the interface of the Writing
 * Assistance APIs' `Summarizer` (create → summarize / summarizeStreaming / measureInputUsage → destroy),
 * but deterministic, offline and in every modern browser. The core runs in a Web Worker through the
 * page's shared `AbridgeClient`.
 *
 * ```js
 * import { Abridge } from './abridge-api.js';
 * const summarizer = await Abridge.create({ type: 'key-points', length: 'short', format: 'markdown' });
 * const markdown = await summarizer.summarize(article, { signal });
 * for await (const chunk of summarizer.summarizeStreaming(article)) output.append(chunk);
 * summarizer.destroy();
 * ```
 *
 * How each type and length maps onto whole sentences of the article is in summary-types.js.
 * `summarizeStreaming` yields the same output in pieces, one chosen sentence (with its bullet or
 * separating space) per chunk, in **document order**: joined, the chunks are exactly what `summarize`
 * returns. Chunks are deltas, never the text so far.
 *
 * Where it differs from a built-in summarizer, on purpose: a text that is not a string or a `signal` that
 * is not an `AbortSignal` is a TypeError rather than converted (the `Summarizer` polyfill,
 * summarizer-polyfill.js, converts the way WebIDL does), and `workerUrl` / `wasmUrl` say where the files
 * are when a bundler or server moved them.
 *
 * The raw binding stays available for spans and scores: `AbridgeClient#summarize(text, options)` (in a
 * worker) or the wasm module's `summarize(text, options)` (pkg/abridge.js).
 */

import { AbridgeClient, AbridgeLoadError, AbridgeWorkerError, configure } from './abridge-client.js';
import { asyncIterable } from './async-iterable.js';
import { canonicalTag, canonicalTags, matchLanguages } from './language-tags.js';
import { choose, COUNTS, FORMATS, LENGTHS, normalizeOptions, plan, PREFERENCES, render, TYPES } from './summary-types.js';
import { transcriptText } from './transcript.js';

export { AbridgeClient, AbridgeLoadError, AbridgeWorkerError, configure, COUNTS, FORMATS, LENGTHS, PREFERENCES, TYPES };

/**
 * Abridge reads the whole text at once whatever its length (tested to 50 MB), so, as the Writing
 * Assistance APIs put it, there is no quota beyond the user's memory: +Infinity, and every input measures 0.
 */
const INPUT_QUOTA = Infinity;

/**
 * Text with something to summarize has a letter or a digit (what the core counts as a word needs one);
 * the spec wants `""` for text with none (empty, white space, control characters, only punctuation).
 */
const SUMMARIZABLE = /[\p{L}\p{N}]/u;

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

/** `promise`, or the signal's reason as soon as it aborts. */
function unlessAborted(promise, signal) {
  if (!signal) return promise;
  return Promise.race([promise, new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  })]);
}

function checkSignal(signal) {
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError('Abridge: option "signal" must be an AbortSignal.');
  }
}

/**
 * The options of `create` and `availability`, checked and in canonical form: the type, length, format
 * and preference with their defaults, and the language tags canonical and without repeats.
 * @throws {TypeError} naming the option, for an unknown type, length, format or preference
 * @throws {RangeError} naming the option, for a malformed language tag
 */
function readCoreOptions(options) {
  const { type, length, format, preference } = normalizeOptions(options);
  const list = (name) => {
    const value = options[name];
    if (value === undefined) return [];
    if (typeof value === 'string' || typeof value?.[Symbol.iterator] !== 'function') {
      throw new TypeError(`Abridge: option "${name}" must be an array of language tags.`);
    }
    return canonicalTags(value, name);
  };
  return {
    type, length, format, preference,
    expectedInputLanguages: list('expectedInputLanguages'),
    expectedContextLanguages: list('expectedContextLanguages'),
    outputLanguage: options.outputLanguage === undefined ? null : canonicalTag(options.outputLanguage, 'outputLanguage'),
  };
}

/**
 * The language options matched to the core's languages (best fit, as the spec has it): the tags the
 * summarizer then reports, and `problem`, why the options cannot be served (null when they can): a tag
 * nothing serves, or an output language none of the expected input languages is, since a summary that
 * quotes the text is in the text's language (Abridge cannot translate).
 */
function matchOptions(core, supported) {
  const input = matchLanguages(core.expectedInputLanguages, supported);
  const context = matchLanguages(core.expectedContextLanguages, supported);
  const output = matchLanguages(core.outputLanguage === null ? [] : [core.outputLanguage], supported);
  const missing = [...input.missing, ...context.missing, ...output.missing];
  const outputLanguage = core.outputLanguage === null ? null : output.matched[0] ?? null;
  let problem = null;
  if (missing.length) {
    problem = `Abridge does not support the language "${missing[0]}"; it supports ${supported.map((l) => `"${l}"`).join(', ')}.`;
  } else if (outputLanguage && input.matched.length && !input.matched.some((tag) => primary(tag) === primary(outputLanguage))) {
    problem = `Abridge quotes the text, so its summary of ${input.matched.map((l) => `"${l}"`).join(' or ')} text cannot be in "${outputLanguage}".`;
  }
  return { problem, expectedInputLanguages: input.matched, expectedContextLanguages: context.matched, outputLanguage };
}

/** The one monitor object of a `create` call: an EventTarget with `ondownloadprogress`, as the spec's CreateMonitor. */
class CreateMonitor extends EventTarget {
  #handler = null;

  get ondownloadprogress() {
    return this.#handler;
  }

  set ondownloadprogress(handler) {
    if (this.#handler) this.removeEventListener('downloadprogress', this.#handler);
    this.#handler = typeof handler === 'function' ? handler : null;
    if (this.#handler) this.addEventListener('downloadprogress', this.#handler);
  }
}

function progress(monitor, loaded) {
  const init = { loaded, total: 1, lengthComputable: true };
  const event = typeof ProgressEvent === 'function' ? new ProgressEvent('downloadprogress', init) : Object.assign(new Event('downloadprogress'), init);
  monitor.dispatchEvent(event);
}

/**
 * An extractive summarizer with the Writing Assistance APIs' `Summarizer` interface. Make one with
 * `Abridge.create()`.
 */
export class Abridge {
  #options;
  #client;
  /** Aborted by destroy() (and by the signal given to create): every call of this instance listens. */
  #life = new AbortController();

  /** Not for direct use: `await Abridge.create(options)` checks the options and waits for the module. */
  constructor(options, client, key) {
    if (key !== CREATE) throw new TypeError('Abridge: use `await Abridge.create(options)`.');
    this.#options = {
      ...options,
      expectedInputLanguages: frozen(options.expectedInputLanguages),
      expectedContextLanguages: frozen(options.expectedContextLanguages),
    };
    this.#client = client;
  }

  /**
   * `'available'` when this browser can run Abridge (WebAssembly and module workers) and the core
   * supports every language asked for, else `'unavailable'`. Nothing is ever downloaded from elsewhere:
   * there is no `'downloadable'`. Checks the options like `create` does (the languages need the module:
   * the first call loads it).
   * @param {object} [options] `type`, `length`, `format`, `preference`, `expectedInputLanguages`,
   *   `expectedContextLanguages`, `outputLanguage`; `workerUrl`, `wasmUrl` as for `create`
   * @returns {Promise<'available' | 'unavailable'>}
   */
  static async availability(options = {}) {
    const core = readCoreOptions(options);
    if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') return 'unavailable';
    const client = AbridgeClient.shared({ workerUrl: options.workerUrl, wasmUrl: options.wasmUrl });
    try {
      const { languages } = await client.ready;
      return matchOptions(core, languages).problem ? 'unavailable' : 'available';
    } catch {
      return 'unavailable'; // the module cannot be loaded here: create() says why
    } finally {
      client.release();
    }
  }

  /**
   * Makes a summarizer once the WebAssembly module is ready in the worker.
   *
   * @param {object} [options]
   * @param {'key-points' | 'tldr' | 'teaser' | 'headline'} [options.type] default `'key-points'`
   * @param {'short' | 'medium' | 'long'} [options.length] default `'short'`
   * @param {'plain-text' | 'markdown'} [options.format] default `'markdown'`
   * @param {'auto' | 'speed' | 'capability'} [options.preference] default `'auto'`; recorded, Abridge has one speed
   * @param {string[]} [options.expectedInputLanguages] BCP 47 tags; one tag is passed to the core as the text's language
   * @param {string[]} [options.expectedContextLanguages] BCP 47 tags
   * @param {string} [options.outputLanguage] a BCP 47 tag: a summary quotes the text, so this is the text's
   *   language too (passed to the core when there is not exactly one expected input language), and must be
   *   one of the expected input languages
   * @param {string} [options.sharedContext] kept as `sharedContext`; an extractive summary has no use for it
   * @param {AbortSignal} [options.signal] aborts the creation; aborted later, it destroys the summarizer
   * @param {(monitor: EventTarget) => void} [options.monitor] gets `downloadprogress` events, `loaded` 0 and 1
   * @param {string | URL} [options.workerUrl] where worker.js is, when a bundler or server moved it
   * @param {string | URL} [options.wasmUrl] where abridge_bg.wasm is, when a bundler or server moved it
   * @returns {Promise<Abridge>}
   * @throws {TypeError} naming the option, for an unknown type, length, format or preference
   * @throws {RangeError} naming the option, for a malformed language tag
   * @throws {DOMException} `NotSupportedError` for a language the core does not support, or an output
   *   language none of the input languages is; the signal's reason
   * @throws {AbridgeLoadError} naming the file and the option that sets it, when the worker or the `.wasm` cannot be loaded
   */
  static async create(options = {}) {
    const core = readCoreOptions(options);
    const { signal, monitor, sharedContext, workerUrl, wasmUrl } = options;
    checkSignal(signal);
    if (monitor !== undefined && typeof monitor !== 'function') {
      throw new TypeError('Abridge: option "monitor" must be a function.');
    }
    if (signal?.aborted) throw signal.reason;
    let target = null;
    if (monitor) {
      target = new CreateMonitor();
      monitor(target);
    }
    const client = AbridgeClient.shared({ workerUrl, wasmUrl });
    let languages;
    try {
      ({ languages } = await unlessAborted(client.ready, signal));
    } catch (err) {
      client.release();
      throw err;
    }
    const { problem, ...matched } = matchOptions(core, languages);
    if (problem) {
      client.release();
      throw new DOMException(problem, 'NotSupportedError');
    }
    // The spec's "available" path: progress 0 and 1, then the summarizer.
    if (target) {
      progress(target, 0);
      progress(target, 1);
    }
    if (signal?.aborted) {
      client.release();
      throw signal.reason;
    }
    const summarizer = new Abridge({
      ...core, ...matched, sharedContext: sharedContext === undefined ? '' : String(sharedContext),
    }, client, CREATE);
    signal?.addEventListener('abort', () => summarizer.destroy(), { once: true });
    return summarizer;
  }

  get type() { return this.#options.type; }
  get length() { return this.#options.length; }
  get format() { return this.#options.format; }
  get preference() { return this.#options.preference; }
  get sharedContext() { return this.#options.sharedContext; }
  /** The languages asked for, matched to the core's (`['en-US']` reads `['en']`); null when none were given. */
  get expectedInputLanguages() { return this.#options.expectedInputLanguages; }
  get expectedContextLanguages() { return this.#options.expectedContextLanguages; }
  get outputLanguage() { return this.#options.outputLanguage; }
  /** No limit but memory: +Infinity. */
  get inputQuota() { return INPUT_QUOTA; }

  /**
   * The summary of `text`, as one string. Text with nothing to summarize (empty, white space, control
   * characters or punctuation only) gives `''`.
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
   * @throws {DOMException} at once: `InvalidStateError` after destroy(), the signal's reason when already aborted
   */
  summarizeStreaming(text, options = {}) {
    this.#check(text, options);
    const cancel = new AbortController();
    const signal = anySignal([options.signal, this.#life.signal, cancel.signal]);
    if (signal.aborted) throw signal.reason;
    let chunks = null;
    let next = 0;
    const work = this.#chunks(text, { ...options, signal });
    work.catch(() => {}); // reported through the stream
    const stream = new ReadableStream({
      start(controller) {
        signal.addEventListener('abort', () => {
          try {
            controller.error(signal.reason);
          } catch {
            // Already closed: an abort after the last chunk changes nothing.
          }
        }, { once: true });
      },
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
    return asyncIterable(stream);
  }

  /**
   * How much of `inputQuota` summarizing `text` would use: 0, as the quota is +Infinity.
   * @param {string} text
   * @param {{ signal?: AbortSignal, context?: string }} [options]
   * @returns {Promise<number>}
   */
  async measureInputUsage(text, options = {}) {
    this.#check(text, options);
    const signal = anySignal([options.signal, this.#life.signal]);
    if (signal.aborted) throw signal.reason;
    return 0;
  }

  /** Rejects this summarizer's running calls with an `AbortError`; later calls reject. Idempotent. */
  destroy() {
    if (this.#life.signal.aborted) return;
    this.#life.abort(abortError('The summarizer was destroyed.'));
    this.#client.release();
  }

  /** The checks every call makes first: still alive, a string, a real signal. */
  #check(text, { signal } = {}) {
    if (this.#life.signal.aborted) {
      throw new DOMException('This summarizer has been destroyed.', 'InvalidStateError');
    }
    if (typeof text !== 'string') throw new TypeError(`Abridge: the text to summarize must be a string, not ${typeof text}.`);
    checkSignal(signal);
  }

  async #chunks(text, options = {}) {
    this.#check(text, options);
    const combined = anySignal([options.signal, this.#life.signal]);
    if (combined.aborted) throw combined.reason;
    if (!SUMMARIZABLE.test(text)) return [];
    const { type, length, format, expectedInputLanguages, outputLanguage } = this.#options;
    const planned = plan(type, { length });
    // The developer saying what the text is in: one expected input language, else the output language (a
    // summary that quotes the text is in the text's language). Otherwise the core detects it.
    const stated = expectedInputLanguages?.length === 1 ? expectedInputLanguages[0] : outputLanguage;
    const language = stated ? { language: stated } : {};
    // A video's transcript or a subtitle file is read without its timecodes, as the page reads a paste.
    const input = transcriptText(text)?.text ?? text;
    const result = await this.#client.summarize(input, { ...planned.options, ...language }, { signal: combined });
    const chosen = choose(type, result, planned.keep(result));
    return render(type, format, result, chosen, length);
  }
}

/** The language subtag of a tag: "en" of "en-GB". */
function primary(tag) {
  return tag.split('-')[0].toLowerCase();
}

/** A frozen copy of a non-empty list, else null (the spec's FrozenArray-or-null attributes). */
function frozen(list) {
  return list.length ? Object.freeze([...list]) : null;
}

export default Abridge;
