/**
 * Cheap tests that a text may hold a signatory list, run before the party scan (the costly part)
 * and, on whole paragraphs, before splitting them into sentences. Each is a necessary condition of
 * the rules in rules.ts, so a text that fails one has no list. Sentences are whole-word slices of
 * their paragraph, so a paragraph that fails has no sentence that passes.
 */
import { groupSurfaces } from '../gazetteer/groups.js';
import {
  documentNouns,
  envoyNouns,
  jointActVerbs,
  membershipPhrases,
  signingVerbs,
} from './cues.js';
import { commonJoiner, listHint } from './patterns.js';

const cueWords = [
  ...signingVerbs,
  ...jointActVerbs,
  ...membershipPhrases,
  ...documentNouns,
  ...envoyNouns,
];
const asciiEnded = cueWords.filter((w) => /[a-z]$/i.test(w));
const otherEnded = cueWords.filter((w) => !/[a-z]$/i.test(w));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

interface TrieNode {
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

/**
 * The words (lower case, any white space between their parts) as one alternation with shared
 * prefixes factored out: "s(?:igned|ponsored|tatement)…". It matches what the flat alternation
 * matches; the regex engine tries far fewer branches at each position of a paragraph.
 */
function prefixTree(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const c of word.toLowerCase().replace(/\s+/g, ' ')) {
      const child = node.next.get(c) ?? { end: false, next: new Map() };
      node.next.set(c, child);
      node = child;
    }
    node.end = true;
  }
  const pattern = (node: TrieNode): string => {
    const branches = [...node.next].map(
      ([c, child]) => (c === ' ' ? '\\s+' : escape(c)) + pattern(child),
    );
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.end) return branches[0] ?? '';
    return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  return pattern(root);
}

/**
 * A word every list rule reads: a signing or joint-act verb or membership phrase after the run,
 * a document noun ("statement by", "deal between", "Egypt–Israel peace treaty"), or an envoy noun
 * after nationalities. The rules take these words whole (\b or white space after them), so
 * "accord" in "according" does not count; words ending in a non-ASCII letter ("communiqué") have
 * no such bound in the rules and get none here.
 */
const cueWord = new RegExp(
  [
    `${prefixTree(asciiEnded)}(?![a-z])`,
    ...(otherEnded.length > 0 ? [prefixTree(otherEnded)] : []),
  ].join('|'),
  'i',
);

// The rules' patterns carry the u flag, under which "ſ" and the Kelvin sign match "s" and "k";
// with it these patterns are several times slower, so a text holding either is let through.
const foldsToAscii = /[\u017F\u212A]/;

// A character as the rules' case-insensitive patterns match it (bar the two above).
function caseless(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return lower === upper ? escape(c) : `[${lower}${upper}]`;
}

// The first word of every group name, and its decomposed form (the gazetteer's NFC step would
// compose it), capital first: "G7", "Group", "NORTH".
const groupFirstWords = [...groupSurfaces().keys()].flatMap((key) => {
  const first = key.split(' ')[0] ?? key;
  return [first, first.normalize('NFD')];
});
const groupStart = new RegExp(
  [...new Set(groupFirstWords)]
    .map((w) => escape(w.charAt(0).toUpperCase()) + [...w.slice(1)].map(caseless).join(''))
    .join('|'),
);

/**
 * False when the text cannot hold a signatory list: it lacks a joiner, or both a cue word and the
 * start of a group name ("G7 members A, B and C" is a list with no cue word; group names are
 * capitalised phrases, looked up case-insensitively).
 */
export function mayHoldList(text: string): boolean {
  return (
    (commonJoiner.test(text) || listHint.test(text)) &&
    (groupStart.test(text) || cueWord.test(text) || foldsToAscii.test(text))
  );
}
