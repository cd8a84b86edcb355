/** Subscription.articleIngested: one event per stored article, over SSE (GraphQL over HTTP). */
import type { ArticleIngestedEvent } from '@wiredesk/domain';
import { GraphQLError } from 'graphql';
import { ArticleNode } from './article.js';
import { builder } from './builder.js';

const ArticleIngestedEventType = builder
  .objectRef<ArticleIngestedEvent>('ArticleIngestedEvent')
  .implement({
    description: 'An article and its records were committed.',
    fields: (t) => ({
      articleId: t.exposeString('articleId'),
      article: t.field({
        type: ArticleNode,
        nullable: true,
        description: 'The stored article, loaded on demand.',
        resolve: (event) => event.articleId,
      }),
      headline: t.exposeString('headline'),
      publishedAt: t.exposeString('publishedAt', { nullable: true }),
      statementCount: t.exposeInt('statementCount'),
      signatoryListCount: t.exposeInt('signatoryListCount'),
      created: t.exposeBoolean('created', {
        description: 'false when the same content was already stored (nothing changed).',
      }),
      sourceUri: t.exposeString('sourceUri'),
    }),
  });

builder.subscriptionType({
  fields: (t) => ({
    articleIngested: t.field({
      type: ArticleIngestedEventType,
      description: 'Every article ingested from now on, by any worker.',
      subscribe: (_root, _args, { articleEvents }) => {
        if (articleEvents === undefined) {
          throw new GraphQLError('Live updates are not enabled on this gateway', {
            extensions: { code: 'NOT_AVAILABLE' },
          });
        }
        return articleEvents.subscribe();
      },
      resolve: (event) => event,
    }),
  }),
});
