import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticle } from '../fixtures/articles.js';
import { graphql, startHarness, type Harness } from './harness.js';

/** The README query: a page of articles, each with its statements and signatory lists. */
const pageQuery = /* GraphQL */ `
  query Page($first: Int!) {
    articles(first: $first) {
      edges {
        node {
          headline
          statements {
            quote
            speaker {
              name
            }
            signatoryList {
              document
            }
          }
          signatoryLists {
            document
            signatories {
              name
              countryCode
            }
            statements {
              quote
            }
          }
        }
      }
    }
  }
`;

interface PageData {
  articles: {
    edges: {
      node: { statements: unknown[]; signatoryLists: { signatories: unknown[] }[] };
    }[];
  };
}

describe('DataLoader batching', () => {
  // 100 articles on 100 different days, each with statements and a signatory list.
  const articles = Array.from({ length: 100 }, (_, i) =>
    fixtureArticle(`batch-${i}`, new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10)),
  );
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_batching');
    await h.store.saveArticles(articles);
  });
  afterAll(() => h.close());

  async function sqlStatementsFor(first: number): Promise<number> {
    h.queries.length = 0;
    const result = await graphql<PageData>(h.yoga, pageQuery, { first });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.articles.edges ?? [];
    expect(edges).toHaveLength(first);
    for (const { node } of edges) {
      expect(node.statements.length).toBeGreaterThan(0);
      expect(node.signatoryLists[0]?.signatories.length).toBeGreaterThan(0);
    }
    return h.queries.length;
  }

  it('runs as many SQL statements for a page of 100 articles as for a page of 1', async () => {
    const one = await sqlStatementsFor(1);
    const hundred = await sqlStatementsFor(100);
    expect({ one, hundred }).toEqual({ one: 3, hundred: 3 });
  });
});
