import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  connectRedis,
  createIngestQueue,
  ingestJobId,
  type IngestQueue,
  type JobOutcome,
  type RedisConnection,
} from '@wiredesk/queue';
import { createStore, ensureDatabase, type Store } from '@wiredesk/store';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIngestionWorker, type IngestionWorker } from '../../src/create-worker.js';
import { databaseUrl, deletePrefix, dropSchema, isolation, redisUrl } from './helpers.js';

const feedFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/feed-3.rss.xml',
);

let redis: RedisConnection;
let store: Store;
let queue: IngestQueue;
let worker: IngestionWorker;
let inbox: string;
let prefix: string;
let schema: string;

/** Submits a feed, waits for its job and then for its item jobs. */
async function ingestFeed(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ feed: JobOutcome; items: JobOutcome[] }> {
  const { jobId } = await queue.addContent({ bytes, fileName, uri: `test:${fileName}` });
  const [feed] = await queue.waitForJobs([jobId], { pollEveryMs: 50 });
  if (feed?.state !== 'completed') throw new Error(`feed job ${feed?.state ?? 'missing'}`);
  const ids = (feed.result?.items ?? []).map((item) => item.jobId);
  return { feed, items: await queue.waitForJobs(ids, { pollEveryMs: 50 }) };
}

async function articleCount(): Promise<number> {
  return (await store.listArticles({}, { first: 100 })).items.length;
}

beforeAll(async () => ensureDatabase(databaseUrl));

beforeEach(async () => {
  ({ prefix, schema } = isolation());
  redis = await connectRedis(redisUrl);
  store = createStore({ databaseUrl, schema, poolSize: 4 });
  await store.migrate();
  queue = createIngestQueue({ connection: redis, prefix });
  inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-feed-'));
  worker = await createIngestionWorker({ redis, store, inboxDir: inbox, prefix, concurrency: 2 });
});

afterEach(async () => {
  await worker.close();
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
  await store.close();
  await dropSchema(schema);
  await rm(inbox, { recursive: true, force: true });
});

describe('feed files', () => {
  it('fan out into one item job per item, each storing its article', async () => {
    const { feed, items } = await ingestFeed(await readFile(feedFile), 'feed.xml');
    expect(feed.result?.articles).toEqual([]);
    expect(feed.result?.items?.map((item) => item.status)).toEqual(['added', 'added', 'added']);
    expect(new Set(items.map((item) => item.jobId)).size).toBe(3);
    expect(items.map((item) => item.state)).toEqual(['completed', 'completed', 'completed']);
    expect(items.map((item) => item.result?.articles[0]?.created)).toEqual([true, true, true]);
    expect(await articleCount()).toBe(3);
  });

  it('stores nothing new for the same items in another feed file: all are duplicates', async () => {
    const bytes = await readFile(feedFile);
    await ingestFeed(bytes, 'feed.xml');
    // Another channel title, so the file gets a job of its own; its items are the same.
    const again = Buffer.from(
      bytes.toString('utf8').replace('Wiredesk test feed', 'Wiredesk test feed, mirrored'),
    );
    expect(ingestJobId(again)).not.toBe(ingestJobId(bytes));
    const { feed, items } = await ingestFeed(again, 'feed-again.xml');
    expect(feed.result?.items?.map((item) => item.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(items.every((item) => item.state === 'completed')).toBe(true);
    expect(await articleCount()).toBe(3);
  });

  it('re-ingests only the item whose content changed under the same guid', async () => {
    const bytes = await readFile(feedFile);
    const first = await ingestFeed(bytes, 'feed.xml');
    const changed = Buffer.from(
      bytes.toString('utf8').replace('four million pounds', 'five million pounds'),
    );
    const { feed, items } = await ingestFeed(changed, 'feed.xml');
    expect(feed.result?.items?.map((item) => item.status)).toEqual([
      'duplicate',
      'added',
      'duplicate',
    ]);
    expect(items[1]?.jobId).not.toBe(first.items[1]?.jobId);
    expect(items[1]?.result?.articles[0]?.created).toBe(true);
    expect(await articleCount()).toBe(4);
  });
});
