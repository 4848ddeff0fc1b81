//! The summarizer's worker: owns the WebAssembly module and answers requests one at a time.
//!
//! Started as a module worker by `AbridgeClient` (abridge-client.js), which is the only code that talks to
//! it. The module is compiled and instantiated once, through a module-level promise, on the first message.
//! The compiled `WebAssembly.Module` is posted back so that a respawned worker (after an abort or a crash)
//! can instantiate it again without fetching or compiling the `.wasm` a second time.
//!
//! Messages in:  `{ type: 'init', module? }` (always first), `{ id, type: 'summarize', text, options }`,
//!               `{ id, type: 'version' }`.
//! Messages out: `{ type: 'ready', version, module }` or `{ type: 'ready', error }` once, then one
//!               `{ id, ok: true, result }` or `{ id, ok: false, error: { name, message, fatal } }` per request.
//!               `fatal` means the WebAssembly instance trapped and must not be used again.
//!
//! The single-file build (scripts/single_file.py) runs this same script from a Blob URL, with the glue and
//! the `.wasm` (base64) inlined ahead of it as `globalThis.__abridgeInline = { glue, wasm }`: a Blob URL
//! cannot be the base of a relative URL, so the URLs below are only worked out when nothing is inlined.

/** `{ glue, wasm }` when the glue and the module are inlined into this worker's own source. */
const INLINE = globalThis.__abridgeInline ?? null;

/** @type {Promise<{ summarize: Function, version: Function }> | null} */
let ready = null;

function boot(module) {
  if (ready) return ready;
  ready = (async () => {
    let glue;
    try {
      // Imported here rather than at the top so that a missing or broken build becomes a readable reply
      // instead of a worker that never starts.
      // The glue and the .wasm are fetched side by side, not one after the other.
      [glue, module] = await Promise.all([loadGlue(), module ?? compile()]);
      await glue.default({ module_or_path: module });
    } catch (err) {
      const failure = new Error(`Could not load the summarizer (${err?.message ?? err}). Reload the page to try again.`);
      failure.name = 'LoadError';
      throw failure;
    }
    self.postMessage({ type: 'ready', version: glue.version(), module });
    return glue;
  })();
  ready.catch((err) => self.postMessage({ type: 'ready', error: { name: err.name, message: err.message } }));
  return ready;
}

function loadGlue() {
  if (INLINE) return Promise.resolve(INLINE.glue);
  return import(new URL('./pkg/abridge.js', import.meta.url).href);
}

async function compile() {
  if (INLINE) return WebAssembly.compile(fromBase64(INLINE.wasm));
  const url = new URL('./pkg/abridge_bg.wasm', import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch {
    // compileStreaming insists on the application/wasm MIME type; some static servers get it wrong.
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

function fromBase64(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function describe(err) {
  const trap = err instanceof WebAssembly.RuntimeError;
  return {
    name: trap ? 'RuntimeError' : (err?.name ?? 'Error'),
    message: String(err?.message ?? err) || 'Unknown error',
    fatal: trap,
  };
}

self.addEventListener('message', async ({ data }) => {
  if (data?.type === 'init') {
    boot(data.module ?? undefined);
    return;
  }
  const { id, type } = data ?? {};
  try {
    const glue = await boot();
    let result;
    if (type === 'summarize') result = glue.summarize(data.text, data.options ?? {});
    else if (type === 'version') result = glue.version();
    else throw new Error(`Unknown request type: ${type}`);
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    self.postMessage({ id, ok: false, error: describe(err) });
  }
});
