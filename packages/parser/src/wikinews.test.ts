import { describe, expect, it } from 'vitest';
import { Article } from '@wiredesk/domain';
import { corpusFiles, corpusText, parseCorpusFile } from '../test/corpus.js';

interface IndexRow {
  file: string;
  title: string;
  paragraphs: number;
}

const index: IndexRow[] = corpusText('wikinews/index.tsv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file = '', , title = '', , paragraphs = '0']) => ({
    file,
    title,
    paragraphs: Number(paragraphs),
  }));

function headingCount(article: Article): number {
  return article.sections.filter((s) => s.heading !== null).length;
}

describe('wikinews articles', () => {
  it.each([
    '0000_db50f5011c07f7df.txt',
    '0088_f9adfd19f103509b.txt',
    '0176_454914e966076d9c.txt',
    '0224_fbd1578326d9b451.txt',
  ])('%s has the index paragraph count minus its headings, and the index title', (file) => {
    const row = index.find((r) => r.file === file);
    const article = parseCorpusFile(`wikinews/articles/${file}`);
    const paragraphs = article.sections.flatMap((s) => s.paragraphs).length;
    expect(paragraphs).toBe((row?.paragraphs ?? -1) - headingCount(article));
    expect(article.headline).toBe(row?.title);
    expect(article.lede).toBeNull();
  });

  // Parsing 294 articles takes seconds on a loaded machine; the timeout only guards against hangs.
  it('parses all 294 into valid records, losing no block', { timeout: 120_000 }, () => {
    const files = corpusFiles('wikinews/articles');
    expect(files).toHaveLength(294);
    const lost = files.filter((file) => {
      const article = parseCorpusFile(`wikinews/articles/${file}`);
      const blocks = article.sections.flatMap((s) => s.paragraphs).length + headingCount(article);
      const extra = article.embeds.length + (article.credits.agencies.length > 0 ? 1 : 0);
      const row = index.find((r) => r.file === file);
      return !Article.safeParse(article).success || blocks + extra !== row?.paragraphs;
    });
    expect(lost).toEqual([]);
  });
});
