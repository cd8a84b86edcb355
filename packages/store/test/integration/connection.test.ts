/**
 * A server that drops a connection while a client is checked out (Postgres restarting, an admin
 * terminating backends) must fail that query, not the process: pg's pool only listens for errors
 * on idle clients.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createConnection } from '../../src/connection.js';
import { resolveOptions } from '../../src/options.js';
import { databaseUrl } from './helpers.js';

describe('a pooled connection', () => {
  const connection = createConnection(resolveOptions({ databaseUrl, poolSize: 1 }));

  afterAll(async () => {
    await connection.db.destroy();
  });

  it('survives its server terminating it while checked out, and the pool reconnects', async () => {
    const client = await connection.pool.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const pid = rows[0]?.pid;

    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const dropped = new Promise<Error>((resolve) => client.once('error', resolve));
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.end();

    // Without a listener of the store's own, this 'error' event would have crashed the process.
    expect((await dropped).message).toMatch(/terminat/i);
    client.release(true);

    const after = await connection.pool.query<{ one: number }>('SELECT 1 AS one');
    expect(after.rows[0]?.one).toBe(1);
  });
});
