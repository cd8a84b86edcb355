import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/index.js';
import { bareArticle, sampleArticle } from '../fixtures/articles.js';
import { databaseUrl, dropSchema, prepareDatabase, uniqueSchema } from './helpers.js';

describe('saveArticles', () => {
  const schema = uniqueSchema('store_save');
  let store: Store;

  async function bodyTextOf(id: string): Promise<string | undefined> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const result = await client.query<{ body_text: string }>(
        `select body_text from ${schema}.articles where id = $1`,
        [id],
      );
      return result.rows[0]?.body_text;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await prepareDatabase();
    store = createStore({ databaseUrl, schema });
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('round-trips an article with its statements and signatory lists', async () => {
    const article = sampleArticle('round-trip');
    expect(await store.saveArticles([article])).toEqual([{ articleId: article.id, created: true }]);
    expect(await store.getArticle(article.id)).toEqual(article);
  });

  it('saves a date whose instant falls past year 9999, and filters by it', async () => {
    // 23:00 at UTC-5 on the last day of 9999 is 04:00 UTC in year 10000.
    const article = sampleArticle('year-10000', '9999-12-31T23:00:00-05:00');
    expect(await store.saveArticles([article])).toEqual([{ articleId: article.id, created: true }]);
    expect(await store.getArticle(article.id)).toEqual(article);
    const page = await store.listArticles({ publishedFrom: '9999-12-31' }, { first: 10 });
    expect(page.items.map((a) => a.id)).toEqual([article.id]);
  });

  it('round-trips an article without date, lede, statements or lists', async () => {
    const article = bareArticle('bare-round-trip');
    await store.saveArticles([article]);
    expect(await store.getArticle(article.id)).toEqual(article);
  });

  it('reports created=false and changes nothing when the same content is saved again', async () => {
    const article = sampleArticle('again');
    await store.saveArticles([article]);
    const before = await store.getArticle(article.id);
    expect(await store.saveArticles([article])).toEqual([
      { articleId: article.id, created: false },
    ]);
    expect(await store.getArticle(article.id)).toEqual(before);
    const statements = await store.listStatements({ articleId: article.id }, { first: 100 });
    expect(statements.items).toHaveLength(article.statements.length);
  });

  it('keeps both sources when the same content arrives under two names', async () => {
    const article = sampleArticle('two-names');
    const copy = {
      ...article,
      source: {
        ...article.source,
        uri: 'file:///inbox/copy.txt',
        ingestedAt: '2024-11-07T00:00:00.000Z',
      },
    };
    await store.saveArticles([article]);
    expect(await store.saveArticles([copy])).toEqual([{ articleId: article.id, created: false }]);
    const [stored] = await store.loadArticles([article.id]);
    expect(stored?.sources.map((s) => s.uri)).toEqual([article.source.uri, copy.source.uri]);
    expect(stored?.source).toEqual(article.source);
  });

  it('reports a repeat within one batch as not created', async () => {
    const article = sampleArticle('repeat-in-batch');
    expect(await store.saveArticles([article, article])).toEqual([
      { articleId: article.id, created: true },
      { articleId: article.id, created: false },
    ]);
  });

  it('stores one row when two store instances save the same article at once', async () => {
    const other = createStore({ databaseUrl, schema });
    try {
      const article = sampleArticle('concurrent');
      const results = await Promise.all([
        store.saveArticles([article]),
        other.saveArticles([article]),
        store.saveArticles([article]),
        other.saveArticles([article]),
      ]);
      expect(results.flat().filter((r) => r.created)).toHaveLength(1);
      const page = await store.listStatements({ articleId: article.id }, { first: 100 });
      expect(page.items).toHaveLength(article.statements.length);
    } finally {
      await other.close();
    }
  });

  it('saves a batch, its children, its sources and its cleared failures in one statement', async () => {
    let queries = 0;
    const counted = createStore({ databaseUrl, schema, onQuery: () => void (queries += 1) });
    try {
      const batch = ['one-statement-a', 'one-statement-b', 'one-statement-c'].map((seed) =>
        sampleArticle(seed),
      );
      const results = await counted.saveArticles(batch, { clearFailuresOf: ['job-1', 'job-2'] });
      expect(results.map((r) => r.created)).toEqual([true, true, true]);
      expect(queries).toBe(1);
      for (const article of batch) expect(await store.getArticle(article.id)).toEqual(article);
    } finally {
      await counted.close();
    }
  });

  it('derives the searchable body from the sections: headings and paragraphs, blank lines between', async () => {
    const base = sampleArticle('body-text');
    const article = {
      ...base,
      sections: [
        ...base.sections,
        { heading: '', paragraphs: [] },
        { heading: null, paragraphs: [{ index: 2, text: 'Last words.' }] },
      ],
    };
    await store.saveArticles([article]);
    const expected = article.sections
      .flatMap((section) => [
        ...(section.heading === null ? [] : [section.heading]),
        ...section.paragraphs.map((paragraph) => paragraph.text),
      ])
      .join('\n\n');
    expect(await bodyTextOf(article.id)).toBe(expected);
    await store.saveArticles([{ ...bareArticle('no-sections'), sections: [] }]);
    expect(await bodyTextOf(bareArticle('no-sections').id)).toBe('');
  });

  it('stores a lone UTF-16 surrogate as U+FFFD, as any text parameter would be', async () => {
    const article = sampleArticle('lone-surrogate');
    const [first, ...rest] = article.statements;
    const cut = { ...article, statements: [{ ...first!, quote: 'cut \uD83D here' }, ...rest] };
    expect(await store.saveArticles([cut])).toEqual([{ articleId: article.id, created: true }]);
    const stored = await store.getArticle(article.id);
    expect(stored?.statements[0]?.quote).toBe('cut \uFFFD here');
  });

  it('rejects an article that is not valid under the domain schema', async () => {
    const article = { ...sampleArticle('invalid'), contentHash: 'nope' };
    await expect(store.saveArticles([article])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
