/**
 * The words that tie an enumeration of parties to a document or a joint act, kept as data.
 * See ANNOTATION.md "Signatory lists".
 */

/** Verbs after an enumeration ("X and Y signed …"). */
export const signingVerbs: readonly string[] = [
  'signed',
  'co-signed',
  'cosigned',
  'issued',
  'endorsed',
  'joined',
  'backed',
  'co-sponsored',
  'cosponsored',
  'sponsored',
  'agreed',
  'ratified',
  'concluded',
  'initialed',
  'initialled',
  'adopted',
];

/** Verbs that count only with a joint object ("announced their agreement", "released a statement"). */
export const jointActVerbs: readonly string[] = ['announced', 'released', 'published', 'issued'];
export const jointObjects =
  /^(?:their\s+(?:agreement|joint|deal|merger|partnership)|a\s+joint|a\s+statement|a\s+common|joint)\b/i;

/** What may follow "agreed" in a list: "agreed on maritime borders", not "agreed that vaccines…". */
export const agreedObject = /^\s*(?:to|on|upon|a|an|the|terms|in\s+principle)\b/i;

/** Verbs whose object must be a document: people who back a candidate are no signatory list. */
export const documentOnlyVerbs: ReadonlySet<string> = new Set([
  'backed',
  'endorsed',
  'sponsored',
  'adopted',
]);

/** Nouns for what is signed. */
export const documentNouns: readonly string[] = [
  'agreement',
  'agreements',
  'deal',
  'deals',
  'pact',
  'pacts',
  'treaty',
  'treaties',
  'accord',
  'accords',
  'memorandum',
  'memoranda',
  'communiqué',
  'communique',
  'declaration',
  'statement',
  'letter',
  'resolution',
  'ceasefire',
  'truce',
  'protocol',
  'convention',
  'petition',
  'bill',
  'motion',
  'proposal',
  'plan',
  'subpoena',
  'armistice',
  'compact',
  'understanding',
];

/** Markers that add parties to a list without making them members ("alongside"). */
export const alongsideMarkers: readonly string[] = [
  'alongside',
  'along with',
  'together with',
  'joined by',
  'as well as',
  'accompanied by',
];

/** In a sentence with "joined by", one of these shows a joint act, not company at a finish line. */
export const jointContext =
  /\b(?:coalition|alliance|group|statement|letter|call|effort|task\s+force|initiative|campaign|bid|lawsuit|agreement|deal|pact|treaty|declaration|appeal|petition|boycott|sanctions)\b/i;

/** Membership phrases after an enumeration ("… were part of the task force"). */
export const membershipPhrases: readonly string[] = [
  'were part of',
  'are part of',
  'were members of',
  'are members of',
  'make up',
  'made up',
  'comprise',
];

/** Nouns after a run of nationalities that make it a list of parties ("Greek and Cypriot counterparts"). */
export const envoyNouns: readonly string[] = [
  'counterparts',
  'counterpart',
  'foreign ministers',
  'ministers',
  'leaders',
  'heads of state',
  'delegations',
  'governments',
  'envoys',
  'presidents',
  'prime ministers',
  'ambassadors',
];

/** Titles stripped from the front of a name ("Presidents Muhammadu Buhari"). */
export const leadingTitles =
  /^(?:(?:former|then|current|US|U\.S\.|CIA|FBI)\s+)*(?:Presidents?|Prime\s+Ministers?|Representatives?|Reps?\.|Senators?|Sens?\.|Governors?|Gov\.|Mayors?|Chancellors?|Kings?|Queens?|Ministers?|Secretar(?:y|ies)|Directors?|directors?|Chairm[ae]n|Dr\.|Mr\.|Mrs\.|Ms\.|Sir|General|Gen\.)\s+/u;
