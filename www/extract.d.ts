/**
 * The article inside a web page's HTML, for summarizing it (npm: `abridge/extract`).
 *
 * ```ts
 * import { extractArticle } from 'abridge/extract';
 * const article = await extractArticle(html);
 * const summary = summarize(article.text, { sentences: 3, title: article.title });
 * if (!article.found) notice('No article found on this page: summarizing all of its text.');
 * ```
 */

/** How much of one kind of page furniture was left out of the article. */
export interface LeftOut {
  /**
   * What it was: "navigation", "header", "footer", "aside", "caption", "read-more", "share", "comments",
   * "advertisement", "newsletter", "byline", "disclosure", "standfirst", "note", "pullquote", "cookies", "dialog",
   * "form", "code", or "other" (text outside the article that nothing more specific describes).
   */
  kind: string;
  /** Blocks (paragraphs, list items, headings…) of that kind. */
  blocks: number;
  /** Words (runs of letters and digits) in them. */
  words: number;
}

export interface ExtractedArticle {
  /** The article's headline; "" when the page shows none. */
  title: string;
  /**
   * The article's text, a blank line between blocks, white space collapsed; the headline and the
   * standfirst are not in it. When `found` is false, the text of the whole page less its furniture.
   */
  text: string;
  /** The author, as the page names them; null when it does not. */
  byline: string | null;
  /** The page's language as it declares it (a BCP 47 tag such as "en-US"); null when it does not. */
  lang: string | null;
  /** The summary the page sets under its headline (its description repeated), left out of `text`; null when none. */
  standfirst: string | null;
  /** What was left out, by kind, the largest first. */
  leftOut: LeftOut[];
  /**
   * False when the page holds no article (a home page, search results, a page of links): `text` is then
   * everything on the page that reads as text, so there is still something to summarize.
   */
  found: boolean;
}

export interface ExtractOptions {
  /** The page's address. Used only to resolve relative links; never fetched. */
  url?: string;
}

/**
 * The article in a page's HTML (a whole document, or the fragment a paste carries). The HTML is parsed
 * into an inert document: no script in it runs and nothing it refers to is requested. Never rejects on
 * bad HTML: any string gives an answer.
 */
export function extractArticle(html: string, options?: ExtractOptions): Promise<ExtractedArticle>;

/**
 * The article in a document on screen, such as the page a widget is embedded in. The document is copied
 * first and never changed; what it hides is left out.
 */
export function extractArticleFromDocument(document: Document, options?: ExtractOptions): Promise<ExtractedArticle>;
