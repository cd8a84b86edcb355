/**
 * Runs the real pipeline on one gold article: the gold `text` goes through parseArticles as
 * bytes. While parseArticles does not yet fill `statements`, the statements are taken from
 * extractStatements over parseArticles' own layout (lede and paragraphs), and the report says so.
 */
import type { Article } from '@wiredesk/domain';
import type { EvalArticle, GoldArticle } from '../src/eval/index.js';
import { parseArticles } from '../src/index.js';
import { extractStatements } from '../src/statements/index.js';

/** How the statements of a prediction were obtained. */
export type StatementSource = 'PIPELINE' | 'LAYOUT';

/** Parses one gold article's text as the wire-text file it came from. */
export function parseGold(gold: GoldArticle): Article | null {
  const bytes = new TextEncoder().encode(gold.text);
  try {
    return (
      parseArticles({ bytes, fileName: gold.id, ingestedAt: '1970-01-01T00:00:00.000Z' })[0] ?? null
    );
  } catch {
    return null;
  }
}

function layoutStatements(article: Article): Article['statements'] {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  return extractStatements({ headline: article.headline, lede: article.lede, paragraphs }).map(
    (d, i) => ({
      ...d,
      id: `${article.id}-s${i}`,
      articleId: article.id,
      signatoryListId: null,
    }),
  );
}

/** Predicted statements and lists for one gold article. */
export function predictArticle(gold: GoldArticle, source: StatementSource): EvalArticle {
  const article = parseGold(gold);
  if (article === null) return { id: gold.id, quotes: [], signatoryLists: [] };
  const statements = source === 'PIPELINE' ? article.statements : layoutStatements(article);
  return {
    id: gold.id,
    quotes: statements.map((s) => ({
      quote: s.quote,
      kind: s.kind,
      speaker: s.speaker?.name ?? null,
    })),
    signatoryLists: article.signatoryLists.map((l) => ({
      document: l.document,
      signatories: l.signatories.map((s) => ({ name: s.name, countryCode: s.countryCode })),
    })),
  };
}
