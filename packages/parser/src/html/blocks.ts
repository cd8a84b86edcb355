/**
 * Selected elements → ordered text blocks. Block-level elements end a block, headings become
 * HEADING blocks, and blocks that are mostly links (related-story lists), page furniture
 * (stock.ts) or repeats are left out.
 */
import type { TextBlock } from '../layout/from-blocks.js';
import type { AnyNode, Element } from './dom.js';
import { isTag, isText, squash } from './dom.js';
import { linkDensity, type TextStats } from './stats.js';
import { isStockBlock } from './stock.js';

const blockTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'blockquote',
  'pre',
  'hr',
  'br',
  'address',
  'center',
  'details',
  'summary',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const headingTags = /^h[1-6]$/;
// Stands for a <br> in the text buffer: U+FDD0 is a Unicode noncharacter, never found in text.
const lineBreak = '\uFDD0';
const paragraphBreak = /\uFDD0\s*\uFDD0[\s\uFDD0]*/;
/** Options for block extraction. */
export interface BlockOptions {
  /** Text that is not body text when it stands alone (the headline repeated as an h1). */
  readonly skip?: ReadonlySet<string>;
}

/** Text blocks of the given elements in document order. */
export function extractBlocks(
  roots: readonly AnyNode[],
  stats: Map<Element, TextStats>,
  options: BlockOptions = {},
): TextBlock[] {
  const blocks: TextBlock[] = [];
  const seen = new Set<string>();
  let buffer = '';
  const push = (kind: TextBlock['kind'], raw: string): void => {
    const text = squash(raw.replaceAll(lineBreak, ' '));
    if (text === '' || isStockBlock(text) || options.skip?.has(text)) return;
    // A long block seen before is a repeated caption or pull quote, not new text.
    if (text.length >= 80 && seen.has(text)) return;
    seen.add(text);
    blocks.push({ kind, text });
  };
  const flush = (kind: TextBlock['kind']): void => {
    // One <br> is a line break inside the paragraph; two in a row end the paragraph.
    for (const part of buffer.split(paragraphBreak)) push(kind, part);
    buffer = '';
  };
  const visit = (node: AnyNode): void => {
    if (isText(node)) {
      buffer += node.data;
      return;
    }
    if (!isTag(node)) return;
    if (node.name === 'br') {
      buffer += lineBreak;
      return;
    }
    const block = blockTags.has(node.name) || headingTags.test(node.name);
    if (block) {
      flush('PARAGRAPH');
      const s = stats.get(node);
      // A block that is mostly links is a list of other stories, not this one's text.
      if (linkDensity(s) > 0.5 && (s?.length ?? 0) < 400) return;
    }
    // The page title (<h1>) is the headline, read from the metadata; it is not body text.
    if (node.name === 'h1') return;
    for (const child of node.children) visit(child);
    if (block) flush(headingTags.test(node.name) ? 'HEADING' : 'PARAGRAPH');
  };
  for (const root of roots) visit(root);
  flush('PARAGRAPH');
  return blocks;
}
