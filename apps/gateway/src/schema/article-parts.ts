/** The value types inside an article: source, sections, credits, embeds, entities. */
import type {
  Credits,
  Embed,
  Entities,
  Paragraph,
  PersonEntity,
  Section,
  Source,
} from '@wiredesk/domain';
import { builder } from './builder.js';
import { EmbedKindEnum, InputFormatEnum } from './enums.js';

export const SourceType = builder.objectRef<Source>('Source').implement({
  description: 'Where the article came from.',
  fields: (t) => ({
    uri: t.exposeString('uri', { description: 'A file path, a URL or a feed item id.' }),
    format: t.expose('format', { type: InputFormatEnum }),
    size: t.exposeInt('size', { description: 'Bytes parsed.' }),
    ingestedAt: t.exposeString('ingestedAt', { description: 'ISO 8601 timestamp.' }),
  }),
});

export const ParagraphType = builder.objectRef<Paragraph>('Paragraph').implement({
  fields: (t) => ({
    index: t.exposeInt('index', { description: "0-based among the article's body paragraphs." }),
    text: t.exposeString('text'),
  }),
});

export const SectionType = builder.objectRef<Section>('Section').implement({
  fields: (t) => ({
    heading: t.exposeString('heading', {
      nullable: true,
      description: 'null for the paragraphs before the first heading.',
    }),
    paragraphs: t.expose('paragraphs', { type: [ParagraphType] }),
  }),
});

export const CreditsType = builder.objectRef<Credits>('Credits').implement({
  fields: (t) => ({
    authors: t.exposeStringList('authors'),
    agencies: t.exposeStringList('agencies'),
  }),
});

export const EmbedType = builder.objectRef<Embed>('Embed').implement({
  fields: (t) => ({
    kind: t.expose('kind', { type: EmbedKindEnum }),
    title: t.exposeString('title', { nullable: true }),
  }),
});

export const PersonEntityType = builder.objectRef<PersonEntity>('PersonEntity').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    roles: t.exposeStringList('roles'),
  }),
});

export const EntitiesType = builder.objectRef<Entities>('Entities').implement({
  fields: (t) => ({
    people: t.expose('people', { type: [PersonEntityType] }),
    organizations: t.exposeStringList('organizations'),
    countries: t.exposeStringList('countries', { description: 'ISO 3166-1 alpha-2 codes.' }),
    places: t.exposeStringList('places'),
  }),
});
