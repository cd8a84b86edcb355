import { randomUUID } from 'node:crypto';
import { createStore } from '@wiredesk/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../run-cli.js';

// A database of its own: the CLI works on the public schema of DATABASE_URL.
const baseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';
const database = `wiredesk_cli_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const databaseUrl = (() => {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();

beforeAll(() => {
  vi.stubEnv('DATABASE_URL', databaseUrl);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  const url = new URL(baseUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
});

describe('wiredesk migrate and failures', () => {
  it('creates the database, migrates it, and lists stored failures filtered by code', async () => {
    expect(await runCli(['migrate'])).toMatchObject({
      exitCode: 0,
      stdout: 'migrations applied\n',
    });

    const store = createStore({ databaseUrl, poolSize: 1 });
    try {
      for (const [jobId, code] of [
        ['ingest-a', 'EMPTY'],
        ['ingest-b', 'BINARY'],
      ] as const) {
        await store.recordFailure({
          jobId,
          file: `${jobId}.txt`,
          code,
          message: `bad\nfile`,
          attempts: 1,
          failedAt: '2026-01-01T00:00:00.000Z',
        });
      }
    } finally {
      await store.close();
    }

    const all = await runCli(['failures']);
    expect(all.exitCode).toBe(0);
    expect(all.stdout.trim().split('\n')).toHaveLength(2);

    const empty = await runCli(['failures', '--code', 'EMPTY']);
    expect(empty.stdout.trim().split('\t').slice(1)).toEqual([
      'EMPTY',
      'ingest-a',
      'ingest-a.txt',
      'bad file',
    ]);

    const json = await runCli(['failures', '--code', 'BINARY', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      jobId: 'ingest-b',
      code: 'BINARY',
      file: 'ingest-b.txt',
    });
  });
});
