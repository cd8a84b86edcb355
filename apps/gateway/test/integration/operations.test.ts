import {
  createDashboardQueue,
  createIngestQueue,
  type IngestQueue,
  type RedisConnection,
} from '@wiredesk/queue';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import { graphql, startHarness, type Harness } from './harness.js';
import { connectTestRedis, deletePrefix, uniquePrefix } from './redis-helpers.js';

const basic = (key: string) => `Basic ${Buffer.from(`admin:${key}`).toString('base64')}`;

describe('operations: /metrics and /admin/queues', () => {
  const prefix = uniquePrefix('ops');
  let h: Harness;
  let redis: RedisConnection;
  let queue: IngestQueue;
  let board: ReturnType<typeof createDashboardQueue>;
  let yoga: Gateway;

  beforeAll(async () => {
    h = await startHarness('gateway_ops');
    redis = await connectTestRedis();
    queue = createIngestQueue({ connection: redis, prefix });
    board = createDashboardQueue({ connection: redis, prefix });
    yoga = createGateway({
      store: h.store,
      ingest: queue,
      apiKeys: ['k'],
      responseCacheTtlMs: 60_000,
      metricsRegistry: new Registry(),
      queueBoard: { queue: board, adminKeys: ['admin-key'] },
      logging: false,
    });
  });
  afterAll(async () => {
    await board.close();
    await queue.close();
    await deletePrefix(redis, prefix);
    await redis.quit();
    await h.close();
  });

  const metrics = async () => {
    const response = await yoga.fetch('http://gateway.test/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('counts requests by operation and outcome, times them, and reports the queue depth', async () => {
    await queue.addContent({
      bytes: Buffer.from('A headline.\n\nA paragraph.'),
      fileName: 'a.txt',
    });
    await graphql(yoga, '{ articles { totalCount } }');
    await graphql(yoga, '{ articles { totalCount } }');
    await graphql(yoga, '{ articles { nope } }');
    await graphql(yoga, 'query Named { speakers { totalCount } search(text: "x") { totalCount } }');
    const text = await metrics();
    expect(text).toContain(
      'wiredesk_gateway_requests_total{operation="query articles",outcome="ok"} 1',
    );
    expect(text).toContain(
      'wiredesk_gateway_requests_total{operation="query articles",outcome="cached"} 1',
    );
    expect(text).toContain(
      'wiredesk_gateway_requests_total{operation="query articles",outcome="error"} 1',
    );
    expect(text).toContain(
      'wiredesk_gateway_requests_total{operation="query search,speakers",outcome="ok"} 1',
    );
    expect(text).toMatch(
      /wiredesk_gateway_request_duration_seconds_count\{operation="query articles",outcome="ok"\} 1/,
    );
    expect(text).toContain('wiredesk_queue_jobs{state="waiting"} 1');
  });

  it('counts a request refused before GraphQL ran as rejected', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
      body: '{}',
    });
    expect(response.status).toBe(413);
    expect(await metrics()).toContain(
      'wiredesk_gateway_requests_total{operation="none",outcome="rejected"} 1',
    );
  });

  it('opens Bull Board only with an admin key, asking browsers to sign in', async () => {
    const get = (path: string, authorization?: string) =>
      yoga.fetch(`http://gateway.test${path}`, {
        headers: authorization === undefined ? {} : { authorization },
      });
    const none = await get('/admin/queues');
    const wrong = await get('/admin/queues', basic('k'));
    expect([none.status, none.headers.get('www-authenticate'), wrong.status]).toEqual([
      401,
      'Basic realm="wiredesk admin"',
      403,
    ]);
    const page = await get('/admin/queues', basic('admin-key'));
    const html = await page.text();
    expect(page.status).toBe(200);
    // The page loads its scripts from the board's static route, which must be served too.
    const base = /<base href="([^"]+)"/.exec(html)?.[1] ?? '';
    const script = /src="([^"]+\.js)"/.exec(html)?.[1] ?? '';
    const scriptPath = new URL(script, new URL(base, 'http://gateway.test')).pathname;
    expect(scriptPath).toMatch(/^\/admin\/queues\/static\//);
    const asset = await get(scriptPath, 'Bearer admin-key');
    expect([asset.status, asset.headers.get('content-type')]).toEqual([
      200,
      expect.stringMatching(/javascript/),
    ]);
  });

  it("lists the ingest queue and its jobs through the board's API", async () => {
    const response = await yoga.fetch('http://gateway.test/admin/queues/api/queues', {
      headers: { 'x-api-key': 'admin-key' },
    });
    const body = (await response.json()) as { queues: { name: string; counts: object }[] };
    expect(body.queues.map((q) => [q.name, q.counts])).toEqual([
      ['ingest', expect.objectContaining({ waiting: 1 })],
    ]);
  });
});
