import type { Article } from '@wiredesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/index.js';
import { bareArticle, sampleArticle } from '../fixtures/articles.js';
import { databaseUrl, dropSchema, prepareDatabase, uniqueSchema } from './helpers.js';

/** The sample article with another main speaker and no signatory list. */
function otherSpeaker(seed: string, publishedAt: string): Article {
  const base = sampleArticle(seed, publishedAt);
  return {
    ...base,
    statements: base.statements.map((s) =>
      s.speaker === null
        ? { ...s, signatoryListId: null }
        : { ...s, speaker: { ...s.speaker, name: 'Kaja Kallas', role: null } },
    ),
    signatoryLists: [],
  };
}

describe('filters across lists, orders and totals', () => {
  const schema = uniqueSchema('store_filters');
  let store: Store;
  const zelenskyy = [sampleArticle('f-1', '2024-11-04'), sampleArticle('f-2', '2024-11-06')];
  const kallas = otherSpeaker('f-3', '2024-11-05');
  const bare = bareArticle('f-bare');

  beforeAll(async () => {
    await prepareDatabase();
    store = createStore({ databaseUrl, schema });
    await store.migrate();
    await store.saveArticles([...zelenskyy, kallas, bare]);
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('filters articles by who they quote and by the country of a signatory', async () => {
    const quoting = await store.listArticles({ speaker: 'kallas' });
    const signedByKorea = await store.listArticles({ countryCode: 'kr' });
    expect(quoting.items.map((a) => a.id)).toEqual([kallas.id]);
    expect(signedByKorea.items.map((a) => a.id)).toEqual(zelenskyy.map((a) => a.id).reverse());
  });

  it('orders articles oldest first across pages, undated last', async () => {
    const first = await store.listArticles({}, { first: 2, orderBy: 'OLDEST_FIRST' });
    const rest = await store.listArticles(
      {},
      { first: 10, after: first.pageInfo.endCursor, orderBy: 'OLDEST_FIRST' },
    );
    expect([...first.items, ...rest.items].map((a) => a.id)).toEqual([
      zelenskyy[0]?.id,
      kallas.id,
      zelenskyy[1]?.id,
      bare.id,
    ]);
  });

  it('counts every matching row, not only the page', async () => {
    const page = await store.listStatements({ speakerKind: 'PERSON' }, { first: 1 });
    expect(page.items).toHaveLength(1);
    expect(await page.totalCount?.()).toBe(2 * 3);
  });

  it('filters statements by the country of the list that made them and by quote text', async () => {
    const byCountry = await store.listStatements({ countryCode: 'GB' }, { first: 10 });
    const byQuote = await store.listStatements({ quoteText: 'troops shelled' }, { first: 10 });
    expect(byCountry.items.map((s) => s.id)).toEqual(zelenskyy.map((a) => `${a.id}:s2`).reverse());
    expect(await byQuote.totalCount?.()).toBe(3);
  });

  it('orders speakers by name and counts only statements of the given kind', async () => {
    const page = await store.listSpeakers({ statementKind: 'PARTIAL' }, { orderBy: 'NAME' });
    expect(page.items.map((s) => [s.name, s.statementCount])).toEqual([
      ['Kaja Kallas', 1],
      ['Volodymyr Zelenskyy', 2],
    ]);
  });

  it('searches newest first within an agency and counts the matches', async () => {
    const page = await store.searchArticles(
      'troops',
      { agency: 'Reuters', speaker: 'zelensk' },
      { orderBy: 'NEWEST_FIRST' },
    );
    expect(page.items.map((a) => a.id)).toEqual(zelenskyy.map((a) => a.id).reverse());
    expect(await page.totalCount?.()).toBe(2);
  });
});
