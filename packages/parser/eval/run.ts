/**
 * `npm run eval`: scores the parser against the gold sets (seed, wikinews) with the rules of
 * ANNOTATION.md and prints one table per set. `--show-errors N` lists up to N misses, false
 * positives and wrong speakers; `--set NAME` scores one set only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  EvalInputError,
  formatError,
  formatReport,
  parseGoldLines,
  scoreGoldSet,
  type GoldArticle,
} from '../src/eval/index.js';
import { parseGold, predictArticle, type StatementSource } from './predict.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = process.env.WIREDESK_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus');

function readSet(dir: string): GoldArticle[] {
  const full = path.join(corpusDir, dir);
  let files: string[];
  try {
    files = readdirSync(full).filter((f) => f.endsWith('.jsonl'));
  } catch (cause) {
    throw new EvalInputError(`no gold folder at ${full}`, 'CORPUS_MISSING', { cause });
  }
  return files.sort().flatMap((f) => parseGoldLines(readFileSync(path.join(full, f), 'utf8')));
}

const { values } = parseArgs({
  options: { 'show-errors': { type: 'string', default: '0' }, set: { type: 'string' } },
});
const showErrors = Number(values['show-errors']);
const sets = [
  { name: 'seed', dir: 'seed' },
  { name: 'wikinews', dir: 'wikinews/gold' },
].filter((s) => values.set === undefined || s.name === values.set);

for (const set of sets) {
  const gold = readSet(set.dir);
  // Until parseArticles fills statements, score extractStatements over its layout instead.
  const wired = gold.some((g) => (parseGold(g)?.statements.length ?? 0) > 0);
  const source: StatementSource = wired ? 'PIPELINE' : 'LAYOUT';
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const predicted = gold.map((g) => predictArticle(g, source));
  const ms = performance.now() - started;
  // CPU time is steadier than wall time on a shared machine.
  const cpuMs = process.cpuUsage(cpuStart).user / 1000;
  const report = scoreGoldSet(predicted, gold);
  console.log(formatReport(set.name, report));
  console.log(
    `  ${'statements from'.padEnd(18)} ${wired ? 'parseArticles' : 'extractStatements over the parseArticles layout'}`,
  );
  console.log(
    `  ${'time'.padEnd(18)} ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (${((gold.length / cpuMs) * 1000).toFixed(0)} articles/s of CPU, parse + statements + lists)\n`,
  );
  if (showErrors > 0) {
    for (const e of report.errors.slice(0, showErrors)) console.log(formatError(e));
    console.log('');
  }
}
