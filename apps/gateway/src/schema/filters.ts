/** Filter inputs: the article conditions every list shares, and each list's own. */
import { builder } from './builder.js';
import { SpeakerKindEnum, StatementKindEnum } from './enums.js';

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const dates = {
  publishedFrom: 'ISO 8601 date or date-time; inclusive.',
  publishedTo: 'ISO 8601 date or date-time; inclusive (a date includes its whole day).',
};

/** Date range, agency and author of the article (every list has them). */
function articleFields(t: FieldBuilder) {
  return {
    publishedFrom: t.string({ description: dates.publishedFrom }),
    publishedTo: t.string({ description: dates.publishedTo }),
    agency: t.string({ description: 'Exact agency credit of the article, e.g. "Reuters".' }),
    author: t.string({ description: 'Exact author credit of the article.' }),
  };
}

const articleText = 'Full text of the article (web-search syntax: "a phrase", -word, or).';

/** Who the article quotes and which lists it carries (lists of articles). */
function quotedFields(t: FieldBuilder) {
  return {
    speaker: t.string({ description: 'Quotes a speaker whose name contains this, any case.' }),
    speakerKind: t.field({ type: SpeakerKindEnum, description: 'Quotes a speaker of this kind.' }),
    statementKind: t.field({
      type: StatementKindEnum,
      description: 'Has a statement of this kind.',
    }),
    cue: t.string({ description: 'Has a statement with this cue ("said"), any case.' }),
    countryCode: t.string({ description: 'Has a signatory of this ISO 3166-1 alpha-2 code.' }),
    group: t.string({ description: 'Has a signatory list of this group: "G7".' }),
  };
}

export const ArticleFilter = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    ...articleFields(t),
    text: t.string({ description: articleText }),
    ...quotedFields(t),
  }),
});

export const SearchFilter = builder.inputType('SearchFilter', {
  fields: (t) => ({ ...articleFields(t), ...quotedFields(t) }),
});

/** A statement's own fields and where it appears (statements and searchStatements). */
function statementFields(t: FieldBuilder) {
  return {
    ...articleFields(t),
    text: t.string({ description: articleText }),
    speaker: t.string({ description: 'Part of the speaker name, any case.' }),
    speakerKind: t.field({ type: SpeakerKindEnum }),
    kind: t.field({ type: StatementKindEnum }),
    cue: t.string({ description: 'The attributing verb or phrase, any case.' }),
    countryCode: t.string({
      description: 'Made by a signatory list with a signatory of this ISO 3166-1 alpha-2 code.',
    }),
    group: t.string({ description: 'Made by a signatory list with a member of this group.' }),
    articleId: t.id(),
  };
}

export const StatementFilter = builder.inputType('StatementFilter', {
  fields: (t) => ({
    ...statementFields(t),
    quoteText: t.string({ description: 'Full text of the quote itself (web-search syntax).' }),
  }),
});

export const StatementSearchFilter = builder.inputType('StatementSearchFilter', {
  fields: (t) => statementFields(t),
});

export const SignatoryListFilter = builder.inputType('SignatoryListFilter', {
  fields: (t) => ({
    ...articleFields(t),
    text: t.string({ description: articleText }),
    countryCode: t.string({
      description: 'Lists with a signatory of this ISO 3166-1 alpha-2 code.',
    }),
    group: t.string({ description: 'Lists named for this group or with a member of it: "G7".' }),
    cue: t.string({ description: 'The list cue ("signed"), any case.' }),
    articleId: t.id(),
  }),
});

export const SpeakerFilter = builder.inputType('SpeakerFilter', {
  fields: (t) => ({
    ...articleFields(t),
    text: t.string({ description: `Count only statements of matching articles. ${articleText}` }),
    name: t.string({ description: 'Part of the name, any case.' }),
    kind: t.field({ type: SpeakerKindEnum }),
    statementKind: t.field({ type: StatementKindEnum, description: 'Count only this kind.' }),
    cue: t.string({ description: 'Count only statements with this cue, any case.' }),
  }),
});

export const IngestionFailureFilter = builder.inputType('IngestionFailureFilter', {
  fields: (t) => ({ code: t.string() }),
});
