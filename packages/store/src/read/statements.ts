/** Statement queries: batched by article id (for DataLoader) and a filtered, paginated list. */
import type { SpeakerKind, Statement, StatementKind } from '@wiredesk/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { given, resolveRange, type PublishedRange } from './filters.js';
import { groupBy, toStatement } from './mappers.js';
import {
  afterKeyset,
  decodeCursor,
  likeContains,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
} from './page.js';

/** Filters for `listStatements`; all optional and combined with AND. */
export interface StatementFilter extends PublishedRange {
  /** Part of the speaker's canonical name, any case: "zelensk" finds "Volodymyr Zelenskyy". */
  speaker?: string | null;
  speakerKind?: SpeakerKind | null;
  kind?: StatementKind | null;
  /** The attributing verb or phrase, any case: "said". */
  cue?: string | null;
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

/** Statements, newest article first (undated last), then in article order. */
export async function listStatements(
  db: Kysely<Database>,
  filter: StatementFilter = {},
  page?: PageRequest,
): Promise<Page<Statement>> {
  const limit = pageSize(page);
  const { from, until } = resolveRange(filter);
  let query = db
    .selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .selectAll('s')
    .select('a.published_ts');
  if (from !== null) query = query.where('a.published_ts', '>=', from);
  if (until !== null) query = query.where('a.published_ts', '<', until);
  if (given(filter.speaker)) {
    query = query.where('s.speaker_name', 'ilike', likeContains(filter.speaker.trim()));
  }
  if (given(filter.speakerKind)) query = query.where('s.speaker_kind', '=', filter.speakerKind);
  if (given(filter.kind)) query = query.where('s.kind', '=', filter.kind);
  if (given(filter.cue))
    query = query.where(sql<boolean>`lower(s.cue) = lower(${filter.cue.trim()})`);
  if (given(filter.articleId)) query = query.where('s.article_id', '=', filter.articleId);
  if (given(filter.signatoryListId)) {
    query = query.where('s.signatory_list_id', '=', filter.signatoryListId);
  }
  if (given(page?.after)) {
    const [ts = null, articleId = null, position = null] = decodeCursor(page.after, 3);
    query = query.where(
      afterKeyset(sql.ref('a.published_ts'), [sql.ref('s.article_id'), sql.ref('s.position')], ts, [
        articleId,
        position,
      ]),
    );
  }
  const rows = await query
    .orderBy(sql`a.published_ts desc nulls last`)
    .orderBy('s.article_id')
    .orderBy('s.position')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, toStatement, (row) => [
    row.published_ts?.toISOString() ?? null,
    row.article_id,
    row.position,
  ]);
}
