/**
 * Puts every person, organisation and group the article mentions (outside quotes) on the
 * resolver's timeline, so pronouns and role nouns can point back to them.
 */
import type { PersonIndex } from './entities.js';
import { findGroupMentions, findPluralSubjects, mayMentionGroups } from './groups.js';
import type { SpeakerResolver } from './resolve.js';
import { stripPossessive } from './tokens.js';
import { analysedRuns } from './runs.js';
import { articlePos, unitTokens, type Unit } from './unit.js';

const PRONOUN_LED = /^\s*(He|She)\s/;

/** Notes the unit's mentions on the resolver's timeline. */
export function scanMentions(unit: Unit, people: PersonIndex, resolver: SpeakerResolver): void {
  const { masked } = unit;
  const runs = analysedRuns(unit);
  // Most units have no group phrase: one check of the unit spares a search of every sentence.
  const groups = mayMentionGroups(masked);
  // A plural subject needs a past-tense verb after it: most units have no "ed " at all.
  const plurals = masked.includes('ed ');
  let r = 0;
  for (const sentence of unit.sentences) {
    const sentencePos = articlePos(unit, sentence.start);
    // "He currently advises Governor Larry Hogan": a sentence led by "he" or "she" keeps the
    // earlier subject for that pronoun; the first name later in it is the likelier referent of
    // the other one ("He appointed Ann Roe. She said …").
    const ledBy = PRONOUN_LED.exec(masked.slice(sentence.start, sentence.start + 12))?.[1];
    let subjectSeen = false;
    for (; r < runs.length; r++) {
      const run = runs[r];
      const first = run?.tokens[0];
      if (run === undefined || first === undefined) continue;
      if (first.start >= sentence.end) break;
      if (first.start < sentence.start) continue;
      const pos = articlePos(unit, first.start);
      if (run.organization) {
        if (run.tokens.length === 1) continue;
        const name = stripPossessive(
          run.tokens
            .map((t) => t.text)
            .join(' ')
            .replace(/^The\s+/, ''),
        );
        resolver.note(
          { name, kind: 'ORGANIZATION', role: null, affiliation: null },
          pos,
          sentencePos,
          false,
        );
        continue;
      }
      const name = run.name;
      if (name === null || people.find(name) === undefined) continue;
      const speaker = resolver.person(name, null, null);
      if (ledBy === undefined) resolver.note(speaker, pos, sentencePos, false, !subjectSeen);
      else resolver.note(speaker, pos, sentencePos, false, false, subjectSeen ? undefined : ledBy);
      subjectSeen = true;
    }
    if (plurals) {
      // "Several foreign ministers met in Cairo. They concluded …": a plural subject is what a
      // later "they" most likely means.
      const tokens = unitTokens(unit, sentence.start, sentence.end);
      for (const p of findPluralSubjects(masked, tokens)) {
        resolver.note(
          { name: p.name, kind: p.kind, role: null, affiliation: null },
          articlePos(unit, p.start),
          sentencePos,
          false,
          true,
        );
      }
    }
    if (!groups) continue;
    for (const g of findGroupMentions(masked.slice(sentence.start, sentence.end))) {
      const pos = articlePos(unit, sentence.start + g.start);
      resolver.note(
        { name: g.name, kind: 'GROUP', role: null, affiliation: null },
        pos,
        sentencePos,
        false,
      );
    }
  }
}
