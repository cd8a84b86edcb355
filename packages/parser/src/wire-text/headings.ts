/**
 * Section headings in wire text are short lines without end punctuation
 * ("What we know about the engagement", "G7 and others fear 'dangerous expansion'").
 */

const maxHeadingLength = 100;
const maxHeadingWords = 12;
// A closing single quote may end a heading (a quoted phrase); a closing double quote ends a quote.
const endPunctuation = /[.!?:;,"”…\-–—]$/;
// Headings open with a letter or digit, never with a quote, a dash or an interview marker.
const headingStart = /^[\p{Lu}\p{N}]/u;
// A line that stops on a function word is a cut sentence, not a heading ("… to empower … to").
const danglingEnd = /\s(?:to|the|a|an|of|and|or|for|with|in|on|at|by|from|as|that)$/i;
const imageFile = /^(?:File|Image):\S.*\.(?:jpe?g|png|gif|svg|webp|tiff?)$/i;

/** True for a leftover image reference such as "File:Portrait (cropped).jpg". */
export function isImageFile(block: string): boolean {
  return imageFile.test(block.trim());
}

/** True when a block is a section heading rather than a paragraph. */
export function isHeading(block: string): boolean {
  const text = block.trim();
  if (text === '' || text.includes('\n') || text.length > maxHeadingLength) return false;
  if (!headingStart.test(text) || endPunctuation.test(text) || danglingEnd.test(text)) return false;
  return text.split(/\s+/).length <= maxHeadingWords;
}
