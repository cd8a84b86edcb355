/** Store options and their defaults, applied in one place. */

/** How to reach PostgreSQL and where to keep the tables. */
export interface StoreOptions {
  /** e.g. postgres://postgres@127.0.0.1:5432/wiredesk */
  databaseUrl: string;
  /** Postgres schema for all tables; default 'public'. Tests use their own. */
  schema?: string;
  /** Connections in the pool; default 10. */
  poolSize?: number;
  /** Called after each SQL query, e.g. to log slow ones or count them in tests. */
  onQuery?: (event: QueryEvent) => void;
}

/** One executed query. */
export interface QueryEvent {
  sql: string;
  durationMs: number;
  /** false when the query failed. */
  ok: boolean;
}

export interface ResolvedStoreOptions {
  databaseUrl: string;
  schema: string;
  poolSize: number;
  /** The URL without its password, safe for messages and logs. */
  redactedUrl: string;
  onQuery: ((event: QueryEvent) => void) | undefined;
}

// A plain identifier keeps the schema safe to splice into search_path and DDL.
const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

export function resolveOptions(options: StoreOptions): ResolvedStoreOptions {
  const schema = options.schema ?? 'public';
  if (!schemaPattern.test(schema)) {
    throw new TypeError(`Invalid schema name "${schema}": use lower-case letters, digits and _`);
  }
  const poolSize = options.poolSize ?? 10;
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    throw new TypeError(`Invalid poolSize ${poolSize}: use a positive integer`);
  }
  return {
    databaseUrl: options.databaseUrl,
    schema,
    poolSize,
    redactedUrl: redactUrl(options.databaseUrl),
    onQuery: options.onQuery,
  };
}

/** The URL with its password removed, for messages. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = '';
    return url.toString();
  } catch {
    return '<invalid database URL>';
  }
}
