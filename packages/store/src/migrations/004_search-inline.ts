/**
 * Keeps the full-text vector inside the article's row (lz4-compressed where the server has lz4).
 * Ranking reads the vector of every matching article: out of line, each read was a TOAST index
 * lookup and two chunk reads, most of a search's time (10,000 articles, "president" matching
 * 3,947: ~50 ms to ~25 ms). The vectors are rewritten once here, so an existing archive gets the
 * new storage too (recomputing them costs about 1 ms an article).
 */
import { sql, type Kysely, type Migration } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  const lz4 = await sql<{ lz4: boolean }>`
    select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'
  `.execute(db);
  if (lz4.rows[0]?.lz4 === true) {
    await sql`alter table articles alter column search set compression lz4`.execute(db);
  }
  await sql`alter table articles alter column search set storage main`.execute(db);
  // A stored generated column is recomputed, and so re-stored, by any update of its row.
  await sql`update articles set id = id`.execute(db);
}

async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles alter column search set storage external`.execute(db);
}

export const searchInline: Migration = { up, down };
