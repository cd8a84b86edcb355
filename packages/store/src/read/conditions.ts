/**
 * Conditions on an article, shared by every list: its date, full text and credits, and whether it
 * quotes someone or carries a signatory list. Each list applies them to its own articles alias, so
 * "statements by X in articles by Reuters from this week" is one query.
 */
import type { SpeakerKind, StatementKind } from '@wiredesk/domain';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { given, resolveRange, type PublishedRange } from './filters.js';
import { likeContains } from './page.js';

/** Filters on the article itself; all optional and combined with AND. */
export interface ArticleConditions extends PublishedRange {
  /** Full-text search over headline, lede and body (web-search syntax: "a phrase", -word, or). */
  text?: string | null;
  /** Exact agency credit, e.g. "Reuters". */
  agency?: string | null;
  /** Exact author credit. */
  author?: string | null;
}

/** Filters on a statement's own columns. */
export interface StatementConditions {
  /** Part of the speaker's canonical name, any case: "zelensk" finds "Volodymyr Zelenskyy". */
  speaker?: string | null;
  speakerKind?: SpeakerKind | null;
  /** DIRECT, INDIRECT, … (named `kind` on statements, `statementKind` elsewhere). */
  statementKind?: StatementKind | null;
  /** The attributing verb or phrase, any case: "said". */
  cue?: string | null;
}

/** Filters on a signatory list's signatories. */
export interface SignatoryConditions {
  /** A signatory with this ISO 3166-1 alpha-2 code. */
  countryCode?: string | null;
  /** A signatory placed in this group, or a list named for it: "G7". */
  group?: string | null;
}

const ref = (alias: string, column: string) => sql.ref(`${alias}.${column}`);

/** Date range, full text, agency and author on the articles aliased `a`. */
export function articleWhere(a: string, filter: ArticleConditions): RawBuilder<SqlBool>[] {
  const { from, until } = resolveRange(filter);
  const out: RawBuilder<SqlBool>[] = [];
  if (from !== null) out.push(sql<SqlBool>`${ref(a, 'published_ts')} >= ${from}`);
  if (until !== null) out.push(sql<SqlBool>`${ref(a, 'published_ts')} < ${until}`);
  if (given(filter.text)) {
    out.push(sql<SqlBool>`${ref(a, 'search')} @@ websearch_to_tsquery('english', ${filter.text})`);
  }
  if (given(filter.agency)) {
    out.push(sql<SqlBool>`${ref(a, 'agencies')} @> array[${filter.agency.trim()}]::text[]`);
  }
  if (given(filter.author)) {
    out.push(sql<SqlBool>`${ref(a, 'authors')} @> array[${filter.author.trim()}]::text[]`);
  }
  return out;
}

/** Conditions on the statements aliased `s` (speaker, kinds, cue). */
export function statementWhere(s: string, filter: StatementConditions): RawBuilder<SqlBool>[] {
  const out: RawBuilder<SqlBool>[] = [];
  if (given(filter.speaker)) {
    // pg_trgm's GIN index serves this substring match.
    out.push(sql<SqlBool>`${ref(s, 'speaker_name')} ilike ${likeContains(filter.speaker.trim())}`);
  }
  if (given(filter.speakerKind)) {
    out.push(sql<SqlBool>`${ref(s, 'speaker_kind')} = ${filter.speakerKind}`);
  }
  if (given(filter.statementKind)) {
    out.push(sql<SqlBool>`${ref(s, 'kind')} = ${filter.statementKind}`);
  }
  if (given(filter.cue)) {
    out.push(sql<SqlBool>`lower(${ref(s, 'cue')}) = lower(${filter.cue.trim()})`);
  }
  return out;
}

/** Whether any condition of `statementWhere` is set. */
export function hasStatementConditions(filter: StatementConditions): boolean {
  return [filter.speaker, filter.speakerKind, filter.statementKind, filter.cue].some(given);
}

/**
 * The signatory list (`article_id`, `id` given as SQL) has a signatory of the country, and is
 * named for the group or has a member of it.
 */
export function signatoryWhere(
  articleId: RawBuilder<unknown>,
  listId: RawBuilder<unknown>,
  groups: RawBuilder<unknown> | null,
  filter: SignatoryConditions,
): RawBuilder<SqlBool>[] {
  const out: RawBuilder<SqlBool>[] = [];
  const member = (condition: RawBuilder<SqlBool>) =>
    sql<SqlBool>`exists (select 1 from signatories sg where sg.article_id = ${articleId} and sg.list_id = ${listId} and ${condition})`;
  if (given(filter.countryCode)) {
    out.push(member(sql<SqlBool>`sg.country_code = ${filter.countryCode.trim().toUpperCase()}`));
  }
  if (given(filter.group)) {
    const group = filter.group.trim();
    const inGroup = member(sql<SqlBool>`sg.group_name = ${group}`);
    out.push(
      groups === null
        ? inGroup
        : sql<SqlBool>`(${groups} @> array[${group}]::text[] or ${inGroup})`,
    );
  }
  return out;
}

/** The article aliased `a` quotes a speaker matching the statement conditions. */
export function quotesWhere(a: string, filter: StatementConditions): RawBuilder<SqlBool>[] {
  if (!hasStatementConditions(filter)) return [];
  const inner = statementWhere('st', filter);
  return [
    sql<SqlBool>`exists (select 1 from statements st where st.article_id = ${ref(a, 'id')} and ${sql.join(inner, sql` and `)})`,
  ];
}

/**
 * The article aliased `a` carries a signatory list matching the signatory conditions.
 * Written as `id in (articles of the matching lists)`, not as an exists per article: the planner
 * took `groups @> … or exists (member)` for half of all lists, and then walked the articles in
 * date order expecting a match every few rows. A group on 34 of 10,000 articles read ~6,000
 * articles for a page; the lists' own indexes find the 34 at once. The article ids are grouped so
 * that the planner counts matching articles, not matching signatories (a country's 374
 * signatories are on 136 articles: counted as 374, the date-order walk still won, and read 1,636).
 */
export function carriesListWhere(a: string, filter: SignatoryConditions): RawBuilder<SqlBool>[] {
  const country = given(filter.countryCode) ? filter.countryCode.trim().toUpperCase() : null;
  const group = given(filter.group) ? filter.group.trim() : null;
  if (country === null && group === null) return [];
  // The lists named for the group or with a member placed in it, as (article_id, list_id).
  const groupLists =
    group === null
      ? null
      : sql`select gl.article_id, gl.id as list_id from signatory_lists gl where gl.groups @> array[${group}]::text[]
          union all
          select gm.article_id, gm.list_id from signatories gm where gm.group_name = ${group}`;
  // Every signatory belongs to a list, so a signatory of the country names its list.
  const lists =
    country === null
      ? groupLists
      : sql`select sc.article_id, sc.list_id from signatories sc where sc.country_code = ${country}${
          groupLists === null ? sql`` : sql` and (sc.article_id, sc.list_id) in (${groupLists})`
        }`;
  return [
    sql<SqlBool>`${ref(a, 'id')} in (select m.article_id from (${lists}) m group by m.article_id)`,
  ];
}
