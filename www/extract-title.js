/**
 * @file What a parsed page says about its article, for the article extractor (extract.js): its metadata
 * (language, byline, description, the titles it declares), the headline, and the standfirst. Runs before
 * anything is removed from the page.
 */

import { SMALL_BLOCK } from './extract-furniture.js';
import { clean, tally } from './extract-text.js';

/** Headings looked at for the title: the first this many <h1>–<h3> of the page. */
const MAX_HEADINGS = 40;
/** An <h1> this similar to a title the metadata declares (see similarity) is taken as the title… */
const H1_MATCH = 0.2;
/** …and, when no <h1> is, an <h2> or <h3> this similar. */
const TITLE_MATCH = 0.3;
/** A heading or a part of a <title> this similar to the site's name is the site's name. */
const SITE_NAME_MATCH = 0.8;
/** A domain name (a heading or a part of a <title> that is only this is the site's name). */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
/** What separates a <title>'s parts: the headline, the section, the site's name. */
const TITLE_SEPARATORS = /\s+[|·–—\-»/\\:]\s+|\s*[|·»]\s*/;
/** A label set before a heading's headline ("Title:", "Breaking news:") has at most this many words. */
const LABEL_MAX_WORDS = 3;
/** A heading is trimmed to a declared title it holds when no more than this many words are left over. */
const EXTRA_MAX_WORDS = 3;
/** A block this similar to the page's description may be its standfirst. */
const STANDFIRST_MATCH = 0.8;
/** schema.org types whose JSON-LD `headline` is the article's. */
const ARTICLE_TYPES = /Article|BlogPosting|Report|SocialMediaPosting|WebPage|NewsArticle|HowTo|Recipe|Review/;

/**
 * What the page says about itself: the titles it declares (JSON-LD headline, og:title, twitter:title,
 * <title>), the same without the <title> (`declared`), its <title> alone, its site's name, its language,
 * its byline and its descriptions.
 */
export function metadata(doc) {
  const attr = (selector) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const jsonLd = jsonLdArticle(doc);
  const documentTitle = clean(doc.querySelector('title')?.textContent ?? '') || null;
  const declared = [jsonLd?.headline, attr('meta[property="og:title"]'), attr('meta[name="twitter:title"]')]
    .filter((t) => typeof t === 'string' && t.trim()).map(clean);
  const titles = documentTitle ? [...declared, documentTitle] : declared;
  const lang = doc.documentElement.getAttribute('lang') || attr('meta[http-equiv="content-language" i]')
    || attr('meta[property="og:locale"]');
  const author = Array.isArray(jsonLd?.author) ? jsonLd.author[0] : jsonLd?.author;
  const byline = (typeof author === 'string' ? author : author?.name) ?? attr('meta[name="author"]');
  return {
    titles: [...new Set(titles)],
    declared: [...new Set(declared)],
    documentTitle,
    siteName: attr('meta[property="og:site_name"]') ?? attr('meta[name="application-name"]'),
    lang: lang ? lang.trim().replace(/_/g, '-') : null,
    byline: typeof byline === 'string' ? clean(byline) || null : null,
    descriptions: [...new Set([attr('meta[name="description" i]'), attr('meta[property="og:description"]'),
      attr('meta[name="twitter:description"]')].filter(Boolean).map(clean))],
  };
}

