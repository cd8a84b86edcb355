/**
 * Every class of bad input through the real worker path (Redis, parser, Postgres): it fails at
 * once with its own code, is recorded with its file name, and the worker takes the next file.
 */
import { mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  connectRedis,
  createIngestQueue,
  scanInbox,
  sha256Hex,
  type EnqueueResult,
  type IngestJobStatus,
  type IngestQueue,
  type RedisConnection,
} from '@wiredesk/queue';
import { createStore, ensureDatabase, type Store } from '@wiredesk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestionWorker, type IngestionWorker } from '../../src/create-worker.js';
import { databaseUrl, deletePrefix, dropSchema, isolation, redisUrl, seedFile } from './helpers.js';

let redis: RedisConnection;
let store: Store;
let queue: IngestQueue;
let worker: IngestionWorker;
let inbox: string;
let seed: string;
const { prefix, schema } = isolation();
let goodFiles = 0;

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  redis = await connectRedis(redisUrl);
  store = createStore({ databaseUrl, schema, poolSize: 4 });
  await store.migrate();
  queue = createIngestQueue({ connection: redis, prefix });
  inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-bad-'));
  seed = await readFile(seedFile, 'utf8');
  worker = await createIngestionWorker({
    redis,
    store,
    inboxDir: inbox,
    prefix,
    concurrency: 2,
    inboxSettleMs: 0,
  });
});

afterAll(async () => {
  await worker.close();
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
  await store.close();
  await dropSchema(schema);
  await rm(inbox, { recursive: true, force: true });
});

async function settled(jobId: string): Promise<IngestJobStatus> {
  for (;;) {
    const status = await queue.getJobStatus(jobId);
    if (status.state === 'completed' || status.state === 'failed') return status;
    await sleep(50);
  }
}

/** A seed article that differs from every other one this file adds. */
function seedVariant(tag: string): Buffer {
  return Buffer.from(
    seed.replace(/\n([^\n]*)$/, `\nThe note ${tag} was added to this copy.\n\n$1`),
  );
}

/** Writes a file into the inbox and enqueues it as a scan would. */
async function addInbox(name: string, bytes: Uint8Array): Promise<EnqueueResult> {
  await writeFile(path.join(inbox, name), bytes);
  return queue.addInboxFile({
    path: name,
    contentHash: sha256Hex(bytes),
    size: bytes.length,
    mtimeMs: Date.now(),
  });
}

/** Asserts the job failed once, without retry, with `code`, recorded under `file`. */
async function expectRejected(job: EnqueueResult, code: string, file: string): Promise<void> {
  expect(await settled(job.jobId)).toMatchObject({
    state: 'failed',
    attemptsMade: 1,
    failure: { code },
  });
  const recorded = (await store.listFailures({ code }, { first: 100 })).items;
  expect(recorded.find((failure) => failure.jobId === job.jobId)?.file).toBe(file);
  // The worker is alive and takes the next file.
  goodFiles += 1;
  const next = await queue.addContent({
    bytes: seedVariant(`after ${code} ${goodFiles}`),
    fileName: `good-${goodFiles}.txt`,
  });
  expect((await settled(next.jobId)).state).toBe('completed');
}

const content = (bytes: Uint8Array | string, fileName: string): Promise<EnqueueResult> =>
  queue.addContent({ bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes, fileName });

