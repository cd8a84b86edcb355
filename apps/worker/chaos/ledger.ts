/**
 * What the chaos run checks after each fault, read from Postgres (the truth) and from BullMQ's
 * lists in Redis: every file stored exactly once, only the bad inputs failed, nothing left active.
 */
import type { RedisConnection } from '@wiredesk/queue';
import { DEFAULT_QUEUE_PREFIX, INGEST_QUEUE_NAME } from '@wiredesk/queue';
import pg from 'pg';

/** The files dropped so far: good ones by absolute path, bad ones with the code they must fail with. */
export interface Expected {
  good: Set<string>;
  bad: Map<string, string>;
}

export interface LedgerCheck {
  /** Good files with no article source, bad files with no recorded failure. */
  lost: number;
  /** Extra source rows for one file, or more articles than distinct files. */
  duplicated: number;
  /** Failures of good files, or of bad files with another code. */
  unexpectedFailures: string[];
  /** Ingest jobs still active or waiting. */
  unfinished: number;
}

/** Runs one query on a fresh connection; null while Postgres is down (a restart is in progress). */
async function query<T extends pg.QueryResultRow>(
  databaseUrl: string,
  text: string,
): Promise<T[] | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return (await client.query<T>(text)).rows;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Article sources stored under `uriPrefix`. */
export async function countSources(databaseUrl: string, uriPrefix: string): Promise<number> {
  const escaped = uriPrefix.replaceAll("'", "''").replaceAll('%', '\\%').replaceAll('_', '\\_');
  const rows = await query<{ n: string }>(
    databaseUrl,
    `select count(*) as n from article_sources where uri like '${escaped}%'`,
  );
  return rows ? Number(rows[0]?.n ?? 0) : 0;
}

/** Ids of the ingest jobs in BullMQ's active list. */
export async function activeIngestJobs(redis: RedisConnection): Promise<string[]> {
  const ids = await redis.lrange(`${DEFAULT_QUEUE_PREFIX}:${INGEST_QUEUE_NAME}:active`, 0, -1);
  return ids.filter((id) => id.startsWith('ingest-'));
}

async function unfinishedIngestJobs(redis: RedisConnection): Promise<number> {
  const base = `${DEFAULT_QUEUE_PREFIX}:${INGEST_QUEUE_NAME}`;
  const [active, waiting, delayed] = await Promise.all([
    redis.lrange(`${base}:active`, 0, -1),
    redis.lrange(`${base}:wait`, 0, -1),
    redis.zrange(`${base}:delayed`, 0, -1),
  ]);
  return [...active, ...waiting, ...delayed].filter((id) => id.startsWith('ingest-')).length;
}

/** Compares Postgres and the queue with what was dropped; null while Postgres is unreachable. */
export async function check(
  databaseUrl: string,
  redis: RedisConnection,
  expected: Expected,
): Promise<LedgerCheck | null> {
  const sources = await query<{ uri: string; n: string }>(
    databaseUrl,
    'select uri, count(*) as n from article_sources group by uri',
  );
  const articles = await query<{ n: string }>(databaseUrl, 'select count(*) as n from articles');
  const failures = await query<{ file: string; code: string }>(
    databaseUrl,
    'select file, code from ingestion_failures',
  );
  if (!sources || !articles || !failures) return null;

  const perUri = new Map(sources.map((row) => [row.uri, Number(row.n)]));
  let lost = 0;
  let duplicated = 0;
  for (const uri of expected.good) {
    const n = perUri.get(uri) ?? 0;
    if (n === 0) lost += 1;
    duplicated += Math.max(0, n - 1);
  }
  duplicated += Math.max(0, Number(articles[0]?.n ?? 0) - expected.good.size);

  const failed = new Map(failures.map((row) => [row.file, row.code]));
  for (const file of expected.bad.keys()) if (!failed.has(file)) lost += 1;
  const unexpectedFailures = failures
    .filter((row) => expected.bad.get(row.file) !== row.code)
    .map((row) => `${row.file}: ${row.code}`);

  return { lost, duplicated, unexpectedFailures, unfinished: await unfinishedIngestJobs(redis) };
}
