/**
 * Wire-text layout: line 1 (date, headline, lede), then blocks separated by blank lines. Each
 * block is a heading, a body paragraph, an embed leftover (boilerplate), or — last — credits.
 */
import type { Credits, Embed, Section } from '@wiredesk/domain';
import { ParseError } from '../errors.js';
import { matchBoilerplate } from './boilerplate.js';
import { parseCredits } from './credits.js';
import { parseFirstLine } from './first-line.js';
import { isHeading } from './headings.js';

/** Everything the layout gives, before statements, lists and entities. */
export interface WireLayout {
  readonly publishedAt: string | null;
  readonly headline: string;
  readonly lede: string | null;
  readonly sections: Section[];
  readonly credits: Credits;
  readonly embeds: Embed[];
  readonly boilerplate: string[];
}

/** Splits body text into blocks: blank-line separated, inner line breaks folded into spaces. */
export function splitBlocks(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
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
  blocks.forEach((block, i) => {
    const embed = matchBoilerplate(block);
    if (embed !== undefined) {
      embeds.push({ kind: embed.kind, title: embed.title });
      boilerplate.push(embed.boilerplate);
      return;
    }
    const lineCredits = i === blocks.length - 1 ? parseCredits(block) : undefined;
    if (lineCredits !== undefined) credits = lineCredits;
    else if (isHeading(block)) builder.heading(block);
    else builder.paragraph(block);
  });
  const sections = builder.finish();
  if (!sections.some((s) => s.paragraphs.length > 0)) {
    throw new ParseError('NO_ARTICLE', `${fileName} has a headline but no body paragraphs`);
  }
  return { publishedAt, headline, lede, sections, credits, embeds, boilerplate };
}
