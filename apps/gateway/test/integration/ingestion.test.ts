import { createIngestQueue, type IngestQueue, type RedisConnection } from '@wiredesk/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import { startHarness, type Harness } from './harness.js';
import { connectTestRedis, deletePrefix, uniquePrefix } from './redis-helpers.js';

const ingestMutation = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { jobId status }
}`;

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<T>(yoga: Gateway, query: string, variables: object, key?: string) {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Response<T>;
}

describe('ingestion through the API', () => {
  const prefix = uniquePrefix('ingest');
  let h: Harness;
  let redis: RedisConnection;
  let queue: IngestQueue;
  let yoga: Gateway;
  const input = {
    filename: 'note.txt',
    content: ' date 2024-11-06 A headline. A lede.\n\nA paragraph.',
  };

  beforeAll(async () => {
    h = await startHarness('gateway_ingest');
    redis = await connectTestRedis();
    queue = createIngestQueue({ connection: redis, prefix });
    yoga = createGateway({ store: h.store, ingest: queue, apiKeys: ['k-test'], logging: false });
  });
  afterAll(async () => {
    await queue.close();
    await deletePrefix(redis, prefix);
    await redis.quit();
    await h.close();
  });

  it('refuses ingestArticle without an API key', async () => {
    const result = await post(yoga, ingestMutation, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses ingestArticle with a wrong API key', async () => {
    const result = await post(yoga, ingestMutation, { input }, 'k-wrong');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('queues a file once: the same content again is a duplicate of the same job', async () => {
    type Enqueued = { ingestArticle: { jobId: string; status: string } };
    const first = await post<Enqueued>(yoga, ingestMutation, { input }, 'k-test');
    const again = await post<Enqueued>(yoga, ingestMutation, { input }, 'k-test');
    expect(first.data?.ingestArticle.status).toBe('ADDED');
    expect(again.data?.ingestArticle).toEqual({
      jobId: first.data?.ingestArticle.jobId,
      status: 'DUPLICATE',
    });
  });

  it('refuses a contentType that cannot hold an article before queueing anything', async () => {
    const result = await post(
      yoga,
      ingestMutation,
      { input: { ...input, contentType: 'image/png' } },
      'k-test',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/image\/png cannot hold an article/);
  });

  it('decodes base64 content in the charset its contentType names', async () => {
    type Enqueued = { ingestArticle: { jobId: string; status: string } };
    const text = ' date 2024-11-06 Caf\u00e9 headline. A lede.\n\nA paragraph.';
    const asUtf8 = await post<Enqueued>(
      yoga,
      ingestMutation,
      { input: { filename: 'cafe.txt', content: text } },
      'k-test',
    );
    const as1252 = await post<Enqueued>(
      yoga,
      ingestMutation,
      {
        input: {
          filename: 'cafe.txt',
          content: Buffer.from(text, 'latin1').toString('base64'),
          encoding: 'BASE64',
          contentType: 'text/plain; charset=windows-1252',
        },
      },
      'k-test',
    );
    // The same text in another charset is the same content once decoded: one job.
    expect(as1252.data?.ingestArticle).toEqual({
      jobId: asUtf8.data?.ingestArticle.jobId,
      status: 'DUPLICATE',
    });
  });

  it('reports the state of a queued job', async () => {
    type Enqueued = { ingestArticle: { jobId: string } };
    const queued = await post<Enqueued>(
      yoga,
      ingestMutation,
      { input: { ...input, filename: 'other.txt', content: `${input.content} More.` } },
      'k-test',
    );
    const jobId = queued.data?.ingestArticle.jobId;
    const status = await post<{
      ingestionJob: { jobId: string; state: string; articles: unknown[] };
    }>(
      yoga,
      'query ($jobId: String!) { ingestionJob(jobId: $jobId) { jobId state articles { articleId } } }',
      { jobId },
    );
    expect(status.data?.ingestionJob).toEqual({ jobId, state: 'WAITING', articles: [] });
  });
});
