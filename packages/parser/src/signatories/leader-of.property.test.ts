import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithOf, leaderOf } from './mentions.js';

describe('endsWithOf', () => {
  it('holds wherever leaderOf matches, so skipping the pattern loses nothing', () => {
    const piece = fc.constantFrom(
      'President ',
      'Macron',
      ' of ',
      'of',
      ' the ',
      'the',
      ' ',
      '\t',
      'x',
      'Of ',
      '\u00a0',
      'É',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        if (leaderOf.test(text)) expect(endsWithOf(text, text.length)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
    expect(endsWithOf('President Macron of ', 20)).toBe(true);
    expect(endsWithOf('King Charles of the ', 20)).toBe(true);
    expect(endsWithOf('the leaders ', 12)).toBe(false);
  }, 60_000);
});
