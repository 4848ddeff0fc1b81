// Types for abridge-api.js: the Summarizer-style API (the table in summary-types.js and docs/embedding.md).
import { AbridgeClient, AbridgeLoadError, AbridgeWorkerError, configure, type AbridgeFiles } from './abridge-client.js';

export type AbridgeType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type AbridgeLength = 'short' | 'medium' | 'long';
export type AbridgeFormat = 'plain-text' | 'markdown';
export type AbridgePreference = 'auto' | 'speed' | 'capability';

/** The spec's CreateMonitor: `downloadprogress` events (`ProgressEvent`, `loaded` 0 then 1, `total` 1). */
export interface AbridgeCreateMonitor extends EventTarget {
  ondownloadprogress: ((this: AbridgeCreateMonitor, event: ProgressEvent) => void) | null;
  addEventListener(type: 'downloadprogress', listener: (this: AbridgeCreateMonitor, event: ProgressEvent) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
}

/** The options `availability()` checks. */
export interface AbridgeCoreOptions extends AbridgeFiles {
  /** Default `'key-points'`. */
  type?: AbridgeType;
  /** Default `'short'`. */
  length?: AbridgeLength;
  /** Default `'markdown'`. */
  format?: AbridgeFormat;
  /** Default `'auto'`; recorded, Abridge has one speed. */
  preference?: AbridgePreference;
  /** BCP 47 tags; one tag is passed to the core as the text's language. */
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  /** A BCP 47 tag: a summary quotes the text, so it must be the text's language. */
  outputLanguage?: string;
}

export interface AbridgeCreateOptions extends AbridgeCoreOptions {
  /** Kept as `sharedContext`; an extractive summary does not use it. */
  sharedContext?: string;
  /** Aborts the creation; aborted later, destroys the summarizer. */
  signal?: AbortSignal;
  /** Receives `downloadprogress` events at 0 and 1: nothing is downloaded from elsewhere. */
  monitor?: (monitor: AbridgeCreateMonitor) => void;
}

export interface AbridgeSummarizeOptions {
  /** Rejects the call (or errors the stream) with the signal's reason, an `AbortError` by default. */
  signal?: AbortSignal;
  /** Accepted for compatibility; not used. */
  context?: string;
}

export declare class Abridge {
  private constructor();
  /** `'available'` where WebAssembly and workers exist and the core has the languages. TypeError / RangeError for invalid options. */
  static availability(options?: AbridgeCoreOptions): Promise<'available' | 'unavailable'>;
  /** @throws {TypeError} naming the option; RangeError for a malformed language tag; NotSupportedError; AbridgeLoadError. */
  static create(options?: AbridgeCreateOptions): Promise<Abridge>;
  readonly type: AbridgeType;
  readonly length: AbridgeLength;
  readonly format: AbridgeFormat;
  readonly preference: AbridgePreference;
  readonly sharedContext: string;
  /** The languages asked for, matched to the core's; null when none were given. */
  readonly expectedInputLanguages: readonly string[] | null;
  readonly expectedContextLanguages: readonly string[] | null;
  readonly outputLanguage: string | null;
  /** +Infinity: no limit but memory. */
  readonly inputQuota: number;
  /** The whole summary. Empty or whitespace-only text gives `''`. */
  summarize(text: string, options?: AbridgeSummarizeOptions): Promise<string>;
  /** One chosen sentence per chunk, in document order; joined, the chunks equal `summarize(text)`. */
  summarizeStreaming(text: string, options?: AbridgeSummarizeOptions): ReadableStream<string> & AsyncIterable<string>;
  /** 0: the quota is +Infinity. */
  measureInputUsage(text: string, options?: AbridgeSummarizeOptions): Promise<number>;
  /** Rejects running calls with an `AbortError`; later calls reject with `InvalidStateError`. */
  destroy(): void;
}
export default Abridge;

export declare const TYPES: readonly AbridgeType[];
export declare const LENGTHS: readonly AbridgeLength[];
export declare const FORMATS: readonly AbridgeFormat[];
export declare const PREFERENCES: readonly AbridgePreference[];
/** Sentences per type and length (for `headline`: the most words). */
export declare const COUNTS: Readonly<Record<AbridgeType, Readonly<Record<AbridgeLength, number>>>>;

export { AbridgeClient, AbridgeLoadError, AbridgeWorkerError, configure };
