import { describe, expect, it } from 'vitest';
import { scoreGoldSet } from './score.js';
import type { EvalArticle } from './types.js';

const gold: EvalArticle[] = [
  {
    id: 'a',
    quotes: [
      { quote: 'opens a new page', kind: 'PARTIAL', speaker: 'Volodymyr Zelenskyy' },
      { quote: 'troops had fired artillery', kind: 'INDIRECT', speaker: 'another Kyiv official' },
    ],
    signatoryLists: [
      {
        document: 'statement',
        signatories: [
          { name: 'Japan', countryCode: 'JP' },
          { name: 'Italy', countryCode: 'IT' },
        ],
      },
    ],
  },
];

describe('scoreGoldSet', () => {
  it('micro-averages quote P/R/F1 and splits them by kind', () => {
    const predicted: EvalArticle[] = [
      {
        id: 'a',
        quotes: [
          { quote: '“opens a new page”', kind: 'PARTIAL', speaker: 'Zelenskyy' },
          { quote: 'something else entirely', kind: 'INDIRECT', speaker: 'x' },
        ],
        signatoryLists: [],
      },
    ];
    const r = scoreGoldSet(predicted, gold);
    expect(r.all).toMatchObject({ truePositives: 1, predicted: 2, gold: 2, f1: 0.5 });
    expect(r.directPartial).toMatchObject({ precision: 1, recall: 1 });
    expect(r.indirect).toMatchObject({ truePositives: 0, predicted: 1, gold: 1 });
    expect(r.speakerAccuracy).toEqual({ correct: 1, matched: 1, accuracy: 1 });
  });

  it('counts attribution only when the speaker is right too', () => {
    const predicted: EvalArticle[] = [
      {
        id: 'a',
        quotes: [{ quote: 'opens a new page', kind: 'PARTIAL', speaker: 'Umerov' }],
        signatoryLists: [],
      },
    ];
    const r = scoreGoldSet(predicted, gold);
    expect(r.all.truePositives).toBe(1);
    expect(r.attribution.truePositives).toBe(0);
    expect(r.errors.map((e) => e.type).sort()).toEqual(['MISS', 'WRONG_SPEAKER']);
  });

  it('scores signatories as (article, code) pairs and exact lists', () => {
    const predicted: EvalArticle[] = [
      {
        id: 'a',
        quotes: [],
        signatoryLists: [{ document: null, signatories: [{ name: 'Japan', countryCode: 'JP' }] }],
      },
    ];
    const r = scoreGoldSet(predicted, gold);
    expect(r.signatories).toMatchObject({ truePositives: 1, predicted: 1, gold: 2 });
    expect(r.exactLists).toEqual({ exact: 0, gold: 1, share: 0 });
  });

  it('scores a gold article without a prediction as all misses', () => {
    const r = scoreGoldSet([], gold);
    expect(r.all).toMatchObject({ truePositives: 0, predicted: 0, gold: 2, f1: 0 });
  });
});
