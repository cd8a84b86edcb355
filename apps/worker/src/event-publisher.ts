/**
 * "Article ingested" events leave in one PUBLISH per write batch instead of one per article: the
 * jobs of a batch all resume when it commits, in the same run of the microtask queue, so their
 * events gather until that run ends. The message still leaves before any of those jobs is marked
 * completed (BullMQ's calls come later on the same connection).
 * Best effort, as before: the articles are committed, and a retry would only republish.
 */
import type { ArticleIngestedEvent } from '@wiredesk/domain';
import { publishArticleIngested, type RedisConnection, type WorkerLogger } from '@wiredesk/queue';

export interface EventPublisher {
  /** Queues the events for the next PUBLISH; never throws, never waits. */
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
      if (events.length === 0) return;
      if (pending.length === 0) queueMicrotask(flush);
      pending.push(...events);
    },
  };
}
