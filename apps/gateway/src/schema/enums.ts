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
