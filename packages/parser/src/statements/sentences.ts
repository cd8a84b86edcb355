/**
 * Sentence splitting that never breaks inside a quoted span (a multi-sentence quote belongs to
 * the sentence that attributes it) and skips abbreviations and initials ("Mr.", "U.S.", "J.").
 */
import { isLetterUnit, isNumberUnit, isSpaceUnit, isUpperUnit } from '../text/chars.js';
import { datelineLength } from './dateline.js';
import type { QuoteSpan } from './quotes.js';

/** A sentence as offsets into the paragraph. */
export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'prof',
  'inc',
  'co',
  'corp',
  'ltd',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'mt',
  'ft',
  'rev',
  'sgt',
  'maj',
  'adm',
  'cmdr',
  'supt',
  'insp',
  'det',
  'hon',
  'messrs',
  'approx',
  'est',
  'dept',
  'univ',
]);

const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '«', '„', '(', '[']);

// ["“‘'«„([\p{Lu}\p{N}]
function opensSentence(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return isUpperUnit(unit) || isNumberUnit(unit) || OPENING_MARKS.has(text.charAt(at));
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && (isLetterUnit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 46)) k--;
  const raw = text.slice(k, dot);
  // Most words before a stop are ASCII: they are read by hand, and lower-cased only when short
  // enough to be an abbreviation (an ASCII word keeps its length under toLowerCase).
  if (isAsciiWord(raw)) {
    if (isInitials(raw)) return true;
    return raw.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(raw.toLowerCase());
  }
  const word = raw.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted acronyms ("U.S.") are not sentence ends.
  return INITIAL.test(word) || INITIALS.test(word);
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const INITIAL = /^\p{L}$/u;
const INITIALS = /^(\p{L}\.)+\p{L}$/u;

// Only the word's own characters, no lower-casing or regex: INITIAL and INITIALS cost more than
// the rest of a sentence stop.
function isAsciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

function isAsciiLetter(unit: number): boolean {
  return (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90);
}

// INITIAL or INITIALS for an ASCII word, in either case: letters at even offsets, dots between.
function isInitials(word: string): boolean {
  if (word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (i % 2 === 0 ? !isAsciiLetter(unit) : unit !== 46) return false;
  }
  return true;
}

// ".", "!" and "?": a regex skips every other character faster than a loop over char codes.
const STOP = /[.!?]/g;

/** The offset of the next stop from `from`, or -1. */
function nextStop(text: string, from: number): number {
  STOP.lastIndex = from;
  return STOP.exec(text)?.index ?? -1;
}

function insideSpan(spans: readonly QuoteSpan[], at: number): boolean {
  return spans.some((s) => at > s.open && at < s.close);
}

/** Splits a paragraph into sentences; a wire dateline opening it belongs to none. */
export function splitSentences(text: string, spans: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = datelineLength(text);
  for (let i = nextStop(text, 0); i !== -1; i = nextStop(text, i + 1)) {
    const c = text.charAt(i);
    let j = i + 1;
    while (j < text.length && CLOSING.has(text[j] ?? '')) j++;
    if (j >= text.length || !isSpaceUnit(text.charCodeAt(j))) continue;
    let k = j;
    while (k < text.length && isSpaceUnit(text.charCodeAt(k))) k++;
    if (k >= text.length || !opensSentence(text, k)) continue;
    if (c === '.' && isAbbreviationBefore(text, i)) continue;
    if (insideSpan(spans, i) && insideSpan(spans, k)) continue;
    sentences.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < text.length) {
    let end = text.length;
    while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}
