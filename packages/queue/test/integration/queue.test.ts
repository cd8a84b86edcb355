import { mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  QueueUnavailableError,
  articleIngestedChannel,
  connectRedis,
  createIngestQueue,
  inboxSeenKey,
  INGEST_QUEUE_NAME,
  ingestJobId,
  jobIdForSource,
  permanentFailure,
  publishArticleIngested,
  sha256Hex,
  scanInbox,
  subscribeArticleIngested,
  type IngestQueue,
} from '../../src/index.js';
import { deletePrefix, redisUrl, testPrefix } from './helpers.js';

let redis: Redis;
let prefix: string;
let queue: IngestQueue;
let inbox: string;

beforeEach(async () => {
  redis = await connectRedis(redisUrl);
  prefix = testPrefix();
  queue = createIngestQueue({ connection: redis, prefix });
  inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-inbox-'));
});

afterEach(async () => {
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
  await rm(inbox, { recursive: true, force: true });
});

describe('createIngestQueue', () => {
  it('adds the same content from the same source once, under its content-hash id', async () => {
    const bytes = Buffer.from('one article');
    const first = await queue.addContent({ bytes, fileName: 'a.txt' });
    const second = await queue.addContent({ bytes, fileName: 'a.txt' });
    expect(first).toEqual({ jobId: ingestJobId(bytes), status: 'added' });
    expect(second).toEqual({ jobId: ingestJobId(bytes), status: 'duplicate' });
    expect((await queue.getJobStatus(first.jobId)).state).toBe('waiting');
  });

  it('gives the same content under another name a job of its own, so both sources are recorded', async () => {
    const bytes = Buffer.from('one article');
    await queue.addContent({ bytes, fileName: 'a.txt' });
    const other = await queue.addContent({ bytes, fileName: 'b.txt' });
    expect(other).toEqual({
      jobId: jobIdForSource(sha256Hex(bytes), 'content:b.txt'),
      status: 'added',
    });
    expect((await queue.addContent({ bytes, fileName: 'b.txt' })).status).toBe('duplicate');
  });

  it('counts depth and failures by code, and retries the failed jobs of one code', async () => {
    const worker = new Worker<{ fileName: string }>(
      INGEST_QUEUE_NAME,
      (job) => {
        throw permanentFailure({
          code: job.data.fileName === 'e.txt' ? 'EMPTY' : 'BINARY',
          message: 'no',
        });
      },
      { connection: redis, prefix },
    );
    try {
      const jobs = await Promise.all(
        ['e.txt', 'p.txt', 'q.txt'].map((fileName) =>
          queue.addContent({ bytes: Buffer.from(fileName), fileName }),
        ),
      );
      await queue.waitForJobs(jobs.map((job) => job.jobId));
      expect(await queue.getFailureCodes()).toEqual({ EMPTY: 1, BINARY: 2 });
      expect(await queue.getDepth()).toMatchObject({ failed: 3, active: 0 });
      await worker.close();
      expect(await queue.retryFailed({ code: 'BINARY' })).toBe(2);
      expect(await queue.getDepth()).toMatchObject({ failed: 1, waiting: 2 });
    } finally {
      await worker.close();
    }
  });

  it('reports a job that never existed as unknown', async () => {
    expect((await queue.getJobStatus('ingest-nope')).state).toBe('unknown');
  });
});

