/**
 * "Article ingested" events leave in one PUBLISH per write batch instead of one per article: the
 * jobs of a batch all resume when it commits, in the same run of the microtask queue, so their
 * events gather until that run ends. The message still leaves before any of those jobs is marked
 * completed (BullMQ's calls come later on the same connection).
 * Best effort, as before: the articles are committed, and a retry would only republish.
 * Each event is checked as it is queued: PUBLISH validates the whole message, so one invalid
 * event in it would have kept the batch's other events from leaving.
 */
import { ArticleIngestedEvent } from '@wiredesk/domain';
import { publishArticleIngested, type RedisConnection, type WorkerLogger } from '@wiredesk/queue';

export interface EventPublisher {
  /** Queues the valid events for the next PUBLISH, logs the others; never throws, never waits. */
  publish(events: readonly ArticleIngestedEvent[]): void;
}

export function createEventPublisher(deps: {
  redis: RedisConnection;
  prefix: string;
  logger?: WorkerLogger;
}): EventPublisher {
  let pending: ArticleIngestedEvent[] = [];
  const flush = (): void => {
    const events = pending;
    pending = [];
    publishArticleIngested(deps.redis, events, { prefix: deps.prefix }).catch((error: unknown) =>
      deps.logger?.warn(
        { articleIds: events.map((event) => event.articleId), err: String(error) },
        'could not publish article ingested',
      ),
    );
  };
  return {
    publish(events) {
      for (const event of events) {
        const checked = ArticleIngestedEvent.safeParse(event);
        if (!checked.success) {
          deps.logger?.warn(
            { articleId: (event as { articleId?: unknown }).articleId, err: checked.error.message },
            'dropped an invalid article ingested event',
          );
          continue;
        }
        if (pending.length === 0) queueMicrotask(flush);
        pending.push(checked.data);
      }
    },
  };
}
