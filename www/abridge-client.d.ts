// Types for abridge-client.js: the bridge between page code and the summarizer worker.
import type { SummarizeOptions, Summary } from './pkg/abridge.js';

/** The running call was lost because the worker died or the WebAssembly instance trapped. */
export declare class AbridgeWorkerError extends Error {
  constructor(message: string, code: 'crashed' | 'trap');
  readonly name: 'AbridgeWorkerError';
  readonly code: 'crashed' | 'trap';
}

export interface AbridgeClientEventMap {
  ready: CustomEvent<{ version: string }>;
  restart: CustomEvent<{ reason: 'aborted' | 'crashed' | 'trap'; message: string }>;
}

/** Owns one module worker; queues calls, matches replies, aborts a running call by restarting the worker. */
export declare class AbridgeClient extends EventTarget {
  /** Where clients made without a `workerUrl` start their worker (`null`: worker.js beside the module). */
  static defaultWorkerUrl: string | URL | null;
  /** `'module'`, or `'classic'` for a one-script worker (the single-file build's). */
  static defaultWorkerType: 'module' | 'classic';
  constructor(workerUrl?: string | URL);
  /** Resolves once the current worker has loaded the module; rejects with a readable Error if it cannot. */
  readonly ready: Promise<{ version: string }>;
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
