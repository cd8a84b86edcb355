/**
 * `npm run bench:gateway`: the gateway over HTTP with autocannon, 10,000 stored articles, beside a
 * hello-world Yoga server measured in the same run. 50 connections; each server in its own process.
 * Ends with `RESULT page_rps=… hello_rps=… ratio=… page_p99_ms=… search_p95_ms=…`.
 *   env: DATABASE_URL (the bench uses database `<name>_bench`), BENCH_SECONDS (default 10)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { createStore, ensureDatabase } from '@wiredesk/store';
import { seed } from './seed.js';

const articleCount = 10_000;
const connections = 50;
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const baseUrl = new URL(
  process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wiredesk',
);
baseUrl.pathname = `${baseUrl.pathname.replace(/^\//, '') || 'wiredesk'}_bench`;
const databaseUrl = baseUrl.toString();
const schema = 'bench_gateway';

const queries = {
  hello: '{ hello }',
  page: `{ articles(first: 20) { edges { node { id headline publishedAt
    statements { kind quote cue speaker { name kind role } speakerMention }
    signatoryLists { document signatories { name countryCode group relation } } } } } }`,
  statements: `{ statements(first: 20, filter: { speakerKind: PERSON, kind: DIRECT,
    publishedFrom: "2024-01-01" }) { edges { node { quote cue speaker { name role }
    article { headline publishedAt } } } } }`,
  search: `{ search(text: "president", first: 20) { edges { rank node { id headline publishedAt } } } }`,
};

function startServer(
  kind: 'gateway' | 'gateway-uncached' | 'hello',
): Promise<{ url: string; child: ChildProcess }> {
  const script = path.join(import.meta.dirname, 'serve.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, kind, databaseUrl, schema], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port !== undefined) resolve({ url: `http://127.0.0.1:${port}/graphql`, child });
    });
  });
}

interface Measured {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function load(url: string, query: string, duration: number): Promise<Measured> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      },
      (error, result) => {
        if (error !== null && error !== undefined) return reject(error as Error);
        if (result.non2xx > 0 || result.errors > 0) {
          return reject(new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`));
        }
        times.sort((a, b) => a - b);
        const at = (q: number) =>
          times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
        resolve({ rps: result.requests.average, p50: at(0.5), p95: at(0.95), p99: at(0.99) });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) =>
      times.push(responseTime),
    );
  });
}

async function checkAnswers(url: string, query: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown; data?: unknown };
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
}

const round = (n: number) => Math.round(n * 10) / 10;

await ensureDatabase(databaseUrl);
const store = createStore({ databaseUrl, schema });
await store.migrate();
await seed(store, articleCount, (line) => console.log(line));
await store.close();

const servers = {
  hello: await startServer('hello'),
  cached: await startServer('gateway'),
  uncached: await startServer('gateway-uncached'),
};
try {
  const results: Record<string, Measured> = {};
  const runs: [string, string, string][] = [
    ['hello', servers.hello.url, queries.hello],
    ...(['page', 'statements', 'search'] as const).flatMap((name): [string, string, string][] => [
      [`${name}`, servers.cached.url, queries[name]],
      [`${name}_nocache`, servers.uncached.url, queries[name]],
    ]),
  ];
  for (const [name, url, query] of runs) {
    await checkAnswers(url, query);
    await load(url, query, 2); // warm-up: JIT, caches, pool connections
    const measured = await load(url, query, seconds);
    results[name] = measured;
    console.log(
      `${name.padEnd(18)} ${round(measured.rps)} req/s  p50 ${round(measured.p50)} ms  p95 ${round(measured.p95)} ms  p99 ${round(measured.p99)} ms`,
    );
  }
  const page = results['page'] as Measured;
  const helloRps = (results['hello'] as Measured).rps;
  console.log(
    `RESULT page_rps=${Math.round(page.rps)} hello_rps=${Math.round(helloRps)} ratio=${(page.rps / helloRps).toFixed(2)} page_p99_ms=${round(page.p99)} search_p95_ms=${round((results['search'] as Measured).p95)}`,
  );
} finally {
  for (const server of Object.values(servers)) server.child.kill('SIGTERM');
}
