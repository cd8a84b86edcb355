import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countrySurfaces, demonymSurfaces } from './countries.js';
import { countryFromDemonym, isCountryOrDemonym, lookupCountry } from './index.js';

const slow = (word: string): boolean =>
  countryFromDemonym(word) !== undefined || lookupCountry(word) !== undefined;

// Every known surface, with its case and plural variants, and near misses.
const known = [...countrySurfaces().keys(), ...demonymSurfaces().keys()];
const variants = known.flatMap((w) => [
  w,
  `${w}s`,
  `${w}S`,
  w.toLowerCase(),
  w.toUpperCase(),
  `the ${w}`,
  `${w}'s`,
  `${w}’s`,
  w.slice(0, -1),
]);

describe('isCountryOrDemonym', () => {
  it('answers as countryFromDemonym or lookupCountry for every known surface and its variants', () => {
    const wrong = variants.filter((w) => isCountryOrDemonym(w) !== slow(w));
    expect(wrong).toEqual([]);
  }, 60_000);

  it('answers as countryFromDemonym or lookupCountry for arbitrary words', () => {
    const word = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .constantFrom(...known)
        .chain((w) =>
          fc
            .tuple(fc.nat(w.length), fc.string({ maxLength: 2 }))
            .map(([at, s]) => w.slice(0, at) + s),
        ),
    );
    fc.assert(
      fc.property(word, (w) => isCountryOrDemonym(w) === slow(w)),
      { numRuns: 5000 },
    );
  }, 60_000);
});
