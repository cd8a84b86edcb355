/** Signatory list queries; each list comes with its signatories (one extra query per call). */
import type { SignatoryList } from '@wiredesk/domain';
import { sql, type Kysely } from 'kysely';
import type { Database, SignatoryListRow } from '../database.js';
import { given, resolveRange, type PublishedRange } from './filters.js';
import { groupBy, toSignatoryList } from './mappers.js';
import {
  afterKeyset,
  decodeCursor,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
} from './page.js';

/** Filters for `listSignatoryLists`; all optional and combined with AND. */
export interface SignatoryListFilter extends PublishedRange {
  /** Lists with a signatory of this ISO 3166-1 alpha-2 code. */
  countryCode?: string | null;
  /** Lists named for this group, or with a signatory placed in it: "G7". */
  group?: string | null;
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

/** Signatory lists, newest article first (undated last), then in article order. */
export async function listSignatoryLists(
  db: Kysely<Database>,
  filter: SignatoryListFilter = {},
  page?: PageRequest,
): Promise<Page<SignatoryList>> {
  const limit = pageSize(page);
  const { from, until } = resolveRange(filter);
  let query = db
    .selectFrom('signatory_lists as l')
    .innerJoin('articles as a', 'a.id', 'l.article_id')
    .selectAll('l')
    .select('a.published_ts');
  if (from !== null) query = query.where('a.published_ts', '>=', from);
  if (until !== null) query = query.where('a.published_ts', '<', until);
  if (given(filter.articleId)) query = query.where('l.article_id', '=', filter.articleId);
  if (given(filter.countryCode)) {
    const code = filter.countryCode.trim().toUpperCase();
    query = query.where(
      sql<boolean>`exists (select 1 from signatories s where s.article_id = l.article_id and s.list_id = l.id and s.country_code = ${code})`,
    );
  }
  if (given(filter.group)) {
    const group = filter.group.trim();
    query = query.where(
      sql<boolean>`(l.groups @> array[${group}]::text[] or exists (select 1 from signatories s where s.article_id = l.article_id and s.list_id = l.id and s.group_name = ${group}))`,
    );
  }
  if (given(page?.after)) {
    const [ts = null, articleId = null, position = null] = decodeCursor(page.after, 3);
    query = query.where(
      afterKeyset(sql.ref('a.published_ts'), [sql.ref('l.article_id'), sql.ref('l.position')], ts, [
        articleId,
        position,
      ]),
    );
  }
  const rows = await query
    .orderBy(sql`a.published_ts desc nulls last`)
    .orderBy('l.article_id')
    .orderBy('l.position')
    .limit(limit + 1)
    .execute();
  const kept = rows.slice(0, limit);
  const lists = await withSignatories(db, kept);
  const byKey = new Map(lists.map((list, i) => [kept[i], list]));
  return toPage(
    rows,
    limit,
    (row) => byKey.get(row) as SignatoryList,
    (row) => [row.published_ts?.toISOString() ?? null, row.article_id, row.position],
  );
}
