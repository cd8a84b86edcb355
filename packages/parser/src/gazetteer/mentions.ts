/**
 * Finds country mentions in running text, by name ("Britain") or by adjective ("Ukrainian").
 * At each word start the longest known surface wins, so "South Korea" beats "Korea".
 */
import { isLetterOrDigitUnit } from '../text/chars.js';
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
// The key is numeric, so a lookup slices no string: the two code units, a missing second one
// (a one-character surface, or the end of the text) counted as 0x10000.
function prefixKey(first: number, second: number): number {
  return first * 0x10001 + (Number.isNaN(second) ? 0x10000 : second);
}

const byPrefix = new Map<number, string[]>();
for (const surface of [...nameEntries.keys(), ...demonymEntries.keys()]) {
  const key = prefixKey(surface.charCodeAt(0), surface.charCodeAt(1));
  const list = byPrefix.get(key) ?? [];
  list.push(surface);
  byPrefix.set(key, list);
}
for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);

const wordChar = /[\p{L}\p{N}]/u;

// The first UTF-16 unit of every surface, as a class: a word that starts with anything else
// cannot match, and the regex engine skips to the next candidate far faster than a loop over
// the text (no u flag: the class matches single units, as charCodeAt reads them).
const firstUnits = new Set<number>();
for (const surface of [...nameEntries.keys(), ...demonymEntries.keys()])
  firstUnits.add(surface.charCodeAt(0));
const hex = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;
const nextFirstUnit = new RegExp(`[${[...firstUnits].map(hex).join('')}]`, 'g');

// True when the code point that ends just before `i` is a letter or digit (/[\p{L}\p{N}]/u):
// a surrogate pair is one code point, a lone surrogate is none.
function wordEndsAt(text: string, i: number): boolean {
  if (i === 0) return false;
  const unit = text.charCodeAt(i - 1);
  if (unit < 0xdc00 || unit > 0xdfff) return isLetterOrDigitUnit(unit);
  const high = text.charCodeAt(i - 2);
  if (!(high >= 0xd800 && high <= 0xdbff)) return false;
  return wordChar.test(text.slice(i - 2, i));
}

function longestAt(text: string, start: number): string | undefined {
  const key = prefixKey(text.charCodeAt(start), text.charCodeAt(start + 1));
  for (const surface of byPrefix.get(key) ?? []) {
    if (!text.startsWith(surface, start)) continue;
    // The one code unit after the surface, as `wordChar.test(text[end])` judged it.
    if (!isLetterOrDigitUnit(text.charCodeAt(start + surface.length))) return surface;
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
  // Only a surface's first unit can start a match, and it must start a word as /[\p{L}\p{N}]+/gu
  // finds them: checked there, not by classifying every character of the text. After a match
  // the search resumes at its end.
  nextFirstUnit.lastIndex = 0;
  while (nextFirstUnit.test(text)) {
    const start = nextFirstUnit.lastIndex - 1;
    if (!isLetterOrDigitUnit(text.charCodeAt(start)) || wordEndsAt(text, start)) continue;
    const surface = longestAt(text, start);
    if (surface === undefined) continue;
    const end = start + surface.length;
    nextFirstUnit.lastIndex = end;
    if (isAmbiguousUse(text, surface, start, end)) continue;
    const byName = nameEntries.get(surface);
    if (byName !== undefined) {
      mentions.push({ code: byName.code, name: byName.name, surface, start, end, via: 'NAME' });
      continue;
    }
    const byDemonym = demonymEntries.get(surface);
    if (byDemonym !== undefined)
      mentions.push({
        code: byDemonym.code,
        name: byDemonym.name,
        surface,
        start,
        end,
        via: 'DEMONYM',
      });
  }
  return mentions;
}
