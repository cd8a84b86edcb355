/** Statement: who said what, with the speaker as found in the article. */
import type { Speaker } from '@wiredesk/domain';
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { fromStore } from './errors.js';
import { childKey, parseChildKey } from './child-key.js';
import {
  SpeakerKindEnum,
  SpeakerResolutionEnum,
  StatementKindEnum,
  TextLocationEnum,
} from './enums.js';
import { signatoryListsOfArticle } from './loaders.js';
import { SignatoryListRef, StatementRef } from './refs.js';

export const SpeakerType = builder.objectRef<Speaker>('Speaker').implement({
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical: the fullest form the article uses.' }),
    kind: t.expose('kind', { type: SpeakerKindEnum }),
    role: t.exposeString('role', { nullable: true, description: 'e.g. "President of Ukraine".' }),
    affiliation: t.exposeString('affiliation', { nullable: true }),
  }),
});

builder.node(StatementRef, {
  description: 'A statement: what was said, by whom, with which attributing words.',
  id: { resolve: (statement) => childKey(statement.articleId, statement.id) },
  loadOne: (key, { store }) => {
    const parsed = parseChildKey(key);
    return parsed === null
      ? null
      : fromStore(() => store.getStatement(parsed.articleId, parsed.id));
  },
  fields: (t) => ({
    statementId: t.exposeString('id', { description: 'Id within the article.' }),
    articleId: t.exposeString('articleId'),
    article: t.field({ type: ArticleNode, resolve: (statement) => statement.articleId }),
    location: t.expose('location', { type: TextLocationEnum }),
    paragraphIndex: t.exposeInt('paragraphIndex', {
      nullable: true,
      description: 'Body paragraph index; null in the headline or lede.',
    }),
    charStart: t.exposeInt('charStart', {
      description:
        'UTF-16 offset in the paragraph of the quote; of the whole sentence part, attribution included, when an INDIRECT clause is interrupted by its attribution.',
    }),
    charEnd: t.exposeInt('charEnd', { description: 'UTF-16 offset, exclusive.' }),
    kind: t.expose('kind', { type: StatementKindEnum }),
    quote: t.exposeString('quote'),
    content: t.exposeString('content'),
    cue: t.exposeString('cue', { description: 'The attributing verb or phrase: "said".' }),
    speaker: t.expose('speaker', { type: SpeakerType, nullable: true }),
    speakerMention: t.exposeString('speakerMention', { nullable: true }),
    speakerResolution: t.expose('speakerResolution', { type: SpeakerResolutionEnum }),
    channel: t.exposeString('channel', { nullable: true }),
    confidence: t.exposeFloat('confidence'),
    signatoryListId: t.exposeString('signatoryListId', { nullable: true }),
    signatoryList: t.field({
      type: SignatoryListRef,
      nullable: true,
      description: 'The list whose signatories made this statement together.',
      resolve: async (statement, _args, context) => {
        if (statement.signatoryListId === null) return null;
        const lists = await signatoryListsOfArticle(context).load(statement.articleId);
        return lists.find((list) => list.id === statement.signatoryListId) ?? null;
      },
    }),
  }),
});
