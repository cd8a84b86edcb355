/** Full-text search over articles, best match first (ts_rank over headline, lede and body). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { StoreError } from '../errors.js';
import { attachSources } from './articles.js';
import { given, resolveRange, type PublishedRange } from './filters.js';
import { articleColumns, type StoredArticle } from './mappers.js';
import { decodeCursor, pageSize, toPage, type Edge, type Page, type PageRequest } from './page.js';

/** A search result edge: the article and how well it matched (higher is better). */
export interface RankedEdge<T> extends Edge<T> {
  rank: number;
}

export interface SearchPage<T> extends Page<T> {
  edges: RankedEdge<T>[];
}

/**
 * Articles matching `text` (web-search syntax: "a phrase", -word, or), ranked. The rank is
 * computed as float8 so it survives the round trip through a cursor exactly.
 */
export async function searchArticles(
  db: Kysely<Database>,
  text: string,
  filter: PublishedRange = {},
  page?: PageRequest,
): Promise<SearchPage<StoredArticle>> {
  if (!given(text)) throw new StoreError('INVALID_ARGUMENT', 'Search text must not be empty');
  const limit = pageSize(page);
  const { from, until } = resolveRange(filter);
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const rank = sql<number>`ts_rank(search, ${query})::float8`;
  let select = db
    .selectFrom('articles')
    .select(articleColumns)
    .select(rank.as('rank'))
    .where(sql<boolean>`search @@ ${query}`);
  if (from !== null) select = select.where('published_ts', '>=', from);
  if (until !== null) select = select.where('published_ts', '<', until);
  if (given(page?.after)) {
    const [after = null, id = null] = decodeCursor(page.after, 2);
    select = select.where(
      sql<boolean>`(${rank} < ${after} or (${rank} = ${after} and id > ${id}))`,
    );
  }
  const rows = await select
    .orderBy(rank, 'desc')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const articles = new Map((await attachSources(db, rows.slice(0, limit))).map((a) => [a.id, a]));
  const result = toPage(
    rows,
    limit,
    (row) => articles.get(row.id) as StoredArticle,
    (row) => [row.rank, row.id],
  );
  return {
    ...result,
    edges: result.edges.map((edge, i) => ({ ...edge, rank: rows[i]?.rank ?? 0 })),
  };
}
