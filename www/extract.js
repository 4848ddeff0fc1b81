/**
 * @file The article inside a web page: its title, its text with a blank line between blocks (so the
 * summarizer's core can find the paragraphs), its byline, language and standfirst, and an account of what
 * was left out (menus, sidebars, captions, footers…).
 *
 *     import { extractArticle } from './extract.js';           // npm: 'abridge/extract'
 *     const { title, text, found, leftOut } = await extractArticle(html);
 *     const summary = await client.summarize(text, { sentences: 3, title });
 *
 * The HTML is parsed with DOMParser into an inert document: no script in it runs and nothing it refers to
 * (images, frames, stylesheets, fonts) is ever requested. Then, one stage a task:
 *   1. the page's metadata and the title (extract-title.js), before anything is removed;
 *   2. what is never text (scripts, styles, forms' controls, hidden parts), the standfirst, and the page's
 *      furniture (extract-furniture.js) removed, each with its kind;
 *   3. Mozilla's Readability (the reader view of Firefox, Apache-2.0) picks the article among what is left,
 *      unless it settles on a small block while most of the text sits elsewhere: then the densest block
 *      (the element that holds most of the page's text outside links) is the article;
 *   4. the furniture rules once more inside the article, notes in italics at its ends, and headings that
 *      repeat the title removed; the text read out (extract-text.js).
 * Readability is imported on first use only, so a page that never extracts never loads it.
 *
 * A page with no article (a home page, search results) still gives text: every block of the page that
 * reads as text, with `found: false`, so that the caller can say no article was found. Nothing here
 * throws on bad HTML: DOMParser accepts any string.
 */

import { blockText, repairDoubleUtf8, tally } from './extract-text.js';
import { densestBlock, removeEdgeNotes, removeFurniture, textSizes } from './extract-furniture.js';
import { chooseTitle, dropTitleHeadings, metadata, removeStandfirst } from './extract-title.js';
import { parseHTMLDocument } from './trusted-types.js';
import { isShown } from './visibility.js';

/** Elements whose content is never text a reader sees. */
const NOT_TEXT = 'script, style, noscript, template, svg, math, canvas, iframe, object, embed, video, audio, '
  + 'select, textarea, button, input, link, meta, dialog, abridge-summary';
/**
 * Tags as the HTML tokenizer reads them (WHATWG HTML, "Tokenization", the tag and attribute states): after
 * the tag's name come attributes, apart by white space or "/", or by nothing after a quoted value; a name
 * runs to white space, "/", ">" or "="; an unquoted value runs to white space or ">" and does not open
 * with a quotation mark. Pages break the rules often (`onload="…"//>`, `style="…";`, `src=\"…\"`) and
 * the parser still reads their attributes, so these patterns must too (docs/reliability.md). The
 * lookaheads keep each name and value to one reading, so that a tag with no ">" is given up after one
 * pass over it; "<" is kept out of names and unquoted values, so that such a tag ends where the next one
 * begins. A tag of more than MAX_TAG_PARTS parts (attributes and the spaces between them) is left as it
 * is: the pattern keeps a step of its backtracking stack for each part, and a million overflowed it.
 */
const MAX_TAG_PARTS = 1000;
const ATTRIBUTE_NAME = String.raw`[^\s/><][^\s/>=<]*(?![^\s/>=<])`;
const ATTRIBUTE_VALUE = String.raw`\s*=\s*(?:"[^"]*"|'[^']*'|[^\s><"'][^\s><]*(?![^\s><])|(?=>))`;
const ATTRIBUTE = String.raw`(${ATTRIBUTE_NAME})(?:${ATTRIBUTE_VALUE}|(?!\s*=))`;
const START_TAG = new RegExp(String.raw`(<[a-zA-Z][^\s/>]*(?![^\s/>]))((?:[\s/]|${ATTRIBUTE}){0,${MAX_TAG_PARTS}}>)`, 'g');
const ATTRIBUTES = new RegExp(ATTRIBUTE, 'g');
/** What withoutWhatPoliciesCheck takes out of tags: style and on… attributes. */
const CHECKED_ATTRIBUTE_NAME = /^(?:style|on[a-z]+)$/i;
/** Tags withoutWhatPoliciesCheck drops whole: void elements that hold no text. */
const CHECKED_TAG = /^<(?:base|track)$/i;
/** Readability's article gives way to the densest block when it holds less than this share of its text. */
const RETRY_SHARE = 0.3;
/**
 * Above this much text (characters) Readability is not run: its passes over the page grow faster than
 * the page, and on a 5 MB page it alone held the thread for over a second (docs/quality.md).
 */
