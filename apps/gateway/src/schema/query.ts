/** Root queries: one article, and filtered, paginated lists of articles, statements, lists, failures. */
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { SpeakerKindEnum, StatementKindEnum } from './enums.js';
import { fromStore } from './errors.js';
import { IngestionFailureType } from './failure.js';
import { articleIdFrom, pageRequest } from './paging.js';
import { SignatoryListRef, StatementRef } from './refs.js';

const dateRange = {
  publishedFrom: 'ISO 8601 date or date-time; inclusive.',
  publishedTo: 'ISO 8601 date or date-time; inclusive (a date includes its whole day).',
};

const ArticleFilter = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    publishedFrom: t.string({ description: dateRange.publishedFrom }),
    publishedTo: t.string({ description: dateRange.publishedTo }),
    text: t.string({ description: 'Full-text search (web-search syntax: "a phrase", -word, or).' }),
    agency: t.string({ description: 'Exact agency credit, e.g. "Reuters".' }),
    author: t.string({ description: 'Exact author credit.' }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  fields: (t) => ({
    speaker: t.string({ description: 'Part of the speaker name, any case.' }),
    speakerKind: t.field({ type: SpeakerKindEnum }),
    kind: t.field({ type: StatementKindEnum }),
    cue: t.string({ description: 'The attributing verb or phrase, any case.' }),
    articleId: t.id(),
    publishedFrom: t.string({ description: dateRange.publishedFrom }),
    publishedTo: t.string({ description: dateRange.publishedTo }),
  }),
});

const SignatoryListFilter = builder.inputType('SignatoryListFilter', {
  fields: (t) => ({
    countryCode: t.string({
      description: 'Lists with a signatory of this ISO 3166-1 alpha-2 code.',
    }),
    group: t.string({ description: 'Lists named for this group or with a member of it: "G7".' }),
    articleId: t.id(),
    publishedFrom: t.string({ description: dateRange.publishedFrom }),
    publishedTo: t.string({ description: dateRange.publishedTo }),
  }),
});

const IngestionFailureFilter = builder.inputType('IngestionFailureFilter', {
  fields: (t) => ({ code: t.string() }),
});

builder.queryType({
  fields: (t) => ({
    article: t.field({
      type: ArticleNode,
      nullable: true,
      description: 'One article by its articleId (or its global id).',
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args) => articleIdFrom(args.id),
    }),
    articles: t.connection(
      {
        type: ArticleNode,
        description: 'Articles, newest first; undated ones last.',
        args: { filter: t.arg({ type: ArticleFilter }) },
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          return fromStore(() => store.listArticles(args.filter ?? {}, page));
        },
      },
      { name: 'ArticleConnection' },
      { name: 'ArticleEdge' },
    ),
    statements: t.connection(
      {
        type: StatementRef,
        description: 'Statements, newest article first, then in article order.',
        args: { filter: t.arg({ type: StatementFilter }) },
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          const filter = args.filter ?? {};
          const articleId = filter.articleId == null ? null : articleIdFrom(filter.articleId);
          return fromStore(() => store.listStatements({ ...filter, articleId }, page));
        },
      },
      { name: 'StatementConnection' },
      { name: 'StatementEdge' },
    ),
    signatoryLists: t.connection(
      {
        type: SignatoryListRef,
        description: 'Signatory lists, newest article first, then in article order.',
        args: { filter: t.arg({ type: SignatoryListFilter }) },
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          const filter = args.filter ?? {};
          const articleId = filter.articleId == null ? null : articleIdFrom(filter.articleId);
          return fromStore(() => store.listSignatoryLists({ ...filter, articleId }, page));
        },
      },
      { name: 'SignatoryListConnection' },
      { name: 'SignatoryListEdge' },
    ),
    ingestionFailures: t.connection(
      {
        type: IngestionFailureType,
        description: 'Inputs that did not become articles, most recent first.',
        args: { filter: t.arg({ type: IngestionFailureFilter }) },
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          return fromStore(() => store.listFailures(args.filter ?? {}, page));
        },
      },
      { name: 'IngestionFailureConnection' },
      { name: 'IngestionFailureEdge' },
    ),
  }),
});
