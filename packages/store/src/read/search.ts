/** Full-text search over articles, best match first (ts_rank over headline, lede and body). */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../database.js';
import { StoreError } from '../errors.js';
import { loadArticles, type ArticleFilter } from './articles.js';
import { articleWhere, carriesListWhere, quotesWhere } from './conditions.js';
import { given } from './filters.js';
import type { StoredArticle } from './mappers.js';
import {
  afterKeyset,
  cursorOrder,
  decodeCursor,
  countRows,
  pageSize,
  publishedOrder,
  toPage,
  type Edge,
  type Page,
  type PageRequest,
} from './page.js';

/** A search result edge: the article, how well it matched, and a highlighted extract. */
export interface RankedEdge<T> extends Edge<T> {
  rank: number;
  /**
   * Up to three passages of the lede and body around the matches, HTML-escaped, the matched words in
   * `<mark>…</mark>`, joined by " … ". Computed for the whole page on the first call.
   */
  snippet: () => Promise<string>;
}

export interface SearchPage<T> extends Page<T> {
  edges: RankedEdge<T>[];
}

/** Filters for `searchArticles`: those of `listArticles` but the text, which is the search. */
export type SearchFilter = Omit<ArticleFilter, 'text'>;

/** RELEVANCE (default): best match first; NEWEST_FIRST: by publication date, undated last. */
export type SearchOrder = 'RELEVANCE' | 'NEWEST_FIRST';

const headlineOptions =
  'StartSel=<mark>, StopSel=</mark>, MaxFragments=3, MaxWords=25, MinWords=10, FragmentDelimiter=" … "';

/**
 * Runs `run` with sequential scans of the matching rows discouraged. The planner prices `@@` like
 * any operator, so for a common word it scans every row and tests each 3 kB vector, where the GIN
 * index's bitmap finds the same rows without reading a vector (count: ~70 ms to ~3 ms; ranking
 * 4,000 matches: ~60 ms to ~30 ms, 10,000 articles).
 */
function withIndexScans<T>(db: Kysely<Database>, run: (trx: Kysely<Database>) => Promise<T>) {
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    return run(trx);
  });
}

/**
 * Articles matching `text` (web-search syntax: "a phrase", -word, or), ranked. The rank is
 * computed as float8 so it survives the round trip through a cursor exactly. Ranking reads only
 * ids, dates and vectors; the page's articles are loaded by id afterwards.
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
    .select(['articles.id', 'articles.published_ts'])
    .select(rank.as('rank'))
    .where(sql<SqlBool>`search @@ ${query}`);
  for (const condition of [
    ...articleWhere('articles', { ...filter, text: null }),
    ...quotesWhere('articles', filter),
    ...carriesListWhere('articles', filter),
  ]) {
    select = select.where(condition);
  }
  const filtered = select;
  const totalCount = () =>
    withIndexScans(db, async (trx) => (await countRows(filtered).execute(trx)).rows[0]?.n ?? 0);
  if (given(page?.after)) {
    const [after = null, id = null] = decodeCursor(page.after, order, 2);
    select = select.where(
      byDate
        ? afterKeyset(sql.ref('published_ts'), [sql.ref('id')], after, [id])
        : sql<SqlBool>`(${rank} < ${after} or (${rank} = ${after} and id > ${id}))`,
    );
  }
  const ranked = (
    byDate
      ? select.orderBy(publishedOrder('published_ts', 'NEWEST_FIRST'))
      : select.orderBy(rank, 'desc')
  )
    .orderBy('id')
    .limit(limit + 1);
  const rows = await withIndexScans(db, (trx) => trx.executeQuery(ranked.compile()));
  const kept = rows.rows.slice(0, limit);
  const articles = await loadArticles(
    db,
    kept.map((row) => row.id),
  );
  const result = toPage(
    rows.rows,
    limit,
    (row) => articles[kept.indexOf(row)] as StoredArticle,
    order,
    (row) => [byDate ? (row.published_ts?.toISOString() ?? null) : row.rank, row.id],
  );
  const snippets = once(() =>
    snippetsOf(
      db,
      query,
      kept.map((row) => row.id),
    ),
  );
  return {
    ...result,
    totalCount,
    edges: result.edges.map((edge, i) => {
      const id = kept[i]?.id ?? '';
      return {
        ...edge,
        rank: kept[i]?.rank ?? 0,
        snippet: async () => (await snippets()).get(id) ?? '',
      };
    }),
  };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/**
 * ts_headline over the page's bodies only (it re-parses the whole text, ~0.5 ms an article). The
 * text is put on one line and HTML-escaped first, so the marks are the only markup in the result.
 */
async function snippetsOf(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  // Paragraph breaks become spaces: a snippet is one line of text.
  const flat = sql`regexp_replace(concat_ws(' ', lede, body_text), '[[:space:]]+', ' ', 'g')`;
  const escaped = sql`replace(replace(replace(${flat}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .select(
      sql<string>`ts_headline('english', ${escaped}, ${query}, ${headlineOptions})`.as('snippet'),
    )
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.snippet]));
}
