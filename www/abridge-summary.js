/**
 * @file `<abridge-summary>`: the summarizer as one element for any page.
 *
 * ```html
 * <script type="module" src="/abridge/abridge-summary.js"></script>
 * <abridge-summary for="story" sentences="3" highlight></abridge-summary>
 * ```
 *
 * It summarizes the element whose id is in `for` (or, without `for`, its own text content) and shows the
 * chosen sentences in a shadow root: the host page's CSS cannot reach inside, and nothing inside leaks
 * out. The styles are a constructed stylesheet adopted by the shadow root, so a strict Content Security
 * Policy (`style-src 'self'`, no `'unsafe-inline'`) needs no exception; the worker runs the `.wasm` under
 * `script-src 'self' 'wasm-unsafe-eval'`. All widgets on a page that load the same files share one worker
 * (`AbridgeClient.shared()`), and the latest request wins (`LatestRequest`): an edit while a summary is on
 * its way waits for it instead of restarting the worker.
 *
 * Attributes
 * - `for`: id of the element to summarize; without it, the element's own text; `for="auto"` (or no `for`
 *   and no text of its own): the article of the host page, found as in a pasted web page (extract.js).
 * - `type`: `key-points` (default: a bulleted list), `tldr`, `teaser` (paragraphs) or `headline`.
 * - `length`: `short` | `medium` (default) | `long`, the counts of summary-types.js; `sentences="N"` or
 *   `ratio="0.2"` (a fraction of the article's sentences) set the count directly and win over `length`.
 * - `highlight`: marks the chosen sentences in the article itself, by wrapping only the text they cover
 *   in `<mark data-abridge-highlight>` (text nodes are split, never re-parsed as HTML) and undoing it
 *   exactly when the attribute goes or the element leaves the page. Selecting a summary sentence then
 *   scrolls to it. With `for="auto"` the sentences are found again in the host page (findSentences).
 * - `collapsed`: only the heading and the Show button show; the toggle button sets and clears it.
 * - `theme`: `auto` (default: follows prefers-color-scheme), `light` or `dark`.
 * - `label`: the heading (default by type: "Key points", "TL;DR", "In brief", "Headline");
 *   `heading-level`: its level for screen readers (default 2).
 * - `worker-url`, `wasm-url`: where worker.js and abridge_bg.wasm are, when a bundler or server moved them
 *   (or call `configure({ workerUrl, wasmUrl })` once, exported here too). A file that cannot be loaded
 *   shows as one error in the box, naming the file and the attribute that sets it.
 *
 * Events (bubbling, composed): `summary` with `detail: { type, sentences, text, result }` (`sentences`
 * the chosen ones with spans and scores, `text` the summary as plain text, `result` the core's whole
 * answer); `summaryerror` with `detail: { error }`.
 *
 * Theming: `--abridge-accent`, `--abridge-bg`, `--abridge-fg`, `--abridge-muted`, `--abridge-border`,
 * `--abridge-font`, `--abridge-font-size`, `--abridge-radius` on the element (or any ancestor), and
 * `--abridge-highlight` / `--abridge-highlight-fg` on `:root` for the marks in the article. Parts:
 * `card`, `heading`, `toggle`, `summary`, `footer`.
 */

import { AbridgeClient, configure } from './abridge-client.js';
import { LatestRequest } from './latest-request.js';
import { between, oneLine } from './reading.js';
import { choose, LENGTHS, plan, render, TYPES } from './summary-types.js';
import { isShown } from './visibility.js';

export { configure };

const LABELS = { 'key-points': 'Key points', tldr: 'TL;DR', teaser: 'In brief', headline: 'Headline' };
/** Quiet time after an edit of the article (or an attribute) before summarizing again. */
const DEBOUNCE_MS = 250;
/** How long the marks of a sentence chosen in the summary stay outlined. */
const FLASH_MS = 1600;

/** Elements whose text is not article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'svg', 'SVG', 'MATH', 'math', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'ABRIDGE-SUMMARY']);
/** findSentences looks for a sentence with this much of the article's text on either side first. */
const CONTEXT = 160;
/** Elements that start a new paragraph (a blank line in the text the core reads). */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

