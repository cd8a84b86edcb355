/**
 * Reads gold JSON Lines (ANNOTATION.md's file format) into scorer shapes. Validated by hand:
 * the parser package does not depend on zod, and only the scored fields matter here.
 */
import { isStatementKind } from './kinds.js';
import type { EvalArticle, EvalQuote, EvalSignatoryList } from './types.js';
import { EvalInputError } from './errors.js';

/** A gold article plus its text, which the runner feeds to the parser. */
export interface GoldArticle extends EvalArticle {
  text: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function toQuote(v: unknown, line: number): EvalQuote {
  if (!isObject(v) || typeof v.quote !== 'string' || !isStatementKind(v.kind)) {
    throw new EvalInputError(`gold line ${line}: a quote lacks "quote" or a valid "kind"`);
  }
  return { quote: v.quote, kind: v.kind, speaker: str(v.speaker) };
}

function toList(v: unknown): EvalSignatoryList {
  const list = isObject(v) ? v : {};
  const signatories = Array.isArray(list.signatories) ? list.signatories : [];
  return {
    document: str(list.document),
    signatories: signatories
      .filter(isObject)
      .map((s) => ({ name: str(s.name) ?? '', countryCode: str(s.countryCode) })),
  };
}

/** Parses the lines of a gold .jsonl file; blank lines are skipped. */
export function parseGoldLines(content: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const v: unknown = JSON.parse(line);
    if (!isObject(v) || typeof v.id !== 'string' || typeof v.text !== 'string') {
      throw new EvalInputError(`gold line ${i + 1}: "id" and "text" must be strings`);
    }
    const quotes = Array.isArray(v.quotes) ? v.quotes : [];
    const lists = Array.isArray(v.signatoryLists) ? v.signatoryLists : [];
    articles.push({
      id: v.id,
      text: v.text,
      quotes: quotes.map((q) => toQuote(q, i + 1)),
      signatoryLists: lists.map(toList),
    });
  });
  return articles;
}
