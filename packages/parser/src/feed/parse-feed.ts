/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds → one article per item / entry. An item's stable id
 * is its guid / Atom id (else its link); its text is content:encoded or the description (RSS),
 * content or summary (Atom), read with the HTML extractor as a fragment.
 */
import type { Element } from 'domhandler';
import { getElementsByTagName } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { isParseError, ParseError } from '../errors.js';
import { maxNesting } from '../html/depth.js';
import { extractHtml, maxHtmlNesting } from '../html/extract.js';
import { normalizeLanguage } from '../html/parse-html.js';
import { creditsFrom } from '../layout/credits.js';
import { toPublishedAt } from '../layout/date-time.js';
import { layoutFromStructured } from '../layout/from-blocks.js';
import { looksLikeHtml, plainTextBlocks } from '../layout/plain-blocks.js';
import type { WireLayout } from '../wire-text/layout.js';
import { childMarkup, childText, children } from './xml.js';

/** One item of a feed. */
export interface FeedArticle {
  /** guid / id / link; null when the item has none. */
  readonly uri: string | null;
  readonly layout: WireLayout;
}

interface ItemFields {
  readonly id: string | undefined;
  readonly title: string;
  readonly date: string | undefined;
  readonly body: string;
  readonly authors: string[];
}

function plain(text: string): string {
  return looksLikeHtml(text)
    ? extractHtml(text, { fragment: true })
        .blocks.map((b) => b.text)
        .join(' ')
    : text;
}

function rssItem(item: Element): ItemFields {
  const author = childText(item, 'dc:creator') ?? childText(item, 'author');
  return {
    id: childText(item, 'guid') ?? childText(item, 'link') ?? item.attribs['rdf:about'],
    title: childText(item, 'title') ?? '',
    date: childText(item, 'pubdate') ?? childText(item, 'dc:date'),
    body: childMarkup(item, 'content:encoded') ?? childMarkup(item, 'description') ?? '',
    authors: author === undefined ? [] : [author],
  };
}

function atomEntry(entry: Element): ItemFields {
  const links = children(entry, 'link');
  const link = (links.find((l) => (l.attribs.rel ?? 'alternate') === 'alternate') ?? links[0])
    ?.attribs.href;
  return {
    id: childText(entry, 'id') ?? link,
    title: childMarkup(entry, 'title') ?? '',
    date: childText(entry, 'published') ?? childText(entry, 'updated'),
    body: childMarkup(entry, 'content') ?? childMarkup(entry, 'summary') ?? '',
    authors: children(entry, 'author').flatMap((a) => childText(a, 'name') ?? []),
  };
}

function toLayout(fields: ItemFields, language: string | null, what: string): WireLayout {
  const blocks = looksLikeHtml(fields.body)
    ? extractHtml(fields.body, { fragment: true }).blocks
    : plainTextBlocks(fields.body);
  return layoutFromStructured(
    {
      headline: plain(fields.title),
      publishedAt: fields.date === undefined ? null : toPublishedAt(fields.date, `${what} date`),
      language,
      credits: creditsFrom(fields.authors),
      blocks,
    },
    what,
  );
}

/**
 * Parses a feed. Items without a headline or text, or with an impossible date, are skipped;
 * when no item is left the first such error is thrown. A feed cut short is MALFORMED.
 */
export function parseFeed(text: string, fileName: string, kind: 'RSS' | 'ATOM'): FeedArticle[] {
  const root = kind === 'RSS' ? /<\/(?:rss|rdf:rdf)\s*>\s*$/i : /<\/feed\s*>\s*$/i;
  if (!root.test(text))
    throw new ParseError(
      'MALFORMED',
      `${fileName} is a ${kind} feed that does not end with its closing tag (truncated?)`,
    );
  const depth = maxNesting(text);
  if (depth > maxHtmlNesting)
    throw new ParseError(
      'MALFORMED',
      `${fileName} is nested ${depth} elements deep (limit ${maxHtmlNesting})`,
    );
  const doc = parseDocument(text, { xmlMode: true, decodeEntities: true });
  const items =
    kind === 'RSS'
      ? getElementsByTagName((n) => n.toLowerCase() === 'item', doc)
      : getElementsByTagName((n) => n.toLowerCase() === 'entry', doc);
  if (items.length === 0)
    throw new ParseError('NO_ARTICLE', `${fileName} is a ${kind} feed without items`);
  const top = getElementsByTagName((n) => /^(?:channel|feed)$/i.test(n), doc, true, 1)[0];
  const language = normalizeLanguage(
    top === undefined ? null : (childText(top, 'language') ?? top.attribs['xml:lang'] ?? null),
  );
  const articles: FeedArticle[] = [];
  let firstError: ParseError | undefined;
  items.forEach((item, n) => {
    const fields = kind === 'RSS' ? rssItem(item) : atomEntry(item);
    try {
      articles.push({
        uri: fields.id ?? null,
        layout: toLayout(fields, language, `${fileName} item ${n + 1}`),
      });
    } catch (error) {
      if (!isParseError(error)) throw error;
      firstError ??= error;
    }
  });
  if (articles.length === 0 && firstError !== undefined) throw firstError;
  return articles;
}
