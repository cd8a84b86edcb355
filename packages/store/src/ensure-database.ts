/** Creates the database a URL names, so a fresh Postgres needs no manual setup. */
import pg from 'pg';
import { translateError } from './errors.js';
import { redactUrl } from './options.js';

const duplicateCodes = new Set(['42P04', '23505']); // duplicate_database, unique_violation
const missingDatabase = '3D000'; // invalid_catalog_name

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/** Runs `work` on a fresh client for `url`, always closing it. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates the database named in the URL if it does not exist. It first connects to that database
 * (enough when it exists, and the only option on servers that hide the 'postgres' database);
 * only when it is missing does it connect to 'postgres' to create it. Safe to race: a
 * concurrent creation counts as success.
 * @throws StoreUnavailableError when the server cannot be reached.
 */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  try {
    await withClient(databaseUrl, () => Promise.resolve());
    return;
  } catch (error) {
    if (codeOf(error) !== missingDatabase || name === '') {
      throw translateError(error, redactUrl(databaseUrl));
    }
  }
  url.pathname = '/postgres';
  try {
    await withClient(url.toString(), async (client) => {
      await client.query(`create database ${client.escapeIdentifier(name)}`);
    });
  } catch (error) {
    const code = codeOf(error);
    if (typeof code === 'string' && duplicateCodes.has(code)) return;
    throw translateError(error, redactUrl(databaseUrl));
  }
}
