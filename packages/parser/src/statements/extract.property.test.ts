import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectAtOffsets } from '../../test/offsets.js';
import { extractStatements } from './extract.js';

// Text built from the pieces the rules react to, so the generator reaches the interesting paths.
const piece = fc.constantFrom(
  '"',
  '“',
  '”',
  "''",
  '«',
  '»',
  '„',
  ' said ',
  ' told reporters ',
  ' according to ',
  ', ',
  '. ',
  'The ',
  'President ',
  'Anna Berg',
  ' he ',
  ' that ',
  ':',
  ' (WHO) ',
  ' of ',
  ' and ',
  ' foreign ministers from the Group of Seven (G7) democracies ',
  ' in a statement ',
  'x',
);
const paragraph = fc.oneof(
  fc.string(),
  fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
);

describe('extractStatements on arbitrary text', () => {
  it('never throws and every quote sits at its offsets', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), fc.option(paragraph), (texts, lede) => {
        const input = {
          headline: 'h',
          lede,
          paragraphs: texts.map((text, index) => ({ index, text })),
        };
        for (const s of extractStatements(input)) {
          const text = s.paragraphIndex === null ? (lede ?? '') : (texts[s.paragraphIndex] ?? '');
          expectAtOffsets(text, s);
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
