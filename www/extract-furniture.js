/**
 * @file Page furniture, for the article extractor (extract.js): what a page carries around its article
 * (menus, sidebars, footers, captions, sharing rows, sign-up boxes, notes), found by the page's structure
 * (tags, ARIA roles, the words of class names, link density, how much text a part holds) and removed with
 * its kind; and the block that holds most of the page's reading matter.
 */

import { blockText, clean, tally } from './extract-text.js';

/**
 * Kinds of furniture and the words that name them in a class or an id (split at dashes, underscores and
 * case changes, so `related-posts`, `relatedPosts` and `related_posts` all give the word `related`).
 * A word ending in "menu" or "nav" also counts as navigation (`mainmenu`, `sitenav`).
 */
const CLASS_WORDS = {
  navigation: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'toc',
    'skip'],
  share: ['share', 'sharing', 'social', 'sharedaddy', 'addthis'],
  'read-more': ['related', 'recommended', 'recommendations', 'readnext', 'trending', 'popular', 'mostread',
    'outbrain', 'taboola', 'more'],
  comments: ['comment', 'comments', 'disqus', 'respond', 'replies'],
  advertisement: ['ad', 'ads', 'advert', 'advertisement', 'adsbygoogle', 'sponsor', 'sponsored', 'promo',
    'promotion', 'banner', 'cta'],
  newsletter: ['newsletter', 'subscribe', 'subscription', 'signup', 'optin'],
  caption: ['caption', 'credit', 'credits', 'figcaption'],
  byline: ['byline', 'bio', 'biography', 'author', 'authors'],
  disclosure: ['disclosure', 'disclosures', 'disclaimer', 'disclaimers', 'affiliate'],
  standfirst: ['dek', 'deck', 'standfirst', 'excerpt', 'subtitle', 'subheadline', 'strapline', 'kicker', 'intro',
    'highlights'],
  cookies: ['cookie', 'cookies', 'consent', 'gdpr'],
  footer: ['footer', 'colophon', 'copyright'],
  aside: ['sidebar', 'aside'],
  dialog: ['modal', 'popup', 'overlay', 'lightbox'],
  header: ['masthead', 'topbar', 'header', 'hero'],
};
const WORD_KIND = new Map(Object.entries(CLASS_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind])));
/** Kinds named by two words of one class name together (`table-of-contents`, `pull-quote`, `most-read`). */
const WORD_PAIRS = [['table', 'contents', 'navigation'], ['pull', 'quote', 'pullquote'], ['most', 'read', 'read-more'],
  ['read', 'next', 'read-more'], ['about', 'author', 'byline']];
/** Kinds named by a class word that are furniture whatever their text (a comment thread is long prose). */
const TRUSTED_WORD_KINDS = new Set(['comments', 'aside', 'footer', 'cookies', 'dialog', 'disclosure']);
/** ARIA landmark roles that are never the article, with their kind. */
const ROLE_KIND = { navigation: 'navigation', complementary: 'aside', contentinfo: 'footer', banner: 'header',
  search: 'navigation', dialog: 'dialog', alertdialog: 'dialog', menu: 'navigation', menubar: 'navigation' };
/** Tags that are never the article, with their kind (<header> only outside it: see furnitureKind). */
const TAG_KIND = { NAV: 'navigation', ASIDE: 'aside', FOOTER: 'footer', FIGCAPTION: 'caption', FORM: 'form',
  PRE: 'code' };

/** An element holding more than this share of the text outside links is never removed as furniture. */
const KEEP_SHARE = 0.4;
/** A class-named element with at least this share of its text in links is a link list (menu, teasers). */
const LINK_HEAVY = 0.4;
/** A block with at most this much text (characters) is small enough to be a caption, a note, a sign-up box. */
export const SMALL_BLOCK = 500;
/** The densest block: descend into a child while it holds at least this share of its parent's text. */
const DENSE_SHARE = 0.7;
/** Blocks at each end of the article looked at for notes in italics. */
const EDGE_BLOCKS = 3;
/** Italic blocks at the ends that hold more than this share of the article are its style, not notes. */
const NOTES_SHARE = 0.15;

/**
 * For every element under `root` (and `root`): how much text it holds outside links (`prose`, the measure
 * of reading matter: menus and link lists hold little) and inside links (`links`), in characters.
 */
export function textSizes(root) {
  const sizes = new Map();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const n = node.data.trim().length;
    if (!n) continue;
    const field = node.parentElement?.closest('a') ? 'links' : 'prose';
    for (let e = node.parentElement; e; e = e === root ? null : e.parentElement) {
      let size = sizes.get(e);
      if (!size) sizes.set(e, (size = { prose: 0, links: 0 }));
      size[field] += n;
    }
  }
  return sizes;
}

/**
 * What kind of furniture `el` is, `{ kind, trusted }`, or null: by its tag or ARIA role (trusted), or by
 * the words of its class, its id (an id of more than three words is a heading's slug, not a name) and a
 * custom element's name.
 */
