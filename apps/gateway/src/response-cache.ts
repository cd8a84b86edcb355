/**
 * Response caching for reads. The archive changes only when a worker stores an article, so a
 * read answered a moment ago is still right: cached answers live `ttlMs`, and every
 * articleIngested event (from any worker, through Redis) retires every cached answer at once.
 * Ingestion jobs and failures change outside those events and are never cached.
 */
import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { ArticleEvents } from './live/article-events.js';

export interface ResponseCacheOptions {
  /** How long an answer is reused, in milliseconds; 0 turns caching off. */
  ttlMs: number;
  /** Live events; each one invalidates the cached lists. */
  articleEvents?: ArticleEvents | undefined;
  /**
   * Whether a request may be answered from (and fill) the cache. Requests another plugin refused
   * must say false: a hit would replace the refusal with the cached answer.
   */
  enabled?: (request: Request) => boolean;
}

// Set by the response cache plugin on answers it served.
const servedFromCache = Symbol.for('servedFromResponseCache');

/**
 * The media type Yoga answers a plain result with: the last of its two JSON types that the Accept
 * header allows, in Yoga's own order (use-result-processor.ts); undefined when neither is allowed.
 */
function jsonMediaType(request: Request): string | undefined {
  const asked = (request.headers.get('accept') ?? '*/*')
    .replace(/\s/g, '')
    .toLowerCase()
    .split(',')
    .filter((type) => !type.includes('charset=') || type.includes('charset=utf-8'))
    .map((type) => type.split(';')[0] ?? '')
    .reverse();
  let chosen: string | undefined;
  for (const type of asked) {
    const [pre, suf] = type.split('/');
    for (const json of ['application/graphql-response+json', 'application/json']) {
      const [jsonPre, jsonSuf] = json.split('/');
      if ((pre === '*' || pre === jsonPre) && (suf === '*' || suf === jsonSuf)) chosen = json;
    }
  }
  return chosen;
}

/**
 * Serializes each cached answer once, to UTF-8 bytes. A hit hands Yoga the same cached `data`
 * object every time; JSON.stringify of a 40 kB page and encoding it for the socket were a third of
 * a hit's CPU. The bytes are kept beside the cached object (a WeakMap, so they go when the cache
 * drops the answer), and a hit is answered with them as Yoga would have answered it.
 */
function useSerializeOnce(): Plugin {
  const bodies = new WeakMap<object, Uint8Array<ArrayBuffer>>();
  const encoder = new TextEncoder();
  const bodyOf = (data: object) => {
    let body = bodies.get(data);
    if (body === undefined) {
      body = encoder.encode(JSON.stringify({ data }));
      bodies.set(data, body);
    }
    return body;
  };
  return {
    onResultProcess(event) {
      const { request, result } = event;
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      if (!(servedFromCache in result) || result.errors !== undefined) return;
      const { data, extensions } = result as { data?: unknown; extensions?: object };
      const mediaType = jsonMediaType(request);
      if (typeof data !== 'object' || data === null || mediaType === undefined) return;
      // ETag and Last-Modified, set by the cache when it stored the answer.
      const { http, ...rest } = (extensions ?? {}) as { http?: { headers?: HeadersInit } };
      if (Object.keys(rest).length > 0) return;
      event.setResultProcessor(
        (_result, fetchAPI) =>
          new fetchAPI.Response(bodyOf(data), {
            status: 200,
            headers: { ...http?.headers, 'content-type': `${mediaType}; charset=utf-8` },
          }),
        mediaType,
      );
    },
  };
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
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
      ttlPerSchemaCoordinate: {
        'Query.ingestionJob': 0,
        'Query.ingestionFailures': 0,
        'Query.node': 0,
        'Query.nodes': 0,
      },
      includeExtensionMetadata: false,
    }),
    useSerializeOnce(),
  ];
}
