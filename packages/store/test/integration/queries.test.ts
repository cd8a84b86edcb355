import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/index.js';
import { bareArticle, sampleArticle } from '../fixtures/articles.js';
import { databaseUrl, dropSchema, prepareDatabase, uniqueSchema } from './helpers.js';

describe('read queries', () => {
  const schema = uniqueSchema('store_queries');
  let store: Store;
  const dated = [
    sampleArticle('q-monday', '2024-11-04'),
    sampleArticle('q-tuesday', '2024-11-05T09:30:00+02:00'),
    sampleArticle('q-wednesday', '2024-11-06'),
    sampleArticle('q-thursday', '2024-11-07'),
  ];
  const undated = bareArticle('q-undated');

  beforeAll(async () => {
    await prepareDatabase();
    store = createStore({ databaseUrl, schema });
    await store.migrate();
    await store.saveArticles([...dated, undated]);
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('lists articles newest first with undated ones last, across pages', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page = await store.listArticles({}, { first: 2, after });
      ids.push(...page.items.map((a) => a.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual([...dated.map((a) => a.id).reverse(), undated.id]);
  });

  it('filters articles by a publication range whose end date includes its day', async () => {
    const page = await store.listArticles({
      publishedFrom: '2024-11-05',
      publishedTo: '2024-11-06',
    });
    expect(page.items.map((a) => a.publishedAt)).toEqual([
      '2024-11-06',
      '2024-11-05T09:30:00+02:00',
    ]);
  });

  it('filters articles by exact agency and author credit', async () => {
    const byAgency = await store.listArticles({ agency: 'Reuters' }, { first: 100 });
    const byWrongCase = await store.listArticles({ agency: 'reuters' }, { first: 100 });
    const byAuthor = await store.listArticles({ author: 'wmr', publishedFrom: '2024-11-07' });
    expect(byAgency.items).toHaveLength(dated.length + 1);
    expect(byWrongCase.items).toEqual([]);
    expect(byAuthor.items.map((a) => a.id)).toEqual([dated[3]?.id]);
  });

  it('finds articles by full text, stemmed', async () => {
    const page = await store.listArticles({ text: 'skirmishes q-tuesday' });
    expect(page.items.map((a) => a.id)).toEqual([dated[1]?.id]);
  });

  it('filters statements by part of the speaker name, any case', async () => {
    const page = await store.listStatements({ speaker: 'zelensk' }, { first: 100 });
    expect(page.items).toHaveLength(dated.length);
    expect(new Set(page.items.map((s) => s.speaker?.name))).toEqual(
      new Set(['Volodymyr Zelenskyy']),
    );
  });

  it('filters statements by kind and by cue regardless of case', async () => {
    const page = await store.listStatements({ kind: 'DIRECT', cue: 'said' }, { first: 100 });
    expect(page.items.map((s) => s.quote)).toEqual(
      Array(dated.length).fill(
        'The first North Korean troops have already been shelled, in the Kursk region.',
      ),
    );
  });

  it('pages statements without repeats or gaps', async () => {
    const all = await store.listStatements({}, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await store.listStatements({}, { first: 5, after });
      seen.push(...page.items.map((s) => s.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    expect(seen).toEqual(all.items.map((s) => s.id));
    expect(seen).toHaveLength(dated.length * 3);
  });

  it('filters signatory lists by country code and by group', async () => {
    const byCountry = await store.listSignatoryLists({ countryCode: 'gb' }, { first: 100 });
    expect(byCountry.items).toHaveLength(dated.length);
    const none = await store.listSignatoryLists({ countryCode: 'FR' });
    expect(none.items).toEqual([]);
    const byGroup = await store.listSignatoryLists({ group: 'G7', publishedFrom: '2024-11-07' });
    expect(byGroup.items.map((l) => l.articleId)).toEqual([dated[3]?.id]);
    expect(byGroup.items[0]?.signatories.map((s) => s.name)).toEqual([
      'United States',
      'United Kingdom',
      'South Korea',
    ]);
  });

  it('loads statements and lists per article id, aligned with the ids asked for', async () => {
    const ids = [undated.id, dated[0]?.id ?? '', 'missing'];
    const statements = await store.statementsByArticleIds(ids);
    const lists = await store.signatoryListsByArticleIds(ids);
    const articles = await store.loadArticles(ids);
    expect(statements.map((s) => s.length)).toEqual([0, 3, 0]);
    expect(lists.map((l) => l.length)).toEqual([0, 1, 0]);
    expect(articles.map((a) => a?.id ?? null)).toEqual([undated.id, dated[0]?.id, null]);
  });

  it('rejects a cursor it did not make', async () => {
    await expect(store.listArticles({}, { after: 'bm90IGEgY3Vyc29y' })).rejects.toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });

  it('rejects a publication date that is not ISO 8601', async () => {
    await expect(store.listStatements({ publishedFrom: 'last week' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
