/**
 * The rules that turn an enumeration into a signatory list, one sentence at a time:
 * agent ("statement by A, B and C"), between ("deal between A and B"), subject + verb
 * ("A and B signed"), group ("G7 members A, B…"), alongside ("…, alongside C and D"),
 * hyphenated pairs ("Egypt–Israel peace treaty") and nationalities ("his Greek and Cypriot
 * counterparts"). General rules; see ANNOTATION.md "Signatory lists".
 */
import type { Signatory } from '@wiredesk/domain';
import { isGroupMember } from '../gazetteer/index.js';
import { lastDocumentPhrase, objectOf } from './document.js';
import { partyMentions, type PartyMention } from './mentions.js';
import { addSignatories, toSignatory } from './parties.js';
import {
  agentBefore,
  alongsideBefore,
  betweenBefore,
  docAfterPair,
  docInObject,
  envoyAfter,
  jointActVerbSet,
  signingVerbSet,
  verbAfter,
} from './patterns.js';
import { agreedObject, documentOnlyVerbs, jointContext, jointObjects } from './cues.js';
import type { FullNames } from './people.js';
import { mayHoldList } from './hints.js';
import { findRuns, type Run } from './runs.js';

// The cue patterns look at the words right before a run; bounding the text keeps the $-anchored
// patterns linear on long sentences.
function lookBehind(text: string, end: number): string {
  return text.slice(Math.max(0, end - 160), end);
}

/** A list found in one sentence, before ids and statements are attached. */
export interface ListDraft {
  document: string | null;
  cue: string;
  signatories: Signatory[];
  groups: string[];
}

interface Verb {
  readonly cue: string;
  readonly document: string | null;
  readonly membership: boolean;
}

/** The signing verb right after a run, if it counts; `loose` accepts any joint-act object. */
function verbAfterRun(after: string, loose = false): Verb | undefined {
  const m = verbAfter.exec(after);
  if (m === null) return undefined;
  const cue = (m[1] ?? '').replace(/\s+/g, ' ');
  const rest = m[2] ?? '';
  const verb = cue.toLowerCase();
  const membership = !signingVerbSet.has(verb) && !jointActVerbSet.has(verb);
  const jointAct = jointActVerbSet.has(verb) && !signingVerbSet.has(verb);
  if (jointAct && !loose && !jointObjects.test(rest.trim())) return undefined;
  if (verb === 'agreed' && !agreedObject.test(rest)) return undefined;
  if (documentOnlyVerbs.has(verb) && !docInObject.test(rest)) return undefined;
  return { cue, document: objectOf(rest.replace(/^\s*(?:on|to|upon)\s+/i, '')), membership };
}

function groupOf(text: string, run: Run, mentions: readonly PartyMention[]): string | null {
  const groups = mentions.filter(
    (m) => m.kind === 'GROUP' && m.end <= run.start && run.start - m.end < 90,
  );
  const nearest = groups[groups.length - 1];
  if (nearest?.groupId == null) return null;
  const between = text.slice(nearest.end, run.start);
  if (/[.;]/.test(between)) return null;
  // Every party must belong: "EU sanctions … a statement by Egypt, Greece and Cyprus" is no EU list.
  const all = run.mentions.every(
    (m) => m.countryCode !== null && isGroupMember(nearest.groupId ?? '', m.countryCode),
  );
  return all ? nearest.groupId : null;
}

function includingGroup(before: string): string | null {
  const m = /(?:^|,\s*)([^,]{3,60}?),\s+including\s+[^,]*$/u.exec(before);
  return m === null ? null : (m[1] ?? '').trim();
}

function draftFor(
  text: string,
  run: Run,
  mentions: readonly PartyMention[],
): ListDraft | undefined {
  const before = lookBehind(text, run.start);
  const after = text.slice(run.end);
  const agent = agentBefore.exec(before);
  const between = betweenBefore.exec(before);
  const verb = verbAfterRun(after);
  const group = groupOf(text, run, mentions);
  let cue: string;
  let document: string | null;
  if (agent !== null) {
    cue = (agent[1] ?? '').toLowerCase();
    document = lastDocumentPhrase(before) ?? verb?.document ?? null;
  } else if (between !== null) {
    cue = `${between[1] ?? ''}${between[2] ?? ''}between`.replace(/\s+/g, ' ');
    if (cue.split(' ').length > 5) cue = 'between';
    document = lastDocumentPhrase(before);
  } else if (verb !== undefined) {
    cue = verb.cue;
    document = verb.document;
  } else if (group !== null) {
    cue = 'members';
    document = null;
  } else {
    return undefined;
  }
  const joined =
    verb?.membership === true ? (verb.document?.replace(/^the\s+/i, '') ?? null) : null;
  const label = group ?? joined ?? includingGroup(before);
  const signatories: Signatory[] = [];
  for (const m of run.mentions) {
    const inGroup =
      group === null || (m.countryCode !== null && isGroupMember(group, m.countryCode));
    addSignatories(signatories, [toSignatory(m, inGroup ? label : null, 'MEMBER')]);
  }
  return { document, cue, signatories, groups: label === null ? [] : [label] };
}

const demonymCue =
  /\b(signed|issued|agreed|concluded|condemned|gathered|met|said in a (?:joint )?statement|joint statement)\b/i;

