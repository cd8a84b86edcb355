import { connectRedis, type RedisConnection } from '@wiredesk/queue';
import { createStore, type Store } from '@wiredesk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/create-gateway.js';
import { databaseUrl, graphql, startHarness, type Harness } from './harness.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Port 1 refuses connections: a stand-in for a stopped Postgres.
const deadDatabaseUrl = 'postgres://postgres:secret@127.0.0.1:1/wiredesk';

describe('errors and /healthz', () => {
  let h: Harness;
  let redis: RedisConnection;
  let deadStore: Store;
  let unmigratedStore: Store;

  beforeAll(async () => {
    h = await startHarness('gateway_health');
    redis = await connectRedis(redisUrl, { role: 'client', connectionName: 'gateway-test' });
    deadStore = createStore({ databaseUrl: deadDatabaseUrl });
    unmigratedStore = createStore({ databaseUrl, schema: 'gateway_never_migrated' });
  });
  afterAll(async () => {
    await Promise.all([h.close(), redis.quit(), deadStore.close(), unmigratedStore.close()]);
  });

  it('answers 200 when Postgres and Redis answer', async () => {
    const yoga = createGateway({ store: h.store, redis, logging: false });
    const response = await yoga.fetch('http://gateway.test/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok' });
  });

  it('answers 503 naming Postgres when it is unreachable', async () => {
    const yoga = createGateway({ store: deadStore, redis, logging: false });
    const response = await yoga.fetch('http://gateway.test/healthz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      postgres: 'unavailable',
      redis: 'ok',
    });
  });

  it('reports an unreachable database as SERVICE_UNAVAILABLE without leaking the URL', async () => {
    const yoga = createGateway({ store: deadStore, logging: false });
    const result = await graphql(yoga, '{ articles { edges { cursor } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(result)).not.toContain('127.0.0.1');
  });

  it('reports an unreachable database as SERVICE_UNAVAILABLE on a single article too', async () => {
    const yoga = createGateway({ store: deadStore, logging: false });
    const result = await graphql(yoga, '{ article(id: "art_x") { headline } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('masks unexpected errors', async () => {
    const yoga = createGateway({ store: unmigratedStore, logging: false });
    const result = await graphql(yoga, '{ articles { edges { cursor } } }');
    expect(result.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(result)).not.toMatch(/relation|articles" does not exist/);
  });
});
