import { describe, expect, it } from 'vitest';
import { EvalInputError } from './errors.js';
import { parseGoldLines } from './gold.js';

describe('parseGoldLines', () => {
  it('reads quotes and signatory lists from JSON Lines', () => {
    const line = JSON.stringify({
      id: 'x.txt',
      text: 't',
      quotes: [{ quote: 'q', kind: 'DIRECT', speaker: 'S', cue: 'said' }],
      signatoryLists: [{ document: 'd', signatories: [{ name: 'Japan', countryCode: 'JP' }] }],
    });
    expect(parseGoldLines(`${line}\n\n`)).toEqual([
      {
        id: 'x.txt',
        text: 't',
        quotes: [{ quote: 'q', kind: 'DIRECT', speaker: 'S' }],
        signatoryLists: [{ document: 'd', signatories: [{ name: 'Japan', countryCode: 'JP' }] }],
      },
    ]);
  });

  it('rejects a quote with an unknown kind', () => {
    const line = JSON.stringify({ id: 'x', text: 't', quotes: [{ quote: 'q', kind: 'FULL' }] });
    expect(() => parseGoldLines(line)).toThrow(EvalInputError);
  });
});
