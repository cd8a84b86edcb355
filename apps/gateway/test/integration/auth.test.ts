import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import { startHarness, type Harness } from './harness.js';

interface Answer {
  status: number;
  authenticate: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(yoga: Gateway, query: string, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    authenticate: response.headers.get('www-authenticate'),
    body: (await response.json()) as Answer['body'],
  } satisfies Answer;
}

const retry = 'mutation { retryFailures(code: "SOURCE_MISSING") }';
const read = '{ articles(first: 1) { totalCount } }';

describe('API keys', () => {
  let h: Harness;
  let open: Gateway;
  let closed: Gateway;

  beforeAll(async () => {
    h = await startHarness('gateway_auth');
    open = createGateway({ store: h.store, apiKeys: ['k-1'], logging: false });
    closed = createGateway({
      store: h.store,
      apiKeys: ['k-1'],
      requireAuthForReads: true,
      // A cached answer must not reach a request without a key.
      responseCacheTtlMs: 60_000,
      logging: false,
    });
  });
  afterAll(() => h.close());

  it('answers a mutation without a key with 401, a Bearer challenge and how to send one', async () => {
    const answer = await send(open, retry);
    expect([answer.status, answer.authenticate]).toEqual([401, 'Bearer']);
    expect(answer.body.errors?.[0]?.message).toContain('Authorization: Bearer <key>');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a mutation with an unknown key with 403 FORBIDDEN', async () => {
    const answer = await send(open, retry, { authorization: 'Bearer k-2' });
    expect([answer.status, answer.body.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('keeps reads open by default', async () => {
    const answer = await send(open, read);
    expect([answer.status, answer.body]).toEqual([200, { data: { articles: { totalCount: 0 } } }]);
  });

  it('refuses reads without a key when reads require one, and serves them with one', async () => {
    await send(closed, read, { 'x-api-key': 'k-1' });
    const without = await send(closed, read);
    const wrong = await send(closed, read, { 'x-api-key': 'k-2' });
    const right = await send(closed, read, { 'x-api-key': 'k-1' });
    expect([without.status, wrong.status, right.status]).toEqual([401, 403, 200]);
    expect(without.body.data).toBeUndefined();
    expect(right.body.data).toEqual({ articles: { totalCount: 0 } });
  });
});
