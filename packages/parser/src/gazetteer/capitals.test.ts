import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullName, startsFullName } from '../signatories/people.js';
import { matchesAtCapitals, notAfterLetter } from './capitals.js';

const source =
  "(?<![\\p{L}\\p{N}'’])(?:\\p{Lu}[\\p{L}\\p{N}’'.&-]*)(?:\\s+(?:(?:of|for|the|de|du)\\s+)*\\p{Lu}[\\p{L}\\p{N}’'.&-]*)*";
const global = new RegExp(source, 'gu');
const sticky = new RegExp(source, 'yu');

const pieces = fc.oneof(
  fc.constantFrom('Ukraine', ' ', 'of ', 'the ', "'s", '’', 'É', 'é', '𝐀', '\uD835', 'x', '3', '-'),
  fc.string({ maxLength: 3 }),
);

function shape(ms: Iterable<RegExpMatchArray>): [number | undefined, string][] {
  return [...ms].map((m) => [m.index, m[0]]);
}

describe('matchesAtCapitals', () => {
  it('gives the same matches as matchAll with the global pattern', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(shape(matchesAtCapitals(text, sticky))).toEqual(shape(text.matchAll(global)));
      }),
    );
  });

  it('loses no match to a gate', () => {
    const fullNameGlobal = new RegExp(fullName.source, 'gu');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.constantFrom('Joe ', 'Biden', 'J. ', 'aB')), {
          maxLength: 16,
        }),
        (parts) => {
          const text = parts.join('');
          expect(shape(matchesAtCapitals(text, sticky, notAfterLetter))).toEqual(
            shape(text.matchAll(global)),
          );
          expect(shape(matchesAtCapitals(text, fullName, startsFullName))).toEqual(
            shape(text.matchAll(fullNameGlobal)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('rejects a pattern that is not sticky', () => {
    expect(() => matchesAtCapitals('A', global)).toThrow(TypeError);
  });
});
