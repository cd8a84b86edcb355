import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, seedFile } from '../run-cli.js';

const run = promisify(execFile);
const entry = path.join(repoRoot, 'apps', 'cli', 'src', 'index.ts');

/** Runs the real entry point in a child process (through tsx, so no build is needed). */
async function wiredesk(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: repoRoot,
      env: {
        ...process.env,
        REDIS_URL: 'redis://127.0.0.1:1',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the wiredesk entry point', () => {
  it('parses with Redis and Postgres unreachable, printing the article line and exiting 0', async () => {
    const { code, stdout } = await wiredesk(['parse', seedFile]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      file: seedFile,
      article: { source: { format: 'WIRE_TEXT' } },
    });
  });

  it('says in one line which Redis it cannot reach, without a stack trace, and exits 1', async () => {
    const { code, stderr } = await wiredesk(['ingest', seedFile]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'wiredesk: Cannot reach Redis at redis://127.0.0.1:1 (ECONNREFUSED). Start it with `docker compose -f infra/docker-compose.yml up -d redis` or set REDIS_URL.',
    ]);
  });

  it('says in one line which Postgres it cannot reach for failures, and exits 1', async () => {
    const { code, stderr } = await wiredesk(['failures']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('postgres://postgres@127.0.0.1:1/none');
  });
});
