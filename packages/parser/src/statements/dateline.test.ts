import { describe, expect, it } from 'vitest';
import { datelineLength } from './dateline.js';
import { extractStatements } from './extract.js';

function rest(paragraph: string): string {
  return paragraph.slice(datelineLength(paragraph));
}

describe('datelineLength', () => {
  it('finds the wire datelines that open a lede', () => {
    expect(rest('KYIV, Nov 8 (Reuters) - Talks will resume, officials said.')).toBe(
      'Talks will resume, officials said.',
    );
    expect(rest('WASHINGTON (AP) — The Senate voted on Friday.')).toBe(
      'The Senate voted on Friday.',
    );
    expect(rest('BRUSSELS — Ministers met.')).toBe('Ministers met.');
    expect(rest('ST. LOUIS, Missouri -- A storm hit.')).toBe('A storm hit.');
    expect(rest('Kyiv, Ukraine (dpa) – The ministry said it was ready.')).toBe(
      'The ministry said it was ready.',
    );
  });

  it('leaves paragraphs that open with a name, a clause or a quote alone', () => {
    for (const paragraph of [
      'Kyiv - the capital - was quiet, officials said.',
      'The EU — a bloc of 27 — agreed, a spokesman said.',
      '"We are ready - fully ready," she said.',
      'NATO said on Friday it would meet.',
      'A well-known author, Jane Doe, said the book - her fifth - was done.',
    ]) {
      expect(datelineLength(paragraph)).toBe(0);
    }
  });
});

describe('reports in a lede that opens with a dateline', () => {
  it('start after the dateline', () => {
    const out = extractStatements({
      headline: 'Talks to resume',
      lede: null,
      paragraphs: [
        {
          index: 0,
          text: 'OSLO, March 3 (Reuters) - The talks will resume in June, officials said.',
        },
        { index: 1, text: 'BERGEN (AP) — "We are ready," the mayor said.' },
      ],
    });
    expect(out.map((s) => [s.kind, s.quote])).toEqual([
      ['INDIRECT', 'The talks will resume in June'],
      ['DIRECT', 'We are ready,'],
    ]);
  });
});
