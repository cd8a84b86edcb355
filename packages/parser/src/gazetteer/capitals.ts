/**
 * Fast `matchAll` for patterns that can only start at an upper-case letter. A global Unicode
 * regex with a lookbehind is tried at every position of the text, which made the capitalised
 * name scans the parser's hot spot; this tries the same pattern (sticky) at capitals only.
 */
import { isLetterUnit, isSurrogateUnit, isUpperUnit } from '../text/chars.js';

const upper = /\p{Lu}/u;

// Every unit that may start a capital: no \p{Lu} lies below U+00C0 but A-Z, and surrogates
// are above. No u flag: it made the search several times slower.
const nextCandidate = /[A-Z\u00C0-\uFFFF]/g;

function isUpperAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 128) return unit >= 65 && unit <= 90;
  if (!isSurrogateUnit(unit)) return isUpperUnit(unit);
  // A low surrogate on its own is no letter, so a pair is only ever tried at its start.
  return upper.test(String.fromCodePoint(text.codePointAt(i) ?? unit));
}

/**
 * False when the code unit before `i` is a letter of the Basic Multilingual Plane: a pattern
 * that starts with a lookbehind refusing a preceding letter (`(?<![\p{L}…])`) cannot match
 * there. True otherwise, including after a surrogate, which the pattern itself must judge.
 */
export function notAfterLetter(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return isSurrogateUnit(before) || !isLetterUnit(before);
}

/**
 * Every match of `pattern` in `text`, exactly as `text.matchAll(pattern)` with the `g` flag would
 * give them, for a `y` (sticky) `u` pattern whose matches all begin with an upper-case letter
 * (`\p{Lu}`). Lookbehinds in the pattern still see the text before each position. `gate`, when
 * given, must be true wherever the pattern can match: positions it refuses are not tried.
 */
export function matchesAtCapitals(
  text: string,
  pattern: RegExp,
  gate?: (text: string, i: number) => boolean,
): RegExpExecArray[] {
  if (!pattern.sticky) throw new TypeError('matchesAtCapitals needs a sticky (y) pattern');
  const out: RegExpExecArray[] = [];
  // The regex engine skips to the next possible capital far faster than a loop over the text.
  nextCandidate.lastIndex = 0;
  while (nextCandidate.test(text)) {
    const i = nextCandidate.lastIndex - 1;
    if (!isUpperAt(text, i) || (gate !== undefined && !gate(text, i))) continue;
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m === null || m[0] === '') continue;
    out.push(m);
    nextCandidate.lastIndex = pattern.lastIndex;
  }
  return out;
}
