/** Migration 006 keeps finer statistics for the full-text vector, and its down() restores the default. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/index.js';
import { searchStatistics } from '../../src/migrations/006-search-statistics.js';
import { databaseUrl, dropSchema, prepareDatabase, uniqueSchema } from './helpers.js';

describe('migration 006-search-statistics', () => {
  const schema = uniqueSchema('store_search_stats');
  afterAll(() => dropSchema(schema));

  it('sets the statistics target of articles.search to 1000, and down() back to the default', async () => {
    await prepareDatabase();
    const store = createStore({ databaseUrl, schema });
    try {
      await store.migrate();
    } finally {
      await store.close();
    }
    const db = new Kysely<unknown>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` }),
      }),
    });
    const target = async () => {
      const result = await sql<{ target: number }>`
        select attstattarget as target from pg_attribute
        where attrelid = ${`${schema}.articles`}::regclass and attname = 'search'`.execute(db);
      return result.rows[0]?.target;
    };
    try {
      expect(await target()).toBe(1000);
      await searchStatistics.down?.(db);
      expect(await target()).toBe(-1);
    } finally {
      await db.destroy();
    }
  });
});
