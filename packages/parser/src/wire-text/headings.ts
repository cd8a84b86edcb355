/**
 * Section headings in wire text are short lines without end punctuation
 * ("What we know about the engagement", "G7 and others fear 'dangerous expansion'").
 */

const maxHeadingLength = 100;
const maxHeadingWords = 14;
// A closing single quote may end a heading (a quoted phrase); a closing double quote ends a quote.
const endPunctuation = /[.!?:;,"”…\-–—]$/;
// Headings open with a letter or digit, never with a quote, a dash or an interview marker.
const headingStart = /^[\p{Lu}\p{N}]/u;

/** True when a block is a section heading rather than a paragraph. */
export function isHeading(block: string): boolean {
  const text = block.trim();
  if (text === '' || text.includes('\n') || text.length > maxHeadingLength) return false;
  if (!headingStart.test(text) || endPunctuation.test(text)) return false;
  return text.split(/\s+/).length <= maxHeadingWords;
}