describe('addInboxFiles', () => {
  const file = (name: string, text: string) => ({
    path: name,
    contentHash: sha256Hex(Buffer.from(text)),
    size: text.length,
    mtimeMs: 1,
  });

  it('adds new content in bulk, gives a copy its own job and reports what exists as duplicate', async () => {
    await queue.addInboxFile(file('old.txt', 'old'));
    const results = await queue.addInboxFiles([
      file('a.txt', 'alpha'),
      file('copy-of-a.txt', 'alpha'),
      file('old.txt', 'old'),
      file('other-old.txt', 'old'),
      file('b.txt', 'beta'),
    ]);
    expect(results).toEqual([
      { jobId: ingestJobId(Buffer.from('alpha')), status: 'added' },
      {
        jobId: jobIdForSource(sha256Hex(Buffer.from('alpha')), 'inbox:copy-of-a.txt'),
        status: 'added',
      },
      { jobId: ingestJobId(Buffer.from('old')), status: 'duplicate' },
      {
        jobId: jobIdForSource(sha256Hex(Buffer.from('old')), 'inbox:other-old.txt'),
        status: 'added',
      },
      { jobId: ingestJobId(Buffer.from('beta')), status: 'added' },
    ]);
    expect((await queue.getDepth()).waiting).toBe(5);
  });

  it('retries a failed job when its file is added again', async () => {
    const worker = new Worker(
      INGEST_QUEUE_NAME,
      () => Promise.reject(permanentFailure({ code: 'EMPTY_FILE', message: 'empty' })),
      { connection: redis, prefix },
    );
    const [added] = await queue.addInboxFiles([file('bad.txt', 'bad')]);
    for (;;) {
      if ((await queue.getJobStatus(added?.jobId ?? '')).state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await worker.close();
    const [again] = await queue.addInboxFiles([file('bad.txt', 'bad')]);
    expect(again).toEqual({ jobId: added?.jobId, status: 'retried' });
  });
});

describe('scanInbox', () => {
  const scan = () => scanInbox({ inboxDir: inbox, queue, connection: redis, prefix, settleMs: 0 });

  it('enqueues new files once and skips them while unchanged', async () => {
    await writeFile(path.join(inbox, 'a.txt'), 'alpha');
    await writeFile(path.join(inbox, 'b.txt'), 'beta');
    expect(await scan()).toMatchObject({ files: 2, enqueued: 2, unchanged: 0 });
    expect(await scan()).toMatchObject({ files: 2, enqueued: 0, unchanged: 2 });
  });

  it('enqueues an inbox larger than one chunk, each file once', async () => {
    await Promise.all(
      Array.from({ length: 1100 }, (_, n) =>
        writeFile(path.join(inbox, `f-${n}.txt`), `file ${n}`),
      ),
    );
    expect(await scan()).toMatchObject({ files: 1100, enqueued: 1100, unchanged: 0 });
    expect((await queue.getDepth()).waiting).toBe(1100);
    expect(await redis.hlen(inboxSeenKey({ prefix }))).toBe(1100);
    expect(await scan()).toMatchObject({ files: 1100, enqueued: 0, unchanged: 1100 });
  });

  it('enqueues a file again when its content changes', async () => {
    const file = path.join(inbox, 'a.txt');
    await writeFile(file, 'alpha');
    await scan();
    await writeFile(file, 'alpha, revised');
    await utimes(file, new Date(), new Date(Date.now() - 60_000));
    expect(await scan()).toMatchObject({ enqueued: 1 });
    expect((await queue.getJobStatus(ingestJobId(Buffer.from('alpha, revised')))).state).toBe(
      'waiting',
    );
  });

  it('enqueues a copy of queued content under its own job, then skips both while unchanged', async () => {
    await writeFile(path.join(inbox, 'a.txt'), 'same');
    await writeFile(path.join(inbox, 'copy.txt'), 'same');
    expect(await scan()).toMatchObject({ files: 2, enqueued: 2, unchanged: 0 });
    expect(await scan()).toMatchObject({ files: 2, enqueued: 0, unchanged: 2 });
  });

  it('rejects symlinks that lead outside the inbox and ignores hidden files', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'wiredesk-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.txt'), 'secret');
      await symlink(path.join(outside, 'secret.txt'), path.join(inbox, 'link.txt'));
      await writeFile(path.join(inbox, '.partial.txt'), 'half');
      expect(await scan()).toMatchObject({ files: 0, enqueued: 0, rejected: ['link.txt'] });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('forgets deleted files, so one that comes back is looked at again', async () => {
    const file = path.join(inbox, 'a.txt');
    await writeFile(file, 'alpha');
    await scan();
    expect(await redis.hget(inboxSeenKey({ prefix }), 'a.txt')).not.toBeNull();
    await rm(file);
    expect(await scan()).toMatchObject({ files: 0 });
    expect(await redis.hget(inboxSeenKey({ prefix }), 'a.txt')).toBeNull();
  });

  it('leaves files that are still being written for the next scan', async () => {
    await writeFile(path.join(inbox, 'a.txt'), 'fresh');
    const result = await scanInbox({
      inboxDir: inbox,
      queue,
      connection: redis,
      prefix,
      settleMs: 60_000,
    });
    expect(result).toMatchObject({ files: 1, enqueued: 0, unchanged: 0 });
  });
});

describe('article ingested events', () => {
  it('delivers a published event to a subscriber', async () => {
    const event = {
      articleId: 'a1',
      headline: 'Headline',
      publishedAt: null,
      statementCount: 2,
      signatoryListCount: 0,
      created: true,
      sourceUri: 'x.txt',
    };
    let resolveReceived: (value: unknown) => void = () => undefined;
    const received = new Promise((resolve) => (resolveReceived = resolve));
    const unsubscribe = await subscribeArticleIngested(redis, resolveReceived, { prefix });
    try {
      expect(await publishArticleIngested(redis, event, { prefix })).toBe(1);
      expect(await received).toEqual(event);
    } finally {
      await unsubscribe();
    }
  });
});

describe('article ingested events, several in one message', () => {
  it('delivers each event of a batch and reports an invalid one alone', async () => {
    const event = (n: number) => ({
      articleId: `a${n}`,
      headline: `Headline ${n}`,
      publishedAt: null,
      statementCount: n,
      signatoryListCount: 0,
      created: true,
      sourceUri: `${n}.txt`,
    });
    const events: unknown[] = [];
    const invalid: string[] = [];
    let resolveAll: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (resolveAll = resolve));
    const unsubscribe = await subscribeArticleIngested(
      redis,
      (received) => {
        events.push(received);
        if (events.length === 3) resolveAll();
      },
      { prefix, onInvalid: (raw) => invalid.push(raw) },
    );
    try {
      expect(await publishArticleIngested(redis, [event(1), event(2)], { prefix })).toBe(1);
      const bad = JSON.stringify([{ articleId: 'broken' }, event(3)]);
      await redis.publish(articleIngestedChannel({ prefix }), bad);
      await all;
      expect(events).toEqual([event(1), event(2), event(3)]);
      expect(invalid).toEqual([bad]);
    } finally {
      await unsubscribe();
    }
  });
});

describe('connectRedis', () => {
  it('fails with a QueueUnavailableError naming the URL and how to start Redis', async () => {
    const error = await connectRedis('redis://:hunter2@127.0.0.1:1/0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueUnavailableError);
    expect((error as Error).message).toContain('redis://:***@127.0.0.1:1/0');
    expect((error as Error).message).not.toContain('hunter2');
    expect((error as Error).message).toContain(
      'docker compose -f infra/docker-compose.yml up -d redis',
    );
  });
});
