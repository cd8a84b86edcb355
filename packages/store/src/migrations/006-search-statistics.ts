/**
 * Finer statistics for the full-text vector. With the default target Postgres keeps ~1,000
 * lexemes, and a word outside them is guessed to be in 0.5% of articles, however rare it is. The
 * statements list, ordered by publication date, then expected a match every few hundred articles
 * and filtered articles_published_idx row by row: a word no article has read all 10,000 (~110
 * ms). With 10,000 lexemes kept the guess shrinks to the rarest kept lexeme's share, and the
 * planner takes the few matches from the GIN index (~1 ms). Common words plan as before.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const lexemeTarget = 1000;

async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles alter column search set statistics ${sql.lit(lexemeTarget)}`.execute(
    db,
  );
  // The new target only counts from the next analyze; take it now for the vector alone.
  await sql`analyze articles (search)`.execute(db);
}

async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles alter column search set statistics -1`.execute(db);
  await sql`analyze articles (search)`.execute(db);
}

export const searchStatistics: Migration = { up, down };
