/**
 * 10,000 stored articles for the HTTP benchmark: the wikinews corpus parsed once, then cloned
 * with new ids, hashes, sources and dates (parsing costs ~10 ms an article; cloning is free).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '@wiredesk/domain';
import { parseArticles } from '@wiredesk/parser';
import type { Store } from '@wiredesk/store';

export function corpusDir(): string {
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  return process.env['WIREDESK_CORPUS_DIR'] ?? path.resolve(repoRoot, '../shared/corpus');
}

async function parseWikinews(): Promise<Article[]> {
  const dir = path.join(corpusDir(), 'wikinews', 'articles');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  const articles: Article[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(dir, name));
    try {
      articles.push(
        ...parseArticles({ bytes, fileName: name, ingestedAt: '2026-01-01T00:00:00.000Z' }),
      );
    } catch {
      // A file the parser refuses is simply not part of the sample.
    }
  }
  return articles;
}

/** Variant `n` of an article: every reference to its id replaced, a date spread over 3 years. */
function variant(article: Article, n: number): Article {
  const contentHash = createHash('sha256').update(`${article.contentHash}:${n}`).digest('hex');
  const id = `art_${contentHash.slice(0, 20)}`;
  const json = JSON.stringify(article).replaceAll(article.id, id);
  const clone = JSON.parse(json) as Article;
  const day = new Date(Date.UTC(2023, 0, 1) + (n % 1096) * 86_400_000).toISOString().slice(0, 10);
  return {
    ...clone,
    contentHash,
    publishedAt: day,
    source: { ...clone.source, uri: `bench:${n}` },
  };
}

/** Stores `count` articles unless the store already holds that many, then refreshes statistics. */
export async function seed(
  store: Store,
  count: number,
  log: (line: string) => void,
): Promise<void> {
  const stored = await store.listArticles({}, { first: 1 });
  if ((await stored.totalCount?.()) === count) return store.analyze();
  const parsed = await parseWikinews();
  log(`parsed ${parsed.length} wikinews articles; saving ${count} variants`);
  const batch: Article[] = [];
  for (let n = 0; n < count; n += 1) {
    batch.push(variant(parsed[n % parsed.length] as Article, n));
    if (batch.length === 250 || n === count - 1) {
      await store.saveArticles(batch.splice(0));
    }
  }
  await store.analyze();
}
