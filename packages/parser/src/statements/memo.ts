/**
 * Answers that depend only on a piece of text, kept for one article and shared by its units:
 * cue after cue asks about the same few names and subject phrases. Made with the article's units
 * and dropped with them, so the parser keeps no state between articles.
 */
import type { Mention } from './mention.js';
import { PlaceWords } from './names.js';

/** A subject phrase as attribution reads it (time words and connectors off) and what it names. */
export interface Subject {
  text: string;
  mention: Mention;
}

export class ArticleMemo {
  readonly places = new PlaceWords();
  /** By the raw phrase text; null when the phrase names no source. */
  readonly subjects = new Map<string, Subject | null>();
  /** One-word capitalised runs by their word: whether it is an organisation, and a name. */
  readonly oneWordRuns = new Map<string, { organization: boolean; named: boolean }>();
}
