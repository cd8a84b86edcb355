/**
 * Idempotent batch write. The article id derives from its content, so an id already stored means
 * the same records are stored: its child rows are skipped, only the new source is recorded.
 */
import { Article } from '@wiredesk/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { StoreError } from '../errors.js';
import { sourceRow, toRows, type ArticleRows } from './article-rows.js';

/** The outcome for one input article, in input order. */
export interface SaveResult {
  articleId: string;
  /** false when the article was already stored (also for a repeat within the same batch). */
  created: boolean;
}

// Postgres takes at most 65535 parameters per statement; the widest table has 21 columns.
const rowsPerInsert = 1000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += rowsPerInsert) out.push(rows.slice(i, i + rowsPerInsert));
  return out;
}

function validate(articles: Article[]): void {
  articles.forEach((article, index) => {
    const result = Article.safeParse(article);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new StoreError(
        'INVALID_ARGUMENT',
        `Article ${index} (${String(article?.id)}) is not a valid Article: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      );
    }
  });
}

async function insertChildren(trx: Transaction<Database>, rows: ArticleRows[]): Promise<void> {
  for (const chunk of chunks(rows.flatMap((r) => r.statements))) {
    await trx
      .insertInto('statements')
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  for (const chunk of chunks(rows.flatMap((r) => r.signatoryLists))) {
    await trx
      .insertInto('signatory_lists')
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  for (const chunk of chunks(rows.flatMap((r) => r.signatories))) {
    await trx
      .insertInto('signatories')
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** What else the saving transaction does. */
export interface SaveOptions {
  /**
   * Jobs whose recorded failures are cleared in the same transaction: a worker that saves the
   * articles of many jobs at once settles their failures without a statement per job.
   */
  clearFailuresOf?: readonly string[];
}

async function clearFailures(db: Kysely<Database>, jobIds: string[]): Promise<void> {
  for (const chunk of chunks(jobIds)) {
    await db.deleteFrom('ingestion_failures').where('job_id', 'in', chunk).execute();
  }
}

export async function saveArticles(
  db: Kysely<Database>,
  articles: Article[],
  options: SaveOptions = {},
): Promise<SaveResult[]> {
  const clear = [...new Set(options.clearFailuresOf ?? [])];
  if (articles.length === 0) {
    if (clear.length > 0) await clearFailures(db, clear);
    return [];
  }
  validate(articles);
  // Locks are taken in id order, so two batches sharing articles cannot deadlock.
  const unique = [...new Map(articles.map((a) => [a.id, a] as const)).values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const rows = unique.map(toRows);
  const sources = [
    ...new Map(articles.map((a) => [`${a.id}\u0000${a.source.uri}`, sourceRow(a)])).entries(),
  ]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, source]) => source);

  const createdIds = await db.transaction().execute(async (trx) => {
    const created = new Set<string>();
    for (const chunk of chunks(rows.map((r) => r.article))) {
      const inserted = await trx
        .insertInto('articles')
        .values(chunk)
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      for (const { id } of inserted) created.add(id);
    }
    await insertChildren(
      trx,
      rows.filter((r) => created.has(r.article.id)),
    );
    for (const chunk of chunks(sources)) {
      await trx
        .insertInto('article_sources')
        .values(chunk)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    if (clear.length > 0) await clearFailures(trx, clear);
    return created;
  });

  const reported = new Set<string>();
  return articles.map((article) => {
    const created = createdIds.has(article.id) && !reported.has(article.id);
    reported.add(article.id);
    return { articleId: article.id, created };
  });
}
