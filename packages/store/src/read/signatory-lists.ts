/** Signatory list queries; each list comes with its signatories (one extra query per call). */
import type { SignatoryList } from '@wiredesk/domain';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database, SignatoryListRow } from '../database.js';
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

async function withSignatories(
  db: Kysely<Database>,
  lists: SignatoryListRow[],
): Promise<SignatoryList[]> {
  if (lists.length === 0) return [];
  const rows = await db
    .selectFrom('signatories')
    .selectAll()
    .where('article_id', 'in', [...new Set(lists.map((list) => list.article_id))])
    .orderBy('article_id')
    .orderBy('list_id')
    .orderBy('position')
    .execute();
  const byList = groupBy(rows, (row) => `${row.article_id}\u0000${row.list_id}`);
  return lists.map((list) =>
    toSignatoryList(list, byList.get(`${list.article_id}\u0000${list.id}`) ?? []),
  );
}

/** Signatory lists of each article, in article order; two queries whatever the number of ids. */
export async function signatoryListsByArticleIds(
  db: Kysely<Database>,
  articleIds: readonly string[],
): Promise<SignatoryList[][]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectFrom('signatory_lists')
    .selectAll()
    .where('article_id', 'in', [...new Set(articleIds)])
    .orderBy('article_id')
    .orderBy('position')
    .execute();
  const byArticle = groupBy(await withSignatories(db, rows), (list) => list.articleId);
  return articleIds.map((id) => byArticle.get(id) ?? []);
}

/** One list by its article and id; null when there is none. */
export async function getSignatoryList(
  db: Kysely<Database>,
  articleId: string,
  id: string,
): Promise<SignatoryList | null> {
  const row = await db
    .selectFrom('signatory_lists')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return null;
  const [list] = await withSignatories(db, [row]);
  return list ?? null;
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
    .orderBy(publishedOrder('a.published_ts', page?.orderBy))
    .orderBy('l.article_id')
    .orderBy('l.position')
    .limit(limit + 1)
    .execute();
  const kept = rows.slice(0, limit);
  const lists = await withSignatories(db, kept);
  const byKey = new Map(lists.map((list, i) => [kept[i], list]));
  const result = toPage(
    rows,
    limit,
    (row) => byKey.get(row) as SignatoryList,
    order,
    (row) => [row.published_ts?.toISOString() ?? null, row.article_id, row.position],
  );
  return { ...result, totalCount };
}
