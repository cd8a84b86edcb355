/**
 * Indexes for the filters added with the full query surface: speaker substrings (pg_trgm),
 * full text of quotes, statements by signatory list, and signatories by list.
 */
import { sql, type Kysely, type Migration } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  // pg_trgm is created by runMigrations beforehand (database-wide, outside this transaction).
  await sql`create index statements_speaker_trgm_idx on statements using gin (speaker_name public.gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index statements_quote_search_idx on statements using gin (to_tsvector('english'::regconfig, quote))`.execute(
    db,
  );
  await db.schema
    .createIndex('statements_list_idx')
    .on('statements')
    .columns(['article_id', 'signatory_list_id'])
    .execute();
  await db.schema
    .createIndex('signatories_list_country_idx')
    .on('signatories')
    .columns(['country_code', 'article_id', 'list_id'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'signatories_list_country_idx',
    'statements_list_idx',
    'statements_quote_search_idx',
    'statements_speaker_trgm_idx',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
}

export const filterIndexes: Migration = { up, down };
