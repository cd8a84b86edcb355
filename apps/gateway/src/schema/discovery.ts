/** search (ranked full text) and speakers (who is quoted, how often). */
import type { SpeakerSummary } from '@wiredesk/store';
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { SpeakerKindEnum } from './enums.js';
import { fromStore } from './errors.js';
import { pageRequest } from './paging.js';

const DateRange = builder.inputType('DateRange', {
  fields: (t) => ({
    publishedFrom: t.string({ description: 'ISO 8601 date or date-time; inclusive.' }),
    publishedTo: t.string({ description: 'Inclusive; a date includes its whole day.' }),
  }),
});

const SpeakerFilter = builder.inputType('SpeakerFilter', {
  fields: (t) => ({
    name: t.string({ description: 'Part of the name, any case.' }),
    kind: t.field({ type: SpeakerKindEnum }),
    publishedFrom: t.string({ description: 'Count only statements of articles from this date.' }),
    publishedTo: t.string({ description: 'Count only statements of articles up to this date.' }),
  }),
});

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
        filter: t.arg({ type: DateRange }),
      },
      resolve: (_root, args, { store }) => {
        const page = pageRequest(args);
        return fromStore(() => store.searchArticles(args.text, args.filter ?? {}, page));
      },
    },
    { name: 'SearchConnection' },
    {
      name: 'SearchEdge',
      fields: (edge) => ({
        rank: edge.float({
          description: 'How well the article matched; higher is better.',
          resolve: (parent) => (parent as { rank: number }).rank,
        }),
      }),
    },
  ),
  speakers: t.connection(
    {
      type: SpeakerSummaryType,
      description: 'Speakers, most quoted first.',
      args: { filter: t.arg({ type: SpeakerFilter }) },
      resolve: (_root, args, { store }) => {
        const page = pageRequest(args);
        return fromStore(() => store.listSpeakers(args.filter ?? {}, page));
      },
    },
    { name: 'SpeakerConnection' },
    { name: 'SpeakerEdge' },
  ),
}));
