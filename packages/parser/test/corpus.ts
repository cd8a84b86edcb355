/** Finds the shared corpus beside the repository (or at WIREDESK_CORPUS_DIR) for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '@wiredesk/domain';
import { parseArticles } from '../src/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The corpus folder. */
export const corpusDir =
  process.env.WIREDESK_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus');

/** A corpus file's bytes. */
export function corpusBytes(relative: string): Uint8Array {
  return readFileSync(path.join(corpusDir, relative));
}

/** A corpus file's text. */
export function corpusText(relative: string): string {
  return readFileSync(path.join(corpusDir, relative), 'utf8');
}

/** The files of a corpus folder. */
export function corpusFiles(relative: string): string[] {
  return readdirSync(path.join(corpusDir, relative)).sort();
}

/** Parses a corpus file and returns its one article. */
export function parseCorpusFile(relative: string): Article {
  const [article] = parseArticles({
    bytes: corpusBytes(relative),
    fileName: path.basename(relative),
    ingestedAt: '2024-11-06T12:00:00.000Z',
  });
  if (article === undefined) throw new Error(`${relative} gave no article`);
  return article;
}

/** One line of a wikinews gold file (the fields the tests read). */
export interface GoldLine {
  id: string;
  text: string;
  signatoryLists: { signatories: { name: string; countryCode: string | null }[] }[];
}

/** Every line of the wikinews gold files. */
export function wikinewsGold(): GoldLine[] {
  return corpusFiles('wikinews/gold')
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      corpusText(`wikinews/gold/${f}`)
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as GoldLine),
    );
}
