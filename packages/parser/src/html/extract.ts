/** HTML → metadata and the article's text blocks. */
import type { TextBlock } from '../layout/from-blocks.js';
import { ParseError } from '../errors.js';
import { extractBlocks } from './blocks.js';
import { removeBoilerplate } from './clean.js';
import { maxNesting } from './depth.js';
import type { AnyNode } from './dom.js';
import { allElements, parseHtmlDocument } from './dom.js';
import { readMetadata, type HtmlMetadata } from './metadata.js';
import { selectContent } from './select.js';
import { stripRawText } from './strip.js';
import { textStats } from './stats.js';

/** What a page gives: its metadata and its body as ordered blocks. */
export interface HtmlExtraction {
  readonly metadata: HtmlMetadata;
  readonly blocks: TextBlock[];
}

/** How to read the markup. */
export interface HtmlExtractOptions {
  /**
   * True for markup that is the article body alone (a feed item's content, ninjs body_html):
   * boilerplate is still removed, but no container is searched for.
   */
  readonly fragment?: boolean;
}

/** Deepest element nesting accepted; real pages stay under about 40. */
export const maxHtmlNesting = 1000;

/**
 * Extracts metadata and main text. Lenient: any markup gives a result, except markup nested
 * deeper than `maxHtmlNesting` (ParseError MALFORMED), which would take minutes to parse.
 */
export function extractHtml(html: string, options: HtmlExtractOptions = {}): HtmlExtraction {
  const markup = stripRawText(html);
  const depth = maxNesting(markup);
  if (depth > maxHtmlNesting)
    throw new ParseError(
      'MALFORMED',
      `markup nested ${depth} elements deep (limit ${maxHtmlNesting})`,
    );
  const doc = parseHtmlDocument(markup);
  const metadata = readMetadata(doc);
  removeBoilerplate(doc);
  const stats = textStats(doc);
  let roots: AnyNode[] = options.fragment === true ? doc.children : selectContent(doc, stats);
  if (roots.length === 0) {
    // No container of paragraphs (a short page): the whole body is the article.
    roots = allElements(doc).filter((el) => el.name === 'body');
    if (roots.length === 0) roots = doc.children;
  }
  const skip = new Set(metadata.headline === null ? [] : [metadata.headline]);
  return { metadata, blocks: extractBlocks(roots, stats, { skip }) };
}

/** The body text: blocks separated by blank lines. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
