/**
 * Cheaper ingestion, the same reads.
 *
 * Indexes no query of the store uses (EXPLAIN of every read, with every filter the gateway offers,
 * on 10,000 wikinews articles) are dropped; each cost an insert per row written:
 * - statements_article_position_idx: statements are found by article through their primary key or
 *   statements_list_idx (article id first, and smaller), then ~7 rows are sorted by position;
 * - statements_speaker_idx (lower(speaker_name)): the speaker filter is a substring match served
 *   by the trigram index; nothing compares lower(speaker_name);
 * - article_sources_uri_idx: nothing looks sources up by uri;
 * - signatories_list_country_idx: the country filter uses signatories_country_idx, the per-list
 *   lookups the primary key.
 * The article's long text columns are compressed with lz4 instead of pglz where the server has
 * it: inserting the body and sections of 10,000 articles took 1.4-1.6 s with pglz, 0.7-0.8 s
 * with lz4, for the same size. Rows written before keep their compression until rewritten; both
 * read the same.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const longColumns = ['body_text', 'sections', 'entities', 'embeds'];

async function hasLz4(db: Kysely<unknown>): Promise<boolean> {
  const result = await sql<{ lz4: boolean }>`
    select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'
  `.execute(db);
  return result.rows[0]?.lz4 === true;
}

async function setCompression(db: Kysely<unknown>, method: 'lz4' | 'default'): Promise<void> {
  const columns = longColumns.map(
    (column) => sql`alter column ${sql.ref(column)} set compression ${sql.raw(method)}`,
  );
  await sql`alter table articles ${sql.join(columns)}`.execute(db);
}

async function up(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'statements_article_position_idx',
    'statements_speaker_idx',
    'article_sources_uri_idx',
    'signatories_list_country_idx',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  if (await hasLz4(db)) await setCompression(db, 'lz4');
}

async function down(db: Kysely<unknown>): Promise<void> {
  if (await hasLz4(db)) await setCompression(db, 'default');
  await db.schema
    .createIndex('statements_article_position_idx')
    .on('statements')
    .columns(['article_id', 'position'])
    .execute();
  await db.schema
    .createIndex('statements_speaker_idx')
    .on('statements')
    .expression(sql`lower(speaker_name)`)
    .execute();
  await db.schema
    .createIndex('article_sources_uri_idx')
    .on('article_sources')
    .column('uri')
    .execute();
  await db.schema
    .createIndex('signatories_list_country_idx')
    .on('signatories')
    .columns(['country_code', 'article_id', 'list_id'])
    .execute();
}

export const cheaperWrites: Migration = { up, down };
