import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Article } from '@wiredesk/domain';
import { corpusDir } from '../../test/corpus.js';
import { parseArticles } from '../index.js';
import { blocksToText, extractHtml } from './extract.js';
import { matchShingles, pageRecall } from './shingles.js';

const dir = path.join(corpusDir, 'html-benchmark');
const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string }
>;
const pages = readdirSync(path.join(dir, 'pages')).filter((f) => f.endsWith('.html'));

describe('HTML benchmark dev pages', () => {
  it.each(pages)('%s becomes one valid article', (file) => {
    const bytes = readFileSync(path.join(dir, 'pages', file));
    const articles = parseArticles({ bytes, fileName: file, ingestedAt: '2024-01-01T00:00:00Z' });
    expect(articles).toHaveLength(1);
    expect(Article.safeParse(articles[0]).success).toBe(true);
  });

  // F1 per page is printed by `npm run eval`; this guards against losing a page's body entirely.
  it.each(pages)('%s keeps at least half of its true body', (file) => {
    const html = readFileSync(path.join(dir, 'pages', file), 'utf8');
    const predicted = blocksToText(extractHtml(html).blocks);
    const id = file.replace(/\.html$/, '');
    expect(pageRecall(matchShingles(truth[id]?.articleBody ?? '', predicted))).toBeGreaterThan(0.5);
  });
});
