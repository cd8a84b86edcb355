/** Article queries: batched by id (for DataLoader) and a filtered, keyset-paginated list. */
import type { Source } from '@wiredesk/domain';
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

/**
 * The article's sources, oldest first, as JSON beside its columns: one query reads an article with
 * its sources instead of two round trips. Timestamps are formatted as Date#toISOString does.
 */
const sourcesJson = sql<Source[]>`(
  select coalesce(json_agg(json_build_object(
    'uri', src.uri, 'format', src.format, 'size', src.size,
    'ingestedAt', to_char(src.ingested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ) order by src.ingested_at, src.uri), '[]'::json)
  from article_sources src where src.article_id = articles.id
)`.as('sources');

function withSources(row: ArticleColumns & { sources: Source[] }): StoredArticle {
  return toStoredArticle(row, row.sources);
}

/** The articles with these ids, in the same order; null where none is stored. One query. */
export async function loadArticles(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<(StoredArticle | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('articles')
    .select(articleColumns)
    .select(sourcesJson)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, withSources(row)]));
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
    .select(sourcesJson)
    .orderBy(publishedOrder('published_ts', page?.orderBy))
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const result = toPage(rows, limit, withSources, order, (row) => [
    row.published_ts?.toISOString() ?? null,
    row.id,
  ]);
  return { ...result, totalCount };
}
