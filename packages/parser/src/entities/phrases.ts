/** Capitalised phrases ("Ukrainian Defense Ministry", "UN Security Council") with their offsets. */
import { isSpaceUnit } from '../text/chars.js';
import { phraseSpans } from './phrase-spans.js';

export interface Phrase {
  readonly text: string;
  readonly start: number;
  /**
   * Where the last of the white-space separated words starts; 0 for a one-word phrase. The words
   * themselves are split only when needed: most phrases are never taken apart.
   */
  readonly lastWordStart: number;
}

const possessiveGap = /(?<=['’]s)\s+/;

const particles = ['of', 'for', 'the', 'de', 'du'];
const particleEnds = new Set(particles.map((p) => p.charAt(p.length - 1)));

// True when trimPhrase may cut something: a final apostrophe, dot or hyphen, "'s", or a final
// "of"-word after white space. Character tests: most phrases end cleanly, and a regex (with the
// slice it needs) per phrase was a good part of the entity scan.
function endsTrimmably(text: string): boolean {
  const n = text.length;
  const last = text.charAt(n - 1);
  if (last === "'" || last === '’' || last === '.' || last === '-') return true;
  const before = text.charAt(n - 2);
  if (last === 's' && (before === "'" || before === '’')) return true;
  if (!particleEnds.has(last)) return false;
  return particles.some(
    (p) => text.endsWith(p) && n > p.length && isSpaceUnit(text.charCodeAt(n - p.length - 1)),
  );
}

function trimPhrase(text: string): string {
  // The `$`-anchored chain below scans the whole phrase three times.
  if (!endsTrimmably(text)) return text;
  return text
    .replace(/['’]s?$/, '')
    .replace(/[.’'-]+$/, '')
    .replace(/(?:\s+(?:of|for|the|de|du))+$/, '');
}

// Just past the last white space unit (as /\s+/ splits), or 0 when there is none.
function lastWordStart(phrase: string): number {
  for (let i = phrase.length - 1; i >= 0; i--) {
    if (isSpaceUnit(phrase.charCodeAt(i))) return i + 1;
  }
  return 0;
}

/** Every maximal capitalised phrase in `text`. */
export function capitalisedPhrases(text: string): Phrase[] {
  const out: Phrase[] = [];
  // Capitalised words, optionally joined by "of", "for", "the", "de", "du" inside the phrase.
  const spans = phraseSpans(text, { afterApostrophe: false });
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] ?? 0;
    const match = text.slice(start, spans[k + 1]);
    // A possessive ends the phrase: "Ukraine's Security Council" is two phrases. Most spans have
    // no apostrophe and are one phrase, taken without the split.
    if (match.includes("'") || match.includes('’')) {
      for (const part of match.split(possessiveGap)) {
        addPhrase(out, part, start + match.indexOf(part));
      }
    } else {
      addPhrase(out, match, start);
    }
  }
  return out;
}

function addPhrase(out: Phrase[], part: string, start: number): void {
  const cleaned = trimPhrase(part);
  if (cleaned !== '') out.push({ text: cleaned, start, lastWordStart: lastWordStart(cleaned) });
}
