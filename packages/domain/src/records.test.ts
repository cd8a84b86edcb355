import { describe, expect, it } from 'vitest';
import { Signatory } from './records.js';

describe('Signatory', () => {
  const britain = {
    name: 'United Kingdom',
    surface: 'Britain',
    kind: 'COUNTRY',
    countryCode: 'GB',
    group: 'G7',
    relation: 'MEMBER',
  };

  it('accepts an ISO 3166-1 alpha-2 country code', () => {
    expect(Signatory.parse(britain)).toEqual(britain);
  });

  it('rejects a country code that is not two upper-case letters', () => {
    expect(Signatory.safeParse({ ...britain, countryCode: 'GBR' }).success).toBe(false);
    expect(Signatory.safeParse({ ...britain, countryCode: 'gb' }).success).toBe(false);
  });
});
