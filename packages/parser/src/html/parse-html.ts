/** An HTML page → the article layout (metadata first, then the extracted main text). */
import type { Credits } from '@wiredesk/domain';
import { creditsFrom } from '../layout/credits.js';
import { toPublishedAt } from '../layout/date-time.js';
import { layoutFromStructured } from '../layout/from-blocks.js';
import { plainTextBlocks } from '../layout/plain-blocks.js';
import type { WireLayout } from '../wire-text/layout.js';
import { extractHtml } from './extract.js';
import type { HtmlMetadata } from './metadata.js';

/** A BCP 47 tag, lower-cased language and upper-cased region ("en_us" → "en-US"), or null. */
export function normalizeLanguage(value: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?/i.exec(value?.trim() ?? '');
  if (m === null) return null;
  const region = m[2] === undefined ? '' : `-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}`;
  return `${(m[1] ?? '').toLowerCase()}${region}`;
}

// Metadata dates on real pages are often junk: a date that cannot be read is dropped, not fatal.
function lenientDate(value: string | null, what: string): string | null {
  if (value === null) return null;
  try {
    return toPublishedAt(value, what);
  } catch {
    return null;
  }
}

function credits(metadata: HtmlMetadata): Credits {
  return creditsFrom(metadata.authors, metadata.publishers);
}

/** Parses an HTML page; throws ParseError NO_ARTICLE without a headline or body text. */
export function parseHtmlPage(text: string, fileName: string): WireLayout {
  const { metadata, blocks } = extractHtml(text);
  const body =
    blocks.some((b) => b.kind === 'PARAGRAPH') || metadata.articleBody === null
      ? blocks
      : plainTextBlocks(metadata.articleBody);
  return layoutFromStructured(
    {
      headline: metadata.headline ?? '',
      publishedAt: lenientDate(metadata.datePublished, `${fileName} datePublished`),
      language: normalizeLanguage(metadata.language),
      credits: credits(metadata),
      blocks: body,
    },
    fileName,
  );
}
