/** Creates the store's schema and brings it to the latest migration. Safe to run concurrently. */
import { Migrator, sql, type Kysely, type MigrationResultSet } from 'kysely';
import type { Database } from './database.js';
import { StoreError, isUnavailable } from './errors.js';
import { migrationProvider } from './migrations/index.js';

const duplicateCodes = new Set(['42P06', '23505']); // duplicate_schema, unique_violation

// Kysely finds its bookkeeping tables by introspecting every schema; a schema dropped by another
// process at that moment can fail the catalog query. Such failures are retried; a failing
// migration is not (Postgres rolled it back, and running it again would fail the same way).
const bookkeepingAttempts = 3;

async function createSchema(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two processes creating the schema at once: one wins, the other sees a duplicate.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !duplicateCodes.has(code)) throw error;
  }
}

/**
 * pg_trgm serves substring filters. Extensions are database-wide, so several schemas migrating at
 * once may race to create it: the loser sees a duplicate, which means it exists.
 */
async function createExtensions(db: Kysely<Database>): Promise<void> {
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== '23505' && code !== '42710') throw error;
  }
}

export async function runMigrations(db: Kysely<Database>, schema: string): Promise<void> {
  await createSchema(db, schema);
  await createExtensions(db);
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Kysely looks for its bookkeeping tables in every schema unless told which one.
    migrationTableSchema: schema,
  });
  let outcome: MigrationResultSet = { results: [] };
  for (let attempt = 1; attempt <= bookkeepingAttempts; attempt += 1) {
    outcome = await migrator.migrateToLatest();
    const failedStep = outcome.results?.some((result) => result.status === 'Error') ?? false;
    if (outcome.error === undefined || failedStep || isUnavailable(outcome.error)) break;
  }
  const { error, results } = outcome;
  if (error !== undefined) {
    if (isUnavailable(error)) throw error as Error;
    const failed = results?.find((result) => result.status === 'Error');
    throw new StoreError(
      'MIGRATION_FAILED',
      `Migration ${failed?.migrationName ?? '(bookkeeping)'} failed in schema "${schema}": ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
}
