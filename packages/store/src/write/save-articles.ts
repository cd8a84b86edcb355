/**
 * Idempotent batch write. The article id derives from its content, so an id already stored means
 * the same records are stored: its child rows are skipped, only the new source is recorded.
 */
import { Article } from '@wiredesk/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database.js';
import { StoreError } from '../errors.js';
import {
  articleColumns,
  articleRecord,
  signatoryColumns,
  signatoryListColumns,
  signatoryListRecords,
  signatoryRecords,
  sourceColumns,
  sourceRecord,
  statementColumns,
  statementRecords,
} from './article-rows.js';

/** The outcome for one input article, in input order. */
export interface SaveResult {
  articleId: string;
  /** false when the article was already stored (also for a repeat within the same batch). */
  created: boolean;
}

function validate(articles: Article[]): void {
  articles.forEach((article, index) => {
    const result = Article.safeParse(article);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new StoreError(
        'INVALID_ARGUMENT',
        `Article ${index} (${String(article?.id)}) is not a valid Article: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      );
    }
  });
}

/**
 * A batch's records of one table as a single jsonb parameter. One parameter per table instead of
 * one per value: the statement text is the same for every batch, building it costs next to
 * nothing, and Postgres plans it without thousands of parameters.
 */
function recordsParam(records: readonly object[]): RawBuilder<unknown> {
  return sql`${wellFormedJson(records)}::jsonb`;
}

/**
 * JSON.stringify escapes a lone UTF-16 surrogate (a string cut inside an emoji, say) as \udXXX,
 * which Postgres refuses; a parameter sent as text had it replaced by U+FFFD on the way. The same
 * here, on the rare batch that needs it. (An escaped backslash before "ud" only costs the slow path.)
 */
function wellFormedJson(records: readonly object[]): string {
  const json = JSON.stringify(records);
  if (!json.includes('\\ud')) return json;
  return JSON.stringify(records, (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(loneSurrogate, '\uFFFD') : value,
  );
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `insert into <table> (<columns>) select <columns> from jsonb_populate_recordset(...) r <rest>`:
 * the table's row type reads the records, so every column is converted as the table declares it.
 */
function insertRecords(
  table: keyof Database,
  columns: readonly string[],
  records: readonly object[],
  rest: RawBuilder<unknown>,
  derived: readonly [column: string, value: RawBuilder<unknown>][] = [],
): RawBuilder<unknown> {
  const names = sql.join([
    ...columns.map((column) => sql.ref(column)),
    ...derived.map(([column]) => sql.ref(column)),
  ]);
  const selected = sql.join([
    ...columns.map((column) => sql.ref(`r.${column}`)),
    ...derived.map(([, value]) => value),
  ]);
  return sql`insert into ${sql.table(table)} (${names})
    select ${selected} from jsonb_populate_recordset(null::${sql.table(table)}, ${recordsParam(records)}) r
    ${rest}`;
}

/**
 * The body as the search vector and the snippets read it: each section's heading (when it has one)
 * and paragraphs, in order, joined by blank lines. Derived here rather than sent: the text is in
 * the sections already, and joining the parser's strings then serialising them a second time was
 * about a third of the worker's cost of a save.
 */
const bodyText = sql`coalesce((
  select string_agg(part.text, E'\n\n' order by part.section, part.paragraph)
    from jsonb_array_elements(r.sections) with ordinality as section(value, n)
    cross join lateral (
      select section.n, 0::bigint, section.value->>'heading'
       where section.value->>'heading' is not null
      union all
      select section.n, paragraph.n, paragraph.value->>'text'
        from jsonb_array_elements(section.value->'paragraphs') with ordinality as paragraph(value, n)
    ) as part(section, paragraph, text)
), '')`;

/** Child rows are written only for the articles this statement created. */
const ofNewArticles = sql`where r.article_id in (select id from new_articles) on conflict do nothing`;

/** What else the saving statement does. */
export interface SaveOptions {
  /**
   * Jobs whose recorded failures are cleared in the same statement: a worker that saves the
   * articles of many jobs at once settles their failures without a statement per job.
   */
  clearFailuresOf?: readonly string[];
}

/**
 * One statement for the whole batch (so no transaction around it): the articles not stored yet,
 * the statements, lists and signatories of exactly those, every new source, and the cleared
 * failures. Articles are inserted in id order, so two batches sharing articles cannot deadlock.
 */
export async function saveArticles(
  db: Kysely<Database>,
  articles: Article[],
  options: SaveOptions = {},
): Promise<SaveResult[]> {
  const clear = [...new Set(options.clearFailuresOf ?? [])];
  if (articles.length === 0 && clear.length === 0) return [];
  validate(articles);
  const unique = [...new Map(articles.map((a) => [a.id, a] as const)).values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const sources = [
    ...new Map(articles.map((a) => [`${a.id}\u0000${a.source.uri}`, sourceRecord(a)])).entries(),
  ]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, source]) => source);

  const { rows } = await sql<{ id: string }>`
    with new_articles as (${insertRecords(
      'articles',
      articleColumns,
      unique.map(articleRecord),
      sql`on conflict (id) do nothing returning id`,
      [['body_text', bodyText]],
    )}),
    new_statements as (${insertRecords('statements', statementColumns, unique.flatMap(statementRecords), ofNewArticles)}),
    new_lists as (${insertRecords('signatory_lists', signatoryListColumns, unique.flatMap(signatoryListRecords), ofNewArticles)}),
    new_signatories as (${insertRecords('signatories', signatoryColumns, unique.flatMap(signatoryRecords), ofNewArticles)}),
    new_sources as (${insertRecords('article_sources', sourceColumns, sources, sql`on conflict do nothing`)}),
    cleared as (delete from ingestion_failures where job_id = any(${clear}::text[]))
    select id from new_articles`.execute(db);

  const createdIds = new Set(rows.map((row) => row.id));
  const reported = new Set<string>();
  return articles.map((article) => {
    const created = createdIds.has(article.id) && !reported.has(article.id);
    reported.add(article.id);
    return { articleId: article.id, created };
  });
}
