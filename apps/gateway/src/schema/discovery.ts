/** search (ranked full text) and speakers (who is quoted, how often). */
import type { SpeakerSummary } from '@wiredesk/store';
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { SearchOrderEnum, SpeakerKindEnum, SpeakerOrderEnum } from './enums.js';
import { fromStore } from './errors.js';
import { SearchFilter, SpeakerFilter, StatementSearchFilter } from './filters.js';
import { articleIdFrom, connectionComplexity, pageRequest } from './paging.js';
import { StatementRef } from './refs.js';
import { totalCountDescription, totalCountOf } from './total-count.js';

const SpeakerSummaryType = builder.objectRef<SpeakerSummary>('SpeakerSummary').implement({
  description: 'A quoted speaker; use statements(filter: { speaker }) for what they said.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: SpeakerKindEnum }),
    roles: t.exposeStringList('roles', { description: 'Every role the articles give.' }),
    statementCount: t.exposeInt('statementCount'),
    articleCount: t.exposeInt('articleCount'),
  }),
});

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: ArticleNode,
      description: 'Articles matching the text, best match first.',
      args: {
        text: t.arg.string({
          required: true,
          description: 'Web-search syntax: words, "a phrase", -excluded, or.',
        }),
        filter: t.arg({ type: SearchFilter }),
        orderBy: t.arg({ type: SearchOrderEnum, description: 'Default RELEVANCE.' }),
      },
      complexity: connectionComplexity,
      resolve: (_root, args, { store }) => {
        const page = pageRequest(args);
        return fromStore(() => store.searchArticles(args.text, args.filter ?? {}, page));
      },
    },
    {
      name: 'SearchConnection',
      fields: (c) => ({
        totalCount: c.int({ description: totalCountDescription, resolve: totalCountOf }),
      }),
    },
    {
      name: 'SearchEdge',
      fields: (edge) => ({
        rank: edge.float({
          description: 'How well the article matched; higher is better.',
          resolve: (parent) => (parent as { rank: number }).rank,
        }),
        snippet: edge.string({
          description:
            'Up to three passages of the lede and body around the matches, joined by " … ": HTML with ' +
            'the text escaped and the matched words in <mark>…</mark>.',
          resolve: (parent) => fromStore((parent as { snippet: () => Promise<string> }).snippet),
        }),
      }),
    },
  ),
  searchStatements: t.connection(
    {
      type: StatementRef,
      description: 'Statements whose quote matches the text, best match first.',
      args: {
        text: t.arg.string({
          required: true,
          description: 'Web-search syntax: words, "a phrase", -excluded, or.',
        }),
        filter: t.arg({ type: StatementSearchFilter }),
      },
      complexity: connectionComplexity,
      resolve: (_root, args, { store }) => {
        const page = pageRequest(args);
        const filter = args.filter ?? {};
        const articleId = filter.articleId == null ? null : articleIdFrom(filter.articleId);
        return fromStore(() => store.searchStatements(args.text, { ...filter, articleId }, page));
      },
    },
    {
      name: 'StatementSearchConnection',
      fields: (c) => ({
        totalCount: c.int({ description: totalCountDescription, resolve: totalCountOf }),
      }),
    },
    {
      name: 'StatementSearchEdge',
      fields: (edge) => ({
        rank: edge.float({
          description: 'How well the quote matched; higher is better.',
          resolve: (parent) => (parent as { rank: number }).rank,
        }),
        snippet: edge.string({
          description: 'The quote as HTML, text escaped, the matched words in <mark>…</mark>.',
          resolve: (parent) => fromStore((parent as { snippet: () => Promise<string> }).snippet),
        }),
      }),
    },
  ),
  speakers: t.connection(
    {
      type: SpeakerSummaryType,
      description: 'Speakers, most quoted first.',
      args: {
        filter: t.arg({ type: SpeakerFilter }),
        orderBy: t.arg({ type: SpeakerOrderEnum, description: 'Default MOST_QUOTED.' }),
      },
      complexity: connectionComplexity,
      resolve: (_root, args, { store }) => {
        const page = pageRequest(args);
        return fromStore(() => store.listSpeakers(args.filter ?? {}, page));
      },
    },
    {
      name: 'SpeakerConnection',
      fields: (c) => ({
        totalCount: c.int({ description: totalCountDescription, resolve: totalCountOf }),
      }),
    },
    { name: 'SpeakerEdge' },
  ),
}));