const MAX_READABILITY_TEXT = 2_000_000;
/** An article holds at least this much text outside links (characters)… */
const MIN_ARTICLE = 400;
/** …and at least one block this long: else the page is said to hold no article. */
const MIN_PARAGRAPH = 120;

let readability = null;

/** Readability's constructor, imported on first use (copied from node_modules by scripts/build.py). */
function loadReadability() {
  readability ??= import('./vendor/readability.js').then((m) => m.Readability);
  return readability;
}

/**
 * Readability puts the page back with `page.innerHTML = html` (page is the body) when it retries with
 * looser rules, and a page that enforces Trusted Types refuses a string there, even in an inert document.
 * This document's body gets its own innerHTML setter that parses the HTML through Abridge's policy into an
 * inert document (trusted-types.js) and moves the nodes in: the same result, with no sink.
 */
function restorableUnderTrustedTypes(doc) {
  const body = doc.body;
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  if (!body || !inner?.get) return;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get() {
      return inner.get.call(this);
    },
    set(html) {
      const parsed = parseHTMLDocument(`<!doctype html><body>${html}`);
      this.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.adoptNode(node)));
    },
  });
}

/**
 * The article in a page's HTML.
 *
 * @param {string} html the page's HTML: a whole document, or the fragment a paste carries
 * @param {{ url?: string }} [options] `url`: the page's address, used only to resolve relative links
 * @returns {Promise<import('./extract.d.ts').ExtractedArticle>}
 */
export async function extractArticle(html, { url } = {}) {
  const doc = parseHTMLDocument(withoutWhatPoliciesCheck(String(html ?? '')));
  setBase(doc, url);
  await yieldToPage();
  return extract(doc);
}

/**
 * The article in a document already on screen, such as the page a widget is embedded in. The document is
 * copied first (the copy runs nothing and loads nothing), so the page itself is never changed; what the
 * page hides (`isShown` in visibility.js) is left out, as a reader would not see it.
 *
 * @param {Document} document
 * @param {{ url?: string }} [options] `url`: as for extractArticle; by default the document's own
 * @returns {Promise<import('./extract.d.ts').ExtractedArticle>}
 */
export async function extractArticleFromDocument(document, { url } = {}) {
  const copy = document.cloneNode(true);
  if (document.body && copy.body && typeof Element.prototype.checkVisibility === 'function') {
    // The copy has no layout: ask the page which of its elements are hidden, then drop those in the copy,
    // walking both trees in step (they have the same shape).
    const hidden = [];
    const live = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    const copied = copy.createTreeWalker(copy.body, NodeFilter.SHOW_ELEMENT);
    for (let a = live.nextNode(), b = copied.nextNode(); a && b; ) {
      if (!isShown(a)) {
        hidden.push(b);
        a = nextOutside(live);
        b = nextOutside(copied);
      } else {
        a = live.nextNode();
        b = copied.nextNode();
      }
    }
    for (const node of hidden) node.remove();
  }
  setBase(copy, url ?? document.baseURI);
  await yieldToPage();
  return extract(copy);
}

/**
 * The HTML without what a Content Security Policy checks as it is parsed: <style> elements, style="…"
 * and on…="…" attributes, <base> (checked against `base-uri`, which the Abridge page sets to 'none') and
 * <track> (checked against `media-src`, though the inert document never loads it). A parsed document
 * inherits the page's policy, so under a strict one (the Abridge page's, or a host site's) each of them
 * would be reported as a violation: an error in the console, and a request to the site's report-uri if it
 * has one. None of them is text, so nothing is lost (a page's own <base> only resolves its links, which
 * the text does not hold). Only tags are touched (attributes in quotes may hold ">"); text that merely
 * reads like an attribute stays.
 */
function withoutWhatPoliciesCheck(html) {
  return withoutStyleElements(html).replace(START_TAG, (tag, name, attributes) => (CHECKED_TAG.test(name) ? ''
    : name + attributes.replace(ATTRIBUTES, (attribute, attributeName) => (CHECKED_ATTRIBUTE_NAME.test(attributeName) ? '' : attribute))));
}