const CSS = `
:host {
  display: block !important;
  /* The host page may style this element itself (its * rules match it): undo what would show. */
  border: 0 !important; padding: 0 !important; background: none !important; box-shadow: none !important;
  outline: 0 !important; filter: none !important; transform: none !important; opacity: 1 !important;
  visibility: visible !important; overflow: visible !important; float: none;
  contain: content;
}
:host([hidden]) { display: none !important; }

.card {
  all: initial;
  display: block;
  box-sizing: border-box;
  --_accent: #2e5bd8; --_bg: #ffffff; --_fg: #1c2230; --_muted: #5b6475; --_border: #d8dde8; --_soft: #eef2fc;
  font-family: var(--abridge-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  font-size: var(--abridge-font-size, 15px);
  line-height: 1.5;
  color: var(--abridge-fg, var(--_fg));
  background: var(--abridge-bg, var(--_bg));
  border: 1px solid var(--abridge-border, var(--_border));
  border-top: 3px solid var(--abridge-accent, var(--_accent));
  border-radius: var(--abridge-radius, 10px);
  padding: 0.85em 1em 0.75em;
  text-align: start;
  overflow-wrap: anywhere;
  color-scheme: light;
}
:host([theme="dark"]) .card {
  --_accent: #8fb0ff; --_bg: #181b22; --_fg: #e6e9f0; --_muted: #a3abbd; --_border: #343a48; --_soft: #232a3b;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) .card {
    --_accent: #8fb0ff; --_bg: #181b22; --_fg: #e6e9f0; --_muted: #a3abbd; --_border: #343a48; --_soft: #232a3b;
    color-scheme: dark;
  }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

.head { display: flex; align-items: center; gap: 0.75em; }
.label {
  flex: 1; margin: 0; font: inherit; font-weight: 650; font-size: 0.8em; letter-spacing: 0.06em;
  text-transform: uppercase; color: var(--abridge-accent, var(--_accent));
  display: flex; align-items: center; gap: 0.5em;
}
.logo { width: 1.35em; height: 1.35em; flex: none; }
.logo rect { fill: var(--abridge-accent, var(--_accent)); }
.logo path { stroke: var(--abridge-bg, var(--_bg)); stroke-width: 3; stroke-linecap: round; fill: none; }
.toggle {
  all: initial; box-sizing: border-box; cursor: pointer;
  font: inherit; font-size: 0.8em; font-weight: 600; color: var(--abridge-accent, var(--_accent));
  padding: 0.25em 0.7em; border-radius: 999px; border: 1px solid var(--abridge-border, var(--_border));
  background: transparent; display: inline-flex; align-items: center; gap: 0.35em; line-height: 1.4;
}
.toggle:hover { background: var(--_soft); }
.toggle:focus-visible, .s:focus-visible {
  outline: 2px solid var(--abridge-accent, var(--_accent)); outline-offset: 2px;
}
.chevron { width: 0.7em; height: 0.7em; transition: transform 120ms ease; }
.toggle[aria-expanded="false"] .chevron { transform: rotate(-90deg); }
@media (prefers-reduced-motion: reduce) { .chevron { transition: none; } }

.body { margin-top: 0.55em; }
.status { margin: 0; color: var(--abridge-muted, var(--_muted)); font-size: 0.9em; }
/* Empty, it takes no room but stays rendered: a live region that appears along with its text is often not read. */
.status[data-tone="error"] { color: #b3261e; }
:host([theme="dark"]) .status[data-tone="error"] { color: #ffb4ab; }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) .status[data-tone="error"] { color: #ffb4ab; } }
.busy .summary { opacity: 0.55; }

.summary { margin: 0; padding: 0; }
ul.summary { list-style: none; display: grid; gap: 0.5em; }
ul.summary > li { position: relative; padding-inline-start: 1.1em; }
ul.summary > li::before {
  content: ""; position: absolute; inset-inline-start: 0.1em; top: 0.6em; width: 0.42em; height: 0.42em;
  border-radius: 50%; background: var(--abridge-accent, var(--_accent));
}
@media (forced-colors: active) {
  ul.summary > li::before { forced-color-adjust: none; background: CanvasText; }
}
p.summary.headline { font-size: 1.15em; font-weight: 650; line-height: 1.3; }
.s { border-radius: 3px; }
.jump .s { cursor: pointer; }
.jump .s:hover { background: var(--_soft); }

.foot {
  margin: 0.7em 0 0; padding-top: 0.5em; border-top: 1px solid var(--abridge-border, var(--_border));
  font-size: 0.78em; color: var(--abridge-muted, var(--_muted));
}
.foot:empty { display: none; }
`;

