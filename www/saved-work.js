/**
 * @file Saved work: the text in the box, the page's settings and a short history of recent summaries, kept
 * in this browser's localStorage (on this device only; nothing is ever sent anywhere), so that a reload, a
 * crash or going offline loses nothing. `forgetAll()` removes every key this module wrote.
 *
 * Why localStorage and not IndexedDB: a write is synchronous, so what was saved a moment before a crash is
 * there after it, and the page reads its work back before its first summary with no asynchronous start-up;
 * its quota (5,242,880 UTF-16 code units per origin in Chromium, keys and values together: measured in
 * docs/reliability.md) holds a long article and ten summaries. The price is that a write blocks the page
 * while it runs (about 50 ms for 5 million characters), so the page saves after a pause in typing and
 * never more than `MAX_SAVED_CHARS` of text: a larger paste is summarized but not stored, and a
 * QuotaExceededError (another tab, a smaller quota) is reported the same way, never thrown.
 *
 * Keys: `abridge:work` holds `{ v, text, settings, article }` (the text in the box, the length settings,
 * what the HTML extractor found in a pasted page); `abridge:history` holds up to `HISTORY_LIMIT` entries
 * `{ id, title, date, sentences, text?, settings }`, newest first. A stored value this version cannot read
 * is ignored as if absent.
 */

/** The longest text the page stores (characters, about 4 MB in UTF-16): room is left for the history. */
export const MAX_SAVED_CHARS = 2_000_000;
/** Recent summaries kept; the oldest is dropped. */
export const HISTORY_LIMIT = 10;
/** The article text kept with a history entry, so that it can be reopened; a longer one keeps only its summary. */
export const MAX_HISTORY_TEXT_CHARS = 200_000;

const WORK_KEY = 'abridge:work';
const HISTORY_KEY = 'abridge:history';
const FORMAT = 1;

/** localStorage, or null where there is none or it refuses (storage turned off, a sandboxed frame). */
function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read(key) {
  try {
    const raw = storage()?.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/**
 * Writes `value` as JSON under `key`: `{ ok: true }`, or `{ ok: false, reason }` where `reason` is
 * 'quota' (QuotaExceededError) or 'unavailable'.
 */
function write(key, value) {
  const store = storage();
  if (!store) return { ok: false, reason: 'unavailable' };
  try {
    store.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: isQuotaError(err) ? 'quota' : 'unavailable' };
  }
}

function isQuotaError(err) {
  return err?.name === 'QuotaExceededError' || err?.code === 22 || err?.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The saved work, `{ text, settings, article }`, or null when nothing (readable) is saved. */
export function loadWork() {
  const work = read(WORK_KEY);
  if (work?.v !== FORMAT || typeof work.text !== 'string') return null;
  return { text: work.text, settings: work.settings ?? {}, article: work.article ?? null };
}

/**
 * Saves the text in the box with the settings. Returns `{ stored: true }`, or `{ stored: false, reason }`
 * with `reason` 'too-large' (over `MAX_SAVED_CHARS`), 'quota' or 'unavailable'. A text that is not stored
 * replaces what was saved before by the settings alone, so that a reload never brings back an older text
 * as if it were the latest.
 */
export function saveWork({ text, settings, article = null }) {
  if (text.length > MAX_SAVED_CHARS) {
    write(WORK_KEY, { v: FORMAT, text: '', settings, article: null });
    return { stored: false, reason: 'too-large' };
  }
  const saved = write(WORK_KEY, { v: FORMAT, text, settings, article });
  if (saved.ok) return { stored: true };
  write(WORK_KEY, { v: FORMAT, text: '', settings, article: null });
  return { stored: false, reason: saved.reason };
}

/** The history, newest first: `[{ id, title, date, sentences, text?, settings }]`. */
export function loadHistory() {
  const history = read(HISTORY_KEY);
  return Array.isArray(history?.entries) && history.v === FORMAT
    ? history.entries.filter((e) => e && typeof e.id === 'string' && Array.isArray(e.sentences))
    : [];
}

/**
 * Puts `entry` first in the history (replacing the entry with the same id), drops the oldest beyond
 * `HISTORY_LIMIT`, and stores it. An article longer than `MAX_HISTORY_TEXT_CHARS` keeps its summary only.
 * When the quota is short, older entries are dropped until it fits. Returns the history as stored (or as
 * it stands when nothing could be stored).
 */
export function remember(entry) {
  const kept = { ...entry };
  if (typeof kept.text !== 'string' || kept.text.length > MAX_HISTORY_TEXT_CHARS) delete kept.text;
  let entries = [kept, ...loadHistory().filter((e) => e.id !== entry.id)].slice(0, HISTORY_LIMIT);
  while (entries.length > 0) {
    const saved = write(HISTORY_KEY, { v: FORMAT, entries });
    if (saved.ok || saved.reason !== 'quota') return entries;
    entries = entries.slice(0, -1);
  }
  return entries;
}

/** Deletes one history entry; returns the history left. */
export function forgetEntry(id) {
  const entries = loadHistory().filter((e) => e.id !== id);
  write(HISTORY_KEY, { v: FORMAT, entries });
  return entries;
}

/** Removes everything this module stored. */
export function forgetAll() {
  const store = storage();
  try {
    store?.removeItem(WORK_KEY);
    store?.removeItem(HISTORY_KEY);
  } catch {
    // Storage that cannot be written holds nothing of ours.
  }
}
