import { articleIngestedEvent } from '@wiredesk/domain';
import { publishArticleIngested, type RedisConnection } from '@wiredesk/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/create-gateway.js';
import { createArticleEvents, type ArticleEventsHandle } from '../../src/live/article-events.js';
import { fixtureArticle } from '../fixtures/articles.js';
import { startHarness, type Harness } from './harness.js';
import { connectTestRedis, uniquePrefix } from './redis-helpers.js';
import { sseReader } from './sse.js';

describe('articleIngested subscription', () => {
  const prefix = uniquePrefix('sub');
  const article = fixtureArticle('live', '2024-11-06');
  let h: Harness;
  let redis: RedisConnection;
  let events: ArticleEventsHandle;

  beforeAll(async () => {
    h = await startHarness('gateway_sub');
    await h.store.saveArticles([article]);
    redis = await connectTestRedis();
    events = await createArticleEvents(redis, { prefix });
  });
  afterAll(async () => {
    await events.close();
    await redis.quit();
    await h.close();
  });

  it('delivers an event published on Redis to an SSE subscriber, with its article', async () => {
    const yoga = createGateway({ store: h.store, articleEvents: events, logging: false });
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query:
          'subscription { articleIngested { articleId created sourceUri article { headline } } }',
      }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const sse = sseReader(response.body as ReadableStream<Uint8Array>);
    await sse.opened();
    await publishArticleIngested(redis, articleIngestedEvent(article, true), { prefix });
    expect(await sse.firstNext()).toEqual({
      data: {
        articleIngested: {
          articleId: article.id,
          created: true,
          sourceUri: article.source.uri,
          article: { headline: article.headline },
        },
      },
    });
  });

  it('completes open subscriptions when the event source closes', async () => {
    const own = await createArticleEvents(redis, { prefix: uniquePrefix('close') });
    const iterator = own.subscribe()[Symbol.asyncIterator]();
    const next = iterator.next();
    await own.close();
    expect(await next).toEqual({ done: true, value: undefined });
  });

  it('answers NOT_AVAILABLE when the gateway has no event source', async () => {
    const yoga = createGateway({ store: h.store, logging: false });
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: 'subscription { articleIngested { articleId } }' }),
    });
    const text = await response.text();
    expect(text).toContain('NOT_AVAILABLE');
  });
});
