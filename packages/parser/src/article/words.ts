import { isLetterOrDigitUnit } from '../text/chars.js';

const ASCII_LETTER_OR_DIGIT = new Uint8Array(128);
for (let unit = 0; unit < 128; unit++)
  ASCII_LETTER_OR_DIGIT[unit] = isLetterOrDigitUnit(unit) ? 1 : 0;

// ' ’ . -
function isJoiner(unit: number): boolean {
  return unit === 39 || unit === 0x2019 || unit === 46 || unit === 45;
}

// [\p{L}\p{N}] at a code point; astral letters and digits are two code units wide.
function letterOrDigitWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 128) return ASCII_LETTER_OR_DIGIT[unit] ?? 0;
  if (unit < 0xd800 || unit > 0xdbff) return isLetterOrDigitUnit(unit) ? 1 : 0;
  const point = text.codePointAt(i) ?? unit;
  return point > 0xffff && /[\p{L}\p{N}]/u.test(String.fromCodePoint(point)) ? 2 : 0;
}

/**
 * Number of words: runs of letters and digits, with inner apostrophes, periods and hyphens, as
 * `/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu` counts them, without building the match array.
 */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    let w = letterOrDigitWidth(text, i);
    if (w === 0) {
      // A code point the pattern cannot start at: step over all of it (both halves of a pair).
      const unit = text.charCodeAt(i);
      i += unit >= 0xd800 && unit <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    i += w;
    for (;;) {
      while (i < text.length && (w = letterOrDigitWidth(text, i)) > 0) i += w;
      if (i + 1 < text.length && isJoiner(text.charCodeAt(i))) {
        const next = letterOrDigitWidth(text, i + 1);
        if (next > 0) {
          i += 1 + next;
          continue;
        }
      }
      break;
    }
  }
  return count;
}
