import { copyFile, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ArticleIngestedEvent } from '@wiredesk/domain';
import { parseArticles } from '@wiredesk/parser';
import {
  connectRedis,
  createIngestQueue,
  ingestJobId,
  scanInbox,
  subscribeArticleIngested,
  type IngestJobStatus,
  type IngestQueue,
  type RedisConnection,
} from '@wiredesk/queue';
import { createStore, ensureDatabase, type Store } from '@wiredesk/store';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIngestionWorker, type IngestionWorker } from '../../src/create-worker.js';
import {
  databaseUrl,
  deletePrefix,
  dropSchema,
  isolation,
  redisUrl,
  runSql,
  seedFile,
} from './helpers.js';

let redis: RedisConnection;
let store: Store;
let queue: IngestQueue;
let inbox: string;
let prefix: string;
let schema: string;
const workers: IngestionWorker[] = [];

async function startWorker(options: { inboxScanEveryMs?: number } = {}): Promise<IngestionWorker> {
  const worker = await createIngestionWorker({
    redis,
    store,
    inboxDir: inbox,
    prefix,
    concurrency: 2,
    inboxSettleMs: 0,
    ...options,
  });
  workers.push(worker);
  return worker;
}

/** Polls until the job reaches a finished state; the test timeout bounds the wait. */
async function settled(jobId: string): Promise<IngestJobStatus> {
  for (;;) {
    const status = await queue.getJobStatus(jobId);
    if (status.state === 'completed' || status.state === 'failed') return status;
    await sleep(50);
  }
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
  inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-worker-'));
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.close()));
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
  await store.close();
  await dropSchema(schema);
  await rm(inbox, { recursive: true, force: true });
});

describe('ingestion worker', () => {
  it('stores the seed article dropped into the inbox, found by the scheduled scan', async () => {
    await startWorker({ inboxScanEveryMs: 100 });
    await copyFile(seedFile, path.join(inbox, 'seed.txt'));
    const status = await settled(ingestJobId(await readFile(seedFile)));
    expect(status.state).toBe('completed');
    const [saved] = status.result?.articles ?? [];
    expect(saved?.created).toBe(true);
    const article = await store.getArticle(saved?.articleId ?? '');
    expect(article?.headline).toBe(
      'Ukrainian troops have had their first skirmish with North Korean troops, Kyiv says.',
    );
    // Whatever the parser finds in it is what gets stored, statements and lists included.
    const [parsed] = parseArticles({
      bytes: await readFile(seedFile),
      fileName: 'seed.txt',
      ingestedAt: '2024-11-06T00:00:00Z',
    });
    expect(article?.id).toBe(parsed?.id);
    expect(article?.statements.length).toBe(parsed?.statements.length);
    expect(article?.signatoryLists.length).toBe(parsed?.signatoryLists.length);
  });

  it('stores one article for the same file seen twice and by two workers at once', async () => {
    await startWorker();
    await startWorker();
    const bytes = await readFile(seedFile);
    await writeFile(path.join(inbox, 'a.txt'), bytes);
    await writeFile(path.join(inbox, 'b.txt'), bytes);
    const scan = () =>
      scanInbox({ inboxDir: inbox, queue, connection: redis, prefix, settleMs: 0 });
    await Promise.all([scan(), scan(), queue.addContent({ bytes, fileName: 'c.txt' })]);
    expect((await settled(ingestJobId(bytes))).state).toBe('completed');
    expect(await articleCount()).toBe(1);

    // Submitting it again from the same source after it completed adds no job and no article.
    expect((await queue.addContent({ bytes, fileName: 'c.txt' })).status).toBe('duplicate');
    expect(await articleCount()).toBe(1);
  });

  it('records bad files with their code, does not retry them, and keeps going', async () => {
    await startWorker();
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const badPng = await queue.addContent({ bytes: png, fileName: 'photo.txt' });
    const empty = await queue.addContent({ bytes: new Uint8Array(), fileName: 'empty.txt' });
    const good = await queue.addContent({ bytes: await readFile(seedFile), fileName: 'seed.txt' });

    const pngStatus = await settled(badPng.jobId);
    expect(pngStatus).toMatchObject({
      state: 'failed',
      attemptsMade: 1,
      failure: { code: 'NOT_TEXT' },
    });
    expect((await settled(empty.jobId)).failure?.code).toBe('EMPTY');
    expect((await settled(good.jobId)).state).toBe('completed');

    const failures = (await store.listFailures()).items;
    expect(failures.map((f) => [f.jobId, f.code, f.file]).sort()).toEqual(
      [
        [badPng.jobId, 'NOT_TEXT', 'photo.txt'],
        [empty.jobId, 'EMPTY', 'empty.txt'],
      ].sort(),
    );
  });

  it('records an inbox file deleted before processing as SOURCE_MISSING and keeps going', async () => {
    await startWorker();
    const gone = await queue.addInboxFile({
      path: 'gone.txt',
      contentHash: 'a'.repeat(64),
      size: 1,
      mtimeMs: 1,
    });
    expect(await settled(gone.jobId)).toMatchObject({
      state: 'failed',
      failure: { code: 'SOURCE_MISSING' },
    });
    const good = await queue.addContent({ bytes: await readFile(seedFile), fileName: 'seed.txt' });
    expect((await settled(good.jobId)).state).toBe('completed');
  });

  it('rejects an inbox path that resolves outside the inbox through a symlink', async () => {
    await startWorker();
    const outside = await mkdtemp(path.join(tmpdir(), 'wiredesk-outside-'));
    try {
      await copyFile(seedFile, path.join(outside, 'seed.txt'));
      await symlink(path.join(outside, 'seed.txt'), path.join(inbox, 'link.txt'));
      const job = await queue.addInboxFile({
        path: 'link.txt',
        contentHash: 'b'.repeat(64),
        size: 1,
        mtimeMs: 1,
      });
      expect(await settled(job.jobId)).toMatchObject({
        state: 'failed',
        failure: { code: 'SOURCE_OUTSIDE_INBOX' },
      });
      expect(await articleCount()).toBe(0);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('retries a store failure and records it once the attempts are used up', async () => {
    await startWorker();
    // A real Postgres error that parsing cannot cause: the articles table is gone, failures stay.
    await runSql(`alter table "${schema}".articles rename to articles_away`);
    const retrying = createIngestQueue({
      connection: redis,
      prefix,
      attempts: 2,
      backoffDelayMs: 1,
    });
    try {
      const job = await retrying.addContent({
        bytes: await readFile(seedFile),
        fileName: 'seed.txt',
      });
      const status = await settled(job.jobId);
      expect(status).toMatchObject({ state: 'failed', attemptsMade: 2 });
      const [failure] = (await store.listFailures()).items;
      expect(failure).toMatchObject({ jobId: job.jobId, file: 'seed.txt', attempts: 2 });
      expect(failure?.message).toContain('articles');
    } finally {
      await retrying.close();
    }
  });

  it('publishes "article ingested" once the article is committed', async () => {
    await startWorker();
    const events: ArticleIngestedEvent[] = [];
    const unsubscribe = await subscribeArticleIngested(redis, (event) => events.push(event), {
      prefix,
    });
    try {
      const job = await queue.addContent({ bytes: await readFile(seedFile), fileName: 'seed.txt' });
      const status = await settled(job.jobId);
      while (events.length === 0) await sleep(20);
      expect(events[0]).toMatchObject({
        articleId: status.result?.articles[0]?.articleId,
        created: true,
      });
    } finally {
      await unsubscribe();
    }
  });
});
