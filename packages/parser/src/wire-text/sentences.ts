/**
 * Finds the end of the first sentence, for splitting line 1 into headline and lede. Periods after
 * abbreviations ("Mr."), initials ("J.") and dotted acronyms ("U.S.") do not end a sentence unless
 * a typical sentence opener follows the acronym.
 */
import { abbreviations, sentenceStarters } from './abbreviations.js';

// A terminator, any closing quotes or brackets, white space, then something that opens a sentence.
const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

function wordBefore(text: string, end: number): string {
  // Only the last few characters: a $-anchored pattern over the whole prefix is quadratic.
  const m = /(\S+)$/.exec(text.slice(Math.max(0, end - 40), end));
  return m?.[1] ?? '';
}

function nextWord(text: string, from: number): string {
  const m = /^\s+["'“‘([]?([\p{L}\p{N}]+)/u.exec(text.slice(from));
  return m?.[1] ?? '';
}

function isAbbreviationStop(text: string, stop: number): boolean {
  if (text[stop] !== '.') return false;
  const word = wordBefore(text, stop).replace(/^["'“‘([]+/, '');
  if (abbreviations.has(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "D.C" before the final period
  return false;
}

function isAcronymStop(text: string, stop: number): boolean {
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(wordBefore(text, stop));
}

/**
 * Index just past the first sentence of `text` (its terminator and closing quotes included), or
 * undefined when the text is a single sentence or has no terminator followed by more text.
 */
export function firstSentenceEnd(text: string): number | undefined {
  // An exec loop, not matchAll, which copies the pattern on every call (once a sentence).
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const stop = m.index;
    const end = stop + m[0].length;
    if (isAbbreviationStop(text, stop)) {
      if (!(isAcronymStop(text, stop) && sentenceStarters.has(nextWord(text, end)))) continue;
    }
    return end;
  }
  return undefined;
}

/** Splits a line into its first sentence and the rest (null when there is no rest). */
export function splitFirstSentence(text: string): { first: string; rest: string | null } {
  const end = firstSentenceEnd(text);
  if (end === undefined) return { first: text.trim(), rest: null };
  const rest = text.slice(end).trim();
  return { first: text.slice(0, end).trim(), rest: rest === '' ? null : rest };
}

/** One sentence of a text, with its offset. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

/** Splits a paragraph into sentences with the same abbreviation rules as the headline split. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  while (offset < text.length) {
    const rest = text.slice(offset);
    const end = firstSentenceEnd(rest) ?? rest.length;
    const raw = rest.slice(0, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') out.push({ text: raw.trim(), start: offset + lead });
    offset += end;
  }
  return out;
}
