/** Removes a store schema with everything in it: for tests and throwaway environments. */
import pg from 'pg';
import { StoreError, translateError } from './errors.js';
import { redactUrl, resolveOptions, type StoreOptions } from './options.js';

/**
 * Drops the schema named in the options and all its tables. Refuses 'public', the default
 * schema that holds real data, so a test mistake cannot wipe it.
 */
export async function dropStoreSchema(options: StoreOptions & { schema: string }): Promise<void> {
  const { schema, databaseUrl } = resolveOptions(options);
  if (schema === 'public') {
    throw new StoreError('INVALID_ARGUMENT', 'Refusing to drop the public schema');
  }
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query(`drop schema if exists ${client.escapeIdentifier(schema)} cascade`);
  } catch (error) {
    throw translateError(error, redactUrl(databaseUrl));
  } finally {
    await client.end().catch(() => undefined);
  }
}
