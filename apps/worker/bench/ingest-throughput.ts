/**
 * Ingest throughput against the real Redis and Postgres: N distinct wire-text files (the seed
 * article with a unique closing paragraph) through W in-process workers of concurrency C.
 *   npm run bench -w @wiredesk/worker -- [files=300] [workers=1] [concurrency=4]
 * Uses its own queue prefix and Postgres schema, removed afterwards.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { connectRedis, createIngestQueue } from '@wiredesk/queue';
import { createStore, ensureDatabase } from '@wiredesk/store';
import pg from 'pg';
import { createIngestionWorker } from '../src/create-worker.js';
import { findRepoRoot } from '../src/repo-root.js';

const [files = 300, workerCount = 1, concurrency = 4] = process.argv.slice(2).map(Number);
const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';
const corpus =
  process.env['WIREDESK_CORPUS_DIR'] ?? path.resolve(findRepoRoot(), '../shared/corpus');
const seed = await readFile(path.join(corpus, 'seed', '000_2520925b624eec76.txt'), 'utf8');

const id = randomUUID().replaceAll('-', '').slice(0, 10);
const prefix = `{wdbench-${id}}`;
const schema = `wd_bench_${id}`;
await ensureDatabase(databaseUrl);
const redis = await connectRedis(redisUrl);
const store = createStore({ databaseUrl, schema, poolSize: workerCount * concurrency + 2 });
await store.migrate();
const queue = createIngestQueue({ connection: redis, prefix });
const workers = await Promise.all(
  Array.from({ length: workerCount }, () =>
    createIngestionWorker({
      redis,
      store,
      prefix,
      concurrency,
      inboxDir: path.join(findRepoRoot(), 'data', 'inbox'),
    }),
  ),
);

try {
  const bodies = Array.from({ length: files }, (_, i) =>
    Buffer.from(
      seed.replace(
        /\n([^\n]*)$/,
        `\nBenchmark copy number ${i} of the article, added so each file differs.\n\n$1`,
      ),
    ),
  );
  const started = performance.now();
  const ids = [];
  for (const [i, bytes] of bodies.entries())
    ids.push((await queue.addContent({ bytes, fileName: `bench-${i}.txt` })).jobId);
  const enqueued = performance.now();
  const outcomes = await queue.waitForJobs(ids, { pollEveryMs: 200 });
  const finished = performance.now();
  const completed = outcomes.filter((o) => o.state === 'completed').length;
  const seconds = (finished - started) / 1000;
  console.log(
    JSON.stringify({
      files,
      workers: workerCount,
      concurrency,
      completed,
      failed: outcomes.length - completed,
      enqueueMs: Math.round(enqueued - started),
      totalMs: Math.round(finished - started),
      filesPerSecond: Math.round((files / seconds) * 10) / 10,
    }),
  );
} finally {
  await Promise.all(workers.map((w) => w.close()));
  await queue.close();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
  await store.close();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}
