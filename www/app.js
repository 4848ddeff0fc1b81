/**
 * @file The Abridge page: reads the article and the length controls, asks the summarizer (through
 * `AbridgeClient`) and shows the summary, the keywords, the figures and the original with the chosen
 * sentences marked and the left-out blocks dimmed.
 *
 * Everything the person pasted reaches the DOM as text nodes (`textContent`, `createTextNode`), never as
 * markup. Live updates are debounced, and the latest request wins (`LatestRequest`): at most one call
 * runs and at most one waits.
 *
 * The text, the settings and the recent summaries are kept on this device (saved-work.js) and come back
 * on the next visit; "Forget everything" removes them.
 */

import { AbridgeClient } from './abridge-client.js';
import { LatestRequest } from './latest-request.js';
import { SAMPLE_ARTICLE, SAMPLE_CREDIT } from './sample.js';
import {
  MAX_SAVED_CHARS, forgetAll, forgetEntry, loadHistory, loadWork, remember, saveWork,
} from './saved-work.js';
import { oneLine } from './reading.js';
import { transcriptText } from './transcript.js';
import { scriptURL } from './trusted-types.js';

/** Typing pause before a live update: long enough to skip most keystrokes, short enough to feel live. */
const DEBOUNCE_MS = 150;
/** Pause after the last change before the text, the settings and the history are written to storage. */
const SAVE_DELAY_MS = 600;
/** The summary text kept with a history entry (characters); a longer summary keeps its first sentences. */
const HISTORY_SUMMARY_CHARS = 20_000;
/** Quiet time (no edit, no newer summary) before a new summary is announced: once per pause, not per keystroke. */
const ANNOUNCE_QUIET_MS = 700;
/** The original is laid out in full up to this many characters; past it, around the chosen sentences only. */
const ORIGINAL_MAX_CHARS = 1_000_000;
const ORIGINAL_CONTEXT_CHARS = 2_000;
/**
 * At most this many keyword occurrences are underlined where they are spread over the text (a long
 * text's keywords occur tens of thousands of times, and an element for each held the page for 3 s on
 * a 5 MB paste); those in the chosen sentences always are.
 */
const KEYWORD_MARKS_MAX = 2_000;
/** Keywords shown as chips. */
const KEYWORDS = 8;
/** The two ways to set the length: range, default, the option sent and the words around the number. */
const MODES = {
  sentences: { min: 1, max: 20, initial: 3, label: 'Sentences', unit: '', option: (n) => ({ sentences: n }) },
  percent: { min: 5, max: 90, initial: 20, label: 'Percent of the article', unit: '%', option: (n) => ({ ratio: n / 100 }) },
};
/** What each kind of left-out block is, in words; a kind not listed here is shown as it comes. */
const KIND_LABELS = {
  caption: 'photo caption',
  credit: 'credit line',
  byline: 'byline',
  'site-name': 'site name',
  navigation: 'site navigation',
  share: 'sharing prompt',
  'read-more': 'link to another story',
  advertisement: 'advertisement',
  footer: 'page footer',
  duplicate: 'repeated text',
  heading: 'heading',
  code: 'code block',
}

const $ = (id) => document.getElementById(id);
const el = {
  input: $('input'),
  inputCount: $('input-count'),
  language: $('language'),
  figLanguage: $('fig-language'),
  sampleCredit: $('sample-credit'),
  sampleButton: $('sample-button'),
  clearButton: $('clear-button'),
  controls: $('controls'),
  range: $('amount-range'),
  number: $('amount-number'),
  amountLabel: $('amount-label'),
  unit: $('amount-unit'),
  result: $('result'),
  message: $('message'),
  title: $('summary-title'),
  summary: $('summary'),
  keywords: $('keywords'),
  figWords: $('fig-words'),
  figSentences: $('fig-sentences'),
  figLeftOut: $('fig-left-out'),
  figTime: $('fig-time'),
  live: $('live'),
  original: $('original'),
  leftOutList: $('left-out-list'),
  copy: $('copy-button'),
  version: $('version'),
  offline: $('offline-status'),
  update: $('update-status'),
  saveStatus: $('save-status'),
  history: $('history'),
  historyEmpty: $('history-empty'),
  historyHeading: $('history-heading'),
  forget: $('forget-button'),
};

const client = new AbridgeClient();
/** Jobs are `{ text, options, key }`; only the newest one's result is shown. */
const latest = new LatestRequest((job, signal) => client.summarize(job.text, job.options, { signal }));
const state = {
  mode: 'sentences',
  amounts: { sentences: MODES.sentences.initial, percent: MODES.percent.initial },
  /** The language the reader chose (a BCP 47 tag), or '' to let the core detect it. */
  language: '',
  /** What is on screen: { key, result, text }. */
  shown: null,
  debounce: 0,
  firstRendered: false,
};

// ---------------------------------------------------------------------------------------------------
// Requests

function currentOptions() {
  return {
    ...MODES[state.mode].option(state.amounts[state.mode]),
    keywords: KEYWORDS,
    ...(state.language ? { language: state.language } : {}),
    ...pastedArticleOptions(),
  };
}

/** Asks for a summary of what is in the textarea now; `force` re-asks even if it is already shown. */
async function request({ force = false } = {}) {
  clearTimeout(state.debounce);
  state.debounce = 0;
  updateCount();
  const text = el.input.value;
  if (!text.trim()) {
    latest.cancel();
    showEmpty();
    settle();
    return;
  }
  const options = currentOptions();
  const key = `${JSON.stringify(options)}\u0000${text}`;
  if (!force && (state.shown?.key === key || latest.running?.key === key) && !latest.waiting) {
    settle();
    return;
  }
  setBusy(true);
  try {
    const outcome = await latest.request({ text, options, key, settings: currentSettings() });
    if (outcome) render(outcome.job, outcome.value, outcome.elapsedMs);
  } catch (err) {
    showError(err);
  } finally {
    settle();
  }
}

