/**
 * `npm run bench:ingest`: end-to-end ingest throughput against the engine's ceilings.
 *   npm run bench:ingest [-- --files 2000 --full --workers 1,2 --concurrency N --verbose --cpu-prof DIR]
 * Distinct wikinews article files are dropped into an inbox; real worker processes (1, then 2)
 * scan, parse and store them. Measured from the first job added by a scan ("first file seen") to
 * the last article committed (its "article ingested" event, published after the commit; the count
 * in Postgres is checked). Beside it, in the same run: parse-only articles/s in one process (after
 * a warm-up, median of 3 passes, elapsed time like the end-to-end figure; CPU time too, as
 * `bench:parser` reports it), BullMQ no-op jobs/s (addBulk + a worker of the same concurrency),
 * Redis commands per job (INFO commandstats), Postgres statements per article
 * (pg_stat_statements), and where the time goes: CPU per article of the workers and of Redis,
 * and Postgres execution time per article.
 * Runs its own redis-server (AOF on, as in Compose) and PostgreSQL cluster, so nothing else skews
 * the counts. Default 2,000 files; the issue's 10,000: --full.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  connectRedis,
  ingestJobId,
  measureNoopJobs,
  subscribeArticleIngested,
  type RedisConnection,
} from '@wiredesk/queue';
import pg from 'pg';
import { DEFAULT_WORKER_CONCURRENCY } from '../src/env.js';
import { ChaosPostgres, ChaosRedis, chaosRoot, freePort } from '../chaos/services.js';
import { WorkerProcess } from '../chaos/worker-process.js';
import { articleVariants, loadBaseArticles, type CorpusFile } from './corpus.js';
import {
  parseOnly,
  postgresCpu,
  processCpu,
  redisCalls,
  redisCallsByCommand,
  redisCpu,
} from './measure.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    concurrency: { type: 'string', default: String(DEFAULT_WORKER_CONCURRENCY) },
    /** Postgres execution time by statement. */
    verbose: { type: 'boolean', default: false },
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

