/**
 * The capitalised-phrase pattern, matched by hand. Both the entity scan and the signatory name
 * scan run it at every capital of every text; as a sticky Unicode regex each try cost a call and
 * a match array, and that was a good part of both scans. This walks the same grammar over the
 * character table and leaves any text with a surrogate to the regex, which judges astral letters.
 */
import { matchesAtCapitals } from '../gazetteer/capitals.js';
import { isLetterOrDigitUnit, isSpaceUnit, isSurrogateUnit, isUpperUnit } from '../text/chars.js';

const word = "\\p{Lu}[\\p{L}\\p{N}’'.&-]*";
const rest = `(?:\\s+(?:(?:of|for|the|de|du)\\s+)*${word})*`;

/**
 * What may stand right before a phrase: `afterApostrophe` (the name scan) lets a phrase start
 * after an apostrophe, the entity scan does not.
 */
export interface PhraseStyle {
  readonly afterApostrophe: boolean;
}

/** The pattern the scan matches, for the regex fallback and for tests. */
export function phrasePattern(style: PhraseStyle): RegExp {
  const before = style.afterApostrophe ? '[\\p{L}\\p{N}]' : "[\\p{L}\\p{N}'’]";
  return new RegExp(`(?<!${before})${word}${rest}`, 'uy');
}

const patterns = {
  entity: phrasePattern({ afterApostrophe: false }),
  name: phrasePattern({ afterApostrophe: true }),
};

function isApostrophe(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019;
}

// [\p{L}\p{N}’'.&-] for a code unit that is no surrogate.
function isWordTail(unit: number): boolean {
  return (
    isLetterOrDigitUnit(unit) ||
    isApostrophe(unit) ||
    unit === 0x2e ||
    unit === 0x26 ||
    unit === 0x2d
  );
}

// Every unit that may be a capital or a surrogate: no \p{Lu} lies below U+00C0 but A-Z. Without
// the u flag: a \p{Lu} class made the search three times slower than this one.
const nextCandidate = /[A-Z\u00C0-\uFFFF]/g;

// Marks a text the hand scan cannot judge: it holds a surrogate, and the regex must decide.
const astral = -2;

// The end of the capitalised word starting at `i` (a capital), or `astral`.
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const unit = text.charCodeAt(j);
    if (isSurrogateUnit(unit)) return astral;
    if (!isWordTail(unit)) return j;
    j++;
  }
}

// Past "of ", "for ", "the ", "de ", "du " (each with all its white space) at `k`, or `k`.
function afterParticle(text: string, k: number): number {
  let n = 0;
  const c = text.charCodeAt(k);
  if (c === 0x6f && text.charCodeAt(k + 1) === 0x66)
    n = 2; // of
  else if (c === 0x66 && text.startsWith('or', k + 1))
    n = 3; // for
  else if (c === 0x74 && text.startsWith('he', k + 1))
    n = 3; // the
  else if (c === 0x64 && (text.charCodeAt(k + 1) === 0x65 || text.charCodeAt(k + 1) === 0x75))
    n = 2; // de, du
  if (n === 0 || !isSpaceUnit(text.charCodeAt(k + n))) return k;
  let j = k + n;
  while (isSpaceUnit(text.charCodeAt(j))) j++;
  return j;
}

/**
 * The end of the phrase that starts at the capital `i`, -1 when the pattern's lookbehind refuses
 * `i`, or `astral` when a surrogate is in the way. The regex's backtracking never changes its
 * match: particles and white space are never capitals, so the longest walk is the match.
 */
function phraseEnd(text: string, i: number, afterApostrophe: boolean): number {
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (isSurrogateUnit(before)) return astral;
    if (isLetterOrDigitUnit(before) || (!afterApostrophe && isApostrophe(before))) return -1;
  }
  let end = wordEnd(text, i);
  while (end !== astral) {
    let k = end;
    while (isSpaceUnit(text.charCodeAt(k))) k++;
    if (k === end) break;
    for (let next = afterParticle(text, k); next !== k; next = afterParticle(text, k)) k = next;
    const unit = text.charCodeAt(k);
    if (isSurrogateUnit(unit)) return astral;
    if (!isUpperUnit(unit)) break;
    end = wordEnd(text, k);
  }
  return end;
}

/**
 * Every match of the capitalised-phrase pattern (see phrasePattern) in `text`, in order, as
 * start/end offsets: exactly the matches of `text.matchAll` with the global pattern.
 */
export function phraseSpans(text: string, style: PhraseStyle): number[] {
  const spans: number[] = [];
  // The regex engine skips to the next candidate far faster than a loop over the text, and
  // `test` moves lastIndex past it without building a match array.
  nextCandidate.lastIndex = 0;
  while (nextCandidate.test(text)) {
    const i = nextCandidate.lastIndex - 1;
    const unit = text.charCodeAt(i);
    if (isSurrogateUnit(unit)) return regexSpans(text, style);
    if (unit >= 128 && !isUpperUnit(unit)) continue;
    const end = phraseEnd(text, i, style.afterApostrophe);
    if (end === astral) return regexSpans(text, style);
    if (end === -1) continue;
    spans.push(i, end);
    nextCandidate.lastIndex = end;
  }
  return spans;
}

function regexSpans(text: string, style: PhraseStyle): number[] {
  const pattern = style.afterApostrophe ? patterns.name : patterns.entity;
  return matchesAtCapitals(text, pattern).flatMap((m) => [m.index, m.index + m[0].length]);
}
