/** Creates the database a URL names, so a fresh Postgres needs no manual setup. */
import pg from 'pg';
import { translateError } from './errors.js';
import { redactUrl } from './options.js';

const duplicateCodes = new Set(['42P04', '23505']); // duplicate_database, unique_violation

/**
 * Creates the database named in the URL if it does not exist, connecting to the 'postgres'
 * database of the same server. Safe to race: a concurrent creation counts as success.
 * @throws StoreUnavailableError when the server cannot be reached.
 */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (name === '' || name === 'postgres') return;
  url.pathname = '/postgres';
  const client = new pg.Client({
    connectionString: url.toString(),
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(name)}`);
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && duplicateCodes.has(code)) return;
    throw translateError(error, redactUrl(databaseUrl));
  } finally {
    await client.end().catch(() => undefined);
  }
}
