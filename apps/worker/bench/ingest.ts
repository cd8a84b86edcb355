/**
 * `npm run bench:ingest`: end-to-end ingest throughput against the engine's ceilings.
 *   npm run bench:ingest [-- --files 2000 --concurrency 4 --full]
 * Distinct wikinews article files are dropped into an inbox; real worker processes (1, then 2)
 * scan, parse and store them. Measured from the first job added by a scan ("first file seen") to
 * the last article committed. Beside it, in the same run: parse-only articles/s in one process,
 * BullMQ no-op jobs/s (addBulk + a worker of the same concurrency), Redis commands per job
 * (INFO commandstats) and Postgres statements per article (pg_stat_statements).
 * Runs its own redis-server (AOF on, as in Compose) and PostgreSQL cluster, so nothing else skews
 * the counts. Default 2,000 files (the issue asks 10,000: --full; the parser is the slow part).
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { parseArticles } from '@wiredesk/parser';
import { connectRedis, ingestJobId, measureNoopJobs, type RedisConnection } from '@wiredesk/queue';
import pg from 'pg';
import { ChaosPostgres, ChaosRedis, chaosRoot, freePort } from '../chaos/services.js';
import { WorkerProcess } from '../chaos/worker-process.js';
import { articleVariants, loadBaseArticles, type CorpusFile } from './corpus.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    concurrency: { type: 'string', default: '4' },
    full: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1,2' },
    /** Writes a V8 CPU profile per worker process into this folder (see where the time goes). */
    'cpu-prof': { type: 'string' },
  },
});
const files = Number(values.files ?? (values.full ? 10_000 : 2_000));
const concurrency = Number(values.concurrency);

const root = await chaosRoot();
const redisServer = new ChaosRedis(root, await freePort());
const postgres = await ChaosPostgres.create(
  root,
  await freePort(),
  '-c shared_preload_libraries=pg_stat_statements',
);
const say = (line: string): void => void process.stdout.write(`bench: ${line}\n`);
const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

async function sql<T extends pg.QueryResultRow>(database: string, text: string): Promise<T[]> {
  const url = new URL(postgres.url);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function redisCalls(redis: RedisConnection): Promise<number> {
  const info = await redis.info('commandstats');
  return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** CPU seconds Redis has used (user + system). */
async function redisCpu(redis: RedisConnection): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string): number =>
    Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_user') + field('used_cpu_sys');
}

/** CPU seconds a process has used (user + system), from /proc. */
async function processCpu(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}

function parseOnly(corpus: CorpusFile[]): number {
  const started = performance.now();
  for (const file of corpus)
    parseArticles({ bytes: file.bytes, fileName: file.name, ingestedAt: '2024-01-01T00:00:00Z' });
  return corpus.length / ((performance.now() - started) / 1000);
}

