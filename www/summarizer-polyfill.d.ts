// Types for summarizer-polyfill.js: the Writing Assistance APIs' Summarizer, defined where the browser has none.
import type { AbridgeCreateMonitor, AbridgeCreateOptions, AbridgeCoreOptions, AbridgeFormat, AbridgeLength, AbridgePreference, AbridgeSummarizeOptions, AbridgeType } from './abridge-api.js';
import { configure } from './abridge-client.js';

export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
export type SummarizerCreateCoreOptions = Omit<AbridgeCoreOptions, 'workerUrl' | 'wasmUrl'>;
export type SummarizerCreateOptions = Omit<AbridgeCreateOptions, 'workerUrl' | 'wasmUrl'>;
export type SummarizerSummarizeOptions = AbridgeSummarizeOptions;
export type CreateMonitor = AbridgeCreateMonitor;

export declare class Summarizer {
  private constructor();
  static availability(options?: SummarizerCreateCoreOptions): Promise<SummarizerAvailability>;
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;
  /** Which engine summarizes: Abridge, or the browser's own. */
  readonly engine: 'abridge' | 'native';
  readonly sharedContext: string;
  readonly type: AbridgeType;
  readonly format: AbridgeFormat;
  readonly length: AbridgeLength;
  readonly preference: AbridgePreference;
  readonly expectedInputLanguages: readonly string[] | null;
  readonly expectedContextLanguages: readonly string[] | null;
  readonly outputLanguage: string | null;
  readonly inputQuota: number;
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): ReadableStream<string> & AsyncIterable<string>;
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;
  destroy(): void;
}

/** Makes `Summarizer` the global one (importing the module already did); `prefer: 'abridge'` skips a native summarizer. */
export declare function install(options?: { prefer?: 'native' | 'abridge' }): typeof Summarizer;

export { configure };

declare global {
  /** The Writing Assistance APIs' summarizer: the browser's own where it can serve, else Abridge. */
  var Summarizer: typeof import('./summarizer-polyfill.js').Summarizer;
}
