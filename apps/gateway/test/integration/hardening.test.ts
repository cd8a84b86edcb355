import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/create-gateway.js';
import { graphql, startHarness, type Harness } from './harness.js';

describe('request hardening', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_hardening');
  });
  afterAll(() => h.close());

  it('lets the README query through at the largest page size', async () => {
    const yoga = createGateway({ store: h.store, logging: false });
    const result = await graphql(
      yoga,
      `
        {
          articles(first: 100) {
            edges {
              node {
                id
                headline
                publishedAt
                statements {
                  kind
                  quote
                  cue
                  speaker {
                    name
                    kind
                    role
                  }
                  speakerMention
                }
                signatoryLists {
                  document
                  signatories {
                    name
                    countryCode
                    group
                    relation
                  }
                }
              }
            }
          }
        }
      `,
    );
    expect(result).toEqual({ data: { articles: { edges: [] } } });
  });

  it('refuses a query deeper than the limit', async () => {
    const yoga = createGateway({ store: h.store, logging: false, limits: { maxDepth: 3 } });
    const result = await graphql(
      yoga,
      '{ articles { edges { node { statements { speaker { name } } } } } }',
    );
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses more aliases than the limit', async () => {
    const yoga = createGateway({ store: h.store, logging: false, limits: { maxAliases: 2 } });
    const result = await graphql(
      yoga,
      '{ a: articles { pageInfo { hasNextPage } } b: articles { pageInfo { hasNextPage } } c: articles { pageInfo { hasNextPage } } }',
    );
    expect(result.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses a document with more tokens than the limit', async () => {
    const yoga = createGateway({ store: h.store, logging: false, limits: { maxTokens: 10 } });
    const result = await graphql(
      yoga,
      '{ articles(first: 1) { edges { node { headline lede } } } }',
    );
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a declared body over the limit with 413', async () => {
    const yoga = createGateway({ store: h.store, logging: false, limits: { maxBodyBytes: 100 } });
    const body = JSON.stringify({ query: `{ articles { edges { cursor } } } #${'x'.repeat(200)}` });
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    expect(response.status).toBe(413);
    const answer = (await response.json()) as { errors: { message: string }[] };
    expect(answer.errors[0]?.message).toMatch(/limit is 100 \(MAX_REQUEST_BODY_BYTES\)/);
  });

  it('refuses a chunked body over the limit with 413, counting what arrives', async () => {
    const yoga = createGateway({ store: h.store, logging: false, limits: { maxBodyBytes: 100 } });
    const post = (text: string) => {
      const bytes = new TextEncoder().encode(JSON.stringify({ query: text }));
      // A stream body carries no Content-Length, as a chunked upload does not.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 16)
            controller.enqueue(bytes.slice(at, at + 16));
          controller.close();
        },
      });
      return yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
    };
    const [large, small] = await Promise.all([
      post(`{ __typename } #${'x'.repeat(200)}`),
      post('{ __typename }'),
    ]);
    expect([large.status, await large.json()]).toMatchObject([
      413,
      { errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] },
    ]);
    expect([small.status, await small.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('accepts up to 1 MiB by default', async () => {
    const yoga = createGateway({ store: h.store, logging: false });
    const post = (padding: number) =>
      yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(padding)}` }),
      });
    const [within, over] = await Promise.all([post(1000 * 1000), post(1024 * 1024)]);
    expect([within.status, over.status]).toEqual([200, 413]);
  });

  it('refuses a GET query without a CSRF header, and accepts it with one', async () => {
    const yoga = createGateway({ store: h.store, logging: false });
    const url = 'http://gateway.test/graphql?query=%7B__typename%7D';
    const bare = await yoga.fetch(url, { headers: { accept: 'application/json' } });
    const withHeader = await yoga.fetch(url, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect([bare.status, withHeader.status]).toEqual([403, 200]);
  });

  it('refuses introspection when it is turned off', async () => {
    const yoga = createGateway({ store: h.store, logging: false, introspection: false });
    const result = await graphql(yoga, '{ __schema { types { name } } }');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
