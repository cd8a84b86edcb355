/**
 * Speaker resolution across one article. Keeps a timeline of who was mentioned and who spoke,
 * and turns a classified mention into a canonical Speaker: names to the fullest form the article
 * uses, pronouns and role nouns to the nearest fitting antecedent.
 */
import type { Speaker, SpeakerResolution } from '@wiredesk/domain';
import { countryFromDemonym } from '../gazetteer/index.js';
import type { PersonIndex } from './entities.js';
import type { Mention } from './mention.js';
import { isPersonApposition, isPlaceWord, roleFromTitle } from './names.js';
import {
  groupHeadNouns,
  organizationWords,
  titleWords,
  unnamedPluralNouns,
  unnamedSingularNouns,
} from './vocabulary.js';

/** Something the article mentioned that a later pronoun or role noun can point back to. */
export interface Antecedent {
  speaker: Speaker;
  /** Position in the article: unit number × 1e6 + offset. */
  pos: number;
  /** The sentence it stands in, as a position too. */
  sentence: number;
  isSpeaker: boolean;
  /** The first person named in its sentence: the likeliest referent of a later "he". */
  isSubject: boolean;
  /**
   * Named first in a sentence led by this pronoun ("He appointed Ann Roe …"): not what the same
   * pronoun later means, but the likeliest referent of the other one.
   */
  subjectUnless?: string;
}

/** A resolved speaker and how it was found. */
export interface Resolved {
  speaker: Speaker | null;
  resolution: SpeakerResolution;
}

// Common nouns that stand for an organisation named just before, or for what it published.
const ORGANIZATION_NOUNS = new Set(
  (
    'company firm network broadcaster website site newspaper paper publication outlet magazine ' +
    'channel agency group organisation organization charity airline carrier retailer chain ' +
    'manufacturer operator club federation association union report study survey statement'
  ).split(' '),
);

// "Lee Park", "Ana Bay Ortiz": two or three capitalised words, no "of" and no acronym.
const PERSON_NAME =
  /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}$/u;

const INTERVIEWER = /^(?:WN|Wikinews)$/i;

function turnMarker(text: string): string | undefined {
  if (!text.trimStart().startsWith('((')) return undefined;
  return /^\s*\(\(([^()]{1,60})\)\)/.exec(text)?.[1]?.trim();
}

const NONE: Resolved = { speaker: null, resolution: 'NONE' };

/** True when a common noun names a kind of source: a title, an organisation, people. */
export function isSourceNoun(head: string): boolean {
  const h = head.toLowerCase();
  const singular = h.replace(/s$/, '');
  return [h, singular].some(
    (w) =>
      titleWords.has(w) ||
      organizationWords.has(w) ||
      unnamedPluralNouns.has(w) ||
      unnamedSingularNouns.has(w) ||
      groupHeadNouns.has(w),
  );
}

/**
 * Whether a role is the one a role noun names: "the president" is the "US President", not the
 * "President-elect", a "former president" or the "Vice President".
 */
function holdsRole(role: string, stem: string): boolean {
  let at = role.indexOf(stem);
  while (at !== -1) {
    const before = role.slice(Math.max(0, at - 8), at);
    const after = role.slice(at + stem.length, at + stem.length + 6);
    if (!/(?:vice|former|ex|deputy|past)[\s-]$/.test(before) && !after.startsWith('-elect')) {
      return true;
    }
    at = role.indexOf(stem, at + 1);
  }
  return false;
}

function affiliationOf(title: string | null): string | null {
  const first = title?.split(' ')[0];
  return first === undefined ? null : (countryFromDemonym(first)?.name ?? null);
}

/** Article-wide resolver: feed it mentions in text order, then resolve cues against it. */
export class SpeakerResolver {
  private readonly timeline: Antecedent[] = [];
  private readonly plainPeople = new Map<string, Speaker>();
  // Role-noun lookups compare every earlier antecedent's name in lower case; the same few names
  // recur, so each is lower-cased once per article.
  private readonly lowered = new Map<string, string>();