/** The first JSON-LD object whose @type is a kind of article (a WebPage only when there is none). */
function jsonLdArticle(doc) {
  const found = [];
  const visit = (item, depth) => {
    if (!item || typeof item !== 'object' || depth > 4) return;
    if (Array.isArray(item)) {
      for (const x of item) visit(x, depth + 1);
      return;
    }
    const type = [].concat(item['@type'] ?? []).join(' ');
    if (ARTICLE_TYPES.test(type) && typeof item.headline === 'string') {
      found.push({ item, rank: /WebPage/.test(type) ? 1 : 0 });
    }
    if (item['@graph']) visit(item['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // Not JSON: many pages have one broken block among good ones.
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  return found[0]?.item ?? null;
}

/**
 * The article's title, and the heading element that shows it (null when the title comes from metadata).
 *
 * The headline a reader sees is a heading, so headings come first: among the page's first <h1>–<h3>
 * outside navigation, footers and hidden parts (and not the site's name), the <h1> whose words best match a
 * title the metadata declares, or, when no <h1> matches, the <h2> or <h3> that does. When no heading
 * matches well enough, the longest part of the <title> that is not the site's name; with no metadata at all
 * (the HTML a paste carries has no <head>), the first <h1>.
 */
export function chooseTitle(doc, meta) {
  // The site's name as the metadata gives it, or a domain name standing alone ("example.com").
  const isSiteName = (t) => (Boolean(meta.siteName) && similarity(t, meta.siteName) > SITE_NAME_MATCH) || DOMAIN.test(t);
  const texts = new Map();
  const headings = [...doc.querySelectorAll('h1, h2, h3')].slice(0, MAX_HEADINGS).filter((h) => {
    const t = headingText(h);
    texts.set(h, t);
    return t.length >= 3 && t.length <= 300 && !isSiteName(t)
      && !h.closest('nav, footer, aside, [hidden], [aria-hidden="true"]');
  });
  // The titles the page declares for its article in its metadata (a <title> also names the site).
  const declared = meta.declared.filter((t) => !isSiteName(t));
  const tidy = (h) => trimToDeclared(tidyHeading(texts.get(h), isSiteName), declared);
  // The heading among `candidates` whose words best match a declared title, if it matches at least `enough`.
  const bestMatch = (candidates, enough) => {
    let best = null;
    let bestScore = 0;
    for (const h of candidates) {
      const score = Math.max(0, ...meta.titles.map((m) => similarity(texts.get(h), m)));
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    return bestScore >= enough ? best : null;
  };
  const h1s = headings.filter((h) => h.tagName === 'H1');
  const heading = bestMatch(h1s, H1_MATCH) ?? bestMatch(headings, TITLE_MATCH);
  if (heading) return { title: tidy(heading), heading };
  // A declared title found in the <title> is its headline part ("RogerBW's Blog: Advent of Code 2025 week
  // 2", whose colon has no space before it, is no separator).
  const inDocumentTitle = declared.find((t) => t !== meta.documentTitle && meta.documentTitle?.includes(t));
  if (inDocumentTitle) return { title: inDocumentTitle, heading: null };
  const parts = (meta.documentTitle ?? '').split(TITLE_SEPARATORS).map(clean).filter((t) => t && !isSiteName(t));
  if (parts.length) return { title: parts.reduce((x, y) => (y.length > x.length ? y : x)), heading: null };
  if (h1s.length) return { title: tidy(h1s[0]), heading: h1s[0] };
  return { title: meta.titles[0] ?? '', heading: null };
}

/**
 * A heading's text without what sites set into it beside the headline: a <time> (a blog's date in its
 * <h1>) and a label before a colon in an element of its own ("<span>Title:</span>", "<strong>Blog:</strong>").
 */
function headingText(h) {
  const copy = h.cloneNode(true);
  for (const time of copy.querySelectorAll('time')) time.remove();
  // A line break or a block inside a heading separates words that textContent would run together
  // ("Top MBA Programs of 2025 (US)<br>Your Guide …").
  for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
  for (const block of copy.querySelectorAll('div, p')) block.before(' ');
  const label = copy.firstElementChild;
  const labelText = clean(label?.textContent ?? '');
  if (label && labelText.endsWith(':') && labelText.split(' ').length <= LABEL_MAX_WORDS
      && clean(copy.textContent).startsWith(labelText)) {
    label.remove();
  }
  return clean(copy.textContent);
}

/**
 * A heading that holds a title the page declares and a date beside it ("… / Dec 2025": a few words more,
 * one with a digit) is that title. Words without a digit stay: a declared title is often the headline cut
 * short ("House Renovation Costs in the Bay Area" of "…: Room-by-Room Breakdown").
 */
function trimToDeclared(text, declared) {
  const found = declared.find((t) => {
    if (t.length >= text.length || !text.includes(t)) return false;
    const extra = clean(text.replace(t, ' '));
    return extra.split(' ').length <= EXTRA_MAX_WORDS && /\p{N}/u.test(extra);
  });
  return found ?? text;
}

/**
 * A heading that carries more than the headline, as some sites' <h1> repeats the <title>: cut at a " | "
 * (a headline does not use one; a <title> puts it before the section or the site), and without a part
 * that is the site's name.
 */
function tidyHeading(text, isSiteName) {
  let title = text.split(/\s+\|(?:\s+|$)/)[0] || text;
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATORS, 'g'))];
  const last = separators.at(-1);
  const first = separators[0];
  if (last && isSiteName(title.slice(last.index + last[0].length))) title = title.slice(0, last.index);
  else if (first && isSiteName(title.slice(0, first.index))) title = title.slice(first.index + first[0].length);
  return clean(title) || text;
}

/** How alike two titles are: the smaller of the shares of each one's words found in the other. */
export function similarity(a, b) {
  return Math.min(overlap(a, b), overlap(b, a));
}

/** The share of `a`'s words that are in `b` (case-folded runs of letters and digits). */
function overlap(a, b) {
  const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  if (!wa.length) return 0;
  const wb = new Set(words(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

/**
 * Removes the standfirst (the summary a page sets under its headline, which its metadata repeats as the
 * description) and returns its text; null when there is none. A block that says what a description says
 * is the standfirst when it stands apart from the body: no paragraphs beside it in its own container, and
 * nearer to the headline in the page's tree than to the paragraph that follows it. A first paragraph of
 * the body that the description merely quotes stays.
 */
export function removeStandfirst(root, headline, descriptions, left) {
  if (!descriptions.length || !headline) return null;
  const depthToCommon = (a, b) => {
    const above = new Set();
    for (let e = b; e; e = e.parentElement) above.add(e);
    let n = 0;
    for (let e = a; e && !above.has(e); e = e.parentElement) n++;
    return n;
  };
  const paragraphs = [...root.querySelectorAll('p')];
  for (const el of root.querySelectorAll('p, h2, h3, h4, div, span')) {
    if (!(headline.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.querySelector('p, div, h2, h3, h4, li')) continue;
    const raw = el.textContent;
    if (raw.length < 40 || raw.length > 2 * SMALL_BLOCK) continue;
    const text = clean(raw);
    if (text.length < 40 || text.length > SMALL_BLOCK) continue;
    if (!descriptions.some((d) => d.length <= 2 * text.length && text.length <= 2 * d.length
      && similarity(text, d) >= STANDFIRST_MATCH)) continue;
    const beside = [...el.parentElement.children]
      .filter((c) => c !== el && c.tagName === 'P').reduce((n, c) => n + c.textContent.trim().length, 0);
    if (beside > SMALL_BLOCK / 2) continue;
    const next = paragraphs.find((q) => (el.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING)
      && !el.contains(q) && q.textContent.trim().length >= 80);
    if (next && depthToCommon(el, headline) >= depthToCommon(el, next)) continue;
    tally(left, 'standfirst', text);
    el.remove();
    return text;
  }
  return null;
}

/**
 * Removes the headings inside the article that repeat the title, with or without what `headingText` and
 * `trimToDeclared` leave out of it (the core would read one as a sentence).
 */
export function dropTitleHeadings(root, title) {
  for (const h of root.querySelectorAll('h1, h2, h3')) {
    if (clean(h.textContent) === title || trimToDeclared(headingText(h), [title]) === title) h.remove();
  }
}
