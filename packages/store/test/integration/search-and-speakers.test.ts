import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/index.js';
import { bareArticle, sampleArticle } from '../fixtures/articles.js';
import { databaseUrl, dropSchema, prepareDatabase, uniqueSchema } from './helpers.js';

describe('search and speakers', () => {
  const schema = uniqueSchema('store_search');
  let store: Store;
  const inHeadline = { ...bareArticle('volcano-headline'), headline: 'Volcano erupts in Iceland' };
  const base = bareArticle('volcano-body');
  const inBody = {
    ...base,
    headline: 'Other news of the day',
    sections: [
      {
        heading: null,
        paragraphs: [{ index: 0, text: 'Flights <resumed>\n\nafter the volcano calmed & cooled.' }],
      },
    ],
  };
  const quoted = [sampleArticle('sp-1', '2024-11-01'), sampleArticle('sp-2', '2024-11-02')];

  beforeAll(async () => {
    await prepareDatabase();
    store = createStore({ databaseUrl, schema });
    await store.migrate();
    await store.saveArticles([inHeadline, inBody, ...quoted]);
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('ranks a headline match above a body match', async () => {
    const page = await store.searchArticles('volcanoes');
    expect(page.items.map((a) => a.id)).toEqual([inHeadline.id, inBody.id]);
    expect(page.edges[0]?.rank).toBeGreaterThan(page.edges[1]?.rank ?? Infinity);
  });

  it('pages search results by rank without repeats', async () => {
    const first = await store.searchArticles('volcano', {}, { first: 1 });
    const second = await store.searchArticles(
      'volcano',
      {},
      { first: 1, after: first.pageInfo.endCursor },
    );
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual([inHeadline.id, inBody.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('highlights the matched words in an escaped extract of the body, and counts all matches', async () => {
    const page = await store.searchArticles('volcanoes');
    const snippets = await Promise.all(page.edges.map((edge) => edge.snippet()));
    expect(snippets[1]).toBe(
      'Flights &lt;resumed&gt; after the <mark>volcano</mark> calmed &amp; cooled',
    );
    expect(await page.totalCount?.()).toBe(2);
  });

  it('searches quotes, best match first, highlighting the matched words, paging by rank', async () => {
    const page = await store.searchStatements('troops shelled', {}, { first: 1 });
    expect(page.items.map((s) => s.quote)).toEqual([
      'The first North Korean troops have already been shelled, in the Kursk region.',
    ]);
    expect(await page.edges[0]?.snippet()).toBe(
      'The first North Korean <mark>troops</mark> have already been <mark>shelled</mark>, in the Kursk region.',
    );
    expect(await page.totalCount?.()).toBe(2);
    const next = await store.searchStatements(
      'troops shelled',
      {},
      { first: 1, after: page.pageInfo.endCursor },
    );
    expect(next.items.map((s) => s.articleId)).not.toContain(page.items[0]?.articleId);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const filtered = await store.searchStatements('troops', { publishedFrom: '2024-11-02' });
    expect(filtered.items.map((s) => s.articleId)).toEqual([quoted[1]?.id]);
  });

  it('refuses an empty search', async () => {
    await expect(store.searchArticles('  ')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('lists speakers most quoted first, with roles and counts, across pages', async () => {
    const first = await store.listSpeakers({}, { first: 1 });
    const rest = await store.listSpeakers({}, { first: 10, after: first.pageInfo.endCursor });
    expect([...first.items, ...rest.items]).toEqual([
      { name: 'Andrii Kovalenko', kind: 'PERSON', roles: [], statementCount: 2, articleCount: 2 },
      {
        name: 'Volodymyr Zelenskyy',
        kind: 'PERSON',
        roles: ['President of Ukraine'],
        statementCount: 2,
        articleCount: 2,
      },
    ]);
  });

  it('counts only statements of articles in the date range', async () => {
    const page = await store.listSpeakers({ name: 'zelensk', publishedFrom: '2024-11-02' });
    expect(page.items.map((s) => [s.name, s.statementCount])).toEqual([['Volodymyr Zelenskyy', 1]]);
  });
});
