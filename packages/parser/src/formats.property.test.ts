import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Article } from '@wiredesk/domain';
import { fixtureBytes } from '../test/fixtures.js';
import { ParseError, parseArticles } from './index.js';

const encoder = new TextEncoder();

// Valid records, or a ParseError about the input (never the wrapper around an internal failure).
function onlyParseErrors(bytes: Uint8Array): boolean {
  try {
    const articles = parseArticles({ bytes, fileName: 'in', ingestedAt: '2024-01-01T00:00:00Z' });
    return articles.every((a) => Article.safeParse(a).success);
  } catch (e) {
    return e instanceof ParseError && !e.message.includes('could not be parsed');
  }
}

// Cuts a fixture and overwrites some of its bytes.
function corrupted(seed: Uint8Array) {
  return fc
    .tuple(
      fc.nat({ max: seed.length }),
      fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 20,
      }),
    )
    .map(([cut, edits]) => {
      const copy = seed.slice(0, cut);
      for (const [at, byte] of edits) if (at < copy.length) copy[at] = byte;
      return copy;
    });
}

describe('structured formats on arbitrary input', { timeout: 60_000 }, () => {
  it.each([
    'same-article/story.html',
    'same-article/story.ninjs2.json',
    'same-article/feed.rss.xml',
    'same-article/feed.atom.xml',
    'encodings/cafe.windows-1252.html',
  ])('returns articles or throws ParseError for cut and corrupted copies of %s', (file) => {
    fc.assert(fc.property(corrupted(fixtureBytes(file)), onlyParseErrors), { numRuns: 200 });
  });

  it('returns articles or throws ParseError for tag soup', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'h2',
      'article',
      'a',
      'li',
      'ul',
      'script',
      'br',
      'meta',
    );
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.string({ maxLength: 40 }),
      fc.constant('<script type="application/ld+json">{"@type":"NewsArticle","headline":'),
    );
    const page = fc.array(piece, { maxLength: 30 }).map((p) => `<!doctype html>${p.join('')}`);
    fc.assert(
      fc.property(page, (s) => onlyParseErrors(encoder.encode(s))),
      { numRuns: 300 },
    );
  });

  it('returns articles or throws ParseError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        const text = JSON.stringify(v);
        return !/^[{[]/.test(text) || onlyParseErrors(encoder.encode(text));
      }),
      { numRuns: 300 },
    );
  });

  it('returns articles or throws ParseError for ninjs-shaped objects with any field values', () => {
    const key = fc.constantFrom(
      'headline',
      'headlines',
      'body_text',
      'body_html',
      'bodies',
      'body',
      'uri',
      'byline',
      'by',
      'author',
      'language',
      'firstcreated',
      'versioncreated',
      'datePublished',
      'publisher',
    );
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant('Storm hits the coast. Officials said thousands lost power.'),
      fc.constant([
        { value: '<p>Officials said thousands lost power.</p>', contenttype: 'text/html' },
      ]),
      fc.constantFrom('2024-02-30', '2024-01-05T10:00:00+01:00', 'Sat, 05 Jan 2019 10:00:00 GMT'),
    );
    const doc = fc.dictionary(key, value, { maxKeys: 6 });
    fc.assert(
      fc.property(doc, (d) => onlyParseErrors(encoder.encode(JSON.stringify(d)))),
      { numRuns: 500 },
    );
  });
});
