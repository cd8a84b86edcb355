/**
 * Flattens an Article into the records of each table. Pure: no I/O. A record has exactly the
 * columns the write sets, under their column names, and jsonb columns hold the value itself: the
 * records of a batch travel as one JSON array per table (see save-articles).
 */
import type { Article, Embed, Entities, Section } from '@wiredesk/domain';
import type { Insertable } from 'kysely';
import type {
  ArticleSourcesTable,
  ArticlesTable,
  SignatoriesTable,
  SignatoryListsTable,
  StatementsTable,
} from '../database.js';
import { publishedInstant } from '../published.js';

/** An article's columns but body_text, which the insert derives from the sections (see save-articles). */
export type ArticleRecord = Omit<
  Required<Insertable<ArticlesTable>>,
  'created_at' | 'body_text' | 'sections' | 'embeds' | 'entities'
> & { sections: Section[]; embeds: Embed[]; entities: Entities };
export type SourceRecord = Required<Insertable<ArticleSourcesTable>>;
export type StatementRecord = Required<Insertable<StatementsTable>>;
export type SignatoryListRecord = Required<Insertable<SignatoryListsTable>>;
export type SignatoryRecord = Required<Insertable<SignatoriesTable>>;

/**
 * The column list of a record type, checked both ways by the compiler: a column the record lacks
 * and a record field left out of the list are both errors.
 */
function columnsOf<R>() {
  return <const C extends readonly (keyof R & string)[]>(
    columns: C & ([Exclude<keyof R, C[number]>] extends [never] ? unknown : never),
  ): C => columns;
}

export const articleColumns = columnsOf<ArticleRecord>()([
  'id',
  'content_hash',
  'headline',
  'lede',
  'published_at',
  'published_ts',
  'language',
  'sections',
  'authors',
  'agencies',
  'embeds',
  'boilerplate',
  'word_count',
  'entities',
]);
export const sourceColumns = columnsOf<SourceRecord>()([
  'article_id',
  'uri',
  'format',
  'size',
  'ingested_at',
]);
export const statementColumns = columnsOf<StatementRecord>()([
  'article_id',
  'id',
  'position',
  'location',
  'paragraph_index',
  'char_start',
  'char_end',
  'kind',
  'quote',
  'content',
  'cue',
  'speaker_name',
  'speaker_kind',
  'speaker_role',
  'speaker_affiliation',
  'speaker_mention',
  'speaker_resolution',
  'channel',
  'confidence',
  'signatory_list_id',
]);
export const signatoryListColumns = columnsOf<SignatoryListRecord>()([
  'article_id',
  'id',
  'position',
  'location',
  'paragraph_index',
  'document',
  'cue',
  'groups',
  'statement_ids',
]);
export const signatoryColumns = columnsOf<SignatoryRecord>()([
  'article_id',
  'list_id',
  'position',
  'name',
  'surface',
  'kind',
  'country_code',
  'group_name',
  'relation',
]);

/** The record of where an article came from; one per (article, uri). */
export function sourceRecord(article: Article): SourceRecord {
  return {
    article_id: article.id,
    uri: article.source.uri,
    format: article.source.format,
    size: article.source.size,
    ingested_at: article.source.ingestedAt,
  };
}

/**
 * The instant as Postgres reads it. Records travel as JSON, where a Date becomes toISOString():
 * past year 9999 that is "+010000-…", which Postgres refuses though it stores such instants;
 * before year 1 there is no ISO form it reads, and the row keeps no instant (the date as written
 * is kept in published_at either way).
 */
export function timestampText(instant: Date | null): string | null {
  if (instant === null) return null;
  const iso = instant.toISOString();
  if (iso.startsWith('+')) return iso.slice(1).replace(/^0+(?=\d{5})/, '');
  return iso.startsWith('-') || iso.startsWith('0000') ? null : iso;
}

export function articleRecord(article: Article): ArticleRecord {
  return {
    id: article.id,
    content_hash: article.contentHash,
    headline: article.headline,
    lede: article.lede,
    published_at: article.publishedAt,
    published_ts: timestampText(publishedInstant(article.publishedAt)),
    language: article.language,
    sections: article.sections,
    authors: article.credits.authors,
    agencies: article.credits.agencies,
    embeds: article.embeds,
    boilerplate: article.boilerplate,
    word_count: article.wordCount,
    entities: article.entities,
  };
}

export function statementRecords(article: Article): StatementRecord[] {
  return article.statements.map((statement, position) => ({
    article_id: article.id,
    id: statement.id,
    position,
    location: statement.location,
    paragraph_index: statement.paragraphIndex,
    char_start: statement.charStart,
    char_end: statement.charEnd,
    kind: statement.kind,
    quote: statement.quote,
    content: statement.content,
    cue: statement.cue,
    speaker_name: statement.speaker?.name ?? null,
    speaker_kind: statement.speaker?.kind ?? null,
    speaker_role: statement.speaker?.role ?? null,
    speaker_affiliation: statement.speaker?.affiliation ?? null,
    speaker_mention: statement.speakerMention,
    speaker_resolution: statement.speakerResolution,
    channel: statement.channel,
    confidence: statement.confidence,
    signatory_list_id: statement.signatoryListId,
  }));
}

export function signatoryListRecords(article: Article): SignatoryListRecord[] {
  return article.signatoryLists.map((list, position) => ({
    article_id: article.id,
    id: list.id,
    position,
    location: list.location,
    paragraph_index: list.paragraphIndex,
    document: list.document,
    cue: list.cue,
    groups: list.groups,
    statement_ids: list.statementIds,
  }));
}

export function signatoryRecords(article: Article): SignatoryRecord[] {
  return article.signatoryLists.flatMap((list) =>
    list.signatories.map((signatory, position) => ({
      article_id: article.id,
      list_id: list.id,
      position,
      name: signatory.name,
      surface: signatory.surface,
      kind: signatory.kind,
      country_code: signatory.countryCode,
      group_name: signatory.group,
      relation: signatory.relation,
    })),
  );
}
