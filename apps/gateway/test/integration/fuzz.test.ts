import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../fixtures/articles.js';
import { startHarness, type Harness } from './harness.js';

// Values of every JSON kind, including the awkward ones: huge and negative numbers, odd strings.
const jsonValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 101, 2 ** 31, 1e308, '', 'art_x', '2024-13-45', 'PERSON'),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.base64String(),
  fc.array(fc.string(), { maxLength: 3 }),
);

const rootField = fc.constantFrom(
  'articles',
  'statements',
  'signatoryLists',
  'search',
  'speakers',
  'ingestionFailures',
  'article',
  'node',
  'ingestionJob',
);
const argName = fc.constantFrom(
  'first',
  'after',
  'last',
  'before',
  'text',
  'id',
  'filter',
  'orderBy',
  'jobId',
);
const selection = fc.constantFrom(
  '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }',
  '{ edges { node { ... on Article { headline statements { quote speaker { name } } signatoryLists { signatories { name } } } } } }',
  '{ id }',
  '{ __typename }',
  '',
  '{ nope }',
);

/** A document that is often valid, often almost valid, and sometimes garbage. */
const documentAndVariables = fc.oneof(
  fc
    .record({
      field: rootField,
      args: fc.uniqueArray(argName, { maxLength: 3 }),
      selection,
      values: fc.array(jsonValue, { minLength: 3, maxLength: 3 }),
    })
    .map(({ field, args, selection: picked, values }) => {
      const variables: Record<string, unknown> = {};
      const declared = args.map((name, i) => {
        variables[name] = values[i];
        return `$${name}: ${name === 'first' || name === 'last' ? 'Int' : 'String'}`;
      });
      const passed = args.map((name) => `${name}: $${name}`).join(', ');
      const header = declared.length > 0 ? `query Q(${declared.join(', ')})` : 'query Q';
      return {
        query: `${header} { ${field}${passed === '' ? '' : `(${passed})`} ${picked} }`,
        variables: variables,
      };
    }),
  fc.record({
    query: fc.string(),
    variables: fc.oneof(jsonValue, fc.dictionary(fc.string(), jsonValue)),
  }),
);

describe('random queries', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_fuzz');
    await h.store.saveArticles(fixtureArticles(3));
  });
  afterAll(() => h.close());

  it('never answer with a 5xx status, by POST or by GET', async () => {
    await fc.assert(
      fc.asyncProperty(documentAndVariables, fc.boolean(), async ({ query, variables }, byGet) => {
        const url = new URL('http://gateway.test/graphql');
        const init: RequestInit = { headers: { accept: 'application/graphql-response+json' } };
        if (byGet) {
          url.searchParams.set('query', query);
          url.searchParams.set('variables', JSON.stringify(variables));
          init.headers = { ...init.headers, 'x-graphql-yoga-csrf': '1' };
        } else {
          init.method = 'POST';
          init.headers = { ...init.headers, 'content-type': 'application/json' };
          init.body = JSON.stringify({ query, variables });
        }
        const response = await h.yoga.fetch(url, init);
        await response.text();
        expect(response.status, `${query} ${JSON.stringify(variables)}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
