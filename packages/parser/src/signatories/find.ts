/** Signatory lists of an article: the sentence rules run over the lede and every body paragraph. */
import type { TextLocation } from '@wiredesk/domain';
import { splitSentences } from '../wire-text/sentences.js';
import { signatoryKey } from './parties.js';
import { mayHoldList } from './hints.js';
import { indexFullNames, type FullNames } from './people.js';
import { listsInSentence, type ListDraft } from './rules.js';

/** A text unit the lists are searched in. */
export interface ListUnit {
  readonly location: TextLocation;
  readonly paragraphIndex: number | null;
  readonly text: string;
}

/** A list with where it stands; ids and statements come later. */
export interface LocatedListDraft extends ListDraft {
  readonly location: TextLocation;
  readonly paragraphIndex: number | null;
}

function keyOf(draft: ListDraft): string {
  return draft.signatories.map(signatoryKey).sort().join('|');
}

// A one-word name that the article gives in full elsewhere is a person: "Harris" → "Kamala Harris".
function withFullNames(draft: ListDraft, fullNames: FullNames): ListDraft {
  const signatories = draft.signatories.map((s) => {
    if (s.kind === 'COUNTRY' || s.name.includes(' ')) return s;
    const full = fullNames(s.name);
    return full === undefined ? s : { ...s, name: full, kind: 'PERSON' as const };
  });
  return { ...draft, signatories };
}

/** Every signatory list in the units, in text order; a party set repeated in one unit counts once. */
export function findSignatoryLists(units: readonly ListUnit[]): LocatedListDraft[] {
  const out: LocatedListDraft[] = [];
  // Indexed on first use: most articles have no list, and the index scans every text.
  let index: FullNames | undefined;
  const fullNames: FullNames = (surname) =>
    (index ??= indexFullNames(units.map((u) => u.text)))(surname);
  for (const unit of units) {
    if (!mayHoldList(unit.text)) continue;
    const seen = new Set<string>();
    for (const sentence of splitSentences(unit.text)) {
      for (const found of listsInSentence(sentence.text, fullNames)) {
        const draft = withFullNames(found, fullNames);
        if (draft.signatories.length < 2 || seen.has(keyOf(draft))) continue;
        seen.add(keyOf(draft));
        out.push({ ...draft, location: unit.location, paragraphIndex: unit.paragraphIndex });
      }
    }
  }
  return out;
}
