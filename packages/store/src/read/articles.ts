/** Article queries: batched by id (for DataLoader) and a filtered, keyset-paginated list. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import {
  articleWhere,
  carriesListWhere,
  quotesWhere,
  type ArticleConditions,
  type SignatoryConditions,
  type StatementConditions,
} from './conditions.js';
import { given } from './filters.js';
import {
  articleColumns,
  groupBy,
  toSource,
  toStoredArticle,
  type ArticleColumns,
  type StoredArticle,
} from './mappers.js';
import {
  afterKeyset,
  cursorOrder,
  decodeCursor,
  lazyCount,
  pageSize,
  publishedOrder,
  toPage,
  type Page,
  type PageRequest,
  type PublishedOrder,
} from './page.js';

/** Filters for `listArticles`; all optional and combined with AND. */
export interface ArticleFilter
  extends ArticleConditions, StatementConditions, SignatoryConditions {}

export async function attachSources(
  db: Kysely<Database>,
  rows: ArticleColumns[],
): Promise<StoredArticle[]> {
  if (rows.length === 0) return [];
  const sources = await db
    .selectFrom('article_sources')
    .selectAll()
    .where(
      'article_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('ingested_at')
    .orderBy('uri')
    .execute();
  const byArticle = groupBy(sources, (source) => source.article_id);
  return rows.map((row) => toStoredArticle(row, (byArticle.get(row.id) ?? []).map(toSource)));
}

/** The articles with these ids, in the same order; null where none is stored. Two queries. */
export async function loadArticles(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<(StoredArticle | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('articles')
    .select(articleColumns)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const byId = new Map((await attachSources(db, rows)).map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Articles, newest publication first (or oldest with OLDEST_FIRST; undated last), then by id. */
export async function listArticles(
  db: Kysely<Database>,
  filter: ArticleFilter = {},
  page?: PageRequest<PublishedOrder>,
): Promise<Page<StoredArticle>> {
  const limit = pageSize(page);
  const order = cursorOrder('articles', page?.orderBy ?? 'NEWEST_FIRST');
  let query = db.selectFrom('articles').select(articleColumns);
  for (const condition of [
    ...articleWhere('articles', filter),
    ...quotesWhere('articles', filter),
    ...carriesListWhere('articles', filter),
  ]) {
    query = query.where(condition);
  }
  const totalCount = lazyCount(db as Kysely<never>, query);
  if (given(page?.after)) {
    const [ts = null, id = null] = decodeCursor(page.after, order, 2);
    query = query.where(
      afterKeyset(
        sql.ref('published_ts'),
        [sql.ref('id')],
        ts,
        [id],
        page.orderBy === 'OLDEST_FIRST',
      ),
    );
  }
  const rows = await query
    .orderBy(publishedOrder('published_ts', page?.orderBy))
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const articles = await attachSources(db, rows.slice(0, limit));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const result = toPage(
    rows,
    limit,
    (row) => byId.get(row.id) as StoredArticle,
    order,
    (row) => [row.published_ts?.toISOString() ?? null, row.id],
  );
  return { ...result, totalCount };
}
