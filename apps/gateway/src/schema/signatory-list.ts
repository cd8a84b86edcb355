/** SignatoryList: who signed or backed a joint statement. */
import type { Signatory } from '@wiredesk/domain';
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { fromStore } from './errors.js';
import { childKey, parseChildKey } from './child-key.js';
import { SignatoryKindEnum, SignatoryRelationEnum, TextLocationEnum } from './enums.js';
import { statementsOfArticle } from './loaders.js';
import { SignatoryListRef, StatementRef } from './refs.js';

export const SignatoryType = builder.objectRef<Signatory>('Signatory').implement({
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical: "United Kingdom" for "Britain".' }),
    surface: t.exposeString('surface', { description: 'The words in the text.' }),
    kind: t.expose('kind', { type: SignatoryKindEnum }),
    countryCode: t.exposeString('countryCode', {
      nullable: true,
      description: 'ISO 3166-1 alpha-2.',
    }),
    group: t.exposeString('group', { nullable: true, description: 'e.g. "G7".' }),
    relation: t.expose('relation', { type: SignatoryRelationEnum }),
  }),
});

builder.node(SignatoryListRef, {
  id: { resolve: (list) => childKey(list.articleId, list.id) },
  loadOne: (key, { store }) => {
    const parsed = parseChildKey(key);
    return parsed === null
      ? null
      : fromStore(() => store.getSignatoryList(parsed.articleId, parsed.id));
  },
  fields: (t) => ({
    signatoryListId: t.exposeString('id', { description: 'Id within the article.' }),
    articleId: t.exposeString('articleId'),
    article: t.field({ type: ArticleNode, resolve: (list) => list.articleId }),
    location: t.expose('location', { type: TextLocationEnum }),
    paragraphIndex: t.exposeInt('paragraphIndex', { nullable: true }),
    document: t.exposeString('document', {
      nullable: true,
      description: 'What was signed, as the article names it.',
    }),
    cue: t.exposeString('cue'),
    // Complexity multipliers: lists in the bench archive name 2.6 signatories on average (at
    // most 7; a list of EU members would name 27) and rarely more than one statement.
    signatories: t.expose('signatories', { type: [SignatoryType], complexity: { multiplier: 10 } }),
    groups: t.exposeStringList('groups'),
    statementIds: t.exposeStringList('statementIds'),
    statements: t.field({
      type: [StatementRef],
      description: 'The statements the signatories made together.',
      complexity: { multiplier: 2 },
      resolve: async (list, _args, context) => {
        const statements = await statementsOfArticle(context).load(list.articleId);
        return statements.filter((statement) => list.statementIds.includes(statement.id));
      },
    }),
  }),
});
