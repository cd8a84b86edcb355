/** GraphQL enums straight from the domain's const arrays, so the two cannot drift. */
import {
  embedKinds,
  inputFormats,
  signatoryKinds,
  signatoryRelations,
  speakerKinds,
  speakerResolutions,
  statementKinds,
  textLocations,
} from '@wiredesk/domain';
import { builder } from './builder.js';

export const InputFormatEnum = builder.enumType('InputFormat', { values: inputFormats });
export const StatementKindEnum = builder.enumType('StatementKind', { values: statementKinds });
export const SpeakerKindEnum = builder.enumType('SpeakerKind', { values: speakerKinds });
export const SpeakerResolutionEnum = builder.enumType('SpeakerResolution', {
  values: speakerResolutions,
});
export const TextLocationEnum = builder.enumType('TextLocation', { values: textLocations });
export const SignatoryKindEnum = builder.enumType('SignatoryKind', { values: signatoryKinds });
export const SignatoryRelationEnum = builder.enumType('SignatoryRelation', {
  values: signatoryRelations,
});
export const EmbedKindEnum = builder.enumType('EmbedKind', { values: embedKinds });

export const PublishedOrderEnum = builder.enumType('PublishedOrder', {
  description: 'By publication date of the article; undated articles come last either way.',
  values: ['NEWEST_FIRST', 'OLDEST_FIRST'] as const,
});
export const SearchOrderEnum = builder.enumType('SearchOrder', {
  values: {
    RELEVANCE: { description: 'Best match first.' },
    NEWEST_FIRST: { description: 'Newest publication first; undated last.' },
  } as const,
});
export const SpeakerOrderEnum = builder.enumType('SpeakerOrder', {
  values: {
    MOST_QUOTED: { description: 'Most statements first.' },
    NAME: { description: 'Alphabetical by name.' },
  } as const,
});
