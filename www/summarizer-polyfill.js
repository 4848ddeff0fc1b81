/**
 * @file The Writing Assistance APIs' `Summarizer` in every browser, offline, with nothing to download:
 * `import 'abridge/polyfill'` and code written for Chrome's built-in summarizer runs unchanged.
 *
 * ```js
 * import 'abridge/polyfill';                      // or: import { install } from 'abridge/polyfill';
 * const summarizer = await Summarizer.create({ type: 'tldr', length: 'medium' });
 * console.log(summarizer.engine, await summarizer.summarize(article)); // 'abridge' | 'native'
 * ```
 *
 * Which engine answers:
 * - no `Summarizer` in the browser: this module defines one, backed by Abridge;
 * - a `Summarizer` that answers `availability(options)` with `"unavailable"` for the options asked (Chromium
 *   without its model, which is most devices): the same global falls back to Abridge for those calls;
 * - a native summarizer that can serve the options (`"available"`, `"downloadable"`, `"downloading"`) is
 *   preferred, unless `install({ prefer: 'abridge' })` said to use Abridge always.
 * Every summarizer says which engine it is: `summarizer.engine` is `'abridge'` or `'native'`.
 *
 * The global follows the spec (https://webmachinelearning.github.io/writing-assistance-apis/#summarizer):
 * arguments are converted the way WebIDL converts them (`summarize(42)` summarizes "42", an unknown enum
 * value is a TypeError, a malformed language tag a RangeError), the defaults are `key-points`, `markdown`,
 * `short`, `monitor` sees `downloadprogress` at 0 and 1, the option attributes are read-only, and
 * failures are the spec's `DOMException`s: `AbortError` (or the signal's own reason), `NotSupportedError` for
 * a language Abridge does not support, `InvalidStateError` after `destroy()`, `OperationError` when
 * Abridge's files cannot be loaded (the message names the file and the option that sets it), `UnknownError`
 * when the worker fails. `QuotaExceededError` comes only from a native engine: Abridge's `inputQuota` is +Infinity,
 * so `measureInputUsage()` is 0, as the spec requires. The Abridge engine itself is `Abridge`
 * (abridge-api.js).
 */

import { Abridge, configure } from './abridge-api.js';
import { asyncIterable } from './async-iterable.js';

export { configure };

const PREFERENCES = ['native', 'abridge'];
/** `install({ prefer })`: whether a usable native summarizer is asked first. */
let prefer = 'native';
/** The browser's own `Summarizer`, found when this module installed itself; null when there is none. */
let native = null;

/** Only `create` may construct. */
const CREATE = Symbol('create');

// ---------------------------------------------------------------------------------------------------
// WebIDL conversions of the arguments (for the Abridge engine; a native one converts its own)

/** A DOMString: ToString, which throws a TypeError for a Symbol. */
function domString(value) {
  return `${value}`;
}

function dictionary(value, type) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeError(`Summarizer: the options must be an object (${type}), not ${typeof value}.`);
  }
  return value;
}

function sequence(value, name) {
  if (typeof value !== 'object' || value === null || typeof value[Symbol.iterator] !== 'function') {
    throw new TypeError(`Summarizer: option "${name}" must be a sequence of language tags.`);
  }
  return Array.from(value, domString);
}

/** SummarizerCreateCoreOptions (and the create-only members when `create`), converted. */
function createOptions(options, { create = false } = {}) {
  const given = dictionary(options, create ? 'SummarizerCreateOptions' : 'SummarizerCreateCoreOptions');
  const out = {};
  for (const name of ['expectedContextLanguages', 'expectedInputLanguages']) {
    if (given[name] !== undefined) out[name] = sequence(given[name], name);
  }
  for (const name of ['format', 'length', 'outputLanguage', 'preference', 'type']) {
    if (given[name] !== undefined) out[name] = domString(given[name]);
  }
  if (create) {
    if (given.monitor !== undefined) {
      if (typeof given.monitor !== 'function') throw new TypeError('Summarizer: option "monitor" must be a function.');
      out.monitor = given.monitor;
    }
    if (given.sharedContext !== undefined) out.sharedContext = domString(given.sharedContext);
    if (given.signal !== undefined) out.signal = abortSignal(given.signal);
  }
  return out;
}

/** SummarizerSummarizeOptions, converted. */
function summarizeOptions(options) {
  const given = dictionary(options, 'SummarizerSummarizeOptions');
  const out = {};
  if (given.context !== undefined) out.context = domString(given.context);
  if (given.signal !== undefined) out.signal = abortSignal(given.signal);
  return out;
}

function abortSignal(value) {
  if (!(value instanceof AbortSignal)) throw new TypeError('Summarizer: option "signal" must be an AbortSignal.');
  return value;
}

/**
 * An error of the Abridge engine as the spec names it: files that cannot be loaded are an
 * `OperationError` (initialization failed), a worker that failed an `UnknownError`, with Abridge's own
 * message. Everything else is already what the spec says (DOMExceptions, TypeErrors, RangeErrors) or must
 * reach the caller untouched (a signal's reason, what a monitor callback threw).
 */
function specError(err) {
  if (err?.name === 'AbridgeLoadError') return new DOMException(err.message, 'OperationError');
  if (err?.name === 'AbridgeWorkerError') return new DOMException(err.message, 'UnknownError');
  return err;
}

