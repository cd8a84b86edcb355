import { describe, expect, it } from 'vitest';
import { creditsFrom } from './credits.js';
import { canonicalText, layoutFromStructured, sectionsFromBlocks } from './from-blocks.js';

const credits = { authors: [], agencies: [] };

describe('sectionsFromBlocks', () => {
  it('numbers paragraphs across sections and opens a section per heading', () => {
    const sections = sectionsFromBlocks([
      { kind: 'PARAGRAPH', text: 'One.' },
      { kind: 'HEADING', text: 'Reactions' },
      { kind: 'PARAGRAPH', text: 'Two.' },
    ]);
    expect(sections).toEqual([
      { heading: null, paragraphs: [{ index: 0, text: 'One.' }] },
      { heading: 'Reactions', paragraphs: [{ index: 1, text: 'Two.' }] },
    ]);
  });

  it('drops a heading with no paragraph under it', () => {
    const sections = sectionsFromBlocks([
      { kind: 'HEADING', text: 'Gallery' },
      { kind: 'HEADING', text: 'Reactions' },
      { kind: 'PARAGRAPH', text: 'Two.' },
    ]);
    expect(sections.map((s) => s.heading)).toEqual(['Reactions']);
  });

  it('normalises text to NFC', () => {
    const [section] = sectionsFromBlocks([{ kind: 'PARAGRAPH', text: 'Montre\u0301al.' }]);
    expect(section?.paragraphs[0]?.text).toBe('Montréal.');
  });
});

describe('layoutFromStructured', () => {
  it('rejects an article without paragraphs as NO_ARTICLE', () => {
    const run = () =>
      layoutFromStructured(
        { headline: 'Bridge', publishedAt: null, language: null, credits, blocks: [] },
        'in',
      );
    expect(run).toThrow(expect.objectContaining({ code: 'NO_ARTICLE' }) as Error);
  });

  it('renders the canonical text as wire text', () => {
    const layout = layoutFromStructured(
      {
        headline: 'Bridge reopens',
        publishedAt: '2019-01-07T18:30:00Z',
        language: 'en',
        credits,
        blocks: [{ kind: 'PARAGRAPH', text: 'The bridge reopened.' }],
      },
      'in',
    );
    expect(canonicalText(layout)).toBe(' date 2019-01-07 Bridge reopens\n\nThe bridge reopened.');
  });
});

describe('creditsFrom', () => {
  it('credits a news agency named as author as an agency, and drops "By"', () => {
    expect(creditsFrom(['By Jane Doe', 'Reuters'], ['Daily Post'])).toEqual({
      authors: ['Jane Doe'],
      agencies: ['Reuters', 'Daily Post'],
    });
  });
});
