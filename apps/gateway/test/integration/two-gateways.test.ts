import { articleIngestedEvent } from '@wiredesk/domain';
import { publishArticleIngested, type RedisConnection } from '@wiredesk/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import { createArticleEvents, type ArticleEventsHandle } from '../../src/live/article-events.js';
import { fixtureArticle } from '../fixtures/articles.js';
import { startHarness, type Harness } from './harness.js';
import { connectTestRedis, uniquePrefix } from './redis-helpers.js';
import { sseReader } from './sse.js';

async function subscribe(yoga: Gateway, query: string, variables?: Record<string, unknown>) {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
  });
  const sse = sseReader(response.body as ReadableStream<Uint8Array>);
  await sse.opened();
  return sse;
}

describe('two gateway replicas', () => {
  const prefix = uniquePrefix('replicas');
  const article = fixtureArticle('replicas', '2024-11-06');
  let h: Harness;
  // One publisher (the worker's side) and one subscriber connection per replica.
  let publisher: RedisConnection;
  const subscribers: RedisConnection[] = [];
  const events: ArticleEventsHandle[] = [];
  const replicas: Gateway[] = [];

  beforeAll(async () => {
    h = await startHarness('gateway_replicas');
    await h.store.saveArticles([article]);
    publisher = await connectTestRedis();
    for (let i = 0; i < 2; i += 1) {
      const redis = await connectTestRedis();
      subscribers.push(redis);
      const own = await createArticleEvents(redis, { prefix });
      events.push(own);
      replicas.push(createGateway({ store: h.store, articleEvents: own, logging: false }));
    }
  });
  afterAll(async () => {
    await Promise.all(events.map((e) => e.close()));
    await Promise.all([publisher, ...subscribers].map((redis) => redis.quit()));
    await h.close();
  });

  it('delivers one published event through both replicas, and its statements by speaker', async () => {
    const [first, second] = replicas as [Gateway, Gateway];
    const onFirst = await subscribe(first, 'subscription { articleIngested { articleId } }');
    const onSecond = await subscribe(second, 'subscription { articleIngested { articleId } }');
    const quotes = await subscribe(
      second,
      'subscription { statementAdded(speaker: "ZELENSKYY") { quote speaker { name } } }',
    );
    // Not the article's first statement: the filter must skip the others.
    const byVariable = await subscribe(
      first,
      'subscription ($who: String) { statementAdded(speaker: $who) { quote speaker { name } } }',
      { who: 'g7 foreign' },
    );
    // As a worker announces a write batch: an array, here of one event.
    await publishArticleIngested(publisher, [articleIngestedEvent(article, true)], { prefix });
    const expected = { data: { articleIngested: { articleId: article.id } } };
    expect(await onFirst.firstNext()).toEqual(expected);
    expect(await onSecond.firstNext()).toEqual(expected);
    expect(await quotes.firstNext()).toEqual({
      data: {
        statementAdded: { quote: 'opens a new page', speaker: { name: 'Volodymyr Zelenskyy' } },
      },
    });
    expect(await byVariable.firstNext()).toEqual({
      data: {
        statementAdded: {
          quote: 'the statement',
          speaker: { name: 'G7 foreign ministers' },
        },
      },
    });
  });
});
