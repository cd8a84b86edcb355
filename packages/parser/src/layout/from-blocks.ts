/**
 * The layout of structured formats (HTML, ninjs, feeds): their text arrives as ordered blocks
 * (headings and paragraphs) with metadata beside it, so no wire-text guessing is needed.
 */
import type { Credits, Section } from '@wiredesk/domain';
import { ParseError } from '../errors.js';
import type { WireLayout } from '../wire-text/layout.js';

/** One block of article text in reading order. */
export interface TextBlock {
  readonly kind: 'HEADING' | 'PARAGRAPH';
  readonly text: string;
}

/** Metadata and blocks of one structured article. */
export interface StructuredArticle {
  readonly headline: string;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly credits: Credits;
  readonly blocks: readonly TextBlock[];
}

/** Blocks → sections: a heading opens a section; a heading with no paragraph under it is dropped. */
export function sectionsFromBlocks(blocks: readonly TextBlock[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  let index = 0;
  for (const block of blocks) {
    // JSON escapes and HTML character references can spell decomposed characters: NFC again.
    const text = block.text.normalize('NFC');
    if (block.kind === 'HEADING') {
      if (current.paragraphs.length > 0) sections.push(current);
      current = { heading: text, paragraphs: [] };
    } else {
      current.paragraphs.push({ index: index++, text });
    }
  }
  if (current.paragraphs.length > 0) sections.push(current);
  return sections;
}

/** Builds the layout; throws NO_ARTICLE without a headline or body paragraphs. */
export function layoutFromStructured(article: StructuredArticle, fileName: string): WireLayout {
  const headline = article.headline.replace(/\s+/g, ' ').trim().normalize('NFC');
  if (headline === '') throw new ParseError('NO_ARTICLE', `${fileName} has no headline`);
  const sections = sectionsFromBlocks(article.blocks);
  if (sections.length === 0)
    throw new ParseError('NO_ARTICLE', `${fileName} has a headline but no body paragraphs`);
  return {
    publishedAt: article.publishedAt,
    headline,
    lede: null,
    sections,
    credits: article.credits,
    embeds: [],
    boilerplate: [],
    language: article.language ?? undefined,
  };
}

/**
 * The article's text in wire-text form (date line, blank-line separated blocks): what the content
 * hash of a structured article is taken over, so markup changes alone do not change its id.
 */
export function canonicalText(layout: WireLayout): string {
  const blocks = layout.sections.flatMap((s) => [
    ...(s.heading === null ? [] : [s.heading]),
    ...s.paragraphs.map((p) => p.text),
  ]);
  const date = layout.publishedAt === null ? '' : ` date ${layout.publishedAt.slice(0, 10)} `;
  return [`${date}${layout.headline}`, ...blocks].join('\n\n');
}
