/**
 * The typed shape of the tables, for Kysely. jsonb columns are written as JSON text (node-postgres
 * would turn a JS array into a Postgres array) and read back as parsed values.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type {
  Embed,
  Entities,
  InputFormat,
  Section,
  SignatoryKind,
  SignatoryRelation,
  SpeakerKind,
  SpeakerResolution,
  StatementKind,
  TextLocation,
} from '@wiredesk/domain';

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface ArticlesTable {
  id: string;
  content_hash: string;
  headline: string;
  lede: string | null;
  /** As the article gives it: a date or a date-time with offset. */
  published_at: string | null;
  /** published_at as an instant (a bare date is midnight UTC), for filters and ordering. */
  published_ts: Timestamp | null;
  language: string;
  sections: Json<Section[]>;
  /** The paragraphs joined, so the generated search column can index them. */
  body_text: string;
  authors: string[];
  agencies: string[];
  embeds: Json<Embed[]>;
  boilerplate: string[];
  word_count: number;
  entities: Json<Entities>;
  created_at: CreatedAt;
  search: ColumnType<string, never, never>;
}

export interface ArticleSourcesTable {
  article_id: string;
  uri: string;
  format: InputFormat;
  size: number;
  ingested_at: Timestamp;
}

export interface StatementsTable {
  article_id: string;
  id: string;
  /** Order within the article. */
  position: number;
  location: TextLocation;
  paragraph_index: number | null;
  char_start: number;
  char_end: number;
  kind: StatementKind;
  quote: string;
  content: string;
  cue: string;
  speaker_name: string | null;
  speaker_kind: SpeakerKind | null;
  speaker_role: string | null;
  speaker_affiliation: string | null;
  speaker_mention: string | null;
  speaker_resolution: SpeakerResolution;
  channel: string | null;
  confidence: number;
  signatory_list_id: string | null;
}

export interface SignatoryListsTable {
  article_id: string;
  id: string;
  position: number;
  location: TextLocation;
  paragraph_index: number | null;
  document: string | null;
  cue: string;
  groups: string[];
  statement_ids: string[];
}

export interface SignatoriesTable {
  article_id: string;
  list_id: string;
  position: number;
  name: string;
  surface: string;
  kind: SignatoryKind;
  country_code: string | null;
  group_name: string | null;
  relation: SignatoryRelation;
}

export interface IngestionFailuresTable {
  id: Generated<string>;
  job_id: string;
  file: string;
  code: string;
  message: string;
  attempts: number;
  failed_at: Timestamp;
}

export interface Database {
  articles: ArticlesTable;
  article_sources: ArticleSourcesTable;
  statements: StatementsTable;
  signatory_lists: SignatoryListsTable;
  signatories: SignatoriesTable;
  ingestion_failures: IngestionFailuresTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type SourceRow = Selectable<ArticleSourcesTable>;
export type StatementRow = Selectable<StatementsTable>;
export type SignatoryListRow = Selectable<SignatoryListsTable>;
export type SignatoryRow = Selectable<SignatoriesTable>;
export type FailureRow = Selectable<IngestionFailuresTable>;
