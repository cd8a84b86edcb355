/**
 * Where the content of an indirect statement starts and ends: after the cue ("said (that) …"),
 * before it ("…, X said"), or around "according to X".
 */
import { isSpaceUnit } from '../text/chars.js';
import { cueBase } from './cues.js';
import type { Cue } from './cue-finder.js';
import { audienceWords } from './cue-lexicon.js';
import { isClause, pastClauseAfterPresent } from './clause.js';
import type { Sentence } from './sentences.js';
import { isPersonApposition } from './names.js';
import { QUOTE_MASK } from './subject.js';

const CUT =
  /,\s(?:he|she|they|it|we|(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})\s(?:also\s)?(?:said|told|added|wrote|stated|explained|noted)\b|,?\s+without\s+(?:elaborating|explaining|giving|providing|offering|further)\b|,\s(?:according to)\b|,\swith\s(?:[\w'’-]+\s){1,3}[a-z]+ing\b|;|\s\u2014\s|\uE000/u;

const PARENTHETICAL_WHERE = /^,\swhere\s[^,]+,\s(?!(?:and|or|but|which|where)\b)[a-z]/;

const REPORT_PAST = new Set([
  'said',
  'told',
  'stated',
  'added',
  'reported',
  'claimed',
  'argued',
  'insisted',
]);
// Words that show the "subject" is really part of the content ("and that he said").
const STOP_BEFORE_SUBJECT = new Set(['that', 'which', 'who', 'what', 'if', 'whether']);

// Verbs whose content is what should happen ("urged residents to stay", "recommended they avoid").
const DIRECTIVE_CUES = new Set(
  'recommend urge ask call demand order advise propose suggest instruct request'.split(' '),
);

// Verbs that take a person or body as object before a "that" clause.
const OBJECT_THAT = new Set([
  'warn',
  'tell',
  'inform',
  'assure',
  'remind',
  'brief',
  'advise',
  'caution',
  'promise',
  'notify',
  'convince',
  'persuade',
]);

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const CHANNEL =
  '(?:Facebook|Twitter|Instagram|Telegram|YouTube|TikTok|Weibo|WhatsApp|social\\s+media|(?:the\\s+)?radio|(?:national\\s+)?television|TV|' +
  '(?:his|her|their|its|an?|the)\\s+(?:official\\s+|own\\s+|joint\\s+|written\\s+)?(?:website|blog|account|page|channel|statement|post|tweet|broadcast|letter|interview|speech|video|briefing|press\\s+release|(?:press|news)\\s+conference))';
const LEADING_MANNER = new RegExp(
  '^(?:(?:publicly|privately|repeatedly|previously|recently|again|also|separately|openly|explicitly|firmly|flatly|bluntly|frankly|later|earlier|today|yesterday|tonight|' +
    `(?:last|this)\\s+(?:week|month|year|morning|evening|night)|(?:on\\s+|last\\s+)?${DAY}(?:\\s+(?:morning|afternoon|evening|night))?|` +
    `(?:on|via|through|over|in)\\s+${CHANNEL}(?:\\s+(?:with|to)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?|` +
    '(?:to|in\\s+front\\s+of)\\s+(?:reporters|journalists|the\\s+press|the\\s+media|supporters|lawmakers))\\s+)+',
  'u',
);

/** Offsets of content in the unit's text. */
export interface Range {
  start: number;
  end: number;
  /** The content with an interrupting attribution taken out (rule 10), when it differs. */
  text?: string;
}

// The passes of cutContent. Exec loops over these, not matchAll: matchAll copies the pattern
// and wraps each match for its iterator, four times for every cue's content.
const NARRATION_JOIN = /,\s(?:and|but)\s/g;
const NEW_SPEECH_ACT = /(?:,\s|\sand\s)([a-z]+)\b/g;
const SECOND_PREDICATE =
  /(?:,\s*)?\s(?:and|but)\s(?:also\s|then\s|later\s|[a-z]+ly\s)?([a-z]+ed|said|told|wrote|felt|thought)\b/g;
const OTHER_SOURCE = /(,\s|\s)(?:but|and|while|whereas|though)\s((?:[\w'’.-]+\s?){1,7})/g;

/** Trims reported content at the first point where another clause or report begins. */
export function cutContent(text: string, directive = false): string {
  let end = text.length;
  const m = CUT.exec(text);
  if (m !== null) end = m.index;
  // "… avoid crowded places, and the city closed two roads": the narration goes on in the past.
  NARRATION_JOIN.lastIndex = 0;
  for (let mm = NARRATION_JOIN.exec(text); mm !== null; mm = NARRATION_JOIN.exec(text)) {
    const at = mm.index;
    if (at >= end) break;
    if (pastClauseAfterPresent(text.slice(0, at), text.slice(at + mm[0].length), directive)) {
      end = at;
      break;
    }
  }
  // A trailing ", where …" is the writer's background on a place; one closed by a comma before
  // the sentence goes on ("sending troops to Libya, where a war is underway, breaks the deal")
  // is a parenthesis inside the content.
  const where = /,\swhere\s/.exec(text.slice(0, end));
  if (where !== null && !PARENTHETICAL_WHERE.test(text.slice(where.index))) end = where.index;
  // ", adding …" / "and said …": a new speech act starts.
  NEW_SPEECH_ACT.lastIndex = 0;
  for (let mm = NEW_SPEECH_ACT.exec(text); mm !== null; mm = NEW_SPEECH_ACT.exec(text)) {
    // Matches come in text order: none after the cut can move it.
    if (mm.index >= end) break;
    if (cueBase(mm[1] ?? '') !== undefined && /(?:ing|ed|said|told)$/.test(mm[1] ?? '')) {
      end = mm.index;
    }
  }
  // "said X and described Y": a second predicate of the same subject starts.
  // Only a speech verb marks it: in "said it killed nine and injured 50" the second verb is
  // still the content's own.
  SECOND_PREDICATE.lastIndex = 0;
  for (let mm = SECOND_PREDICATE.exec(text); mm !== null; mm = SECOND_PREDICATE.exec(text)) {
    if (mm.index >= end) break;
    if (cueBase(mm[1] ?? '') !== undefined) {
      end = mm.index;
      break;
    }
  }
  // ", but AFP reported …", "and several said …": another source's report starts. Any of the
  // next few words may be the verb ("but the commissioner stated"); without a comma only the
  // unambiguous past forms count ("and analysts said").
  OTHER_SOURCE.lastIndex = 0;
  for (let mm = OTHER_SOURCE.exec(text); mm !== null; mm = OTHER_SOURCE.exec(text)) {
    if (mm.index >= end) break;
    const comma = mm[1] !== ' ';
    const words = (mm[2] ?? '').split(' ');
    const k = words.findIndex((w, i) =>
      comma
        ? i > 0 && /^[a-z]+(?:ed|said|told|s)$/.test(w) && cueBase(w) !== undefined
        : i > 0 &&
          i < 4 &&
          (REPORT_PAST.has(w) || (/^[a-z]+ed$/.test(w) && cueBase(w) !== undefined)),
    );
    if (k > 0 && !words.slice(0, k).some((w) => STOP_BEFORE_SUBJECT.has(w))) {
      end = mm.index;
      break;
    }
  }
  // ", which Biden opposed" closes the content; ", which is …, renders" is a parenthetical.
  const which = /,\s(?:which|who)\s[^,]*$/.exec(text.slice(0, end));
  if (which !== null) end = which.index;
  return trimEndPunctuation(text.slice(0, end));
}

// `.replace(/[\s,.;:!?]+$/, '')` as a loop from the end: the end-anchored pattern tried every space.
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (
    end > 0 &&
    (isSpaceUnit(text.charCodeAt(end - 1)) || ',.;:!?'.includes(text[end - 1] ?? ''))
  )
    end--;
  return text.slice(0, end);
}

/** Content after its cue, and whether "that" opened it. */
export interface ForwardRange {
  start: number;
  end: number;
  that: boolean;
}

/** Content after the cue: "said (that) …", "told reporters …". */
export function forwardContent(masked: string, cue: Cue, sentence: Sentence): ForwardRange | null {
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
        /^(?:him|her|them|us|me|it)$/.test(word))
    )
      skip += aud[0].length;
  }
  // "said publicly …", "announced on Facebook on Tuesday …": how, where and when it was said.
  const manner = LEADING_MANNER.exec(rest.slice(skip));
  if (manner !== null) skip += manner[0].length;
  // "warned the White House last year that …": an object, then the clause after "that".
  if (OBJECT_THAT.has(cue.base)) {
    const object = /^(?:[\p{L}\p{N}'’.-]+\s+){1,8}?(?=that\s)/u.exec(rest.slice(skip));
    if (object !== null) skip += object[0].length;
  }
  const that = /^that\s+/i.exec(rest.slice(skip));
  if (that !== null) skip += that[0].length;
  // "reported in mid-2019, 62 outlets had closed": a leading time phrase is not content.
  const time = /^(?:in|on|at|during|by|since|as of|last|this|earlier)\s[^,]{1,30},\s*/i.exec(
    rest.slice(skip),
  );
  if (time !== null && !that) skip += time[0].length;
  at += skip;
  let content = cutContent(masked.slice(at, sentence.end), DIRECTIVE_CUES.has(cue.base));
  // "While one candidate stated X, Y": the subordinate clause ends at its comma.
  // "First, after X questioned whether …, Trump alleged": only the clause the cue stands in.
  const fullLead = masked.slice(sentence.start, cue.start);
  const lead = fullLead.slice(fullLead.lastIndexOf(',') + 1).trimStart();
  if (/^(?:while|although|though|if|when|as|because|since|after|before|whereas)\b/i.test(lead)) {
    const comma = content.indexOf(', ');
    if (comma > 0) content = content.slice(0, comma);
  }
  // Content opens with words, not with the punctuation of a following clause; "reported by X"
  // is a passive whose agent is the source, not content.
  if (/^[,;:.\-–—]/.test(content) || (/^by\s/.test(content) && /ed$/.test(cue.phrase))) return null;
  if (content.length < 8) return null;
  // "described the claims as a [quote]": cut at the quote, the content would dangle.
  if (/\s(?:as|as an?|as the|a|an|the|of|for|to|by|with)$/i.test(content)) return null;
  return { start: at, end: at + content.length, that: that !== null };
}

// What may follow "CLAUSE, X said": an audience or inverted subject, a time or place, an
// apposition, and a participle that goes on with the same speaker (", adding …").
const BACKWARD_TAIL = new RegExp(
  "^(?:\\s+(?:reporters|journalists|the press|(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}))?" +
    `(?:\\s+(?:on|in|at|last|this|yesterday|today|earlier|later|to|during|via|through|${DAY})\\b[^,.;]*)?` +
    '(?:,\\s*(?:the|a|an|local time)\\s[^,.;]*)?' +
    '(?:,\\s*(?:adding|saying|noting|explaining|citing)\\s[^;]*)?[\\s.;!?]*$',
  'u',
);

/** Content before the cue and its subject: "…, X said." */
export function backwardContent(
  masked: string,
  cue: Cue,
  subjectStart: number,
  sentence: Sentence,
  subjectEnd = cue.end,
): Range | null {
  // "CLAUSE, X said." / "CLAUSE, said X." — the cue and its subject close the sentence.
  const tailAt = Math.max(cue.end, subjectEnd);
  const tail = masked.slice(tailAt, sentence.end);
  const head = masked.slice(sentence.start, Math.min(subjectStart, cue.start));
  const m = /,\s*$/.exec(head);
  if (m === null) return null;
  const content = head.slice(0, m.index).replace(/^[\s"“]+/, '');
  if (content.includes(QUOTE_MASK)) return null;
  const start = sentence.start + head.indexOf(content);
  const split = splitClause(content, tail, cue.base);
  if (split !== null) return { start, end: tailAt + split.end, text: split.text };
  // "CLAUSE, X said, and CLAUSE": the attribution interrupts the content (rule 10).
  const rest = BACKWARD_TAIL.test(tail) ? null : INTERRUPTED_REST.exec(tail);
  if (!BACKWARD_TAIL.test(tail) && rest === null) return null;
  if (content.length < 8 || !isClause(content, cue.base, { standsAlone: true })) return null;
  const more = rest?.[1];
  if (more === undefined) return { start, end: start + content.length };
  const joiner = /^(?:and|but|or)\s/.test(more) ? ', ' : ' ';
  const end = tailAt + (rest?.[0].indexOf(more) ?? 0) + more.length;
  return { start, end, text: `${content}${joiner}${more}` };
}

/**
 * "This year, he said, he came to …", "If the findings hold, experts say, the plan fails": an
 * attribution that splits one clause in two. Only a lead that cannot stand alone is completed by
 * what follows; `end` is the rest's end, relative to `tail`.
 */
function splitClause(
  lead: string,
  tail: string,
  base: string,
): { end: number; text: string } | null {
  const split = SPLIT_REST.exec(tail);
  const more = split?.[1];
  if (split === null || more === undefined || PARTICIPLE_ONLY.test(more)) return null;
  const subordinate = SUBORDINATE_LEAD.test(lead);
  if (!subordinate && isClause(lead, base, { standsAlone: true })) return null;
  const text = `${lead}, ${more}`;
  // After a subordinate lead the rest needs its own subject and verb; after a bare subject
  // ("Local officials, he said, have …") the two make the clause together.
  const clause =
    isClause(more, base, { standsAlone: true }) ||
    (!subordinate && isClause(text, base, { standsAlone: true }));
  return clause ? { end: split[0].indexOf(more) + more.length, text } : null;
}

// A lead that sets the scene ("On Sunday", "Since then") rather than naming the subject.
const ADVERBIAL_LEAD =
  /^(?:in|on|at|since|as|after|before|during|for|from|by|with|over|under|amid|despite|following|longer|earlier|later|then|now|yesterday|today|meanwhile|however|also|still|when|while|if|although|though|because|once|until)\b/i;

const SUBORDINATE_LEAD =
  /^(?:if|when|while|although|though|because|since|after|before|once|unless|until)\b/i;

// The rest of a clause the attribution splits, up to the sentence end or a semicolon.
const SPLIT_REST = /^\s*,\s+([^;:\uE000]{8,}?)[\s.!?]*(?:;[^]*)?$/;
// ", making her the first …" goes on with the speaker; "containing it may require …" is a subject.
const PARTICIPLE_ONLY =
  /^[a-z]+ing\b(?![^,]*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b)/;

// After an interrupting attribution: ", and paying back the loan seems realistic."
const INTERRUPTED_REST =
  /^\s*,\s+((?:and|but|or|then)\s[^;:\uE000]+?|[a-z]+ed\b[^;:\uE000]*?)[\s.!?]*(?:;[^]*)?$/;

// A name and its comma, as in "…, the prosecutor general, Ali Mehr, said …".
const NAME_THEN_COMMA = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},/u;

/** Content around a source-first cue: "According to X, …", "…, according to X". */
export function sourceFirstContent(
  masked: string,
  cue: Cue,
  sentence: Sentence,
  mention: string | null,
): Range | null {
  // "According to X, CLAUSE" or "CLAUSE, according to X".
  let comma = masked.indexOf(',', cue.end);
  // "According to a March 14, 2019 press release, …": the comma of a date is not the one.
  if (comma !== -1 && /\b[A-Z][a-z]+\s\d{1,2}$/.test(masked.slice(cue.end, comma))) {
    const dated = /^,\s*\d{4}\b/.test(masked.slice(comma)) ? masked.indexOf(',', comma + 1) : -1;
    if (dated !== -1) comma = dated;
  }
  // "According to his wife, Amanda, Huber …": skip a name in apposition; "According to X, who
  // heads …, …": skip a relative clause about the source.
  const apposed =
    /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|(?:who|which)\s[^,\uE000]+),/u.exec(
      masked.slice(comma + 1, sentence.end),
    );
  if (comma !== -1 && apposed !== null) comma += 1 + apposed[0].length - 1;
  // "According to Lee Park, a spokesman for the ministry, the bridge …": skip what the source is.
  // Not when a name and a comma follow ("According to ISNA, the prosecutor general, Ali Mehr,
  // said …"): there the description is the subject of the clause, named after it.
  const afterApposition = comma === -1 ? -1 : masked.indexOf(',', comma + 1);
  if (
    afterApposition !== -1 &&
    afterApposition < sentence.end &&
    isPersonApposition(masked.slice(comma + 1, afterApposition)) &&
    !NAME_THEN_COMMA.test(masked.slice(afterApposition + 1, sentence.end))
  )
    comma = afterApposition;
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
    const start = subjectEnd + after[0].length;
    // "Local authorities, according to X, have noted …": the subject before the source belongs
    // to the content (rule 10).
    const lead = /^(.*\S),\s*$/.exec(masked.slice(sentence.start, cue.start))?.[1];
    if (
      lead !== undefined &&
      !/[,\uE000]/.test(lead) &&
      !ADVERBIAL_LEAD.test(lead) &&
      !isClause(lead, cue.base, { standsAlone: true })
    ) {
      const text = `${lead} ${content}`;
      if (isClause(text, cue.base, { standsAlone: true }))
        return { start: sentence.start, end: start + content.length, text };
    }
    if (content.length >= 8 && isClause(content, cue.base, { standsAlone: true })) {
      return { start, end: start + content.length };
    }
  }
  return (
    backwardContent(masked, cue, cue.start, sentence, subjectEnd) ??
    uncommaedSource(masked, cue, sentence, subjectEnd)
  );
}

/** "The game was a hard match according to the coach.": no comma before the source. */
function uncommaedSource(
  masked: string,
  cue: Cue,
  sentence: Sentence,
  subjectEnd: number,
): Range | null {
  if (!/^[\s.!?]*$/.test(masked.slice(subjectEnd, sentence.end))) return null;
  const head = masked.slice(sentence.start, cue.start);
  if (!/[\p{L}\p{N}]\s+$/u.test(head)) return null;
  const content = head.trim();
  if (
    content.length < 8 ||
    content.includes(QUOTE_MASK) ||
    !isClause(content, cue.base, { standsAlone: true })
  )
    return null;
  const start = sentence.start + head.indexOf(content);
  return { start, end: start + content.length };
}

/** True when a later cue has its own apposed subject ("X reported a source, unnamed, said …"). */
export function laterApposedCue(masked: string, cues: readonly Cue[], i: number): boolean {
  return cues
    .slice(i + 1)
    .some((c) => !/ing$/.test(c.phrase) && /,\s*$/.test(masked.slice(0, c.start)));
}
