/**
 * Statement extraction for one article: prepares the lede and paragraphs, indexes the people,
 * then walks the text in order so every attribution can look back at what came before.
 */
import type { PersonEntity } from '@wiredesk/domain';
import type { Attribution } from './attribute.js';
import { endUnit, extractQuotes, type QuoteState } from './direct.js';
import type { StatementDraft } from './draft.js';
import { buildPersonIndex, type PersonIndex } from './entities.js';
import { extractIndirect } from './indirect.js';
import { scanMentions } from './mentions-scan.js';
import { ArticleMemo } from './memo.js';
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
  const memo = new ArticleMemo();
  if (typeof input.lede === 'string' && input.lede.trim() !== '') {
    units.push(prepareUnit(0, 'LEDE', null, input.lede, memo));
  }
  for (const p of Array.isArray(input.paragraphs) ? input.paragraphs : []) {
    if (typeof p?.text !== 'string' || p.text.trim() === '') continue;
    units.push(prepareUnit(units.length, 'BODY', p.index, p.text, memo));
  }
  return units;
}

// "Deutsche Welle (DW)", "Group of Seven (G7)": a capitalised name with its acronym after it.
const DEFINED_ACRONYM =
  /(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|the|on|de|du|des|la|le)\s+)?\p{Lu}[\p{L}'’.&-]*){1,7})\s+\((\p{Lu}[\p{Lu}\p{N}&]{1,7})\)/gu;

// "AEW (All Elite Wrestling)": the acronym first, the name in parentheses.
const ACRONYM_FIRST =
  /\b(\p{Lu}[\p{Lu}\p{N}&]{1,7})\s+\((\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|the|on|de|du|des|la|le)\s+)?\p{Lu}[\p{L}'’.&-]*){1,7})\)/gu;

const OPENING_PAREN_CAPITAL = /\s\(\p{Lu}/u;

/** Acronyms the article defines, mapped to the names they stand for. */
function findAcronyms(units: readonly Unit[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const unit of units) {
    // Both patterns need white space, "(" and a capital: without them the costly scans cannot
    // match. Most units have no "(" at all, which a substring search tells before the regex.
    if (!unit.masked.includes('(') || !OPENING_PAREN_CAPITAL.test(unit.masked)) continue;
    for (const m of unit.masked.matchAll(DEFINED_ACRONYM)) {
      const name = (m[1] ?? '').replace(/^The\s+/, '');
      const acronym = m[2] ?? '';
      if (!acronyms.has(acronym)) acronyms.set(acronym, name);
    }
    for (const m of unit.masked.matchAll(ACRONYM_FIRST)) {
      const acronym = m[1] ?? '';
      if (!acronyms.has(acronym)) acronyms.set(acronym, m[2] ?? '');
    }
  }
  return acronyms;
}

/** The attribution a later floating quote continues ("…told of X. "In my first stint…""). */
function continuation(d: StatementDraft): Attribution {
  const cue = {
    phrase: d.cue,
    base: d.cue,
    start: d.charStart,
    end: d.charStart,
    sourceFirst: false,
  };
  return { cue, mention: d.speakerMention, speaker: d.speaker, resolution: d.speakerResolution };
}

// The people of an input as buildPersonIndex gives them, before the resolver adds apposition
// roles: extractPeople on the same input object reuses them instead of preparing every unit again.
const peopleOf = new WeakMap<StatementInput, PersonEntity[]>();

function snapshot(people: PersonIndex): PersonEntity[] {
  return people.all().map((p) => ({ name: p.name, roles: [...p.roles] }));
}

function run(input: StatementInput): StatementDraft[] {
  const units = prepareUnits(input);
  const people = buildPersonIndex(units);
  peopleOf.set(input, snapshot(people));
  const resolver = new SpeakerResolver(people, findAcronyms(units));
  const state: QuoteState = { last: null, openQuote: false };
  const drafts: StatementDraft[] = [];
  resolver.expectInterview(units.map((u) => u.text));
  for (const unit of units) {
    resolver.enterUnit(unit.text);
    scanMentions(unit, people, resolver);
    // Sentence by sentence, so a floating quote continues the attribution just before it.
    for (const sentence of unit.sentences) {
      const quoted = extractQuotes(unit, sentence, resolver, state);
      drafts.push(...quoted);
      // A cue a quote of the sentence used is not read again as reported speech. Most sentences
      // have no quote, and their cues go through as they are.
      const hasQuote = unit.spans.some((s) => s.open >= sentence.start && s.open < sentence.end);
      const usedCue = hasQuote ? new Set(quoted.map((d) => d.cue)) : null;
      const cues =
        usedCue === null
          ? cuesOf(unit, sentence)
          : cuesOf(unit, sentence).filter((c) => !usedCue.has(c.phrase));
      const reported = extractIndirect(unit, sentence, cues, resolver);
      drafts.push(...reported);
      const last = reported.at(-1);
      if (last?.speaker != null) state.last = continuation(last);
    }
    endUnit(unit, state);
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

/**
 * The people an article names, with the roles its titles and appositions give them. After
 * extractStatements on the same (unchanged) input object, its index is reused.
 */
export function extractPeople(input: StatementInput): PersonEntity[] {
  try {
    const known = peopleOf.get(input);
    if (known !== undefined) return known.map((p) => ({ name: p.name, roles: [...p.roles] }));
    return snapshot(buildPersonIndex(prepareUnits(input)));
  } catch {
    return [];
  }
}
