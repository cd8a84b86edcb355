/**
 * `npm run bench`: parses every wikinews article (and the seed) several times and prints
 * throughput. Speed is measured here, never in tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticles } from '../src/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = process.env.WIREDESK_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus');
const articlesDir = path.join(corpusDir, 'wikinews/articles');
const files = readdirSync(articlesDir)
  .sort()
  .map((f) => ({ name: f, bytes: readFileSync(path.join(articlesDir, f)) }));
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
const rounds = Number(process.argv[2] ?? 5);

function pass(): number {
  let statements = 0;
  for (const f of files) {
    for (const a of parseArticles({
      bytes: f.bytes,
      fileName: f.name,
      ingestedAt: '1970-01-01T00:00:00.000Z',
    })) {
      statements += a.statements.length;
    }
  }
  return statements;
}

pass(); // warm-up: module-level maps and the JIT
const times: number[] = [];
const cpuTimes: number[] = [];
let statements = 0;
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  statements = pass();
  const used = process.cpuUsage(cpu);
  times.push(performance.now() - start);
  cpuTimes.push((used.user + used.system) / 1000);
}
cpuTimes.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(
  `parser bench: ${files.length} wikinews articles, ${(totalBytes / 1024 / 1024).toFixed(2)} MiB, ${rounds} rounds`,
);
console.log(
  `  median pass      ${median.toFixed(1)} ms wall, ${(cpuTimes[Math.floor(rounds / 2)] ?? 0).toFixed(1)} ms CPU`,
);
console.log(`  articles/s       ${((files.length / median) * 1000).toFixed(0)}`);
console.log(`  MiB/s            ${((totalBytes / 1024 / 1024 / median) * 1000).toFixed(2)}`);
console.log(`  per article      ${(median / files.length).toFixed(2)} ms`);
console.log(`  statements/pass  ${statements}`);
