/** Regular expressions compiled once from the cue data. */
import {
  alongsideMarkers,
  documentNouns,
  envoyNouns,
  jointActVerbs,
  membershipPhrases,
  signingVerbs,
} from './cues.js';

const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\s+/g, '\\s+'))
    .join('|');

export const docNoun = alt(documentNouns);

/** Right after a run: "(,) have jointly signed …" / "were part of …". */
export const verbAfter = new RegExp(
  `^\\s*,?\\s*(?:(?:have|has|had|also|jointly|together|all|both|would|will|subsequently|then|formally|officially)\\s+)*(${alt(signingVerbs)}|${alt(jointActVerbs)}|${alt(membershipPhrases)})\\b(.*)$`,
  'isu',
);
export const signingVerbSet: ReadonlySet<string> = new Set(signingVerbs);
export const jointActVerbSet: ReadonlySet<string> = new Set(jointActVerbs);

/** Right before a run: "joint statement by", "issued jointly by (Representatives)". */
export const agentBefore = new RegExp(
  `\\b(${alt(signingVerbs)}|${docNoun})\\s+(?:jointly\\s+|together\\s+)?by\\s+(?:(?:the|former|then|Representatives?|Reps?\\.|Senators?|Sens?\\.|Presidents?|Ministers?)\\s+)*$`,
  'iu',
);

/** Right before a run: "agreement signed between", "deals between … and between". */
export const betweenBefore = new RegExp(
  `\\b(${docNoun}|signed)\\b([^.;:,]{0,70}?)\\bbetween\\s+$`,
  'iu',
);

/** Right after a hyphenated pair: "(Egypt–Israel) peace treaty". */
export const docAfterPair = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,3}?(${docNoun})\\b`, 'iu');

/** Right before a run: "(which was) joined by", "alongside", "along with". */
export const alongsideBefore = new RegExp(`(?:^|[\\s,])(${alt(alongsideMarkers)})\\s+$`, 'iu');

const joiners = 'and|&|with|[-–—/]';

/**
 * What every list needs somewhere in its sentence: "and" or "&" joining a run of parties (or
 * "and/with his" before an envoy's anchor), a dash or slash between a pair ("Egypt–Israel"), a
 * hyphen in a name pair ("Biden-Harris"), or an alongside marker. Flags as alongsideBefore, so
 * a sentence this misses has no list.
 */
export const listHint = new RegExp(`${joiners}|${alt(alongsideMarkers)}`, 'iu');

/**
 * The first part of listHint: "and", "&", "with" or a dash. Without the u flag these match just
 * what they match with it (no other character folds to these letters), and faster: most texts
 * have one early, so listHint's alongside markers need not run.
 */
export const commonJoiner = new RegExp(joiners, 'i');

/** Right after a run of nationalities: "counterparts", "foreign ministers". */
export const envoyAfter = new RegExp(`^\\s+(${alt(envoyNouns)})\\b`, 'iu');

/** A document noun within the first words of a verb's object. */
export const docInObject = new RegExp(`^\\s*(?:[^\\s,.;]+\\s+){0,6}?(?:${docNoun})\\b`, 'iu');

/** A document noun phrase, for naming what was signed. */
export const docPhrase = new RegExp(
  `(?:(?:a|an|the|their|its|this|that)\\s+(?:[\\p{L}()'’-]+\\s+){0,4}?)?(?:${docNoun})\\b(?:\\s+of\\s+understanding)?`,
  'giu',
);