function requestSoon() {
  clearTimeout(state.debounce);
  state.debounce = setTimeout(request, DEBOUNCE_MS);
  announcer.postpone();
  setBusy(true); // what is shown no longer matches the input
}

/** The result region is busy from an edit until the summary of the latest input is shown. */
function settle() {
  if (latest.idle && !state.debounce) setBusy(false);
}

function setBusy(busy) {
  el.result.setAttribute('aria-busy', String(busy));
  el.result.classList.toggle('busy', busy);
}

// ---------------------------------------------------------------------------------------------------
// Rendering

function render(job, result, roundTripMs) {
  const started = performance.now();
  state.shown = { key: job.key, result, text: job.text };
  hideMessage();
  el.result.classList.remove('empty', 'failed');

  // The article's text is in its own language and direction, inside an English page: screen readers
  // then read it in that language, and Arabic runs right to left (a sentence or title on its own
  // first strong character, the original as its language writes).
  for (const node of [el.summary, el.title, el.keywords, el.original]) markLanguage(node, result.language);
  const direction = textDirection(result.language);
  el.original.dir = el.keywords.dir = direction;
  // The box only when the language is right to left: dir="auto" on a textarea lays each of its lines
  // out as a paragraph of its own direction, which held a 50 MB paste's page for minutes.
  if (direction === 'rtl') el.input.dir = 'rtl';
  else el.input.removeAttribute('dir');

  const sentences = result.sentences ?? [];
  el.summary.replaceChildren(...sentences.map((s, i) => {
    const li = document.createElement('li');
    li.dir = 'auto';
    li.textContent = oneLine(job.text.slice(s.start, s.end));
    li.dataset.sentence = String(i);
    li.tabIndex = 0;
    // A description, not a title: a title would become the item's name and be read instead of the sentence.
    li.setAttribute('aria-description', 'Enter shows it in the original');
    return li;
  }));

  // The headline the page's HTML gave is the summary's title even where the extracted text does not repeat it.
  const title = result.title?.text || job.options?.title;
  if (title) {
    el.title.textContent = oneLine(title);
    el.title.hidden = false;
  } else {
    el.title.hidden = true;
  }

  const keywords = result.keywords ?? [];
  el.keywords.replaceChildren(...keywords.map((k, i) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.dataset.keyword = String(i);
    button.setAttribute('aria-pressed', 'false');
    button.dir = 'auto';
    button.textContent = k.term;
    const count = document.createElement('span');
    count.className = 'chip-count';
    const n = k.occurrences?.length ?? 0;
    count.textContent = String(n);
    button.title = `${n} occurrence${n === 1 ? '' : 's'}: select to underline them in the original`;
    button.append(count);
    li.append(button);
    return li;
  }));
  if (keywords.length === 0) el.keywords.append(emptyItem('No keywords for this text.'));

  const stats = result.stats ?? {};
  el.figWords.textContent = `${fmt(stats.wordsIn)} → ${fmt(stats.wordsOut)}`;
  el.figWords.title = 'Words of article text (left-out blocks not counted) → words in the summary';
  el.figSentences.title = 'Sentences of article text → sentences in the summary';
  el.figSentences.textContent = `${fmt(stats.sentencesIn)} → ${fmt(stats.sentencesOut)}`;
  el.figLeftOut.textContent = `${fmt(stats.blocksLeftOut)} block${stats.blocksLeftOut === 1 ? '' : 's'}`;
  el.figLanguage.textContent = languageName(result.language);
  if (!state.language) {
    const detected = document.createElement('span');
    detected.className = 'figure-note';
    detected.textContent = '(detected)';
    el.figLanguage.append(' ', detected);
  }
  el.figLanguage.title = result.language === 'und'
    ? 'No supported language recognised: rules that hold in every language were used'
    : `The ${languageName(result.language)} rules were used: stopwords, sentence rules and page furniture`;
  el.figTime.textContent = ms(result.elapsedMs);
  el.figTime.title = `${ms(result.elapsedMs)} summarizing; ${ms(roundTripMs)} including the trip to the worker`
    + (state.firstRendered ? '' : ' and loading the summarizer');

  renderOriginal(job.text, result);
  renderLeftOut(result.leftOut ?? []);
  if (sentences.length === 0) {
    showMessage('There is no sentence to choose from in this text: everything in it was left out as page furniture.', 'info');
  }
  el.copy.disabled = sentences.length === 0;
  announcer.summary(`Summary updated: ${sentences.length} of ${fmt(stats.sentencesIn)} sentences.`,
    sentences.map((s) => job.text.slice(s.start, s.end)).join('\u0000'));

  if (sentences.length > 0 && job.text !== SAMPLE_ARTICLE) noteSummary(job, result);

  performance.measure('abridge:render', { start: started });
  if (!state.firstRendered) {
    state.firstRendered = true;
    window.__abridgeFirstSummaryMs = performance.now();
    performance.mark('abridge:first-summary');
    keepOfflineCopy();
  }
  document.documentElement.dataset.summaries = String(Number(document.documentElement.dataset.summaries ?? 0) + 1);
}

/**
 * The original, with chosen sentences in <mark>, left-out blocks dimmed with their kind, the title bold
 * and keyword occurrences tagged for underlining. The text is cut at every span boundary and each piece
 * goes to the most important layer covering it (sentence, then left-out block, then title), so spans from
 * the core that overlap or arrive out of order can never duplicate or lose text. Linear in the number of
 * pieces: a 90 % summary of a book still renders quickly.
 */
