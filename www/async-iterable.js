/**
 * @file `asyncIterable(stream)`: a `ReadableStream` that `for await` can read in every browser.
 * Chromium and Firefox make streams async-iterable themselves; elsewhere the stream gets the same
 * `[Symbol.asyncIterator]` (reading it to the end, releasing the lock when the loop stops).
 *
 * Not part of the public API: abridge-api.js and summarizer-polyfill.js use it.
 */

/**
 * @template T
 * @param {ReadableStream<T>} stream
 * @returns {ReadableStream<T> & AsyncIterable<T>}
 */
export function asyncIterable(stream) {
  if (typeof stream[Symbol.asyncIterator] !== 'function') {
    stream[Symbol.asyncIterator] = async function* iterate() {
      const reader = stream.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    };
  }
  return stream;
}
