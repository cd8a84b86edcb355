/**
 * The article-wide index of people: every full name the article uses, keyed by its last token,
 * with the roles its titles and appositions give. Speakers resolve to the fullest form here.
 */
import { roleFromTitle, type PlaceWords } from './names.js';
import { analysedRuns } from './runs.js';
import { titleWords } from './vocabulary.js';
import { stripPossessive, type Token } from './tokens.js';
import type { Unit } from './unit.js';

/** A person the article names, with every role it gives them. */
export interface PersonRecord {
  name: string;
  roles: string[];
}

/**
 * People of one article. A surname alone finds the first person the article gave it; a fuller
 * name finds the person whose name it fits, so "Michelle Obama" and "Barack Obama" stay two people.
 */
export class PersonIndex {
  private readonly byLast = new Map<string, PersonRecord[]>();
  // The same few names are looked up for every mention; their words are split once per article.
  private readonly wordsCache = new Map<string, readonly string[]>();
  private readonly lastCache = new Map<string, string>();

  private words(name: string): readonly string[] {
    let words = this.wordsCache.get(name);
    if (words === undefined) {
      words = nameWords(name);
      this.wordsCache.set(name, words);
    }
    return words;
  }

  private last(name: string): string {
    let last = this.lastCache.get(name);
    if (last === undefined) {
      last = lastToken(name);
      this.lastCache.set(name, last);
    }
    return last;
  }

  /**
   * The record among people sharing a surname that `name` fits: a bare surname fits the first;
   * otherwise every word of the shorter name must appear in the longer one ("Joe Biden" fits
   * "Joe Biden", "Biden" fits anyone, "Hunter Biden" does not fit "Joe Biden").
   */
  private fitting(records: readonly PersonRecord[], name: string): PersonRecord | undefined {
    const words = this.words(name);
    if (words.length <= 1) return records[0];
    return records.find((r) => {
      const other = this.words(r.name);
      const [short, long] = other.length < words.length ? [other, words] : [words, other];
      return short.every((w) => long.includes(w));
    });
  }

  /** Registers a name (and a role); a longer form of a name already known replaces it. */
  add(name: string, role: string | null): PersonRecord {
    const known = this.byLast.get(this.last(name));
    let record = known === undefined ? undefined : this.fitting(known, name);
    if (record === undefined) {
      record = { name, roles: [] };
      if (known === undefined) this.byLast.set(this.last(name), [record]);
      else known.push(record);
    } else if (name.split(' ').length > record.name.split(' ').length) {
      record.name = name;
    }
    if (role !== null && role !== '' && !record.roles.includes(role)) record.roles.push(role);
    return record;
  }

  /** The person `name` refers to, if the article names them. */
  find(name: string): PersonRecord | undefined {
    const known = this.byLast.get(this.last(name));
    return known === undefined ? undefined : this.fitting(known, name);
  }

  /** The most specific role recorded for a person. */
  roleOf(name: string): string | null {
    const roles = this.find(name)?.roles ?? [];
    return roles.reduce<string | null>(
      (best, r) => (best === null || r.length > best.length ? r : best),
      null,
    );
  }

  /** Every person, in first-seen order of their surnames. */
  all(): PersonRecord[] {
    return [...this.byLast.values()].flat();
  }
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => stripPossessive(w))
    .filter((w) => w !== '' && !/^(jr|sr|ii|iii|iv)\.?$/.test(w));
}

function lastToken(name: string): string {
  const parts = name
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => !/^(jr|sr|ii|iii|iv)\.?$/.test(p));
  return stripPossessive(parts.at(-1) ?? '');
}

/**
 * Lower-case title words right before a name run: "economic development minister Stefano
 * Patuanelli", "AU trade and industry commissioner Albert Muchanga".
 */
function lowerTitleBefore(
  tokens: readonly Token[],
  runStart: number,
  text: string,
  places: PlaceWords,
): Token[] {
  const title: Token[] = [];
  for (let i = runStart - 1; i >= 0 && title.length < 6; i--) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t === undefined || next === undefined || !/^\s+$/.test(text.slice(t.end, next.start)))
      break;
    const known = titleWords.has(t.lower) || places.has(t.text);
    if (!known && !(t.lower === 'and' && title.length > 0)) break;
    title.unshift(t);
  }
  while (title[0]?.lower === 'and') title.shift();
  // Only a title that ends in a title word counts ("minister", not "Ukrainian").
  return title.length > 0 && titleWords.has(title.at(-1)?.lower ?? '') ? title : [];
}

/**
 * "President of Argentina Alberto Fernández": the run holds only the place; the title and "of"
 * stand before it.
 */
function titleOfPlace(
  tokens: readonly Token[],
  runStart: number,
  text: string,
  title: readonly Token[],
  places: PlaceWords,
): string | null {
  if (title.length === 0 || !places.has(title.map((t) => t.text).join(' '))) return null;
  const of = tokens[runStart - 1];
  const head = tokens[runStart - 2];
  if (of?.lower !== 'of' || head === undefined || !titleWords.has(head.lower)) return null;
  if (!/^\s+$/.test(text.slice(head.end, of.start))) return null;
  return `${head.text} of ${title.map((t) => t.text).join(' ')}`;
}

// ", the Hungarian Government commissioner responsible for defence,": a role in apposition.
const APPOSITION = /^,\s+(?:the|a|an)\s+([^,.;:\uE000()]{3,100}?)\s*(?=[,.;:]|$)/;

/** The role an apposition right after a name gives, when it names a title. */
function appositionRole(text: string, nameEnd: number): string | null {
  const m = APPOSITION.exec(text.slice(nameEnd, nameEnd + 120));
  const role = m?.[1];
  if (role === undefined) return null;
  const words = role.toLowerCase().split(/\s+/);
  return words.some((w) => titleWords.has(w)) ? role : null;
}

/** Builds the person index from the article's texts (lede and paragraphs). */
export function buildPersonIndex(units: readonly Unit[]): PersonIndex {
  const index = new PersonIndex();
  for (const unit of units) {
    const { masked: text, tokens } = unit;
    for (const { at: a, split, name } of analysedRuns(unit)) {
      if (split === null || name === null || split.name.length < 2) continue;
      const nameEnd = split.name.at(-1)?.end ?? 0;
      index.add(
        name,
        titleOfPlace(tokens, a, text, split.title, unit.memo.places) ??
          roleFromTitle([...lowerTitleBefore(tokens, a, text, unit.memo.places), ...split.title]),
      );
      const apposed = appositionRole(text, nameEnd);
      if (apposed !== null) index.add(name, apposed);
    }
  }
  return index;
}
