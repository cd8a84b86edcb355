import { afterAll, describe, expect, it } from 'vitest';
import { createStore, dropStoreSchema } from '../../src/index.js';
import { databaseUrl, dropSchema, prepareDatabase, tablesIn, uniqueSchema } from './helpers.js';

describe('migrate', () => {
  const schema = uniqueSchema('store_migrate');
  afterAll(() => dropSchema(schema));

  it('creates the tables in the store schema, even when two stores migrate at once', async () => {
    await prepareDatabase();
    const stores = [createStore({ databaseUrl, schema }), createStore({ databaseUrl, schema })];
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      await stores[0]?.migrate(); // and again: nothing left to do
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
    expect(await tablesIn(schema)).toEqual(
      expect.arrayContaining([
        'article_sources',
        'articles',
        'ingestion_failures',
        'signatories',
        'signatory_lists',
        'statements',
      ]),
    );
  });
});

describe('dropStoreSchema', () => {
  it('refuses to drop the public schema', async () => {
    await expect(dropStoreSchema({ databaseUrl, schema: 'public' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
