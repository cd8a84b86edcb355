import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticles } from '@wiredesk/parser';
import {
  connectRedis,
  createIngestQueue,
  createIngestWorker,
  loadIngestSource,
  type IngestQueue,
  type IngestWorker,
  type RedisConnection,
} from '@wiredesk/queue';
import { createStore, ensureDatabase, type Store } from '@wiredesk/store';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../run-cli.js';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';
const feedFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/feed-3.rss.xml',
);
let redis: RedisConnection;
let queue: IngestQueue;
let store: Store;
let worker: IngestWorker;
let prefix: string;
let schema: string;
let dir: string;

beforeEach(async () => {
  const id = randomUUID().replaceAll('-', '').slice(0, 10);
  prefix = `{wdcli-${id}}`;
  schema = `wd_cli_feed_${id}`;
  vi.stubEnv('QUEUE_PREFIX', prefix);
  vi.stubEnv('REDIS_URL', redisUrl);
  redis = await connectRedis(redisUrl);
  queue = createIngestQueue({ connection: redis, prefix });
  await ensureDatabase(databaseUrl);
  store = createStore({ databaseUrl, schema, poolSize: 2 });
  await store.migrate();
  // The worker app's processor in short (the CLI cannot depend on an app): the real parser and
  // store, and feeds fanned out through the queue, so what the CLI counts is what ran.
  worker = createIngestWorker({
    connection: redis,
    prefix,
    processor: async ({ jobId, data }) => {
      if (data.kind === 'item') {
        const articles = await store.saveArticles(data.article ? [data.article] : []);
        return { file: data.sourceUri, articles };
      }
      const source = await loadIngestSource(data, { inboxDir: dir });
      const articles = parseArticles({ ...source, ingestedAt: new Date().toISOString() });
      return { file: source.uri, articles: [], items: await queue.addFeedItems(jobId, articles) };
    },
  });
  await worker.waitUntilReady();
  dir = await mkdtemp(path.join(tmpdir(), 'wiredesk-ingest-feed-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await worker.close();
  await queue.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await store.close();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
  await rm(dir, { recursive: true, force: true });
});

describe('wiredesk ingest --wait on a feed', () => {
  it('counts the items of a feed, and all of them as duplicates the second time', async () => {
    const first = await runCli(['ingest', '--wait', feedFile]);
    expect(first.stdout.trim()).toBe('ingested 3, duplicates 0, failed 0');
    expect(first.exitCode).toBe(0);
    const second = await runCli(['ingest', '--wait', feedFile]);
    expect(second.stdout.trim()).toBe('ingested 0, duplicates 3, failed 0');
  });

  it('counts only the changed item as ingested when a feed comes back with one item edited', async () => {
    await runCli(['ingest', '--wait', feedFile]);
    const edited = path.join(dir, 'feed-edited.xml');
    const text = await readFile(feedFile, 'utf8');
    await writeFile(edited, text.replace('four million pounds', 'five million pounds'));
    const { stdout } = await runCli(['ingest', '--wait', edited]);
    expect(stdout.trim()).toBe('ingested 1, duplicates 2, failed 0');
  });
});
