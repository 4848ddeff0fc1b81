// Types for abridge.js: the Summarizer-style API (see the table in abridge.js and docs/embedding.md).
import type { Summary, SummarySentence } from './pkg/abridge.js';
import { AbridgeClient } from './abridge-client.js';

export type AbridgeType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type AbridgeLength = 'short' | 'medium' | 'long';
export type AbridgeFormat = 'plain-text' | 'markdown';

export interface AbridgeCreateMonitor extends EventTarget {}

export interface AbridgeCreateOptions {
  /** Default `'key-points'`. */
  type?: AbridgeType;
  /** Default `'medium'`. */
  length?: AbridgeLength;
  /** Default `'markdown'`. */
  format?: AbridgeFormat;
  /** Accepted for compatibility with Chrome's Summarizer; an extractive summary does not use it. */
  sharedContext?: string;
  /** Aborts the creation; aborted later, destroys the summarizer. */
  signal?: AbortSignal;
  /** Receives one `downloadprogress` event (loaded 1): nothing is downloaded from elsewhere. */
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
  /** `'available'` where WebAssembly and workers exist. Throws a TypeError for invalid options. */
  static availability(options?: Pick<AbridgeCreateOptions, 'type' | 'length' | 'format'>): Promise<'available' | 'unavailable'>;
  /** @throws {TypeError} naming the option, for an unknown type, length or format. */
  static create(options?: AbridgeCreateOptions): Promise<Abridge>;
  readonly type: AbridgeType;
  readonly length: AbridgeLength;
  readonly format: AbridgeFormat;
  readonly sharedContext: string;
  readonly inputQuota: number;
  /** The whole summary. Whitespace-only text gives `''`. */
  summarize(text: string, options?: AbridgeSummarizeOptions): Promise<string>;
  /** One chosen sentence per chunk, in document order; joined, the chunks equal `summarize(text)`. */
  summarizeStreaming(text: string, options?: AbridgeSummarizeOptions): ReadableStream<string> & AsyncIterable<string>;
  /** Rejects running calls with an `AbortError`; later calls reject with `InvalidStateError`. */
  destroy(): void;
}
export default Abridge;

export declare const TYPES: readonly AbridgeType[];
export declare const LENGTHS: readonly AbridgeLength[];
export declare const FORMATS: readonly AbridgeFormat[];
/** Sentences per type and length (for `headline`: the most words). */
export declare const COUNTS: Readonly<Record<AbridgeType, Readonly<Record<AbridgeLength, number>>>>;

/** The page's shared client, counted; pair each call with `releaseClient()`. */
export declare function acquireClient(): AbridgeClient;
export declare function releaseClient(): void;
export declare function normalizeOptions(options?: { type?: string; length?: string; format?: string }): { type: AbridgeType; length: AbridgeLength; format: AbridgeFormat };
export declare function plan(type: AbridgeType, size?: { length?: AbridgeLength; sentences?: number; ratio?: number }): {
  options: { sentences?: number; ratio?: number; keywords: number };
  keep: (result: Summary) => number;
};
export declare function choose(type: AbridgeType, result: Summary, n: number): SummarySentence[];
export declare function render(type: AbridgeType, format: AbridgeFormat, result: Summary, chosen: SummarySentence[], length?: AbridgeLength): string[];
export declare function headline(result: Summary, chosen: SummarySentence[], words: number): string;
export declare function escapeMarkdown(text: string): string;
export declare function oneLine(text: string): string;
export { AbridgeClient };
