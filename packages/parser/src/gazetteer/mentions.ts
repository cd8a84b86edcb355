/**
 * Finds country mentions in running text, by name ("Britain") or by adjective ("Ukrainian").
 * One precompiled alternation, longest surface first, so "South Korea" wins over "Korea".
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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(surfaces: Iterable<string>): RegExp {
  const sorted = [...surfaces].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

const nameEntries = countrySurfaces();
const demonymEntries = demonymSurfaces();
const scanner = compile([...nameEntries.keys(), ...demonymEntries.keys()]);

function isAmbiguousUse(text: string, surface: string, start: number, end: number): boolean {
  if (!ambiguous.has(surface)) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  return /\p{Lu}\p{Ll}+\s$/u.test(before) || /^\s\p{Lu}\p{Ll}/u.test(after);
}

/** Every country mentioned in `text`, in order of appearance, with its offsets. */
export function findCountryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const m of text.matchAll(scanner)) {
    const surface = m[0];
    const start = m.index;
    const end = start + surface.length;
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
