import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/create-gateway.js';
import { startHarness, type Harness } from './harness.js';

// The audits graphql-http ships for the GraphQL-over-HTTP specification. Only MUST items
// ("error" when they fail) are asserted; SHOULD items are warnings.
describe('GraphQL over HTTP', () => {
  let h: Harness;
  let yoga: Gateway;

  beforeAll(async () => {
    h = await startHarness('gateway_http');
    yoga = createGateway({ store: h.store, logging: false });
  });
  afterAll(() => h.close());

  for (const audit of serverAudits({
    url: 'http://gateway.test/graphql',
    fetchFn: (input: string, init?: RequestInit) => yoga.fetch(new Request(input, init)),
  })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'error') {
        expect.fail(`${result.reason}: ${JSON.stringify(result.response?.status)}`);
      }
    });
  }
});