/** "redis commands/job: evalsha 3, hset 2.01, …" since `before`, the rarer ones left out. */
async function commandsPerJob(
  redis: RedisConnection,
  before: Map<string, number>,
  jobs: number,
): Promise<string> {
  const byCommand = [...(await redisCallsByCommand(redis))]
    .map(([name, n]) => [name, (n - (before.get(name) ?? 0)) / jobs] as const)
    .filter(([, perJob]) => perJob >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  return `redis commands/job: ${byCommand.map(([name, n]) => `${name} ${round(n, 2)}`).join(', ')}`;
}

interface EndToEnd {
  perSecond: number;
  redisPerJob: number;
  statementsPerArticle: number;
  /** Per article: CPU of all worker processes, CPU of Redis, Postgres execution, elapsed time. */
  workerCpuMs: number;
  redisCpuMs: number;
  postgresMs: number;
  /** All of the cluster's processes (the benchmark's own count runs only if events stall). */
  postgresCpuMs: number;
  elapsedMs: number;
}

/** One end-to-end run with `workerCount` processes on a fresh database and queue prefix. */
async function endToEnd(
  redis: RedisConnection,
  corpus: CorpusFile[],
  workerCount: number,
): Promise<EndToEnd> {
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
    // The scan period is Compose's (the default, 5 s): each scan of a 10,000-file inbox stats every
    // file, and scans run while the queue drains.
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
  const byCommandBefore = await redisCallsByCommand(redis);
  const redisCpuBefore = await redisCpu(redis);
  const workerCpuBefore = await Promise.all(workers.map((worker) => processCpu(worker.pid)));
  const postgresCpuBefore = await postgresCpu(postgres.dir);

  const stored = async (): Promise<number> => {
    const [row] = await sql<{ n: string }>(database, 'select count(*) as n from articles');
    return Number(row?.n ?? 0);
  };
  // Each file is new content: one "created" event per file, sent after its commit.
  let created = 0;
  let lastEventAt = 0;
  let allEvents: () => void = () => undefined;
  const eventsDone = new Promise<void>((resolve) => (allEvents = resolve));
  const unsubscribe = await subscribeArticleIngested(
    redis,
    (event) => {
      if (!event.created) return;
      created += 1;
      lastEventAt = Date.now();
      if (created >= corpus.length) allEvents();
    },
    { prefix },
  );
  // Events are best effort: if they stop coming before all are in (one was missed), the count
  // ends the wait. Counted only then: a count scans the whole table (~100 ms at 10,000 articles on
  // a loaded machine), and counting every 2 s made a tenth of the Postgres CPU per article the
  // benchmark's own.
  while ((await Promise.race([eventsDone.then(() => true), sleep(2000, false)])) === false) {
    if (Date.now() - lastEventAt < 2000) continue;
    if ((await stored()) >= corpus.length) break;
  }
  await unsubscribe();
  if (created < corpus.length) lastEventAt = Date.now();
  const count = await stored();
  if (count !== corpus.length)
    throw new Error(`${count} articles stored, ${corpus.length} expected`);
  const finished = lastEventAt;
  const calls = (await redisCalls(redis)) - callsBefore;
  const [statements] = await sql<{ n: string }>(
    database,
    `select coalesce(sum(calls), 0) as n from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not like '%pg_stat_statements%' and query not like 'select count(*) as n from articles'
        and query not like 'select pg_stat_statements_reset%'`,
  );
  // The first file the scan saw (it walks names in order) was added as this job.
  const first = [...corpus].sort((a, b) => a.name.localeCompare(b.name))[0];
  const added = Number(
    await redis.hget(
      `${prefix}:ingest:${ingestJobId(first?.bytes ?? Buffer.alloc(0))}`,
      'timestamp',
    ),
  );
  if (values.verbose) {
    say(`  ${await commandsPerJob(redis, byCommandBefore, corpus.length)}`);
    const byKind = await sql<{ query: string; calls: string; ms: number }>(
      database,
      `select left(query, 40) as query, sum(calls) as calls, sum(total_exec_time) as ms
         from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
        group by 1 order by 3 desc limit 8`,
    );
    for (const row of byKind)
      say(`  postgres ${round(row.ms)} ms in ${row.calls} calls: ${row.query}`);
  }
  const [pgBusy] = await sql<{ ms: number }>(
    database,
    `select coalesce(sum(total_exec_time), 0) as ms from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not like 'select count(*) as n from articles'`,
  );
  const workerCpu = await Promise.all(workers.map((worker) => processCpu(worker.pid)));
  const postgresUsed = (await postgresCpu(postgres.dir)) - postgresCpuBefore;
  for (const worker of workers) worker.kill('SIGTERM');
  await Promise.all(workers.map((worker) => worker.exited));
  const perArticleMs = (seconds: number): number => (seconds * 1000) / corpus.length;
  return {
    perSecond: corpus.length / ((finished - added) / 1000),
    redisPerJob: calls / corpus.length,
    statementsPerArticle: Number(statements?.n ?? 0) / corpus.length,
    workerCpuMs: perArticleMs(
      workerCpu.reduce((sum, cpu, n) => sum + cpu - (workerCpuBefore[n] ?? 0), 0),
    ),
    redisCpuMs: perArticleMs((await redisCpu(redis)) - redisCpuBefore),
    postgresMs: perArticleMs((pgBusy?.ms ?? 0) / 1000),
    postgresCpuMs: perArticleMs(postgresUsed),
    elapsedMs: (finished - added) / corpus.length,
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

  const parse = parseOnly(corpus.slice(0, 1000));
  const parsePerSecond = parse.wallPerSecond;
  say(
    `parse only, one process: ${round(parse.wallPerSecond)} articles/s elapsed ` +
      `(${round(parse.cpuPerSecond)} per CPU second)`,
  );
  const noopCallsBefore = await redisCalls(redis);
  const noopByCommandBefore = await redisCallsByCommand(redis);
  const noopPerSecond = await measureNoopJobs({
    connection: redis,
    prefix: '{benchnoop}',
    jobs: files,
    concurrency,
  });
  const noopCalls = ((await redisCalls(redis)) - noopCallsBefore) / files;
  if (values.verbose) say(`  ${await commandsPerJob(redis, noopByCommandBefore, files)}`);
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
        `${round(result.statementsPerArticle, 2)} Postgres statements/article`,
    );
    say(
      `  per article: workers ${round(result.workerCpuMs, 2)} ms CPU, Redis ${round(result.redisCpuMs, 2)} ms CPU, ` +
        `Postgres ${round(result.postgresCpuMs, 2)} ms CPU (${round(result.postgresMs, 2)} ms executing); ` +
        `${round(result.elapsedMs, 2)} ms elapsed`,
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
