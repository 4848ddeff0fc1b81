/**
 * A sentence as it reads on one line: the page's summary list, the widget and the Summarizer polyfill show
 * the core's sentences so, and run them together with `between`. Its own module so that the page's
 * single-file build (scripts/single_file.py) can inline it beside app.js.
 */

// A character of Chinese or Japanese, which set their lines solid: a line break between two of them is
// no space (a PDF column wrapped mid-word). The ranges of `is_set_solid` in src/span.rs, whose
// `Span::reading` is `oneLine` for the CLI; the `.wasm` leaves it to the page (docs/performance.md).
const SOLID = '[\\u3001-\\u303f\\u3041-\\u309f\\u30a0-\\u30ff\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
  + '\\uff01-\\uff60\\uff66-\\uff9f\\u{20000}-\\u{3134f}]';
const SOLID_LINE_BREAK = new RegExp(`(?<=${SOLID})[^\\S\\n]*\\n\\s*(?=${SOLID})`, 'gu');
// A word hyphenated across a line break ("Pro-" / "tection", "Anglo-" / "Saxon"): read "Pro-tection",
// "Anglo-Saxon", as `Span::one_line` does.
const HYPHENATED_LINE_BREAK = /(?<=\p{L}-)[^\S\n]*\n\s*(?=\p{L})/gu;
const SOLID_END = new RegExp(`${SOLID}$`, 'u');
// The footnote marks a wiki or a paper sets right after a stop, a comma or a closing quote or bracket
// ("… Afro-Eurasia.[1]", "… recognized,[citation needed]", "….[2][3]"), as `Span::reading` reads them. One
// after a word ("x[1]" may be code) or after a space (a paper's "see [1], [2]") stays.
const FOOTNOTE_MARKS = /(?<=[.,;:!?)"'”’」。，])(?:\[(?:\d{1,3}|[a-z]|citation needed)\])+/g;

/** What goes between two sentences run together: nothing after one that ends in Chinese or Japanese
 * ("。", "」"), which set sentences solid too, else a space. */
export function between(previous) {
  return SOLID_END.test(previous) ? '' : ' ';
}

/** A sentence as a summary shows it, in one line: a wrapped line of Chinese or Japanese, or a word
 * hyphenated across lines, joined with no space; any other run of white space one space; footnote marks
 * left out. */
export function oneLine(text) {
  return text.replace(SOLID_LINE_BREAK, '').replace(HYPHENATED_LINE_BREAK, '').replace(/\s+/g, ' ').trim()
    .replace(FOOTNOTE_MARKS, '');
}
