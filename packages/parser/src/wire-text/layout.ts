/**
 * Wire-text layout: line 1 (date, headline, lede), then blocks separated by blank lines. Each
 * block is a heading, a body paragraph, an embed leftover (boilerplate), or — last — credits.
 */
import type { Credits, Embed, Section } from '@wiredesk/domain';
import { ParseError } from '../errors.js';
import { matchBoilerplate } from './boilerplate.js';
import { parseCredits } from './credits.js';
import { parseFirstLine } from './first-line.js';
import { isHeading, isImageFile } from './headings.js';

/** Everything the layout gives, before statements, lists and entities. */
export interface WireLayout {
  readonly publishedAt: string | null;
  readonly headline: string;
  readonly lede: string | null;
  readonly sections: Section[];
  readonly credits: Credits;
  readonly embeds: Embed[];
  readonly boilerplate: string[];
  /** BCP 47 tag when the source declares one (HTML lang, ninjs language); else English. */
  readonly language?: string | undefined;
}

/** Splits body text into blocks: blank-line separated, inner line breaks folded into spaces. */
export function splitBlocks(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((b) => (b.includes('\n') ? b.replace(/\s*\n\s*/g, ' ') : b).trim())
    .filter((b) => b !== '');
}

class SectionBuilder {
  readonly sections: Section[] = [];
  private current: Section = { heading: null, paragraphs: [] };
  private nextIndex = 0;

  heading(text: string): void {
    this.flush();
    this.current = { heading: text, paragraphs: [] };
  }

  paragraph(text: string): void {
    this.current.paragraphs.push({ index: this.nextIndex++, text });
  }

  finish(): Section[] {
    this.flush();
    return this.sections;
  }

  private flush(): void {
    if (this.current.heading !== null || this.current.paragraphs.length > 0) {
      this.sections.push(this.current);
    }
  }
}

type BlockKind = 'EMBED' | 'IMAGE' | 'CREDITS' | 'HEADING' | 'PARAGRAPH';

function classify(block: string, last: boolean): BlockKind {
  if (matchBoilerplate(block) !== undefined) return 'EMBED';
  if (isImageFile(block)) return 'IMAGE';
  if (last && parseCredits(block) !== undefined) return 'CREDITS';
  return isHeading(block) ? 'HEADING' : 'PARAGRAPH';
}

// True when the next block that is not an embed leftover is a paragraph.
function headsParagraphs(kinds: readonly BlockKind[], at: number): boolean {
  for (let i = at + 1; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind !== 'EMBED' && kind !== 'IMAGE') return kind === 'PARAGRAPH';
  }
  return false;
}

/**
 * Parses normalised wire text. `firstLineIsTitle` is false for prose without a date line, whose
 * first block is taken as the title. Throws ParseError INVALID_DATE or NO_ARTICLE.
 */
export function parseWireText(text: string, fileName: string): WireLayout {
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  const { publishedAt, headline, lede } = parseFirstLine(firstLine.trim(), fileName);
  if (headline === '') throw new ParseError('NO_ARTICLE', `${fileName} has no headline on line 1`);
  const blocks = splitBlocks(newline === -1 ? '' : text.slice(newline + 1));

  const builder = new SectionBuilder();
  const embeds: Embed[] = [];
  const boilerplate: string[] = [];
  let credits: Credits = { authors: [], agencies: [] };
  const kinds = blocks.map((block, i) => classify(block, i === blocks.length - 1));
  blocks.forEach((block, i) => {
    const kind = kinds[i];
    if (kind === 'EMBED') {
      const embed = matchBoilerplate(block);
      embeds.push({ kind: embed?.kind ?? 'VIDEO', title: embed?.title ?? null });
      boilerplate.push(embed?.boilerplate ?? block);
    } else if (kind === 'IMAGE' || (kind === 'HEADING' && !headsParagraphs(kinds, i))) {
      // A "heading" with no paragraph under it is a gallery caption left from an image.
      embeds.push({ kind: 'IMAGE', title: block });
    } else if (kind === 'CREDITS') {
      credits = parseCredits(block) ?? credits;
    } else if (kind === 'HEADING') {
      builder.heading(block);
    } else {
      builder.paragraph(block);
    }
  });
  const sections = builder.finish();
  if (!sections.some((s) => s.paragraphs.length > 0)) {
    throw new ParseError('NO_ARTICLE', `${fileName} has a headline but no body paragraphs`);
  }
  return { publishedAt, headline, lede, sections, credits, embeds, boilerplate };
}
