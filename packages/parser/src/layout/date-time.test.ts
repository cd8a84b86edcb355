import { describe, expect, it } from 'vitest';
import { toPublishedAt } from './date-time.js';

describe('toPublishedAt', () => {
  it.each([
    ['2019-11-19T13:03:00-05:00', '2019-11-19T13:03:00-05:00'],
    ['2019-11-19T01:50:59.403Z', '2019-11-19T01:50:59Z'],
    ['2019-11-19T13:03+0100', '2019-11-19T13:03:00+01:00'],
    ['2019-11-19T13:03:00', '2019-11-19'],
    ['2019-11-19', '2019-11-19'],
    ['Mon, 07 Jan 2019 18:30:00 GMT', '2019-01-07T18:30:00Z'],
    ['Sat, 5 Jan 2019 10:00:00 +0100', '2019-01-05T10:00:00+01:00'],
    ['07 Jan 2019 18:30 EST', '2019-01-07T18:30:00-05:00'],
  ])('reads %s as %s', (input, expected) => {
    expect(toPublishedAt(input, 'in')).toBe(expected);
  });

  it('returns null for text that is no date', () => {
    expect(toPublishedAt('last Tuesday', 'in')).toBeNull();
  });

  it.each(['2019-02-30T10:00:00Z', 'Sat, 30 Feb 2019 10:00:00 GMT', '2019-01-07T25:00:00Z'])(
    'rejects %s as INVALID_DATE',
    (input) => {
      expect(() => toPublishedAt(input, 'in')).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE' }) as Error,
      );
    },
  );
});
