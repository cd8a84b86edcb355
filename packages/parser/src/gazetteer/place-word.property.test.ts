import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countrySurfaces, demonymSurfaces } from './countries.js';
import { countryFromDemonym, isCountryOrDemonym, lookupCountry, lookupGroup } from './index.js';
import { groupSurfaces } from './groups.js';
import { isAbbreviation } from './normalize.js';

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

// Case variants each lookup must find: the key itself, and any case that is no abbreviation
// ("AFGHANISTAN" would have to be one, and abbreviations match in their own case only).
const cased = (keys: Iterable<string>): string[] =>
  [...keys].flatMap((k) =>
    isAbbreviation(k)
      ? [k]
      : [k, k.toLowerCase(), k.toUpperCase(), `${k.charAt(0)}${k.slice(1).toUpperCase()}`].filter(
          (v) => v === k || !isAbbreviation(v),
        ),
  );

describe('lookups ruled out by shape', () => {
  it('still find every known name, demonym and group in every case, demonyms also in the plural', () => {
    const demonyms = [...demonymSurfaces().keys()];
    expect(cased(countrySurfaces().keys()).filter((w) => lookupCountry(w) === undefined)).toEqual(
      [],
    );
    expect(cased(demonyms).filter((w) => countryFromDemonym(w) === undefined)).toEqual([]);
    expect(
      cased(demonyms.map((w) => `${w}s`)).filter((w) => countryFromDemonym(w) === undefined),
    ).toEqual([]);
    expect(cased(groupSurfaces().keys()).filter((w) => lookupGroup(w) === undefined)).toEqual([]);
  });
});

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
