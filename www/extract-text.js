/**
 * @file Text out of a parsed page, for the article extractor (extract.js): the text of an element as
 * the summarizer's core reads it (a blank line between blocks, so it can find the paragraphs), white space
 * as a browser collapses it, and the tally of what was left out.
 */

/** Elements that start a new block: a blank line in the text. */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/** White space runs to one space, trimmed. */
export function clean(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}

/**
 * The text of `root`: a blank line between blocks, a line break at <br>, white space collapsed as a
 * browser shows it. Walks the tree with a stack of its own, so no depth of nesting can overflow the call
 * stack.
 */
export function blockText(root) {
  const blocks = [];
  let lines = [];
  let line = '';
  const endLine = () => {
    const t = line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) blocks.push(lines.join('\n'));
    lines = [];
  };
  // Each entry is a node still to visit, or (as `{ close }`) a block whose end is still to mark.
  const stack = [...root.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop();
    if (node.close) {
      endBlock();
    } else if (node.nodeType === 3) {
      line += node.data;
    } else if (node.nodeType === 1) {
      const tag = node.tagName.toUpperCase();
      if (tag === 'BR') {
        endLine();
      } else {
        if (BLOCKS.has(tag)) {
          endBlock();
          stack.push({ close: true });
        }
        for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
      }
    }
  }
  endBlock();
  return blocks.join('\n\n');
}

/**
 * Text whose UTF-8 was decoded twice (a page that stored "Earth’s" as "Earthâ\u0080\u0099s") put right: each
 * run of characters that spells a UTF-8 sequence byte by byte becomes the character it encodes. Only text
 * with a C1 control character (U+0080–U+009F) is touched: those never occur in real text, and every curly
 * quote and dash decoded twice leaves one.
 */
export function repairDoubleUtf8(text) {
  if (!C1_CONTROL.test(text)) return text;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return text.replace(UTF8_AS_LATIN1, (run) => {
    try {
      return decoder.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}
const C1_CONTROL = /[\u0080-\u009f]/;
/** One UTF-8 sequence read as Latin-1: a lead byte and as many continuation bytes as it announces. */
const UTF8_AS_LATIN1 = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;

/** How many words (runs of letters and digits) `text` holds, without building a list of them. */
export function countWords(text) {
  let n = 0;
  const word = /[\p{L}\p{N}]+/gu;
  while (text && word.exec(text)) n++;
  return n;
}

/**
 * Adds what `text` holds (less what `kept` holds, when given) to the tally `left`, a Map of kind →
 * `{ blocks, words }`: the account of what was left out that extractArticle returns.
 */
export function tally(left, kind, text, kept = '') {
  const blocks = (s) => (s ? s.split(/\n\n+/).length : 0);
  const words = countWords(text) - countWords(kept);
  if (words <= 0) return;
  const sum = left.get(kind) ?? { blocks: 0, words: 0 };
  left.set(kind, { blocks: sum.blocks + Math.max(blocks(text) - blocks(kept), 1), words: sum.words + words });
}