function renderOriginal(text, result) {
  const length = text.length;
  const shown = shownParts(length, result.sentences ?? []);
  const chosen = result.sentences ?? [];
  // Only what is laid out: a keyword of a 50 MB paste occurs hundreds of thousands of times.
  const visible = (s) => shown.some((part) => s.start < part.end && s.end > part.start);
  const sentences = layer(chosen.map((s, i) => ({ start: s.start, end: s.end, data: i, of: chosen.length })), length);
  const leftOut = layer((result.leftOut ?? []).filter(visible).map((b) => ({ start: b.start, end: b.end, data: b.kind })), length);
  const title = layer(result.title ? [{ start: result.title.start, end: result.title.end }] : [], length);
  // Keywords may overlap ("North" inside "North Korea"): a piece of text carries every keyword over it.
  let keywords = clampedInOrder((result.keywords ?? []).flatMap((k, i) =>
    (k.occurrences ?? []).filter(visible).map((o) => ({ start: o.start, end: o.end, data: i }))), length);
  // Each occurrence is an element: past KEYWORD_MARKS_MAX of them, the first ones and those in the
  // chosen sentences.
  if (keywords.length > KEYWORD_MARKS_MAX) {
    keywords = keywords.filter((s, i) => i < KEYWORD_MARKS_MAX || chosen.some((c) => c.start <= s.start && s.end <= c.end));
  }

  const cuts = new Set([0, length]);
  for (const part of shown) cuts.add(part.start).add(part.end);
  for (const list of [sentences, leftOut, title, keywords]) {
    for (const s of list) cuts.add(s.start).add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inShown = cursor(shown);
  let skipped = false;
  const inSentence = cursor(sentences);
  const inLeftOut = cursor(leftOut);
  const inTitle = cursor(title);
  const inKeywords = covering(keywords);

  const fragment = document.createDocumentFragment();
  let owner = null; // the span whose element is open
  let container = fragment;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    if (!inShown(a, b)) {
      if (!skipped) {
        owner = null;
        container = fragment;
        const gap = document.createElement('span');
        gap.className = 'gap';
        gap.textContent = '\n[…]\n';
        fragment.append(gap);
      }
      skipped = true;
      continue;
    }
    skipped = false;
    const sentence = inSentence(a, b);
    const block = inLeftOut(a, b);
    const heading = inTitle(a, b);
    const keyword = inKeywords(a, b);
    const best = sentence ?? block ?? heading;
    if (best !== owner) {
      owner = best;
      container = best ? openSpan(best, best === sentence ? 'sentence' : best === block ? 'left-out' : 'title', fragment) : fragment;
    }
    const piece = document.createTextNode(text.slice(a, b));
    // A keyword is underlined wherever it occurs in the article, chosen sentence or not (its chip counts
    // them all); left-out blocks hold none.
    if (keyword.length > 0 && !block) {
      const u = document.createElement('span');
      u.className = 'kw';
      u.dataset.keyword = keyword.join(' ');
      u.append(piece);
      container.append(u);
    } else {
      container.append(piece);
    }
  }
  el.original.replaceChildren(fragment);
}

/**
 * Which parts of the original are laid out: all of it up to ORIGINAL_MAX_CHARS (laying out 50 MB held
 * the page for most of a minute), and past that each chosen sentence with ORIGINAL_CONTEXT_CHARS around
 * it, so that every summary sentence can still be shown in place.
 */
function shownParts(length, chosen) {
  if (length <= ORIGINAL_MAX_CHARS) return [{ start: 0, end: length }];
  const parts = [{ start: 0, end: ORIGINAL_MAX_CHARS }];
  for (const s of [...chosen].sort((x, y) => x.start - y.start)) {
    const start = clamp(s.start - ORIGINAL_CONTEXT_CHARS, 0, length);
    const end = clamp(s.end + ORIGINAL_CONTEXT_CHARS, 0, length);
    const last = parts[parts.length - 1];
    if (start <= last.end) last.end = Math.max(last.end, end);
    else parts.push({ start, end });
  }
  return parts;
}

/** Spans clamped to the text, the empty ones dropped, sorted by start (the longer first). */
function clampedInOrder(spans, length) {
  return spans
    .map((s) => ({ ...s, start: clamp(s.start, 0, length), end: clamp(s.end, 0, length) }))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Spans clamped to the text, sorted, and clipped so that none overlaps the one before it. */
function layer(spans, length) {
  const sorted = clampedInOrder(spans, length);
  const out = [];
  let reached = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, reached);
    if (s.end > start) {
      out.push({ ...s, start, first: start === s.start });
      reached = s.end;
    }
  }
  return out;
}

/**
 * For cut points visited in order: the `data` of every span of `list` (sorted by start, overlapping or
 * not) that covers [a, b).
 */
function covering(list) {
  let next = 0;
  let open = [];
  return (a, b) => {
    while (next < list.length && list[next].start <= a) open.push(list[next++]);
    open = open.filter((s) => s.end > a);
    return [...new Set(open.filter((s) => s.end >= b).map((s) => s.data))];
  };
}

/** For cut points visited in order: the span of `list` covering [a, b), or null. */
function cursor(list) {
  let i = 0;
  return (a, b) => {
    while (i < list.length && list[i].end <= a) i++;
    const s = list[i];
    return s && s.start <= a && s.end >= b ? s : null;
  };
}

function openSpan(span, kind, parent) {
  let node;
  if (kind === 'sentence') {
    node = document.createElement('mark');
    node.dataset.sentence = String(span.data);
    // Focusable by script only: a summary sentence sends focus here, Escape sends it back (showInOriginal).
    node.tabIndex = -1;
    node.setAttribute('aria-description', `Summary sentence ${span.data + 1} of ${span.of}`);
    node.setAttribute('aria-keyshortcuts', 'Escape');
  } else if (kind === 'left-out') {
    node = document.createElement('span');
    node.className = 'left-out';
    const label = KIND_LABELS[span.data] ?? String(span.data || 'left out');
    node.dataset.kind = String(span.data ?? '');
    node.dataset.label = label;
    node.title = `Left out of the summary: ${label}`;
    // The kind is shown once per block, as a tag drawn by CSS from data-label (so not part of the text).
    if (span.first && !span.tagged) {
      span.tagged = true;
      node.classList.add('left-out-start');
    }
  } else {
    node = document.createElement('strong');
    node.className = 'title';
  }
  parent.append(node);
  return node;
}

