/** Full-text search over articles, best match first (ts_rank over headline, lede and body). */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../database.js';
import { StoreError } from '../errors.js';
import { attachSources, type ArticleFilter } from './articles.js';
import { articleWhere, carriesListWhere, quotesWhere } from './conditions.js';
import { given } from './filters.js';
import { articleColumns, type StoredArticle } from './mappers.js';
import {
  afterKeyset,
  cursorOrder,
  decodeCursor,
  lazyCount,
  pageSize,
  publishedOrder,
  toPage,
  type Edge,
  type Page,
  type PageRequest,
} from './page.js';

/** A search result edge: the article and how well it matched (higher is better). */
export interface RankedEdge<T> extends Edge<T> {
  rank: number;
}

export interface SearchPage<T> extends Page<T> {
  edges: RankedEdge<T>[];
}

/** Filters for `searchArticles`: those of `listArticles` but the text, which is the search. */
export type SearchFilter = Omit<ArticleFilter, 'text'>;

/** RELEVANCE (default): best match first; NEWEST_FIRST: by publication date, undated last. */
export type SearchOrder = 'RELEVANCE' | 'NEWEST_FIRST';

/**
 * Articles matching `text` (web-search syntax: "a phrase", -word, or), ranked. The rank is
 * computed as float8 so it survives the round trip through a cursor exactly.
 */
export async function searchArticles(
  db: Kysely<Database>,
  text: string,
  filter: SearchFilter = {},
  page?: PageRequest<SearchOrder>,
): Promise<SearchPage<StoredArticle>> {
  if (!given(text)) throw new StoreError('INVALID_ARGUMENT', 'Search text must not be empty');
  const limit = pageSize(page);
  const byDate = page?.orderBy === 'NEWEST_FIRST';
  const order = cursorOrder('search', byDate ? 'NEWEST_FIRST' : 'RELEVANCE');
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const rank = sql<number>`ts_rank(search, ${query})::float8`;
  let select = db
    .selectFrom('articles')
    .select(articleColumns)
    .select(rank.as('rank'))
    .where(sql<SqlBool>`search @@ ${query}`);
  for (const condition of [
    ...articleWhere('articles', { ...filter, text: null }),
    ...quotesWhere('articles', filter),
    ...carriesListWhere('articles', filter),
  ]) {
    select = select.where(condition);
  }
  const totalCount = lazyCount(db as Kysely<never>, select);
  if (given(page?.after)) {
    const [after = null, id = null] = decodeCursor(page.after, order, 2);
    select = select.where(
      byDate
        ? afterKeyset(sql.ref('published_ts'), [sql.ref('id')], after, [id])
        : sql<SqlBool>`(${rank} < ${after} or (${rank} = ${after} and id > ${id}))`,
    );
  }
  const rows = await (
    byDate
      ? select.orderBy(publishedOrder('published_ts', 'NEWEST_FIRST'))
      : select.orderBy(rank, 'desc')
  )
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const articles = new Map((await attachSources(db, rows.slice(0, limit))).map((a) => [a.id, a]));
  const result = toPage(
    rows,
    limit,
    (row) => articles.get(row.id) as StoredArticle,
    order,
    (row) => [byDate ? (row.published_ts?.toISOString() ?? null) : row.rank, row.id],
  );
  return {
    ...result,
    totalCount,
    edges: result.edges.map((edge, i) => ({ ...edge, rank: rows[i]?.rank ?? 0 })),
  };
}
