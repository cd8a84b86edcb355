import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createStore, dropStoreSchema, ensureDatabase } from '../../src/index.js';
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

describe('ensureDatabase', () => {
  const name = `wiredesk_ensure_${Date.now().toString(36)}`;
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  afterAll(async () => {
    const admin = new URL(databaseUrl);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`drop database if exists ${client.escapeIdentifier(name)}`);
    await client.end();
  });

  it('creates a missing database once, even when asked twice at the same time', async () => {
    await Promise.all([ensureDatabase(url.toString()), ensureDatabase(url.toString())]);
    const store = createStore({ databaseUrl: url.toString() });
    try {
      await expect(store.ping()).resolves.toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
