/**
 * The JSON shapes accepted as articles, checked with zod so that a wrong field type is reported
 * by name: IPTC ninjs 1.x (headline, body_text/body_html, byline, subject), ninjs 2.x (headlines[],
 * bodies[], by, subjects[]) and a plain `{headline, body, datePublished, author}` object.
 * Unknown fields are allowed: agencies add their own.
 */
import { z } from 'zod';

const text = z.string();
const named = z.union([z.string(), z.looseObject({ name: z.string().optional() })]);
const valueItem = z.looseObject({
  value: z.string(),
  role: z.string().optional(),
  contenttype: z.string().optional(),
});

/** ninjs 1.x and 2.x fields we read (a document may mix them; 2.x wins where both are set). */
export const NinjsDocument = z.looseObject({
  uri: text.optional(),
  type: text.optional(),
  language: text.optional(),
  versioncreated: text.optional(),
  firstcreated: text.optional(),
  contentcreated: text.optional(),
  headline: text.optional(),
  body_text: text.optional(),
  body_html: text.optional(),
  byline: text.optional(),
  located: z.union([text, z.looseObject({ name: text.optional() })]).optional(),
  subject: z.array(named).optional(),
  headlines: z.array(valueItem).optional(),
  bodies: z.array(valueItem).optional(),
  by: text.optional(),
  subjects: z.array(named).optional(),
  // The plain shape.
  body: text.optional(),
  datePublished: text.optional(),
  author: z.union([text, named, z.array(named)]).optional(),
  publisher: named.optional(),
});
export type NinjsDocument = z.infer<typeof NinjsDocument>;

/** A file holds one document or a list of them. */
export const NinjsFile = z.union([NinjsDocument, z.array(NinjsDocument)]);