/** How many blocks of each kind were left out, most frequent first. */
function renderLeftOut(blocks) {
  const counts = new Map();
  for (const b of blocks) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  el.leftOutList.replaceChildren(...rows.map(([kind, n]) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    const label = KIND_LABELS[kind] ?? String(kind || 'other');
    name.textContent = label.charAt(0).toUpperCase() + label.slice(1);
    const count = document.createElement('span');
    count.className = 'n';
    count.textContent = String(n);
    li.append(name, count);
    return li;
  }));
  if (rows.length === 0) el.leftOutList.append(emptyItem('Nothing: every block was read as article text.'));
}

function showEmpty() {
  state.shown = null;
  clearResults();
  el.result.classList.add('empty');
  showMessage('Paste an article into the box to see its summary. A whole web page is fine.', 'info');
  announcer.clear();
}

function showError(err) {
  state.shown = null;
  clearResults();
  el.result.classList.add('failed');
  const message = String(err?.message ?? err ?? 'Something went wrong.');
  // Errors about the text get a lead-in; errors about the summarizer itself speak for themselves (a
  // reader can only reload, so the page leaves out the options a developer would set).
  if (err?.name === 'AbridgeLoadError') {
    showMessage(`Could not load the summarizer (${err.file}: ${err.reason}). Reload the page to try again.`, 'error');
  } else {
    showMessage(err?.name === 'AbridgeWorkerError' ? message : `Could not summarize this text. ${message}`, 'error');
  }
}

function clearResults() {
  el.summary.replaceChildren();
  el.keywords.replaceChildren();
  el.title.hidden = true;
  for (const fig of [el.figWords, el.figSentences, el.figLeftOut, el.figTime]) {
    fig.textContent = '–';
    fig.removeAttribute('title');
  }
  el.original.replaceChildren();
  el.leftOutList.replaceChildren();
  el.copy.disabled = true;
}

function showMessage(text, tone) {
  if (el.message.textContent === text && el.message.dataset.tone === tone) return; // said already: not again
  el.message.textContent = text;
  el.message.dataset.tone = tone;
}

function hideMessage() {
  el.message.textContent = '';
}

/**
 * What the polite live region (#live) says. A new summary is announced once edits and summaries have paused
 * for ANNOUNCE_QUIET_MS, and only if its sentences differ from the last one announced; `say` is for the
 * answer to a button, at once.
 */
const announcer = {
  timer: 0,
  pending: null,
  spoken: null,
  summary(text, sentences) {
    this.pending = { text, sentences };
    this.postpone();
  },
  postpone() {
    clearTimeout(this.timer);
    if (this.pending) this.timer = setTimeout(() => this.flush(), ANNOUNCE_QUIET_MS);
  },
  flush() {
    const { text, sentences } = this.pending;
    this.pending = null;
    if (sentences !== this.spoken) this.say(text);
    this.spoken = sentences;
  },
  say(text) {
    el.live.textContent = text;
  },
  clear() {
    clearTimeout(this.timer);
    this.pending = null;
    this.spoken = null;
    el.live.textContent = '';
  },
};

function emptyItem(text) {
  const li = document.createElement('li');
  li.className = 'none';
  li.textContent = text;
  return li;
}

