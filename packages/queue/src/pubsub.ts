/** "Article ingested" events on a Redis pub/sub channel, so every gateway replica hears every worker. */
import { ArticleIngestedEvent } from '@wiredesk/domain';
import type { Redis } from 'ioredis';
import { resolvePrefix, type QueueNamingOptions } from './options.js';

/** The channel name: `<prefix>:article-ingested`. */
export function articleIngestedChannel(options?: QueueNamingOptions): string {
  return `${resolvePrefix(options)}:article-ingested`;
}

/**
 * Publishes events; resolves with the number of subscribers that received them. Several events go
 * in one message, a JSON array: a worker announces a whole write batch with one PUBLISH.
 */
export async function publishArticleIngested(
  connection: Redis,
  events: ArticleIngestedEvent | readonly ArticleIngestedEvent[],
  options?: QueueNamingOptions,
): Promise<number> {
  const message = Array.isArray(events)
    ? events.map((event) => ArticleIngestedEvent.parse(event))
    : ArticleIngestedEvent.parse(events);
  return connection.publish(articleIngestedChannel(options), JSON.stringify(message));
}

export interface SubscribeOptions extends QueueNamingOptions {
  /** Called with messages on the channel that are not valid events; they are otherwise dropped. */
  onInvalid?: (raw: string, error: unknown) => void;
  /**
   * Called when `onEvent` throws for an event; the other events of the message, and later
   * messages, are delivered all the same. Default: a process warning naming the article.
   */
  onListenerError?: (error: unknown, event: ArticleIngestedEvent) => void;
}

/**
 * Subscribes to the events. A subscribed ioredis connection can run nothing else, so this
 * duplicates `connection` and resolves, once subscribed, with a function that unsubscribes and
 * closes the duplicate.
 */
export async function subscribeArticleIngested(
  connection: Redis,
  onEvent: (event: ArticleIngestedEvent) => void,
  options: SubscribeOptions = {},
): Promise<() => Promise<void>> {
  const channel = articleIngestedChannel(options);
  const onListenerError = options.onListenerError ?? warnListenerError;
  // Thrown from here, an error would leave through ioredis's socket handler: the message's later
  // events were skipped and the process got an uncaught exception.
  const deliver = (event: ArticleIngestedEvent): void => {
    try {
      onEvent(event);
    } catch (error) {
      onListenerError(error, event);
    }
  };
  const subscriber = connection.duplicate();
  subscriber.on('message', (received: string, raw: string) => {
    if (received !== channel) return;
    let message: unknown;
    try {
      message = JSON.parse(raw);
    } catch (error) {
      options.onInvalid?.(raw, error);
      return;
    }
    for (const candidate of Array.isArray(message) ? message : [message]) {
      const parsed = ArticleIngestedEvent.safeParse(candidate);
      if (parsed.success) deliver(parsed.data);
      else options.onInvalid?.(raw, parsed.error);
    }
  });
  if (subscriber.status === 'wait') await subscriber.connect();
  await subscriber.subscribe(channel);
  return async () => {
    await subscriber.unsubscribe(channel).catch(() => undefined);
    subscriber.disconnect();
  };
}

function warnListenerError(error: unknown, event: ArticleIngestedEvent): void {
  process.emitWarning(
    `an article-ingested listener failed on ${event.articleId}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
