/** Turning party mentions into Signatory records. */
import type { Signatory, SignatoryKind, SignatoryRelation } from '@wiredesk/domain';
import { organizationHeads } from '../entities/data.js';
import type { PartyMention } from './mentions.js';

function nameKind(name: string): SignatoryKind {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (organizationHeads.has(last)) return 'ORGANIZATION';
  const personLike = words.every((w) => /^\p{Lu}(?:\p{Ll}+|\.)(?:[-'’]\p{Lu}\p{Ll}+)?$/u.test(w));
  return words.length >= 2 && words.length <= 4 && personLike ? 'PERSON' : 'ORGANIZATION';
}

/** One mention as a signatory. */
export function toSignatory(
  m: PartyMention,
  group: string | null,
  relation: SignatoryRelation,
): Signatory {
  const kind: SignatoryKind =
    m.kind === 'COUNTRY' || m.kind === 'DEMONYM'
      ? 'COUNTRY'
      : m.kind === 'GROUP'
        ? 'ORGANIZATION'
        : nameKind(m.name);
  return { name: m.name, surface: m.surface, kind, countryCode: m.countryCode, group, relation };
}

/** The key two signatories are the same party by: country code, else name. */
export function signatoryKey(s: Signatory): string {
  return s.countryCode ?? s.name.toLowerCase();
}

/** Adds signatories, skipping parties already listed. */
export function addSignatories(into: Signatory[], more: readonly Signatory[]): void {
  const seen = new Set(into.map(signatoryKey));
  for (const s of more) {
    if (seen.has(signatoryKey(s))) continue;
    seen.add(signatoryKey(s));
    into.push(s);
  }
}
