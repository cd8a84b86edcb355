/** Full-text search over what was said: statements ranked by how well their quote matches. */
import type { Statement } from '@wiredesk/domain';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../database.js';
import { StoreError } from '../errors.js';
import { given } from './filters.js';
import { toStatement } from './mappers.js';
import {
  cursorOrder,
  decodeCursor,
  lazyCount,
  pageSize,
  toPage,
  type PageRequest,
} from './page.js';
import type { SearchPage } from './search.js';
import { quoteVector, statementListWhere, type StatementFilter } from './statements.js';

/** Filters for `searchStatements`: those of `listStatements` but the quote text, the search. */
export type StatementSearchFilter = Omit<StatementFilter, 'quoteText'>;

const highlightOptions = 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>';

/**
 * Statements whose quote matches `text` (web-search syntax), best match first, then in article
 * order. Each edge's snippet is the whole quote, HTML-escaped, the matched words in `<mark>`.
 */
export async function searchStatements(
  db: Kysely<Database>,
  text: string,
  filter: StatementSearchFilter = {},
  page?: PageRequest<'RELEVANCE'>,
): Promise<SearchPage<Statement>> {
  if (!given(text)) throw new StoreError('INVALID_ARGUMENT', 'Search text must not be empty');
  const limit = pageSize(page);
  const order = cursorOrder('searchStatements', 'RELEVANCE');
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const rank = sql<number>`ts_rank(${quoteVector}, ${query})::float8`;
  let select = db
    .selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .selectAll('s')
    .select(rank.as('rank'))
    .where(sql<SqlBool>`${quoteVector} @@ ${query}`);
  for (const condition of statementListWhere(filter)) select = select.where(condition);
  const totalCount = lazyCount(db as Kysely<never>, select);
  if (given(page?.after)) {
    const [after = null, articleId = null, position = null] = decodeCursor(page.after, order, 3);
    select = select.where(
      sql<SqlBool>`(${rank} < ${after} or (${rank} = ${after} and (s.article_id, s.position) > (${articleId}, ${position})))`,
    );
  }
  const rows = await select
    .orderBy(rank, 'desc')
    .orderBy('s.article_id')
    .orderBy('s.position')
    .limit(limit + 1)
    .execute();
  const kept = rows.slice(0, limit);
  // Quotes are short: highlighting the page's quotes in SQL costs one more round trip, no more.
  const escaped = sql`replace(replace(replace(quote, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
  const highlighted =
    kept.length === 0
      ? []
      : await db
          .selectFrom('statements')
          .select(['article_id', 'id'])
          .select(
            sql<string>`ts_headline('english', ${escaped}, ${query}, ${highlightOptions})`.as(
              'snippet',
            ),
          )
          .where(
            sql<SqlBool>`(article_id, id) in (${sql.join(kept.map((r) => sql`(${r.article_id}, ${r.id})`))})`,
          )
          .execute();
  const snippets = new Map(highlighted.map((row) => [`${row.article_id}:${row.id}`, row.snippet]));
  const result = toPage(rows, limit, toStatement, order, (row) => [
    row.rank,
    row.article_id,
    row.position,
  ]);
  return {
    ...result,
    totalCount,
    edges: result.edges.map((edge, i) => {
      const row = kept[i];
      const snippet = row === undefined ? '' : (snippets.get(`${row.article_id}:${row.id}`) ?? '');
      return { ...edge, rank: row?.rank ?? 0, snippet: () => Promise.resolve(snippet) };
    }),
  };
}
