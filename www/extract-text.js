/**
 * @file Text out of a parsed page, for the article extractor (extract.js): the text of an element as
 * the summarizer's core reads it (a blank line between blocks, so it can find the paragraphs), white space
 * as a browser collapses it, and the tally of what was left out.
 */

/** Elements that start a new block: a blank line in the text. */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/**
 * A list item's marker set off by no-break spaces, as a word processor copies its lists: Word puts the
 * bullet (Symbol's "·", "o", Wingdings' "§") or the number, then a run of no-break spaces that stood for
 * its indent ("·" and seven of them before "Keep the evening hours"). The run goes to one space, as the
 * item is shown in the box and in the original; only white space changes, so a line that merely opens so
 * (a Polish "o" with the no-break space its typesetting puts after it) loses nothing.
 */
const LIST_MARKER_PADDING = /^([•·▪◦o§*–-]|\d{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])[\u00a0 ]*\u00a0[\u00a0 ]*/;

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
    const t = line.replace(/[ \t\n\r\f]+/g, ' ').trim().replace(LIST_MARKER_PADDING, '$1 ');
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
 * Text whose UTF-8 was decoded twice put right: a page that stored "Earth’s" as "Earthâ\u0080\u0099s" (read
 * as Latin-1) or as "Earthâ€™s" (read as Windows-1252). Each run of characters that spells one UTF-8
 * sequence byte by byte becomes the character it encodes. Only text that shows the damage unmistakably is
 * touched: a C1 control character (U+0080–U+009F, never in real text) or "â€" (how every curly quote and
 * dash comes out of Windows-1252).
 */
export function repairDoubleUtf8(text) {
  if (!C1_CONTROL.test(text) && !text.includes('\u00e2\u20ac')) return text;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return text.replace(UTF8_READ_AS_8BIT, (run) => {
    try {
      return decoder.decode(Uint8Array.from(run, (c) => CP1252_BYTE.get(c) ?? c.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}
const C1_CONTROL = /[\u0080-\u009f]/;
/** The characters Windows-1252 gives the bytes 0x80–0x9F, by byte. */
const CP1252_BYTE = new Map([...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((c, i) => [c, 0x80 + i]));
/** A continuation byte (0x80–0xBF) as either decoding shows it. */
const CONT = `[\\u0080-\\u00bf${[...CP1252_BYTE.keys()].filter((c) => c > '\u00ff').join('')}]`;
/** One UTF-8 sequence read byte by byte: a lead byte and as many continuation bytes as it announces. */
const UTF8_READ_AS_8BIT = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');

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
