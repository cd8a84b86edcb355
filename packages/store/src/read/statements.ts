/** Statement queries: batched by article id (for DataLoader) and a filtered, paginated list. */
import type { Statement, StatementKind } from '@wiredesk/domain';
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../database.js';
import {
  articleWhere,
  signatoryWhere,
  statementWhere,
  type ArticleConditions,
  type SignatoryConditions,
  type StatementConditions,
} from './conditions.js';
import { given } from './filters.js';
import { groupBy, toStatement } from './mappers.js';
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

/**
 * Filters for `listStatements`; all optional and combined with AND. The article conditions apply
 * to the statement's article; `countryCode` and `group` to the list whose signatories made it.
 */
export interface StatementFilter
  extends ArticleConditions, Omit<StatementConditions, 'statementKind'>, SignatoryConditions {
  kind?: StatementKind | null;
  /** Full text of the quote (web-search syntax), e.g. "ceasefire -rejected". */
  quoteText?: string | null;
  articleId?: string | null;
  signatoryListId?: string | null;
}

/** Statements of each article, in article order; one query whatever the number of ids. */
export async function statementsByArticleIds(
  db: Kysely<Database>,
  articleIds: readonly string[],
): Promise<Statement[][]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectFrom('statements')
    .selectAll()
    .where('article_id', 'in', [...new Set(articleIds)])
    .orderBy('article_id')
    .orderBy('position')
    .execute();
  const byArticle = groupBy(rows, (row) => row.article_id);
  return articleIds.map((id) => (byArticle.get(id) ?? []).map(toStatement));
}

/** One statement by its article and id; null when there is none. */
export async function getStatement(
  db: Kysely<Database>,
  articleId: string,
  id: string,
): Promise<Statement | null> {
  const row = await db
    .selectFrom('statements')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : toStatement(row);
}

/** The quote's full-text vector, as the GIN index statements_quote_search_idx has it. */
export const quoteVector = sql`to_tsvector('english'::regconfig, s.quote)`;

/** The conditions of a StatementFilter on statements `s` joined to their articles `a`. */
export function statementListWhere(filter: StatementFilter): RawBuilder<SqlBool>[] {
  const conditions = [
    ...articleWhere('a', filter),
    ...statementWhere('s', { ...filter, statementKind: filter.kind ?? null }),
    ...signatoryWhere(sql.ref('s.article_id'), sql.ref('s.signatory_list_id'), null, filter),
  ];
  if (given(filter.quoteText)) {
    conditions.push(
      sql<SqlBool>`${quoteVector} @@ websearch_to_tsquery('english', ${filter.quoteText})`,
    );
  }
  if (given(filter.articleId)) conditions.push(sql<SqlBool>`s.article_id = ${filter.articleId}`);
  if (given(filter.signatoryListId)) {
    conditions.push(sql<SqlBool>`s.signatory_list_id = ${filter.signatoryListId}`);
  }
  return conditions;
}

/** Statements, newest article first (or oldest with OLDEST_FIRST; undated last), in article order. */
export async function listStatements(
  db: Kysely<Database>,
  filter: StatementFilter = {},
  page?: PageRequest<PublishedOrder>,
): Promise<Page<Statement>> {
  const limit = pageSize(page);
  const order = cursorOrder('statements', page?.orderBy ?? 'NEWEST_FIRST');
  let query = db
    .selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .selectAll('s')
    .select('a.published_ts');
  for (const condition of statementListWhere(filter)) query = query.where(condition);
  const totalCount = lazyCount(db as Kysely<never>, query);
  if (given(page?.after)) {
    const [ts = null, articleId = null, position = null] = decodeCursor(page.after, order, 3);
    query = query.where(
      afterKeyset(
        sql.ref('a.published_ts'),
        [sql.ref('s.article_id'), sql.ref('s.position')],
        ts,
        [articleId, position],
        page.orderBy === 'OLDEST_FIRST',
      ),
    );
  }
  const rows = await query
    .orderBy(publishedOrder('a.published_ts', page?.orderBy))
    .orderBy('s.article_id')
    .orderBy('s.position')
    .limit(limit + 1)
    .execute();
  const result = toPage(rows, limit, toStatement, order, (row) => [
    row.published_ts?.toISOString() ?? null,
    row.article_id,
    row.position,
  ]);
  return { ...result, totalCount };
}
