/** Article queries: batched by id (for DataLoader) and a filtered, keyset-paginated list. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { given, resolveRange, type PublishedRange } from './filters.js';
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
  decodeCursor,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
} from './page.js';

/** Filters for `listArticles`; all optional and combined with AND. */
export interface ArticleFilter extends PublishedRange {
  /** Full-text search over headline, lede and body (web-search syntax: "quoted phrase", -not, or). */
  text?: string | null;
  /** Exact agency credit, e.g. "Reuters". */
  agency?: string | null;
  /** Exact author credit. */
  author?: string | null;
}

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

/** Articles, newest publication first (undated last), then by id. */
export async function listArticles(
  db: Kysely<Database>,
  filter: ArticleFilter = {},
  page?: PageRequest,
): Promise<Page<StoredArticle>> {
  const limit = pageSize(page);
  const { from, until } = resolveRange(filter);
  let query = db.selectFrom('articles').select(articleColumns);
  if (from !== null) query = query.where('published_ts', '>=', from);
  if (until !== null) query = query.where('published_ts', '<', until);
  if (given(filter.text)) {
    query = query.where(sql<boolean>`search @@ websearch_to_tsquery('english', ${filter.text})`);
  }
  if (given(filter.agency))
    query = query.where(sql<boolean>`agencies @> array[${filter.agency}]::text[]`);
  if (given(filter.author))
    query = query.where(sql<boolean>`authors @> array[${filter.author}]::text[]`);
  if (given(page?.after)) {
    const [ts = null, id = null] = decodeCursor(page.after, 2);
    query = query.where(afterKeyset(sql.ref('published_ts'), [sql.ref('id')], ts, [id]));
  }
  const rows = await query
    .orderBy(sql`published_ts desc nulls last`)
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const articles = await attachSources(db, rows.slice(0, limit));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return toPage(
    rows,
    limit,
    (row) => byId.get(row.id) as StoredArticle,
    (row) => [row.published_ts?.toISOString() ?? null, row.id],
  );
}
