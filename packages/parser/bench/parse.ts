/**
 * `npm run bench:parser` (issue 3): parses every wikinews article in one process, warm-up rounds
 * (default 10) and then N measured rounds (default 5), and prints throughput, the slowest article
 * and peak memory. Speed is measured here, never in tests.
 *
 * The warm-up is long because V8 keeps compiling the parser's functions and regular expressions
 * for about ten passes (~3,000 articles): the second pass runs at ~60% of the steady rate. A worker
 * parses thousands of articles a minute, so the steady rate is what a core delivers; the first
 * warm-up pass is printed too, as the cold-start rate.
 *
 * It parses the built package (dist/), which is what a worker runs. tsx, which runs this script,
 * compiles TypeScript on the fly with esbuild's keepNames (a naming call for every named function
 * and closure); parsing src/ through it ran 13–15% slower than dist/, side by side.
 *
 * Throughput is measured on CPU time (user + system of this process), which is what "one core"
 * means and stays meaningful on a shared machine; wall time is printed beside it. The slowest
 * article is the largest per-article median over the rounds, so one preemption does not count.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Parser from '../src/index.js';
import { median, roundSummary, type Round } from './stats.js';

// `npm run bench` builds dist/ first. A computed specifier, so that typechecking needs no build.
const builtEntry = new URL('../dist/index.js', import.meta.url).href;
const { parseArticles } = (await import(builtEntry)) as typeof Parser;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = process.env.WIREDESK_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus');
const articlesDir = path.join(corpusDir, 'wikinews/articles');
const files = readdirSync(articlesDir)
  .sort()
  .map((f) => ({ name: f, bytes: readFileSync(path.join(articlesDir, f)) }));
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
const rounds = Math.max(1, Number(process.argv[2] ?? 5) || 5);
const warmupRounds = Math.max(1, Number(process.argv[3] ?? 10) || 10);
const perArticle: number[][] = files.map(() => []);

function pass(record: boolean): Round {
  let statements = 0;
  let peakRss = process.memoryUsage.rss();
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  files.forEach((f, i) => {
    const start = performance.now();
    const articles = parseArticles({
      bytes: f.bytes,
      fileName: f.name,
      ingestedAt: '1970-01-01T00:00:00.000Z',
    });
    if (record) perArticle[i]?.push(performance.now() - start);
    for (const a of articles) statements += a.statements.length;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  });
  const cpu = process.cpuUsage(cpuStart);
  return {
    wallMs: performance.now() - wallStart,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakMb: peakRss / 1024 / 1024,
    statements,
  };
}

const warmup: Round[] = [];
for (let i = 0; i < warmupRounds; i++) warmup.push(pass(false)); // module-level maps and the JIT
const measured: Round[] = [];
for (let i = 0; i < rounds; i++) measured.push(pass(true));

const summary = roundSummary(measured, files.length, totalBytes);
const slowest = perArticle
  .map((times, i) => ({
    name: files[i]?.name ?? '',
    ms: median(times),
    lo: Math.min(...times),
    hi: Math.max(...times),
  }))
  .reduce((a, b) => (b.ms > a.ms ? b : a));

const mb = totalBytes / 1024 / 1024;
console.log(
  `parser bench: ${files.length} wikinews articles, ${mb.toFixed(2)} MB, ${rounds} rounds after ${warmupRounds} warm-up rounds, one process`,
);
const perSecond = (r: Round | undefined, ms: 'cpuMs' | 'wallMs') =>
  r ? ((files.length / r[ms]) * 1000).toFixed(0) : '–';
console.log(
  `  warm-up rounds    ${warmup.map((r) => perSecond(r, 'cpuMs')).join(' ')} articles/s (CPU; the first is the cold start)`,
);
console.log(`  articles/s (CPU)  ${summary.articlesPerS.line}`);
console.log(`  articles/s (wall) ${summary.articlesPerSWall.line}`);
console.log(`  MB/s (CPU)        ${summary.mbPerS.line}`);
console.log(`  per article (CPU) ${(1000 / summary.articlesPerS.median).toFixed(2)} ms mean`);
console.log(
  `  slowest article   ${slowest.ms.toFixed(1)} ms median (range ${slowest.lo.toFixed(1)}–${slowest.hi.toFixed(1)}; ${slowest.name})`,
);
console.log(`  peak RSS          ${summary.peakMb.line}`);
console.log(`  statements/pass   ${measured[0]?.statements ?? 0}`);
console.log(
  `RESULT articles_per_s=${summary.articlesPerS.median.toFixed(0)} max_ms=${slowest.ms.toFixed(1)} peak_mb=${summary.peakMb.median.toFixed(0)}`,
);
