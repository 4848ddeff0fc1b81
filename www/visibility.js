/**
 * @file Whether a reader sees an element's content, for the widget's text (abridge-summary.js) and the
 * extractor's copy of a live page (extract.js).
 */

/**
 * False when the element and what it holds are not shown: `display: none`, `content-visibility: hidden`
 * (`Element#checkVisibility`). An element of `display: contents` has no box, so checkVisibility says
 * false, yet its children are shown: frameworks wrap whole pages in one (Next.js), and taking it for
 * hidden left such a page with no text at all.
 */
export function isShown(element) {
  if (typeof element.checkVisibility !== 'function' || element.checkVisibility()) return true;
  return getComputedStyle(element).display === 'contents';
}
