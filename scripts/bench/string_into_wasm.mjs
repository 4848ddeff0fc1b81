// How long it takes to copy a JS string into WebAssembly memory as UTF-8, three ways: wasm-bindgen's
// glue loop (one character at a time while the text is ASCII), TextEncoder.encode and a copy, and
// TextEncoder.encodeInto straight into the memory. The reason for wasm-pack.toml's [glue] replace
// (docs/performance.md). Usage: node scripts/bench/string_into_wasm.mjs [FILE] (default: the 1 MB novel).
import fs from 'node:fs';

const file = process.argv[2] ?? new URL('../../../shared/bench/austen-1mb.txt', import.meta.url);
const text = fs.readFileSync(file, 'utf8');
const memory = new Uint8Array(new WebAssembly.Memory({ initial: Math.ceil((text.length * 3) / 65536) + 1 }).buffer);
const encoder = new TextEncoder();

const ways = {
  'glue loop (ASCII prefix)': (s) => {
    let at = 0;
    for (; at < s.length; at++) {
      const code = s.charCodeAt(at);
      if (code > 0x7f) break;
      memory[at] = code;
    }
    return at;
  },
  'TextEncoder.encode + copy': (s) => {
    const bytes = encoder.encode(s);
    memory.set(bytes, 0);
    return bytes.length;
  },
  'TextEncoder.encodeInto': (s) => encoder.encodeInto(s, memory).written,
};
for (let round = 0; round < 2; round++) {
  for (const [name, copy] of Object.entries(ways)) {
    const times = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      copy(text);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    if (round === 1) console.log(`${name.padEnd(28)} ${times[10].toFixed(3)} ms (median of 21)`);
  }
}
