/**
 * Plain-text bodies (ninjs body_text, a JSON "body", a feed's text description) → blocks:
 * paragraphs are separated by blank lines, or by single line breaks when there are none;
 * headings are recognised as in wire text.
 */
import { isHeading } from '../wire-text/headings.js';
import type { TextBlock } from './from-blocks.js';

/** Splits a plain-text body into blocks. */
export function plainTextBlocks(body: string): TextBlock[] {
  const text = body.replace(/\r\n?/g, '\n').trim();
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n/ : /\n/;
  const parts = text
    .split(separator)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  return parts.map((part, i) => {
    // A heading is only a heading when a paragraph follows it.
    const next = parts[i + 1];
    const heading = isHeading(part) && next !== undefined && !isHeading(next);
    return { kind: heading ? 'HEADING' : 'PARAGRAPH', text: part };
  });
}

/** True when a body string is markup rather than plain text. */
export function looksLikeHtml(body: string): boolean {
  return /<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|span|a|b|i|em|strong)\b[^>]*>/i.test(body);
}
