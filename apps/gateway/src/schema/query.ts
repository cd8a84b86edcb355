/** Root queries: one article, and filtered, ordered, paginated lists of articles, statements, lists, failures. */
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { PublishedOrderEnum } from './enums.js';
import { fromStore } from './errors.js';
import { IngestionFailureType } from './failure.js';
import {
  ArticleFilter,
  IngestionFailureFilter,
  SignatoryListFilter,
  StatementFilter,
} from './filters.js';
import { articleIdFrom, connectionComplexity, pageRequest } from './paging.js';
import { SignatoryListRef, StatementRef } from './refs.js';
import { totalCountDescription, totalCountOf } from './total-count.js';

const orderDescription = 'Default NEWEST_FIRST. A cursor only continues the order it came from.';

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
        args: {
          filter: t.arg({ type: ArticleFilter }),
          orderBy: t.arg({ type: PublishedOrderEnum, description: orderDescription }),
        },
        complexity: connectionComplexity,
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          return fromStore(() => store.listArticles(args.filter ?? {}, page));
        },
      },
      {
        name: 'ArticleConnection',
        fields: (c) => ({
          totalCount: c.int({ description: totalCountDescription, resolve: totalCountOf }),
        }),
      },
      { name: 'ArticleEdge' },
    ),
    statements: t.connection(
      {
        type: StatementRef,
        description: 'Statements, newest article first, then in article order.',
        args: {
          filter: t.arg({ type: StatementFilter }),
          orderBy: t.arg({ type: PublishedOrderEnum, description: orderDescription }),
        },
        complexity: connectionComplexity,
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          const filter = args.filter ?? {};
          const articleId = filter.articleId == null ? null : articleIdFrom(filter.articleId);
          return fromStore(() => store.listStatements({ ...filter, articleId }, page));
        },
      },
      {
        name: 'StatementConnection',
        fields: (c) => ({
          totalCount: c.int({ description: totalCountDescription, resolve: totalCountOf }),
        }),
      },
      { name: 'StatementEdge' },
    ),
    signatoryLists: t.connection(
      {
        type: SignatoryListRef,
        description: 'Signatory lists, newest article first, then in article order.',
        args: {
          filter: t.arg({ type: SignatoryListFilter }),
          orderBy: t.arg({ type: PublishedOrderEnum, description: orderDescription }),
        },
        complexity: connectionComplexity,
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          const filter = args.filter ?? {};
          const articleId = filter.articleId == null ? null : articleIdFrom(filter.articleId);
          return fromStore(() => store.listSignatoryLists({ ...filter, articleId }, page));
        },
      },
      {
        name: 'SignatoryListConnection',
        fields: (c) => ({
          totalCount: c.int({ description: totalCountDescription, resolve: totalCountOf }),
        }),
      },
      { name: 'SignatoryListEdge' },
    ),
    ingestionFailures: t.connection(
      {
        type: IngestionFailureType,
        description: 'Inputs that did not become articles, most recent first.',
        args: { filter: t.arg({ type: IngestionFailureFilter }) },
        complexity: connectionComplexity,
        resolve: (_root, args, { store }) => {
          const page = pageRequest(args);
          return fromStore(() => store.listFailures(args.filter ?? {}, page));
        },
      },
      {
        name: 'IngestionFailureConnection',
        fields: (c) => ({
          totalCount: c.int({ description: totalCountDescription, resolve: totalCountOf }),
        }),
      },
      { name: 'IngestionFailureEdge' },
    ),
  }),
});
