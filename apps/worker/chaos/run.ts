/**
 * `npm run chaos`: ingest 3,000 files through two real worker processes while, in turn, a worker is
 * SIGKILLed, Redis restarts, Postgres restarts, and the workers get a rolling SIGTERM. After each:
 * every file exactly once in Postgres, only the bad inputs failed, no ingest job left unfinished.
 *   npm run chaos [-- --files 3000 --workers 2 --concurrency 64]
 * Runs its own redis-server and PostgreSQL cluster in a temporary folder; exits 1 on any loss.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { connectRedis, createIngestQueue, type RedisConnection } from '@wiredesk/queue';
import { articleVariants, loadBaseArticles } from '../bench/corpus.js';
import { DEFAULT_WORKER_CONCURRENCY } from '../src/env.js';
import {
  activeIngestJobs,
  check,
  countSources,
  type Expected,
  type LedgerCheck,
} from './ledger.js';
import { ChaosPostgres, ChaosRedis, chaosRoot, freePort } from './services.js';
import { WorkerProcess } from './worker-process.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '3000' },
    workers: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: String(DEFAULT_WORKER_CONCURRENCY) },
    'keep-dir': { type: 'boolean', default: false },
  },
});
const totalFiles = Number(values.files);
const workerCount = Number(values.workers);
/** Longest a scenario may take to settle before what is missing counts as lost. */
const SETTLE_TIMEOUT_MS = 120_000;

const root = await chaosRoot();
const inbox = path.join(root, 'inbox');
await mkdir(inbox);
const redisServer = new ChaosRedis(root, await freePort());
const postgres = await ChaosPostgres.create(root, await freePort());
const workers: WorkerProcess[] = [];
let redis: RedisConnection | undefined;
let exitCode = 1;
let shuttingDown = false;

const workerEnv = (): NodeJS.ProcessEnv => ({
  REDIS_URL: redisServer.url,
  DATABASE_URL: postgres.url,
  INBOX_DIR: inbox,
  INBOX_SCAN_EVERY_MS: '250',
  WORKER_CONCURRENCY: values.concurrency,
  LOG_LEVEL: 'info',
  // Several workers on one host: each takes a free port.
  METRICS_PORT: '0',
});

/** Workers we stop on purpose; any other exit is a crash, restarted as Compose's restart policy would. */
const stopping = new Set<WorkerProcess>();
let crashes = 0;

async function startWorker(slot: number): Promise<void> {
  const worker = new WorkerProcess(workerEnv(), path.join(root, `worker-${slot}.log`));
  workers[slot] = worker;
  void worker.exited.then((how) => {
    if (stopping.has(worker) || shuttingDown) return;
    crashes += 1;
    log(`worker ${worker.pid} crashed (${how}); restarting it, as Compose would`);
    void startWorker(slot).catch((error: unknown) => log(`restart failed: ${String(error)}`));
  });
  await worker.ready;
}

/** Stops a worker on purpose with `signal` and waits for it to exit. */
async function stopWorker(slot: number, signal: NodeJS.Signals): Promise<void> {
  const worker = workers[slot];
  if (!worker) return;
  stopping.add(worker);
  worker.kill(signal);
  await worker.exited;
}

function log(message: string): void {
  process.stdout.write(`chaos: ${message}\n`);
}

/** Drops files into the inbox the way a writer should: a hidden temp name, then a rename. */
async function drop(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  for (const file of files) {
    const temp = path.join(inbox, `.${file.name}.part`);
    await writeFile(temp, file.bytes);
    await rename(temp, path.join(inbox, file.name));
  }
}

interface Scenario {
  name: string;
  fault: () => Promise<void>;
}

const scenarios: Scenario[] = [
  {
    name: 'sigkill-worker',
    fault: async () => {
      await stopWorker(0, 'SIGKILL');
      await startWorker(0);
    },
  },
  {
    name: 'restart-redis',
    fault: async () => {
      await redisServer.stop();
      await sleep(1000);
      await redisServer.start();
    },
  },
  { name: 'restart-postgres', fault: () => postgres.restart() },
  {
    name: 'rolling-sigterm',
    fault: async () => {
      for (let slot = 0; slot < workers.length; slot += 1) {
        await stopWorker(slot, 'SIGTERM');
        await startWorker(slot);
      }
    },
  },
];

