/**
 * One ingest job: load the bytes → parse → store (with the next write batch) → publish "article
 * ingested".
 * A feed (RSS/Atom, or any file that yields several articles) is not stored by its file's job: it
 * fans out one item job per article, and each item job stores and announces its article, so the
 * same item in two feeds is stored once. Bad input (ParseError, a missing or escaping inbox file)
 * is recorded and fails at once; anything else is retried by BullMQ and recorded only when its
 * last attempt fails.
 */
import { articleIngestedEvent, type Article, type ArticleIngestedEvent } from '@wiredesk/domain';
import type { parseArticles } from '@wiredesk/parser';
import {
  formatFailure,
  isIngestSourceError,
  INBOX_SETTLE_MS,
  loadIngestSource,
  permanentFailure,
  UNKNOWN_FAILURE_CODE,
  type IngestJobContext,
  type IngestJobResult,
  type IngestProcessor,
  type IngestQueue,
  type JobFailure,
  type RedisConnection,
  type WorkerLogger,
} from '@wiredesk/queue';
import type { Store } from '@wiredesk/store';
import { createEventPublisher, type EventPublisher } from './event-publisher.js';
import type { WriteBatcher } from './write-batcher.js';

export interface IngestProcessorDeps {
  store: Pick<Store, 'recordFailure' | 'clearFailure'>;
  /** Saves a job's articles and clears its recorded failure, in a batch with other jobs'. */
  writes: Pick<WriteBatcher, 'save'>;
  /** Adds a feed's item jobs. */
  queue: Pick<IngestQueue, 'addFeedItems'>;
  /** Connection used to publish events. */
  redis: RedisConnection;
  prefix: string;
  /** Announces stored articles; default: one PUBLISH per write batch on `redis`. */
  events?: EventPublisher;
  inboxDir: string;
  /** An inbox file rewritten less than this long ago is read again later (see loadIngestSource). */
  inboxSettleMs?: number;
  parse: typeof parseArticles;
  isParseError: (error: unknown) => error is Error & { code: string };
  logger?: WorkerLogger;
}

export function createIngestProcessor(deps: IngestProcessorDeps): IngestProcessor {
  const events = deps.events ?? createEventPublisher(deps);
  const record = (job: IngestJobContext, file: string, failure: JobFailure): Promise<void> =>
    deps.store.recordFailure({
      jobId: job.jobId,
      file,
      code: failure.code,
      message: failure.message,
      attempts: job.attemptsMade + 1,
      failedAt: new Date().toISOString(),
    });

  // Records a failure that will not be retried, then makes BullMQ fail the job at once. If the
  // failure cannot be recorded (Postgres down), the recording error is thrown instead and retried.
  const failPermanently = async (
    job: IngestJobContext,
    file: string,
    failure: JobFailure,
  ): Promise<never> => {
    await record(job, file, failure);
    throw permanentFailure(failure);
  };

  // Stores articles; a failure is retried, and recorded when it is the last attempt.
  const store = async (job: IngestJobContext, file: string, articles: Article[]) => {
    try {
      return await deps.writes.save(job.jobId, articles);
    } catch (error) {
      const failure = describeTransient(error);
      if (job.isFinalAttempt) {
        await record(job, file, failure).catch((recordError: unknown) =>
          deps.logger?.error(
            { jobId: job.jobId, err: String(recordError) },
            'could not record failure',
          ),
        );
      }
      throw new Error(formatFailure(failure), { cause: error });
    }
  };

  return async (job) => {
    const data = job.data;
    if (data.kind === 'item') {
      if (data.article === null)
        return failPermanently(job, data.sourceUri, {
          code: 'ITEM_GONE',
          message: `the article of ${data.sourceUri} was dropped from its completed job`,
        });
      const saved = await store(job, data.sourceUri, [data.article]);
      events.publish(ingestedEvents([data.article], saved));
      return { file: data.sourceUri, articles: saved } satisfies IngestJobResult;
    }

    let source;
    try {
      source = await loadIngestSource(data, {
        inboxDir: deps.inboxDir,
        settleMs: deps.inboxSettleMs ?? INBOX_SETTLE_MS,
      });
    } catch (error) {
      if (isIngestSourceError(error))
        return failPermanently(job, error.file, { code: error.code, message: error.message });
      // A file still being written, or a read error: retried, and recorded when it lasts.
      if (job.isFinalAttempt) {
        await record(
          job,
          data.kind === 'inbox' ? data.path : data.uri,
          describeTransient(error),
        ).catch((recordError: unknown) =>
          deps.logger?.error(
            { jobId: job.jobId, err: String(recordError) },
            'could not record failure',
          ),
        );
      }
      throw error;
    }

    let articles: Article[];
    try {
      articles = deps.parse({
        bytes: source.bytes,
        fileName: source.fileName,
        uri: source.uri,
        ingestedAt: new Date().toISOString(),
      });
    } catch (error) {
      // The parser is pure: the same bytes fail the same way, so no error of its is worth a retry.
      const failure = deps.isParseError(error)
        ? { code: error.code, message: error.message }
        : { code: 'PARSER_ERROR', message: error instanceof Error ? error.message : String(error) };
      return failPermanently(job, source.uri, failure);
    }

    if (isFeed(articles)) {
      // Adding is idempotent by item id: a retried feed job re-adds nothing it already added.
      const items = await deps.queue.addFeedItems(job.jobId, articles);
      await deps.store.clearFailure(job.jobId);
      return { file: source.uri, articles: [], items } satisfies IngestJobResult;
    }

    const saved = await store(job, source.uri, articles);
    events.publish(ingestedEvents(articles, saved));
    return { file: source.uri, articles: saved } satisfies IngestJobResult;
  };
}

function ingestedEvents(
  articles: Article[],
  saved: { articleId: string; created: boolean }[],
): ArticleIngestedEvent[] {
  return articles.map((article, index) =>
    articleIngestedEvent(article, saved[index]?.created ?? false),
  );
}

function isFeed(articles: Article[]): boolean {
  return (
    articles.length > 1 ||
    articles.some((article) => article.source.format === 'RSS' || article.source.format === 'ATOM')
  );
}

function describeTransient(error: unknown): JobFailure {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    code: typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? code : UNKNOWN_FAILURE_CODE,
    message: error instanceof Error ? error.message : String(error),
  };
}
