import { isLetterOrDigitUnit } from '../text/chars.js';

const OTHER = 0;
const WORD = 1; // [\p{L}\p{N}]
const JOINER = 2; // ' ’ . -

// The kind of every ASCII unit.
const asciiKind = new Uint8Array(128);
for (let unit = 0; unit < 128; unit++) {
  if (isLetterOrDigitUnit(unit)) asciiKind[unit] = WORD;
  else if (unit === 39 || unit === 46 || unit === 45) asciiKind[unit] = JOINER;
}

const astralWord = /^[\p{L}\p{N}]$/u;

/**
 * Number of words: runs of letters and digits, with inner apostrophes, periods and hyphens, as
 * `/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu` counts them, without building the match array.
 * A letter or digit starts a new match unless the code point before it is one, or is a joiner
 * that follows one (the greedy match runs on through "joiner, letter").
 */
export function countWords(text: string): number {
  let count = 0;
  // The kind of the previous code point; JOINER only for a joiner right after a letter or digit.
  let previous = OTHER;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    if (unit < 128) {
      kind = asciiKind[unit] ?? OTHER;
    } else if (unit === 0x2019) {
      kind = JOINER;
    } else if (unit < 0xd800 || unit > 0xdbff) {
      kind = isLetterOrDigitUnit(unit) ? WORD : OTHER;
    } else {
      const point = text.codePointAt(i) ?? unit;
      if (point > 0xffff) i++;
      kind = point > 0xffff && astralWord.test(String.fromCodePoint(point)) ? WORD : OTHER;
    }
    if (kind === WORD) {
      if (previous === OTHER) count++;
      previous = WORD;
    } else {
      previous = kind === JOINER && previous === WORD ? JOINER : OTHER;
    }
  }
  return count;
}
