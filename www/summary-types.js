/**
 * @file The summary types of the Summarizer-style API and the widget (`key-points`, `tldr`, `teaser`,
 * `headline`) as choices of whole sentences: which core options each asks for, which of the returned
 * sentences it shows, and how they read as plain text or Markdown.
 *
 * Abridge picks sentences, it never writes any: every type maps onto a choice of whole sentences of the
 * article, quoted verbatim.
 *
 * | type         | chooses                                                             | plain-text            | markdown              |
 * |--------------|---------------------------------------------------------------------|-----------------------|-----------------------|
 * | `key-points` | the N best-scored sentences, in document order                      | one `• ` line each    | one `- ` item each    |
 * | `tldr`       | the N best-scored sentences, in document order                      | one paragraph         | one paragraph         |
 * | `teaser`     | of the 3N best-scored sentences, the N that come first in the text  | one paragraph         | one paragraph         |
 * | `headline`   | the title the core found, else the best sentence cut to W words     | one line              | one line              |
 *
 * | length   | key-points | tldr | teaser | headline   |
 * |----------|-----------:|-----:|-------:|-----------:|
 * | `short`  | 3          | 1    | 1      | ≤ 12 words |
 * | `medium` | 5          | 3    | 3      | ≤ 17 words |
 * | `long`   | 7          | 5    | 5      | ≤ 22 words |
 *
 * (the numbers Chrome's Summarizer documents for its own output). Markdown output escapes the characters
 * Markdown would read as markup (`* _ [ ] < > \` and friends), so the article's text can never turn into
 * links, emphasis or HTML when the Markdown is rendered. Whitespace inside a sentence (line breaks of the
 * original) is folded to single spaces.
 *
 * Not part of the public API: abridge-api.js and abridge-summary.js use it.
 */

import { between, oneLine } from './reading.js';

export const TYPES = Object.freeze(['key-points', 'tldr', 'teaser', 'headline']);
export const LENGTHS = Object.freeze(['short', 'medium', 'long']);
export const FORMATS = Object.freeze(['plain-text', 'markdown']);
/** The Writing Assistance APIs' PerformancePreference: accepted and recorded; Abridge has one speed. */
export const PREFERENCES = Object.freeze(['auto', 'speed', 'capability']);

/** Sentences per type and length (for `headline`: the most words). */
export const COUNTS = Object.freeze({
  'key-points': Object.freeze({ short: 3, medium: 5, long: 7 }),
  tldr: Object.freeze({ short: 1, medium: 3, long: 5 }),
  teaser: Object.freeze({ short: 1, medium: 3, long: 5 }),
  headline: Object.freeze({ short: 12, medium: 17, long: 22 }),
});
/** A teaser picks the opening-most of this many times as many top sentences as it shows. */
const TEASER_POOL = 3;

/** Throws a TypeError naming the option unless `value` is one of `allowed`. */
function check(name, value, allowed) {
  if (!allowed.includes(value)) {
    throw new TypeError(`Abridge: option "${name}" must be one of ${allowed.map((v) => `"${v}"`).join(', ')}; got ${describe(value)}.`);
  }
  return value;
}

function describe(value) {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * Validated `{ type, length, format, preference }` with the Writing Assistance APIs' defaults
 * (key-points, short, markdown, auto).
 * @param {{ type?: string, length?: string, format?: string, preference?: string }} [options]
 */
export function normalizeOptions({ type = 'key-points', length = 'short', format = 'markdown', preference = 'auto' } = {}) {
  return {
    type: check('type', type, TYPES),
    length: check('length', length, LENGTHS),
    format: check('format', format, FORMATS),
    preference: check('preference', preference, PREFERENCES),
  };
}

/**
 * The core options for a type, and how many sentences to keep of what comes back. `sentences` or `ratio`
 * (the widget's attributes) override the count that `length` gives.
 * @param {string} type @param {{ length?: string, sentences?: number, ratio?: number }} size
 * @returns {{ options: object, keep: (result: object) => number }}
 */
export function plan(type, { length = 'medium', sentences, ratio } = {}) {
  if (type === 'headline') return { options: { sentences: 1, keywords: 0 }, keep: () => 1 };
  const pool = type === 'teaser' ? TEASER_POOL : 1;
  if (ratio !== undefined) {
    return {
      options: { ratio: Math.min(1, ratio * pool), keywords: 0 },
      keep: (result) => Math.max(1, Math.round(ratio * (result.stats?.sentencesIn ?? 0))),
    };
  }
  const n = sentences ?? COUNTS[type][length];
  return { options: { sentences: n * pool, keywords: 0 }, keep: () => n };
}

/**
 * The sentences of `result` to show for `type`, in document order.
 * @param {string} type @param {{ sentences: Array<{ index: number, score: number }> }} result @param {number} n
 */
export function choose(type, result, n) {
  const sentences = result.sentences ?? [];
  if (type === 'teaser') return sentences.slice(0, n); // the core returns them in document order
  if (type === 'headline') {
    const best = [...sentences].sort((a, b) => b.score - a.score || a.index - b.index)[0];
    return best ? [best] : [];
  }
  if (sentences.length <= n) return sentences;
  const top = new Set([...sentences].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, n));
  return sentences.filter((s) => top.has(s));
}

/** A headline: the title the core found, else the best sentence without its final stop, cut to `words`. */
export function headline(result, chosen, words) {
  const text = result.title?.text ? oneLine(result.title.text) : chosen[0] ? oneLine(chosen[0].text) : '';
  const cut = text.split(' ');
  if (cut.length > words) return `${cut.slice(0, words).join(' ').replace(/[\s,;:–—-]+$/u, '')}…`;
  return text.replace(/(?<!\b\p{Lu})\.$/u, ''); // a final full stop, not an initial's ("U.S.")
}

const MARKDOWN_ANYWHERE = /[\\`*_[\]<>|~]/g;
const MARKDOWN_LINE_START = /^(#|>|[-+]\s|\d+[.)]\s|=+$|-+$)/;

/** Text that renders as itself in Markdown. */
export function escapeMarkdown(text) {
  return text.replace(MARKDOWN_ANYWHERE, '\\$&').replace(MARKDOWN_LINE_START, '\\$1');
}

/**
 * The output for `type` and `format`, as the chunks `summarizeStreaming` yields (joined: `summarize`).
 * @returns {string[]}
 */
export function render(type, format, result, chosen, length = 'medium') {
  const md = format === 'markdown';
  const text = (s) => (md ? escapeMarkdown(oneLine(s)) : oneLine(s));
  if (type === 'headline') {
    const line = headline(result, chosen, COUNTS.headline[length]);
    return line ? [md ? escapeMarkdown(line) : line] : [];
  }
  if (type === 'key-points') {
    return chosen.map((s, i) => `${i ? '\n' : ''}${md ? '- ' : '• '}${text(s.text)}`);
  }
  return chosen.map((s, i) => `${i ? between(oneLine(chosen[i - 1].text)) : ''}${text(s.text)}`);
}
