import { describe, expect, it } from 'vitest';
import { Article, type Statement } from '@wiredesk/domain';
import { parseFixture } from '../test/fixtures.js';
import { parseArticles } from './index.js';

// What a statement says and where, without the ids that depend on the article's content hash.
function comparable(s: Statement) {
  return {
    location: s.location,
    paragraphIndex: s.paragraphIndex,
    charStart: s.charStart,
    charEnd: s.charEnd,
    kind: s.kind,
    quote: s.quote,
    cue: s.cue,
    speaker: s.speaker?.name ?? null,
  };
}

function only(relative: string): Article {
  const articles = parseFixture(relative);
  expect(articles).toHaveLength(1);
  return articles[0] as Article;
}

const [wire] = parseFixture('same-article/story.txt');
const reference = (wire?.statements ?? []).map(comparable);

describe('the same article in every format', () => {
  it('has statements as wire text', () => {
    expect(reference.length).toBeGreaterThan(5);
  });

  it.each([
    ['HTML', 'same-article/story.html'],
    ['ninjs 1.x', 'same-article/story.ninjs1.json'],
    ['ninjs 2.x', 'same-article/story.ninjs2.json'],
    ['plain JSON', 'same-article/story.plain.json'],
    ['Atom', 'same-article/feed.atom.xml'],
  ])('gives the wire-text statements as %s', (_format, file) => {
    const article = only(file);
    expect(article.statements.map(comparable)).toEqual(reference);
  });

  it('gives the wire-text statements as an RSS item', () => {
    const [item] = parseFixture('same-article/feed.rss.xml');
    expect(item?.statements.map(comparable)).toEqual(reference);
  });

  it('gives the wire-text paragraphs and headline as HTML', () => {
    const html = only('same-article/story.html');
    expect(html.headline).toBe(wire?.headline);
    expect(html.sections).toEqual(wire?.sections);
  });

  it.each([
    'same-article/story.html',
    'same-article/story.ninjs1.json',
    'same-article/story.ninjs2.json',
    'same-article/story.plain.json',
    'same-article/feed.rss.xml',
    'same-article/feed.atom.xml',
  ])('gives valid records for %s', (file) => {
    for (const article of parseFixture(file)) expect(Article.safeParse(article).success).toBe(true);
  });
});

describe('HTML pages', () => {
  const page = only('same-article/story.html');

  it('reads the JSON-LD publication time with its offset', () => {
    expect(page.publishedAt).toBe('2019-01-07T18:30:00+00:00');
  });

  it('credits JSON-LD authors as authors and the publisher as agency', () => {
    expect(page.credits).toEqual({ authors: ['Wikinews contributors'], agencies: ['Wikinews'] });
  });

  it('keeps cookie banners, navigation, related links, ads, comments and footers out', () => {
    const text = JSON.stringify(page.sections);
    for (const junk of ['cookies', 'Economy and business', 'longest in history', 'Advertisement'])
      expect(text).not.toContain(junk);
    expect(text).not.toContain('outrageous');
    expect(text).not.toContain('Creative Commons');
  });

  it('records the source format and language', () => {
    expect([page.source.format, page.language]).toEqual(['HTML', 'en']);
  });
});

describe('ninjs and JSON', () => {
  it('takes the ninjs uri as the stable source id', () => {
    expect(only('same-article/story.ninjs2.json').source.uri).toBe(
      'urn:wikinews:2019-01-07:trump-state-of-emergency',
    );
  });

  it('splits a ninjs byline into authors', () => {
    expect(only('same-article/story.ninjs1.json').credits.authors).toEqual([
      'Wikinews contributors',
    ]);
  });

  it('keeps a plain date as a date', () => {
    expect(only('same-article/story.plain.json').publishedAt).toBe('2019-01-07');
  });
});

describe('feeds', () => {
  const items = parseFixture('same-article/feed.rss.xml');

  it('gives one article per RSS item', () => {
    expect(items.map((a) => a.source.format)).toEqual(['RSS', 'RSS']);
  });

  it('takes each guid as the source id', () => {
    expect(items.map((a) => a.source.uri)).toEqual([
      'urn:wikinews:2019-01-07:trump-state-of-emergency',
      'https://en.wikinews.org/wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland',
    ]);
  });

  it('reads an RFC 822 pubDate with its offset', () => {
    expect(items[1]?.publishedAt).toBe('2019-01-05T10:00:00+01:00');
  });

  it('reads escaped HTML in a description as paragraphs', () => {
    expect(items[1]?.sections[0]?.paragraphs.map((p) => p.text)).toEqual([
      'Five teenage girls died in a fire at an escape room in Koszalin, Poland, on Friday, officials said.',
      'The fire service said the girls were celebrating a birthday.',
    ]);
  });

  it('gives a repeated item once, by content and by guid', () => {
    const item = (guid: string, text: string) =>
      `<item><title>Bridge reopens</title><guid>${guid}</guid><description>${text}</description></item>`;
    const text = 'The council said on Monday that the bridge had reopened after repairs.';
    const rss = `<rss version="2.0"><channel>${item('a', text)}${item('b', text)}${item('a', `${text} Again.`)}${item('c', `${text} New.`)}</channel></rss>`;
    const articles = parseArticles({
      bytes: new TextEncoder().encode(rss),
      fileName: 'feed.xml',
      ingestedAt: '2024-01-01T00:00:00Z',
    });
    expect(articles.map((a) => a.source.uri)).toEqual(['a', 'c']);
  });

  it('gives the same content the same article id whatever the format', () => {
    const atom = only('same-article/feed.atom.xml');
    expect(atom.id).toBe(items[0]?.id);
  });
});

describe('legacy and UTF-16 encodings', () => {
  const quote = '“We cannot pay this,” said Renée Gagné';

  it.each([
    ['Windows-1252 named in an HTML meta tag', 'encodings/cafe.windows-1252.html'],
    ['UTF-16 LE with a BOM', 'encodings/cafe.utf-16le.html'],
  ])('decodes %s', (_what, file) => {
    const article = only(file);
    expect(article.headline).toBe('Café owners protest new tax');
    expect(article.sections[0]?.paragraphs[1]?.text).toContain(quote);
  });

  it('keeps valid UTF-8 as UTF-8 even when the page declares a legacy encoding', () => {
    const page =
      '<html><head><meta charset="iso-8859-1"><title>Café owners protest</title></head>' +
      '<body><p>Café owners in Montréal said on Tuesday that the new tax would close many of them.</p></body></html>';
    const [article] = parseArticles({
      bytes: new TextEncoder().encode(page),
      fileName: 'utf8.html',
      ingestedAt: '2024-01-01T00:00:00Z',
    });
    expect(article?.sections[0]?.paragraphs[0]?.text).toContain('Montréal');
  });

  it('decodes ISO-8859-1 named in an XML declaration', () => {
    const article = only('encodings/cafe.iso-8859-1.rss.xml');
    expect(article.sections[0]?.paragraphs[0]?.text).toContain('Montréal');
  });

  it('takes the language from the page and the feed', () => {
    expect([
      only('encodings/cafe.windows-1252.html').language,
      only('encodings/cafe.iso-8859-1.rss.xml').language,
    ]).toEqual(['fr', 'fr']);
  });
});
