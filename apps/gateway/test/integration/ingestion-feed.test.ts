import { tmpdir } from 'node:os';
import { parseArticles } from '@wiredesk/parser';
import {
  connectRedis,
  createIngestQueue,
  createIngestWorker,
  loadIngestSource,
  type IngestQueue,
  type IngestWorker,
  type RedisConnection,
} from '@wiredesk/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import { graphql, startHarness, type Harness } from './harness.js';
import { deletePrefix, redisUrl, uniquePrefix } from './redis-helpers.js';

const item = (slug: string, title: string, text: string) => `
    <item>
      <title>${title}</title>
      <guid isPermaLink="false">urn:wiredesk-gateway-test:${slug}</guid>
      <pubDate>Mon, 07 Jan 2019 09:00:00 GMT</pubDate>
      <description>&lt;p&gt;${text}&lt;/p&gt;</description>
    </item>`;

const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Gateway test feed</title>
${item('ferry', 'Harbour opens a ferry terminal', 'The harbour authority opened a ferry terminal on Monday.')}
${item('library', 'Library extends its hours', 'The city library will open until nine in the evening.')}
</channel></rss>`;

interface JobData {
  ingestionJob: {
    state: string;
    articles: { articleId: string; created: boolean; article: { headline: string } | null }[];
    items: { sourceUri: string; status: string; job: { state: string } }[];
  };
}

describe('a feed ingested through the API', () => {
  const prefix = uniquePrefix('feed');
  let h: Harness;
  let redis: RedisConnection;
  let queue: IngestQueue;
  let worker: IngestWorker;
  let yoga: Gateway;

  beforeAll(async () => {
    h = await startHarness('gateway_feed');
    redis = await connectRedis(redisUrl);
    queue = createIngestQueue({ connection: redis, prefix });
    // The worker app's processor in short: the real parser and store, feeds fanned out to items.
    worker = createIngestWorker({
      connection: redis,
      prefix,
      processor: async ({ jobId, data }) => {
        if (data.kind === 'item') {
          const articles = await h.store.saveArticles(data.article ? [data.article] : []);
          return { file: data.sourceUri, articles };
        }
        const source = await loadIngestSource(data, { inboxDir: tmpdir() });
        const articles = parseArticles({ ...source, ingestedAt: new Date().toISOString() });
        return { file: source.uri, articles: [], items: await queue.addFeedItems(jobId, articles) };
      },
    });
    await worker.waitUntilReady();
    yoga = createGateway({ store: h.store, ingest: queue, apiKeys: ['k'], logging: false });
  });
  afterAll(async () => {
    await worker.close();
    await queue.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
    await h.close();
  });

  it("reports the articles its items stored, and each item's job", async () => {
    const queued = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: JSON.stringify({
        query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { jobId } }',
        variables: { input: { filename: 'news.rss', content: feed } },
      }),
    });
    const { data } = (await queued.json()) as { data: { ingestArticle: { jobId: string } } };
    const jobId = data.ingestArticle.jobId;
    const [feedJob] = await queue.waitForJobs([jobId], { timeoutMs: 20_000 });
    expect(feedJob?.state).toBe('completed');
    const status = await queue.getJobStatus(jobId);
    await queue.waitForJobs(status.result?.items?.map((i) => i.jobId) ?? [], { timeoutMs: 20_000 });

    const result = await graphql<JobData>(
      yoga,
      `
        query ($jobId: String!) {
          ingestionJob(jobId: $jobId) {
            state
            articles {
              articleId
              created
              article {
                headline
              }
            }
            items {
              sourceUri
              status
              job {
                state
              }
            }
          }
        }
      `,
      { jobId },
    );
    const job = result.data?.ingestionJob;
    expect(job?.state).toBe('COMPLETED');
    expect(job?.articles.map((a) => [a.created, a.article?.headline]).sort()).toEqual([
      [true, 'Harbour opens a ferry terminal'],
      [true, 'Library extends its hours'],
    ]);
    expect(job?.items.map((i) => [i.sourceUri, i.status, i.job.state]).sort()).toEqual([
      ['urn:wiredesk-gateway-test:ferry', 'ADDED', 'COMPLETED'],
      ['urn:wiredesk-gateway-test:library', 'ADDED', 'COMPLETED'],
    ]);
  });
});
