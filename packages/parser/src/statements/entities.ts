/**
 * The article-wide index of people: every full name the article uses, keyed by its last token,
 * with the roles its titles and appositions give. Speakers resolve to the fullest form here.
 */
import { isPlaceWord, roleFromTitle } from './names.js';
import { analysedRuns } from './runs.js';
import { titleWords } from './vocabulary.js';
import { stripPossessive, type Token } from './tokens.js';
import type { Unit } from './unit.js';

/** A person the article names, with every role it gives them. */
export interface PersonRecord {
  name: string;
  roles: string[];
}

/** People of one article, looked up by any of their name tokens' last form. */
export class PersonIndex {
  private readonly byLast = new Map<string, PersonRecord>();

  /** Registers a name (and a role); a longer name with the same last token wins. */
  add(name: string, role: string | null): PersonRecord {
    const last = lastToken(name);
    const existing = this.byLast.get(last);
    const tokens = name.split(' ').length;
    let record = existing;
    if (record === undefined) {
      record = { name, roles: [] };
      this.byLast.set(last, record);
    } else if (tokens > record.name.split(' ').length) {
      record.name = name;
    }
    if (role !== null && role !== '' && !record.roles.includes(role)) record.roles.push(role);
    return record;
  }

  /** The person whose last name is the last token of `name`, if the article names them. */
  find(name: string): PersonRecord | undefined {
    return this.byLast.get(lastToken(name));
  }

  /** The most specific role recorded for a person. */
  roleOf(name: string): string | null {
    const roles = this.find(name)?.roles ?? [];
    return roles.reduce<string | null>(
      (best, r) => (best === null || r.length > best.length ? r : best),
      null,
    );
  }

  /** Every person, in first-seen order. */
  all(): PersonRecord[] {
    return [...new Set(this.byLast.values())];
  }
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
function lowerTitleBefore(tokens: readonly Token[], runStart: number, text: string): Token[] {
  const title: Token[] = [];
  for (let i = runStart - 1; i >= 0 && title.length < 6; i--) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t === undefined || next === undefined || !/^\s+$/.test(text.slice(t.end, next.start)))
      break;
    const known = titleWords.has(t.lower) || isPlaceWord(t.text);
    if (!known && !(t.lower === 'and' && title.length > 0)) break;
    title.unshift(t);
  }
  while (title[0]?.lower === 'and') title.shift();
  // Only a title that ends in a title word counts ("minister", not "Ukrainian").
  return title.length > 0 && titleWords.has(title.at(-1)?.lower ?? '') ? title : [];
}

/** Builds the person index from the article's texts (lede and paragraphs). */
export function buildPersonIndex(units: readonly Unit[]): PersonIndex {
  const index = new PersonIndex();
  for (const unit of units) {
    const { masked: text, tokens } = unit;
    for (const { at: a, split } of analysedRuns(unit)) {
      if (split === null || split.name.length < 2) continue;
      const name = split.name
        .map((t, i) => (i === split.name.length - 1 ? stripPossessive(t.text) : t.text))
        .join(' ');
      index.add(name, roleFromTitle([...lowerTitleBefore(tokens, a, text), ...split.title]));
    }
  }
  return index;
}
