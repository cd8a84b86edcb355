/**
 * Where the content of an indirect statement starts and ends: after the cue ("said (that) …"),
 * before it ("…, X said"), or around "according to X".
 */
import { cueBase } from './cues.js';
import type { Cue } from './cue-finder.js';
import { audienceWords } from './cue-lexicon.js';
import { isClause } from './clause.js';
import type { Sentence } from './sentences.js';
import { QUOTE_MASK } from './subject.js';

const CUT =
  /,\s(?:where|according to)\b|,\swith\s(?:[\w'’-]+\s){1,3}[a-z]+ing\b|;|\s\u2014\s|\uE000/;

/** Offsets of content in the unit's text. */
export interface Range {
  start: number;
  end: number;
}

/** Trims reported content at the first point where another clause or report begins. */
export function cutContent(text: string): string {
  let end = text.length;
  const m = CUT.exec(text);
  if (m !== null) end = m.index;
  // ", adding …" / "and said …": a new speech act starts.
  for (const mm of text.matchAll(/(?:,\s|\sand\s)([a-z]+)\b/g)) {
    if (
      (mm.index ?? end) < end &&
      cueBase(mm[1] ?? '') !== undefined &&
      /(?:ing|ed|said|told)$/.test(mm[1] ?? '')
    ) {
      end = mm.index ?? end;
    }
  }
  // "said X and described Y": a second predicate of the same subject starts.
  const coordinated = /(?:,\s*)?\s(?:and|but)\s(?:also\s|then\s|later\s)?[a-z]+ed\b/.exec(text);
  if (coordinated !== null && coordinated.index < end) end = coordinated.index;
  // ", but AFP reported …": another source's report starts.
  for (const mm of text.matchAll(
    /,\s(?:but|and|while|whereas|though)\s((?:[\w'’.-]+\s){0,6}?)([a-z]+)\b/g,
  )) {
    const verb = mm[2] ?? '';
    if (
      (mm.index ?? end) < end &&
      cueBase(verb) !== undefined &&
      /(?:ed|said|told|s)$/.test(verb)
    ) {
      end = mm.index ?? end;
      break;
    }
  }
  // ", which Biden opposed" closes the content; ", which is …, renders" is a parenthetical.
  const which = /,\s(?:which|who)\s[^,]*$/.exec(text.slice(0, end));
  if (which !== null) end = which.index;
  return text.slice(0, end).replace(/[\s,.;:!?]+$/, '');
}

/** Content after the cue: "said (that) …", "told reporters …". */
export function forwardContent(
  masked: string,
  cue: Cue,
  sentence: Sentence,
): { start: number; end: number; that: boolean } | null {
  let at = cue.end;
  const rest = masked.slice(at, sentence.end);
  let skip = /^\s+/.exec(rest)?.[0].length ?? 0;
  // "told reporters (that)", "told the BBC that": skip the audience.
  if (
    cue.base === 'tell' ||
    cue.base === 'inform' ||
    cue.base === 'assure' ||
    cue.base === 'brief'
  ) {
    const aud = /^(?:(?:the\s+)?[\p{L}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s*/u.exec(
      rest.slice(skip),
    );
    const word = aud?.[0].trim().toLowerCase() ?? '';
    if (
      aud !== null &&
      (audienceWords.has(word) ||
        /^(?:the\s+)?\p{Lu}/u.test(aud[0]) ||
        /^(?:him|her|them|us|me)$/.test(word))
    )
      skip += aud[0].length;
  }
  const that = /^that\s+/i.exec(rest.slice(skip));
  if (that !== null) skip += that[0].length;
  // "reported in mid-2019, 62 outlets had closed": a leading time phrase is not content.
  const time = /^(?:in|on|at|during|by|since|as of|last|this|earlier)\s[^,]{1,30},\s*/i.exec(
    rest.slice(skip),
  );
  if (time !== null && !that) skip += time[0].length;
  at += skip;
  let content = cutContent(masked.slice(at, sentence.end));
  // "While one candidate stated X, Y": the subordinate clause ends at its comma.
  const lead = masked.slice(sentence.start, cue.start).trimStart();
  if (
    /^(?:while|although|though|if|when|as|because|since|after|before|whereas)\b/i.test(lead) &&
    !lead.includes(',')
  ) {
    const comma = content.indexOf(', ');
    if (comma > 0) content = content.slice(0, comma);
  }
  // Content opens with words, not with the punctuation of a following clause.
  if (/^[,;:.\-–—]/.test(content)) return null;
  if (content.length < 8) return null;
  return { start: at, end: at + content.length, that: that !== null };
}

/** Content before the cue and its subject: "…, X said." */
export function backwardContent(
  masked: string,
  cue: Cue,
  subjectStart: number,
  sentence: Sentence,
  subjectEnd = cue.end,
): Range | null {
  // "CLAUSE, X said." / "CLAUSE, said X." — the cue and its subject close the sentence.
  const tail = masked.slice(Math.max(cue.end, subjectEnd), sentence.end);
  if (
    !/^(?:\s+(?:reporters|journalists|the press|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))?(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later|to|during|via|through)\b[^,.;]*)?(?:,\s*(?:the|a|an)\s[^,.;]*)?[\s.;!?]*$/u.test(
      tail,
    )
  )
    return null;
  const head = masked.slice(sentence.start, Math.min(subjectStart, cue.start));
  const m = /,\s*$/.exec(head);
  if (m === null) return null;
  const content = head.slice(0, m.index).replace(/^[\s"“]+/, '');
  if (content.length < 8 || content.includes(QUOTE_MASK) || !isClause(content, cue.base, false)) {
    return null;
  }
  const start = sentence.start + head.indexOf(content);
  return { start, end: start + content.length };
}

/** Content around a source-first cue: "According to X, …", "…, according to X". */
export function sourceFirstContent(
  masked: string,
  cue: Cue,
  sentence: Sentence,
  mention: string | null,
): Range | null {
  // "According to X, CLAUSE" or "CLAUSE, according to X".
  let comma = masked.indexOf(',', cue.end);
  // "According to his wife, Amanda, Huber …": skip a name in apposition.
  const apposed = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},/u.exec(
    masked.slice(comma + 1, sentence.end),
  );
  if (comma !== -1 && apposed !== null) comma += 1 + apposed[0].length - 1;
  if (cue.start - sentence.start < 3 && comma !== -1 && comma < sentence.end) {
    const content = cutContent(masked.slice(comma + 1, sentence.end).trimStart());
    const start = masked.indexOf(content, comma);
    return content.length >= 8 ? { start, end: start + content.length } : null;
  }
  const at = mention === null ? -1 : masked.indexOf(mention, cue.end);
  const subjectEnd = at === -1 ? cue.end : at + (mention ?? '').length;
  // "…, according to a report citing the mayor's office, twenty people were arrested."
  const after = /^\s*,\s*/.exec(masked.slice(subjectEnd, sentence.end));
  if (after !== null) {
    const content = cutContent(masked.slice(subjectEnd + after[0].length, sentence.end));
    if (content.length >= 8 && isClause(content, cue.base, false)) {
      const start = subjectEnd + after[0].length;
      return { start, end: start + content.length };
    }
  }
  return backwardContent(masked, cue, cue.start, sentence, subjectEnd);
}

/** True when a later cue has its own apposed subject ("X reported a source, unnamed, said …"). */
export function laterApposedCue(masked: string, cues: readonly Cue[], i: number): boolean {
  return cues
    .slice(i + 1)
    .some((c) => !/ing$/.test(c.phrase) && /,\s*$/.test(masked.slice(0, c.start)));
}