function furnitureKind(el) {
  const tag = el.tagName.toUpperCase();
  if (TAG_KIND[tag]) return { kind: TAG_KIND[tag], trusted: true };
  if (tag === 'HEADER' && !el.closest('article, main, [role="main"]') && !el.querySelector('h1')) {
    return { kind: 'header', trusted: true };
  }
  const role = el.getAttribute('role');
  if (role && ROLE_KIND[role]) return { kind: ROLE_KIND[role], trusted: true };
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return null;
  const words = (s) => (s ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const id = words(el.id);
  // A custom element's name (<story-highlights>) names it as a class would.
  const custom = tag.includes('-') ? words(tag.toLowerCase()) : [];
  const names = [...words(el.getAttribute('class')), ...(id.length <= 3 ? id : []), ...custom];
  for (const word of names) {
    const kind = WORD_KIND.get(word)
      ?? (word.endsWith('menu') || word.endsWith('nav') || word.startsWith('nav') ? 'navigation' : null);
    if (kind) return { kind, trusted: TRUSTED_WORD_KINDS.has(kind) };
  }
  const pair = WORD_PAIRS.find(([a, b]) => names.includes(a) && names.includes(b));
  return pair ? { kind: pair[2], trusted: false } : null;
}

/**
 * Removes the furniture under `root` (never `root` itself), adding what it held to the tally `left`.
 *
 * A tag or an ARIA role is trusted; a class or id word needs the element to look like furniture as well:
 * mostly links, or little text (a caption, a byline, a sign-up box), and not one of a run of siblings of
 * the same class that together hold much of the text (some sites give every paragraph a class such as
 * "contextmenu"). Whatever the evidence, an element holding more than KEEP_SHARE of the text outside links
 * stays.
 */
export function removeFurniture(root, left) {
  const sizes = textSizes(root);
  const limit = KEEP_SHARE * (sizes.get(root)?.prose ?? 0);
  const runs = new Map(); // parent → class → text outside links of the parent's children of that class
  const runProse = (el) => {
    const parent = el.parentElement;
    if (!parent) return 0;
    if (!runs.has(parent)) {
      const byClass = new Map();
      for (const child of parent.children) {
        const c = child.getAttribute('class');
        if (c) byClass.set(c, (byClass.get(c) ?? 0) + (sizes.get(child)?.prose ?? 0));
      }
      runs.set(parent, byClass);
    }
    return runs.get(parent).get(el.getAttribute('class')) ?? 0;
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const doomed = [];
  for (let node = walker.nextNode(); node; ) {
    const verdict = furnitureKind(node);
    const size = sizes.get(node) ?? { prose: 0, links: 0 };
    const looksIt = size.links >= LINK_HEAVY * (size.links + size.prose) || size.prose <= SMALL_BLOCK;
    if (verdict && size.prose <= limit && (verdict.trusted || (looksIt && runProse(node) <= limit))) {
      doomed.push([node, verdict.kind]);
      // Skip the subtree: nothing inside needs a verdict of its own.
      let next = node;
      while (next && next !== root && !next.nextElementSibling) next = next.parentElement;
      node = next && next !== root ? next.nextElementSibling : null;
      if (node) walker.currentNode = node;
    } else {
      node = walker.nextNode();
    }
  }
  for (const [node, kind] of doomed) {
    tally(left, kind, blockText(node));
    node.remove();
  }
}

/**
 * The element that holds the page's reading matter: from `root` down, into the child that holds most of
 * its parent's text outside links, as long as that child holds at least DENSE_SHARE of it. `sizes` is
 * textSizes(root).
 */
export function densestBlock(root, sizes) {
  let node = root;
  for (;;) {
    const own = sizes.get(node)?.prose ?? 0;
    let best = null;
    let bestProse = 0;
    for (const child of node.children) {
      const p = sizes.get(child)?.prose ?? 0;
      if (p > bestProse) {
        best = child;
        bestProse = p;
      }
    }
    if (!best || bestProse < DENSE_SHARE * own) return node;
    node = best;
  }
}

/**
 * Notes set in italics at the very start or end of the article (an editor's note, an affiliate-link
 * disclosure, "this post first appeared in…", an invitation to a course): short blocks whose text is all
 * emphasized, removed with the kind "note". Inside the body, emphasis is a quotation or a title and stays;
 * so does every italic block of an article written largely in italics.
 */
export function removeEdgeNotes(root, left) {
  const all = root.querySelectorAll('p, div, li, blockquote');
  const isLeaf = (b) => !b.querySelector('p, div, li, blockquote') && b.textContent.trim();
  const edges = new Set();
  for (let i = 0, n = 0; i < all.length && n < EDGE_BLOCKS; i++) if (isLeaf(all[i]) && edges.add(all[i])) n++;
  for (let i = all.length - 1, n = 0; i >= 0 && n < EDGE_BLOCKS; i--) if (isLeaf(all[i]) && edges.add(all[i])) n++;
  const notes = [...edges].filter((block) => {
    const length = clean(block.textContent).length;
    if (length > SMALL_BLOCK) return false;
    let emphasized = 0;
    for (const e of block.querySelectorAll('em, i, small')) {
      const outer = e.parentElement.closest('em, i, small');
      if (!outer || !block.contains(outer)) emphasized += clean(e.textContent).length;
    }
    return emphasized >= 0.9 * length;
  });
  const noted = notes.reduce((n, b) => n + clean(b.textContent).length, 0);
  if (noted > NOTES_SHARE * root.textContent.length) return;
  for (const block of notes) {
    tally(left, 'note', clean(block.textContent));
    block.remove();
  }
}
