export { createStore, type Store } from './create-store.js';
export { dropStoreSchema } from './drop-schema.js';
export { ensureDatabase } from './ensure-database.js';
export { StoreError, StoreUnavailableError, isUnavailable, type StoreErrorCode } from './errors.js';
export { redactUrl, type QueryEvent, type StoreOptions } from './options.js';
export type { ArticleFilter } from './read/articles.js';
export type { FailureFilter } from './read/failures.js';
export type {
  ArticleConditions,
  SignatoryConditions,
  StatementConditions,
} from './read/conditions.js';
export type { PublishedRange } from './read/filters.js';
export type { StoredArticle } from './read/mappers.js';
export {
  defaultPageSize,
  maxPageSize,
  type Edge,
  type Page,
  type PageInfo,
  type PageRequest,
  type PublishedOrder,
} from './read/page.js';
export type { RankedEdge, SearchFilter, SearchOrder, SearchPage } from './read/search.js';
export type { SignatoryListFilter } from './read/signatory-lists.js';
export type { StatementSearchFilter } from './read/statement-search.js';
export type { SpeakerFilter, SpeakerOrder, SpeakerSummary } from './read/speakers.js';
export type { StatementFilter } from './read/statements.js';
export type { SaveOptions, SaveResult } from './write/save-articles.js';
