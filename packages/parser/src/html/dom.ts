/** Thin helpers over htmlparser2's DOM (domhandler nodes), so the rest reads as plain tree walks. */
import type { AnyNode, Document, Element } from 'domhandler';
import { hasChildren, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
export { removeElement } from 'domutils';

export type { AnyNode, Document, Element };

/** Parses HTML leniently (htmlparser2 never throws on bad markup). */
export function parseHtmlDocument(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
}

/** Element children of a node. */
export function childElements(node: Document | Element): Element[] {
  return node.children.filter(isTag);
}

/** All descendant elements in document order. */
export function allElements(root: Document | Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined || !isTag(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return out;
}

/** Raw text of a node and its descendants (no block separation). */
export function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!hasChildren(node)) return '';
  let out = '';
  for (const child of node.children) out += rawText(child);
  return out;
}

/** Collapses white space runs to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The class and id of an element, for boilerplate heuristics. */
export function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
}

export { isTag, isText };