const HIGHLIGHT_CSS = `
mark[data-abridge-highlight] {
  background: var(--abridge-highlight, #fff1a8) !important;
  color: var(--abridge-highlight-fg, inherit) !important;
  border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone;
}
mark[data-abridge-highlight].abridge-flash { outline: 2px solid var(--abridge-highlight-ring, #e0a800) !important; }
mark[data-abridge-highlight]:focus-visible { outline: 2px solid currentColor !important; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  mark[data-abridge-highlight] { background: var(--abridge-highlight, #5a4a00) !important; color: var(--abridge-highlight-fg, #fff) !important; }
}
`;

let shadowSheet = null;
let highlightSheet = null;
let highlighters = 0;

function sheet(text) {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}

/** The document stylesheet for the marks in the article, adopted while any widget highlights. */
function useHighlightSheet(on) {
  if (!('adoptedStyleSheets' in Document.prototype)) return;
  highlighters += on ? 1 : -1;
  highlightSheet ??= sheet(HIGHLIGHT_CSS);
  const adopted = document.adoptedStyleSheets.filter((s) => s !== highlightSheet);
  document.adoptedStyleSheets = highlighters > 0 ? [...adopted, highlightSheet] : adopted;
}

/** An element with attributes and children, made with DOM calls only. */
function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * An SVG icon made with DOM calls (no markup is parsed: nothing here needs a Trusted Types policy).
 * `shapes` are `[tag, attributes]` pairs.
 */
function svg(attributes, ...shapes) {
  const NS = 'http://www.w3.org/2000/svg';
  const node = document.createElementNS(NS, 'svg');
  for (const [name, value] of Object.entries({ ...attributes, 'aria-hidden': 'true', focusable: 'false' })) node.setAttribute(name, value);
  for (const [tag, shapeAttributes] of shapes) {
    const shape = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(shapeAttributes)) shape.setAttribute(name, value);
    node.append(shape);
  }
  return node;
}
const LOGO = () => svg({ viewBox: '0 0 32 32', class: 'logo' },
  ['rect', { width: '32', height: '32', rx: '7' }], ['path', { d: 'M8 10h16M8 16h10M8 22h13' }]);
const CHEVRON = () => svg({ viewBox: '0 0 10 10', class: 'chevron' }, ['path', {
  d: 'M1.5 3.2 5 6.8l3.5-3.6', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
}]);

/**
 * The text of `root` as the core should read it (a blank line between blocks), with the text node at
 * every offset: `{ text, pieces: [{ node, start }] }` in document order. `visibleOnly` skips what the page
 * does not show (display: none, hidden), which is not part of the article a reader sees.
 */
export function extractText(root, { visibleOnly = false } = {}) {
  const parts = [];
  const pieces = [];
  let length = 0;
  let pending = 0; // line breaks owed before the next text: 1 after <br>, 2 after a block
  const breakBefore = () => {
    if (pending && length > 0) {
      const gap = pending === 1 ? '\n' : '\n\n';
      parts.push(gap);
      length += gap.length;
    }
    pending = 0;
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = child.data;
        if (!data || (!data.trim() && (pending || length === 0))) continue;
        breakBefore();
        pieces.push({ node: child, start: length });
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (SKIP.has(child.tagName) || child.hidden || child.getAttribute('aria-hidden') === 'true') continue;
        if (visibleOnly && !isShown(child)) continue;
        if (child.tagName === 'BR') {
          pending = Math.max(pending, 1);
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block) pending = 2;
        walk(child);
        if (block) pending = 2;
      }
    }
  };
  walk(root);
  return { text: parts.join(''), pieces };
}

