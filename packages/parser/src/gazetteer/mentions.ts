/**
 * Finds country mentions in running text, by name ("Britain") or by adjective ("Ukrainian").
 * At each word start the longest known surface wins, so "South Korea" beats "Korea".
 */
import { countrySurfaces, demonymSurfaces, type CountryMatch } from './countries.js';

/** One mention of a country in a text. */
export interface CountryMention extends CountryMatch {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** NAME for "Britain", DEMONYM for "British". */
  readonly via: 'NAME' | 'DEMONYM';
}

// Country names that are also common first names or US states: skipped when a capitalised word
// follows ("Jordan Peterson") or precedes ("New Jersey").
const ambiguous = new Set(['Jordan', 'Chad', 'Georgia', 'Jersey', 'Guernsey', 'Niger', 'Guinea']);

const nameEntries = countrySurfaces();
const demonymEntries = demonymSurfaces();

// Surfaces indexed by their first two characters, longest first, so a scan only tries the few
// that can start at a position (a 700-way regex alternation was the parser's hot spot).
const byPrefix = new Map<string, string[]>();
for (const surface of [...nameEntries.keys(), ...demonymEntries.keys()]) {
  const list = byPrefix.get(surface.slice(0, 2)) ?? [];
  list.push(surface);
  byPrefix.set(surface.slice(0, 2), list);
}
for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);

const wordChar = /[\p{L}\p{N}]/u;
const wordStart = /[\p{L}\p{N}]+/gu; // each match begins at a word start

function longestAt(text: string, start: number): string | undefined {
  for (const surface of byPrefix.get(text.slice(start, start + 2)) ?? []) {
    if (!text.startsWith(surface, start)) continue;
    const next = text[start + surface.length];
    if (next === undefined || !wordChar.test(next)) return surface;
  }
  return undefined;
}

function isAmbiguousUse(text: string, surface: string, start: number, end: number): boolean {
  if (!ambiguous.has(surface)) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  return /\p{Lu}\p{Ll}+\s$/u.test(before) || /^\s\p{Lu}\p{Ll}/u.test(after);
}

/** Every country mentioned in `text`, in order of appearance, with its offsets. */
export function findCountryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  let resumeAt = 0;
  for (const m of text.matchAll(wordStart)) {
    const start = m.index;
    if (start < resumeAt) continue;
    const surface = longestAt(text, start);
    if (surface === undefined) continue;
    const end = start + surface.length;
    resumeAt = end;
    if (isAmbiguousUse(text, surface, start, end)) continue;
    const byName = nameEntries.get(surface);
    if (byName !== undefined) {
      mentions.push({ ...byName, surface, start, end, via: 'NAME' });
      continue;
    }
    const byDemonym = demonymEntries.get(surface);
    if (byDemonym !== undefined)
      mentions.push({ ...byDemonym, surface, start, end, via: 'DEMONYM' });
  }
  return mentions;
}
