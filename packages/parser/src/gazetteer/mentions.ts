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

// The first UTF-16 unit of every surface: a word that starts with anything else cannot match,
// so the scan skips it without a lookup.
const firstUnits = new Uint8Array(0x10000);
for (const surface of [...nameEntries.keys(), ...demonymEntries.keys()])
  firstUnits[surface.charCodeAt(0)] = 1;

// ASCII letters and digits, the common case of the word test below.
const asciiWord = new Uint8Array(128);
for (let c = 0; c < 128; c++) asciiWord[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

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
  let resumeAt = 0;
  let previousIsWord = false;
  // Walks code points as /[\p{L}\p{N}]+/gu would: a word starts at a letter or digit that
  // follows none. Hand-rolled because one regex match per word was this scan's main cost.
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    let isWord: boolean;
    let width = 1;
    if (unit < 128) {
      isWord = asciiWord[unit] === 1;
    } else if (unit < 0xd800 || unit > 0xdfff) {
      isWord = isLetterOrDigitUnit(unit);
    } else {
      const point = text.codePointAt(i) ?? unit;
      width = point > 0xffff ? 2 : 1;
      isWord = wordChar.test(String.fromCodePoint(point));
    }
    const start = i;
    const atWordStart = isWord && !previousIsWord;
    previousIsWord = isWord;
    i += width;
    if (!atWordStart || start < resumeAt || firstUnits[unit] !== 1) continue;
    const surface = longestAt(text, start);
    if (surface === undefined) continue;
    const end = start + surface.length;
    resumeAt = end;
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
