/**
 * Cuts scripts, styles, SVG and similar raw-text elements out of the markup before it is parsed:
 * they are over half the bytes of a typical news page and never article text, so the parser
 * need not build them. JSON-LD scripts stay (they carry the metadata). Linear: each element is
 * found with one forward scan, and an unclosed one ends the stripping.
 */

const opening = /<(script|style|svg|noscript|template|iframe)\b[^>]*>/gi;
const closings: Record<string, RegExp> = {};

function closingTag(name: string): RegExp {
  const key = name.toLowerCase();
  closings[key] ??= new RegExp(`</${key}\\s*>`, 'gi');
  return closings[key];
}

/** The markup without raw-text elements (except JSON-LD scripts). */
export function stripRawText(html: string): string {
  const parts: string[] = [];
  let from = 0;
  opening.lastIndex = 0;
  for (let open = opening.exec(html); open !== null; open = opening.exec(html)) {
    const [tag, name = ''] = open;
    if (/ld\+json/i.test(tag)) continue;
    const close = closingTag(name);
    close.lastIndex = open.index + tag.length;
    const end = close.exec(html);
    if (end === null) break;
    parts.push(html.slice(from, open.index));
    from = end.index + end[0].length;
    opening.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
