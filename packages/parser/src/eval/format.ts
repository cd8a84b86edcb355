/** Renders an EvalReport as a plain-text table, and its errors as lines. */
import type { EvalError, EvalReport, Prf } from './types.js';

const pct = (x: number): string => x.toFixed(3);

function row(label: string, p: Prf): string {
  const counts = `${p.truePositives}/${p.predicted}/${p.gold}`;
  return `  ${label.padEnd(18)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${counts.padStart(13)}`;
}

/** The table for one gold set. */
export function formatReport(name: string, r: EvalReport): string {
  const s = r.speakerAccuracy;
  return [
    `${name} (${r.articles} articles)`,
    `  ${''.padEnd(18)} P      R      F1     tp/pred/gold`,
    row('all kinds', r.all),
    row('DIRECT+PARTIAL', r.directPartial),
    row('INDIRECT', r.indirect),
    row('attribution', r.attribution),
    `  ${'speaker accuracy'.padEnd(18)} ${pct(s.accuracy)}  (${s.correct}/${s.matched} matched)`,
    row('signatories', r.signatories),
    `  ${'exact lists'.padEnd(18)} ${pct(r.exactLists.share)}  (${r.exactLists.exact}/${r.exactLists.gold})`,
  ].join('\n');
}

/** One line per error: type, article, kind, speaker and quote. */
export function formatError(e: EvalError): string {
  const expected = e.type === 'WRONG_SPEAKER' ? ` (gold: ${e.expectedSpeaker ?? 'null'})` : '';
  return `${e.type.padEnd(14)} ${e.articleId} ${e.kind.padEnd(8)} [${e.speaker ?? 'null'}${expected}] ${JSON.stringify(e.quote)}`;
}
