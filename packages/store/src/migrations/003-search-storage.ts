/**
 * Keeps the full-text vector uncompressed. Ranking reads the vector of every matching article;
 * an average vector is over the 2 kB TOAST threshold, and decompressing thousands of them was most
 * of a search's time (10,000 articles, a word in 40% of them: ~90 ms to ~30 ms). Rows written
 * before this migration keep their storage until they are rewritten.
 */
import { sql, type Kysely, type Migration } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles alter column search set storage external`.execute(db);
}

async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles alter column search set storage extended`.execute(db);
}

export const searchStorage: Migration = { up, down };
