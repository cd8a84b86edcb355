/**
 * Subscriptions over SSE (GraphQL over HTTP): articleIngested, one event per stored article, and
 * statementAdded(speaker), the statements of new articles.
 */
import type { ArticleIngestedEvent, Statement } from '@wiredesk/domain';
import type { Store } from '@wiredesk/store';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { ArticleEvents } from '../live/article-events.js';
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { fromStore } from './errors.js';
import { StatementRef } from './refs.js';

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

function liveEvents(context: GatewayContext): ArticleEvents {
  if (context.articleEvents === undefined) {
    throw new GraphQLError('Live updates are not enabled on this gateway', {
      extensions: { code: 'NOT_AVAILABLE' },
    });
  }
  return context.articleEvents;
}

/**
 * The statements of each newly stored article, narrowed to a speaker. Events carry only counts,
 * so each new article's statements are read once per subscriber from the store.
 */
async function* statementsAdded(
  events: ArticleEvents,
  store: Store,
  speaker: string | null | undefined,
): AsyncGenerator<Statement> {
  const needle = speaker?.trim().toLowerCase() ?? '';
  for await (const event of events.subscribe()) {
    if (!event.created || event.statementCount === 0) continue;
    const [statements = []] = await fromStore(() =>
      store.statementsByArticleIds([event.articleId]),
    );
    for (const statement of statements) {
      const name = statement.speaker?.name.toLowerCase();
      if (needle === '' || (name !== undefined && name.includes(needle))) yield statement;
    }
  }
}

builder.subscriptionType({
  fields: (t) => ({
    articleIngested: t.field({
      type: ArticleIngestedEventType,
      description: 'Every article ingested from now on, by any worker.',
      subscribe: (_root, _args, context) => liveEvents(context).subscribe(),
      resolve: (event) => event,
    }),
    statementAdded: t.field({
      type: StatementRef,
      description:
        'Every statement of articles stored from now on (not re-ingested duplicates), by any worker.',
      args: {
        speaker: t.arg.string({
          description: 'Only statements whose speaker name contains this, any case.',
        }),
      },
      // liveEvents throws now, so a gateway without events answers at once, not on first event.
      subscribe: (_root, args, context) =>
        statementsAdded(liveEvents(context), context.store, args.speaker),
      resolve: (statement) => statement,
    }),
  }),
});
