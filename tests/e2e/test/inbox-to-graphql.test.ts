/**
 * The whole path on real Redis and PostgreSQL: a file dropped into the inbox of a running worker
 * comes out of a running gateway's GraphQL API with its statements and signatory lists.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RunningApp,
  corpusDir,
  freePort,
  repoRoot,
  seedFile,
  startApp,
  waitFor,
} from './helpers.js';

const README_QUERY = `{ articles(first: 10) { edges { node { id headline publishedAt
    statements { kind quote cue speaker { name kind role } speakerMention }
    signatoryLists { document signatories { name countryCode group relation } } } } } }`;

interface ArticleNode {
  id: string;
  headline: string;
  publishedAt: string;
  statements: {
    kind: string;
    quote: string;
    cue: string;
    speaker: { name: string; kind: string; role: string | null } | null;
    speakerMention: string | null;
  }[];
  signatoryLists: {
    document: string | null;
    signatories: {
      name: string;
      countryCode: string | null;
      group: string | null;
      relation: string;
    }[];
  }[];
}

const run = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
const database = `wiredesk_e2e_${run}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const adminUrl = (
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wiredesk'
).replace(/\/[^/]*$/, '/postgres');
const databaseUrl = adminUrl.replace(/\/postgres$/, `/${database}`);
const prefix = `{e2e-${run}}`;

let inbox: string;
let port: number;
let apps: RunningApp[] = [];

async function graphql<T>(query: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors !== undefined || body.data === undefined) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

async function articles(): Promise<ArticleNode[]> {
  const data = await graphql<{ articles: { edges: { node: ArticleNode }[] } }>(README_QUERY);
  return data.articles.edges.map((edge) => edge.node);
}

function normaliseQuote(text: string): string {
  return text
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

beforeAll(async () => {
  inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-inbox-'));
  port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    INBOX_DIR: inbox,
    INBOX_SCAN_EVERY_MS: '300',
    QUEUE_PREFIX: prefix,
    PORT: String(port),
  };
  // Two workers, as `docker compose up --scale worker=2` runs them; on one host (unlike in
  // Compose, where each container has its own network) they need their own metrics ports.
  apps = [
    startApp('gateway', env),
    startApp('worker', { ...env, METRICS_PORT: String(await freePort()) }),
    startApp('worker', { ...env, METRICS_PORT: String(await freePort()) }),
  ];
  await waitFor('the gateway to be healthy', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return response.ok ? true : undefined;
  });
}, 60_000);

afterAll(async () => {
  const codes = await Promise.all(apps.map((app) => app.stop()));
  expect(codes, apps.map((app) => app.output()).join('\n---\n')).toEqual([0, 0, 0]);
  await rm(inbox, { recursive: true, force: true });
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}, 60_000);

describe('an article file dropped into the inbox', () => {
  it('comes out of the README query with its required statements and signatories', async () => {
    await copyFile(seedFile, path.join(inbox, path.basename(seedFile)));
    const [article] = await waitFor('the seed article', async () => {
      const found = await articles();
      return found.length > 0 ? found : undefined;
    });

    const gold = JSON.parse(
      await readFile(path.join(corpusDir, 'seed/000_2520925b624eec76.gold.json'), 'utf8'),
    ) as {
      statements: {
        required: {
          speaker: string;
          speakerRole?: string;
          speakerMention?: string;
          cue: string;
          kind: string;
          quote: string;
        }[];
      };
    };
    expect(article?.headline).toBe(
      'Ukrainian troops have had their first skirmish with North Korean troops, Kyiv says.',
    );
    expect(article?.publishedAt).toMatch(/^2024-11-06/);
    for (const item of gold.statements.required) {
      const match = article?.statements.find(
        (statement) => normaliseQuote(statement.quote) === normaliseQuote(item.quote),
      );
      expect(match, `statement "${item.quote}"`).toMatchObject({
        kind: item.kind,
        cue: item.cue,
        speaker: { name: item.speaker, ...(item.speakerRole ? { role: item.speakerRole } : {}) },
        ...(item.speakerMention ? { speakerMention: item.speakerMention } : {}),
      });
    }

    const signatories = article?.signatoryLists.flatMap((list) => list.signatories) ?? [];
    expect(signatories.map((s) => s.countryCode).sort()).toEqual(
      ['AU', 'CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'KR', 'NZ', 'US'].sort(),
    );
    expect(signatories.filter((s) => s.group === 'G7')).toHaveLength(7);
    expect(
      signatories
        .filter((s) => s.relation === 'ALONGSIDE')
        .map((s) => s.countryCode)
        .sort(),
    ).toEqual(['AU', 'KR', 'NZ']);
  }, 60_000);

  it('is stored once when the same content arrives again under another name and through the CLI', async () => {
    await copyFile(seedFile, path.join(inbox, 'copy-of-seed.txt'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'apps/cli/dist/index.js'), 'ingest', '--wait', seedFile],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          REDIS_URL: redisUrl,
          QUEUE_PREFIX: prefix,
        },
      },
    );
    expect(stdout).toMatch(/ingested 0, duplicates 1, failed 0/);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a few inbox scans
    expect(await articles()).toHaveLength(1);
  }, 60_000);

  it('records a file that is not an article as a failure with its code, and the workers go on', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await writeFile(path.join(inbox, 'photo.txt'), png);
    const failures = await waitFor('the failure to be recorded', async () => {
      const data = await graphql<{
        ingestionFailures: { edges: { node: { file: string; code: string } }[] };
      }>('{ ingestionFailures(first: 10) { edges { node { file code } } } }');
      const nodes = data.ingestionFailures.edges.map((edge) => edge.node);
      return nodes.length > 0 ? nodes : undefined;
    });
    expect(failures).toEqual([
      { file: expect.stringContaining('photo.txt') as string, code: 'NOT_TEXT' },
    ]);

    const wikinews = path.join(corpusDir, 'wikinews/articles/0000_db50f5011c07f7df.txt');
    await copyFile(wikinews, path.join(inbox, path.basename(wikinews)));
    await waitFor('the next article after the failure', async () =>
      (await articles()).length === 2 ? true : undefined,
    );
  }, 60_000);
});