function envoyDraft(
  text: string,
  run: Run,
  mentions: readonly PartyMention[],
): ListDraft | undefined {
  const after = text.slice(run.end);
  const envoy = envoyAfter.exec(after);
  if (envoy === null) return undefined;
  const parties = [...run.mentions];
  const before = lookBehind(text, run.start);
  if (/\b(?:and|with)\s+(?:his|her|their)\s+$/i.test(before)) {
    const anchor = mentions.find(
      (m) =>
        m.kind === 'DEMONYM' &&
        m.end <= run.start &&
        /^\s+(?:\p{Ll}+\s+){0,2}minister/u.test(text.slice(m.end)),
    );
    if (anchor !== undefined) parties.unshift(anchor);
  }
  const cue = demonymCue.exec(after)?.[1];
  if (parties.length < 2 || (cue === undefined && !/^counterparts?$/i.test(envoy[1] ?? '')))
    return undefined;
  const signatories: Signatory[] = [];
  addSignatories(
    signatories,
    parties.map((m) => toSignatory(m, null, 'MEMBER')),
  );
  return { document: null, cue: cue ?? envoy[1] ?? '', signatories, groups: [] };
}

function pairDrafts(text: string, mentions: readonly PartyMention[]): ListDraft[] {
  const out: ListDraft[] = [];
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    if (b === undefined || a.countryCode === null || b.countryCode === null) return;
    if (!/^[-–—/]$/.test(text.slice(a.end, b.start))) return;
    const doc = docAfterPair.exec(text.slice(b.end));
    if (doc === null) return;
    const signatories: Signatory[] = [];
    addSignatories(signatories, [toSignatory(a, null, 'MEMBER'), toSignatory(b, null, 'MEMBER')]);
    out.push({
      document: text.slice(a.start, b.end + doc[0].length).trim(),
      cue: doc[1] ?? '',
      signatories,
      groups: [],
    });
  });
  return out;
}

// The party an "alongside" run is added to: the nearest run before it of the same nature
// ("the United States announced a coalition to patrol the Persian Gulf, joined by …").
function anchorRun(before: readonly Run[], run: Run): Run {
  const countries = run.mentions.every((m) => m.countryCode !== null);
  const fits = before.filter(
    (r) => !countries || r.mentions.some((m) => m.countryCode !== null || m.kind === 'GROUP'),
  );
  return fits[fits.length - 1] ?? before[before.length - 1] ?? run;
}

const pluralDeals = /^(?:deals|agreements|treaties|accords|pacts)\b/i;

// "deals … between Israel and the UAE, Bahrain, and Kosovo": plural deals between the first
// party ("and" right after it) and an enumeration of others are bilateral lists, one per pair.
// "accords between Israel and the UAE and Bahrain" (no comma) stays one list.
function distributed(text: string, run: Run, draft: ListDraft): ListDraft[] {
  const [first, second] = run.mentions;
  const firstSignatory = draft.signatories[0];
  if (first === undefined || second === undefined || firstSignatory === undefined) return [draft];
  const plural =
    pluralDeals.test(draft.cue) || pluralDeals.test(draft.document?.replace(/^\S+\s+/, '') ?? '');
  const andFirst = /^\s+and\s+(?:the\s+)?$/.test(text.slice(first.end, second.start));
  const restListed = run.mentions.slice(2).some((m, i) => {
    const prev = run.mentions[i + 1];
    return prev !== undefined && text.slice(prev.end, m.start).includes(',');
  });
  if (!plural || !andFirst || !restListed || draft.signatories.length < 3) return [draft];
  return draft.signatories
    .slice(1)
    .map((other) => ({ ...draft, signatories: [firstSignatory, other] }));
}

/** Every signatory list in one sentence. */
export function listsInSentence(text: string, fullNames: FullNames = () => undefined): ListDraft[] {
  // Most sentences cannot hold a list; they skip the party scan, the costly part.
  return mayHoldList(text) ? scanSentence(text, fullNames) : [];
}

/** As listsInSentence, without the mayHoldList shortcut (tests check the shortcut loses nothing). */
export function scanSentence(text: string, fullNames: FullNames = () => undefined): ListDraft[] {
  const mentions = partyMentions(text).filter(
    (m) => m.hyphenPair !== true || fullNames(m.name) !== undefined,
  );
  const runs = findRuns(text, mentions);
  const drafts: ListDraft[] = pairDrafts(text, mentions);
  const byRun = new Map<Run, ListDraft>();
  runs.forEach((run, i) => {
    const isDemonym = run.mentions[0]?.kind === 'DEMONYM';
    const previous = runs[i - 1];
    const along = alongsideBefore.exec(lookBehind(text, run.start));
    if (!isDemonym && along !== null && previous !== undefined) {
      const alongside = run.mentions.map((m) => toSignatory(m, null, 'ALONGSIDE'));
      const existing = byRun.get(previous);
      if (existing !== undefined) {
        addSignatories(existing.signatories, alongside);
        byRun.set(run, existing);
        return;
      }
      const marker = (along[1] ?? '').toLowerCase();
      const verb = verbAfterRun(text.slice(run.end), true);
      const joinedBy = marker === 'joined by' && jointContext.test(text);
      const cue = joinedBy ? 'joined' : verb?.cue;
      if (cue === undefined) return;
      const anchor = anchorRun(runs.slice(0, i), run);
      const signatories = anchor.mentions.map((m) => toSignatory(m, null, 'MEMBER'));
      addSignatories(signatories, alongside);
      const draft = {
        document: verb?.document ?? lastDocumentPhrase(lookBehind(text, run.start)),
        cue,
        signatories,
        groups: [],
      };
      drafts.push(draft);
      byRun.set(run, draft);
      return;
    }
    if (isDemonym) {
      const draft = envoyDraft(text, run, mentions);
      if (draft !== undefined) drafts.push(draft);
      return;
    }
    if (run.mentions.length < 2) return;
    const draft = draftFor(text, run, mentions);
    if (draft === undefined) return;
    const bilateral = distributed(text, run, draft);
    drafts.push(...bilateral);
    byRun.set(run, bilateral[0] ?? draft);
  });
  return drafts;
}
