/**
 * Response caching for reads. The archive changes only when a worker stores an article, so a
 * read answered a moment ago is still right: cached answers live `ttlMs`, and every
 * articleIngested event (from any worker, through Redis) retires every cached answer at once.
 * Ingestion jobs and failures change outside those events and are never cached.
 */
import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { ArticleEvents } from './live/article-events.js';

export interface ResponseCacheOptions {
  /** How long an answer is reused, in milliseconds; 0 turns caching off. */
  ttlMs: number;
  /** Live events; each one invalidates the cached lists. */
  articleEvents?: ArticleEvents | undefined;
}

export function responseCachePlugins(options: ResponseCacheOptions): Plugin[] {
  if (options.ttlMs <= 0) return [];
  // Any list, count or search may change with a new article, and answers without ids cannot be
  // invalidated by type: each event starts a new generation of keys instead (old ones age out).
  let generation = 0;
  if (options.articleEvents !== undefined) {
    const events = options.articleEvents.subscribe();
    void (async () => {
      // Ends when the event source closes (gateway shutdown).
      for await (const _event of events) generation += 1;
    })();
  }
  return [
    useResponseCache({
      cache: createInMemoryCache({ max: 1000 }),
      ttl: options.ttlMs,
      buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
        createHash('sha256')
          .update(JSON.stringify([generation, documentString, variableValues, operationName]))
          .digest('hex'),
      // Every client sees the same archive: one shared cache, not one per session.
      session: () => null,
      ttlPerSchemaCoordinate: {
        'Query.ingestionJob': 0,
        'Query.ingestionFailures': 0,
        'Query.node': 0,
        'Query.nodes': 0,
      },
      includeExtensionMetadata: false,
    }),
  ];
}
