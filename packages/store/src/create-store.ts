/** The Store: one pool, the write path for workers and the read queries for the gateway and CLI. */
import type { Article, IngestionFailure, SignatoryList, Statement } from '@wiredesk/domain';
import { sql } from 'kysely';
import { createConnection } from './connection.js';
import { translateError } from './errors.js';
import { runMigrations } from './migrate.js';
import { resolveOptions, type StoreOptions } from './options.js';
import { listArticles, loadArticles, type ArticleFilter } from './read/articles.js';
import { clearFailure, listFailures, recordFailure, type FailureFilter } from './read/failures.js';
import type { StoredArticle } from './read/mappers.js';
import type { Page, PageRequest, PublishedOrder } from './read/page.js';
import {
  searchArticles,
  type SearchFilter,
  type SearchOrder,
  type SearchPage,
} from './read/search.js';
import {
  listSpeakers,
  type SpeakerFilter,
  type SpeakerOrder,
  type SpeakerSummary,
} from './read/speakers.js';
import {
  getSignatoryList,
  listSignatoryLists,
  signatoryListsByArticleIds,
  type SignatoryListFilter,
} from './read/signatory-lists.js';
import { searchStatements, type StatementSearchFilter } from './read/statement-search.js';
import {
  getStatement,
  listStatements,
  statementsByArticleIds,
  type StatementFilter,
} from './read/statements.js';
import { saveArticles, type SaveOptions, type SaveResult } from './write/save-articles.js';

/** Storage of articles, statements, signatory lists and ingestion failures in PostgreSQL. */
export interface Store {
  /** Creates the schema if missing and runs the migrations. Safe to race. */
  migrate(): Promise<void>;
  /** Resolves when PostgreSQL answers; throws StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  /**
   * Refreshes the planner's statistics of the store's tables. Worth calling after a bulk load:
   * until autovacuum gets to it, fresh tables look empty and the planner picks slow plans.
   */
  analyze(): Promise<void>;
  /**
   * One transaction for all: each article with its statements, signatory lists and signatories.
   * Idempotent, keyed by article id: the same content again changes nothing and reports
   * created=false, but its source (uri) is recorded, so one content keeps all its sources.
   */
  saveArticles(articles: Article[], options?: SaveOptions): Promise<SaveResult[]>;
  /** Records or replaces the failure of a job (keyed by jobId). */
  recordFailure(failure: Omit<IngestionFailure, 'id'>): Promise<void>;
  clearFailure(jobId: string): Promise<void>;
  listFailures(filter?: FailureFilter, page?: PageRequest): Promise<Page<IngestionFailure>>;
  /** A whole article with its statements and lists; null when none has this id. */
  getArticle(id: string): Promise<Article | null>;
  /** Articles by id, aligned with `ids` (null where missing). For DataLoader. */
  loadArticles(ids: readonly string[]): Promise<(StoredArticle | null)[]>;
  listArticles(
    filter?: ArticleFilter,
    page?: PageRequest<PublishedOrder>,
  ): Promise<Page<StoredArticle>>;
  /** Statements of each article, aligned with `articleIds`. One query. For DataLoader. */
  statementsByArticleIds(articleIds: readonly string[]): Promise<Statement[][]>;
  getStatement(articleId: string, id: string): Promise<Statement | null>;
  listStatements(
    filter?: StatementFilter,
    page?: PageRequest<PublishedOrder>,
  ): Promise<Page<Statement>>;
  /** Signatory lists of each article, aligned with `articleIds`. One query. For DataLoader. */
  signatoryListsByArticleIds(articleIds: readonly string[]): Promise<SignatoryList[][]>;
  getSignatoryList(articleId: string, id: string): Promise<SignatoryList | null>;
  listSignatoryLists(
    filter?: SignatoryListFilter,
    page?: PageRequest<PublishedOrder>,
  ): Promise<Page<SignatoryList>>;
  /** Full-text search, best match first; each edge carries its rank. */
  searchArticles(
    text: string,
    filter?: SearchFilter,
    page?: PageRequest<SearchOrder>,
  ): Promise<SearchPage<StoredArticle>>;
  /** Full-text search over quotes, best match first; each edge carries its rank and snippet. */
  searchStatements(
    text: string,
    filter?: StatementSearchFilter,
    page?: PageRequest<'RELEVANCE'>,
  ): Promise<SearchPage<Statement>>;
  /** Quoted speakers with their counts, most quoted first. */
  listSpeakers(
    filter?: SpeakerFilter,
    page?: PageRequest<SpeakerOrder>,
  ): Promise<Page<SpeakerSummary>>;
  /** Ends the pool; the store cannot be used afterwards. */
  close(): Promise<void>;
}

/** Creates a store. Connects lazily: nothing touches the network until the first call. */
export function createStore(options: StoreOptions): Store {
  const resolved = resolveOptions(options);
  const { db } = createConnection(resolved);
  // Every call reports an unreachable server as StoreUnavailableError with the redacted URL.
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw translateError(error, resolved.redactedUrl);
    }
  };
  // The same for a page's lazy count, which runs after the page call returned.
  const guardPage = async <P extends { totalCount?: () => Promise<number> }>(
    run: () => Promise<P>,
  ): Promise<P> => {
    const page = await guard(run);
    const count = page.totalCount;
    return count === undefined ? page : { ...page, totalCount: () => guard(count) };
  };

  return {
    migrate: () => guard(() => runMigrations(db, resolved.schema)),
    ping: () => guard(async () => void (await sql`select 1`.execute(db))),
    analyze: () =>
      guard(async () => {
        for (const table of [
          'articles',
          'article_sources',
          'statements',
          'signatory_lists',
          'signatories',
        ]) {
          await sql`analyze ${sql.table(table)}`.execute(db);
        }
      }),
    saveArticles: (articles, options) => guard(() => saveArticles(db, articles, options)),
    recordFailure: (failure) => guard(() => recordFailure(db, failure)),
    clearFailure: (jobId) => guard(() => clearFailure(db, jobId)),
    listFailures: (filter, page) => guardPage(() => listFailures(db, filter, page)),
    getArticle: (id) =>
      guard(async () => {
        const [stored] = await loadArticles(db, [id]);
        if (stored === null || stored === undefined) return null;
        const [statements = [], signatoryLists = []] = await Promise.all([
          statementsByArticleIds(db, [id]).then((lists) => lists[0]),
          signatoryListsByArticleIds(db, [id]).then((lists) => lists[0]),
        ]);
        const { sources: _sources, ...article } = stored;
        return { ...article, statements, signatoryLists };
      }),
    loadArticles: (ids) => guard(() => loadArticles(db, ids)),
    listArticles: (filter, page) => guardPage(() => listArticles(db, filter, page)),
    statementsByArticleIds: (ids) => guard(() => statementsByArticleIds(db, ids)),
    getStatement: (articleId, id) => guard(() => getStatement(db, articleId, id)),
    listStatements: (filter, page) => guardPage(() => listStatements(db, filter, page)),
    signatoryListsByArticleIds: (ids) => guard(() => signatoryListsByArticleIds(db, ids)),
    getSignatoryList: (articleId, id) => guard(() => getSignatoryList(db, articleId, id)),
    listSignatoryLists: (filter, page) => guardPage(() => listSignatoryLists(db, filter, page)),
    searchArticles: (text, filter, page) => guardPage(() => searchArticles(db, text, filter, page)),
    searchStatements: (text, filter, page) =>
      guardPage(() => searchStatements(db, text, filter, page)),
    listSpeakers: (filter, page) => guardPage(() => listSpeakers(db, filter, page)),
    close: () => db.destroy(),
  };
}
