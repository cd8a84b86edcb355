/**
 * Links the statements the signatories made together to their list: a GROUP speaker, standing
 * in the list's paragraph or up to two paragraphs around it, whose mention refers back to the
 * parties ("the ministers said", "The countries condemned", "Their statement added").
 */
import type { SignatoryList, Statement } from '@wiredesk/domain';

const window = 2;
const collectiveMention =
  /\b(?:ministers|countries|nations|governments|leaders|signatories|allies|members|states|parties|statement|letter|communiqu[ée]|declaration|delegations|officials)\b/i;

function refersToList(statement: Statement, list: SignatoryList): boolean {
  if (statement.speaker?.kind !== 'GROUP') return false;
  const words = `${statement.speakerMention ?? ''} ${statement.speaker.name}`;
  if (
    collectiveMention.test(words) ||
    /^(?:they|their|them)\b/i.test(statement.speakerMention ?? '')
  )
    return true;
  return list.groups.some((g) => words.includes(g));
}

function distance(statement: Statement, list: SignatoryList): number {
  if (statement.paragraphIndex === null || list.paragraphIndex === null) {
    return statement.location === list.location ? 0 : Number.POSITIVE_INFINITY;
  }
  return Math.abs(statement.paragraphIndex - list.paragraphIndex);
}

/**
 * Sets `signatoryListId` on linked statements and `statementIds` on lists; each statement goes
 * to the nearest list it refers to. Returns new arrays; the inputs are not changed.
 */
export function linkStatements(
  statements: readonly Statement[],
  lists: readonly SignatoryList[],
): { statements: Statement[]; lists: SignatoryList[] } {
  const ids = new Map<string, string[]>(lists.map((l) => [l.id, []]));
  const linked = statements.map((s) => {
    const candidates = lists
      .filter((l) => distance(s, l) <= window && refersToList(s, l))
      .sort((a, b) => distance(s, a) - distance(s, b));
    const list = candidates[0];
    if (list === undefined) return s;
    ids.get(list.id)?.push(s.id);
    return { ...s, signatoryListId: list.id };
  });
  return {
    statements: linked,
    lists: lists.map((l) => ({ ...l, statementIds: ids.get(l.id) ?? [] })),
  };
}
