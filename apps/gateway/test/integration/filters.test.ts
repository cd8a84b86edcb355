import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticle } from '../fixtures/articles.js';
import { graphql, startHarness, type Harness } from './harness.js';

describe('filters, orderBy and totalCount through GraphQL', () => {
  const articles = [
    fixtureArticle('flt-a', '2024-11-04'),
    fixtureArticle('flt-b', '2024-11-05'),
    fixtureArticle('flt-c', '2024-11-06'),
  ];
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('gateway_filters');
    await h.store.saveArticles(articles);
  });
  afterAll(() => h.close());

  it('lists articles quoting a speaker, oldest first, with the total over all pages', async () => {
    const result = await graphql(
      h.yoga,
      `
        {
          articles(
            first: 2
            orderBy: OLDEST_FIRST
            filter: { speaker: "zelensk", countryCode: "jp" }
          ) {
            totalCount
            edges {
              node {
                publishedAt
              }
            }
          }
        }
      `,
    );
    expect(result).toEqual({
      data: {
        articles: {
          totalCount: 3,
          edges: [{ node: { publishedAt: '2024-11-04' } }, { node: { publishedAt: '2024-11-05' } }],
        },
      },
    });
  });

  it('filters statements by speaker kind and date range, and counts them', async () => {
    const result = await graphql(
      h.yoga,
      `
        {
          statements(filter: { speakerKind: PERSON, publishedFrom: "2024-11-05" }) {
            totalCount
            edges {
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
    expect(result.data).toEqual({
      statements: {
        totalCount: 2,
        edges: [
          { node: { speaker: { name: 'Volodymyr Zelenskyy' } } },
          { node: { speaker: { name: 'Volodymyr Zelenskyy' } } },
        ],
      },
    });
  });

  it('orders speakers by name and counts them', async () => {
    const result = await graphql(
      h.yoga,
      '{ speakers(orderBy: NAME) { totalCount edges { node { name statementCount } } } }',
    );
    const names = (
      result.data as { speakers: { edges: { node: { name: string } }[] } }
    ).speakers.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort());
    expect(result.data).toMatchObject({ speakers: { totalCount: names.length } });
  });

  it('searches newest first within a filter', async () => {
    const result = await graphql(
      h.yoga,
      `
        {
          search(text: "troops", orderBy: NEWEST_FIRST, filter: { publishedTo: "2024-11-05" }) {
            totalCount
            edges {
              node {
                publishedAt
              }
            }
          }
        }
      `,
    );
    expect(result.data).toEqual({
      search: {
        totalCount: 2,
        edges: [{ node: { publishedAt: '2024-11-05' } }, { node: { publishedAt: '2024-11-04' } }],
      },
    });
  });
});
