import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlShare, normalizeText } from './decode.js';

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

describe('controlShare', () => {
  it('counts exactly the control characters, whatever its shortcut skips', () => {
    const counted = (c: number): boolean =>
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c < 0xa0) ||
      c === 0xfffd;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (controlShare(`ab${String.fromCharCode(c)}d`) !== (counted(c) ? 0.25 : 0)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
