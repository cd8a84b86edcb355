/** Small helpers over an XML feed document parsed by htmlparser2 in XML mode. */
import { isTag, type Element } from 'domhandler';
import { getInnerHTML, textContent } from 'domutils';

/** Local name, lower-cased, with a namespace prefix kept ("content:encoded"). */
export function tagName(el: Element): string {
  return el.name.toLowerCase();
}

/** Direct children named `name` (case-insensitive). */
export function children(el: Element, name: string): Element[] {
  return el.children.filter((c): c is Element => isTag(c) && tagName(c) === name);
}

/** The text of the first direct child named `name`, trimmed; undefined when absent or empty. */
export function childText(el: Element, name: string): string | undefined {
  const child = children(el, name)[0];
  if (child === undefined) return undefined;
  const text = textContent(child).trim();
  return text === '' ? undefined : text;
}

/**
 * The content of an Atom text construct or an RSS element as HTML: escaped HTML and CDATA are
 * already text after parsing; `type="xhtml"` content is real child markup, serialised back.
 */
export function childMarkup(el: Element, name: string): string | undefined {
  const child = children(el, name)[0];
  if (child === undefined) return undefined;
  const markup =
    child.attribs.type === 'xhtml' ? getInnerHTML(child, { xmlMode: false }) : textContent(child);
  return markup.trim() === '' ? undefined : markup;
}
