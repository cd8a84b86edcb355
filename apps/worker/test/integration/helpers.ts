import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { RedisConnection } from '@wiredesk/queue';
import pg from 'pg';
import { findRepoRoot } from '../../src/repo-root.js';

export const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const databaseUrl =
  process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';
export const corpusDir =
  process.env['WIREDESK_CORPUS_DIR'] ?? path.resolve(findRepoRoot(), '../shared/corpus');
export const seedFile = path.join(corpusDir, 'seed', '000_2520925b624eec76.txt');

/** A queue prefix and a Postgres schema of this test's own. */
export function isolation(): { prefix: string; schema: string } {
  const id = randomUUID().replaceAll('-', '').slice(0, 10);
  return { prefix: `{wdtest-${id}}`, schema: `wd_worker_${id}` };
}

export async function deletePrefix(redis: RedisConnection, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

export async function runSql(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  await runSql(`drop schema if exists "${schema}" cascade`);
}
