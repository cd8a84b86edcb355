import { describe, expect, it } from 'vitest';
import { normalizeTokens } from './normalize.js';

describe('normalizeTokens', () => {
  it('drops accents, unifies quote characters and lower-cases', () => {
    expect(normalizeTokens('Fernández’s “Café”')).toEqual(normalizeTokens('fernandez\'s "cafe"'));
  });

  it('keeps word tokens only', () => {
    expect(normalizeTokens('The DPRK’s [North Korea’s] war, …')).toEqual([
      'the',
      'dprk',
      's',
      'north',
      'korea',
      's',
      'war',
    ]);
  });

  it('applies NFKC so compatibility forms compare equal', () => {
    expect(normalizeTokens('ﬁre №1')).toEqual(normalizeTokens('fire No1'));
  });
});
