/** ninjs (or plain article) JSON → one layout per document, with its stable source id. */
import type { Credits } from '@wiredesk/domain';
import { ParseError } from '../errors.js';
import { extractHtml } from '../html/extract.js';
import { normalizeLanguage } from '../html/parse-html.js';
import { creditsFrom } from '../layout/credits.js';
import { toPublishedAt } from '../layout/date-time.js';
import { layoutFromStructured, type TextBlock } from '../layout/from-blocks.js';
import { looksLikeHtml, plainTextBlocks } from '../layout/plain-blocks.js';
import type { WireLayout } from '../wire-text/layout.js';
import { NinjsDocument, NinjsFile } from './schema.js';

/** One article of a JSON file. */
export interface JsonArticle {
  /** ninjs `uri` when present. */
  readonly uri: string | null;
  readonly layout: WireLayout;
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ParseError(
      'MALFORMED',
      `${fileName} is not valid JSON (truncated?): ${String(cause)}`,
      {
        cause,
      },
    );
  }
}

const articleKeys = ['headline', 'headlines', 'body_text', 'body_html', 'bodies', 'body'];

function isArticleShaped(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(isArticleShaped);
  return typeof value === 'object' && value !== null && articleKeys.some((k) => k in value);
}

function validate(value: unknown, fileName: string): NinjsDocument[] {
  if (!isArticleShaped(value)) {
    throw new ParseError(
      'UNSUPPORTED_FORMAT',
      `${fileName} is JSON but not a ninjs or article document (no headline or body field)`,
    );
  }
  const result = NinjsFile.safeParse(value);
  if (result.success) return Array.isArray(result.data) ? result.data : [result.data];
  // The union reports both branches; the object branch names the offending field best.
  const single = NinjsDocument.safeParse(value);
  const issue = (single.success ? result.error : single.error).issues[0];
  const field = issue?.path.join('.') || '(document)';
  throw new ParseError(
    'INVALID_FIELDS',
    `${fileName}: field "${field}": ${issue?.message ?? 'invalid'}`,
    {
      cause: result.error,
    },
  );
}

function bodyBlocks(doc: NinjsDocument): TextBlock[] {
  const bodies = doc.bodies ?? [];
  const html = bodies.find((b) => /html/i.test(b.contenttype ?? ''))?.value ?? doc.body_html;
  const plain = bodies.find((b) => !/html/i.test(b.contenttype ?? ''))?.value ?? doc.body_text;
  if (html !== undefined) return extractHtml(html, { fragment: true }).blocks;
  const body = plain ?? doc.body ?? '';
  return looksLikeHtml(body) ? extractHtml(body, { fragment: true }).blocks : plainTextBlocks(body);
}

function nameOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (Array.isArray(value)) return value.flatMap(nameOf);
  if (typeof value === 'object' && value !== null)
    return nameOf((value as { name?: unknown }).name);
  return [];
}

function credits(doc: NinjsDocument): Credits {
  const byline = doc.by ?? doc.byline;
  // "By Jane Doe and John Roe" → two authors.
  const authors =
    byline === undefined
      ? nameOf(doc.author)
      : byline
          .replace(/^\s*by\s+/i, '')
          .split(/\s*(?:,|\band\b|&)\s*/)
          .filter((n) => n !== '');
  return creditsFrom(authors, nameOf(doc.publisher));
}

function toLayout(doc: NinjsDocument, fileName: string): WireLayout {
  const headline =
    doc.headlines?.find((h) => (h.role ?? 'main') === 'main')?.value ??
    doc.headlines?.[0]?.value ??
    doc.headline ??
    '';
  const date = doc.firstcreated ?? doc.contentcreated ?? doc.datePublished ?? doc.versioncreated;
  const publishedAt = date === undefined ? null : toPublishedAt(date, `${fileName} date ${date}`);
  return layoutFromStructured(
    {
      headline,
      publishedAt,
      language: normalizeLanguage(doc.language),
      credits: credits(doc),
      blocks: bodyBlocks(doc),
    },
    fileName,
  );
}

/**
 * Parses a ninjs or plain article JSON file. Throws MALFORMED (broken JSON), INVALID_FIELDS
 * (well-formed, but a field of the wrong type), UNSUPPORTED_FORMAT, INVALID_DATE or NO_ARTICLE.
 */
export function parseNinjs(text: string, fileName: string): JsonArticle[] {
  const docs = validate(parseJson(text, fileName), fileName);
  return docs.map((doc) => ({ uri: doc.uri ?? null, layout: toLayout(doc, fileName) }));
}