const numberFormat = new Intl.NumberFormat();
function fmt(n) {
  return Number.isFinite(n) ? numberFormat.format(n) : '–';
}
function ms(n) {
  if (!Number.isFinite(n)) return '–';
  return n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`;
}
function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, Number(n) || 0));
}

// ---------------------------------------------------------------------------------------------------
// Controls

function setMode(mode) {
  state.mode = mode;
  const m = MODES[mode];
  for (const input of [el.range, el.number]) {
    input.min = String(m.min);
    input.max = String(m.max);
    input.value = String(state.amounts[mode]);
  }
  el.amountLabel.textContent = m.label;
  el.unit.textContent = m.unit;
}

function setAmount(raw, { commit }) {
  const m = MODES[state.mode];
  const n = Math.round(Number(raw));
  if (!Number.isFinite(n) || raw === '') return; // let the person finish typing the number
  const value = clamp(n, m.min, m.max);
  state.amounts[state.mode] = value;
  el.range.value = String(value);
  if (commit || value === n) el.number.value = String(value);
  requestSoon();
}

function updateCount() {
  const words = countWords(el.input.value);
  el.inputCount.textContent = words ? `${numberFormat.format(words)} word${words === 1 ? '' : 's'}.` : '';
  // The credit is the sample's: a person's own text does not carry it.
  el.sampleCredit.hidden = el.input.value !== SAMPLE_ARTICLE;
}

/**
 * Words as the summarizer sees them: runs of non-space that hold a letter or a digit ("%%% ###" is no
 * words), and in scripts written without spaces each Han character, each run of hiragana or of katakana,
 * and a word per four code points of a run of Thai, Lao, Khmer or Myanmar (src/tokenize.rs,
 * `unspaced_pieces`), so that a Chinese article is not "20 words". A loop over the characters rather
 * than a regular expression's match array, which for a 50 MB paste held millions of strings and the
 * page for seconds.
 */
function countWords(text) {
  let words = 0;
  let inWord = false;
  let counted = false;
  let kana = 0; // the kana run being read: HIRAGANA, KATAKANA or 0
  let brahmic = 0; // code points of the Thai, Lao, Khmer or Myanmar run being read
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const unspaced = unspacedClass(c);
    if (brahmic && unspaced !== BRAHMIC) {
      words += Math.ceil(brahmic / 4);
      brahmic = 0;
    }
    if (isSpace(c) || unspaced !== 0) {
      inWord = false;
      if (unspaced === HAN) words++;
      else if (unspaced === BRAHMIC) brahmic++;
      else if (unspaced !== 0 && unspaced !== kana) words++;
      kana = unspaced === HIRAGANA || unspaced === KATAKANA ? unspaced : 0;
      if (c >= 0xd840 && c <= 0xd8bf) i++; // a Han character past the BMP: its low surrogate is read with it
      continue;
    }
    kana = 0;
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isLetterOrDigit(text, i, c)) {
      words++;
      counted = true;
    }
  }
  return words + Math.ceil(brahmic / 4);
}

const HIRAGANA = 1;
const KATAKANA = 2;
const HAN = 3;
const BRAHMIC = 4;

/**
 * The core's classes of scripts written without spaces (src/span.rs, `unspaced_class`), by code unit:
 * HAN (a high surrogate of U+20000 to U+3FFFF standing for its character), HIRAGANA, KATAKANA, BRAHMIC
 * (Thai, Lao, Khmer, Myanmar), or 0 for any other.
 */
function unspacedClass(c) {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005
    || (c >= 0xd840 && c <= 0xd8bf)) {
    return HAN;
  }
  if (c >= 0x3041 && c <= 0x309f) return HIRAGANA;
  if ((c >= 0x30a0 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) return KATAKANA;
  if ((c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)) return BRAHMIC;
  return 0;
}

/** JavaScript's `\s`, by code unit. */
function isSpace(c) {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(text, i, c) {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)));
}

el.input.addEventListener('input', requestSoon);
el.input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    request({ force: true });
  }
});
el.controls.addEventListener('submit', (event) => {
  event.preventDefault();
  request({ force: true });
});
for (const radio of el.controls.elements.mode) {
  radio.addEventListener('change', () => {
    if (radio.checked) {
      setMode(radio.value);
      requestSoon();
    }
  });
}
el.range.addEventListener('input', () => setAmount(el.range.value, { commit: true }));
el.number.addEventListener('input', () => setAmount(el.number.value, { commit: false }));
el.number.addEventListener('change', () => setAmount(el.number.value || MODES[state.mode].min, { commit: true }));

el.sampleButton.addEventListener('click', () => {
  el.input.value = SAMPLE_ARTICLE;
  el.input.scrollTop = 0;
  updateCount();
  request();
});
el.clearButton.addEventListener('click', () => {
  el.input.value = '';
  updateCount();
  request();
  el.input.focus();
});

el.keywords.addEventListener('click', (event) => {
  const chip = event.target.closest('button.chip');
  if (!chip) return;
  chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
  // A piece of two keywords stays underlined while either chip is pressed.
  const pressed = new Set([...el.keywords.querySelectorAll('button.chip[aria-pressed="true"]')].map((c) => c.dataset.keyword));
  for (const u of el.original.querySelectorAll(`.kw[data-keyword~="${chip.dataset.keyword}"]`)) {
    u.classList.toggle('on', u.dataset.keyword.split(' ').some((k) => pressed.has(k)));
  }
});

function showInOriginal(item) {
  const mark = el.original.querySelector(`mark[data-sentence="${item.dataset.sentence}"]`);
  if (!mark) return;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true }); // a screen reader reads it in place; Escape goes back
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
}
el.original.addEventListener('keydown', (event) => {
  const mark = event.target.closest('mark[data-sentence]');
  const item = mark && el.summary.querySelector(`li[data-sentence="${mark.dataset.sentence}"]`);
  if (item && event.key === 'Escape') {
    event.preventDefault();
    item.focus();
  }
});
el.summary.addEventListener('click', (event) => {
  const item = event.target.closest('li[data-sentence]');
  if (item && !window.getSelection()?.toString()) showInOriginal(item);
});
el.summary.addEventListener('keydown', (event) => {
  const item = event.target.closest('li[data-sentence]');
  if (item && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    showInOriginal(item);
  }
});

el.copy.addEventListener('click', async () => {
  const text = [...el.summary.children].map((li) => li.textContent.replace(/\s+/g, ' ').trim()).join('\n');
  if (!text) return;
  const ok = await copyText(text);
  el.copy.textContent = ok ? 'Copied' : 'Copy failed';
  el.copy.classList.toggle('done', ok);
  announcer.say(ok ? 'Summary copied to the clipboard.' : 'Could not copy: select the summary and copy it by hand.');
  clearTimeout(el.copy.resetTimer);
  el.copy.resetTimer = setTimeout(() => {
    el.copy.textContent = 'Copy summary';
    el.copy.classList.remove('done');
  }, 1800);
});

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (not a secure context, or permission refused): the old way still works.
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.setAttribute('readonly', '');
    scratch.className = 'clipboard-scratch';
    document.body.append(scratch);
    scratch.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    scratch.remove();
    return ok;
  }
}

/**
 * Registers the service worker that keeps the page usable offline (sw.js), and says so once every file is
 * in its cache. Only after the first summary is on screen, so that it never competes with starting up.
 * The single-file build (dist/abridge.html) needs none: it carries everything, and says that instead.
 */
async function keepOfflineCopy() {
  if (document.documentElement.hasAttribute('data-single-file')) {
    showOffline('Works offline: everything is in this one file.');
    return;
  }
  if (!('serviceWorker' in navigator) || !window.isSecureContext || !/^https?:$/.test(location.protocol)) return;
  try {
    await navigator.serviceWorker.register(scriptURL(new URL('./sw.js', import.meta.url)), { scope: './' });
    const { active } = await navigator.serviceWorker.ready;
    const status = await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      active.postMessage({ type: 'status' }, [channel.port2]);
    });
    if (status?.offlineReady) showOffline('Ready to work offline.');
  } catch {
    // Without it the page still works; it just needs the network to open again.
  }
}

/** A new build's service worker took over: the page says which version now runs (sw.js). */
function listenForUpdates() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type !== 'updated') return;
    el.update.textContent = `Updated to version ${event.data.version} (build ${event.data.build}).`;
  });
  navigator.serviceWorker.startMessages?.();
}

function showOffline(text) {
  el.offline.textContent = text;
  el.offline.dataset.state = 'ready';
}

client.addEventListener('restart', (event) => {
  if (event.detail.reason === 'aborted') return;
  showMessage(event.detail.message || 'The summarizer stopped unexpectedly and has been restarted.', 'error');
});

client.ready.then(
  ({ version, languages }) => {
    el.version.textContent = `Abridge ${version}`;
    fillLanguages(languages);
  },
  () => {},
);

// ---------------------------------------------------------------------------------------------------
// The language: detected by the core, or chosen by the reader

/** Language names in the reader's own language, from the browser (Intl), for the core's tags. */
const languageNames = typeof Intl.DisplayNames === 'function'
  ? new Intl.DisplayNames([...(navigator.languages ?? []), 'en'], { type: 'language' })
  : null;

/** `lang` on an element holding the article's text: its language, or none for `und`. */
function markLanguage(node, tag) {
  if (tag && tag !== 'und') node.lang = tag;
  else node.removeAttribute('lang');
}

/**
 * The direction of a text in language `tag`: "rtl" where the language is written right to left (the
 * browser's own locale data, `Intl.Locale`'s text info), else "auto" (the first strong character).
 */
function textDirection(tag) {
  try {
    const locale = new Intl.Locale(tag);
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl') return 'rtl';
  } catch {
    // not a tag Intl knows ("und" is one it does): left to the text
  }
  return 'auto';
}

function languageName(tag) {
  if (!tag || tag === 'und') return 'Other';
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The menu: "Detect", then the core's languages by name. */
function fillLanguages(tags) {
  const options = (tags ?? [])
    .filter((tag) => tag !== 'und')
    .map((tag) => ({ tag, name: languageName(tag) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  el.language.replaceChildren(new Option('Detect', ''), ...options.map(({ tag, name }) => new Option(name, tag)));
  if (!options.some((o) => o.tag === state.language)) state.language = '';
  el.language.value = state.language;
}

el.language.addEventListener('change', () => {
  state.language = el.language.value;
  saveSoon();
  requestSoon();
});

// ---------------------------------------------------------------------------------------------------
// Pasting a web page: the article out of the HTML on the clipboard (extract.js, loaded on first use)

/** Kinds the extractor leaves out that the core does not, in words (the core's are in KIND_LABELS). */
const EXTRACT_LABELS = {
  header: 'page header', aside: 'sidebar', comments: 'comment', newsletter: 'sign-up box', disclosure: 'disclosure',
  standfirst: 'standfirst', note: 'note', pullquote: 'pull quote', cookies: 'cookie notice', dialog: 'overlay', form: 'form',
  other: 'other page text',
};
/** The last paste that carried HTML or a transcript, while its text is what the box is about: { plain, article }. */
let pasted = null;
const pasteBar = document.createElement('div');
pasteBar.className = 'paste-bar';
pasteBar.hidden = true;
pasteBar.setAttribute('role', 'status');
const pasteNote = document.createElement('p');
pasteNote.className = 'paste-note';
const wholeLabel = document.createElement('label');
wholeLabel.className = 'paste-whole';
const wholeBox = document.createElement('input');
wholeBox.type = 'checkbox';
wholeBox.id = 'paste-whole';
wholeLabel.append(wholeBox, ' Use the whole paste');
pasteBar.append(pasteNote, wholeLabel);
el.input.after(pasteBar);

/** The summarizer's options that come from a pasted page: its title, unless the whole paste is in use. */
function pastedArticleOptions() {
  return pasted && !wholeBox.checked && pasted.article.title ? { title: pasted.article.title } : {};
}

/**
 * A paste that replaces what is in the box (all of it is selected, or it is the sample) puts the text to
 * summarize in the box (`takeText`). Any other plain-text paste, one into the middle of text, or an HTML
 * paste into the single-file copy (which has no extractor) is the browser's as always.
 */
el.input.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html') ?? '';
  const plain = event.clipboardData?.getData('text/plain') ?? '';
  const replaces = (el.input.selectionStart === 0 && el.input.selectionEnd === el.input.value.length)
    || el.input.value === SAMPLE_ARTICLE;
  const transcript = replaces ? transcriptText(plain) : null;
  if (!transcript && (!html.trim() || !replaces || document.documentElement.hasAttribute('data-single-file'))) {
    forgetPaste();
    return;
  }
  event.preventDefault();
  takeText({ plain, html, transcript });
});

/**
 * Puts a paste or a dropped file in the box as the text to summarize: a transcript's without its timecodes
 * (transcript.js), a web page's article when there is HTML (extract.js, loaded on first use), else the
 * plain text. Either of the first two keeps the paste for "Use the whole paste".
 */
async function takeText({ plain, html = '', transcript = transcriptText(plain) }) {
  forgetPaste();
  let article = transcript
    && { text: transcript.text, found: true, title: '', leftOut: [{ kind: 'timecode', blocks: transcript.timecodes },
      ...(transcript.names ? [{ kind: 'speaker', blocks: transcript.names }] : [])] };
  if (!article && html.trim()) {
    setBusy(true);
    showMessage('Finding the article in the pasted page…', 'info');
    try {
      const { extractArticle } = await import('./extract.js');
      article = await extractArticle(html);
    } catch {
      // Without the extractor (the single-file copy has none) the paste is taken as the text it carries.
    }
    hideMessage();
    if (!article?.text.trim()) article = null;
  }
  if (!article && !plain.trim() && html.trim()) {
    showMessage('No text was found in this page file. Open it in the browser, copy its text, and paste it here.', 'error');
    setBusy(false);
    return;
  }
  if (article) {
    pasted = { plain, article };
    wholeBox.checked = false;
    el.input.value = article.text;
    showPasteBar();
  } else {
    el.input.value = plain;
  }
  el.input.scrollTop = 0;
  saveSoon();
  request({ force: true });
}

// ---------------------------------------------------------------------------------------------------
// Dropping a file: a text file, a saved web page or a subtitle file goes in the box as a paste would

/** The largest file taken: a paste of 50 MB is summarized, and reading a larger file would stall the tab. */
const MAX_DROPPED_BYTES = 64 * 1024 * 1024;
const HTML_FILE = /\.(?:x?html?|xht)$/i;

// Without this a file dropped anywhere on the page would open in the tab, in place of the page. While a
// file is over the page the box shows where it goes; dragover repeats every few hundred milliseconds
// while it is there, so the mark goes when they stop (the file taken away, or dropped).
let dropMarkTimer = 0;
document.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  el.input.classList.add('dropping');
  clearTimeout(dropMarkTimer);
  dropMarkTimer = setTimeout(() => el.input.classList.remove('dropping'), 400);
});
document.addEventListener('drop', (event) => {
  clearTimeout(dropMarkTimer);
  el.input.classList.remove('dropping');
  const file = event.dataTransfer?.files?.[0];
  if (!file) return; // dragged text: the box takes it as the browser does
  event.preventDefault();
  takeFile(file);
});

/** A dropped file's text in the box, or a message saying why not (too large, not text). */
async function takeFile(file) {
  if (file.size > MAX_DROPPED_BYTES) {
    showMessage(`“${file.name}” is ${fmt(Math.round(file.size / 1048576))} MB: Abridge reads files of up to 64 MB.`, 'error');
    return;
  }
  let text = null;
  try {
    text = decodeText(new Uint8Array(await file.arrayBuffer()));
  } catch {
    showMessage(`Could not read “${file.name}”.`, 'error');
    return;
  }
  if (text === null) {
    showMessage(`“${file.name}” is not a text file. Open it, copy its text, and paste it here.`, 'error');
    return;
  }
  hideMessage();
  const html = file.type === 'text/html' || file.type === 'application/xhtml+xml' || HTML_FILE.test(file.name);
  takeText(html ? { plain: '', html: text } : { plain: text });
}

/**
 * A text file's text: UTF-8, UTF-16 with its byte-order mark, else Windows-1252 (older subtitle and text
 * files). Null for a file that is no text: a PDF, or bytes with a NUL among the first 4 KB (an image, an
 * archive, a word processor's file).
 */
function decodeText(bytes) {
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return new TextDecoder('utf-16be').decode(bytes);
  const head = bytes.subarray(0, 4096);
  if (head.includes(0) || String.fromCharCode(...head.subarray(0, 5)) === '%PDF-') return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

wholeBox.addEventListener('change', () => {
  if (!pasted) return;
  el.input.value = wholeBox.checked ? pasted.plain : pasted.article.text;
  el.input.scrollTop = 0;
  showPasteBar();
  request({ force: true });
});
for (const button of [el.sampleButton, el.clearButton]) button.addEventListener('click', forgetPaste);

function forgetPaste() {
  pasted = null;
  pasteBar.hidden = true;
}

/** What the extractor made of the paste: the title, or that no article was found, and what was left out. */
function showPasteBar() {
  const { article } = pasted;
  if (wholeBox.checked) {
    pasteNote.textContent = 'The whole paste, menus and all.';
  } else if (article.leftOut[0]?.kind === 'timecode') {
    const n = article.leftOut[0].blocks;
    const names = article.leftOut[1]?.kind === 'speaker' ? " and its speakers' names" : '';
    pasteNote.textContent = `A transcript: its ${fmt(n)} timecode${n === 1 ? '' : 's'}${names} left out, so that its lines read on.`;
  } else if (!article.found) {
    pasteNote.textContent = 'No article found in the pasted page: this is all of its text, less menus and footers.';
  } else {
    const left = article.leftOut.slice(0, 4).map(({ kind, blocks }) => {
      const label = KIND_LABELS[kind] ?? EXTRACT_LABELS[kind] ?? kind;
      return `${label} (${fmt(blocks)})`;
    });
    pasteNote.textContent = `Article found${article.title ? `: “${article.title}”` : ''}.`
      + (left.length ? ` Left out: ${left.join(', ')}${article.leftOut.length > 4 ? ', …' : ''}.` : '');
  }
  wholeLabel.hidden = !pasted.plain.trim();
  pasteBar.hidden = false;
}

// ---------------------------------------------------------------------------------------------------
// Saved work: the text, the settings and the recent summaries, on this device only (saved-work.js)

/** The history entry the text in the box belongs to, `{ id, text }`, and the entries waiting to be stored, by id. */
let currentEntry = null;
const pendingEntries = new Map();
let saveTimer = 0;
/** Set by a change since the last write; "Forget everything" clears it, so nothing is written back. */
let unsaved = false;

function currentSettings() {
  return { mode: state.mode, amounts: { ...state.amounts }, language: state.language };
}

/** Settings read back from storage, each checked against what the controls accept. */
function applySettings(settings) {
  for (const [mode, m] of Object.entries(MODES)) {
    const n = Math.round(Number(settings?.amounts?.[mode]));
    if (Number.isFinite(n)) state.amounts[mode] = clamp(n, m.min, m.max);
  }
  const mode = Object.hasOwn(MODES, settings?.mode) ? settings.mode : state.mode;
  for (const radio of el.controls.elements.mode) radio.checked = radio.value === mode;
  setMode(mode);
  // A tag the core does not know (an older build's) falls back to detection when the menu is filled.
  state.language = typeof settings?.language === 'string' ? settings.language : '';
  el.language.value = state.language;
}

/** Something the reader would want back changed: write it after a pause (a write blocks the page). */
function saveSoon() {
  unsaved = true;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  if (pendingEntries.size > 0) {
    let history;
    for (const entry of pendingEntries.values()) history = remember(entry);
    pendingEntries.clear();
    renderHistory(history);
  }
  if (!unsaved) return;
  unsaved = false;
  const text = el.input.value;
  const article = pasted && !wholeBox.checked
    ? { title: pasted.article.title ?? '', found: Boolean(pasted.article.found), leftOut: pasted.article.leftOut ?? [] }
    : null;
  const outcome = saveWork({ text, settings: currentSettings(), article });
  showSaveStatus(outcome, text.length);
}

function showSaveStatus({ stored, reason }, length) {
  if (stored) {
    el.saveStatus.textContent = 'Your text and settings are kept in this browser only, so a reload loses nothing.';
    delete el.saveStatus.dataset.tone;
    return;
  }
  const lost = 'It is summarized, but it will not be here after a reload.';
  el.saveStatus.textContent = reason === 'too-large'
    ? `This text is too long to keep on this device (${fmt(length)} characters; the limit is ${fmt(MAX_SAVED_CHARS)}). ${lost}`
    : reason === 'quota'
      ? `This browser has no room left to keep this text. ${lost}`
      : `This browser does not let the page keep your text (storage is turned off). ${lost}`;
  el.saveStatus.dataset.tone = 'warn';
}

/**
 * A summary is on screen: it becomes the newest history entry, or updates the entry of the article it
 * is an edit of (the same beginning or the same end), written with the next save.
 */
function noteSummary(job, result) {
  const same = currentEntry && sameArticle(currentEntry.text, job.text);
  const id = same ? currentEntry.id : newId();
  currentEntry = { id, text: job.text };
  const sentences = [];
  let length = 0;
  for (const s of result.sentences) {
    const sentence = oneLine(job.text.slice(s.start, s.end));
    if (sentences.length > 0 && length + sentence.length > HISTORY_SUMMARY_CHARS) break;
    sentences.push(sentence.slice(0, HISTORY_SUMMARY_CHARS));
    length += sentence.length;
  }
  const title = result.title?.text || job.options?.title || sentences[0];
  pendingEntries.delete(id); // re-inserted last: the newest is written last and so comes first
  pendingEntries.set(id, {
    id, title: shortLine(title, 120), date: new Date().toISOString(), sentences, text: job.text, settings: job.settings,
  });
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}

/**
 * An edit of the same article, not a new one: its beginning or its end is unchanged (the first or last
 * 2,000 characters, or half of the shorter text when that is less).
 */
function sameArticle(a, b) {
  const n = Math.min(2000, Math.floor(Math.min(a.length, b.length) / 2));
  return n > 0 && (a.slice(0, n) === b.slice(0, n) || a.slice(-n) === b.slice(-n));
}

function newId() {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** `text` on one line, cut to `max` characters. */
function shortLine(text, max) {
  const line = oneLine(String(text ?? ''));
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The recent summaries: a title and date that open to the summary, with Open and Delete buttons. */
function renderHistory(entries) {
  el.history.replaceChildren(...entries.map((entry) => {
    const li = document.createElement('li');
    li.className = 'history-item';
    li.dataset.id = entry.id;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const title = document.createElement('span');
    title.className = 'history-title';
    title.textContent = entry.title || 'Untitled';
    const time = document.createElement('time');
    time.className = 'history-date';
    const date = new Date(entry.date);
    time.dateTime = Number.isNaN(date.getTime()) ? '' : date.toISOString();
    time.textContent = Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
    summary.append(title, ' ', time);
    const sentences = document.createElement('ol');
    sentences.className = 'history-sentences';
    sentences.append(...entry.sentences.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }));
    details.append(summary, sentences);
    const actions = document.createElement('div');
    actions.className = 'history-actions';
    const name = `“${shortLine(entry.title || 'Untitled', 60)}”`;
    if (typeof entry.text === 'string') {
      actions.append(historyButton('open', 'Open', `Open ${name}`));
    } else {
      const note = document.createElement('p');
      note.className = 'hint';
      note.textContent = 'Summary only: the article was too long to keep.';
      details.append(note);
    }
    actions.append(historyButton('delete', 'Delete', `Delete ${name}`));
    li.append(details, actions);
    return li;
  }));
  el.historyEmpty.hidden = entries.length > 0;
}

function historyButton(action, label, name) {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = action;
  button.textContent = label;
  button.setAttribute('aria-label', name);
  if (action === 'delete') button.className = 'quiet';
  return button;
}

el.history.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  const item = button?.closest('li.history-item');
  if (!item) return;
  const { id } = item.dataset;
  if (button.dataset.action === 'delete') {
    saveNow(); // a pending entry is written first, so the delete cannot be undone by it
    const next = item.nextElementSibling ?? item.previousElementSibling;
    renderHistory(forgetEntry(id));
    if (currentEntry?.id === id) currentEntry = null;
    const focusTo = next && el.history.querySelector(`li[data-id="${CSS.escape(next.dataset.id)}"] button[data-action]`);
    (focusTo ?? el.historyHeading).focus();
    return;
  }
  const entry = loadHistory().find((e) => e.id === id);
  if (!entry || typeof entry.text !== 'string') return;
  forgetPaste();
  applySettings(entry.settings);
  el.input.value = entry.text;
  el.input.scrollTop = 0;
  currentEntry = { id: entry.id, text: entry.text };
  saveSoon();
  request({ force: true });
  $('summary-heading').focus();
});

el.forget.addEventListener('click', () => {
  clearTimeout(saveTimer);
  saveTimer = 0;
  pendingEntries.clear();
  unsaved = false;
  currentEntry = null;
  forgetAll();
  renderHistory([]);
  el.saveStatus.textContent = 'Forgotten: nothing of yours is stored on this device now. Editing the text keeps it again.';
  delete el.saveStatus.dataset.tone;
});

// What changed before a pause is written when the reader leaves (a crash loses at most that pause).
addEventListener('pagehide', () => {
  if (saveTimer) saveNow();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden' && saveTimer) saveNow();
});
el.input.addEventListener('input', saveSoon);
el.controls.addEventListener('input', saveSoon);
el.controls.addEventListener('change', saveSoon);
for (const button of [el.sampleButton, el.clearButton]) button.addEventListener('click', saveSoon);
wholeBox.addEventListener('change', saveSoon);

/** The saved work back in the page; true when there was some. */
function restoreWork() {
  const work = loadWork();
  renderHistory(loadHistory());
  if (work) showSaveStatus({ stored: true }, work.text.length);
  if (!work) return false;
  applySettings(work.settings);
  el.input.value = work.text;
  const entry = work.text && loadHistory().find((e) => typeof e.text === 'string' && sameArticle(e.text, work.text));
  if (entry) currentEntry = { id: entry.id, text: entry.text };
  if (work.article && work.text) {
    pasted = { plain: '', article: { ...work.article, text: work.text } };
    wholeBox.checked = false;
    showPasteBar();
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Start

el.sampleCredit.textContent = SAMPLE_CREDIT;
listenForUpdates();
setMode('sentences');
if (!restoreWork()) el.input.value = SAMPLE_ARTICLE;
updateCount();
request();