async function settle(connection: RedisConnection, expected: Expected): Promise<LedgerCheck> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last: LedgerCheck | null = null;
  for (;;) {
    last = (await check(postgres.url, connection, expected)) ?? last;
    const done = last && last.lost === 0 && last.unfinished === 0;
    if (done || Date.now() > deadline)
      return (
        last ?? { lost: expected.good.size, duplicated: 0, unexpectedFailures: [], unfinished: 0 }
      );
    await sleep(250);
  }
}

try {
  await redisServer.start();
  await postgres.start();
  for (let slot = 0; slot < workerCount; slot += 1) await startWorker(slot);
  redis = await connectRedis(redisServer.url);
  // Reconnects are expected here (Redis is restarted); ioredis would print each error otherwise.
  redis.on('error', () => undefined);
  const queue = createIngestQueue({ connection: redis });
  const base = await loadBaseArticles();
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const expected: Expected = { good: new Set(), bad: new Map() };
  const perScenario = Math.floor(totalFiles / scenarios.length);
  let maxRecovery = 0;
  let lost = 0;
  let duplicated = 0;
  let failedChecks = 0;

  for (const scenario of scenarios) {
    const files = articleVariants(base, perScenario, scenario.name);
    for (const file of files) expected.good.add(path.join(inbox, file.name));
    const bad = [
      { name: `${scenario.name}-empty.txt`, bytes: Buffer.alloc(0), code: 'EMPTY' },
      { name: `${scenario.name}-photo.txt`, bytes: png, code: 'NOT_TEXT' },
    ];
    for (const file of bad) expected.bad.set(path.join(inbox, file.name), file.code);
    const started = performance.now();
    const crashesBefore = crashes;
    await drop([...bad, ...files]);

    // Strike once about a third of this batch is stored, so jobs are in flight.
    const prefix = path.join(inbox, `${scenario.name}-`);
    const strikeBy = Date.now() + SETTLE_TIMEOUT_MS;
    while ((await countSources(postgres.url, prefix)) < perScenario / 3) {
      if (Date.now() > strikeBy) throw new Error(`${scenario.name}: ingestion never got going`);
      await sleep(100);
    }
    const inFlight = await activeIngestJobs(redis);
    const faultAt = performance.now();
    await scenario.fault();
    // Recovered when every job that was active at the fault has finished.
    await queue.waitForJobs(inFlight, { pollEveryMs: 100, timeoutMs: SETTLE_TIMEOUT_MS });
    const recovery = (performance.now() - faultAt) / 1000;

    const result = await settle(redis, expected);
    const seconds = (performance.now() - started) / 1000;
    maxRecovery = Math.max(maxRecovery, recovery);
    lost += result.lost;
    duplicated += result.duplicated;
    const ok =
      result.lost === 0 &&
      result.duplicated === 0 &&
      result.unfinished === 0 &&
      result.unexpectedFailures.length === 0;
    if (!ok) failedChecks += 1;
    log(
      `${scenario.name}: ${ok ? 'ok' : 'FAILED'} files=${expected.good.size} in_flight_at_fault=${inFlight.length} ` +
        `recovery_s=${recovery.toFixed(1)} batch_s=${seconds.toFixed(1)} lost=${result.lost} ` +
        `duplicated=${result.duplicated} unfinished=${result.unfinished} ` +
        `unexpected_failures=${result.unexpectedFailures.length} worker_crashes=${crashes - crashesBefore}`,
    );
    for (const failure of result.unexpectedFailures.slice(0, 10)) log(`  unexpected: ${failure}`);
  }

  await queue.close();
  process.stdout.write(
    `RESULT scenarios=${scenarios.length} lost=${lost} duplicated=${duplicated} max_recovery_s=${maxRecovery.toFixed(1)}\n`,
  );
  exitCode = lost === 0 && duplicated === 0 && failedChecks === 0 ? 0 : 1;
} catch (error) {
  log(`aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  shuttingDown = true;
  for (const worker of workers) worker.kill('SIGKILL');
  await Promise.all(workers.map((worker) => worker.exited));
  redis?.disconnect();
  await redisServer.stop();
  await postgres.stop();
  if (values['keep-dir'] || exitCode !== 0) log(`logs and data kept in ${root}`);
  else await rm(root, { recursive: true, force: true });
}
process.exit(exitCode);
