/** What operators rely on: Prometheus metrics, and a SIGTERM that lets the running job finish. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  connectRedis,
  createIngestQueue,
  type IngestJobState,
  type IngestQueue,
  type RedisConnection,
} from '@wiredesk/queue';
import { createStore, ensureDatabase } from '@wiredesk/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIngestionWorker } from '../../src/create-worker.js';
import { serveMetrics } from '../../src/metrics.js';
import { findRepoRoot } from '../../src/repo-root.js';
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
let queue: IngestQueue;
let prefix: string;
let schema: string;
let inbox: string;

beforeEach(async () => {
  ({ prefix, schema } = isolation());
  redis = await connectRedis(redisUrl);
  queue = createIngestQueue({ connection: redis, prefix });
  inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-ops-'));
});

afterEach(async () => {
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
  await rm(inbox, { recursive: true, force: true });
});

async function stateOf(jobId: string, wanted: IngestJobState[]): Promise<IngestJobState> {
  for (;;) {
    const { state } = await queue.getJobStatus(jobId);
    if (wanted.includes(state)) return state;
    await sleep(25);
  }
}

describe('worker operations', () => {
  it('serves jobs by outcome, failures by code and queue depth at /metrics', async () => {
    await ensureDatabase(databaseUrl);
    const store = createStore({ databaseUrl, schema, poolSize: 2 });
    await store.migrate();
    const worker = await createIngestionWorker({ redis, store, inboxDir: inbox, prefix });
    const server = await serveMetrics(worker.metrics, 0);
    try {
      const good = await queue.addContent({ bytes: await readFile(seedFile), fileName: 'a.txt' });
      const bad = await queue.addContent({ bytes: Buffer.alloc(0), fileName: 'empty.txt' });
      await stateOf(good.jobId, ['completed']);
      await stateOf(bad.jobId, ['failed']);
      const body = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
      expect(body).toContain('wiredesk_ingest_jobs_total{outcome="completed"} 1');
      expect(body).toContain('wiredesk_ingest_jobs_total{outcome="failed"} 1');
      expect(body).toContain('wiredesk_parse_errors_total{code="EMPTY"} 1');
      expect(body).toContain('wiredesk_articles_stored_total{created="true"} 1');
      expect(body).toContain('wiredesk_queue_jobs{state="failed"} 1');
      expect(body).toMatch(/wiredesk_ingest_job_duration_seconds_count\{outcome="completed"\} 1/);
    } finally {
      await server.close();
      await worker.close();
      await store.close();
      await dropSchema(schema);
    }
  });

  it('finishes the running job on SIGTERM, then exits 0', async () => {
    // A database of its own: the worker process uses the default schema.
    const database = `wd_drain_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
    const url = new URL(databaseUrl);
    url.pathname = `/${database}`;
    const root = findRepoRoot();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'apps/worker/src/index.ts')],
      {
        cwd: path.join(root, 'apps/worker'),
        env: {
          ...process.env,
          REDIS_URL: redisUrl,
          DATABASE_URL: url.toString(),
          QUEUE_PREFIX: prefix,
          INBOX_DIR: inbox,
          METRICS_PORT: '0',
          WORKER_CONCURRENCY: '1',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      while (!output.includes('"worker started"')) await sleep(50);

      // A long article (100,000 paragraphs) keeps the job running for seconds.
      const body = Array.from({ length: 100_000 }, (_, i) => `The council met on day ${i}.`);
      const text = ` date 2024-11-05 Council meets daily\n\n${body.join('\n\n')}\n`;
      const job = await queue.addContent({ bytes: Buffer.from(text), fileName: 'long.txt' });
      expect(await stateOf(job.jobId, ['active', 'completed'])).toBe('active');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect((await queue.getJobStatus(job.jobId)).state).toBe('completed');
    } finally {
      child.kill('SIGKILL');
      await exited;
      await runSql(`drop database if exists "${database}" with (force)`);
    }
  }, 120_000);
});