/**
 * Where each chosen sentence of `article` (the text the extractor read out of a copy of the page) is in
 * `page` (the page's own text, as extractText reads it): a span of `page`, or null where it is not found.
 * White space is compared collapsed, as the extractor collapses it. A page may repeat a sentence (a
 * teaser, a pull quote), so each is looked for with the article's text around it (up to CONTEXT
 * characters each side) first, then alone; and after the sentence before it first, then anywhere.
 */
function findSentences(page, article, chosen) {
  const { collapsed, at } = collapseSpace(page);
  let from = 0;
  // Where `sentence` (between `before` and `after`) is in `collapsed`, after the sentence before it first;
  // `spelled`, as a page whose UTF-8 was decoded twice may show any of its characters (anySpelling).
  const find = (before, sentence, after, spelled) => {
    if (!spelled) {
      const needle = before + sentence + after;
      const later = collapsed.indexOf(needle, from);
      const found = later >= 0 ? later : collapsed.indexOf(needle);
      return found < 0 ? null : [found + before.length, found + before.length + sentence.length];
    }
    const pattern = new RegExp(`${anySpelling(before)}(${anySpelling(sentence)})${anySpelling(after)}`, 'gd');
    pattern.lastIndex = from;
    return (pattern.exec(collapsed) ?? pattern.exec(collapsed))?.indices[1] ?? null;
  };
  return chosen.map((s) => {
    let start = s.start;
    let end = s.end;
    while (start < end && /\s/.test(article[start])) start++;
    while (end > start && /\s/.test(article[end - 1])) end--;
    if (start === end) return null;
    const lineStart = article.lastIndexOf('\n', start - 1) + 1;
    const nextLine = article.indexOf('\n', end);
    const lineEnd = nextLine < 0 ? article.length : nextLine;
    const sentence = collapseSpace(article.slice(start, end)).collapsed;
    // The text around it in the article, then its own paragraph, then the sentence alone: the extractor
    // may have left out something between the paragraphs (a caption), never inside one.
    const contexts = [[0, article.length], [lineStart, lineEnd]].map(([left, right]) => [
      collapseSpace(article.slice(Math.max(left, start - CONTEXT), start)).collapsed,
      collapseSpace(article.slice(end, Math.min(right, end + CONTEXT))).collapsed,
    ]).filter(([before, after]) => before || after).concat([['', '']]);
    // As the article has it (the extractor put such damage right: repairDoubleUtf8), then as the page may
    // show it, in part or all through.
    for (const spelled of /[^\0-\x7f]/.test(sentence) ? [false, true] : [false]) {
      for (const [before, after] of contexts) {
        const found = find(before, sentence, after, spelled);
        if (found) {
          from = found[1];
          return { ...s, start: at[found[0]], end: at[found[1] - 1] + 1 };
        }
      }
    }
    return null;
  });
}

/** A pattern for `text`, each character outside ASCII as is or as its UTF-8 bytes read one by one as
 * Latin-1 ("’" as "â\u0080\u0099") or Windows-1252 ("â€™") show it: none of those is special in a pattern. */
function anySpelling(text) {
  const [utf8, windows1252] = [new TextEncoder(), new TextDecoder('windows-1252')];
  return Array.from(text, (c) => {
    if (c < '\u0080') return c.replace(/[.*+?^${}()|[\]\\/]/, '\\$&');
    const bytes = utf8.encode(c);
    return `(?:${c}|${String.fromCharCode(...bytes)}|${windows1252.decode(bytes)})`;
  }).join('');
}

/** `text` with each run of white space as one space, and where each of its characters is in `text`. */
function collapseSpace(text) {
  const at = new Uint32Array(text.length);
  let n = 0;
  let last = 0;
  for (const run of text.matchAll(/\s+/g)) {
    for (let i = last; i < run.index; i++) at[n++] = i;
    at[n++] = run.index;
    last = run.index + run[0].length;
  }
  for (let i = last; i < text.length; i++) at[n++] = i;
  return { collapsed: text.replace(/\s+/g, ' '), at };
}

