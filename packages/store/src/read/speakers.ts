/** Speakers: who is quoted, how often, in how many articles; the most quoted first. */
import type { SpeakerKind, StatementKind } from '@wiredesk/domain';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../database.js';
import { articleWhere, statementWhere, type ArticleConditions } from './conditions.js';
import { given } from './filters.js';
import {
  cursorOrder,
  decodeCursor,
  lazyCount,
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

/**
 * Filters for `listSpeakers`: the statement and article conditions choose which statements are
 * counted (the date range counts only statements of articles within it).
 */
export interface SpeakerFilter extends ArticleConditions {
  /** Part of the name, any case. */
  name?: string | null;
  kind?: SpeakerKind | null;
  statementKind?: StatementKind | null;
  cue?: string | null;
}

/** MOST_QUOTED (default): most statements first; NAME: by name. */
export type SpeakerOrder = 'MOST_QUOTED' | 'NAME';

export async function listSpeakers(
  db: Kysely<Database>,
  filter: SpeakerFilter = {},
  page?: PageRequest<SpeakerOrder>,
): Promise<Page<SpeakerSummary>> {
  const limit = pageSize(page);
  const byName = page?.orderBy === 'NAME';
  const order = cursorOrder('speakers', byName ? 'NAME' : 'MOST_QUOTED');
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
  for (const condition of [
    ...articleWhere('a', filter),
    ...statementWhere('s', {
      speaker: filter.name ?? null,
      speakerKind: filter.kind ?? null,
      statementKind: filter.statementKind ?? null,
      cue: filter.cue ?? null,
    }),
  ]) {
    query = query.where(condition);
  }
  const totalCount = lazyCount(db as Kysely<never>, query);
  if (given(page?.after)) {
    if (byName) {
      const [name = null, kind = null] = decodeCursor(page.after, order, 2);
      query = query.having(sql<SqlBool>`(s.speaker_name, s.speaker_kind) > (${name}, ${kind})`);
    } else {
      const [count = null, name = null, kind = null] = decodeCursor(page.after, order, 3);
      query = query.having(
        sql<SqlBool>`(count(*) < ${count} or (count(*) = ${count} and (s.speaker_name, s.speaker_kind) > (${name}, ${kind})))`,
      );
    }
  }
  const rows = await (byName ? query : query.orderBy(statementCount, 'desc'))
    .orderBy('s.speaker_name')
    .orderBy('s.speaker_kind')
    .limit(limit + 1)
    .execute();
  const result = toPage(
    rows,
    limit,
    (row) => ({
      name: row.name ?? '',
      kind: row.kind ?? 'UNNAMED',
      roles: row.roles,
      statementCount: row.statement_count,
      articleCount: row.article_count,
    }),
    order,
    (row) => (byName ? [row.name, row.kind] : [row.statement_count, row.name, row.kind]),
  );
  return { ...result, totalCount };
}
