/**
 * Puts every person, organisation and group the article mentions (outside quotes) on the
 * resolver's timeline, so pronouns and role nouns can point back to them.
 */
import type { PersonIndex } from './entities.js';
import { findGroupMentions } from './groups.js';
import { capitalizedRuns, isOrganizationRun, splitTitledName } from './names.js';
import type { SpeakerResolver } from './resolve.js';
import { stripPossessive } from './tokens.js';
import { articlePos, unitTokens, type Unit } from './unit.js';

/** Notes the unit's mentions on the resolver's timeline. */
export function scanMentions(unit: Unit, people: PersonIndex, resolver: SpeakerResolver): void {
  const { masked } = unit;
  for (const sentence of unit.sentences) {
    const sentencePos = articlePos(unit, sentence.start);
    const tokens = unitTokens(unit, sentence.start, sentence.end);
    let subjectSeen = false;
    for (const [a, b] of capitalizedRuns(tokens, masked)) {
      const run = tokens.slice(a, b);
      const first = run[0];
      if (first === undefined) continue;
      const pos = articlePos(unit, first.start);
      if (isOrganizationRun(run)) {
        if (run.length === 1) continue;
        const name = stripPossessive(
          run
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
      const split = splitTitledName(run);
      if (split === null) continue;
      const name = stripPossessive(split.name.map((t) => t.text).join(' '));
      if (people.find(name) === undefined) continue;
      resolver.note(resolver.person(name, null, null), pos, sentencePos, false, !subjectSeen);
      subjectSeen = true;
    }
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
