/**
 * One pg pool per store. Every connection starts with search_path set to the store's schema, so
 * queries and migrations name tables without a schema and tests can each own a schema.
 */
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import type { ResolvedStoreOptions } from './options.js';

export interface Connection {
  db: Kysely<Database>;
  pool: pg.Pool;
}

export function createConnection(options: ResolvedStoreOptions): Connection {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize,
    connectionTimeoutMillis: 5_000,
    // Only the store's schema: a missing schema then fails loudly instead of using public.
    options: `-c search_path=${options.schema}`,
  });
  // An idle client losing its server emits here; without a listener the process would crash.
  // The next query fails and is reported as StoreUnavailableError.
  pool.on('error', () => undefined);
  // A checked-out client has no pool listener: a server that drops it mid-query (a restart, a
  // terminated backend) would crash the process. The query itself still rejects, as a transient error.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const { onQuery } = options;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    ...(onQuery === undefined
      ? {}
      : {
          log: (event: LogEvent) =>
            onQuery({
              sql: event.query.sql,
              durationMs: event.queryDurationMillis,
              ok: event.level === 'query',
            }),
        }),
  });
  return { db, pool };
}
