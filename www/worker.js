/**
 * @file The summarizer's worker: owns the WebAssembly module and answers requests one at a time.
 *
 * Started as a module worker by `AbridgeClient` (abridge-client.js), which is the only code that talks to
 * it. The glue is a static import and the `.wasm` is `new URL('./pkg/abridge_bg.wasm', import.meta.url)`,
 * so that a bundler sees both, bundles the glue into the worker and emits the `.wasm`. The module is
 * compiled and instantiated once, through a module-level promise, on the first message. The compiled
 * `WebAssembly.Module` is posted back so that a respawned worker (after an abort or a crash) can
 * instantiate it again without fetching or compiling the `.wasm` a second time.
 *
 * Messages in:  `{ type: 'init', module?, wasmUrl? }` (always first; `wasmUrl` overrides where the `.wasm`
 *               is), `{ id, type: 'summarize', text, options }`, `{ id, type: 'version' }`.
 * Messages out: `{ type: 'started' }` as soon as the script runs (an error before it means the worker
 *               could not be loaded at all), then `{ type: 'ready', version, languages, module }` (`languages` the
 *               BCP 47 tags of the core's `languages()`) or
 *               `{ type: 'ready', error }` once, then one `{ id, ok: true, result }` or
 *               `{ id, ok: false, error: { name, message, fatal } }` per request. `fatal` means the
 *               WebAssembly instance trapped and must not be used again. A `.wasm` that cannot be loaded
 *               is `{ name: 'AbridgeLoadError', file, option: 'wasmUrl', reason }`.
 *
 * The single-file build (scripts/single_file.py) runs this same script as a classic script from a Blob
 * URL, with the glue ahead of it and the `.wasm` inlined as base64 in `globalThis.__abridgeInline.wasm`.
 */

import * as glue from './pkg/abridge.js';

/** The `.wasm` as base64 when the single-file build inlined it, else null. */
const INLINE_WASM = globalThis.__abridgeInline?.wasm ?? null;

/** @type {Promise<typeof glue> | null} */
let ready = null;

/** A `.wasm` that could not be loaded, with the parts `AbridgeLoadError` is made of. */
class WasmLoadError extends Error {
  constructor(file, reason) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
}

function boot({ module, wasmUrl } = {}) {
  if (ready) return ready;
  ready = (async () => {
    const compiled = module ?? await compile(wasmUrl);
    try {
      await glue.default({ module_or_path: compiled });
    } catch (err) {
      throw new WasmLoadError(wasmUrl ?? 'abridge_bg.wasm', `it does not fit this build's JavaScript glue (${err?.message ?? err})`);
    }
    const languages = glue.languages().map((language) => language.tag);
    self.postMessage({ type: 'ready', version: glue.version(), languages, module: compiled });
    return glue;
  })();
  ready.catch((err) => self.postMessage({ type: 'ready', error: describe(err) }));
  return ready;
}

/** The compiled module, from the inlined base64 or from `wasmUrl` (default: beside this script). */
async function compile(wasmUrl) {
  if (INLINE_WASM) return WebAssembly.compile(fromBase64(INLINE_WASM));
  const url = wasmUrl ?? new URL('./pkg/abridge_bg.wasm', import.meta.url).href;
  let response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new WasmLoadError(url, `the request failed (${err?.message ?? err}); a file on another origin needs CORS, `
      + 'and a Content Security Policy must allow it in connect-src');
  }
  if (!response.ok) throw new WasmLoadError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch (streamingError) {
    if (refusedByPolicy(streamingError)) throw policyError(url);
    // compileStreaming insists on the application/wasm MIME type; some static servers get it wrong.
    try {
      return await WebAssembly.compile(await response.arrayBuffer());
    } catch (err) {
      if (refusedByPolicy(err)) throw policyError(url);
      throw new WasmLoadError(url, `it is not a WebAssembly module (${err?.message ?? err})`);
    }
  }
}

function refusedByPolicy(err) {
  return /unsafe-eval|Content Security Policy/i.test(String(err?.message));
}

function policyError(url) {
  return new WasmLoadError(url, "the page's Content Security Policy does not allow WebAssembly (add 'wasm-unsafe-eval' to script-src)");
}

function fromBase64(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function describe(err) {
  if (err instanceof WasmLoadError) return { name: 'AbridgeLoadError', file: err.file, option: 'wasmUrl', reason: err.reason };
  const trap = err instanceof WebAssembly.RuntimeError;
  return {
    name: trap ? 'RuntimeError' : (err?.name ?? 'Error'),
    message: String(err?.message ?? err) || 'Unknown error',
    fatal: trap,
  };
}

self.addEventListener('message', async ({ data }) => {
  if (data?.type === 'init') {
    boot({ module: data.module ?? undefined, wasmUrl: data.wasmUrl ?? undefined });
    return;
  }
  const { id, type } = data ?? {};
  try {
    const core = await boot();
    let result;
    if (type === 'summarize') result = core.summarize(data.text, data.options ?? {});
    else if (type === 'version') result = core.version();
    else throw new Error(`Unknown request type: ${type}`);
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    self.postMessage({ id, ok: false, error: describe(err) });
  }
});

self.postMessage({ type: 'started' });