  private lower(text: string): string {
    let lower = this.lowered.get(text);
    if (lower === undefined) {
      lower = text.toLowerCase();
      this.lowered.set(text, lower);
    }
    return lower;
  }

  constructor(
    private readonly people: PersonIndex,
    private readonly acronyms: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** "World Health Organization (WHO)" and a later bare "WHO" both name the organisation in full. */
  private fullName(name: string): string {
    const bare = name.replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)$/u, '');
    if (bare !== name && bare !== '') return bare;
    return this.acronyms.get(name) ?? name;
  }

  // Interview transcripts mark each turn "((Name)) …"; "((WN))" is the interviewer.
  private interviewee: Speaker | null = null;
  private answering = false;

  /**
   * Called at the start of every unit: a turn marker says who speaks until the next one, so
   * "I" in an answer and "you" in a question are the interviewee.
   */
  enterUnit(text: string): void {
    const marker = turnMarker(text);
    if (marker === undefined) return;
    this.answering = !INTERVIEWER.test(marker);
    if (this.answering) this.interviewee = this.person(marker, null, null);
  }

  /** A question before the first answer still addresses the first person who answers. */
  expectInterview(texts: readonly string[]): void {
    for (const text of texts) {
      const marker = turnMarker(text);
      if (marker !== undefined && !INTERVIEWER.test(marker)) {
        this.interviewee = this.person(marker, null, null);
        return;
      }
    }
  }

  private interviewPronoun(pronoun: string): Speaker | null {
    if (this.interviewee === null) return null;
    const p = pronoun.toLowerCase();
    if (this.answering && (p === 'i' || p === 'my' || p === 'me')) return this.interviewee;
    if (!this.answering && (p === 'you' || p === 'your')) return this.interviewee;
    return null;
  }

  /** Builds the Speaker for a person name, using the article-wide index. */
  person(name: string, titleRole: string | null, apposition: string | null): Speaker {
    // Plain mentions repeat; their Speaker only changes when an apposition adds a role.
    const plain = titleRole === null && apposition === null;
    const cached = plain ? this.plainPeople.get(name) : undefined;
    if (cached !== undefined) return cached;
    const speaker = this.buildPerson(name, titleRole, apposition);
    if (plain) this.plainPeople.set(name, speaker);
    else if (apposition !== null) this.plainPeople.clear();
    return speaker;
  }

  private buildPerson(name: string, titleRole: string | null, apposition: string | null): Speaker {
    const record = this.people.find(name);
    const cleanApposition = apposition?.replace(/^(?:the|a|an)\s+/i, '') ?? null;
    apposition = cleanApposition === '' ? null : cleanApposition;
    const role = apposition ?? titleRole ?? this.people.roleOf(name);
    if (record !== undefined && apposition !== null) this.people.add(record.name, apposition);
    return {
      name: record?.name ?? name,
      kind: 'PERSON',
      role: record === undefined ? role : (this.people.roleOf(record.name) ?? role),
      affiliation: affiliationOf(titleRole),
    };
  }

  /** Records a mention (or a speaker) at a position. */
  note(
    speaker: Speaker,
    pos: number,
    sentence: number,
    isSpeaker: boolean,
    isSubject = false,
    subjectUnless?: string,
  ): void {
    this.timeline.push({ speaker, pos, sentence, isSpeaker, isSubject, subjectUnless });
  }

  /** The most recent antecedent before `pos` that satisfies `accept`. */
  private latest(pos: number, accept: (a: Antecedent) => boolean): Antecedent | undefined {
    let best: Antecedent | undefined;
    for (const a of this.timeline) {
      if (a.pos < pos && accept(a) && (best === undefined || a.pos >= best.pos)) best = a;
    }
    return best;
  }

  /** The last speaker attributed earlier in the same sentence, if any. */
  speakerInSentence(pos: number, sentence: number): Speaker | null {
    return this.latest(pos, (a) => a.isSpeaker && a.sentence === sentence)?.speaker ?? null;
  }

  /** The person the article mentions most often, if any. */
  mostMentionedPerson(): Speaker | null {
    const counts = new Map<string, { speaker: Speaker; n: number }>();
    for (const a of this.timeline) {
      if (a.speaker.kind !== 'PERSON') continue;
      const c = counts.get(a.speaker.name) ?? { speaker: a.speaker, n: 0 };
      c.n++;
      counts.set(a.speaker.name, c);
    }
    let best: { speaker: Speaker; n: number } | undefined;
    for (const c of counts.values()) if (best === undefined || c.n > best.n) best = c;
    return best?.speaker ?? null;
  }

  /** The speaker of the last statement before `pos`. */
  lastSpeaker(pos: number): Speaker | null {
    return this.latest(pos, (a) => a.isSpeaker)?.speaker ?? null;
  }

  private resolvePerson(pos: number, sentence: number, pronoun: string): Speaker | null {
    const isPerson = (a: Antecedent): boolean => a.speaker.kind === 'PERSON';
    // A person named earlier in the same sentence is the likeliest referent ("Zelenskyy … he said").
    const inSentence = this.timeline
      .filter((a) => isPerson(a) && a.sentence === sentence && a.pos < pos && !a.isSpeaker)
      .sort((a, b) => a.pos - b.pos)[0];
    if (inSentence !== undefined) return inSentence.speaker;
    const he = pronoun.toLowerCase().replace(/['’].*$/, '');
    const isSubject = (a: Antecedent): boolean =>
      a.isSubject ||
      (a.subjectUnless !== undefined && a.subjectUnless.toLowerCase() !== he && /^s?he$/.test(he));
    const salient = this.latest(pos, (a) => isPerson(a) && (a.isSpeaker || isSubject(a)));
    return salient?.speaker ?? this.latest(pos, isPerson)?.speaker ?? null;
  }

  private resolveRoleNoun(head: string, plural: boolean, pos: number): Speaker | null {
    const h = head.toLowerCase();
    const stem = h.replace(/s$/, '');
    if (plural) {
      const named = this.latest(
        pos,
        (a) =>
          (a.speaker.kind === 'GROUP' || a.speaker.kind === 'UNNAMED') &&
          this.lower(a.speaker.name).includes(h),
      );
      if (named !== undefined) return named.speaker;
      // "the police", "the residents": a kind of source in its own right, not the last group
      // or unnamed source of another kind ("local reports", "his daughter").
      if (unnamedPluralNouns.has(h) && !groupHeadNouns.has(h)) return null;
      const group =
        this.latest(
          pos,
          (a) => (a.speaker.kind === 'GROUP' || a.speaker.kind === 'UNNAMED') && a.isSpeaker,
        ) ?? this.latest(pos, (a) => a.speaker.kind === 'GROUP');
      return group?.speaker ?? null;
    }
    const byRole = this.latest(
      pos,
      (a) => a.speaker.kind === 'PERSON' && holdsRole(this.lower(a.speaker.role ?? ''), stem),
    );
    if (byRole !== undefined) return byRole.speaker;
    const byName = this.latest(
      pos,
      (a) => a.speaker.kind !== 'PERSON' && this.lower(a.speaker.name).includes(stem),
    );
    if (byName !== undefined) return byName.speaker;
    // "the company", "the website", "the report": the organisation last mentioned, if it was
    // mentioned in this paragraph or the one before.
    if (!ORGANIZATION_NOUNS.has(stem)) return null;
    const org = this.latest(pos, (a) => a.speaker.kind === 'ORGANIZATION');
    return org !== undefined && Math.floor(pos / 1e6) - Math.floor(org.pos / 1e6) <= 1
      ? org.speaker
      : null;
  }

  /** An organisation, a country or an unnamed source, as the mention names it. */
  private named(
    mention: Extract<Mention, { type: 'ORGANIZATION' | 'COUNTRY' | 'UNNAMED' }>,
  ): Resolved {
    return {
      speaker: {
        name: mention.type === 'ORGANIZATION' ? this.fullName(mention.name) : mention.name,
        kind: mention.type,
        role: null,
        affiliation: null,
      },
      resolution: 'EXPLICIT',
    };
  }

  /** Resolves a classified mention at a position. */
  resolve(mention: Mention, pos: number, sentence: number, apposition: string | null): Resolved {
    switch (mention.type) {
      case 'PERSON': {
        // "DW", "Deutsche Welle (DW)": an acronym the article defines is an organisation.
        const organisation = this.acronyms.get(mention.name);
        if (organisation !== undefined) {
          return {
            speaker: { name: organisation, kind: 'ORGANIZATION', role: null, affiliation: null },
            resolution: 'EXPLICIT',
          };
        }
        return {
          speaker: this.person(mention.name, roleFromTitle(mention.title), apposition),
          resolution: 'EXPLICIT',
        };
      }
      case 'ORGANIZATION':
        // "Lee Park, a spokesman for the ministry": a place word made the name look like an
        // organisation, but the apposition says it is a person.
        if (
          apposition !== null &&
          PERSON_NAME.test(mention.name) &&
          isPersonApposition(apposition)
        ) {
          return { speaker: this.person(mention.name, null, apposition), resolution: 'EXPLICIT' };
        }
        return this.named(mention);
      case 'COUNTRY':
      case 'UNNAMED':
        return this.named(mention);
      case 'GROUP': {
        // "Hawkins, Blankenship, and Carroll": a list of people, each by their full name.
        const people = mention.parts.every((p) => !/\b\p{Ll}/u.test(p) && !isPlaceWord(p));
        const parts = mention.parts.map((p) => (people ? (this.people.find(p)?.name ?? p) : p));
        const name =
          people && parts.length > 1
            ? `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1) ?? ''}`
            : mention.name;
        return {
          speaker: { name, kind: 'GROUP', role: null, affiliation: null },
          resolution: 'EXPLICIT',
        };
      }
      case 'PRONOUN': {
        const kind = mention.pronoun;
        let speaker: Speaker | null;
        if (kind === 'PERSON' || kind === 'SPEAKER') {
          speaker =
            kind === 'SPEAKER'
              ? (this.interviewPronoun(mention.text) ?? this.lastSpeaker(pos))
              : this.resolvePerson(pos, sentence, mention.text);
          // Interviews and profiles: "I" and "you" are the article's main person.
          speaker ??= this.mostMentionedPerson();
        } else {
          const collective = (a: Antecedent): boolean =>
            kind === 'THING'
              ? a.speaker.kind === 'ORGANIZATION' || a.speaker.kind === 'COUNTRY'
              : a.speaker.kind !== 'PERSON';
          // The nearest collective is taken when it was a sentence's plural subject ("Several
          // ministers met. They said …"); otherwise the last collective speaker.
          const nearest = kind === 'COLLECTIVE' ? this.latest(pos, collective) : undefined;
          speaker =
            (nearest?.isSubject === true && Math.floor(nearest.pos / 1e6) === Math.floor(pos / 1e6)
              ? nearest.speaker
              : undefined) ??
            this.latest(pos, (a) => collective(a) && a.isSpeaker)?.speaker ??
            this.latest(pos, collective)?.speaker ??
            null;
        }
        return speaker === null ? NONE : { speaker, resolution: 'PRONOUN' };
      }
      case 'ROLE_NOUN': {
        const speaker = this.resolveRoleNoun(mention.head, mention.plural, pos);
        if (speaker !== null) return { speaker, resolution: 'ROLE_NOUN' };
        // "the debate", "the same advice": a role noun must name a kind of source.
        if (!isSourceNoun(mention.head)) return NONE;
        const name = mention.text.replace(/^the\s+/i, '');
        return {
          speaker: { name, kind: 'UNNAMED', role: null, affiliation: null },
          resolution: 'ROLE_NOUN',
        };
      }
    }
  }
}
