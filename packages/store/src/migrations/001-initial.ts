/** The first schema: articles with their sources, statements, signatory lists, failures. */
import { sql, type Kysely, type Migration } from 'kysely';

// Headline weighs most, then lede, then body; 'english' stems ("signs" finds "signed").
const searchVector = sql`
  setweight(to_tsvector('english'::regconfig, headline), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce(lede, '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, body_text), 'C')`;

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('lede', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_ts', 'timestamptz')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('sections', 'jsonb', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('authors', sql`text[]`, (c) => c.notNull())
    .addColumn('agencies', sql`text[]`, (c) => c.notNull())
    .addColumn('embeds', 'jsonb', (c) => c.notNull())
    .addColumn('boilerplate', sql`text[]`, (c) => c.notNull())
    .addColumn('word_count', 'integer', (c) => c.notNull())
    .addColumn('entities', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search', sql`tsvector`, (c) => c.generatedAlwaysAs(searchVector).stored())
    .execute();
  await db.schema
    .createIndex('articles_published_idx')
    .on('articles')
    .expression(sql`published_ts desc nulls last, id`)
    .execute();
  await db.schema
    .createIndex('articles_search_idx')
    .on('articles')
    .using('gin')
    .column('search')
    .execute();
  await db.schema
    .createIndex('articles_agencies_idx')
    .on('articles')
    .using('gin')
    .column('agencies')
    .execute();
  await db.schema
    .createIndex('articles_authors_idx')
    .on('articles')
    .using('gin')
    .column('authors')
    .execute();

  await db.schema
    .createTable('article_sources')
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('uri', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('ingested_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_sources_pk', ['article_id', 'uri'])
    .execute();
  await db.schema
    .createIndex('article_sources_uri_idx')
    .on('article_sources')
    .column('uri')
    .execute();

  await db.schema
    .createTable('statements')
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('paragraph_index', 'integer')
    .addColumn('char_start', 'integer', (c) => c.notNull())
    .addColumn('char_end', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('cue', 'text', (c) => c.notNull())
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_kind', 'text')
    .addColumn('speaker_role', 'text')
    .addColumn('speaker_affiliation', 'text')
    .addColumn('speaker_mention', 'text')
    .addColumn('speaker_resolution', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('signatory_list_id', 'text')
    // Ids are unique within an article; the article id makes them unique overall.
    .addPrimaryKeyConstraint('statements_pk', ['article_id', 'id'])
    .execute();
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
    .createIndex('statements_speaker_kind_idx')
    .on('statements')
    .column('speaker_kind')
    .execute();
  await db.schema.createIndex('statements_kind_idx').on('statements').column('kind').execute();
  await db.schema
    .createIndex('statements_cue_idx')
    .on('statements')
    .expression(sql`lower(cue)`)
    .execute();

  await db.schema
    .createTable('signatory_lists')
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('paragraph_index', 'integer')
    .addColumn('document', 'text')
    .addColumn('cue', 'text', (c) => c.notNull())
    .addColumn('groups', sql`text[]`, (c) => c.notNull())
    .addColumn('statement_ids', sql`text[]`, (c) => c.notNull())
    .addPrimaryKeyConstraint('signatory_lists_pk', ['article_id', 'id'])
    .execute();
  await db.schema
    .createIndex('signatory_lists_groups_idx')
    .on('signatory_lists')
    .using('gin')
    .column('groups')
    .execute();

  await db.schema
    .createTable('signatories')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('list_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text')
    .addColumn('group_name', 'text')
    .addColumn('relation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('signatories_pk', ['article_id', 'list_id', 'position'])
    .addForeignKeyConstraint(
      'signatories_list_fk',
      ['article_id', 'list_id'],
      'signatory_lists',
      ['article_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('signatories_country_idx')
    .on('signatories')
    .column('country_code')
    .execute();
  await db.schema
    .createIndex('signatories_group_idx')
    .on('signatories')
    .column('group_name')
    .execute();

  await db.schema
    .createTable('ingestion_failures')
    .addColumn('id', 'text', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()::text`))
    .addColumn('job_id', 'text', (c) => c.notNull().unique())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('failed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ingestion_failures_failed_idx')
    .on('ingestion_failures')
    .columns(['failed_at desc', 'id'])
    .execute();
  await db.schema
    .createIndex('ingestion_failures_code_idx')
    .on('ingestion_failures')
    .column('code')
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'ingestion_failures',
    'signatories',
    'signatory_lists',
    'statements',
    'article_sources',
    'articles',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

export const initial: Migration = { up, down };
