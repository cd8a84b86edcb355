/** Text length and link-text length of every element, computed in one bottom-up pass. */
import type { AnyNode, Document, Element } from './dom.js';
import { isTag, isText } from './dom.js';

export interface TextStats {
  /** Characters of text (white space runs count as one). */
  readonly length: number;
  /** Characters of that text inside links. */
  readonly linkLength: number;
  readonly commas: number;
  /** Characters of text inside <p> elements. */
  readonly paragraphLength: number;
}

/** Per-element statistics for a cleaned document. */
export function textStats(doc: Document): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const visit = (node: AnyNode, inLink: boolean, inP: boolean): TextStats => {
    if (isText(node)) {
      const length = node.data.replace(/\s+/g, ' ').length;
      const commas = (node.data.match(/[,，、]/g) ?? []).length;
      return { length, linkLength: inLink ? length : 0, commas, paragraphLength: inP ? length : 0 };
    }
    if (!isTag(node)) return { length: 0, linkLength: 0, commas: 0, paragraphLength: 0 };
    const link = inLink || node.name === 'a';
    const p = inP || node.name === 'p';
    let length = 0;
    let linkLength = 0;
    let commas = 0;
    let paragraphLength = 0;
    for (const child of node.children) {
      const s = visit(child, link, p);
      length += s.length;
      linkLength += s.linkLength;
      commas += s.commas;
      paragraphLength += s.paragraphLength;
    }
    const s = { length, linkLength, commas, paragraphLength };
    stats.set(node, s);
    return s;
  };
  for (const child of doc.children) visit(child, false, false);
  return stats;
}

/** Share of an element's text inside links (0 for an element without text). */
export function linkDensity(s: TextStats | undefined): number {
  return s === undefined || s.length === 0 ? 0 : s.linkLength / s.length;
}
