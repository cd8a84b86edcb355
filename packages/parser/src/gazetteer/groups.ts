/** Group lookup ("G7", "Group of Seven", "NATO") and membership tests, precomputed at load. */
import { groups, type GroupData } from './data/groups.js';
import { foldKey, isAbbreviation, normalizeSurface, outsideShapes } from './normalize.js';

export type { GroupData };

const exact = new Map<string, GroupData>();
const folded = new Map<string, GroupData>();
const memberSets = new Map<string, ReadonlySet<string>>();

for (const group of groups) {
  memberSets.set(group.id, new Set(group.members));
  for (const alias of [group.id, group.name, ...group.aliases]) {
    const key = normalizeSurface(alias);
    exact.set(key, group);
    if (!isAbbreviation(key)) folded.set(foldKey(key), group);
  }
}

// A plain word of none of these shapes names no group (see shapeOf).
const cannotMatch = outsideShapes([...exact.keys(), ...folded.keys()]);

/** The group a surface form names: "G7", "the Group of Seven", "Nato". */
export function lookupGroup(surface: string): GroupData | undefined {
  if (cannotMatch(surface)) return undefined;
  const key = normalizeSurface(surface);
  return exact.get(key) ?? (isAbbreviation(key) ? undefined : folded.get(foldKey(key)));
}

/** True when the country (ISO alpha-2) belongs to the group (by id). */
export function isGroupMember(groupId: string, code: string): boolean {
  return memberSets.get(groupId)?.has(code) ?? false;
}

/** Every group surface form (exact case), for building text scanners. */
export function groupSurfaces(): ReadonlyMap<string, GroupData> {
  return exact;
}