/** The host page's article, by the extractor the page uses for a pasted web page (loaded on first use). */
async function pageArticle() {
  const { extractArticleFromDocument } = await import('./extract.js');
  return extractArticleFromDocument(document);
}

export class AbridgeSummary extends HTMLElement {
  static observedAttributes = ['for', 'type', 'length', 'sentences', 'ratio', 'highlight', 'collapsed', 'label',
    'heading-level', 'worker-url', 'wasm-url'];

  #root;
  #ui;
  /** The shared client for this widget's files, taken at the first summary (after `configure()` had its chance). */
  #client = null;
  /** Jobs are `{ key, text, options, client }`; only the newest one's result is shown. */
  #latest = new LatestRequest((job, signal) => job.client.summarize(job.text, job.options, { signal }));
  #timer = 0;
  #observer = null;
  #observed = null;
  #shown = null; // { text, key }
  #marks = []; // <mark>s wrapped into the article
  #split = new Map(); // article text node → the pieces split off it
  #highlighting = false;
  /** The last result: `{ type, sentences, text, result }`, or null. */
  summary = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in ShadowRoot.prototype) {
      shadowSheet ??= sheet(CSS);
      this.#root.adoptedStyleSheets = [shadowSheet];
    } else {
      this.#root.append(h('style', {}, CSS)); // older browsers; a strict CSP would need a nonce here
    }
    const label = h('p', { class: 'label', part: 'heading', role: 'heading', 'aria-level': '2', id: 'label' }, LOGO(), h('span', { id: 'label-text' }));
    const toggle = h('button', { type: 'button', class: 'toggle', part: 'toggle', 'aria-expanded': 'true', 'aria-controls': 'body' },
      CHEVRON(), h('span', { id: 'toggle-text' }, 'Hide'));
    const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const summary = h('ul', { class: 'summary', part: 'summary' });
    const foot = h('p', { class: 'foot', part: 'footer' });
    const body = h('div', { class: 'body', id: 'body' }, status, summary, foot);
    const card = h('section', { class: 'card', part: 'card', 'aria-labelledby': 'label' }, h('div', { class: 'head' }, label, toggle), body);
    this.#root.append(card);
    this.#ui = { card, label, labelText: label.querySelector('#label-text'), toggle, toggleText: toggle.querySelector('#toggle-text'), body, status, summary, foot };

    toggle.addEventListener('click', () => this.toggleAttribute('collapsed'));
    body.addEventListener('click', (event) => this.#jump(event.target));
    body.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        if (this.#jump(event.target)) event.preventDefault();
      }
    });
  }

  connectedCallback() {
    this.#syncChrome();
    this.#schedule(0);
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    this.#latest.cancel();
    this.#observe(null);
    this.#unhighlight();
    this.#shown = null;
    // Let go of the worker only if the element was really removed, not just moved in the DOM.
    queueMicrotask(() => {
      if (!this.isConnected) this.#releaseClient();
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === 'collapsed' || name === 'label' || name === 'heading-level') {
      this.#syncChrome();
      return;
    }
    if (name === 'worker-url' || name === 'wasm-url') this.#releaseClient();
    if (name === 'highlight' && after === null) this.#unhighlight();
    this.#syncChrome();
    this.#schedule(0, { force: true });
  }

  /** Summarizes again now (for example after the article was replaced in a way no mutation shows). */
  refresh() {
    this.#schedule(0, { force: true });
  }

  get type() {
    const type = this.getAttribute('type') ?? 'key-points';
    return TYPES.includes(type) ? type : 'key-points';
  }

  // -------------------------------------------------------------------------------------------------

  #syncChrome() {
    const { labelText, label, toggle, toggleText, body } = this.#ui;
    labelText.textContent = this.getAttribute('label') ?? LABELS[this.type];
    const level = Number(this.getAttribute('heading-level'));
    label.setAttribute('aria-level', String(Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2));
    const collapsed = this.hasAttribute('collapsed');
    body.hidden = collapsed;
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggleText.textContent = collapsed ? 'Show' : 'Hide';
    toggle.setAttribute('aria-label', `${collapsed ? 'Show' : 'Hide'} the summary`);
  }

  /**
   * The element whose text is summarized: the `for` target, or this element itself; or, with `for="auto"`
   * or with neither `for` nor text of its own, the host page, whose article the extractor finds.
   */
  #source() {
    const id = this.getAttribute('for');
    if (id === 'auto' || (!id && !this.textContent.trim())) return { element: document.body, own: false, auto: true };
    if (!id) return { element: this, own: true };
    const root = this.getRootNode();
    const element = root.getElementById?.(id) ?? document.getElementById(id);
    return { element, own: false };
  }

  #schedule(delay = DEBOUNCE_MS, { force = false } = {}) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run({ force }), delay);
  }

  #observe(element) {
    if (this.#observed === element) return;
    this.#observer?.disconnect();
    this.#observed = element;
    if (!element) return;
    this.#observer ??= new MutationObserver(() => this.#schedule());
    this.#observer.observe(element, { childList: true, characterData: true, subtree: true });
  }

  #releaseClient() {
    this.#latest.cancel();
    this.#client?.release();
    this.#client = null;
  }

  async #run({ force }) {
    if (!this.isConnected) return;
    const { element, own, auto } = this.#source();
    if (!element) {
      this.#observe(null);
      this.#fail(new Error(`There is no element with id "${this.getAttribute('for')}" to summarize.`));
      return;
    }
    this.#observe(element);
    const highlight = !own && this.hasAttribute('highlight');
    const article = auto ? await pageArticle() : null;
    const { text } = article ?? extractText(element, { visibleOnly: !own });
    const type = this.type;
    const size = this.#size();
    const key = JSON.stringify([type, size, highlight, text]);
    if (!force && this.#shown?.key === key) return;
    if (!text.trim()) {
      this.#latest.cancel(); // a summary of what was there before is no longer wanted
      this.#unhighlight();
      this.#show({ type, chosen: [], text, result: null, highlight: false, key });
      this.#status('Nothing to summarize yet.', 'info');
      return;
    }

    if (!force && this.#latest.running?.key === key && !this.#latest.waiting) return; // already on its way

    let client;
    try {
      client = this.#client ??= AbridgeClient.shared({
        workerUrl: this.getAttribute('worker-url') ?? undefined,
        wasmUrl: this.getAttribute('wasm-url') ?? undefined,
      });
    } catch (err) {
      this.#fail(err); // a worker-url or wasm-url that is no URL
      return;
    }
    this.#ui.body.setAttribute('aria-busy', 'true');
    this.#ui.body.classList.add('busy');
    if (!this.#shown) this.#status('Summarizing…', 'info');
    const { options, keep } = plan(type, size);
    if (article?.title) options.title = article.title;
    try {
      const outcome = await this.#latest.request({ key, text, options, client });
      if (!outcome || !this.isConnected) return;
      const result = outcome.value;
      const chosen = choose(type, result, keep(result));
      this.#unhighlight();
      let marked = false;
      if (highlight) {
        const now = extractText(element, { visibleOnly: true });
        // The page's article was read out of a copy of the page: its sentences are found in the page
        // itself. Any other article must still read as it did when it was summarized.
        if (auto) marked = this.#highlight(now, findSentences(now.text, text, chosen));
        else if (now.text === text) marked = this.#highlight(now, chosen);
        else this.#schedule();
      }
      this.#show({ type, chosen, text, result, highlight: marked, key });
      if (article && !article.found) this.#status('No article found on this page: this is a summary of all its text.', 'info');
    } catch (err) {
      this.#fail(err);
    } finally {
      if (this.#latest.idle) {
        this.#ui.body.setAttribute('aria-busy', 'false');
        this.#ui.body.classList.remove('busy');
      }
    }
  }

  /** The length attributes: `sentences` or `ratio` when given and valid, else `length`. */
  #size() {
    const sentences = Number.parseInt(this.getAttribute('sentences') ?? '', 10);
    const ratio = Number.parseFloat(this.getAttribute('ratio') ?? '');
    const length = LENGTHS.includes(this.getAttribute('length')) ? this.getAttribute('length') : 'medium';
    if (Number.isInteger(sentences) && sentences >= 1) return { sentences: Math.min(sentences, 50), length };
    if (ratio > 0 && ratio <= 1) return { ratio, length };
    return { length };
  }

  #show({ type, chosen, text, result, highlight, key }) {
    const { summary: old, foot } = this.#ui;
    this.#shown = { key, text };
    let list;
    if (type === 'key-points') {
      list = h('ul', { class: 'summary', part: 'summary' }, ...chosen.map((s, i) => this.#sentence('li', s, i, text)));
    } else if (type === 'headline') {
      const line = result ? render('headline', 'plain-text', result, chosen, this.#size().length)[0] ?? '' : '';
      const node = h('span', { class: 's' }, line);
      if (chosen[0] && !result?.title?.text) Object.assign(node.dataset, { i: '0' });
      list = h('p', { class: 'summary headline', part: 'summary' }, node);
    } else {
      const spans = chosen.flatMap((s, i) => (i ? [between(oneLine(chosen[i - 1].text)), this.#sentence('span', s, i, text)] : [this.#sentence('span', s, i, text)]));
      list = h('p', { class: 'summary', part: 'summary' }, ...spans);
    }
    // The article's language, for screen readers and fonts, where the host page may declare another.
    if (result?.language && result.language !== 'und') list.lang = result.language;
    list.classList.toggle('jump', highlight);
    if (highlight) {
      const marked = new Set(this.#marks.map((m) => m.dataset.abridgeHighlight));
      for (const node of list.querySelectorAll('.s[data-i]')) {
        if (!marked.has(node.dataset.i)) continue;
        node.tabIndex = 0;
        // A description, not a title: a title would become its name and be read instead of the sentence.
        node.setAttribute('aria-description', 'Enter shows it in the article');
      }
    }
    old.replaceWith(list);
    this.#ui.summary = list;
    this.#status('', 'info');
    const stats = result?.stats;
    foot.textContent = stats
      ? `${chosen.length} of ${stats.sentencesIn} sentence${stats.sentencesIn === 1 ? '' : 's'}, chosen on this device by Abridge.`
      : '';
    if (!result) return;
    const plain = render(type, 'plain-text', result, chosen, this.#size().length).join('');
    this.summary = { type, sentences: chosen, text: plain, result };
    this.dispatchEvent(new CustomEvent('summary', { detail: this.summary, bubbles: true, composed: true }));
  }

  #sentence(tag, s, i, text) {
    // The original's own characters, as text: the core's offsets are UTF-16, like String#slice.
    // Each sentence in its own direction (an Arabic article's, right to left, whatever the host page's).
    const node = h(tag, { class: 's', 'data-i': String(i), dir: 'auto' }, oneLine(text.slice(s.start, s.end)));
    return node;
  }

  #status(text, tone) {
    this.#ui.status.textContent = text;
    this.#ui.status.dataset.tone = tone;
  }

  #fail(err) {
    this.#unhighlight();
    this.#ui.summary.replaceChildren();
    this.#ui.foot.textContent = '';
    this.#shown = null;
    this.summary = null;
    // A file that cannot be loaded says so itself, naming the attribute that sets it.
    this.#status(err?.name === 'AbridgeLoadError' ? err.message : `Could not summarize: ${err?.message ?? err}`, 'error');
    this.dispatchEvent(new CustomEvent('summaryerror', { detail: { error: err }, bubbles: true, composed: true }));
  }

  // -------------------------------------------------------------------------------------------------
  // Highlighting in the article: split text nodes and wrap the pieces, nothing else.

  /**
   * Wraps the chosen sentences (spans of the text extractText read as `reading`; null for one not found)
   * in the article's text nodes, and says whether any was marked.
   */
  #highlight({ pieces }, chosen) {
    /** @type {Map<Text, Array<[number, number, number]>>} node → [from, to, sentence] in node offsets */
    const cuts = new Map();
    let p = 0;
    let last = 0;
    chosen.forEach((s, i) => {
      if (!s) return; // a sentence of the page's article not found in the page
      if (s.start < last) p = 0; // found before the one before it
      last = s.start;
      while (p < pieces.length && pieces[p].start + pieces[p].node.length <= s.start) p++;
      for (let q = p; q < pieces.length && pieces[q].start < s.end; q++) {
        const { node, start } = pieces[q];
        const from = Math.max(s.start, start) - start;
        const to = Math.min(s.end, start + node.length) - start;
        if (to > from && node.data.slice(from, to).trim()) {
          if (!cuts.has(node)) cuts.set(node, []);
          cuts.get(node).push([from, to, i]);
        }
      }
    });
    this.#quiet(() => {
      for (const [node, ranges] of cuts) {
        const pieces = [];
        // From the end, so that the offsets still to do stay valid: splitText keeps the head in `node`.
        for (const [from, to, i] of ranges.reverse()) {
          if (to < node.length) pieces.push(node.splitText(to));
          const middle = from > 0 ? node.splitText(from) : node;
          if (middle !== node) pieces.push(middle);
          const mark = document.createElement('mark');
          mark.dataset.abridgeHighlight = String(i);
          // Focusable by script only: a summary sentence sends focus here (#jump), Escape sends it back.
          mark.tabIndex = -1;
          mark.setAttribute('aria-description', `Summary sentence ${i + 1} of ${chosen.length}`);
          mark.setAttribute('aria-keyshortcuts', 'Escape');
          mark.addEventListener('keydown', this.#back);
          middle.parentNode.insertBefore(mark, middle);
          mark.append(middle);
          this.#marks.push(mark);
        }
        this.#split.set(node, pieces);
      }
    });
    if (this.#marks.length && !this.#highlighting) {
      this.#highlighting = true;
      useHighlightSheet(true);
    }
    return this.#marks.length > 0;
  }

  /** Puts the article back as it was: marks unwrapped, split text nodes joined again. */
  #unhighlight() {
    if (this.#marks.length) {
      this.#quiet(() => {
        for (const mark of this.#marks) {
          if (mark.parentNode) mark.replaceWith(...mark.childNodes);
        }
        for (const [node, pieces] of this.#split) {
          const ours = new Set(pieces);
          let next = node.nextSibling;
          while (next && ours.has(next)) {
            node.appendData(next.data);
            const after = next.nextSibling;
            next.remove();
            next = after;
          }
          // A node whose head was wrapped is itself inside what was the mark: still in place, whole.
        }
      });
    }
    this.#marks = [];
    this.#split.clear();
    if (this.#highlighting) {
      this.#highlighting = false;
      useHighlightSheet(false);
    }
  }

  /** Runs `change` on the article without our own observer seeing it. */
  #quiet(change) {
    change();
    this.#observer?.takeRecords();
  }

  /** Escape on a mark in the article: focus goes back to its sentence in the summary. */
  #back = (event) => {
    const sentence = this.#ui.summary.querySelector(`.s[data-i="${event.currentTarget.dataset.abridgeHighlight}"]`);
    if (event.key === 'Escape' && sentence) {
      event.preventDefault();
      sentence.focus();
    }
  };

  /** A summary sentence was chosen: scroll to its marks in the article, focus the first and flash them. */
  #jump(target) {
    const node = target?.closest?.('.jump .s[data-i]');
    if (!node) return false;
    const marks = this.#marks.filter((m) => m.dataset.abridgeHighlight === node.dataset.i && m.isConnected);
    if (!marks.length) return false;
    marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    marks[0].scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    marks[0].focus({ preventScroll: true });
    for (const mark of marks) {
      mark.classList.remove('abridge-flash');
      void mark.offsetWidth;
      mark.classList.add('abridge-flash');
    }
    setTimeout(() => marks.forEach((m) => m.classList.remove('abridge-flash')), FLASH_MS);
    return true;
  }
}

if (!customElements.get('abridge-summary')) customElements.define('abridge-summary', AbridgeSummary);
