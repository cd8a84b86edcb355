/**
 * The evaluation as ANNOTATION.md defines it: quote P/R/F1 for all kinds, DIRECT+PARTIAL and
 * INDIRECT (each matched one to one per article on its own subset), speaker accuracy and
 * attribution F1 on the all-kinds matching, and signatory scores. Pure: callers do the I/O.
 */
import type { StatementKind } from '@wiredesk/domain';
import { matchOneToOne } from './match.js';
import { normalizeTokens } from './normalize.js';
import { addCounts, prf } from './prf.js';
import { scoreSignatories } from './signatories.js';
import { speakersMatch } from './speaker.js';
import type { EvalArticle, EvalError, EvalQuote, EvalReport } from './types.js';

type Counts = { tp: number; pred: number; gold: number };
const ZERO: Counts = { tp: 0, pred: 0, gold: 0 };
const DIRECT_PARTIAL: readonly StatementKind[] = ['DIRECT', 'PARTIAL'];
const INDIRECT: readonly StatementKind[] = ['INDIRECT'];

function countSubset(
  predicted: readonly EvalQuote[],
  gold: readonly EvalQuote[],
  kinds: readonly StatementKind[],
): Counts {
  const p = predicted.filter((q) => kinds.includes(q.kind));
  const g = gold.filter((q) => kinds.includes(q.kind));
  const pairs = matchOneToOne(
    p.map((q) => normalizeTokens(q.quote)),
    g.map((q) => normalizeTokens(q.quote)),
  );
  return { tp: pairs.length, pred: p.length, gold: g.length };
}

interface ArticleScore {
  all: Counts;
  directPartial: Counts;
  indirect: Counts;
  matched: number;
  speakerCorrect: number;
  errors: EvalError[];
}

/** Scores one article's predicted quotes against its gold quotes. */
export function scoreArticleQuotes(
  articleId: string,
  predicted: readonly EvalQuote[],
  gold: readonly EvalQuote[],
): ArticleScore {
  const pairs = matchOneToOne(
    predicted.map((q) => normalizeTokens(q.quote)),
    gold.map((q) => normalizeTokens(q.quote)),
  );
  const errors: EvalError[] = [];
  let speakerCorrect = 0;
  for (const [pi, gi] of pairs) {
    const p = predicted[pi];
    const g = gold[gi];
    if (p === undefined || g === undefined) continue;
    if (speakersMatch(p.speaker, g.speaker)) speakerCorrect++;
    else errors.push({ articleId, type: 'WRONG_SPEAKER', ...p, expectedSpeaker: g.speaker });
  }
  const pairedPred = new Set(pairs.map(([pi]) => pi));
  const pairedGold = new Set(pairs.map(([, gi]) => gi));
  gold.forEach((g, gi) => {
    if (!pairedGold.has(gi)) errors.push({ articleId, type: 'MISS', ...g });
  });
  predicted.forEach((p, pi) => {
    if (!pairedPred.has(pi)) errors.push({ articleId, type: 'FALSE_POSITIVE', ...p });
  });
  return {
    all: { tp: pairs.length, pred: predicted.length, gold: gold.length },
    directPartial: countSubset(predicted, gold, DIRECT_PARTIAL),
    indirect: countSubset(predicted, gold, INDIRECT),
    matched: pairs.length,
    speakerCorrect,
    errors,
  };
}

/** Scores a gold set; articles are paired by id, and a gold article with no prediction scores empty. */
export function scoreGoldSet(
  predicted: readonly EvalArticle[],
  gold: readonly EvalArticle[],
): EvalReport {
  const byId = new Map(predicted.map((a) => [a.id, a]));
  let all = ZERO;
  let directPartial = ZERO;
  let indirect = ZERO;
  let sig = ZERO;
  let matched = 0;
  let speakerCorrect = 0;
  let exact = 0;
  let goldLists = 0;
  const errors: EvalError[] = [];
  for (const g of gold) {
    const p = byId.get(g.id) ?? { id: g.id, quotes: [], signatoryLists: [] };
    const s = scoreArticleQuotes(g.id, p.quotes, g.quotes);
    all = addCounts(all, s.all);
    directPartial = addCounts(directPartial, s.directPartial);
    indirect = addCounts(indirect, s.indirect);
    matched += s.matched;
    speakerCorrect += s.speakerCorrect;
    errors.push(...s.errors);
    const sg = scoreSignatories(p.signatoryLists, g.signatoryLists);
    sig = addCounts(sig, sg);
    exact += sg.exact;
    goldLists += sg.goldLists;
  }
  return {
    articles: gold.length,
    all: prf(all.tp, all.pred, all.gold),
    directPartial: prf(directPartial.tp, directPartial.pred, directPartial.gold),
    indirect: prf(indirect.tp, indirect.pred, indirect.gold),
    speakerAccuracy: {
      correct: speakerCorrect,
      matched,
      accuracy: matched === 0 ? 0 : speakerCorrect / matched,
    },
    attribution: prf(speakerCorrect, all.pred, all.gold),
    signatories: prf(sig.tp, sig.pred, sig.gold),
    exactLists: { exact, gold: goldLists, share: goldLists === 0 ? 0 : exact / goldLists },
    errors,
  };
}
