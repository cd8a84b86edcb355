import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasePattern, phraseSpans, type PhraseStyle } from './phrase-spans.js';

// Surrogates are rare: a text with one is left to the regex, the rest is the hand scan.
const pieces = fc.oneof(
  {
    arbitrary: fc.constantFrom('Ukraine', 'U.S.', ' ', '  ', '\n', 'of ', 'for ', 'the '),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom('de ', 'du ', 'ofX', "'s", "'", '’', 'É', 'é', 'x', '3'),
    weight: 4,
  },
  { arbitrary: fc.constantFrom('-', '&', '.', 'A', 'Ünion', '\u00A0', '\u2028'), weight: 2 },
  { arbitrary: fc.string({ maxLength: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom('𝐀', '\uD835', '\uDC00'), weight: 1 },
);

function regexSpans(text: string, style: PhraseStyle): number[] {
  const global = new RegExp(phrasePattern(style).source, 'gu');
  return [...text.matchAll(global)].flatMap((m) => [m.index, m.index + m[0].length]);
}

describe('phraseSpans', () => {
  for (const afterApostrophe of [false, true]) {
    it(`gives the matches of the global pattern (afterApostrophe: ${afterApostrophe})`, () => {
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
          const text = parts.join('');
          expect(phraseSpans(text, { afterApostrophe })).toEqual(
            regexSpans(text, { afterApostrophe }),
          );
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('joins words over particles and stops before a possessive apostrophe only by style', () => {
    const text = "The Group of the Seven met. Ukraine's Security Council";
    const phrases = (style: PhraseStyle): string[] => {
      const spans = phraseSpans(text, style);
      return spans.filter((_, i) => i % 2 === 0).map((s, i) => text.slice(s, spans[2 * i + 1]));
    };
    expect(phrases({ afterApostrophe: false })).toEqual([
      'The Group of the Seven',
      "Ukraine's Security Council",
    ]);
  });
});
