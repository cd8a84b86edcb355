import { describe, expect, it } from 'vitest';
import { matchShingles, pagePrecision, pageRecall, scoreBodies, tokenize } from './shingles.js';

describe('tokenize', () => {
  it('splits on anything but letters, digits and the underscore', () => {
    expect(tokenize('Don’t stop_now, Zürich 2019!')).toEqual([
      'Don',
      't',
      'stop_now',
      'Zürich',
      '2019',
    ]);
  });
});

describe('matchShingles', () => {
  it('is all true positives for the same text', () => {
    expect(matchShingles('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts extra predicted shingles as false positives, normalised', () => {
    // truth: 2 shingles; prediction: the same 2 plus 1 → tp 2, fp 1 of 3.
    const m = matchShingles('a b c d e', 'a b c d e f');
    expect([m.tp, m.fp, m.fn]).toEqual([2 / 3, 1 / 3, 0]);
  });

  it('counts repeated shingles by multiplicity', () => {
    const m = matchShingles('a b c d', 'a b c d a b c d');
    expect(pagePrecision(m)).toBeLessThan(1);
    expect(pageRecall(m)).toBe(1);
  });

  it('takes a text shorter than four tokens as one shingle', () => {
    expect(matchShingles('hello world', 'hello world')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('gives precision 0 and recall 0 for an empty prediction of a real text', () => {
    const m = matchShingles('one two three four five', '');
    expect([pagePrecision(m), pageRecall(m)]).toEqual([0, 0]);
  });
});

describe('scoreBodies', () => {
  it('averages precision and recall over pages and takes F1 of the means', () => {
    const s = scoreBodies([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: 'a b c d e', predicted: 'a b c d e f' },
    ]);
    expect(s.precision).toBeCloseTo((1 + 2 / 3) / 2);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo((2 * s.precision) / (s.precision + 1));
    expect(s.accuracy).toBe(0.5);
  });

  it('leaves a page out of precision when nothing was predicted or true', () => {
    const s = scoreBodies([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: '', predicted: '' },
    ]);
    expect(s.precision).toBe(1);
  });
});
