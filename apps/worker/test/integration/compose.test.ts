/**
 * infra/docker-compose.yml without Docker: its migrate, worker and gateway services run here as the
 * image runs them (`node <app>/index` with the service's `command`), with the service's
 * `environment` as Compose resolves it. Only what names the Docker network (hosts `redis` and
 * `postgres`), the ports, the database, the queue prefix and the inbox path is pointed at this
 * test's own; every other variable is passed as written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectRedis } from '@wiredesk/queue';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from '../../chaos/services.js';
import { readEnv } from '../../src/env.js';
import { findRepoRoot } from '../../src/repo-root.js';
import { databaseUrl, deletePrefix, redisUrl, runSql, seedFile } from './helpers.js';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string | number>;
}

const root = findRepoRoot();
const children: ChildProcess[] = [];
const database = `wd_compose_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const prefix = `{wdcompose-${randomUUID().slice(0, 8)}}`;
let inbox = '';

/** `${NAME:-default}` and `${NAME}` as Compose substitutes them, with nothing set in the shell. */
function substitute(value: string): string {
  return value.replace(
    /\$\{([A-Z_]+)(?::?-([^}]*))?\}/g,
    (_, _name: string, fallback?: string) => fallback ?? '',
  );
}

async function composeServices(): Promise<Record<string, ComposeService>> {
  const text = await readFile(path.join(root, 'infra', 'docker-compose.yml'), 'utf8');
  return (parse(text, { merge: true }) as { services: Record<string, ComposeService> }).services;
}

/** The service's environment, with the Docker network's names replaced by this test's services. */
function localEnv(service: ComposeService, port: number): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([key, value]) => [
      key,
      substitute(String(value)),
    ]),
  );
  const local: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key === 'REDIS_URL') local[key] = redisUrl;
    else if (key === 'DATABASE_URL') {
      const url = new URL(databaseUrl);
      url.pathname = `/${database}`;
      local[key] = url.toString();
    } else if (key === 'QUEUE_PREFIX') local[key] = prefix;
    else if (key === 'INBOX_DIR') local[key] = inbox;
    else if (key === 'PORT') local[key] = String(port);
    else local[key] = value;
  }
  return { ...local, METRICS_PORT: '0', NODE_ENV: 'production' };
}

/** Runs an app's source as its image runs dist/index.js (tsx: CI builds apps only for e2e). */
function startApp(app: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts', ...args], {
    cwd: path.join(root, 'apps', app),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return child;
}

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null)
      await new Promise((resolve) => child.once('exit', resolve));
  const redis = await connectRedis(redisUrl);
  await deletePrefix(redis, prefix);
  redis.disconnect();
  await runSql(`drop database if exists "${database}" with (force)`);
  if (inbox) await rm(inbox, { recursive: true, force: true });
});

describe('infra/docker-compose.yml', () => {
  it('declares only variables the worker accepts', async () => {
    const { worker } = await composeServices();
    inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-compose-'));
    expect(() => readEnv(localEnv(worker ?? {}, 0))).not.toThrow();
  });

  it('migrates, then its worker and gateway ingest a file dropped into the inbox', async () => {
    const services = await composeServices();
    const { migrate, worker, gateway } = services;
    expect(migrate && worker && gateway).toBeTruthy();
    inbox ||= await mkdtemp(path.join(tmpdir(), 'wiredesk-compose-'));
    const port = await freePort();

    const migration = startApp('cli', migrate?.command ?? [], localEnv(migrate ?? {}, port));
    expect(await new Promise((resolve) => migration.once('exit', resolve))).toBe(0);

    const workerProcess = startApp('worker', worker?.command ?? [], localEnv(worker ?? {}, port));
    let workerLog = '';
    workerProcess.stdout?.on('data', (chunk: Buffer) => (workerLog += chunk.toString('utf8')));
    startApp('gateway', gateway?.command ?? [], localEnv(gateway ?? {}, port)).stdout?.resume();
    while (!workerLog.includes('"worker started"')) await sleep(100);

    await copyFile(seedFile, path.join(inbox, 'seed.txt'));
    const query = '{ articles(first: 5) { edges { node { headline } } } }';
    for (;;) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).catch(() => null);
      const body = (await response?.json().catch(() => null)) as {
        data?: { articles: { edges: { node: { headline: string } }[] } };
      } | null;
      const edges = body?.data?.articles.edges ?? [];
      if (edges.length > 0) {
        expect(edges[0]?.node.headline).toMatch(/North Korean troops/);
        break;
      }
      await sleep(250);
    }
  }, 120_000);
});