/** The HTML without its <style>…</style> elements, in one pass. */
function withoutStyleElements(html) {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf('<style', from); at >= 0; at = lower.indexOf('<style', from)) {
    if (!/[\s/>]/.test(lower[at + 6] ?? '')) {
      out += html.slice(from, at + 6);
      from = at + 6;
      continue;
    }
    const close = lower.indexOf('</style', at);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    if (end < 0) {
      // Never closed: the parser takes the rest of the page as the style sheet, unless this "<style" is
      // inside a script (a string of it), which the parser does not read as a tag.
      if (!lower.includes('</script', at)) return out + html.slice(from, at);
      out += html.slice(from, at + 6);
      from = at + 6;
      continue;
    }
    out += html.slice(from, at);
    from = end + 1;
  }
  return out + html.slice(from);
}

/** The walker's next element after the current one's subtree. */
function nextOutside(walker) {
  for (let node = walker.currentNode; node; node = walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}

/** Resolves the document's relative links against `url`: the only use the address is put to. */
function setBase(doc, url) {
  if (!url || !doc.head) return;
  try {
    const base = doc.createElement('base');
    base.href = new URL(url).href;
    doc.head.prepend(base);
  } catch {
    // Not a URL: relative links stay relative.
  }
}

/**
 * The pipeline on an inert document (which it changes). Between stages the page gets the thread back, so
 * that a paste of a 5 MB page does not freeze it: each stage alone stays well under the 1 s budget for a
 * task on such a page (tests/e2e/extract.test.mjs measures it).
 */
async function extract(doc) {
  const meta = metadata(doc);
  const { title, heading } = chooseTitle(doc, meta);
  for (const node of doc.querySelectorAll(NOT_TEXT)) node.remove();
  for (const node of doc.querySelectorAll('[hidden], [aria-hidden="true"]')) node.remove();
  await yieldToPage();

  const left = new Map(); // kind → { blocks, words }: what was left out
  const body = doc.body ?? doc.documentElement;
  const standfirst = removeStandfirst(body, heading ?? body.querySelector('h1'), meta.descriptions, left);
  removeFurniture(body, left);
  await yieldToPage();
  const pageText = blockText(body);
  await yieldToPage();

  const sizes = textSizes(body);
  const dense = densestBlock(body, sizes);
  let content = dense;
  let byline = null;
  if (pageText.length <= MAX_READABILITY_TEXT) {
    const denseCopy = dense.cloneNode(true); // Readability moves the nodes it keeps out of the document
    const Readability = await loadReadability();
    restorableUnderTrustedTypes(doc);
    const article = new Readability(doc, { serializer: (node) => node, keepClasses: true }).parse();
    await yieldToPage();
    const prose = article?.content ? textSizes(article.content).get(article.content)?.prose ?? 0 : 0;
    const enough = article?.content && prose >= RETRY_SHARE * (sizes.get(dense)?.prose ?? 0);
    content = enough ? article.content : denseCopy;
    byline = article?.byline ?? null;
  }
  await yieldToPage();

  removeFurniture(content, left);
  removeEdgeNotes(content, left);
  if (heading) dropTitleHeadings(content, title);
  await yieldToPage();
  let text = blockText(content);
  await yieldToPage();

  // An article is reading matter: enough text outside links, and at least one real paragraph. A list of
  // teasers (a home page, search results) has neither.
  const longest = text.split('\n\n').reduce((n, block) => Math.max(n, block.length), 0);
  const found = (textSizes(content).get(content)?.prose ?? 0) >= MIN_ARTICLE && longest >= MIN_PARAGRAPH;
  // The headline shown as the title is no text left out: a document with nothing around its article (a
  // paste from a word processor) would read "Left out: other page text (1)" for its own title.
  if (found) tally(left, 'other', pageText, heading ? `${title}\n\n${text}` : text);
  else text = pageText;
  if (title && text.startsWith(title)) text = text.slice(title.length).trimStart();
  return {
    title: repairDoubleUtf8(title),
    text: repairDoubleUtf8(text),
    byline: byline?.replace(/\s+/g, ' ').trim() || meta.byline,
    lang: meta.lang,
    standfirst: standfirst && repairDoubleUtf8(standfirst),
    leftOut: [...left].map(([kind, n]) => ({ kind, ...n })).sort((a, b) => b.words - a.words),
    found,
  };
}

/** Gives the thread back to the page until its pending work (input, rendering) is done. */
function yieldToPage() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
