/**
 * Character classes of single UTF-16 code units, answered from a table. The scanners test one
 * character at a time; a Unicode regex per character (and the one-character string it needs)
 * was a large share of the parser's time, on curly quotes and masked quotes above all.
 *
 * Each answer is exactly what the regex gives for the one code unit as a string, so a lone
 * surrogate is never a letter: callers that must see astral letters test code points themselves.
 */

const KNOWN = 1;
const WORD = 2; // [\p{L}\p{N}\p{M}]
const LETTER_OR_DIGIT = 4; // [\p{L}\p{N}]
const LETTER = 8; // \p{L}
const UPPER = 16; // \p{Lu}
const SPACE = 32; // \s
const NUMBER = 64; // \p{N}
const LOWER = 128; // \p{Ll}

const table = new Uint8Array(0x10000);

function classify(unit: number): number {
  const c = String.fromCharCode(unit);
  let flags = KNOWN;
  if (/[\p{L}\p{N}\p{M}]/u.test(c)) flags |= WORD;
  if (/[\p{L}\p{N}]/u.test(c)) flags |= LETTER_OR_DIGIT;
  if (/\p{L}/u.test(c)) flags |= LETTER;
  if (/\p{Lu}/u.test(c)) flags |= UPPER;
  if (/\s/.test(c)) flags |= SPACE;
  if (/\p{N}/u.test(c)) flags |= NUMBER;
  if (/\p{Ll}/u.test(c)) flags |= LOWER;
  table[unit] = flags;
  return flags;
}

// ASCII is filled up front; other code units on first use.
for (let unit = 0; unit < 128; unit++) classify(unit);

function flagsOf(unit: number): number {
  const flags = table[unit] ?? 0;
  return flags === 0 ? classify(unit) : flags;
}

/** `[\p{L}\p{N}\p{M}]` for the code unit (NaN, past the end, is none). */
export function isWordUnit(unit: number): boolean {
  return unit === unit && (flagsOf(unit) & WORD) !== 0;
}

/** `[\p{L}\p{N}]` for the code unit. */
export function isLetterOrDigitUnit(unit: number): boolean {
  return unit === unit && (flagsOf(unit) & LETTER_OR_DIGIT) !== 0;
}

/** `\p{L}` for the code unit. */
export function isLetterUnit(unit: number): boolean {
  return unit === unit && (flagsOf(unit) & LETTER) !== 0;
}

/** `\p{Lu}` for the code unit. */
export function isUpperUnit(unit: number): boolean {
  return unit === unit && (flagsOf(unit) & UPPER) !== 0;
}

/** `\s` for the code unit. */
export function isSpaceUnit(unit: number): boolean {
  return unit === unit && (flagsOf(unit) & SPACE) !== 0;
}

/** `\p{N}` for the code unit. */
export function isNumberUnit(unit: number): boolean {
  return unit === unit && (flagsOf(unit) & NUMBER) !== 0;
}

/** `\p{Ll}` for the code unit. */
export function isLowerUnit(unit: number): boolean {
  return unit === unit && (flagsOf(unit) & LOWER) !== 0;
}

/** A UTF-16 surrogate, high or low: half of an astral code point, which the table cannot judge. */
export function isSurrogateUnit(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/**
 * `text.split(/\s+/)` as a scan over the table: a regex split cost more than the rest of reading
 * a short subject phrase.
 */
export function splitSpaces(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpaceUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    words.push(text.slice(start, i));
    while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
    start = i;
  }
  words.push(text.slice(start));
  return words;
}
