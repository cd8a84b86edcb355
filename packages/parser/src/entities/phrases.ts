/** Capitalised phrases ("Ukrainian Defense Ministry", "UN Security Council") with their offsets. */
import { matchesAtCapitals } from '../gazetteer/capitals.js';

export interface Phrase {
  readonly text: string;
  readonly start: number;
  readonly words: readonly string[];
}

// Capitalised words, optionally joined by "of", "for", "and", "the" inside the phrase.
const phrase =
  /(?<![\p{L}\p{N}'’])(?:\p{Lu}[\p{L}\p{N}’'.&-]*)(?:\s+(?:(?:of|for|the|de|du)\s+)*\p{Lu}[\p{L}\p{N}’'.&-]*)*/uy;

function trimPhrase(text: string): string {
  return text
    .replace(/['’]s?$/, '')
    .replace(/[.’'-]+$/, '')
    .replace(/(?:\s+(?:of|for|the|de|du))+$/, '');
}

/** Every maximal capitalised phrase in `text`. */
export function capitalisedPhrases(text: string): Phrase[] {
  const out: Phrase[] = [];
  for (const m of matchesAtCapitals(text, phrase)) {
    // A possessive ends the phrase: "Ukraine's Security Council" is two phrases.
    for (const part of m[0].split(/(?<=['’]s)\s+/)) {
      const cleaned = trimPhrase(part);
      if (cleaned === '') continue;
      out.push({ text: cleaned, start: m.index + m[0].indexOf(part), words: cleaned.split(/\s+/) });
    }
  }
  return out;
}
