/** Each test file gets its own schema on the real Postgres, dropped afterwards. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropStoreSchema, ensureDatabase } from '../../src/index.js';

export const databaseUrl =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';

export function uniqueSchema(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export async function prepareDatabase(): Promise<void> {
  await ensureDatabase(databaseUrl);
}

export async function dropSchema(schema: string): Promise<void> {
  await dropStoreSchema({ databaseUrl, schema });
}

/** Tables of a schema, to prove where migrations put them. */
export async function tablesIn(schema: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = $1 order by 1',
      [schema],
    );
    return result.rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}
