/**
 * Distinct article files for the benchmark and the chaos run: the wikinews articles, each copy
 * given a closing paragraph of its own so that every file is new content (a new job, a new article).
 * Articles the parser rejects are left out, so every file here is expected to become one article.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticles } from '@wiredesk/parser';
import { findRepoRoot } from '../src/repo-root.js';

/** One generated file. */
export interface CorpusFile {
  name: string;
  bytes: Buffer;
}

/** The shared corpus folder: `../shared/corpus` beside the repository, or WIREDESK_CORPUS_DIR. */
export function corpusDir(): string {
  return process.env['WIREDESK_CORPUS_DIR'] ?? path.resolve(findRepoRoot(), '../shared/corpus');
}

/** The wikinews articles that parse, as text. */
export async function loadBaseArticles(): Promise<string[]> {
  const dir = path.join(corpusDir(), 'wikinews', 'articles');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  return texts.filter((text) => {
    try {
      parseArticles({ bytes: Buffer.from(text), fileName: 'x.txt', ingestedAt: '2024-01-01' });
      return true;
    } catch {
      return false;
    }
  });
}

/** `count` distinct files, `<tag>-<n>.txt`, cycling through the base articles. */
export function articleVariants(base: readonly string[], count: number, tag: string): CorpusFile[] {
  return Array.from({ length: count }, (_, n) => {
    const text = base[n % base.length] ?? '';
    const note = `\n\nThis copy, ${tag} number ${n}, was made for a load test.\n`;
    return { name: `${tag}-${n}.txt`, bytes: Buffer.from(text.trimEnd() + note) };
  });
}
