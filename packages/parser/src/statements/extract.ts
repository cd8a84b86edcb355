/**
 * Statement extraction for one article: prepares the lede and paragraphs, indexes the people,
 * then walks the text in order so every attribution can look back at what came before.
 */
import type { PersonEntity } from '@wiredesk/domain';
import { extractQuotes, type QuoteState } from './direct.js';
import type { StatementDraft } from './draft.js';
import { buildPersonIndex } from './entities.js';
import { extractIndirect } from './indirect.js';
import { scanMentions } from './mentions-scan.js';
import { SpeakerResolver } from './resolve.js';
import { cuesOf, prepareUnit, type Unit } from './unit.js';

/** What extraction reads: the headline (never a source of statements), the lede and paragraphs. */
export interface StatementInput {
  headline: string;
  lede: string | null;
  paragraphs: { index: number; text: string }[];
}

function prepareUnits(input: StatementInput): Unit[] {
  const units: Unit[] = [];
  if (typeof input.lede === 'string' && input.lede.trim() !== '') {
    units.push(prepareUnit(0, 'LEDE', null, input.lede));
  }
  for (const p of Array.isArray(input.paragraphs) ? input.paragraphs : []) {
    if (typeof p?.text !== 'string' || p.text.trim() === '') continue;
    units.push(prepareUnit(units.length, 'BODY', p.index, p.text));
  }
  return units;
}

function run(input: StatementInput): StatementDraft[] {
  const units = prepareUnits(input);
  const people = buildPersonIndex(units);
  const resolver = new SpeakerResolver(people);
  const state: QuoteState = { last: null, openQuote: false };
  const drafts: StatementDraft[] = [];
  for (const unit of units) {
    scanMentions(unit, people, resolver);
    const quoted = extractQuotes(unit, resolver, state);
    drafts.push(...quoted);
    for (const sentence of unit.sentences) {
      const usedCue = new Set(
        quoted
          .filter((d) => d.charStart >= sentence.start && d.charStart < sentence.end)
          .map((d) => d.cue),
      );
      const hasQuote = unit.spans.some((s) => s.open >= sentence.start && s.open < sentence.end);
      const cues = cuesOf(unit, sentence).filter((c) => !(hasQuote && usedCue.has(c.phrase)));
      drafts.push(...extractIndirect(unit, sentence, cues, resolver));
    }
  }
  return drafts.sort(
    (a, b) => (a.paragraphIndex ?? -1) - (b.paragraphIndex ?? -1) || a.charStart - b.charStart,
  );
}

/**
 * Every statement in an article: DIRECT and PARTIAL quotes and INDIRECT reported speech, with
 * speakers resolved to their fullest name. Pure, and never throws: bad input gives [].
 */
export function extractStatements(input: StatementInput): StatementDraft[] {
  try {
    return run(input);
  } catch {
    return [];
  }
}

/** The people an article names, with the roles its titles and appositions give them. */
export function extractPeople(input: StatementInput): PersonEntity[] {
  try {
    const units = prepareUnits(input);
    return buildPersonIndex(units)
      .all()
      .map((p) => ({ name: p.name, roles: [...p.roles] }));
  } catch {
    return [];
  }
}
