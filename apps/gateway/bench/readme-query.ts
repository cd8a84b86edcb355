/**
 * The README query through the gateway in-process (yoga.fetch), against the real Postgres in a
 * schema of its own (dropped afterwards): median latency and SQL queries per request, by page size.
 *   npm run bench -w @wiredesk/gateway -- [articles=1000]
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createStore, dropStoreSchema, ensureDatabase } from '@wiredesk/store';
import { createGateway } from '../src/create-gateway.js';
import { fixtureArticle } from '../test/fixtures/articles.js';

const [count = 1000] = process.argv.slice(2).map(Number);
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';
const schema = `gateway_bench_${randomBytes(5).toString('hex')}`;
const query = (
  first: number,
) => `{ articles(first: ${first}) { edges { node { id headline publishedAt
  statements { kind quote cue speaker { name kind role } speakerMention }
  signatoryLists { document signatories { name countryCode group relation } } } } } }`;

await ensureDatabase(databaseUrl);
let sqlCount = 0;
const store = createStore({ databaseUrl, schema, onQuery: () => (sqlCount += 1) });
try {
  await store.migrate();
  const day = (i: number) =>
    new Date(Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
  const articles = Array.from({ length: count }, (_, i) => fixtureArticle(`bench-${i}`, day(i)));
  for (let i = 0; i < articles.length; i += 100)
    await store.saveArticles(articles.slice(i, i + 100));
  const yoga = createGateway({ store, logging: false });
  const run = async (first: number) => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query(first) }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  };
  const results: Record<string, { medianMs: number; sqlQueries: number }> = {};
  for (const first of [10, 50, 100]) {
    await run(first); // warm-up
    const times: number[] = [];
    let queries = 0;
    for (let i = 0; i < 30; i += 1) {
      sqlCount = 0;
      const start = performance.now();
      await run(first);
      times.push(performance.now() - start);
      queries = sqlCount;
    }
    times.sort((a, b) => a - b);
    results[`first${first}`] = {
      medianMs: Math.round((times[15] ?? 0) * 100) / 100,
      sqlQueries: queries,
    };
  }
  console.log(JSON.stringify({ articles: count, readmeQuery: results }));
} finally {
  await store.close();
  await dropStoreSchema({ databaseUrl, schema });
}