/** One end-to-end run with `workerCount` processes on a fresh database and queue prefix. */
async function endToEnd(
  redis: RedisConnection,
  corpus: CorpusFile[],
  workerCount: number,
): Promise<{ perSecond: number; redisPerJob: number; statementsPerArticle: number }> {
  const database = `bench_${workerCount}`;
  const prefix = `{bench${workerCount}}`;
  const inbox = path.join(root, `inbox-${workerCount}`);
  await mkdir(inbox);
  await sql('postgres', `create database ${database}`);
  await sql(database, 'create extension if not exists pg_stat_statements');
  // Written before the workers start and older than the scan's settle time: all "seen" at once.
  for (const file of corpus) {
    await writeFile(path.join(inbox, `.${file.name}`), file.bytes);
    await rename(path.join(inbox, `.${file.name}`), path.join(inbox, file.name));
  }
  await sleep(1100);
  const url = new URL(postgres.url);
  url.pathname = `/${database}`;
  const env = {
    REDIS_URL: redisServer.url,
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: prefix,
    INBOX_DIR: inbox,
    INBOX_SCAN_EVERY_MS: '500',
    WORKER_CONCURRENCY: String(concurrency),
    METRICS_PORT: '0',
  };
  const nodeArgs = values['cpu-prof']
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`]
    : [];
  // Migrations run at start; count from here so only ingestion is measured.
  const workers = Array.from(
    { length: workerCount },
    (_, n) => new WorkerProcess(env, path.join(root, `worker-${workerCount}-${n}.log`), nodeArgs),
  );
  await Promise.all(workers.map((worker) => worker.ready));
  await sql(database, 'select pg_stat_statements_reset()');
  const callsBefore = await redisCalls(redis);
  const redisCpuBefore = await redisCpu(redis);
  const workerCpuBefore = await Promise.all(workers.map((worker) => processCpu(worker.pid)));
  const started = Date.now();

  let stored = 0;
  while (stored < corpus.length) {
    await sleep(50);
    const [row] = await sql<{ n: string }>(database, 'select count(*) as n from articles');
    stored = Number(row?.n ?? 0);
  }
  const finished = Date.now();
  const calls = (await redisCalls(redis)) - callsBefore;
  const [statements] = await sql<{ n: string }>(
    database,
    `select coalesce(sum(calls), 0) as n from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not like '%pg_stat_statements%' and query not like 'select count(*) as n from articles'`,
  );
  // The first file the scan saw (it walks names in order) was added as this job.
  const first = [...corpus].sort((a, b) => a.name.localeCompare(b.name))[0];
  const added = Number(
    await redis.hget(
      `${prefix}:ingest:${ingestJobId(first?.bytes ?? Buffer.alloc(0))}`,
      'timestamp',
    ),
  );
  const byTable = await sql<{ query: string; calls: string; ms: number }>(
    database,
    `select left(query, 40) as query, sum(calls) as calls, sum(total_exec_time) as ms
       from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
      group by 1 order by 3 desc limit 8`,
  );
  for (const row of byTable) say(`  pg ${round(row.ms)} ms, ${row.calls} calls: ${row.query}`);
  const [pgBusy] = await sql<{ ms: number }>(
    database,
    `select coalesce(sum(total_exec_time), 0) as ms from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())`,
  );
  const workerCpu = await Promise.all(workers.map((worker) => processCpu(worker.pid)));
  const perArticle = (seconds: number): number => round((seconds * 1000) / corpus.length, 2);
  say(
    `  per article: worker CPU ${perArticle(workerCpu.reduce((sum, cpu, n) => sum + cpu - (workerCpuBefore[n] ?? 0), 0))} ms, ` +
      `Redis CPU ${perArticle((await redisCpu(redis)) - redisCpuBefore)} ms, ` +
      `Postgres executing ${perArticle((pgBusy?.ms ?? 0) / 1000)} ms, wall ${perArticle((finished - started) / 1000)} ms`,
  );
  for (const worker of workers) worker.kill('SIGTERM');
  await Promise.all(workers.map((worker) => worker.exited));
  return {
    perSecond: corpus.length / ((finished - added) / 1000),
    redisPerJob: calls / corpus.length,
    statementsPerArticle: Number(statements?.n ?? 0) / corpus.length,
  };
}

let exitCode = 0;
try {
  await redisServer.start();
  await postgres.start();
  const redis = await connectRedis(redisServer.url);
  const corpus = articleVariants(await loadBaseArticles(), files, 'bench');
  say(
    `${files} files, concurrency ${concurrency} per worker, ${String(process.env['NODE_ENV'] ?? 'no NODE_ENV')}`,
  );

  const parsePerSecond = parseOnly(corpus);
  say(`parse only, one process: ${round(parsePerSecond)} articles/s`);
  const noopCallsBefore = await redisCalls(redis);
  const noopPerSecond = await measureNoopJobs({
    connection: redis,
    prefix: '{benchnoop}',
    jobs: files,
    concurrency,
  });
  const noopCalls = ((await redisCalls(redis)) - noopCallsBefore) / files;
  say(
    `BullMQ no-op jobs, one worker: ${round(noopPerSecond)} jobs/s, ${round(noopCalls, 1)} Redis commands/job`,
  );

  const results = [];
  for (const workerCount of values.workers.split(',').map(Number)) {
    const result = await endToEnd(redis, corpus, workerCount);
    results.push(result);
    say(
      `end to end, ${workerCount} worker process(es): ${round(result.perSecond)} articles/s, ` +
        `${round(result.redisPerJob, 1)} Redis commands/job, ` +
        `${round(result.statementsPerArticle, 1)} Postgres statements/article`,
    );
  }
  redis.disconnect();
  const best = Math.max(...results.map((result) => result.perSecond));
  process.stdout.write(
    `RESULT ingest_per_s=${round(best)} parse_only_per_s=${round(parsePerSecond)} ` +
      `bullmq_noop_per_s=${round(noopPerSecond)} ratio_to_parse=${round(best / parsePerSecond, 2)}\n`,
  );
} catch (error) {
  exitCode = 1;
  say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await redisServer.stop();
  await postgres.stop();
  if (exitCode === 0) await rm(root, { recursive: true, force: true });
  else say(`logs kept in ${root}`);
}
process.exit(exitCode);