describe('bad input', () => {
  it('an empty file fails as EMPTY', async () => {
    await expectRejected(await content('', 'empty.txt'), 'EMPTY', 'empty.txt');
  });

  it('a file of white space only fails as BLANK', async () => {
    await expectRejected(await content(' \n\t\r\n  \n', 'blank.txt'), 'BLANK', 'blank.txt');
  });

  it('text with NUL bytes fails as BINARY', async () => {
    const bytes = Buffer.from(' date 2024-11-05 Headline\n\nA body\0with a NUL byte.\n');
    await expectRejected(await content(bytes, 'nul.txt'), 'BINARY', 'nul.txt');
  });

  it('a PNG image renamed .txt fails as NOT_TEXT', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await expectRejected(await content(png, 'photo.txt'), 'NOT_TEXT', 'photo.txt');
  });

  it('a file over the 10 MiB limit fails as TOO_LARGE', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const job = await addInbox('big.txt', big);
    await expectRejected(job, 'TOO_LARGE', path.join(inbox, 'big.txt'));
  });

  it('bytes that are neither UTF-8, UTF-16 nor Windows-1252 fail as INVALID_ENCODING', async () => {
    const text = seedVariant('encoding');
    // 0x81, 0x8d, 0x8f, 0x90 and 0x9d are undefined in Windows-1252 and invalid as UTF-8.
    const broken = Buffer.concat([
      text.subarray(0, 200),
      Buffer.from(
        Array.from({ length: 50 }, () => [0xff, 0xfe, 0x81, 0x8d, 0x8f, 0x90, 0x9d]).flat(),
      ),
      text.subarray(200),
    ]);
    await expectRejected(await content(broken, 'latin.txt'), 'INVALID_ENCODING', 'latin.txt');
  });

  it('a 10 MB single line fails as LINE_TOO_LONG', async () => {
    const line = ` date 2024-11-05 ${'The council met and agreed the budget. '.repeat(256_000)}`;
    const job = await addInbox('one-line.txt', Buffer.from(line));
    await expectRejected(job, 'LINE_TOO_LONG', path.join(inbox, 'one-line.txt'));
  }, 60_000);

  it('a headline without paragraphs fails as NO_ARTICLE', async () => {
    const job = await content(' date 2024-11-05 A headline and nothing else\n\n\n', 'bare.txt');
    await expectRejected(job, 'NO_ARTICLE', 'bare.txt');
  });

  it('a date that does not exist fails as INVALID_DATE', async () => {
    const text = ` date 2023-02-30 Council agrees budget\n\nThe council met and agreed the budget on Monday.\n\nIt will take effect next year.\n`;
    await expectRejected(await content(text, 'feb30.txt'), 'INVALID_DATE', 'feb30.txt');
  });

  it('truncated JSON fails as MALFORMED', async () => {
    const job = await content(
      '{"uri": "urn:x", "headline": "Budget", "body_text": "The co',
      'cut.json',
    );
    await expectRejected(job, 'MALFORMED', 'cut.json');
  });

  it('ninjs with wrong field types fails as INVALID_FIELDS', async () => {
    const ninjs = JSON.stringify({ uri: 42, type: 'text', headline: ['x'], body_text: 17 });
    await expectRejected(await content(ninjs, 'types.json'), 'INVALID_FIELDS', 'types.json');
  });

  it('a path that leads outside the inbox fails as SOURCE_OUTSIDE_INBOX', async () => {
    const job = await queue.addInboxFile({
      path: '../../etc/passwd',
      contentHash: 'd'.repeat(64),
      size: 1,
      mtimeMs: 1,
    });
    await expectRejected(job, 'SOURCE_OUTSIDE_INBOX', '../../etc/passwd');
  });

  it('a symlink that leads outside the inbox fails as SOURCE_OUTSIDE_INBOX', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'wiredesk-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.txt'), seedVariant('outside'));
      await symlink(path.join(outside, 'secret.txt'), path.join(inbox, 'link.txt'));
      const job = await queue.addInboxFile({
        path: 'link.txt',
        contentHash: 'e'.repeat(64),
        size: 1,
        mtimeMs: 1,
      });
      await expectRejected(job, 'SOURCE_OUTSIDE_INBOX', path.join(inbox, 'link.txt'));
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('a file deleted between scan and processing fails as SOURCE_MISSING', async () => {
    const bytes = seedVariant('deleted');
    await writeFile(path.join(inbox, 'deleted.txt'), bytes);
    await unlink(path.join(inbox, 'deleted.txt'));
    const job = await queue.addInboxFile({
      path: 'deleted.txt',
      contentHash: sha256Hex(bytes),
      size: bytes.length,
      mtimeMs: 1,
    });
    await expectRejected(job, 'SOURCE_MISSING', path.join(inbox, 'deleted.txt'));
  });
});

describe('input that is not bad', () => {
  it('a file changed between scan and processing stores what the file holds now, once', async () => {
    const before = seedVariant('changed before');
    const after = seedVariant('changed after');
    // The scan saw `before`; the file was rewritten before its job ran. (Rewriting it after the
    // job was added raced the job's read, which could see the file half-written.)
    await writeFile(path.join(inbox, 'changed.txt'), after);
    const job = await queue.addInboxFile({
      path: 'changed.txt',
      contentHash: sha256Hex(before),
      size: before.length,
      mtimeMs: Date.now(),
    });
    const status = await settled(job.jobId);
    expect(status.state).toBe('completed');
    const stored = await store.getArticle(status.result?.articles[0]?.articleId ?? '');
    expect(stored?.contentHash).toBe(sha256Hex(after));

    // The next scan sees the change; its job finds the article already stored.
    await scanInbox({ inboxDir: inbox, queue, connection: redis, prefix, settleMs: 0 });
    const rescanned = await settled(`ingest-${sha256Hex(after)}`);
    expect(rescanned.result?.articles[0]).toMatchObject({
      articleId: stored?.id,
      created: false,
    });
  });

  it('the same content under two names is one article with both sources', async () => {
    const bytes = seedVariant('two names');
    const first = await content(bytes, 'first-name.txt');
    const second = await content(bytes, 'second-name.txt');
    expect(second.jobId).not.toBe(first.jobId);
    const [a, b] = await Promise.all([settled(first.jobId), settled(second.jobId)]);
    const articleId = a.result?.articles[0]?.articleId ?? '';
    expect(b.result?.articles[0]?.articleId).toBe(articleId);
    const [stored] = await store.loadArticles([articleId]);
    expect(stored?.sources.map((source) => source.uri).sort()).toEqual([
      'first-name.txt',
      'second-name.txt',
    ]);
    // The same name again adds nothing.
    expect((await content(bytes, 'second-name.txt')).status).toBe('duplicate');
  });

  it('100,000 paragraphs are one article, and the worker goes on', async () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `The council met on day ${i}.`);
    const text = ` date 2024-11-05 Council meets every day\n\n${body.join('\n\n')}\n`;
    const job = await addInbox('long.txt', Buffer.from(text));
    const status = await settled(job.jobId);
    expect(status.state).toBe('completed');
    expect(status.result?.articles).toHaveLength(1);
    const next = await content(seedVariant('after long'), 'after-long.txt');
    expect((await settled(next.jobId)).state).toBe('completed');
  }, 120_000);
});
