/**
 * Articles by the signatory lists they carry: a group matches a list named for it or a list with
 * a member placed in it; a country and a group together must hold on the same list.
 */
import type { Article, SignatoryList } from '@wiredesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/index.js';
import { sampleArticle } from '../fixtures/articles.js';
import { databaseUrl, dropSchema, prepareDatabase, uniqueSchema } from './helpers.js';

type Signatory = SignatoryList['signatories'][number];

const member = (name: string, countryCode: string, group: string | null): Signatory => ({
  name,
  surface: name,
  kind: 'COUNTRY',
  countryCode,
  group,
  relation: group === null ? 'ALONGSIDE' : 'MEMBER',
});

/** The sample article carrying these lists (no statement points at them). */
function carrying(
  seed: string,
  publishedAt: string,
  lists: { groups: string[]; signatories: Signatory[] }[],
): Article {
  const base = sampleArticle(seed, publishedAt);
  return {
    ...base,
    statements: base.statements.map((s) => ({ ...s, signatoryListId: null })),
    signatoryLists: lists.map((list, index) => ({
      id: `${base.id}:l${index}`,
      articleId: base.id,
      location: 'BODY',
      paragraphIndex: 1,
      document: 'a joint statement',
      cue: 'signed',
      signatories: list.signatories,
      groups: list.groups,
      statementIds: [],
    })),
  };
}

describe('listArticles by country and group', () => {
  const schema = uniqueSchema('store_signatory_filters');
  let store: Store;
  // Named for the Quad, but no signatory is placed in it.
  const namedOnly = carrying('named-only', '2024-03-01', [
    { groups: ['Quad'], signatories: [member('India', 'IN', null)] },
  ]);
  // Two Quad members on an unnamed list: one match, not two.
  const membersOnly = carrying('members-only', '2024-03-02', [
    { groups: [], signatories: [member('Japan', 'JP', 'Quad'), member('India', 'IN', 'Quad')] },
  ]);
  // Japan on one list, the Quad on another: Japan signed nothing as the Quad here.
  const splitLists = carrying('split-lists', '2024-03-03', [
    { groups: [], signatories: [member('Japan', 'JP', null)] },
    { groups: ['Quad'], signatories: [member('Australia', 'AU', 'Quad')] },
  ]);
  const noLists = carrying('no-lists', '2024-03-04', []);
  const ids = (page: { items: { id: string }[] }) => page.items.map((a) => a.id);

  beforeAll(async () => {
    await prepareDatabase();
    store = createStore({ databaseUrl, schema });
    await store.migrate();
    await store.saveArticles([namedOnly, membersOnly, splitLists, noLists]);
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('finds a group by the name of a list or by a member placed in it, each article once', async () => {
    const page = await store.listArticles({ group: ' Quad ' });
    expect(ids(page)).toEqual([splitLists.id, membersOnly.id, namedOnly.id]);
    expect(await page.totalCount?.()).toBe(3);
  });

  it('finds a country in any list, whatever its case', async () => {
    expect(ids(await store.listArticles({ countryCode: 'in' }))).toEqual([
      membersOnly.id,
      namedOnly.id,
    ]);
    expect(ids(await store.listArticles({ countryCode: 'FR' }))).toEqual([]);
  });

  it('wants a country and a group on the same list', async () => {
    const page = await store.listArticles({ countryCode: 'JP', group: 'Quad' });
    expect(ids(page)).toEqual([membersOnly.id]);
    expect(await page.totalCount?.()).toBe(1);
  });

  it('pages through a group with a cursor, and searches within it', async () => {
    const first = await store.listArticles({ group: 'Quad' }, { first: 2 });
    const rest = await store.listArticles(
      { group: 'Quad' },
      { first: 2, after: first.pageInfo.endCursor },
    );
    expect([...ids(first), ...ids(rest)]).toEqual([splitLists.id, membersOnly.id, namedOnly.id]);
    const found = await store.searchArticles('skirmish', { group: 'Quad', countryCode: 'IN' });
    expect(found.items.map((article) => article.id).sort()).toEqual(
      [membersOnly.id, namedOnly.id].sort(),
    );
  });
});
