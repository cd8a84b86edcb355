/**
 * `npm run eval` (second part): article-body extraction on the HTML dev pages
 * (corpus/html-benchmark), scored with the benchmark's shingle metric and printed beside the
 * published figures; then pages per second, extraction alone and the whole parseArticles.
 * `--pages` prints the per-page scores.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticles } from '../src/index.js';
import { extractHtml } from '../src/html/extract.js';
import { matchShingles, pagePrecision, pageRecall, scoreBodies } from '../src/html/shingles.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = process.env.WIREDESK_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus');
const benchDir = path.join(corpusDir, 'html-benchmark');
const { values } = parseArgs({ options: { pages: { type: 'boolean', default: false } } });

const truth = JSON.parse(readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
const files = readdirSync(path.join(benchDir, 'pages'))
  .filter((f) => f.endsWith('.html'))
  .sort();
const pages = files.map((f) => ({
  id: f.replace(/\.html$/, ''),
  bytes: readFileSync(path.join(benchDir, 'pages', f)),
}));
const decoder = new TextDecoder();
// The body as the records hold it: section headings and paragraphs of parseArticles' article.
function recordBody(bytes: Uint8Array, id: string): string {
  const [article] = parseArticles({
    bytes,
    fileName: `${id}.html`,
    ingestedAt: '2026-01-01T00:00:00Z',
  });
  return (article?.sections ?? [])
    .flatMap((s) => [
      ...(s.heading === null ? [] : [s.heading]),
      ...s.paragraphs.map((p) => p.text),
    ])
    .join('\n\n');
}
const pairs = pages.map((page) => ({
  id: page.id,
  truth: truth[page.id]?.articleBody ?? '',
  predicted: recordBody(page.bytes, page.id),
}));
if (values.pages) {
  for (const p of pairs) {
    const m = matchShingles(p.truth, p.predicted);
    const [pr, rc] = [pagePrecision(m), pageRecall(m)];
    const f1 = pr + rc === 0 ? 0 : (2 * pr * rc) / (pr + rc);
    console.log(
      `${p.id.slice(0, 12)}  P ${pr.toFixed(3)}  R ${rc.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    );
  }
}
const s = scoreBodies(pairs);
console.log(
  `\nHTML article body of the records, ${s.pages} dev pages (corpus/html-benchmark, 4-token shingles; published figures are on all 181 pages)`,
);
console.log(
  `  wiredesk                  F1 ${s.f1.toFixed(3)}  (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)}, exact ${s.accuracy.toFixed(3)})`,
);
const published: [string, number][] = [
  ['commercial ML service', 0.97],
  ['trafilatura', 0.958],
  ['newspaper', 0.949],
  ['Mozilla Readability', 0.947],
  ['readability-lxml', 0.922],
  ['boilerpipe', 0.86],
];
for (const [name, f1] of published)
  console.log(`  ${name.padEnd(25)} F1 ${f1.toFixed(3)}  (published, 181 pages)`);

// CPU time (the machine is shared), median of five passes over the pages after the scoring pass
// above has warmed the code up.
function pagesPerSecond(run: (bytes: Uint8Array) => void): number {
  const rates: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = process.cpuUsage();
    for (const page of pages) run(page.bytes);
    const used = process.cpuUsage(start);
    rates.push(pages.length / ((used.user + used.system) / 1e6));
  }
  return rates.sort((a, b) => a - b)[2] ?? 0;
}
const extraction = pagesPerSecond((bytes) => extractHtml(decoder.decode(bytes)));
const full = pagesPerSecond((bytes) =>
  parseArticles({ bytes, fileName: 'page.html', ingestedAt: '2026-01-01T00:00:00Z' }),
);
console.log(
  `\nspeed (CPU time, one core): extraction ${extraction.toFixed(0)} pages/s; parseArticles incl. statements ${full.toFixed(0)} pages/s`,
);
