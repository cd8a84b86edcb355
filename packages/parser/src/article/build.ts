/** Assembles the Article record from the layout: ids, counts, entities, statements, lists. */
import type { Article, InputFormat, Paragraph, Statement } from '@wiredesk/domain';
import { extractEntities } from '../entities/extract.js';
import { findSignatoryLists, linkStatements } from '../signatories/index.js';
import { extractPeople, extractStatements } from '../statements/index.js';
import type { WireLayout } from '../wire-text/layout.js';
import { articleId, contentHash } from './hash.js';
import { countWords } from './words.js';

/** Where the text came from; becomes `Article.source`. */
export interface BuildSource {
  readonly uri: string;
  readonly format: InputFormat;
  readonly size: number;
  readonly ingestedAt: string;
}

/** Builds the article from normalised text and its layout. Pure. */
export function buildArticle(text: string, layout: WireLayout, source: BuildSource): Article {
  const hash = contentHash(text);
  const id = articleId(hash);
  const paragraphs: Paragraph[] = [];
  const headings: string[] = [];
  for (const section of layout.sections) {
    paragraphs.push(...section.paragraphs);
    if (section.heading !== null) headings.push(section.heading);
  }
  const texts = [layout.headline, layout.lede ?? '', ...paragraphs.map((p) => p.text)];
  const wordCount = [...texts, ...headings].reduce((n, t) => n + countWords(t), 0);
  const units = [
    ...(layout.lede === null
      ? []
      : [{ location: 'LEDE' as const, paragraphIndex: null, text: layout.lede }]),
    ...paragraphs.map((p) => ({
      location: 'BODY' as const,
      paragraphIndex: p.index,
      text: p.text,
    })),
  ];
  const lists = findSignatoryLists(units).map((draft, n) => ({
    id: `${id}:l${n}`,
    articleId: id,
    ...draft,
    statementIds: [],
  }));
  const statementInput = { headline: layout.headline, lede: layout.lede, paragraphs };
  // Object.assign, not `{ ...draft, id, … }`: on Node 20 adding fields after a spread of a draft
  // cost about 10 µs a statement, ten times the copy.
  const statements: Statement[] = extractStatements(statementInput).map((draft, n) =>
    Object.assign({}, draft, { id: `${id}:s${n}`, articleId: id, signatoryListId: null }),
  );
  const linked = linkStatements(statements, lists);
  return {
    id,
    contentHash: hash,
    source: { ...source },
    headline: layout.headline,
    lede: layout.lede,
    publishedAt: layout.publishedAt,
    language: layout.language ?? 'en',
    sections: layout.sections,
    credits: layout.credits,
    embeds: layout.embeds,
    boilerplate: layout.boilerplate,
    wordCount,
    entities: extractEntities(texts, layout.credits.agencies, extractPeople(statementInput)),
    statements: linked.statements,
    signatoryLists: linked.lists,
  };
}
