/** "Article ingested" events on a Redis pub/sub channel, so every gateway replica hears every worker. */
import { ArticleIngestedEvent } from '@wiredesk/domain';
import type { Redis } from 'ioredis';
import { resolvePrefix, type QueueNamingOptions } from './options.js';

/** The channel name: `<prefix>:article-ingested`. */
export function articleIngestedChannel(options?: QueueNamingOptions): string {
  return `${resolvePrefix(options)}:article-ingested`;
}

/** Publishes one event; resolves with the number of subscribers that received it. */
export async function publishArticleIngested(
  connection: Redis,
  event: ArticleIngestedEvent,
  options?: QueueNamingOptions,
): Promise<number> {
  return connection.publish(
    articleIngestedChannel(options),
    JSON.stringify(ArticleIngestedEvent.parse(event)),
  );
}

export interface SubscribeOptions extends QueueNamingOptions {
  /** Called with messages on the channel that are not valid events; they are otherwise dropped. */
  onInvalid?: (raw: string, error: unknown) => void;
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
  const subscriber = connection.duplicate();
  subscriber.on('message', (received: string, raw: string) => {
    if (received !== channel) return;
    let parsed;
    try {
      parsed = ArticleIngestedEvent.parse(JSON.parse(raw));
    } catch (error) {
      options.onInvalid?.(raw, error);
      return;
    }
    onEvent(parsed);
  });
  if (subscriber.status === 'wait') await subscriber.connect();
  await subscriber.subscribe(channel);
  return async () => {
    await subscriber.unsubscribe(channel).catch(() => undefined);
    subscriber.disconnect();
  };
}
