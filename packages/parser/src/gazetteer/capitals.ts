/**
 * Fast `matchAll` for patterns that can only start at an upper-case letter. A global Unicode
 * regex with a lookbehind is tried at every position of the text, which made the capitalised
 * name scans the parser's hot spot; this tries the same pattern (sticky) at capitals only.
 */

const upper = /\p{Lu}/u;

function isUpperAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 128) return unit >= 65 && unit <= 90;
  // A low surrogate on its own is no letter, so a pair is only ever tried at its start.
  return upper.test(String.fromCodePoint(text.codePointAt(i) ?? unit));
}

/**
 * Every match of `pattern` in `text`, exactly as `text.matchAll(pattern)` with the `g` flag would
 * give them, for a `y` (sticky) `u` pattern whose matches all begin with an upper-case letter
 * (`\p{Lu}`). Lookbehinds in the pattern still see the text before each position.
 */
export function matchesAtCapitals(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.sticky) throw new TypeError('matchesAtCapitals needs a sticky (y) pattern');
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < text.length;) {
    if (!isUpperAt(text, i)) {
      i++;
      continue;
    }
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m === null || m[0] === '') {
      i++;
      continue;
    }
    out.push(m);
    i = pattern.lastIndex;
  }
  return out;
}
