/** Creates the store's schema and brings it to the latest migration. Safe to run concurrently. */
import { Migrator, sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { StoreError } from './errors.js';
import { migrationProvider } from './migrations/index.js';

const duplicateCodes = new Set(['42P06', '23505']); // duplicate_schema, unique_violation

export async function runMigrations(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two processes creating the schema at once: one wins, the other sees a duplicate.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !duplicateCodes.has(code)) throw error;
  }
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Kysely looks for its bookkeeping tables in every schema unless told which one.
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new StoreError(
      'MIGRATION_FAILED',
      `Migration ${failed?.migrationName ?? '(unknown)'} failed in schema "${schema}": ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
}
