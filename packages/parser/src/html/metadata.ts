/**
 * Article metadata from the page head: JSON-LD (NewsArticle, Article, …) first, then OpenGraph
 * and plain meta tags, then the document's own <h1>/<title> and lang attribute.
 */
import type { Document, Element } from './dom.js';
import { allElements, rawText, squash } from './dom.js';

/** What the page says about its article. */
export interface HtmlMetadata {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
  readonly authors: string[];
  /** Publisher or agency, as distinct from the people who wrote it. */
  readonly publishers: string[];
  readonly section: string | null;
  readonly language: string | null;
  /** JSON-LD articleBody, a fallback when the page's markup holds no article text. */
  readonly articleBody: string | null;
}

type Json = Record<string, unknown>;
const articleType =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

// Every object in a JSON-LD value, through @graph and arrays.
function flatten(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], out);
    if (value.mainEntity !== undefined) flatten(value.mainEntity, out);
  }
  return out;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [squash(value)];
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) return names(value.name);
  return [];
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((n) => !/^https?:/.test(n)))];
}

function str(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return squash(value);
  if (Array.isArray(value)) return str(value[0]);
  return null;
}

// "Storm hits coast | Daily Post" → "Storm hits coast" when "Daily Post" is the site's name.
function withoutSiteName(title: string | null, sites: readonly (string | null)[]): string | null {
  if (title === null) return null;
  for (const site of sites) {
    if (site === null || site === '') continue;
    const at = title.toLowerCase().lastIndexOf(site.toLowerCase());
    const cut = at > 0 ? /\s+[|\-–—:·•]\s*$/.exec(title.slice(0, at)) : null;
    if (cut !== null && at + site.length >= title.length - 1) return title.slice(0, cut.index);
  }
  return title;
}

function jsonLdArticle(scripts: readonly Element[]): Json | undefined {
  for (const script of scripts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawText(script).trim()) as unknown;
    } catch {
      continue; // broken JSON-LD is common; the meta tags still count
    }
    const found = flatten(parsed).find((n) => types(n).some((t) => articleType.test(t)));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Reads the metadata. Never throws: missing or broken fields are null. */
export function readMetadata(doc: Document): HtmlMetadata {
  const elements = allElements(doc);
  const meta = new Map<string, string>();
  const scripts: Element[] = [];
  let h1: string | null = null;
  let title: string | null = null;
  let htmlLang: string | null = null;
  for (const el of elements) {
    if (el.name === 'meta') {
      const key = (
        el.attribs.property ??
        el.attribs.name ??
        el.attribs.itemprop ??
        ''
      ).toLowerCase();
      const content = el.attribs.content;
      if (key !== '' && content !== undefined && !meta.has(key)) meta.set(key, squash(content));
    } else if (el.name === 'script' && /ld\+json/i.test(el.attribs.type ?? '')) scripts.push(el);
    else if (el.name === 'h1' && h1 === null) h1 = squash(rawText(el)) || null;
    else if (el.name === 'title' && title === null) title = squash(rawText(el)) || null;
    else if (el.name === 'html') htmlLang = el.attribs.lang ?? el.attribs['xml:lang'] ?? null;
  }
  const ld = jsonLdArticle(scripts) ?? {};
  const m = (k: string): string | null => meta.get(k) ?? null;
  // An author that is an Organization (an agency byline) is credited as an agency, not a person.
  const ldAuthors = Array.isArray(ld.author) ? (ld.author as unknown[]) : [ld.author];
  const isOrg = (a: unknown): boolean => isObject(a) && types(a).includes('Organization');
  const people = names(ldAuthors.filter((a) => !isOrg(a)));
  const organisations = names(ldAuthors.filter(isOrg));
  const ogLocale = m('og:locale')?.replace('_', '-') ?? null;
  return {
    headline: withoutSiteName(
      str(ld.headline) ?? str(ld.name) ?? m('og:title') ?? m('twitter:title') ?? h1 ?? title,
      [m('og:site_name'), ...names(ld.publisher)],
    ),
    datePublished:
      str(ld.datePublished) ??
      m('article:published_time') ??
      m('datepublished') ??
      m('date') ??
      m('dc.date'),
    dateModified: str(ld.dateModified) ?? m('article:modified_time') ?? m('og:updated_time'),
    authors: unique(people.length > 0 ? people : names(m('author'))),
    publishers: unique([
      ...organisations,
      ...(names(ld.publisher).length > 0 ? names(ld.publisher) : names(m('og:site_name'))),
    ]),
    section: str(ld.articleSection) ?? m('article:section'),
    language: str(ld.inLanguage) ?? htmlLang ?? m('content-language') ?? ogLocale,
    articleBody: str(ld.articleBody),
  };
}
