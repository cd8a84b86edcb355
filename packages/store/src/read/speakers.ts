/** Speakers: who is quoted, how often, in how many articles; the most quoted first. */
import type { SpeakerKind } from '@wiredesk/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { given, resolveRange, type PublishedRange } from './filters.js';
import {
  decodeCursor,
  likeContains,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
} from './page.js';

/** One speaker (canonical name and kind) with counts over the statements that match. */
export interface SpeakerSummary {
  name: string;
  kind: SpeakerKind;
  /** Every distinct role the articles give this speaker. */
  roles: string[];
  statementCount: number;
  articleCount: number;
}

/** Filters for `listSpeakers`; the date range counts only statements of articles within it. */
export interface SpeakerFilter extends PublishedRange {
  /** Part of the name, any case. */
  name?: string | null;
  kind?: SpeakerKind | null;
}

export async function listSpeakers(
  db: Kysely<Database>,
  filter: SpeakerFilter = {},
  page?: PageRequest,
): Promise<Page<SpeakerSummary>> {
  const limit = pageSize(page);
  const { from, until } = resolveRange(filter);
  const statementCount = sql<number>`count(*)::int`;
  let query = db
    .selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .select([
      's.speaker_name as name',
      's.speaker_kind as kind',
      statementCount.as('statement_count'),
      sql<number>`count(distinct s.article_id)::int`.as('article_count'),
      sql<
        string[]
      >`coalesce(array_agg(distinct s.speaker_role) filter (where s.speaker_role is not null), '{}')`.as(
        'roles',
      ),
    ])
    .where('s.speaker_name', 'is not', null)
    .where('s.speaker_kind', 'is not', null)
    .groupBy(['s.speaker_name', 's.speaker_kind']);
  if (from !== null) query = query.where('a.published_ts', '>=', from);
  if (until !== null) query = query.where('a.published_ts', '<', until);
  if (given(filter.name))
    query = query.where('s.speaker_name', 'ilike', likeContains(filter.name.trim()));
  if (given(filter.kind)) query = query.where('s.speaker_kind', '=', filter.kind);
  if (given(page?.after)) {
    const [count = null, name = null, kind = null] = decodeCursor(page.after, 3);
    query = query.having(
      sql<boolean>`(count(*) < ${count} or (count(*) = ${count} and (s.speaker_name, s.speaker_kind) > (${name}, ${kind})))`,
    );
  }
  const rows = await query
    .orderBy(statementCount, 'desc')
    .orderBy('s.speaker_name')
    .orderBy('s.speaker_kind')
    .limit(limit + 1)
    .execute();
  return toPage(
    rows,
    limit,
    (row) => ({
      name: row.name ?? '',
      kind: row.kind ?? 'UNNAMED',
      roles: row.roles,
      statementCount: row.statement_count,
      articleCount: row.article_count,
    }),
    (row) => [row.statement_count, row.name, row.kind],
  );
}
