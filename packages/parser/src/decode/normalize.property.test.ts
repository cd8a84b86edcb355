import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './decode.js';

// normalizeText as its doc comment states it, every step always applied.
function reference(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\uFEFF/g, '')
    .normalize('NFC')
    .replace(/[ \t]+$/gm, '');
}

const pieces = fc.oneof(
  fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u2028', '\u2029', '\uFEFF', 'e\u0301', 'word'),
  fc.string({ maxLength: 3 }),
);

describe('normalizeText', () => {
  it('gives what every step applied unconditionally gives', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
