/**
 * Live "article ingested" events. Each gateway holds ONE Redis subscription and fans events out
 * to its SSE subscribers in memory, so replicas agree without one Redis connection per client.
 */
import type { ArticleIngestedEvent } from '@wiredesk/domain';
import { subscribeArticleIngested, type RedisConnection } from '@wiredesk/queue';
import { Repeater, SlidingBuffer } from 'graphql-yoga';

// A subscriber that reads slower than events arrive loses the oldest, never blocks the others.
const bufferPerSubscriber = 1000;

/** A source of events a subscription resolver can iterate. */
export interface ArticleEvents {
  subscribe(): AsyncIterable<ArticleIngestedEvent>;
}

export interface ArticleEventsHandle extends ArticleEvents {
  /** Ends every open subscription (their SSE streams complete) and the Redis subscription. */
  close(): Promise<void>;
}

/** Subscribes to the Redis channel (resolves once subscribed) and fans events out locally. */
export async function createArticleEvents(
  redis: RedisConnection,
  options: {
    prefix?: string;
    onInvalid?: (raw: string) => void;
    onListenerError?: (error: unknown, event: ArticleIngestedEvent) => void;
  } = {},
): Promise<ArticleEventsHandle> {
  const listeners = new Set<(event: ArticleIngestedEvent) => void>();
  const stops = new Set<() => void>();
  let closed = false;
  const unsubscribe = await subscribeArticleIngested(
    redis,
    (event) => listeners.forEach((listener) => listener(event)),
    {
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
      onInvalid: (raw) => options.onInvalid?.(raw),
      ...(options.onListenerError === undefined
        ? {}
        : { onListenerError: options.onListenerError }),
    },
  );
  return {
    subscribe: () =>
      new Repeater<ArticleIngestedEvent>(async (push, stop) => {
        if (closed) {
          stop();
          return;
        }
        const listener = (event: ArticleIngestedEvent) => void push(event);
        const end = () => stop();
        listeners.add(listener);
        stops.add(end);
        await stop;
        listeners.delete(listener);
        stops.delete(end);
      }, new SlidingBuffer(bufferPerSubscriber)),
    async close() {
      closed = true;
      stops.forEach((stop) => stop());
      await unsubscribe();
    },
  };
}
