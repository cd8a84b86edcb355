import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startHarness, type Harness } from './harness.js';

describe('ingestionFailures query', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_failures');
    await h.store.recordFailure({
      jobId: 'job-empty',
      file: '/inbox/empty.txt',
      code: 'EMPTY',
      message: 'The file is empty',
      attempts: 1,
      failedAt: '2024-11-06T12:00:00.000Z',
    });
    await h.store.recordFailure({
      jobId: 'job-binary',
      file: '/inbox/photo.txt',
      code: 'BINARY',
      message: 'The file is binary',
      attempts: 1,
      failedAt: '2024-11-06T12:05:00.000Z',
    });
  });
  afterAll(() => h.close());

  it('lists failures filtered by code', async () => {
    const result = await graphql<{
      ingestionFailures: { edges: { node: { jobId: string; file: string } }[] };
    }>(
      h.yoga,
      '{ ingestionFailures(filter: { code: "EMPTY" }) { edges { node { jobId file code message attempts failedAt } } } }',
    );
    expect(result.data?.ingestionFailures.edges.map((edge) => edge.node)).toEqual([
      {
        jobId: 'job-empty',
        file: '/inbox/empty.txt',
        code: 'EMPTY',
        message: 'The file is empty',
        attempts: 1,
        failedAt: '2024-11-06T12:00:00.000Z',
      },
    ]);
  });
});
