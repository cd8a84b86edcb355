import { describe, expect, it } from 'vitest';
import {
  countryByCode,
  countryFromDemonym,
  findCountryMentions,
  isGroupMember,
  lookupCountry,
  lookupGroup,
} from './index.js';

describe('lookupCountry', () => {
  it.each([
    ['Britain', 'GB', 'United Kingdom'],
    ['the United Kingdom', 'GB', 'United Kingdom'],
    ['UK', 'GB', 'United Kingdom'],
    ['U.S.', 'US', 'United States'],
    ['the United States', 'US', 'United States'],
    ['America', 'US', 'United States'],
    ['South Korea', 'KR', 'South Korea'],
    ['DPRK', 'KP', 'North Korea'],
    ['Russia', 'RU', 'Russia'],
    ['Holland', 'NL', 'Netherlands'],
    ['Turkey', 'TR', 'Turkey'],
    ['the United Arab Emirates', 'AE', 'United Arab Emirates'],
    ['Kosovo', 'XK', 'Kosovo'],
    ['Iran', 'IR', 'Iran'],
  ])('maps %s to %s', (surface, code, name) => {
    expect(lookupCountry(surface)).toEqual({ code, name });
  });

  it('matches full names in any case', () => {
    expect(lookupCountry('new zealand')?.code).toBe('NZ');
  });

  it('does not match the pronoun "us"', () => {
    expect(lookupCountry('us')).toBeUndefined();
  });

  it('returns undefined for a word that is no country', () => {
    expect(lookupCountry('Kursk')).toBeUndefined();
  });
});

describe('countryFromDemonym', () => {
  it.each([
    ['Ukrainian', 'UA'],
    ['South Korean', 'KR'],
    ['North Korean', 'KP'],
    ['Greek', 'GR'],
    ['Cypriot', 'CY'],
    ['Israeli', 'IL'],
    ['Israelis', 'IL'],
    ['British', 'GB'],
  ])('maps %s to %s', (word, code) => {
    expect(countryFromDemonym(word)?.code).toBe(code);
  });

  it('returns undefined for a word that is no demonym', () => {
    expect(countryFromDemonym('Defense')).toBeUndefined();
  });
});

describe('groups', () => {
  it('finds the G7 by its aliases', () => {
    expect(lookupGroup('Group of Seven')?.id).toBe('G7');
    expect(lookupGroup('G7')?.id).toBe('G7');
  });

  it('knows the G7 members', () => {
    expect(isGroupMember('G7', 'JP')).toBe(true);
    expect(isGroupMember('G7', 'KR')).toBe(false);
  });

  it('knows NATO, AUKUS and the Nordic countries', () => {
    expect(lookupGroup('Nato')?.id).toBe('NATO');
    expect(isGroupMember('AUKUS', 'AU')).toBe(true);
    expect(lookupGroup('Nordic countries')?.members).toContain('IS');
  });
});

describe('countryByCode', () => {
  it('gives the canonical name for a code', () => {
    expect(countryByCode('us')?.name).toBe('United States');
  });
});

describe('findCountryMentions', () => {
  it('finds names and adjectives with offsets, longest first', () => {
    const text = 'Ukrainian, South Korean and US sources say North Korea sent troops.';
    const found = findCountryMentions(text).map((m) => [m.surface, m.code, m.via]);
    expect(found).toEqual([
      ['Ukrainian', 'UA', 'DEMONYM'],
      ['South Korean', 'KR', 'DEMONYM'],
      ['US', 'US', 'NAME'],
      ['North Korea', 'KP', 'NAME'],
    ]);
  });

  it('skips a country name used as part of a US state', () => {
    expect(findCountryMentions('He lives in New Jersey.')).toEqual([]);
  });
});
