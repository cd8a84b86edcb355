/** Looks up speech cues: every inflected form of the lexicon's verbs maps to its base form. */
import {
  irregular,
  predicativeVerbs,
  sourcePhrases,
  speechVerbs,
  weakVerbs,
} from './cue-lexicon.js';

function regularForms(base: string): string[] {
  // "agree" → "agreeing", "state" → "stating".
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
  const past = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${base}ed`;
  const third = /(s|sh|ch|x)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  return [base, past, third, `${stem}ing`];
}

const formToBase = new Map<string, string>();
for (const base of speechVerbs) {
  for (const form of [base, ...(irregular[base] ?? regularForms(base))]) {
    if (!formToBase.has(form)) formToBase.set(form, base);
  }
}

/** The lexicon base form of a speech verb form ("said" → "say"), or undefined. */
export function cueBase(word: string): string | undefined {
  return formToBase.get(word) ?? formToBase.get(word.toLowerCase());
}

/** As cueBase, for a word already in lower case (the hot path of cue finding). */
export function cueBaseLower(lower: string): string | undefined {
  return formToBase.get(lower);
}

/** Every inflected form of the lexicon's verbs, in lower case. */
export function cueForms(): string[] {
  return [...formToBase.keys()];
}

/** True for verbs that count as cues only next to a "that" clause or a quote. */
export function isWeakCue(base: string): boolean {
  return weakVerbs.has(base);
}

/** True for verbs that report a judgement as "VERB object as/for/to …". */
export function isPredicativeCue(base: string): boolean {
  return predicativeVerbs.has(base);
}

/** True for a -ing form ("saying", "adding"), which continues an attribution. */
export function isParticiple(word: string): boolean {
  return /ing$/i.test(word) && cueBase(word) !== undefined;
}

/** Multi-word source phrases ("according to"). */
export const SOURCE_PHRASES: readonly string[] = sourcePhrases;
