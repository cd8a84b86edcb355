/**
 * The hand-written scanners must give exactly what the regexes they replace give: they run on
 * every article, and a difference would silently change statements and counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../article/words.js';
import { tokenize } from '../statements/tokens.js';
import {
  isLetterOrDigitUnit,
  isLetterUnit,
  isLowerUnit,
  isNumberUnit,
  isSpaceUnit,
  isSurrogateUnit,
  isUpperUnit,
  isWordUnit,
  splitSpaces,
} from './chars.js';

// Letters, digits, marks, joiners, spaces, astral letters and emoji, lone surrogates, masks.
const pieces = [
  'a',
  'B',
  '1',
  "'",
  '’',
  '.',
  '-',
  ' ',
  '\n',
  '\u00a0',
  'é',
  '\u0301',
  'ж',
  'Ж',
  '٣',
  '\uE000',
  '—',
  '“',
  '”',
  '\ud835\udc00',
  '\ud83d\ude00',
  '\ud835',
  '\udc00',
];
const textish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

describe('character table', () => {
  it('answers as the regexes do for every code unit', () => {
    const wrong: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const c = String.fromCharCode(unit);
      if (
        isWordUnit(unit) !== /[\p{L}\p{N}\p{M}]/u.test(c) ||
        isLetterOrDigitUnit(unit) !== /[\p{L}\p{N}]/u.test(c) ||
        isLetterUnit(unit) !== /\p{L}/u.test(c) ||
        isUpperUnit(unit) !== /\p{Lu}/u.test(c) ||
        isNumberUnit(unit) !== /\p{N}/u.test(c) ||
        isLowerUnit(unit) !== /\p{Ll}/u.test(c) ||
        isSpaceUnit(unit) !== /\s/.test(c) ||
        isSurrogateUnit(unit) !== /^[\ud800-\udfff]$/.test(c)
      )
        wrong.push(unit);
    }
    expect(wrong).toEqual([]);
    expect(isWordUnit(Number.NaN)).toBe(false);
    expect(isSpaceUnit(Number.NaN)).toBe(false);
  }, 60_000);
});

describe('countWords', () => {
  const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
  const byRegex = (text: string): number => text.match(word)?.length ?? 0;

  it('counts the matches of the word pattern', () => {
    fc.assert(
      fc.property(textish, (s) => countWords(s) === byRegex(s)),
      { numRuns: 4_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => countWords(s) === byRegex(s)),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

describe('tokenize', () => {
  // The scanner as first written: a regex per character, every word lower-cased.
  function byRegex(text: string): { text: string; lower: string; start: number; end: number }[] {
    const word = (i: number): boolean => /[\p{L}\p{N}\p{M}]/u.test(text.charAt(i));
    const tokens = [];
    let i = 0;
    while (i < text.length) {
      if (!word(i)) {
        i++;
        continue;
      }
      const start = i;
      i++;
      for (;;) {
        while (i < text.length && word(i)) i++;
        if (i + 1 < text.length && "'’.-".includes(text.charAt(i)) && word(i + 1)) {
          i += 2;
          continue;
        }
        break;
      }
      const w = text.slice(start, i);
      tokens.push({ text: w, lower: w.toLowerCase(), start, end: i });
    }
    return tokens;
  }

  it('gives the words, offsets and lower-case forms of the per-character regex scanner', () => {
    const withCaps = fc
      .array(fc.constantFrom(...pieces, 'Ⅻ', 'İ', 'ǅ', 'Σ', 'ß', 'U.S', 'al-Assad'), {
        maxLength: 30,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(withCaps, (s) => {
        expect(tokenize(s)).toEqual(byRegex(s));
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

describe('splitSpaces', () => {
  it('splits as text.split(/\\s+/) does', () => {
    fc.assert(
      fc.property(textish, (s) => {
        expect(splitSpaces(s)).toEqual(s.split(/\s+/));
      }),
      { numRuns: 4_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(splitSpaces(s)).toEqual(s.split(/\s+/));
      }),
      { numRuns: 1_000 },
    );
  });
});
