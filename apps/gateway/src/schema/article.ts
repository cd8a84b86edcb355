/** Article: a Relay node loaded in batches; its statements and lists are batched by article id. */
import type { StoredArticle } from '@wiredesk/store';
import { builder } from './builder.js';
import { fromStore } from './errors.js';
import { CreditsType, EmbedType, EntitiesType, SectionType, SourceType } from './article-parts.js';
import { signatoryListsOfArticle, statementsOfArticle } from './loaders.js';
import { SignatoryListRef, StatementRef } from './refs.js';

export const ArticleNode = builder.loadableNode('Article', {
  description: 'A news article, normalised. The same content always has the same articleId.',
  id: { resolve: (article: StoredArticle) => article.id },
  load: async (ids: string[], { store }) =>
    (await fromStore(() => store.loadArticles(ids))).filter((a): a is StoredArticle => a !== null),
  // Missing ids come back as null instead of breaking the batch.
  sort: (article) => article.id,
  fields: (t) => ({
    articleId: t.exposeString('id', { description: 'Stable id derived from the content.' }),
    contentHash: t.exposeString('contentHash'),
    source: t.expose('source', { type: SourceType, description: 'The first source ingested.' }),
    sources: t.expose('sources', {
      type: [SourceType],
      description: 'Every source, oldest first.',
      complexity: { multiplier: 2 },
    }),
    headline: t.exposeString('headline'),
    lede: t.exposeString('lede', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', {
      nullable: true,
      description: 'ISO 8601 date or date-time with offset, as the article gives it.',
    }),
    language: t.exposeString('language', { description: 'BCP 47 tag.' }),
    sections: t.expose('sections', { type: [SectionType] }),
    credits: t.expose('credits', { type: CreditsType }),
    embeds: t.expose('embeds', { type: [EmbedType] }),
    boilerplate: t.exposeStringList('boilerplate'),
    wordCount: t.exposeInt('wordCount'),
    entities: t.expose('entities', { type: EntitiesType }),
    // The same per-request loaders as Statement.signatoryList and SignatoryList.statements, so
    // a page that follows those links still reads each table once.
    // Multipliers (complexity limit): about the 90th percentile of the 10,000-article bench
    // archive, where articles have 7 statements on average (12 at p90) and 0.1 signatory lists
    // (at most 6).
    statements: t.field({
      type: [StatementRef],
      description: 'Who said what, in article order.',
      complexity: { multiplier: 10 },
      resolve: (article, _args, context) => statementsOfArticle(context).load(article.id),
    }),
    signatoryLists: t.field({
      type: [SignatoryListRef],
      description: 'Who signed or backed a joint statement, in article order.',
      complexity: { multiplier: 2 },
      resolve: (article, _args, context) => signatoryListsOfArticle(context).load(article.id),
    }),
  }),
});
