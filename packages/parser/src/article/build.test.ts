import { describe, expect, it } from 'vitest';
import { parseArticles } from '../index.js';

function parse(text: string) {
  const [article] = parseArticles({
    bytes: new TextEncoder().encode(text),
    fileName: 'story.txt',
    ingestedAt: '2024-01-02T00:00:00.000Z',
  });
  if (article === undefined) throw new Error('no article');
  return article;
}

const story =
  ' date 2020-01-02 Pipeline deal signed in Athens. Greece, Cyprus and Israel signed the EastMed pipeline agreement.\n\n' +
  'The three leaders met in Athens on Thursday for the signing ceremony of the project.\n\n' +
  'Turkey and Libya signed a maritime border agreement in November, officials said.\n';

describe('buildArticle', () => {
  it('finds a list in the lede, with no paragraph index', () => {
    const [list] = parse(story).signatoryLists;
    expect(list).toMatchObject({ location: 'LEDE', paragraphIndex: null, cue: 'signed' });
    expect(list?.signatories.map((s) => s.countryCode)).toEqual(['GR', 'CY', 'IL']);
  });

  it('numbers lists from l0 in text order under the article id', () => {
    const article = parse(story);
    expect(article.signatoryLists.map((l) => [l.id, l.paragraphIndex])).toEqual([
      [`${article.id}:l0`, null],
      [`${article.id}:l1`, 1],
    ]);
  });

  it('counts the words of headline, lede, headings and paragraphs', () => {
    expect(
      parse(' date 2020-01-02 Two words\n\nA heading\n\nThree more words here.\n').wordCount,
    ).toBe(8);
  });

  it('gives a different id for different content', () => {
    expect(parse(story).id).not.toBe(parse(story.replace('Thursday', 'Friday')).id);
  });
});
