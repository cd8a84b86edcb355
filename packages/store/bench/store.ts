/**
 * Store throughput and query latency against the real Postgres, in a schema of its own
 * (dropped afterwards). Prints one JSON line.
 *   npm run bench -w @wiredesk/store -- [articles=2000] [batch=50]
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createStore, dropStoreSchema, ensureDatabase } from '../src/index.js';
import { sampleArticle } from '../test/fixtures/articles.js';

const [count = 2000, batch = 50] = process.argv.slice(2).map(Number);
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';
const schema = `store_bench_${randomBytes(5).toString('hex')}`;

/** Median milliseconds of `runs` sequential calls. */
async function median(runs: number, call: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(runs / 2)] ?? 0) * 100) / 100;
}

const day = (i: number) =>
  new Date(Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
const articles = Array.from({ length: count }, (_, i) => sampleArticle(`bench-${i}`, day(i)));

await ensureDatabase(databaseUrl);
const store = createStore({ databaseUrl, schema });
try {
  await store.migrate();
  const timeSaves = async () => {
    const start = performance.now();
    for (let i = 0; i < articles.length; i += batch)
      await store.saveArticles(articles.slice(i, i + batch));
    return (performance.now() - start) / 1000;
  };
  const firstSave = await timeSaves();
  const resave = await timeSaves();
  const statements = articles.reduce((n, a) => n + a.statements.length, 0);
  console.log(
    JSON.stringify({
      articles: count,
      batch,
      savedArticlesPerSecond: Math.round(count / firstSave),
      savedStatementsPerSecond: Math.round(statements / firstSave),
      resavedArticlesPerSecond: Math.round(count / resave),
      medianMs: {
        listArticles100: await median(50, () => store.listArticles({}, { first: 100 })),
        listArticles100Range: await median(50, () =>
          store.listArticles(
            { publishedFrom: '2024-03-01', publishedTo: '2024-03-31' },
            { first: 100 },
          ),
        ),
        statementsBySpeaker100: await median(50, () =>
          store.listStatements({ speaker: 'zelensk' }, { first: 100 }),
        ),
        signatoryListsByCountry100: await median(50, () =>
          store.listSignatoryLists({ countryCode: 'GB' }, { first: 100 }),
        ),
        search100: await median(50, () =>
          store.searchArticles('North Korean troops', {}, { first: 100 }),
        ),
        speakers100: await median(20, () => store.listSpeakers({}, { first: 100 })),
        children100Articles: await median(50, async () => {
          const ids = articles.slice(0, 100).map((a) => a.id);
          await Promise.all([
            store.statementsByArticleIds(ids),
            store.signatoryListsByArticleIds(ids),
          ]);
        }),
      },
    }),
  );
} finally {
  await store.close();
  await dropStoreSchema({ databaseUrl, schema });
}
