/** Word tokens with offsets, the unit every rule in this folder works on. */
import { isWordUnit } from '../text/chars.js';

/** A word and where it stands in its text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// A hand-written scanner over a character table: Unicode-class regexes were the top hotspot.
// ASCII has its own small table: the shared one checks every read for an unfilled entry, and
// this scanner reads every character of the article.
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, unit) => (isWordUnit(unit) ? 1 : 0));

function isWordCode(unit: number): boolean {
  return unit < 128 ? ASCII_WORD[unit] === 1 : isWordUnit(unit);
}

function isWordChar(text: string, i: number): boolean {
  return isWordCode(text.charCodeAt(i));
}

// ' ’ . -
function isJoiner(unit: number): boolean {
  return unit === 39 || unit === 0x2019 || unit === 46 || unit === 45;
}

/**
 * The words of `text` from `from` to `to`, with absolute offsets. A word is a run of letters and
 * digits, joined by an apostrophe, dot or hyphen when a letter or digit follows ("U.S", "al-Assad").
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Whether the word may change under toLowerCase: anything but ASCII without A–Z.
    let mayChange = false;
    for (;;) {
      for (; i < to; i++) {
        const unit = text.charCodeAt(i);
        if (!isWordCode(unit)) break;
        if (unit >= 128 || (unit >= 65 && unit <= 90)) mayChange = true;
      }
      if (i + 1 < to && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
        const unit = text.charCodeAt(i);
        if (unit >= 128) mayChange = true;
        i++;
        continue;
      }
      break;
    }
    const word = text.slice(start, i);
    // Most words are lower-case ASCII; toLowerCase on a slice of a two-byte text (any article
    // with a curly quote) takes the slow path even when nothing changes.
    tokens.push({ text: word, lower: mayChange ? word.toLowerCase() : word, start, end: i });
  }
  return tokens;
}

/** True for a word that starts with a capital letter or a digit-free acronym. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answers without case-mapping a string: only A–Z change under toLowerCase.
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The tokens of a sorted token list that lie within [from, to). */
export function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.end > to) break;
    out.push(t);
  }
  return out;
}

/** Strips a possessive ending: "Merkel's" → "Merkel". */
export function stripPossessive(word: string): string {
  // Character tests, not a `$`-anchored regex that scans the whole word.
  const n = word.length;
  const apostrophe = word.charAt(n - 2);
  return word.charAt(n - 1) === 's' && (apostrophe === "'" || apostrophe === '’')
    ? word.slice(0, -2)
    : word;
}
