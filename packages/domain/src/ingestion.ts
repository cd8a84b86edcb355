/** Records about ingestion itself, shared by the worker, the store, the CLI and the gateway. */
import { z } from 'zod';
import type { Article } from './records.js';

/** An input that did not become an article, kept where users can see and retry it. */
export const IngestionFailure = z.object({
  id: z.string(),
  /** The job that failed; retrying re-enqueues its file under the same id. */
  jobId: z.string(),
  /** File path or URI of the input. */
  file: z.string(),
  /** A ParseErrorCode, or a code for a failure outside the parser (e.g. SOURCE_MISSING). */
  code: z.string(),
  message: z.string(),
  attempts: z.number().int().nonnegative(),
  /** ISO 8601 timestamp. */
  failedAt: z.string(),
});
export type IngestionFailure = z.infer<typeof IngestionFailure>;

/** Published on Redis when an article and its records are committed. */
export const ArticleIngestedEvent = z.object({
  articleId: z.string(),
  headline: z.string(),
  publishedAt: z.string().nullable(),
  statementCount: z.number().int().nonnegative(),
  signatoryListCount: z.number().int().nonnegative(),
  /** false when the same content had already been stored (nothing changed). */
  created: z.boolean(),
  sourceUri: z.string(),
});
export type ArticleIngestedEvent = z.infer<typeof ArticleIngestedEvent>;

/** The event for a committed article; `created` is false when its content was already stored. */
export function articleIngestedEvent(article: Article, created: boolean): ArticleIngestedEvent {
  return {
    articleId: article.id,
    headline: article.headline,
    publishedAt: article.publishedAt,
    statementCount: article.statements.length,
    signatoryListCount: article.signatoryLists.length,
    created,
    sourceUri: article.source.uri,
  };
}
