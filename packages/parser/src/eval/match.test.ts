import { describe, expect, it } from 'vitest';
import { matchOneToOne, tokensMatch } from './match.js';

const t = (s: string): string[] => s.split(' ');

describe('tokensMatch', () => {
  it('matches when the shorter sequence is inside the longer and covers 80% of it', () => {
    expect(tokensMatch(t('a b c d e'), t('a b c d'))).toBe(true);
  });

  it('rejects a contained sequence below 80% of the longer one', () => {
    expect(tokensMatch(t('a b c d e f'), t('a b c d'))).toBe(false);
  });

  it('rejects sequences that are not contiguous', () => {
    expect(tokensMatch(t('a b c d e'), t('a c d e'))).toBe(false);
  });

  it('never matches an empty sequence', () => {
    expect(tokensMatch([], [])).toBe(false);
  });
});

describe('matchOneToOne', () => {
  it('pairs each gold item with at most one prediction', () => {
    expect(matchOneToOne([t('a b'), t('a b')], [t('a b')])).toHaveLength(1);
  });

  it('finds the maximum matching rather than a greedy one', () => {
    // pred 0 fits both gold items, pred 1 only gold 0: a greedy pass would pair just one.
    const gold = [t('a b c d e'), t('b c d e')];
    const pred = [t('b c d e'), t('z a b c d e')];
    expect(matchOneToOne(pred, gold)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
