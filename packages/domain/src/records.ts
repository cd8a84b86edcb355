/**
 * The records Wiredesk produces, as zod schemas. Every other package derives its types from
 * these: the parser builds them, the store persists them, the gateway serves them.
 * Field meanings follow ../../shared/corpus/ANNOTATION.md.
 */
import { z } from 'zod';

export const inputFormats = ['WIRE_TEXT', 'HTML', 'NINJS', 'RSS', 'ATOM'] as const;
export const InputFormat = z.enum(inputFormats);
export type InputFormat = z.infer<typeof InputFormat>;

export const statementKinds = ['DIRECT', 'PARTIAL', 'INDIRECT'] as const;
export const StatementKind = z.enum(statementKinds);
export type StatementKind = z.infer<typeof StatementKind>;

export const speakerKinds = ['PERSON', 'ORGANIZATION', 'GROUP', 'COUNTRY', 'UNNAMED'] as const;
export const SpeakerKind = z.enum(speakerKinds);
export type SpeakerKind = z.infer<typeof SpeakerKind>;

/** How the speaker of a statement was found. */
export const speakerResolutions = [
  'EXPLICIT', // named in the attributing words: "Kovalenko said"
  'PRONOUN', // "he said", resolved to the nearest fitting antecedent
  'ROLE_NOUN', // "the president said", resolved through the role
  'PREVIOUS_SPEAKER', // a floating quote, continuing the last attribution
  'NONE', // no source in the article
] as const;
export const SpeakerResolution = z.enum(speakerResolutions);
export type SpeakerResolution = z.infer<typeof SpeakerResolution>;

/** Where a statement or list stands: in the lede (line 1) or in a body paragraph. */
export const textLocations = ['HEADLINE', 'LEDE', 'BODY'] as const;
export const TextLocation = z.enum(textLocations);
export type TextLocation = z.infer<typeof TextLocation>;

export const signatoryKinds = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
export const SignatoryKind = z.enum(signatoryKinds);
export type SignatoryKind = z.infer<typeof SignatoryKind>;

export const signatoryRelations = ['MEMBER', 'ALONGSIDE'] as const;
export const SignatoryRelation = z.enum(signatoryRelations);
export type SignatoryRelation = z.infer<typeof SignatoryRelation>;

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/);

export const Source = z.object({
  /** Where the bytes came from: a file path, a URL, a feed item id. */
  uri: z.string(),
  format: InputFormat,
  /** Size in bytes of what was parsed. */
  size: z.number().int().nonnegative(),
  /** ISO 8601 timestamp. */
  ingestedAt: z.string(),
});
export type Source = z.infer<typeof Source>;

export const Paragraph = z.object({
  /** 0-based position among the article's body paragraphs (headings, embeds and credits excluded). */
  index: z.number().int().nonnegative(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Section = z.object({
  /** null for the paragraphs before the first heading. */
  heading: z.string().nullable(),
  paragraphs: z.array(Paragraph),
});
export type Section = z.infer<typeof Section>;

export const Credits = z.object({
  authors: z.array(z.string()),
  agencies: z.array(z.string()),
});
export type Credits = z.infer<typeof Credits>;

export const embedKinds = ['VIDEO', 'IMAGE', 'AUDIO', 'SOCIAL'] as const;
export const EmbedKind = z.enum(embedKinds);
export type EmbedKind = z.infer<typeof EmbedKind>;

export const Embed = z.object({
  kind: EmbedKind,
  title: z.string().nullable(),
});
export type Embed = z.infer<typeof Embed>;

export const PersonEntity = z.object({
  name: z.string(),
  roles: z.array(z.string()),
});
export type PersonEntity = z.infer<typeof PersonEntity>;

export const Entities = z.object({
  people: z.array(PersonEntity),
  organizations: z.array(z.string()),
  /** ISO 3166-1 alpha-2 codes of the countries the article mentions. */
  countries: z.array(CountryCode),
  places: z.array(z.string()),
});
export type Entities = z.infer<typeof Entities>;

export const Speaker = z.object({
  /** Canonical name: the fullest form the article uses anywhere. Never a bare pronoun. */
  name: z.string(),
  kind: SpeakerKind,
  /** Title or function, e.g. "President of Ukraine"; null when the article gives none. */
  role: z.string().nullable(),
  /** Organisation or country the speaker belongs to, e.g. "Ukraine"; null when unknown. */
  affiliation: z.string().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Statement = z.object({
  id: z.string(),
  articleId: z.string(),
  location: TextLocation,
  /** Body paragraph index; null when the statement stands in the headline or lede. */
  paragraphIndex: z.number().int().nonnegative().nullable(),
  /**
   * Where the statement stands in the paragraph (or lede) text, UTF-16 code units, end exclusive:
   * the span of `quote`, except for an INDIRECT clause interrupted by its attribution ("X, the
   * minister said, and Y"), whose `quote` has the attribution taken out while the offsets span
   * the whole, attribution included.
   */
  charStart: z.number().int().nonnegative(),
  charEnd: z.number().int().nonnegative(),
  kind: StatementKind,
  /** The exact text between the marks (DIRECT, PARTIAL), or the reported clause (INDIRECT). */
  quote: z.string(),
  /** What was said, as a whole: the quote for DIRECT, the paraphrase with its fragment for PARTIAL. */
  content: z.string(),
  /** The attributing verb or phrase as written: "said", "according to". */
  cue: z.string(),
  speaker: Speaker.nullable(),
  /** The words that attribute it in that sentence: "he", "The president"; null for floating quotes. */
  speakerMention: z.string().nullable(),
  speakerResolution: SpeakerResolution,
  /** "in a statement", "in an interview with South Korean television". */
  channel: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  signatoryListId: z.string().nullable(),
});
export type Statement = z.infer<typeof Statement>;

export const Signatory = z.object({
  /** Canonical: "United Kingdom" for "Britain". */
  name: z.string(),
  /** The words in the text. */
  surface: z.string(),
  kind: SignatoryKind,
  countryCode: CountryCode.nullable(),
  /** The group the text places it in, e.g. "G7"; null when none. */
  group: z.string().nullable(),
  relation: SignatoryRelation,
});
export type Signatory = z.infer<typeof Signatory>;

export const SignatoryList = z.object({
  id: z.string(),
  articleId: z.string(),
  location: TextLocation,
  paragraphIndex: z.number().int().nonnegative().nullable(),
  /** What was signed, as the article names it; null when it names nothing. */
  document: z.string().nullable(),
  cue: z.string(),
  signatories: z.array(Signatory),
  /** Groups named for the list, e.g. ["G7"]. */
  groups: z.array(z.string()),
  /** Ids of the statements the signatories made together. */
  statementIds: z.array(z.string()),
});
export type SignatoryList = z.infer<typeof SignatoryList>;

export const Article = z.object({
  /** Stable: the same content always gives the same id. Derived from contentHash. */
  id: z.string(),
  /** SHA-256 (hex) of the article's normalised text. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  source: Source,
  headline: z.string(),
  lede: z.string().nullable(),
  /** ISO 8601 date (YYYY-MM-DD) or date-time with offset; null when the article gives none. */
  publishedAt: z.string().nullable(),
  /** BCP 47 language tag, e.g. "en". */
  language: z.string(),
  sections: z.array(Section),
  credits: Credits,
  embeds: z.array(Embed),
  /** Boilerplate removed from the text (embed leftovers and the like), kept so nothing is silently lost. */
  boilerplate: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  entities: Entities,
  statements: z.array(Statement),
  signatoryLists: z.array(SignatoryList),
});
export type Article = z.infer<typeof Article>;
