/**
 * Per-request DataLoaders for links between an article's children (a statement's list, a list's
 * statements). Keyed on the context object, like Pothos' own loaders, so each request batches
 * all its lookups into one store call and nothing is cached across requests.
 */
import { createContextCache } from '@pothos/core';
import type { SignatoryList, Statement } from '@wiredesk/domain';
import DataLoader from 'dataloader';
import type { GatewayContext } from '../context.js';
import { fromStore } from './errors.js';

export const statementsOfArticle = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<string, Statement[]>((ids) =>
      fromStore(() => context.store.statementsByArticleIds(ids)),
    ),
);

export const signatoryListsOfArticle = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<string, SignatoryList[]>((ids) =>
      fromStore(() => context.store.signatoryListsByArticleIds(ids)),
    ),
);
