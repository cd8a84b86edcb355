import { articleIngestedEvent, type ArticleIngestedEvent } from '@wiredesk/domain';
import { Repeater } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import type { ArticleEvents } from '../../src/live/article-events.js';
import { fixtureArticle } from '../fixtures/articles.js';
import { graphql, startHarness, type Harness } from './harness.js';

/** An in-process event source (the Redis fan-out is tested elsewhere): push() delivers one event. */
function localEvents() {
  const listeners = new Set<(event: ArticleIngestedEvent) => void>();
  const events: ArticleEvents = {
    subscribe: () =>
      new Repeater<ArticleIngestedEvent>(async (push, stop) => {
        const listener = (event: ArticleIngestedEvent) => void push(event);
        listeners.add(listener);
        await stop;
        listeners.delete(listener);
      }),
  };
  return { events, push: (event: ArticleIngestedEvent) => listeners.forEach((l) => l(event)) };
}

const countQuery = '{ articles { totalCount } }';
const totalOf = async (yoga: Gateway) =>
  ((await graphql(yoga, countQuery)).data as { articles: { totalCount: number } }).articles
    .totalCount;

describe('response cache', () => {
  const article = fixtureArticle('cached', '2024-11-06');
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_cache');
  });
  afterAll(() => h.close());

  it('answers a repeated read from the cache until an article is ingested', async () => {
    const { events, push } = localEvents();
    const yoga = createGateway({
      store: h.store,
      articleEvents: events,
      responseCacheTtlMs: 60_000,
      logging: false,
    });
    expect(await totalOf(yoga)).toBe(0);
    await h.store.saveArticles([article]);
    const stale = await totalOf(yoga);
    push(articleIngestedEvent(article, true));
    // Invalidation runs as the event is consumed; give the event loop a few turns.
    let fresh = stale;
    for (let turn = 0; turn < 100 && fresh === stale; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      fresh = await totalOf(yoga);
    }
    expect({ stale, fresh }).toEqual({ stale: 0, fresh: 1 });
  });

  it('answers a hit with the bytes and headers a fresh answer has, for each JSON media type', async () => {
    await h.store.saveArticles([fixtureArticle('bytes', '2024-11-07')]);
    const cached = createGateway({ store: h.store, responseCacheTtlMs: 60_000, logging: false });
    const fresh = createGateway({ store: h.store, logging: false });
    const ask = async (yoga: Gateway, accept?: string) => {
      const response = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({
          query: '{ articles { edges { node { headline statements { quote } } } } }',
        }),
      });
      return [response.status, response.headers.get('content-type'), await response.text()];
    };
    for (const accept of [
      undefined,
      'application/json',
      'application/graphql-response+json',
      'application/graphql-response+json, application/json;q=0.9',
      'text/html, */*',
    ]) {
      const miss = await ask(cached, accept);
      const hit = await ask(cached, accept);
      expect(hit).toEqual(miss);
      expect(hit).toEqual(await ask(fresh, accept));
    }
  });
});
