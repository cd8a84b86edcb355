import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import { fixtureArticle } from '../fixtures/articles.js';
import { startHarness, type Harness } from './harness.js';

const readmeQuery = (first: number) => `{
  articles(first: ${first}) { edges { node { id headline publishedAt
    statements { kind quote cue speaker { name kind role } speakerMention }
    signatoryLists { document signatories { name countryCode group relation } } } } }
}`;

// Each article → statements → article step multiplies the answer by the statement count.
const cycleQuery =
  '{ articles { edges { node { statements { article { statements { article { statements ' +
  '{ article { statements { article { id } } } } } } } } } } } }';

interface Answer {
  status: number;
  body: {
    data?: { articles?: { edges: { node: { statements: unknown[] } }[] } };
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function post(
  yoga: Gateway,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<Answer> {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('query complexity limit', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_complexity');
    await h.store.saveArticles([
      fixtureArticle('complexity-a', '2024-11-05'),
      fixtureArticle('complexity-b', '2024-11-06'),
    ]);
  });
  afterAll(() => h.close());

  it('answers the README query at the largest page size (complexity 17,101)', async () => {
    const answer = await post(h.yoga, readmeQuery(100));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const edges = answer.body.data?.articles?.edges ?? [];
    expect(edges).toHaveLength(2);
    expect(edges.every((edge) => edge.node.statements.length > 0)).toBe(true);
  });

  it('refuses the article → statements → article cycle before running it', async () => {
    h.queries.length = 0;
    const answer = await post(h.yoga, cycleQuery);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Query complexity 444461 exceeds the limit of 50000 \(MAX_QUERY_COMPLEXITY\)/,
      ) as unknown,
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        queryComplexity: { actual: 444_461, max: 50_000 },
      },
    });
    expect(h.queries).toEqual([]);
  });

  it('answers a refusal with 200 to clients that accept only application/json, as Yoga does for validation errors', async () => {
    const response = await h.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: cycleQuery }),
    });
    const aliases = await h.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      // Over the alias limit: a validation error from GraphQL Armor.
      body: JSON.stringify({ query: `{ ${'x: __typename '.repeat(20)}}` }),
    });
    expect([response.status, aliases.status]).toEqual([200, 200]);
    const body = (await response.json()) as Answer['body'];
    expect(body.errors?.[0]?.message).toMatch(/^Query complexity 444461/);
  });

  it('counts `first` given in a variable on every request, not once per document', async () => {
    const yoga = createGateway({ store: h.store, logging: false, limits: { maxComplexity: 1000 } });
    const query = `query Cycle($n: Int) { articles(first: $n) { edges { node {
      statements { article { statements { article { id } } } } } } } }`;
    // 1 + n × 223: the same document, first cheap, then 100 times as costly.
    const small = await post(yoga, query, { n: 1 });
    const large = await post(yoga, query, { n: 100 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(large.status).toBe(400);
    expect(large.body.errors?.[0]?.message).toMatch(
      /^Query complexity 22301 exceeds the limit of 1000/,
    );
  });

  it('measures the operation the request names, not the first in the document', async () => {
    const document = `query Cheap { articles(first: 1) { edges { cursor } } } ${cycleQuery.replace('{', 'query Costly {')}`;
    const cheap = await post(h.yoga, document, undefined, 'Cheap');
    const costly = await post(h.yoga, document, undefined, 'Costly');
    expect([cheap.status, costly.status]).toEqual([200, 400]);
    expect(costly.body.errors?.[0]?.message).toMatch(/^Query complexity 444461/);
  });

  it('refuses a document whose cost it cannot measure, instead of running its other fields', async () => {
    h.queries.length = 0;
    const answer = await post(
      h.yoga,
      cycleQuery.replace('{ articles', '{ nodes(ids: ["garbage"]) { id } articles'),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.message).toBe('Invalid global ID: garbage');
    expect(h.queries).toEqual([]);
  });

  it('takes the limit from the gateway options', async () => {
    const at = (maxComplexity: number) =>
      post(
        createGateway({ store: h.store, logging: false, limits: { maxComplexity } }),
        readmeQuery(10),
      );
    const [under, exact] = await Promise.all([at(1710), at(1711)]);
    expect(under.status).toBe(400);
    expect(under.body.errors?.[0]?.message).toMatch(
      /^Query complexity 1711 exceeds the limit of 1710/,
    );
    expect(exact.status).toBe(200);
    expect(exact.body.data?.articles?.edges).toHaveLength(2);
  });

  it('refuses a costly subscription before subscribing', async () => {
    const yoga = createGateway({ store: h.store, logging: false, limits: { maxComplexity: 100 } });
    const answer = await post(
      yoga,
      'subscription { articleIngested { article { statements { article { statements { quote } } } } } }',
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(
      /^Query complexity 123 exceeds the limit of 100/,
    );
  });
});
