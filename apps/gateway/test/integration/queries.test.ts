import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../fixtures/articles.js';
import { graphql, startHarness, type Harness } from './harness.js';

const readmeQuery = /* GraphQL */ `
  {
    articles(first: 10) {
      edges {
        node {
          id
          headline
          publishedAt
          statements {
            kind
            quote
            cue
            speaker {
              name
              kind
              role
            }
            speakerMention
          }
          signatoryLists {
            document
            signatories {
              name
              countryCode
              group
              relation
            }
          }
        }
      }
    }
  }
`;

interface ArticlesData {
  articles: {
    edges: {
      cursor: string;
      node: { id: string; articleId: string; headline: string; publishedAt: string };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('gateway queries', () => {
  const articles = fixtureArticles(6);
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_queries');
    await h.store.saveArticles(articles);
  });
  afterAll(() => h.close());

  it('answers the README query with nested statements and signatory lists', async () => {
    const result = await graphql<ArticlesData>(h.yoga, readmeQuery);
    expect(result.errors).toBeUndefined();
    const edges = result.data?.articles.edges ?? [];
    expect(edges).toHaveLength(6);
    expect(edges[0]?.node).toMatchObject({
      headline: articles[5]?.headline,
      publishedAt: '2024-11-06',
      statements: [
        {
          kind: 'PARTIAL',
          quote: 'opens a new page',
          cue: 'said',
          speaker: { name: 'Volodymyr Zelenskyy', kind: 'PERSON', role: 'President of Ukraine' },
          speakerMention: 'President Volodymyr Zelenskyy',
        },
        { kind: 'INDIRECT', speaker: { kind: 'GROUP' } },
      ],
      signatoryLists: [
        {
          document: 'The statement',
          signatories: [
            { name: 'United Kingdom', countryCode: 'GB', group: 'G7', relation: 'MEMBER' },
            { name: 'Japan', countryCode: 'JP', group: 'G7', relation: 'MEMBER' },
            { name: 'South Korea', countryCode: 'KR', group: null, relation: 'ALONGSIDE' },
          ],
        },
      ],
    });
  });

  it('runs the same number of SQL queries for a page of 2 and a page of 6', async () => {
    const count = async (first: number) => {
      h.queries.length = 0;
      const result = await graphql(h.yoga, readmeQuery.replace('first: 10', `first: ${first}`));
      expect(result.errors).toBeUndefined();
      return h.queries.length;
    };
    const small = await count(2);
    expect(await count(6)).toBe(small);
  });

  it('pages articles with cursors, newest first', async () => {
    const query = `query ($after: String) {
      articles(first: 4, after: $after) { edges { cursor node { articleId } } pageInfo { hasNextPage endCursor } }
    }`;
    const first = await graphql<ArticlesData>(h.yoga, query);
    expect(first.data?.articles.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<ArticlesData>(h.yoga, query, {
      after: first.data?.articles.pageInfo.endCursor,
    });
    const ids = [...(first.data?.articles.edges ?? []), ...(second.data?.articles.edges ?? [])].map(
      (edge) => edge.node.articleId,
    );
    expect(ids).toEqual(articles.map((a) => a.id).reverse());
    expect(second.data?.articles.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page larger than 100 with a BAD_USER_INPUT error', async () => {
    const result = await graphql(h.yoga, '{ articles(first: 101) { edges { cursor } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor it did not issue with a BAD_USER_INPUT error', async () => {
    const result = await graphql(h.yoga, '{ articles(after: "garbage") { edges { cursor } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor from another order, saying which order it came from', async () => {
    const first = await graphql<ArticlesData>(
      h.yoga,
      '{ articles(first: 1, orderBy: OLDEST_FIRST) { edges { cursor node { articleId } } pageInfo { hasNextPage endCursor } } }',
    );
    const after = first.data?.articles.pageInfo.endCursor;
    const mixed = await graphql(
      h.yoga,
      'query ($after: String) { articles(first: 1, after: $after) { edges { cursor } } }',
      { after },
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0]?.message).toMatch(
      /continues articles OLDEST_FIRST, not articles NEWEST_FIRST/,
    );
    const elsewhere = await graphql(
      h.yoga,
      'query ($after: String) { statements(first: 1, orderBy: OLDEST_FIRST, after: $after) { edges { cursor } } }',
      { after },
    );
    expect(elsewhere.errors?.[0]?.message).toMatch(/continues articles OLDEST_FIRST/);
  });

  it('finds one article by its articleId and again through node(id)', async () => {
    const target = articles[2];
    const byId = await graphql<{ article: { id: string; headline: string } }>(
      h.yoga,
      'query ($id: ID!) { article(id: $id) { id headline } }',
      { id: target?.id },
    );
    expect(byId.data?.article.headline).toBe(target?.headline);
    const node = await graphql<{ node: { __typename: string; articleId: string } }>(
      h.yoga,
      'query ($id: ID!) { node(id: $id) { __typename ... on Article { articleId } } }',
      { id: byId.data?.article.id },
    );
    expect(node.data?.node).toEqual({ __typename: 'Article', articleId: target?.id });
  });

  it('answers null for an article that does not exist', async () => {
    const result = await graphql(h.yoga, '{ article(id: "art_missing") { id } }');
    expect(result).toEqual({ data: { article: null } });
  });

  it('filters statements by speaker and kind, and refetches one through node(id)', async () => {
    const result = await graphql<{
      statements: {
        edges: { node: { id: string; quote: string; article: { articleId: string } } }[];
      };
    }>(
      h.yoga,
      `
        {
          statements(
            first: 100
            filter: { speaker: "zelensk", kind: PARTIAL, publishedFrom: "2024-11-05" }
          ) {
            edges {
              node {
                id
                quote
                article {
                  articleId
                }
              }
            }
          }
        }
      `,
    );
    const nodes = result.data?.statements.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((n) => n.article.articleId)).toEqual([articles[5]?.id, articles[4]?.id]);
    const node = await graphql<{ node: { quote: string } }>(
      h.yoga,
      'query ($id: ID!) { node(id: $id) { ... on Statement { quote } } }',
      { id: nodes[0]?.id },
    );
    expect(node.data?.node.quote).toBe('opens a new page');
  });

  it('filters signatory lists by country code and group', async () => {
    const result = await graphql<{ signatoryLists: { edges: { node: { articleId: string } }[] } }>(
      h.yoga,
      `
        {
          signatoryLists(
            first: 100
            filter: { countryCode: "JP", group: "G7", publishedTo: "2024-11-02" }
          ) {
            edges {
              node {
                articleId
              }
            }
          }
        }
      `,
    );
    expect(result.data?.signatoryLists.edges.map((edge) => edge.node.articleId)).toEqual([
      articles[1]?.id,
      articles[0]?.id,
    ]);
  });

  it('searches articles, best match first, with a rank and a highlighted snippet on each edge', async () => {
    const result = await graphql<{
      search: { edges: { rank: number; snippet: string; node: { articleId: string } }[] };
    }>(
      h.yoga,
      '{ search(text: "gw-3 skirmish", first: 5) { edges { rank snippet node { articleId } } } }',
    );
    const edges = result.data?.search.edges ?? [];
    expect(edges.map((edge) => edge.node.articleId)).toEqual([articles[3]?.id]);
    expect(edges[0]?.rank).toBeGreaterThan(0);
    const britain = await graphql<{ search: { edges: { snippet: string }[] } }>(
      h.yoga,
      '{ search(text: "Britain", first: 1) { edges { snippet } } }',
    );
    expect(britain.data?.search.edges[0]?.snippet).toMatch(
      /The statement was signed by <mark>Britain<\/mark> and Japan/,
    );
  });

  it('searches what was said, best match first, with the quote highlighted', async () => {
    const result = await graphql<{
      searchStatements: {
        totalCount: number;
        edges: { rank: number; snippet: string; node: { speaker: { name: string } } }[];
      };
    }>(
      h.yoga,
      `
        {
          searchStatements(text: "new page", first: 1, filter: { speakerKind: PERSON }) {
            totalCount
            edges {
              rank
              snippet
              node {
                speaker {
                  name
                }
              }
            }
          }
        }
      `,
    );
    const search = result.data?.searchStatements;
    expect(search?.totalCount).toBe(articles.length);
    expect(search?.edges.map((e) => [e.snippet, e.node.speaker.name])).toEqual([
      ['opens a <mark>new</mark> <mark>page</mark>', 'Volodymyr Zelenskyy'],
    ]);
    expect(search?.edges[0]?.rank).toBeGreaterThan(0);
  });

  it('lists speakers with their statement counts', async () => {
    const result = await graphql<{
      speakers: { edges: { node: { name: string; statementCount: number; roles: string[] } }[] };
    }>(
      h.yoga,
      '{ speakers(filter: { kind: PERSON }) { edges { node { name statementCount roles } } } }',
    );
    expect(result.data?.speakers.edges.map((edge) => edge.node)).toEqual([
      { name: 'Volodymyr Zelenskyy', statementCount: 6, roles: ['President of Ukraine'] },
    ]);
  });

  it('links a statement to its signatory list and the list back to its statements', async () => {
    const result = await graphql<{
      signatoryLists: {
        edges: {
          node: {
            statements: { statementId: string; signatoryList: { signatoryListId: string } }[];
          };
        }[];
      };
    }>(
      h.yoga,
      '{ signatoryLists(first: 3) { edges { node { statements { statementId signatoryList { signatoryListId } } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.signatoryLists.edges.map((edge) => edge.node.statements)).toEqual(
      Array(3).fill([{ statementId: 's1', signatoryList: { signatoryListId: 'l0' } }]),
    );
  });
});
