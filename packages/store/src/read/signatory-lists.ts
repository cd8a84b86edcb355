/** Signatory list queries; each list comes with its signatories, in the same query. */
import type { SignatoryList } from '@wiredesk/domain';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database, SignatoryListRow, SignatoryRow } from '../database.js';
import {
  articleWhere,
  signatoryWhere,
  type ArticleConditions,
  type SignatoryConditions,
} from './conditions.js';
import { given } from './filters.js';
import { groupBy, toSignatoryList } from './mappers.js';
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

/** Filters for `listSignatoryLists`; all optional and combined with AND. */
export interface SignatoryListFilter extends ArticleConditions, SignatoryConditions {
  /** The list's cue, any case: "signed". */
  cue?: string | null;
  articleId?: string | null;
}

/**
 * The signatories of the list aliased `l`, in order, as JSON rows (their columns are text and
 * integers, so each object is a SignatoryRow): one query reads lists with their signatories.
 */
const signatoriesJson = sql<SignatoryRow[]>`(
  select coalesce(json_agg(sg order by sg.position), '[]'::json)
  from signatories sg where sg.article_id = l.article_id and sg.list_id = l.id
)`.as('signatories');

function withSignatories(row: SignatoryListRow & { signatories: SignatoryRow[] }): SignatoryList {
  return toSignatoryList(row, row.signatories);
}

/** Signatory lists of each article, in article order; one query whatever the number of ids. */
export async function signatoryListsByArticleIds(
  db: Kysely<Database>,
  articleIds: readonly string[],
): Promise<SignatoryList[][]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectFrom('signatory_lists as l')
    .selectAll('l')
    .select(signatoriesJson)
    .where('l.article_id', 'in', [...new Set(articleIds)])
    .orderBy('l.article_id')
    .orderBy('l.position')
    .execute();
  const byArticle = groupBy(rows.map(withSignatories), (list) => list.articleId);
  return articleIds.map((id) => byArticle.get(id) ?? []);
}

/** One list by its article and id; null when there is none. */
export async function getSignatoryList(
  db: Kysely<Database>,
  articleId: string,
  id: string,
): Promise<SignatoryList | null> {
  const row = await db
    .selectFrom('signatory_lists as l')
    .selectAll('l')
    .select(signatoriesJson)
    .where('l.article_id', '=', articleId)
    .where('l.id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : withSignatories(row);
}

/** Signatory lists, newest article first (or oldest with OLDEST_FIRST; undated last), in article order. */
export async function listSignatoryLists(
  db: Kysely<Database>,
  filter: SignatoryListFilter = {},
  page?: PageRequest<PublishedOrder>,
): Promise<Page<SignatoryList>> {
  const limit = pageSize(page);
  const order = cursorOrder('signatoryLists', page?.orderBy ?? 'NEWEST_FIRST');
  let query = db
    .selectFrom('signatory_lists as l')
    .innerJoin('articles as a', 'a.id', 'l.article_id')
    .selectAll('l')
    .select('a.published_ts');
  const conditions = [
    ...articleWhere('a', filter),
    ...signatoryWhere(sql.ref('l.article_id'), sql.ref('l.id'), sql.ref('l.groups'), filter),
  ];
  if (given(filter.articleId)) conditions.push(sql<SqlBool>`l.article_id = ${filter.articleId}`);
  if (given(filter.cue)) {
    conditions.push(sql<SqlBool>`lower(l.cue) = lower(${filter.cue.trim()})`);
  }
  for (const condition of conditions) query = query.where(condition);
  const totalCount = lazyCount(db as Kysely<never>, query);
  if (given(page?.after)) {
    const [ts = null, articleId = null, position = null] = decodeCursor(page.after, order, 3);
    query = query.where(
      afterKeyset(
        sql.ref('a.published_ts'),
        [sql.ref('l.article_id'), sql.ref('l.position')],
        ts,
        [articleId, position],
        page.orderBy === 'OLDEST_FIRST',
      ),
    );
  }
  const rows = await query
    .select(signatoriesJson)
    .orderBy(publishedOrder('a.published_ts', page?.orderBy))
    .orderBy('l.article_id')
    .orderBy('l.position')
    .limit(limit + 1)
    .execute();
  const result = toPage(rows, limit, withSignatories, order, (row) => [
    row.published_ts?.toISOString() ?? null,
    row.article_id,
    row.position,
  ]);
  return { ...result, totalCount };
}