async function specErrors(promise) {
  try {
    return await promise;
  } catch (err) {
    throw specError(err);
  }
}

// ---------------------------------------------------------------------------------------------------
// Engine choice

/** What the native summarizer says about `options`, or `'unavailable'` when there is none or it cannot say. */
async function nativeAvailability(options) {
  if (!native || prefer !== 'native') return 'unavailable';
  try {
    return await native.availability(options);
  } catch (err) {
    if (err instanceof TypeError || err instanceof RangeError) throw err; // the options are wrong for either engine
    return 'unavailable';
  }
}

/** A summarizer: the browser's own, or Abridge, behind one interface. Make one with `Summarizer.create()`. */
export class Summarizer {
  #inner;
  #engine;

  /** Not for direct use: `await Summarizer.create(options)`. */
  constructor(inner, engine, key) {
    if (key !== CREATE) throw new TypeError('Illegal constructor: use `await Summarizer.create(options)`.');
    this.#inner = inner;
    this.#engine = engine;
  }

  /**
   * `"available"` when Abridge (or, preferred, a native summarizer) can summarize with these options;
   * `"unavailable"` for a language neither supports. A native summarizer may also say `"downloadable"`
   * or `"downloading"`.
   * @param {object} [options] SummarizerCreateCoreOptions
   * @returns {Promise<'available' | 'downloadable' | 'downloading' | 'unavailable'>}
   */
  static async availability(options = {}) {
    const converted = createOptions(options);
    const answer = await nativeAvailability(options);
    if (answer !== 'unavailable') return answer;
    return specErrors(Abridge.availability(converted));
  }

  /**
   * A summarizer for `options` (SummarizerCreateOptions), from the native engine when it can serve them
   * and is preferred, else from Abridge.
   * @param {object} [options]
   * @returns {Promise<Summarizer>}
   */
  static async create(options = {}) {
    const converted = createOptions(options, { create: true });
    if (await nativeAvailability(options) !== 'unavailable') {
      return new Summarizer(await native.create(options), 'native', CREATE);
    }
    return new Summarizer(await specErrors(Abridge.create(converted)), 'abridge', CREATE);
  }

  /** Which engine summarizes: `'abridge'` or `'native'` (the browser's own). */
  get engine() { return this.#engine; }
  get sharedContext() { return this.#inner.sharedContext; }
  get type() { return this.#inner.type; }
  get format() { return this.#inner.format; }
  get length() { return this.#inner.length; }
  get preference() { return this.#inner.preference; }
  get expectedInputLanguages() { return this.#inner.expectedInputLanguages; }
  get expectedContextLanguages() { return this.#inner.expectedContextLanguages; }
  get outputLanguage() { return this.#inner.outputLanguage; }
  get inputQuota() { return this.#inner.inputQuota; }

  /**
   * The summary of `input` (empty input: `""`).
   * @param {string} input @param {{ context?: string, signal?: AbortSignal }} [options]
   * @returns {Promise<string>}
   */
  async summarize(input, options = {}) {
    if (this.#engine === 'native') return this.#inner.summarize(input, options);
    return specErrors(this.#inner.summarize(domString(input), summarizeOptions(options)));
  }

  /**
   * The summary as a `ReadableStream` of deltas (joined: `summarize(input)`), async-iterable.
   * @param {string} input @param {{ context?: string, signal?: AbortSignal }} [options]
   * @returns {ReadableStream<string>}
   */
  summarizeStreaming(input, options = {}) {
    if (this.#engine === 'native') return this.#inner.summarizeStreaming(input, options);
    const reader = this.#inner.summarizeStreaming(domString(input), summarizeOptions(options)).getReader();
    return asyncIterable(new ReadableStream({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (err) {
          controller.error(specError(err));
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    }, { highWaterMark: 0 }));
  }

  /**
   * How much of `inputQuota` summarizing `input` would use.
   * @param {string} input @param {{ context?: string, signal?: AbortSignal }} [options]
   * @returns {Promise<number>}
   */
  async measureInputUsage(input, options = {}) {
    if (this.#engine === 'native') return this.#inner.measureInputUsage(input, options);
    return specErrors(this.#inner.measureInputUsage(domString(input), summarizeOptions(options)));
  }

  /** Ends this summarizer: running calls reject with an `AbortError`, later ones with `InvalidStateError`. */
  destroy() {
    this.#inner.destroy();
  }

  get [Symbol.toStringTag]() {
    return 'Summarizer';
  }
}

/**
 * Makes `Summarizer` the global one (importing this module already did, preferring a usable native
 * summarizer); `prefer: 'abridge'` makes every summarizer Abridge even where a native one could serve.
 * @param {{ prefer?: 'native' | 'abridge' }} [options]
 * @returns {typeof Summarizer}
 */
export function install({ prefer: wanted = 'native' } = {}) {
  if (!PREFERENCES.includes(wanted)) {
    throw new TypeError(`Abridge: option "prefer" must be "native" or "abridge"; got ${String(wanted)}.`);
  }
  prefer = wanted;
  if (globalThis.Summarizer !== Summarizer) {
    const existing = globalThis.Summarizer;
    native = typeof existing === 'function' ? existing : null;
    // Like an interface object: writable and configurable, not enumerable.
    Object.defineProperty(globalThis, 'Summarizer', { value: Summarizer, writable: true, configurable: true, enumerable: false });
  }
  return Summarizer;
}

install();
