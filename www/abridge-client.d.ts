// Types for abridge-client.js: the bridge between page code and the summarizer worker.
import type { SummarizeOptions, Summary } from './pkg/abridge.js';

/** The running call was lost because the worker died or the WebAssembly instance trapped. */
export declare class AbridgeWorkerError extends Error {
  constructor(message: string, code: 'crashed' | 'trap');
  readonly name: 'AbridgeWorkerError';
  readonly code: 'crashed' | 'trap';
}

/** The worker or the `.wasm` could not be loaded; the message names the file and the option that sets it. */
export declare class AbridgeLoadError extends Error {
  constructor(parts: { file: string; option: 'workerUrl' | 'wasmUrl'; reason: string });
  readonly name: 'AbridgeLoadError';
  /** The URL that could not be loaded. */
  readonly file: string;
  /** The option that says where the file is (`worker-url` / `wasm-url` on the widget). */
  readonly option: 'workerUrl' | 'wasmUrl';
  /** What went wrong, e.g. `HTTP 404 Not Found`. */
  readonly reason: string;
}

/** Where Abridge's files are, when a bundler or a server moved them. Relative URLs are read against the page. */
export interface AbridgeFiles {
  /** The worker script (the package's `worker.js`, a module worker). */
  workerUrl?: string | URL;
  /** The WebAssembly module (`abridge_bg.wasm`); by default the worker finds it beside itself. */
  wasmUrl?: string | URL;
}

/**
 * Says once, before the first summary, where the files are for every client made without its own
 * options. Throws once a summarizer has already started.
 */
export declare function configure(options?: AbridgeFiles & { workerType?: 'module' | 'classic' }): void;

export interface AbridgeClientEventMap {
  ready: CustomEvent<{ version: string; languages: string[] }>;
  restart: CustomEvent<{ reason: 'aborted' | 'crashed' | 'trap'; message: string }>;
}

/** Owns one module worker; queues calls, matches replies, aborts a running call by restarting the worker. */
export declare class AbridgeClient extends EventTarget {
  /** A string or URL alone is the worker's URL. */
  constructor(options?: AbridgeFiles | string | URL);
  /** The page's shared client for these files, counted: pair each call with `release()`. */
  static shared(options?: AbridgeFiles): AbridgeClient;
  /** Lets go: the shared client stops when its last user has let go, a client of your own stops now. */
  release(): void;
  /**
   * Resolves once the current worker has loaded the module (`languages`: the BCP 47 tags of the languages
   * the core supports); rejects with an `AbridgeLoadError` if it cannot.
   */
  readonly ready: Promise<{ version: string; languages: string[] }>;
  /** Calls queued or running. */
  readonly pending: number;
  /** The wasm module's `summarize`, in the worker. Rejects with the signal's reason when aborted. */
  summarize(text: string, options?: SummarizeOptions, init?: { signal?: AbortSignal }): Promise<Summary>;
  version(init?: { signal?: AbortSignal }): Promise<string>;
  abortAll(reason?: unknown): void;
  terminate(): void;
  addEventListener<K extends keyof AbridgeClientEventMap>(type: K, listener: (event: AbridgeClientEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AbridgeClientEventMap>(type: K, listener: (event: AbridgeClientEventMap[K]) => void, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}
