/**
 * Capitalised runs of a unit, analysed once: the person index and the mention scan both walk
 * them, and splitting titles from names is the costly part.
 */
import { capitalizedRuns, isOrganizationRun, splitTitledName, type TitledName } from './names.js';
import { stripPossessive, type Token } from './tokens.js';
import type { Unit } from './unit.js';

/** One run of capitalised tokens with what it names. */
export interface AnalysedRun {
  /** Index of the run's first token in the unit's tokens. */
  at: number;
  tokens: Token[];
  organization: boolean;
  /** The person name and title in the run; null for organisations and non-names. */
  split: TitledName | null;
  /** The split's name as one string, possessive off ("Merkel's" → "Merkel"). */
  name: string | null;
}

function analyse(unit: Unit, a: number, b: number): AnalysedRun {
  const tokens = unit.tokens.slice(a, b);
  const only = b - a === 1 ? tokens[0] : undefined;
  if (only !== undefined) {
    // Three runs in four are one word, and an article repeats them ("The", "He", surnames):
    // what the word makes of the run is worked out once per article.
    let known = unit.memo.oneWordRuns.get(only.text);
    if (known === undefined) {
      const organization = isOrganizationRun(tokens);
      const named = !organization && splitTitledName(tokens, unit.memo.places) !== null;
      known = { organization, named };
      unit.memo.oneWordRuns.set(only.text, known);
    }
    // A one-word run that names a person is that word with no title.
    const split = known.named ? { name: [only], title: [] } : null;
    const name = known.named ? stripPossessive(only.text) : null;
    return { at: a, tokens, organization: known.organization, split, name };
  }
  const organization = isOrganizationRun(tokens);
  const split = organization ? null : splitTitledName(tokens, unit.memo.places);
  const name = split === null ? null : stripPossessive(split.name.map((t) => t.text).join(' '));
  return { at: a, tokens, organization, split, name };
}

/** The unit's capitalised runs, in text order. */
export function analysedRuns(unit: Unit): AnalysedRun[] {
  // Kept on the unit, which lives for one article: a WeakMap entry per unit burdened the GC.
  let runs = unit.runs;
  if (runs === undefined) {
    runs = capitalizedRuns(unit.tokens, unit.masked).map(([a, b]) => analyse(unit, a, b));
    unit.runs = runs;
  }
  return runs;
}
