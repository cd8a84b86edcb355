/**
 * Country lookup: every English name i18n-iso-countries knows, plus our aliases, precomputed into
 * maps at module load so lookups are O(1).
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { canonicalNameOverrides, countryAliases } from './data/country-names.js';
import { demonyms } from './data/demonyms.js';
import { foldKey, isAbbreviation, normalizeSurface, outsideShapes } from './normalize.js';

countries.registerLocale(en);

/** A country as records carry it. */
export interface CountryMatch {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  /** Canonical newsroom name: "United Kingdom", "South Korea", "Russia". */
  readonly name: string;
}

const byCode = new Map<string, CountryMatch>();
const exact = new Map<string, CountryMatch>();
const foldedNames = new Map<string, CountryMatch>();
const demonymExact = new Map<string, CountryMatch>();
const demonymFolded = new Map<string, CountryMatch>();

function addSurface(surface: string, match: CountryMatch): void {
  const key = normalizeSurface(surface);
  if (key === '') return;
  // First registration wins: "Congo" stays the Republic of the Congo, as in the ISO list.
  if (!exact.has(key)) exact.set(key, match);
  if (!isAbbreviation(key) && !foldedNames.has(foldKey(key))) foldedNames.set(foldKey(key), match);
}

for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  const first = names[0];
  if (first === undefined) continue;
  const match: CountryMatch = { code, name: canonicalNameOverrides[code] ?? first };
  byCode.set(code, match);
  addSurface(match.name, match);
}
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  const match = byCode.get(code);
  if (match === undefined) continue;
  for (const name of names) addSurface(name, match);
  for (const alias of countryAliases[code] ?? []) addSurface(alias, match);
}
for (const [word, code] of Object.entries(demonyms)) {
  const match = byCode.get(code);
  if (match === undefined) continue;
  demonymExact.set(word, match);
  demonymFolded.set(foldKey(word), match);
}

// A plain word of none of the shapes of the keys below, or of the demonyms with a plural "s",
// is no country name or demonym.
const demonymKeys = [...demonymExact.keys(), ...demonymFolded.keys()];
const cannotMatch = outsideShapes([
  ...exact.keys(),
  ...foldedNames.keys(),
  ...demonymKeys,
  ...demonymKeys.map((key) => `${key}s`),
]);

/**
 * The country a name, alias or abbreviation refers to: "Britain", "the UK", "U.S.", "DPRK",
 * "Holland". Abbreviations match case-sensitively; other names in any case.
 */
export function lookupCountry(surface: string): CountryMatch | undefined {
  if (cannotMatch(surface)) return undefined;
  const key = normalizeSurface(surface);
  return exact.get(key) ?? (isAbbreviation(key) ? undefined : foldedNames.get(foldKey(key)));
}

/**
 * The country a demonym or national adjective stands for: "Ukrainian" → UA, "South Korean" → KR,
 * "Israelis" → IL. Capitalised forms only in running text, but any case is accepted here.
 */
export function countryFromDemonym(word: string): CountryMatch | undefined {
  if (cannotMatch(word)) return undefined;
  const key = normalizeSurface(word);
  const hit = demonymExact.get(key) ?? demonymFolded.get(foldKey(key));
  if (hit !== undefined || !/s$/i.test(key)) return hit;
  const singular = key.slice(0, -1);
  return demonymExact.get(singular) ?? demonymFolded.get(foldKey(singular));
}

/**
 * True when the word is a country name or a demonym: exactly
 * `countryFromDemonym(word) !== undefined || lookupCountry(word) !== undefined`, with one
 * normalisation and one case fold instead of five (name checks ask it for most capitalised words).
 */
export function isCountryOrDemonym(word: string): boolean {
  if (cannotMatch(word)) return false;
  const key = normalizeSurface(word);
  if (demonymExact.has(key) || exact.has(key)) return true;
  const folded = foldKey(key);
  if (demonymFolded.has(folded)) return true;
  const last = key.charCodeAt(key.length - 1);
  if (last === 115 || last === 83) {
    // "Israelis": the singular demonym; its own fold, as countryFromDemonym takes it.
    const singular = key.slice(0, -1);
    if (demonymExact.has(singular) || demonymFolded.has(foldKey(singular))) return true;
  }
  return !isAbbreviation(key) && foldedNames.has(folded);
}

/** The canonical country for an ISO 3166-1 alpha-2 code, or undefined for an unknown code. */
export function countryByCode(code: string): CountryMatch | undefined {
  return byCode.get(code.toUpperCase());
}

/** Every surface form the country maps know (exact case), for building text scanners. */
export function countrySurfaces(): ReadonlyMap<string, CountryMatch> {
  return exact;
}

/** Every demonym (exact case), for building text scanners. */
export function demonymSurfaces(): ReadonlyMap<string, CountryMatch> {
  return demonymExact;
}
